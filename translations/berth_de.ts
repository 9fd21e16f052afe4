<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Answers</name>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>expected text, got %1</source>
        <translation>Text erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>true oder false erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected a whole number, got %1</source>
        <translation>ganze Zahl erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected a list of text, got %1</source>
        <translation>Liste von Texten erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected a list of text, but it holds %1</source>
        <translation>Liste von Texten erwartet, sie enthält aber %1</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>Objekt erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>kein gültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>an answer file is a JSON object</source>
        <translation>eine Antwortdatei ist ein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>AnswersValidator</name>
    <message>
        <source>%1 is not an answer-file version this Berth reads (%2)</source>
        <translation>%1 ist keine Antwortdatei-Version, die dieses Berth liest (%2)</translation>
    </message>
    <message>
        <source>build %1 cannot run Windows containers; they need build %2 (Server 2016, Windows 10 1607) or later</source>
        <translation>Build %1 kann keine Windows-Container ausführen; sie brauchen Build %2 (Server 2016, Windows 10 1607) oder neuer</translation>
    </message>
    <message>
        <source>a pin proves one file: use it with the zip or a local file, not with two separate downloads</source>
        <translation>eine Prüfsumme belegt eine Datei: nur mit dem Zip oder einer lokalen Datei verwenden, nicht mit zwei getrennten Downloads</translation>
    </message>
    <message>
        <source>a scheduled task always starts Docker at boot; &quot;disabled&quot; needs the nssm or native manager</source>
        <translation>eine geplante Aufgabe startet Docker immer beim Hochfahren; &quot;disabled&quot; braucht den Manager nssm oder native</translation>
    </message>
    <message>
        <source>name at least one DNS name or address that clients use to reach this host, or the server certificate will match none</source>
        <translation>mindestens einen DNS-Namen oder eine Adresse angeben, über die Clients diesen Host erreichen, sonst passt das Serverzertifikat zu keinem</translation>
    </message>
    <message>
        <source>Windows client before 1809 (build %1) runs containers with Hyper-V isolation only; this host is build %2</source>
        <translation>Windows-Client vor 1809 (Build %1) führt Container nur mit Hyper-V-Isolation aus; dieser Host hat Build %2</translation>
    </message>
    <message>
        <source>the rule would open TCP %1, but remote access (tls.enabled) is off and nothing listens there</source>
        <translation>die Regel würde TCP %1 öffnen, aber der Fernzugriff (tls.enabled) ist aus und dort lauscht nichts</translation>
    </message>
    <message>
        <source>the rule opens TCP %1 but the daemon listens on tls.port %2</source>
        <translation>die Regel öffnet TCP %1, aber der Daemon lauscht auf tls.port %2</translation>
    </message>
    <message>
        <source>%1 is not a number of days from 1 to 36500</source>
        <translation>%1 ist keine Anzahl Tage von 1 bis 36500</translation>
    </message>
</context>
<context>
    <name>ApplyRun</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>failure injected by a test</source>
        <translation>von einem Test erzwungener Fehler</translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed: %2. Everything this apply changed has been put back.</source>
        <translation>&quot;%1&quot; ist fehlgeschlagen: %2. Alles, was dieser Lauf geändert hat, wurde zurückgesetzt.</translation>
    </message>
</context>
<context>
    <name>ApplySteps</name>
    <message>
        <source>Place dockerd.exe</source>
        <translation>dockerd.exe ablegen</translation>
    </message>
    <message>
        <source>Place docker.exe</source>
        <translation>docker.exe ablegen</translation>
    </message>
    <message>
        <source>Place nssm.exe</source>
        <translation>nssm.exe ablegen</translation>
    </message>
    <message>
        <source>Write runDockerDaemon.cmd</source>
        <translation>runDockerDaemon.cmd schreiben</translation>
    </message>
    <message>
        <source>Write daemon.json</source>
        <translation>daemon.json schreiben</translation>
    </message>
    <message>
        <source>Keep daemon.json clear of the script&apos;s flags</source>
        <translation>daemon.json frei von den Schaltern des Skripts halten</translation>
    </message>
    <message>
        <source>Mark remote access in tag.txt</source>
        <translation>Fernzugriff in tag.txt vermerken</translation>
    </message>
    <message>
        <source>binaries.source: the binaries have not been downloaded yet</source>
        <translation>binaries.source: die Programmdateien sind noch nicht heruntergeladen</translation>
    </message>
    <message>
        <source>nssm.source: NSSM has not been downloaded yet</source>
        <translation>nssm.source: NSSM ist noch nicht heruntergeladen</translation>
    </message>
    <message>
        <source>Install ca.pem</source>
        <translation>ca.pem installieren</translation>
    </message>
    <message>
        <source>Install server-cert.pem</source>
        <translation>server-cert.pem installieren</translation>
    </message>
    <message>
        <source>Install server-key.pem</source>
        <translation>server-key.pem installieren</translation>
    </message>
</context>
<context>
    <name>BerthWizard</name>
    <message>
        <source>Berth: Docker engine for Windows</source>
        <translation>Berth: Docker-Engine für Windows</translation>
    </message>
</context>
<context>
    <name>BinaryFetch</name>
    <message>
        <source>%1 (from the download cache): SHA-256 %2</source>
        <translation>%1 (aus dem Download-Zwischenspeicher): SHA-256 %2</translation>
    </message>
    <message>
        <source>%1: SHA-256 %2</source>
        <translation>%1: SHA-256 %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>. nssm.cc is often unreachable: download nssm-2.24.zip on another machine and set nssm.source to &quot;local&quot; with nssm.localPath</source>
        <translation>. nssm.cc ist oft nicht erreichbar: nssm-2.24.zip auf einem anderen Rechner herunterladen und nssm.source auf &quot;local&quot; mit nssm.localPath setzen</translation>
    </message>
</context>
<context>
    <name>CertificateCheck</name>
    <message>
        <source>%1 is missing or is not a PEM certificate</source>
        <translation>%1 fehlt oder ist kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>%1 is missing or is not a PEM private key</source>
        <translation>%1 fehlt oder ist kein privater PEM-Schlüssel</translation>
    </message>
    <message>
        <source>%1 does not match %2: they are not a pair</source>
        <translation>%1 passt nicht zu %2: sie sind kein Paar</translation>
    </message>
    <message>
        <source>%1 does not chain to ca.pem: %2</source>
        <translation>%1 führt nicht zu ca.pem: %2</translation>
    </message>
    <message>
        <source>%1 has expired</source>
        <translation>%1 ist abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>%1 expires in %n days</source>
        <translation>
            <numerusform>%1 läuft in %n Tag ab</numerusform>
            <numerusform>%1 läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lacks the extended key usage %2</source>
        <translation>%1 fehlt die erweiterte Schlüsselverwendung %2</translation>
    </message>
    <message>
        <source>%1/ca.pem is missing or is not a PEM certificate</source>
        <translation>%1/ca.pem fehlt oder ist kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>%1/server-cert.pem does not name %2, which clients will use</source>
        <translation>%1/server-cert.pem nennt %2 nicht, das Clients benutzen werden</translation>
    </message>
</context>
<context>
    <name>CertificateCheckStep</name>
    <message>
        <source>Server certificates</source>
        <translation>Serverzertifikate</translation>
    </message>
    <message>
        <source>the certificates in %1 cannot be used: %2</source>
        <translation>die Zertifikate in %1 sind nicht verwendbar: %2</translation>
    </message>
</context>
<context>
    <name>CertificateMaker</name>
    <message>
        <source>OpenSSL could not make the CA</source>
        <translation>OpenSSL konnte die CA nicht erstellen</translation>
    </message>
    <message>
        <source>the CA&apos;s certificate or key cannot be read</source>
        <translation>Zertifikat oder Schlüssel der CA können nicht gelesen werden</translation>
    </message>
    <message>
        <source>OpenSSL could not make the certificate for %1</source>
        <translation>OpenSSL konnte das Zertifikat für %1 nicht erstellen</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>render takes one file name: runDockerDaemon.cmd or daemon.json</source>
        <translation>render erwartet einen Dateinamen: runDockerDaemon.cmd oder daemon.json</translation>
    </message>
    <message>
        <source>%1 takes no further arguments: %2</source>
        <translation>%1 nimmt keine weiteren Argumente: %2</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Run &quot;berth --help&quot; for the commands and options.</source>
        <translation>&quot;berth --help&quot; zeigt die Befehle und Optionen.</translation>
    </message>
    <message>
        <source>render knows runDockerDaemon.cmd and daemon.json, not &quot;%1&quot;</source>
        <translation>render kennt runDockerDaemon.cmd und daemon.json, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The answers are valid.
</source>
        <translation>Die Antworten sind gültig.
</translation>
    </message>
    <message>
        <source>Clients then reach this host with (PowerShell):
   %1
</source>
        <translation>Clients erreichen diesen Host dann so (PowerShell):
   %1
</translation>
    </message>
    <message>
        <source>-n: %1 is not a number of lines from 0 to 100000</source>
        <translation>-n: %1 ist keine Zeilenzahl von 0 bis 100000</translation>
    </message>
    <message>
        <source>Usage: berth [VERB] [OPTIONS]
Installs, configures and removes the Docker engine on Windows hosts.
With no verb, the wizard opens.

Verbs:
  render runDockerDaemon.cmd|daemon.json   Print the file Berth writes for the answers.
  plan [--json]                            Print every step an apply takes, in order.
  validate                                 Print every problem in the answers, one per line.
  apply [--dry-run] [--client-out DIR]     Carry out the plan on the host; a failed step undoes all.
                                           New certificates leave their client files in DIR.
  inspect [--service NAME]                 Print the host&apos;s Docker set-up as an answer file.
  uninstall [--keep-data] [--keep-certs]   Remove Docker from the host, as the seed does.
  certs --out DIR --san NAME,ADDRESS,... [--days N] [--key rsa4096|ecdsa-p256] [--client-zip FILE]
                                           Make a CA, a server and a client certificate.
  probe --host tcp://HOST:PORT --cert-dir DIR
                                           Ask a daemon over mutual TLS for its version.
  tail [-n N] [--follow]                   Print the end of daemon.log, then what is added.

Options:
  --answers FILE   The answer file (JSON); without it, the defaults (the seed procedure).
  --lang LANG      The language of messages and the wizard (en, de, fr).
  --root DIR       The folder that stands for the host&apos;s C:\ (default: this system&apos;s drive).
                   BERTH_LAUNCHER names a program that runs Windows programs (e.g. wine).
  -h, --help       This text.
  -v, --version    Berth&apos;s version.

Exit codes: 0 done, 1 failed, 2 invalid input or usage.
</source>
        <translation>Aufruf: berth [VERB] [OPTIONEN]
Installiert, konfiguriert und entfernt die Docker-Engine auf Windows-Hosts.
Ohne Verb öffnet sich der Assistent.

Verben:
  render runDockerDaemon.cmd|daemon.json   Die Datei ausgeben, die Berth für die Antworten schreibt.
  plan [--json]                            Jeden Schritt einer Anwendung der Reihe nach ausgeben.
  validate                                 Jedes Problem in den Antworten ausgeben, eines pro Zeile.
  apply [--dry-run] [--client-out ORDNER]  Den Plan auf dem Host ausführen; ein Fehler macht alles rückgängig.
                                           Neue Zertifikate legen ihre Client-Dateien in ORDNER ab.
  inspect [--service NAME]                 Die Docker-Einrichtung des Hosts als Antwortdatei ausgeben.
  uninstall [--keep-data] [--keep-certs]   Docker vom Host entfernen, wie es das Ausgangsverfahren tut.
  certs --out ORDNER --san NAME,ADRESSE,... [--days N] [--key rsa4096|ecdsa-p256] [--client-zip DATEI]
                                           Eine CA, ein Server- und ein Client-Zertifikat erstellen.
  probe --host tcp://HOST:PORT --cert-dir ORDNER
                                           Einen Daemon über gegenseitiges TLS nach seiner Version fragen.
  tail [-n N] [--follow]                   Das Ende von daemon.log ausgeben, dann was hinzukommt.

Optionen:
  --answers DATEI  Die Antwortdatei (JSON); ohne sie die Vorgaben (das Ausgangsverfahren).
  --lang SPRACHE   Die Sprache der Meldungen und des Assistenten (en, de, fr).
  --root ORDNER    Der Ordner, der für C:\ des Hosts steht (Vorgabe: das Laufwerk dieses Systems).
                   BERTH_LAUNCHER nennt ein Programm, das Windows-Programme startet (z. B. wine).
  -h, --help       Dieser Text.
  -v, --version    Die Version von Berth.

Exit-Codes: 0 erledigt, 1 fehlgeschlagen, 2 ungültige Eingabe oder Aufruf.
</translation>
    </message>
</context>
<context>
    <name>CommandStep</name>
    <message>
        <source>run %1</source>
        <translation>%1 ausführen</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>DaemonJson</name>
    <message>
        <source>the existing daemon.json is not a JSON object (%1); Berth leaves it as it is</source>
        <translation>die vorhandene daemon.json ist kein JSON-Objekt (%1); Berth lässt sie unverändert</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>ein anderer JSON-Wert</translation>
    </message>
    <message>
        <source>%1 is given as a flag and as &quot;%2&quot; in daemon.json; dockerd refuses to start</source>
        <translation>%1 ist als Schalter und als &quot;%2&quot; in daemon.json angegeben; dockerd startet so nicht</translation>
    </message>
</context>
<context>
    <name>DaemonLogTail</name>
    <message>
        <source>the log was truncated</source>
        <translation>das Protokoll wurde gekürzt</translation>
    </message>
    <message>
        <source>the log was rotated</source>
        <translation>das Protokoll wurde rotiert</translation>
    </message>
</context>
<context>
    <name>DaemonProbe</name>
    <message>
        <source>%1 must hold ca.pem, cert.pem and key.pem</source>
        <translation>%1 muss ca.pem, cert.pem und key.pem enthalten</translation>
    </message>
    <message>
        <source>the daemon&apos;s certificate does not name %1: add it to tls.subjectAltNames and make the server certificate again</source>
        <translation>das Zertifikat des Daemons nennt %1 nicht: zu tls.subjectAltNames hinzufügen und das Serverzertifikat neu erstellen</translation>
    </message>
    <message>
        <source>the daemon&apos;s certificate is not from the CA in %1 (%2)</source>
        <translation>das Zertifikat des Daemons stammt nicht von der CA in %1 (%2)</translation>
    </message>
    <message>
        <source>%1 refused the connection: is the daemon running and listening on port %2?</source>
        <translation>%1 hat die Verbindung abgelehnt: läuft der Daemon und lauscht er auf Port %2?</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s: a firewall may drop the port</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet: vielleicht verwirft eine Firewall den Port</translation>
    </message>
    <message>
        <source>the daemon rejected the client certificate in %1: it is not from the daemon&apos;s CA (%2)</source>
        <translation>der Daemon hat das Client-Zertifikat in %1 abgelehnt: es stammt nicht von der CA des Daemons (%2)</translation>
    </message>
    <message>
        <source>the daemon answered /_ping but not /version: %1</source>
        <translation>der Daemon antwortete auf /_ping, aber nicht auf /version: %1</translation>
    </message>
    <message>
        <source>nothing answers on %1: %2</source>
        <translation>auf %1 antwortet nichts: %2</translation>
    </message>
    <message>
        <source>%1 did not answer in HTTP</source>
        <translation>%1 hat nicht in HTTP geantwortet</translation>
    </message>
    <message>
        <source>%1 answered %2 to /_ping</source>
        <translation>%1 antwortete %2 auf /_ping</translation>
    </message>
    <message>
        <source>%1 is not an address like tcp://HOST:2376, npipe:////./pipe/docker_engine or unix:///PATH</source>
        <translation>%1 ist keine Adresse wie tcp://HOST:2376, npipe:////./pipe/docker_engine oder unix:///PFAD</translation>
    </message>
</context>
<context>
    <name>DaemonVersionStep</name>
    <message>
        <source>run %1 --version</source>
        <translation>%1 --version ausführen</translation>
    </message>
    <message>
        <source>the new dockerd.exe does not run on this host (%1)</source>
        <translation>das neue dockerd.exe läuft auf diesem Host nicht (%1)</translation>
    </message>
    <message>
        <source>Check the new dockerd.exe</source>
        <translation>Das neue dockerd.exe prüfen</translation>
    </message>
</context>
<context>
    <name>Downloader</name>
    <message>
        <source>%1 of %2 MiB</source>
        <translation>%1 von %2 MiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>, %1 MiB/s</source>
        <translation>, %1 MiB/s</translation>
    </message>
    <message numerus="yes">
        <source>, %n s left</source>
        <translation>
            <numerusform>, noch %n s</numerusform>
            <numerusform>, noch %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a URL</source>
        <translation>%1 ist keine URL</translation>
    </message>
    <message>
        <source>%1 is not https; Berth downloads over plain http only when download.allowHttp is set</source>
        <translation>%1 ist kein https; Berth lädt über reines http nur, wenn download.allowHttp gesetzt ist</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1 (is the disk full?): %2</source>
        <translation>%1 kann nicht geschrieben werden (ist der Datenträger voll?): %2</translation>
    </message>
    <message>
        <source>%1 redirected to %2, which is not https; Berth follows redirects only to https</source>
        <translation>%1 leitete auf %2 um, das kein https ist; Berth folgt Umleitungen nur zu https</translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2 bytes</source>
        <translation>die Verbindung brach nach %1 von %2 Bytes ab</translation>
    </message>
    <message>
        <source>%1 is not the pinned file: its SHA-256 is %2, the pin (binaries.sha256) says %3; the file was discarded</source>
        <translation>%1 ist nicht die festgelegte Datei: ihr SHA-256 ist %2, die Vorgabe (binaries.sha256) sagt %3; die Datei wurde verworfen</translation>
    </message>
    <message>
        <source>the name %1 was not found: check the URL, the DNS settings or the proxy</source>
        <translation>der Name %1 wurde nicht gefunden: URL, DNS-Einstellungen oder Proxy prüfen</translation>
    </message>
    <message>
        <source>the TLS connection to %1 failed: %2</source>
        <translation>die TLS-Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 answered %2 %3 for %4</source>
        <translation>%1 antwortete %2 %3 für %4</translation>
    </message>
    <message>
        <source>%1 answered %2 %3 (a server error)</source>
        <translation>%1 antwortete %2 %3 (ein Serverfehler)</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2</source>
        <translation>%1 hat die Verbindung auf Port %2 abgelehnt</translation>
    </message>
    <message>
        <source>no data from %1 for %2 s</source>
        <translation>seit %2 s keine Daten von %1</translation>
    </message>
    <message>
        <source>%1 (after %2 tries)</source>
        <translation>%1 (nach %2 Versuchen)</translation>
    </message>
    <message>
        <source>cancelled; nothing was kept</source>
        <translation>abgebrochen; nichts wurde behalten</translation>
    </message>
</context>
<context>
    <name>FieldRules</name>
    <message>
        <source>%1 is not a port (1-65535)</source>
        <translation>%1 ist kein Port (1-65535)</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 or IPv6 address</source>
        <translation>%1 ist keine IPv4- oder IPv6-Adresse</translation>
    </message>
    <message>
        <source>%1 is neither an IP address nor a DNS name</source>
        <translation>%1 ist weder eine IP-Adresse noch ein DNS-Name</translation>
    </message>
    <message>
        <source>a path is required</source>
        <translation>ein Pfad ist erforderlich</translation>
    </message>
    <message>
        <source>%1 is not a full Windows path (like C:\folder\file)</source>
        <translation>%1 ist kein vollständiger Windows-Pfad (wie C:\Ordner\Datei)</translation>
    </message>
    <message>
        <source>%1 is longer than Windows allows (259 characters)</source>
        <translation>%1 ist länger, als Windows erlaubt (259 Zeichen)</translation>
    </message>
    <message>
        <source>%1 contains %, which cmd.exe would expand as a variable</source>
        <translation>%1 enthält %, das cmd.exe als Variable auflösen würde</translation>
    </message>
    <message>
        <source>%1 contains a control character</source>
        <translation>%1 enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>%1 has an empty folder name (\\ or a trailing \)</source>
        <translation>%1 hat einen leeren Ordnernamen (\\ oder ein \ am Ende)</translation>
    </message>
    <message>
        <source>%1 contains %2, which Windows does not allow in a name</source>
        <translation>%1 enthält %2, das Windows in einem Namen nicht erlaubt</translation>
    </message>
    <message>
        <source>%1: the name %2 ends with a space or a dot, which Windows drops</source>
        <translation>%1: der Name %2 endet mit einem Leerzeichen oder Punkt, die Windows weglässt</translation>
    </message>
    <message>
        <source>%1: %2 is a device name Windows reserves</source>
        <translation>%1: %2 ist ein Gerätename, den Windows reserviert</translation>
    </message>
    <message>
        <source>a name is required</source>
        <translation>ein Name ist erforderlich</translation>
    </message>
    <message>
        <source>%1 is longer than 256 characters</source>
        <translation>%1 ist länger als 256 Zeichen</translation>
    </message>
    <message>
        <source>%1 contains %2, which a service name cannot hold</source>
        <translation>%1 enthält %2, das ein Dienstname nicht enthalten kann</translation>
    </message>
    <message>
        <source>%1 starts or ends with a space</source>
        <translation>%1 beginnt oder endet mit einem Leerzeichen</translation>
    </message>
    <message>
        <source>%1: the part before \ must be a domain or computer name</source>
        <translation>%1: der Teil vor \ muss ein Domänen- oder Computername sein</translation>
    </message>
    <message>
        <source>%1: a group name has 1 to 256 characters</source>
        <translation>%1: ein Gruppenname hat 1 bis 256 Zeichen</translation>
    </message>
    <message>
        <source>%1 contains %2, which a Windows group name cannot hold</source>
        <translation>%1 enthält %2, das ein Windows-Gruppenname nicht enthalten kann</translation>
    </message>
    <message>
        <source>%1: a group name cannot be only dots and spaces</source>
        <translation>%1: ein Gruppenname kann nicht nur aus Punkten und Leerzeichen bestehen</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>ein Wert ist erforderlich</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>contains a control character or a line break</source>
        <translation>enthält ein Steuerzeichen oder einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>contains a double quote, which the service tools cannot pass on intact</source>
        <translation>enthält ein doppeltes Anführungszeichen, das die Dienstwerkzeuge nicht unverändert weitergeben können</translation>
    </message>
    <message>
        <source>longer than 8000 characters</source>
        <translation>länger als 8000 Zeichen</translation>
    </message>
    <message>
        <source>has an unmatched double quote</source>
        <translation>hat ein doppeltes Anführungszeichen ohne Gegenstück</translation>
    </message>
    <message>
        <source>a URL is required</source>
        <translation>eine URL ist erforderlich</translation>
    </message>
    <message>
        <source>%1 is not a URL</source>
        <translation>%1 ist keine URL</translation>
    </message>
    <message>
        <source>%1 is plain http; use https or set download.allowHttp</source>
        <translation>%1 ist reines http; https verwenden oder download.allowHttp setzen</translation>
    </message>
    <message>
        <source>%1: only https (or http when allowed) can be downloaded</source>
        <translation>%1: nur https (oder http, wenn erlaubt) kann heruntergeladen werden</translation>
    </message>
    <message>
        <source>%1 is not a proxy URL like http://proxy.example.com:3128</source>
        <translation>%1 ist keine Proxy-URL wie http://proxy.example.com:3128</translation>
    </message>
    <message>
        <source>%1 is not a SHA-256 digest (64 hexadecimal digits)</source>
        <translation>%1 ist keine SHA-256-Prüfsumme (64 Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>%1 is not a Docker version like 28.2.2</source>
        <translation>%1 ist keine Docker-Version wie 28.2.2</translation>
    </message>
    <message>
        <source>%1 is not an address, subnet (10.0.0.0/8), range (a-b) or netsh keyword like LocalSubnet</source>
        <translation>%1 ist keine Adresse, kein Subnetz (10.0.0.0/8), kein Bereich (a-b) und kein netsh-Schlüsselwort wie LocalSubnet</translation>
    </message>
    <message>
        <source>a rule name is required</source>
        <translation>ein Regelname ist erforderlich</translation>
    </message>
    <message>
        <source>&quot;all&quot; means every rule to netsh and cannot name one</source>
        <translation>&quot;all&quot; bedeutet für netsh jede Regel und kann keine einzelne benennen</translation>
    </message>
    <message>
        <source>%1 contains a double quote or a control character</source>
        <translation>%1 enthält ein doppeltes Anführungszeichen oder ein Steuerzeichen</translation>
    </message>
    <message>
        <source>longer than 255 characters</source>
        <translation>länger als 255 Zeichen</translation>
    </message>
    <message>
        <source>a file is required</source>
        <translation>eine Datei ist erforderlich</translation>
    </message>
    <message>
        <source>%1 does not exist on this machine</source>
        <translation>%1 gibt es auf diesem Rechner nicht</translation>
    </message>
    <message>
        <source>%1 is not a file Berth can read</source>
        <translation>%1 ist keine Datei, die Berth lesen kann</translation>
    </message>
    <message>
        <source>%1 holds %2, which runDockerDaemon.cmd cannot carry (cmd.exe reads it in the host&apos;s code page); choose a name in plain ASCII</source>
        <translation>%1 enthält %2, das runDockerDaemon.cmd nicht tragen kann (cmd.exe liest es in der Codepage des Hosts); einen Namen in reinem ASCII wählen</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 ist nicht eines von %2</translation>
    </message>
</context>
<context>
    <name>FileStep</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message numerus="yes">
        <source>replace %1 (%n bytes)</source>
        <translation>
            <numerusform>%1 ersetzen (%n Byte)</numerusform>
            <numerusform>%1 ersetzen (%n Bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>create %1 (%n bytes)</source>
        <translation>
            <numerusform>%1 anlegen (%n Byte)</numerusform>
            <numerusform>%1 anlegen (%n Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot back up %1: %2</source>
        <translation>%1 kann nicht gesichert werden: %2</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>FileWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2: %3</source>
        <translation>%1 kann nicht nach %2 kopiert werden: %3</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>FirewallStep</name>
    <message>
        <source>Remove the rule as it stands</source>
        <translation>Die Regel in ihrer jetzigen Form entfernen</translation>
    </message>
    <message>
        <source>Firewall rule</source>
        <translation>Firewallregel</translation>
    </message>
</context>
<context>
    <name>HostFacts</name>
    <message>
        <source>Edition: %1, build %2</source>
        <translation>Edition: %1, Build %2</translation>
    </message>
    <message>
        <source>not stated in the registry</source>
        <translation>in der Registry nicht angegeben</translation>
    </message>
    <message>
        <source>Berth is not running as administrator: start it with &quot;Run as administrator&quot;.</source>
        <translation>Berth läuft nicht als Administrator: mit &quot;Als Administrator ausführen&quot; starten.</translation>
    </message>
    <message>
        <source>Containers feature: enabled</source>
        <translation>Feature Container: aktiviert</translation>
    </message>
    <message>
        <source>Containers feature: not found (no vmcompute service). Enable it with: %1 and restart the host.</source>
        <translation>Feature Container: nicht gefunden (kein Dienst vmcompute). Aktivieren mit: %1 und den Host neu starten.</translation>
    </message>
    <message>
        <source>A service of that name exists; the apply changes only what differs.</source>
        <translation>Ein Dienst dieses Namens existiert; die Anwendung ändert nur, was abweicht.</translation>
    </message>
    <message>
        <source>No service of that name exists yet.</source>
        <translation>Noch gibt es keinen Dienst dieses Namens.</translation>
    </message>
    <message>
        <source>TCP %1 is already in use by another program: choose another tls.port or stop that program.</source>
        <translation>TCP %1 wird schon von einem anderen Programm benutzt: einen anderen tls.port wählen oder das Programm beenden.</translation>
    </message>
</context>
<context>
    <name>HostInspector</name>
    <message>
        <source>the service runs %1, which is not there</source>
        <translation>der Dienst startet %1, das es nicht gibt</translation>
    </message>
    <message>
        <source>the log %1 is in a folder that does not exist</source>
        <translation>das Protokoll %1 liegt in einem Ordner, den es nicht gibt</translation>
    </message>
    <message>
        <source>%1 is not there</source>
        <translation>%1 ist nicht vorhanden</translation>
    </message>
    <message>
        <source>the service %1 runs %2, which Berth does not manage</source>
        <translation>der Dienst %1 startet %2, das Berth nicht verwaltet</translation>
    </message>
    <message>
        <source>%1 is neither the seed&apos;s script nor one Berth writes; an apply replaces it</source>
        <translation>%1 ist weder das Skript des Ausgangsverfahrens noch eines von Berth; eine Anwendung ersetzt es</translation>
    </message>
    <message>
        <source>tag.txt asks the script for its secure branch, but the certificates in %1 are missing</source>
        <translation>tag.txt verlangt den sicheren Zweig des Skripts, aber die Zertifikate in %1 fehlen</translation>
    </message>
    <message>
        <source>dockerd is set to use TLS, but the certificates in %1 are missing</source>
        <translation>dockerd soll TLS nutzen, aber die Zertifikate in %1 fehlen</translation>
    </message>
</context>
<context>
    <name>HostVerbs</name>
    <message>
        <source>Note: the answers say host.edition %1, the registry says %2.</source>
        <translation>Hinweis: die Antworten sagen host.edition %1, die Registry sagt %2.</translation>
    </message>
    <message>
        <source>      done</source>
        <translation>      erledigt</translation>
    </message>
    <message>
        <source>      failed: %1</source>
        <translation>      fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Nothing changes: the host is already as the answers say.</source>
        <translation>Nichts ändert sich: der Host ist schon so, wie die Antworten sagen.</translation>
    </message>
    <message>
        <source>Would change (dry run, nothing was changed):</source>
        <translation>Würde ändern (Probelauf, nichts wurde geändert):</translation>
    </message>
    <message>
        <source>Replaced files were saved in %1.</source>
        <translation>Ersetzte Dateien wurden in %1 gesichert.</translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation>Angewendet.</translation>
    </message>
    <message>
        <source>No Docker service or scheduled task named %1 is on this host.</source>
        <translation>Auf diesem Host gibt es keinen Docker-Dienst und keine geplante Aufgabe namens %1.</translation>
    </message>
    <message>
        <source>No Docker is installed here: nothing to remove.</source>
        <translation>Hier ist kein Docker installiert: nichts zu entfernen.</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Entfernt: %1</translation>
    </message>
    <message>
        <source>Kept: %1</source>
        <translation>Behalten: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Would download %1</source>
        <translation>Würde %1 herunterladen</translation>
    </message>
    <message>
        <source>Downloading %1: %2</source>
        <translation>Lade %1 herunter: %2</translation>
    </message>
    <message>
        <source>Would make new certificates for %1</source>
        <translation>Würde neue Zertifikate für %1 erstellen</translation>
    </message>
    <message>
        <source>tls.generate: Berth makes new certificates for this host; name a folder on this machine for the CA key and the client&apos;s files with --client-out DIR</source>
        <translation>tls.generate: Berth erstellt neue Zertifikate für diesen Host; mit --client-out ORDNER einen Ordner auf diesem Rechner für den CA-Schlüssel und die Client-Dateien angeben</translation>
    </message>
    <message>
        <source>Made new certificates; the CA key and the client&apos;s files are in %1 and stay off the host.</source>
        <translation>Neue Zertifikate erstellt; der CA-Schlüssel und die Client-Dateien liegen in %1 und bleiben vom Host fern.</translation>
    </message>
    <message>
        <source>Check: Docker %1 (API %2) answers at %3.</source>
        <translation>Prüfung: Docker %1 (API %2) antwortet unter %3.</translation>
    </message>
    <message>
        <source>Check: the daemon does not answer at %1 yet: %2</source>
        <translation>Prüfung: der Daemon antwortet unter %1 noch nicht: %2</translation>
    </message>
    <message>
        <source>%1 is not there (yet): the service has not written its log</source>
        <translation>%1 ist (noch) nicht da: der Dienst hat sein Protokoll nicht geschrieben</translation>
    </message>
</context>
<context>
    <name>KeyPermissionsStep</name>
    <message>
        <source>Only SYSTEM and Administrators may read the key</source>
        <translation>Nur SYSTEM und Administratoren dürfen den Schlüssel lesen</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>%1 ausführen</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Protect the server key</source>
        <translation>Den Serverschlüssel schützen</translation>
    </message>
</context>
<context>
    <name>LocalArchive</name>
    <message>
        <source>%1 is larger than %2 MiB</source>
        <translation>%1 ist größer als %2 MiB</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no %2</source>
        <translation>%1 enthält kein %2</translation>
    </message>
    <message>
        <source>%1 is not a zip, and no docker.exe stands beside it</source>
        <translation>%1 ist kein Zip, und daneben liegt kein docker.exe</translation>
    </message>
</context>
<context>
    <name>NativeServiceStep</name>
    <message>
        <source>a service named %1 exists and is not dockerd&apos;s own (ImagePath %2); &quot;berth uninstall&quot; removes it, or choose another service.name</source>
        <translation>ein Dienst namens %1 existiert und ist nicht der von dockerd (ImagePath %2); &quot;berth uninstall&quot; entfernt ihn, oder einen anderen service.name wählen</translation>
    </message>
    <message>
        <source>Register dockerd as a service</source>
        <translation>dockerd als Dienst registrieren</translation>
    </message>
</context>
<context>
    <name>NssmServiceStep</name>
    <message>
        <source>a service named %1 exists and NSSM does not run it (ImagePath %2); &quot;berth uninstall&quot; removes it, or choose another service.name</source>
        <translation>ein Dienst namens %1 existiert und wird nicht von NSSM ausgeführt (ImagePath %2); &quot;berth uninstall&quot; entfernt ihn, oder einen anderen service.name wählen</translation>
    </message>
    <message>
        <source>Register the service with NSSM</source>
        <translation>Den Dienst mit NSSM registrieren</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Docker binaries</source>
        <translation>Docker-Programmdateien</translation>
    </message>
    <message>
        <source>NSSM</source>
        <translation>NSSM</translation>
    </message>
    <message>
        <source>Daemon start script</source>
        <translation>Startskript des Daemons</translation>
    </message>
    <message>
        <source>Daemon configuration</source>
        <translation>Konfiguration des Daemons</translation>
    </message>
    <message>
        <source>Server certificates</source>
        <translation>Serverzertifikate</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Firewall</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>PlanStep</name>
    <message>
        <source>%1: get %2 from %3 into %4</source>
        <translation>%1: %2 aus %3 nach %4 holen</translation>
    </message>
    <message numerus="yes">
        <source>%1: write %2 (%n bytes)</source>
        <translation>
            <numerusform>%1: %2 schreiben (%n Byte)</numerusform>
            <numerusform>%1: %2 schreiben (%n Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: install %2</source>
        <translation>%1: %2 installieren</translation>
    </message>
    <message>
        <source>%1: run %2</source>
        <translation>%1: %2 ausführen</translation>
    </message>
</context>
<context>
    <name>ScheduledTaskStep</name>
    <message>
        <source>Remove the scheduled task</source>
        <translation>Die geplante Aufgabe entfernen</translation>
    </message>
    <message>
        <source>cannot back up the task %1: %2</source>
        <translation>die Aufgabe %1 kann nicht gesichert werden: %2</translation>
    </message>
    <message>
        <source>Register the earlier task again</source>
        <translation>Die frühere Aufgabe wieder registrieren</translation>
    </message>
    <message>
        <source>Register the scheduled task</source>
        <translation>Die geplante Aufgabe registrieren</translation>
    </message>
</context>
<context>
    <name>ServiceCommands</name>
    <message>
        <source>Application tab: Service name and Path</source>
        <translation>Registerkarte Application: Dienstname und Pfad</translation>
    </message>
    <message>
        <source>Application tab: Startup directory</source>
        <translation>Registerkarte Application: Startverzeichnis</translation>
    </message>
    <message>
        <source>Application tab: Arguments</source>
        <translation>Registerkarte Application: Argumente</translation>
    </message>
    <message>
        <source>Details tab: Display name</source>
        <translation>Registerkarte Details: Anzeigename</translation>
    </message>
    <message>
        <source>Details tab: no Description</source>
        <translation>Registerkarte Details: keine Beschreibung</translation>
    </message>
    <message>
        <source>Details tab: Description</source>
        <translation>Registerkarte Details: Beschreibung</translation>
    </message>
    <message>
        <source>Details tab: Startup type</source>
        <translation>Registerkarte Details: Starttyp</translation>
    </message>
    <message>
        <source>I/O tab: Output (stdout)</source>
        <translation>Registerkarte I/O: Ausgabe (stdout)</translation>
    </message>
    <message>
        <source>I/O tab: Error (stderr)</source>
        <translation>Registerkarte I/O: Fehler (stderr)</translation>
    </message>
    <message>
        <source>Start without a console window</source>
        <translation>Ohne Konsolenfenster starten</translation>
    </message>
    <message>
        <source>Start after the console driver (Server 2016)</source>
        <translation>Nach dem Konsolentreiber starten (Server 2016)</translation>
    </message>
    <message>
        <source>Register dockerd as a Windows service</source>
        <translation>dockerd als Windows-Dienst registrieren</translation>
    </message>
    <message>
        <source>Display name and startup type</source>
        <translation>Anzeigename und Starttyp</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Scheduled task that starts Docker at boot, as SYSTEM, highest run level</source>
        <translation>Geplante Aufgabe, die Docker beim Hochfahren startet, als SYSTEM, mit höchster Ausführungsebene</translation>
    </message>
    <message>
        <source>Start the scheduled task</source>
        <translation>Die geplante Aufgabe starten</translation>
    </message>
    <message>
        <source>Start the service</source>
        <translation>Den Dienst starten</translation>
    </message>
    <message>
        <source>Stop the scheduled task</source>
        <translation>Die geplante Aufgabe beenden</translation>
    </message>
    <message>
        <source>Stop the service</source>
        <translation>Den Dienst beenden</translation>
    </message>
    <message>
        <source>Allow remote Docker management on TCP %1</source>
        <translation>Docker-Fernverwaltung auf TCP %1 erlauben</translation>
    </message>
    <message>
        <source>Remove the firewall rule</source>
        <translation>Die Firewallregel entfernen</translation>
    </message>
    <message>
        <source>Remove docker.exe</source>
        <translation>docker.exe entfernen</translation>
    </message>
    <message>
        <source>Unregister the scheduled task</source>
        <translation>Die geplante Aufgabe abmelden</translation>
    </message>
    <message>
        <source>Remove the service</source>
        <translation>Den Dienst entfernen</translation>
    </message>
</context>
<context>
    <name>ServiceControl</name>
    <message>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>wird beendet</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>service %1 started but did not keep running: it is %2</source>
        <translation>der Dienst %1 startete, lief aber nicht weiter: er ist %2</translation>
    </message>
    <message>
        <source>service %1 did not reach running: it is %2 (sc.exe start: %3)</source>
        <translation>der Dienst %1 kam nicht zum Laufen: er ist %2 (sc.exe start: %3)</translation>
    </message>
    <message>
        <source>service %1 did not stop: it is %2 (sc.exe stop: %3)</source>
        <translation>der Dienst %1 wurde nicht beendet: er ist %2 (sc.exe stop: %3)</translation>
    </message>
</context>
<context>
    <name>ServiceRunStep</name>
    <message>
        <source>Stop Docker</source>
        <translation>Docker beenden</translation>
    </message>
    <message>
        <source>Start Docker</source>
        <translation>Docker starten</translation>
    </message>
    <message>
        <source>stop the running service</source>
        <translation>den laufenden Dienst beenden</translation>
    </message>
    <message>
        <source>start the service again with the new settings</source>
        <translation>den Dienst mit den neuen Einstellungen wieder starten</translation>
    </message>
    <message>
        <source>start the service</source>
        <translation>den Dienst starten</translation>
    </message>
    <message>
        <source>start the service, which is not running</source>
        <translation>den Dienst starten, der nicht läuft</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>; the daemon&apos;s last words: %1</source>
        <translation>; die letzten Worte des Daemons: %1</translation>
    </message>
</context>
<context>
    <name>TlsVerbs</name>
    <message>
        <source>PowerShell:</source>
        <translation>PowerShell:</translation>
    </message>
    <message>
        <source>cmd:</source>
        <translation>cmd:</translation>
    </message>
    <message>
        <source>sh:</source>
        <translation>sh:</translation>
    </message>
    <message>
        <source>--out: name the folder for the files</source>
        <translation>--out: den Ordner für die Dateien angeben</translation>
    </message>
    <message>
        <source>--days: %1 is not a number of days from 1 to 36500</source>
        <translation>--days: %1 ist keine Anzahl Tage von 1 bis 36500</translation>
    </message>
    <message>
        <source>--key: %1 is not rsa4096 or ecdsa-p256</source>
        <translation>--key: %1 ist weder rsa4096 noch ecdsa-p256</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Made in %1: ca.pem, ca-key.pem, server-cert.pem, server-key.pem, cert.pem, key.pem.</source>
        <translation>Erstellt in %1: ca.pem, ca-key.pem, server-cert.pem, server-key.pem, cert.pem, key.pem.</translation>
    </message>
    <message>
        <source>server-cert.pem, server-key.pem and ca.pem go to the host; keep ca-key.pem and key.pem off it.</source>
        <translation>server-cert.pem, server-key.pem und ca.pem kommen auf den Host; ca-key.pem und key.pem bleiben ihm fern.</translation>
    </message>
    <message>
        <source>Docker %1 (API %2) on %3 answers at %4</source>
        <translation>Docker %1 (API %2) auf %3 antwortet unter %4</translation>
    </message>
    <message>
        <source>docker context %1 points at %2: docker --context %1 version</source>
        <translation>docker context %1 zeigt auf %2: docker --context %1 version</translation>
    </message>
    <message>
        <source>docker context %1 could not be made; use the lines above</source>
        <translation>docker context %1 konnte nicht angelegt werden; die Zeilen oben verwenden</translation>
    </message>
    <message>
        <source>--san: name at least one DNS name or address that clients use to reach the host (this machine: %1)</source>
        <translation>--san: mindestens einen DNS-Namen oder eine Adresse angeben, über die Clients den Host erreichen (dieser Rechner: %1)</translation>
    </message>
    <message>
        <source>cannot write %1 (zip error %2)</source>
        <translation>%1 kann nicht geschrieben werden (Zip-Fehler %2)</translation>
    </message>
    <message>
        <source>cannot put %1 into %2</source>
        <translation>%1 kann nicht in %2 aufgenommen werden</translation>
    </message>
    <message>
        <source>The client&apos;s ca.pem, cert.pem and key.pem are also in %1.</source>
        <translation>ca.pem, cert.pem und key.pem des Clients liegen auch in %1.</translation>
    </message>
</context>
<context>
    <name>Uninstaller</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>the scheduled task %1</source>
        <translation>die geplante Aufgabe %1</translation>
    </message>
    <message>
        <source>the service %1</source>
        <translation>der Dienst %1</translation>
    </message>
    <message>
        <source>the firewall rule &quot;%1&quot;</source>
        <translation>die Firewallregel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 (other services may use it)</source>
        <translation>%1 (andere Dienste nutzen es vielleicht)</translation>
    </message>
    <message>
        <source>%1 (data)</source>
        <translation>%1 (Daten)</translation>
    </message>
    <message>
        <source>%1 (certificates)</source>
        <translation>%1 (Zertifikate)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Berth</source>
        <translation>Willkommen bei Berth</translation>
    </message>
    <message>
        <source>Berth installs, configures, reconfigures and removes the Docker engine on this Windows host.</source>
        <translation>Berth installiert, konfiguriert, ändert und entfernt die Docker-Engine auf diesem Windows-Host.</translation>
    </message>
    <message>
        <source>Prerequisites: the Containers feature, Hyper-V, an existing Docker service, the port</source>
        <translation>Voraussetzungen: das Feature Container, Hyper-V, ein vorhandener Docker-Dienst, der Port</translation>
    </message>
    <message>
        <source>Binaries: where dockerd.exe and docker.exe come from</source>
        <translation>Programmdateien: woher dockerd.exe und docker.exe kommen</translation>
    </message>
    <message>
        <source>Service manager: NSSM, the native dockerd service, or a scheduled task</source>
        <translation>Dienstverwaltung: NSSM, der eigene Dienst von dockerd oder eine geplante Aufgabe</translation>
    </message>
    <message>
        <source>Application, Details and I/O: the fields of NSSM&apos;s tabs</source>
        <translation>Application, Details und I/O: die Felder der Registerkarten von NSSM</translation>
    </message>
    <message>
        <source>TLS: remote access with certificates</source>
        <translation>TLS: Fernzugriff mit Zertifikaten</translation>
    </message>
    <message>
        <source>Runtime: isolation, named pipe group, debug logging</source>
        <translation>Laufzeit: Isolation, Gruppe für die Named Pipe, Debug-Protokoll</translation>
    </message>
    <message>
        <source>Firewall: the rule for the remote port</source>
        <translation>Firewall: die Regel für den Fernzugriffsport</translation>
    </message>
    <message>
        <source>Summary, Apply and the live daemon.log</source>
        <translation>Zusammenfassung, Anwenden und das laufende daemon.log</translation>
    </message>
    <message>
        <source>The pages that follow:</source>
        <translation>Die folgenden Seiten:</translation>
    </message>
</context>
<context>
    <name>WindowsHost</name>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 seconds</source>
        <translation>%1 ist nicht innerhalb von %2 Sekunden fertig geworden</translation>
    </message>
    <message>
        <source>exit code %1%2</source>
        <translation>Exit-Code %1%2</translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <source>it is a symbolic link</source>
        <translation>es ist ein symbolischer Link</translation>
    </message>
    <message>
        <source>its name is absolute</source>
        <translation>sein Name ist absolut</translation>
    </message>
    <message>
        <source>its name climbs out with &quot;..&quot;</source>
        <translation>sein Name steigt mit &quot;..&quot; hinaus</translation>
    </message>
    <message>
        <source>its name leaves the folder</source>
        <translation>sein Name verlässt den Ordner</translation>
    </message>
    <message>
        <source>%1 is not a zip file Berth can read: it is damaged, cut short or of another kind (zip error %2)</source>
        <translation>%1 ist keine Zip-Datei, die Berth lesen kann: sie ist beschädigt, abgeschnitten oder von anderer Art (Zip-Fehler %2)</translation>
    </message>
    <message>
        <source>%1 has an entry Berth cannot read: the zip is damaged</source>
        <translation>%1 hat einen Eintrag, den Berth nicht lesen kann: das Zip ist beschädigt</translation>
    </message>
    <message>
        <source>%1 is refused: the entry &quot;%2&quot; cannot be taken out safely (%3)</source>
        <translation>%1 wird abgelehnt: der Eintrag &quot;%2&quot; kann nicht sicher entnommen werden (%3)</translation>
    </message>
    <message>
        <source>%1 is refused: &quot;%2&quot; would make it larger than Berth takes (%3 MiB an entry, %4 MiB in all)</source>
        <translation>%1 wird abgelehnt: &quot;%2&quot; machte es größer, als Berth annimmt (%3 MiB je Eintrag, %4 MiB insgesamt)</translation>
    </message>
    <message>
        <source>%1 is damaged or cut short (zip error %2)</source>
        <translation>%1 ist beschädigt oder abgeschnitten (Zip-Fehler %2)</translation>
    </message>
    <message>
        <source>%1 holds no %2</source>
        <translation>%1 enthält kein %2</translation>
    </message>
    <message>
        <source>cannot read %1 in %2 (zip error %3)</source>
        <translation>%1 in %2 kann nicht gelesen werden (Zip-Fehler %3)</translation>
    </message>
    <message>
        <source>%1 in %2 is damaged or cut short</source>
        <translation>%1 in %2 ist beschädigt oder abgeschnitten</translation>
    </message>
    <message>
        <source>%1 in %2 is larger than its header says</source>
        <translation>%1 in %2 ist größer, als sein Kopf angibt</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 in %2 is damaged: its checksum does not match</source>
        <translation>%1 in %2 ist beschädigt: seine Prüfsumme stimmt nicht</translation>
    </message>
    <message>
        <source>%1 would leave %2</source>
        <translation>%1 würde %2 verlassen</translation>
    </message>
</context>
</TS>
