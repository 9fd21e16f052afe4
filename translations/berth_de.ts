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
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>given more than once in %1; say it once, so that it is clear which counts</source>
        <translation>mehrfach angegeben in %1; nur einmal angeben, damit klar ist, welcher Wert gilt</translation>
    </message>
</context>
<context>
    <name>AnswersPage</name>
    <message>
        <source>Problems on this page</source>
        <translation>Probleme auf dieser Seite</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>Problem mit %1</translation>
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
    <message>
        <source>a pin proves one file: pin the two downloads with binaries.dockerdSha256 and binaries.dockerSha256</source>
        <translation>eine Prüfsumme belegt eine Datei: für die beiden Downloads binaries.dockerdSha256 und binaries.dockerSha256 verwenden</translation>
    </message>
    <message>
        <source>%1 is a whole drive; name a folder on it (%2), which Docker&apos;s data has to itself</source>
        <translation>%1 ist ein ganzes Laufwerk; nennen Sie einen Ordner darauf (%2), den Dockers Daten für sich haben</translation>
    </message>
    <message>
        <source>%1 is not a number of seconds from 10 to 3600</source>
        <translation>%1 ist keine Anzahl Sekunden von 10 bis 3600</translation>
    </message>
    <message>
        <source>members of %1 can become administrators of this host: whoever may use the daemon&apos;s named pipe may start containers that mount the host&apos;s drives, and the daemon runs as SYSTEM</source>
        <translation>Mitglieder von %1 können Administratoren dieses Hosts werden: Wer die Named Pipe des Daemons benutzen darf, kann Container starten, die die Laufwerke des Hosts einbinden, und der Daemon läuft als SYSTEM</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds one of [ ] * ?, which PowerShell&apos;s task cmdlets read as a wildcard; a task&apos;s name has none</source>
        <translation>&quot;%1&quot; enthält eines von [ ] * ?, das die Aufgaben-Cmdlets von PowerShell als Platzhalter lesen; der Name einer Aufgabe enthält keines</translation>
    </message>
</context>
<context>
    <name>ApplicationPage</name>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>NSSM&apos;s Application tab: the program the service runs.</source>
        <translation>NSSMs Registerkarte Application: das Programm, das der Dienst ausführt.</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <source>The program the service starts. The manual procedure runs cmd.exe, which runs runDockerDaemon.cmd, so that the script&apos;s output lands in daemon.log.</source>
        <translation>Das Programm, das der Dienst startet. Das manuelle Verfahren startet cmd.exe, das runDockerDaemon.cmd ausführt, damit die Ausgabe des Skripts in daemon.log landet.</translation>
    </message>
    <message>
        <source>&amp;Startup directory:</source>
        <translation>&amp;Startverzeichnis:</translation>
    </message>
    <message>
        <source>The folder the program starts in.</source>
        <translation>Der Ordner, in dem das Programm startet.</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>&amp;Argumente:</translation>
    </message>
    <message>
        <source>What the program is given. &quot;/s /c ... &lt; nul&quot; runs the script once and gives it no keyboard input.</source>
        <translation>Was das Programm übergeben bekommt. „/s /c ... &lt; nul“ führt das Skript einmal aus und gibt ihm keine Tastatureingabe.</translation>
    </message>
    <message>
        <source>Service &amp;name:</source>
        <translation>Dienst&amp;name:</translation>
    </message>
    <message>
        <source>The name Windows knows the service by: sc.exe, services.msc and &quot;net start&quot; use it.</source>
        <translation>Der Name, unter dem Windows den Dienst kennt: sc.exe, services.msc und „net start“ verwenden ihn.</translation>
    </message>
    <message>
        <source>dockerd.exe registers itself under this name.</source>
        <translation>dockerd.exe registriert sich unter diesem Namen.</translation>
    </message>
    <message>
        <source>The scheduled task takes this name.</source>
        <translation>Die geplante Aufgabe erhält diesen Namen.</translation>
    </message>
</context>
<context>
    <name>ApplyContext</name>
    <message>
        <source>%1 (%2, from: %3)</source>
        <translation>%1 (%2, aus: %3)</translation>
    </message>
</context>
<context>
    <name>ApplyJob</name>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Would download %1</source>
        <translation>Würde %1 herunterladen</translation>
    </message>
    <message>
        <source>Note: the answers say host.edition %1, the registry says %2.</source>
        <translation>Hinweis: die Antworten sagen host.edition %1, die Registry sagt %2.</translation>
    </message>
    <message>
        <source>Cancelled before anything on the host changed.</source>
        <translation>Abgebrochen, bevor sich auf dem Host etwas geändert hat.</translation>
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
        <source>Check: Docker %1 (API %2) answers at %3.</source>
        <translation>Prüfung: Docker %1 (API %2) antwortet unter %3.</translation>
    </message>
    <message>
        <source>Check: the daemon does not answer at %1 yet: %2</source>
        <translation>Prüfung: der Daemon antwortet unter %1 noch nicht: %2</translation>
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
        <source>The interrupted apply had nothing left to do; its journal was removed.</source>
        <translation>Die unterbrochene Anwendung hatte nichts mehr zu tun; ihr Journal wurde entfernt.</translation>
    </message>
    <message>
        <source>The interrupted apply&apos;s journal was removed with the rest.</source>
        <translation>Das Journal der unterbrochenen Anwendung wurde mit dem Rest entfernt.</translation>
    </message>
    <message>
        <source>Installed: Docker %1 (%2).</source>
        <translation>Installiert: Docker %1 (%2).</translation>
    </message>
    <message>
        <source>Offered by %1: newest %2.</source>
        <translation>Angeboten von %1: neueste %2.</translation>
    </message>
    <message>
        <source>No release is newer than the installed one.</source>
        <translation>Keine Version ist neuer als die installierte.</translation>
    </message>
    <message>
        <source>Newer than the installed one: %1.</source>
        <translation>Neuer als die installierte: %1.</translation>
    </message>
    <message>
        <source>Docker is already at %1: nothing to change.</source>
        <translation>Docker ist bereits %1: nichts zu ändern.</translation>
    </message>
    <message>
        <source>Going back from %1 to %2, as asked.</source>
        <translation>Zurück von %1 auf %2, wie verlangt.</translation>
    </message>
    <message>
        <source>Upgrading from %1 to %2.</source>
        <translation>Aktualisierung von %1 auf %2.</translation>
    </message>
    <message>
        <source>Would then stop the service, replace dockerd.exe and docker.exe in %1, start it and check it (dry run, nothing was changed).</source>
        <translation>Würde dann den Dienst anhalten, dockerd.exe und docker.exe in %1 ersetzen, ihn starten und prüfen (Probelauf, nichts wurde geändert).</translation>
    </message>
    <message>
        <source>Docker is now %1 (was %2). The old dockerd.exe and docker.exe are in %3.</source>
        <translation>Docker ist jetzt %1 (war %2). Die alten dockerd.exe und docker.exe liegen in %3.</translation>
    </message>
    <message>
        <source>the client&apos;s certificates: give either --cert-dir or --certs-zip</source>
        <translation>die Zertifikate des Clients: entweder --cert-dir oder --certs-zip angeben</translation>
    </message>
    <message>
        <source>Nothing changes: %1</source>
        <translation>Nichts ändert sich: %1</translation>
    </message>
    <message>
        <source>this computer is already set up to manage %1.</source>
        <translation>dieser Computer ist bereits eingerichtet, um %1 zu verwalten.</translation>
    </message>
    <message>
        <source>This computer now manages %1: DOCKER_HOST, DOCKER_TLS_VERIFY and DOCKER_CERT_PATH are set for this user and the client&apos;s files are in %2. Command windows opened from now on see them.</source>
        <translation>Dieser Computer verwaltet jetzt %1: DOCKER_HOST, DOCKER_TLS_VERIFY und DOCKER_CERT_PATH sind für diesen Benutzer gesetzt, und die Dateien des Clients liegen in %2. Ab jetzt geöffnete Eingabeaufforderungen sehen sie.</translation>
    </message>
    <message>
        <source>The docker CLI is %1, on this user&apos;s Path.</source>
        <translation>Die docker-CLI ist %1, im Path dieses Benutzers.</translation>
    </message>
    <message>
        <source>The docker CLI is %1, on every user&apos;s Path.</source>
        <translation>Die docker-CLI ist %1, im Path aller Benutzer.</translation>
    </message>
    <message>
        <source>What was replaced is kept in %1; berth client --remove puts it back.</source>
        <translation>Was ersetzt wurde, liegt in %1; berth client --remove stellt es wieder her.</translation>
    </message>
    <message>
        <source>Check: Docker %1 (API %2, %3) answers at %4.</source>
        <translation>Prüfung: Docker %1 (API %2, %3) antwortet unter %4.</translation>
    </message>
    <message>
        <source>Check: the daemon does not answer at %1: %2. The set-up stays; berth probe asks again.</source>
        <translation>Prüfung: Der Daemon antwortet nicht unter %1: %2. Die Einrichtung bleibt; berth probe fragt erneut.</translation>
    </message>
    <message>
        <source>Berth has not set up this computer to manage a Docker host (%1 is not there): nothing to remove.</source>
        <translation>Berth hat diesen Computer nicht zum Verwalten eines Docker-Hosts eingerichtet (%1 fehlt): nichts zu entfernen.</translation>
    </message>
    <message>
        <source>the set-up is already gone.</source>
        <translation>die Einrichtung ist bereits entfernt.</translation>
    </message>
    <message>
        <source>This computer no longer manages %1: what the set-up replaced is back, what it added is gone.</source>
        <translation>Dieser Computer verwaltet %1 nicht mehr: Was die Einrichtung ersetzt hatte, ist zurück, was sie hinzugefügt hatte, ist entfernt.</translation>
    </message>
    <message>
        <source>placing docker.exe in %1 needs administrator rights. %2</source>
        <translation>docker.exe in %1 abzulegen braucht Administratorrechte. %2</translation>
    </message>
    <message>
        <source>--all-users changes the machine&apos;s Path, which needs administrator rights. %1</source>
        <translation>--all-users ändert den Path des Rechners, was Administratorrechte braucht. %1</translation>
    </message>
    <message>
        <source>Check: %1 speaks the Engine API up to %2, and Docker %3 takes clients from API %4 on: its commands will be refused until a docker.exe of %5 or later is placed (binaries.version).</source>
        <translation>Prüfung: %1 spricht die Engine-API bis %2, und Docker %3 nimmt Clients ab API %4 an: Seine Befehle werden abgewiesen, bis eine docker.exe ab Version %5 abgelegt ist (binaries.version).</translation>
    </message>
    <message>
        <source>Note: %1 is on the machine&apos;s Path, which Windows puts before this user&apos;s: `docker` runs that one, not %2. Run %2 by its full name, or take %3 out of the machine&apos;s Path.</source>
        <translation>Hinweis: %1 liegt im Path des Computers, den Windows vor den dieses Benutzers stellt: `docker` startet diese, nicht %2. Starten Sie %2 mit vollem Namen, oder nehmen Sie %3 aus dem Path des Computers.</translation>
    </message>
    <message>
        <source>Berth runs as %1, but %2 is signed in to this session: the client set-up goes into the profile, the environment and the docker settings of the user who runs it, so it would be %1&apos;s, not %2&apos;s. As %2, run berth client from a prompt that is not elevated (with binaries.source keep once an administrator has placed docker.exe), or sign in as %1.</source>
        <translation>Berth läuft als %1, aber in dieser Sitzung ist %2 angemeldet: Die Client-Einrichtung geht in das Profil, die Umgebung und die docker-Einstellungen des Benutzers, der sie ausführt, sie wäre also die von %1, nicht die von %2. Führen Sie berth client als %2 an einer nicht erhöhten Eingabeaufforderung aus (mit binaries.source keep, sobald ein Administrator docker.exe abgelegt hat), oder melden Sie sich als %1 an.</translation>
    </message>
    <message>
        <source>Would enable the Windows feature %1 (dism.exe); Docker would start after Windows restarts.</source>
        <translation>Würde das Windows-Feature %1 aktivieren (dism.exe); Docker würde nach einem Neustart von Windows starten.</translation>
    </message>
    <message>
        <source>After the restart, Docker does not answer: %1</source>
        <translation>Nach dem Neustart antwortet Docker nicht: %1</translation>
    </message>
    <message>
        <source>After the restart, Docker %1 answers on its named pipe.</source>
        <translation>Nach dem Neustart antwortet Docker %1 auf seiner Named Pipe.</translation>
    </message>
    <message>
        <source>Docker is set up and starts once Windows has restarted, which completes %1.</source>
        <translation>Docker ist eingerichtet und startet, sobald Windows neu gestartet ist, was %1 abschließt.</translation>
    </message>
    <message>
        <source>This Berth does not run on that Windows, so it cannot finish there by itself after a restart.</source>
        <translation>Dieses Berth läuft nicht auf diesem Windows und kann die Anwendung dort nach einem Neustart nicht selbst beenden.</translation>
    </message>
    <message>
        <source>Restart Windows, then run berth recover there: it starts Docker and checks that the daemon answers.</source>
        <translation>Starten Sie Windows neu und führen Sie dort berth recover aus: Es startet Docker und prüft, dass der Daemon antwortet.</translation>
    </message>
    <message>
        <source>Docker is now %1. The binaries it replaced are in %2.</source>
        <translation>Docker ist jetzt %1. Die ersetzten Programmdateien liegen in %2.</translation>
    </message>
    <message>
        <source>the interrupted upgrade&apos;s journal names no downloaded file to finish with</source>
        <translation>das Journal der unterbrochenen Aktualisierung nennt keine heruntergeladene Datei, mit der sie beendet werden kann</translation>
    </message>
    <message>
        <source>The files the interrupted upgrade replaced are kept in %1.</source>
        <translation>Die Dateien, die die unterbrochene Aktualisierung ersetzt hat, liegen in %1.</translation>
    </message>
</context>
<context>
    <name>ApplyJournal</name>
    <message>
        <source>An apply on this host did not end, and its journal cannot be used: %1.</source>
        <translation>Eine Anwendung auf diesem Host wurde nicht beendet, und ihr Journal ist nicht verwendbar: %1.</translation>
    </message>
    <message>
        <source>An apply started on %1 was interrupted before its first step; berth recover finishes it.</source>
        <translation>Eine am %1 begonnene Anwendung wurde vor ihrem ersten Schritt unterbrochen; berth recover führt sie zu Ende.</translation>
    </message>
    <message>
        <source>An apply started on %1 was interrupted during &quot;%2&quot;; berth recover finishes it (the files it replaced are in %3).</source>
        <translation>Eine am %1 begonnene Anwendung wurde während „%2“ unterbrochen; berth recover führt sie zu Ende (die ersetzten Dateien liegen in %3).</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1\Journal is not a journal Berth wrote</source>
        <translation>%1\Journal ist kein Journal, das Berth geschrieben hat</translation>
    </message>
    <message>
        <source>An apply started on %1 waits for Windows to restart and finish enabling %2; after the restart, berth recover finishes it (Berth runs it by itself when it restarted the host).</source>
        <translation>Eine am %1 begonnene Anwendung wartet auf einen Neustart von Windows, der %2 fertig aktiviert; nach dem Neustart führt berth recover sie zu Ende (Berth startet es selbst, wenn es den Host neu gestartet hat).</translation>
    </message>
    <message>
        <source>An upgrade to Docker %1 started on %2 was interrupted before its first step; berth recover finishes it.</source>
        <translation>Eine am %2 begonnene Aktualisierung auf Docker %1 wurde vor ihrem ersten Schritt unterbrochen; berth recover beendet sie.</translation>
    </message>
    <message>
        <source>An upgrade to Docker %1 started on %2 was interrupted during &quot;%3&quot;; berth recover finishes it (the files it replaced are in %4).</source>
        <translation>Eine am %2 begonnene Aktualisierung auf Docker %1 wurde während &quot;%3&quot; unterbrochen; berth recover beendet sie (die ersetzten Dateien liegen in %4).</translation>
    </message>
</context>
<context>
    <name>ApplyPage</name>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Each step with its state. A failed step undoes every step before it.</source>
        <translation>Jeder Schritt mit seinem Zustand. Ein fehlgeschlagener Schritt macht jeden Schritt davor rückgängig.</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Fortschritt des Downloads</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Stop and undo</source>
        <translation>&amp;Anhalten und rückgängig machen</translation>
    </message>
    <message>
        <source>Stops the download or the next step and puts back everything changed so far.</source>
        <translation>Hält den Download oder den nächsten Schritt an und stellt alles wieder her, was bis dahin geändert wurde.</translation>
    </message>
    <message>
        <source>Removing Docker</source>
        <translation>Docker wird entfernt</translation>
    </message>
    <message>
        <source>Making the bundle</source>
        <translation>Das Paket wird erstellt</translation>
    </message>
    <message>
        <source>Applying</source>
        <translation>Wird angewendet</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Stopping; what was changed is being put back ...</source>
        <translation>Wird angehalten; was geändert wurde, wird wiederhergestellt ...</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>[%1/%2] %3: running ...</source>
        <translation>[%1/%2] %3: läuft ...</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: erledigt</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Downloading %1: %2</source>
        <translation>Lade %1 herunter: %2</translation>
    </message>
    <message>
        <source>Remembered the zip&apos;s SHA-256 as its pin: %1</source>
        <translation>Die SHA-256 des Zips wurde als Vorgabe gemerkt: %1</translation>
    </message>
    <message>
        <source>Applied. The next page shows the daemon&apos;s log.</source>
        <translation>Angewendet. Die nächste Seite zeigt das Protokoll des Daemons.</translation>
    </message>
    <message>
        <source>Nothing changed: the host is already as the answers say.</source>
        <translation>Nichts geändert: Der Host ist schon so, wie die Antworten sagen.</translation>
    </message>
    <message>
        <source>Docker was removed.</source>
        <translation>Docker wurde entfernt.</translation>
    </message>
    <message>
        <source>No Docker is installed here: nothing was removed.</source>
        <translation>Hier ist kein Docker installiert: Nichts wurde entfernt.</translation>
    </message>
    <message>
        <source>The bundle is ready: %1. Its README.txt says how to copy it to the host and run install.cmd there.</source>
        <translation>Das Paket ist fertig: %1. Seine README.txt sagt, wie es auf den Host kopiert und dort install.cmd ausgeführt wird.</translation>
    </message>
    <message>
        <source>Stopped. %1</source>
        <translation>Angehalten. %1</translation>
    </message>
    <message>
        <source>Failed; see the messages above.</source>
        <translation>Fehlgeschlagen; siehe die Meldungen oben.</translation>
    </message>
    <message>
        <source>Updating Docker</source>
        <translation>Docker wird aktualisiert</translation>
    </message>
    <message>
        <source>Docker %1 runs. The next page shows the daemon&apos;s log.</source>
        <translation>Docker %1 läuft. Die nächste Seite zeigt das Protokoll des Daemons.</translation>
    </message>
    <message>
        <source>Setting up this computer</source>
        <translation>Dieser Computer wird eingerichtet</translation>
    </message>
    <message>
        <source>This computer is set up. In a command window opened from now on, docker reaches the host; berth client --remove undoes the set-up.</source>
        <translation>Dieser Computer ist eingerichtet. In einer ab jetzt geöffneten Eingabeaufforderung erreicht docker den Host; berth client --remove macht die Einrichtung rückgängig.</translation>
    </message>
    <message>
        <source>Nothing changed: this computer is already set up.</source>
        <translation>Nichts geändert: Dieser Computer ist bereits eingerichtet.</translation>
    </message>
    <message>
        <source>Docker is set up and starts once Windows has restarted (a feature it needs was enabled). After the restart, start Berth again: it finishes the apply.</source>
        <translation>Docker ist eingerichtet und startet, sobald Windows neu gestartet ist (ein benötigtes Feature wurde aktiviert). Starten Sie Berth nach dem Neustart erneut: Es führt die Anwendung zu Ende.</translation>
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
    <message>
        <source>cancelled before it began</source>
        <translation>abgebrochen, bevor er begann</translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed: %2. These could not be put back: %3. The backup stays in %4.</source>
        <translation>„%1“ ist fehlgeschlagen: %2. Dies konnte nicht wiederhergestellt werden: %3. Die Sicherung bleibt in %4.</translation>
    </message>
    <message>
        <source>the journal that lets an interrupted apply be finished cannot be written: %1</source>
        <translation>das Journal, mit dem sich eine unterbrochene Anwendung zu Ende führen lässt, kann nicht geschrieben werden: %1</translation>
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
        <source>only described: nothing was fetched</source>
        <translation>nur beschrieben: nichts wurde geholt</translation>
    </message>
    <message>
        <source>Install %1</source>
        <translation>%1 installieren</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
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
    <name>BinariesPage</name>
    <message>
        <source>Binaries</source>
        <translation>Binärdateien</translation>
    </message>
    <message>
        <source>Where dockerd.exe and docker.exe come from, and where they go on the host.</source>
        <translation>Woher dockerd.exe und docker.exe kommen und wohin sie auf dem Host gehen.</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Download from the internet, take a file you already have (for hosts without internet), or keep the binaries that are on the host now.</source>
        <translation>Aus dem Internet herunterladen, eine vorhandene Datei nehmen (für Hosts ohne Internet) oder die Binärdateien auf dem Host behalten.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>A file on this machine</source>
        <translation>Eine Datei auf diesem Rechner</translation>
    </message>
    <message>
        <source>Keep what is on the host</source>
        <translation>Behalten, was auf dem Host ist</translation>
    </message>
    <message>
        <source>&amp;Package:</source>
        <translation>&amp;Paket:</translation>
    </message>
    <message>
        <source>Docker&apos;s static zip for Windows (docker-&lt;version&gt;.zip with docker\dockerd.exe and docker\docker.exe), or the two separate files of the manual procedure.</source>
        <translation>Dockers statisches Zip für Windows (docker-&lt;version&gt;.zip mit docker\dockerd.exe und docker\docker.exe) oder die zwei einzelnen Dateien des manuellen Verfahrens.</translation>
    </message>
    <message>
        <source>Docker CE static zip</source>
        <translation>Statisches Docker-CE-Zip</translation>
    </message>
    <message>
        <source>dockerd.exe and docker.exe, two URLs</source>
        <translation>dockerd.exe und docker.exe, zwei URLs</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>Zip &amp;URL:</source>
        <translation>Zip-&amp;URL:</translation>
    </message>
    <message>
        <source>dockerd.exe U&amp;RL:</source>
        <translation>dockerd.exe-U&amp;RL:</translation>
    </message>
    <message>
        <source>Where dockerd.exe, the engine, is downloaded from.</source>
        <translation>Woher dockerd.exe, die Engine, heruntergeladen wird.</translation>
    </message>
    <message>
        <source>docker.exe UR&amp;L:</source>
        <translation>docker.exe-UR&amp;L:</translation>
    </message>
    <message>
        <source>Where docker.exe, the command-line client, is downloaded from.</source>
        <translation>Woher docker.exe, der Kommandozeilen-Client, heruntergeladen wird.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>A docker-&lt;version&gt;.zip, or dockerd.exe with docker.exe beside it, on this machine.</source>
        <translation>Ein docker-&lt;version&gt;.zip oder dockerd.exe mit docker.exe daneben, auf diesem Rechner.</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <source>Choose the zip or dockerd.exe on this machine.</source>
        <translation>Das Zip oder dockerd.exe auf diesem Rechner wählen.</translation>
    </message>
    <message>
        <source>Docker binaries</source>
        <translation>Docker-Programmdateien</translation>
    </message>
    <message>
        <source>Docker zip or dockerd.exe (*.zip dockerd.exe)</source>
        <translation>Docker-Zip oder dockerd.exe (*.zip dockerd.exe)</translation>
    </message>
    <message>
        <source>SHA-&amp;256 pin:</source>
        <translation>SHA-&amp;256-Vorgabe:</translation>
    </message>
    <message>
        <source>The SHA-256 the zip must have; a file with another digest is thrown away. Empty: the digest is shown and remembered.</source>
        <translation>Die SHA-256, die das Zip haben muss; eine Datei mit anderer Prüfsumme wird verworfen. Leer: Die Prüfsumme wird angezeigt und gemerkt.</translation>
    </message>
    <message>
        <source>&amp;Install folder:</source>
        <translation>&amp;Installationsordner:</translation>
    </message>
    <message>
        <source>The folder on the host that dockerd.exe and docker.exe go to. The manual procedure uses C:\Windows\System32, which is on every PATH.</source>
        <translation>Der Ordner auf dem Host, in den dockerd.exe und docker.exe kommen. Das manuelle Verfahren nimmt C:\Windows\System32, das in jedem PATH liegt.</translation>
    </message>
    <message>
        <source>Allow plain &amp;http downloads</source>
        <translation>Unverschlüsselte &amp;http-Downloads erlauben</translation>
    </message>
    <message>
        <source>Only for a mirror inside your network: without TLS, anyone on the way can change what is downloaded. Pin the SHA-256 then.</source>
        <translation>Nur für einen Spiegel in Ihrem Netz: Ohne TLS kann jeder auf dem Weg ändern, was heruntergeladen wird. Geben Sie dann die SHA-256 vor.</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>An http:// or socks5:// proxy for the downloads. Empty: the system&apos;s proxy settings.</source>
        <translation>Ein http://- oder socks5://-Proxy für die Downloads. Leer: die Proxy-Einstellungen des Systems.</translation>
    </message>
    <message>
        <source>Releases in&amp;dex:</source>
        <translation>Versionsli&amp;ste:</translation>
    </message>
    <message>
        <source>Docker CE&apos;s static index, the page that lists docker-&lt;version&gt;.zip for every release: the version&apos;s zip comes from there, and so do the releases an update offers. A mirror inside your network can stand in.</source>
        <translation>Der statische Index von Docker CE, die Seite, die docker-&lt;version&gt;.zip für jede Version aufführt: Von dort kommt das Zip der Version, und von dort kommen die Versionen, die eine Aktualisierung anbietet. Ein Spiegel in Ihrem Netz kann an seine Stelle treten.</translation>
    </message>
    <message>
        <source>The whole URL of the zip, for a mirror inside your network. Empty: the version&apos;s zip in the releases index.</source>
        <translation>Die ganze URL des Zips, für einen Spiegel in Ihrem Netz. Leer: das Zip der Version in der Versionsliste.</translation>
    </message>
    <message>
        <source>The Docker CE version to download, such as %1. Windows Server 2016 and Nano Server (build 14393) run Docker up to %2: Docker Engine 23.0 and later need build 17763.</source>
        <translation>Die herunterzuladende Docker-CE-Version, etwa %1. Windows Server 2016 und Nano Server (Build 14393) führen Docker bis %2 aus: Docker Engine 23.0 und neuer brauchen Build 17763.</translation>
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
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 is not the pinned file: its SHA-256 is %2, the pin (%3) says %4</source>
        <translation>%1 ist nicht die festgelegte Datei: ihr SHA-256 ist %2, die Festlegung (%3) lautet %4</translation>
    </message>
    <message>
        <source>%1: SHA-256 %2, as pinned</source>
        <translation>%1: SHA-256 %2, wie festgelegt</translation>
    </message>
    <message>
        <source>no temporary folder for the index: %1</source>
        <translation>kein temporärer Ordner für den Index: %1</translation>
    </message>
    <message>
        <source>binaries.indexUrl: %1</source>
        <translation>binaries.indexUrl: %1</translation>
    </message>
    <message>
        <source>binaries.indexUrl: %1 is not an index page Berth can read</source>
        <translation>binaries.indexUrl: %1 ist keine Indexseite, die Berth lesen kann</translation>
    </message>
    <message>
        <source>binaries.indexUrl: %1 lists no docker-VERSION.zip</source>
        <translation>binaries.indexUrl: %1 führt keine docker-VERSION.zip auf</translation>
    </message>
</context>
<context>
    <name>BundleBuilder</name>
    <message>
        <source>tls.generate: Berth makes the host&apos;s certificates for the bundle; name a folder on this machine for the CA key and the client&apos;s files with --client-out DIR</source>
        <translation>tls.generate: Berth erstellt die Zertifikate des Hosts für das Paket; nennen Sie mit --client-out ORDNER einen Ordner auf diesem Rechner für den CA-Schlüssel und die Dateien des Clients</translation>
    </message>
    <message>
        <source>binaries.source: a bundle carries the binaries; &quot;keep&quot; is for a host that has them</source>
        <translation>binaries.source: Ein Paket bringt die Binärdateien mit; „keep“ ist für einen Host, der sie hat</translation>
    </message>
    <message>
        <source>nssm.source: a bundle carries nssm.exe; &quot;keep&quot; is for a host that has it</source>
        <translation>nssm.source: Ein Paket bringt nssm.exe mit; „keep“ ist für einen Host, der es hat</translation>
    </message>
    <message>
        <source>cancelled; no bundle was written</source>
        <translation>abgebrochen; kein Paket wurde geschrieben</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 files).</source>
        <translation>%1 geschrieben (%2 Dateien).</translation>
    </message>
    <message>
        <source>Wrote %1 for the machines that run docker; the CA key stays in %2.</source>
        <translation>%1 für die Rechner geschrieben, auf denen docker läuft; der CA-Schlüssel bleibt in %2.</translation>
    </message>
    <message>
        <source>%1: holds &quot;%2&quot;, which install.cmd cannot carry (cmd.exe reads a script in the host&apos;s OEM code page); berth apply on the host can set it</source>
        <translation>%1: enthält &quot;%2&quot;, das install.cmd nicht transportieren kann (cmd.exe liest ein Skript in der OEM-Codepage des Hosts); berth apply auf dem Host kann es setzen</translation>
    </message>
</context>
<context>
    <name>BundleReadme</name>
    <message>
        <source>Docker for Windows, prepared by Berth</source>
        <translation>Docker für Windows, vorbereitet von Berth</translation>
    </message>
    <message>
        <source>This bundle installs dockerd.exe and docker.exe in %1 and runs the daemon as %2 (%3), as the answers in answers.json say. SHA256SUMS holds the SHA-256 of every other file.</source>
        <translation>Dieses Paket installiert dockerd.exe und docker.exe in %1 und betreibt den Daemon als %2 (%3), wie es die Antworten in answers.json sagen. SHA256SUMS enthält die SHA-256 jeder anderen Datei.</translation>
    </message>
    <message>
        <source>1. On your machine, unpack it:</source>
        <translation>1. Auf Ihrem Rechner entpacken:</translation>
    </message>
    <message>
        <source>2. Open a remote PowerShell session to the host and copy the folder there. A host outside your domain (Nano Server often is) must first be trusted on your machine:</source>
        <translation>2. Öffnen Sie eine PowerShell-Remotesitzung zum Host und kopieren Sie den Ordner dorthin. Ein Host außerhalb Ihrer Domäne (Nano Server ist es oft) muss zuerst auf Ihrem Rechner als vertrauenswürdig eingetragen werden:</translation>
    </message>
    <message>
        <source>3. Run the install script there, as administrator:</source>
        <translation>3. Dort das Installationsskript als Administrator ausführen:</translation>
    </message>
    <message>
        <source>   It checks every file against SHA256SUMS before it changes anything, reports each step and stops at the first failure. Running it again is safe: what is in place already stays as it is.</source>
        <translation>   Es prüft jede Datei gegen SHA256SUMS, bevor es etwas ändert, meldet jeden Schritt und hält beim ersten Fehler an. Ein zweiter Lauf ist sicher: Was schon da ist, bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>4. Read the daemon&apos;s log:</source>
        <translation>4. Das Protokoll des Daemons lesen:</translation>
    </message>
    <message>
        <source>5. Remote clients use the files of the client zip (never copy them to the host):</source>
        <translation>5. Entfernte Clients verwenden die Dateien des Client-Zips (kopieren Sie sie nie auf den Host):</translation>
    </message>
    <message>
        <source>To remove Docker again (&quot;/all&quot; also deletes C:\ProgramData\docker):</source>
        <translation>Um Docker wieder zu entfernen („/all“ löscht auch C:\ProgramData\docker):</translation>
    </message>
</context>
<context>
    <name>CaFolder</name>
    <message>
        <source>who may write it cannot be read (%1)</source>
        <translation>wer hineinschreiben darf, lässt sich nicht lesen (%1)</translation>
    </message>
    <message>
        <source>%1 owns it</source>
        <translation>%1 ist der Besitzer</translation>
    </message>
    <message>
        <source>it has no access list, so everyone may write it</source>
        <translation>es hat keine Zugriffsliste, also darf jeder hineinschreiben</translation>
    </message>
    <message>
        <source>%1 may write in it</source>
        <translation>%1 darf hineinschreiben</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>es lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>user %1 owns it</source>
        <translation>Benutzer %1 ist der Besitzer</translation>
    </message>
    <message>
        <source>group %1 may write in it</source>
        <translation>Gruppe %1 darf hineinschreiben</translation>
    </message>
    <message>
        <source>every user may write in it</source>
        <translation>jeder Benutzer darf hineinschreiben</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 is not yours alone: %2. Whoever can write there can put in a CA of their own, which Berth would sign with and hand to hosts and clients. Name a folder only you can write.</source>
        <translation>%1 gehört nicht Ihnen allein: %2. Wer dort schreiben kann, kann eine eigene Zertifizierungsstelle hineinlegen, mit der Berth signieren und die es an Hosts und Clients weitergeben würde. Nennen Sie einen Ordner, in den nur Sie schreiben können.</translation>
    </message>
    <message>
        <source>an entry of a kind Berth does not read (type %1)</source>
        <translation>ein Eintrag einer Art, die Berth nicht liest (Typ %1)</translation>
    </message>
    <message>
        <source>%1 may read or write it</source>
        <translation>%1 darf sie lesen oder schreiben</translation>
    </message>
    <message>
        <source>others may read it</source>
        <translation>andere dürfen sie lesen</translation>
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
    <message>
        <source>%1 already holds %2 without a CA that Berth can use (ca.pem with its ca-key.pem); Berth does not replace them with a new CA. Name an empty folder, or move those files away.</source>
        <translation>%1 enthält bereits %2 ohne eine CA, die Berth verwenden kann (ca.pem mit ihrer ca-key.pem); Berth ersetzt sie nicht durch eine neue CA. Einen leeren Ordner angeben oder diese Dateien woandershin verschieben.</translation>
    </message>
</context>
<context>
    <name>CertificatesForApply</name>
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
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>Manage a Docker host from this computer</source>
        <translation>Einen Docker-Host von diesem Computer aus verwalten</translation>
    </message>
    <message>
        <source>As the manual procedure does for a client: the docker CLI on Path, the client&apos;s certificates and DOCKER_HOST for you, so that docker reaches the host without -H. Nothing has changed yet.</source>
        <translation>Wie die manuelle Anleitung es für einen Client tut: die docker-CLI im Path, die Zertifikate des Clients und DOCKER_HOST für Sie, sodass docker den Host ohne -H erreicht. Noch wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The host&apos;s name or address as its server certificate names it, with its TLS port (2376 when none is given).</source>
        <translation>Name oder Adresse des Hosts, wie sein Serverzertifikat sie nennt, mit seinem TLS-Port (2376, wenn keiner angegeben ist).</translation>
    </message>
    <message>
        <source>Docker &amp;host:</source>
        <translation>Docker-&amp;Host:</translation>
    </message>
    <message>
        <source>Docker host</source>
        <translation>Docker-Host</translation>
    </message>
    <message>
        <source>A folder with the client&apos;s ca.pem, cert.pem and key.pem, or the client zip Berth made with them (never the CA key). They go to %USERPROFILE%\.docker, the key readable by you alone.</source>
        <translation>Ein Ordner mit ca.pem, cert.pem und key.pem des Clients oder das Client-Zip, das Berth damit erstellt hat (nie der CA-Schlüssel). Sie kommen nach %USERPROFILE%\.docker, der Schlüssel nur für Sie lesbar.</translation>
    </message>
    <message>
        <source>F&amp;older...</source>
        <translation>&amp;Ordner...</translation>
    </message>
    <message>
        <source>Choose a folder with the client&apos;s files.</source>
        <translation>Einen Ordner mit den Dateien des Clients wählen.</translation>
    </message>
    <message>
        <source>&amp;Zip...</source>
        <translation>Z&amp;ip...</translation>
    </message>
    <message>
        <source>Choose the client zip.</source>
        <translation>Das Client-Zip wählen.</translation>
    </message>
    <message>
        <source>Client &amp;files:</source>
        <translation>Client-&amp;Dateien:</translation>
    </message>
    <message>
        <source>Client files</source>
        <translation>Client-Dateien</translation>
    </message>
    <message>
        <source>&amp;Download Docker from the releases index</source>
        <translation>Docker aus dem Release-Index herunter&amp;laden</translation>
    </message>
    <message>
        <source>&amp;Keep the docker.exe already on this computer</source>
        <translation>Die vorhandene docker.exe dieses Computers &amp;behalten</translation>
    </message>
    <message>
        <source>The one in %ProgramFiles%\Docker, or in System32 where the manual procedure puts it. Changes only your own settings, without administrator rights.</source>
        <translation>Die in %ProgramFiles%\Docker oder in System32, wo die manuelle Anleitung sie ablegt. Ändert nur Ihre eigenen Einstellungen, ohne Administratorrechte.</translation>
    </message>
    <message>
        <source>From a local Docker zip</source>
        <translation>Aus einem lokalen Docker-Zip</translation>
    </message>
    <message>
        <source>docker CLI:</source>
        <translation>docker-CLI:</translation>
    </message>
    <message>
        <source>Put the Docker folder on every user&apos;s Path (&amp;all users)</source>
        <translation>Den Docker-Ordner in den Path aller Benutzer aufnehmen (&amp;alle Benutzer)</translation>
    </message>
    <message>
        <source>The machine&apos;s Path instead of yours. The host, the certificates and DOCKER_HOST stay yours: a client key belongs to one person.</source>
        <translation>Der Path des Computers statt Ihres. Host, Zertifikate und DOCKER_HOST bleiben Ihre: Ein Client-Schlüssel gehört einer Person.</translation>
    </message>
    <message>
        <source>The client&apos;s files</source>
        <translation>Die Dateien des Clients</translation>
    </message>
    <message>
        <source>The client zip</source>
        <translation>Das Client-Zip</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip-Dateien (*.zip)</translation>
    </message>
    <message>
        <source>&amp;Download Docker %1 from %2</source>
        <translation>Docker %1 von %2 herunter&amp;laden</translation>
    </message>
    <message>
        <source>As binaries.* of the answers say: the download cache and the pin apply.</source>
        <translation>Wie binaries.* der Antworten es sagen: Download-Cache und Pin gelten.</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Aus %1</translation>
    </message>
    <message>
        <source>%1 is neither a folder nor a zip</source>
        <translation>%1 ist weder ein Ordner noch ein Zip</translation>
    </message>
    <message>
        <source>Placing docker.exe in Program Files and changing every user&apos;s Path need administrator rights: start Berth with &quot;Run as administrator&quot;, or keep the docker.exe that is here.</source>
        <translation>docker.exe unter Programme abzulegen und den Path aller Benutzer zu ändern, braucht Administratorrechte: Starten Sie Berth mit &quot;Als Administrator ausführen&quot; oder behalten Sie die vorhandene docker.exe.</translation>
    </message>
</context>
<context>
    <name>ClientPlaces</name>
    <message>
        <source>Read the user&apos;s environment</source>
        <translation>Die Umgebung des Benutzers lesen</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>it is not set</source>
        <translation>sie ist nicht gesetzt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ClientRecord</name>
    <message>
        <source>it is not a record Berth wrote (%1)</source>
        <translation>es ist kein Protokoll, das Berth geschrieben hat (%1)</translation>
    </message>
    <message>
        <source>no &quot;record&quot; marker</source>
        <translation>keine &quot;record&quot;-Markierung</translation>
    </message>
    <message>
        <source>it names a docker context Berth does not make: %1</source>
        <translation>es nennt einen docker-Kontext, den Berth nicht anlegt: %1</translation>
    </message>
    <message>
        <source>it names a variable Berth does not set: %1 in %2</source>
        <translation>es nennt eine Variable, die Berth nicht setzt: %1 in %2</translation>
    </message>
    <message>
        <source>it names a registry key Berth does not change: %1</source>
        <translation>es nennt einen Registrierungsschlüssel, den Berth nicht ändert: %1</translation>
    </message>
</context>
<context>
    <name>ClientSetup</name>
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
        <source>docker context %1 points at %2: docker --context %1 version</source>
        <translation>docker context %1 zeigt auf %2: docker --context %1 version</translation>
    </message>
    <message>
        <source>docker context %1 could not be made; use the lines above</source>
        <translation>docker context %1 konnte nicht angelegt werden; die Zeilen oben verwenden</translation>
    </message>
    <message>
        <source>cannot put %1 into %2</source>
        <translation>%1 kann nicht in %2 aufgenommen werden</translation>
    </message>
    <message>
        <source>A docker context for them, if you want one: %1</source>
        <translation>Ein docker-Kontext dafür, falls gewünscht: %1</translation>
    </message>
    <message>
        <source>docker context %1 was not made: the docker CLI is not on this machine&apos;s PATH</source>
        <translation>docker-Kontext %1 wurde nicht angelegt: die docker-CLI ist nicht im PATH dieses Rechners</translation>
    </message>
    <message>
        <source>  (none: %1 holds %2, which cmd.exe cannot take literally; use PowerShell&apos;s line)</source>
        <translation>  (keine: %1 enthält %2, was cmd.exe nicht wörtlich nehmen kann; nehmen Sie die Zeile für PowerShell)</translation>
    </message>
</context>
<context>
    <name>ClientSteps</name>
    <message>
        <source>it is not tcp://NAME:PORT</source>
        <translation>es ist nicht tcp://NAME:PORT</translation>
    </message>
    <message>
        <source>an IPv6 address goes in brackets: tcp://[ADDRESS]:PORT</source>
        <translation>eine IPv6-Adresse gehört in eckige Klammern: tcp://[ADRESSE]:PORT</translation>
    </message>
    <message>
        <source>--host: %1: %2</source>
        <translation>--host: %1: %2</translation>
    </message>
    <message>
        <source>Place docker.exe</source>
        <translation>docker.exe ablegen</translation>
    </message>
    <message>
        <source>binaries.source: keep, but no docker.exe is in %1 or %2 to keep</source>
        <translation>binaries.source: keep, aber in %1 oder %2 ist keine docker.exe zu behalten</translation>
    </message>
    <message>
        <source>Place %1</source>
        <translation>%1 ablegen</translation>
    </message>
    <message>
        <source>%1: %2; move it away to set this machine up anew</source>
        <translation>%1: %2; verschieben Sie die Datei, um diesen Computer neu einzurichten</translation>
    </message>
    <message>
        <source>Write the record of this set-up</source>
        <translation>Das Protokoll dieser Einrichtung schreiben</translation>
    </message>
    <message>
        <source>%1: the copy of the docker context %2&apos;s file is not in Berth&apos;s backups: %3</source>
        <translation>%1: Die Kopie einer Datei des docker-Kontexts %2 liegt nicht in Berths Sicherungen: %3</translation>
    </message>
    <message>
        <source>%1 names a file Berth does not place: %2</source>
        <translation>%1 nennt eine Datei, die Berth nicht ablegt: %2</translation>
    </message>
    <message>
        <source>%1 names a copy outside Berth&apos;s backups: %2</source>
        <translation>%1 nennt eine Kopie außerhalb von Berths Sicherungen: %2</translation>
    </message>
    <message>
        <source>the copy of %1 that the set-up kept is gone: %2</source>
        <translation>die Kopie von %1, die die Einrichtung aufbewahrt hat, fehlt: %2</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Put back %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message>
        <source>Remove the record of the set-up</source>
        <translation>Das Protokoll der Einrichtung entfernen</translation>
    </message>
    <message>
        <source>%1 names a folder of the Path that Berth does not add: %2</source>
        <translation>%1 nennt einen Ordner des Path, den Berth nicht hinzufügt: %2</translation>
    </message>
    <message>
        <source>the copy of %1 in %2 is not what the set-up kept: its SHA-256 %3 is not the one recorded in %4 (%5); Berth puts nothing of it into %1</source>
        <translation>die Kopie von %1 in %2 ist nicht die, die die Einrichtung aufbewahrt hat: ihr SHA-256 %3 ist nicht der in %4 festgehaltene (%5); Berth legt nichts davon nach %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
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
        <source>The answers are valid.</source>
        <translation>Die Antworten sind gültig.</translation>
    </message>
    <message>
        <source>berth: cannot open the wizard %1: Windows error %2</source>
        <translation>berth: der Assistent %1 lässt sich nicht öffnen: Windows-Fehler %2</translation>
    </message>
    <message>
        <source>The answer file (JSON). Without it, the defaults: the manual procedure, Microsoft&apos;s &quot;Docker and Windows&quot; guide for Windows Server 2016.</source>
        <translation>Die Antwortdatei (JSON). Ohne sie die Vorgaben: das manuelle Verfahren, Microsofts Anleitung &quot;Docker and Windows&quot; für Windows Server 2016.</translation>
    </message>
    <message>
        <source>The folder that stands for the host&apos;s C:\ (on Windows: C:\ itself). BERTH_LAUNCHER names a program that runs Windows programs (e.g. wine).</source>
        <translation>Der Ordner, der für C:\ des Hosts steht (unter Windows: C:\ selbst). BERTH_LAUNCHER nennt ein Programm, das Windows-Programme startet (z. B. wine).</translation>
    </message>
    <message>
        <source>The Docker service&apos;s name.</source>
        <translation>Der Name des Docker-Dienstes.</translation>
    </message>
    <message>
        <source>Print the plan as JSON.</source>
        <translation>Den Plan als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Print what would change on the host, and change nothing.</source>
        <translation>Ausgeben, was sich auf dem Host ändern würde, und nichts ändern.</translation>
    </message>
    <message>
        <source>Where certificates Berth makes leave the CA key and the client&apos;s files (this machine).</source>
        <translation>Wo von Berth erstellte Zertifikate den CA-Schlüssel und die Dateien des Clients ablegen (dieser Rechner).</translation>
    </message>
    <message>
        <source>Also add a docker context for the new client files to this machine&apos;s docker CLI; without it, Berth only prints the command.</source>
        <translation>Auch einen docker context für die neuen Client-Dateien in der docker-CLI dieses Rechners anlegen; ohne dies gibt Berth nur den Befehl aus.</translation>
    </message>
    <message>
        <source>Keep the images and containers (the data folder).</source>
        <translation>Die Images und Container behalten (den Datenordner).</translation>
    </message>
    <message>
        <source>Keep the certificate folder.</source>
        <translation>Den Zertifikatordner behalten.</translation>
    </message>
    <message>
        <source>The DNS names and addresses clients use to reach the host, separated by commas; the server certificate covers each.</source>
        <translation>Die DNS-Namen und Adressen, über die Clients den Host erreichen, durch Kommas getrennt; das Serverzertifikat deckt jeden ab.</translation>
    </message>
    <message>
        <source>How many days the certificates are valid.</source>
        <translation>Wie viele Tage die Zertifikate gültig sind.</translation>
    </message>
    <message>
        <source>The key type: rsa4096 or ecdsa-p256.</source>
        <translation>Der Schlüsseltyp: rsa4096 oder ecdsa-p256.</translation>
    </message>
    <message>
        <source>The daemon&apos;s endpoint, tcp://HOST:PORT. For certs, what clients will use (without it: the first name, port 2376).</source>
        <translation>Der Endpunkt des Daemons, tcp://HOST:PORT. Bei certs der, den Clients verwenden werden (ohne ihn: der erste Name, Port 2376).</translation>
    </message>
    <message>
        <source>The folder with the client&apos;s ca.pem, cert.pem and key.pem.</source>
        <translation>Der Ordner mit ca.pem, cert.pem und key.pem des Clients.</translation>
    </message>
    <message>
        <source>Also put the client&apos;s ca.pem, cert.pem and key.pem in this zip.</source>
        <translation>ca.pem, cert.pem und key.pem des Clients auch in dieses Zip legen.</translation>
    </message>
    <message>
        <source>How many of the last lines to print.</source>
        <translation>Wie viele der letzten Zeilen ausgegeben werden.</translation>
    </message>
    <message>
        <source>Then print what is added, until Ctrl+C.</source>
        <translation>Danach ausgeben, was hinzukommt, bis Strg+C.</translation>
    </message>
    <message>
        <source>The language of messages and the wizard (en, de, fr).</source>
        <translation>Die Sprache der Meldungen und des Assistenten (en, de, fr).</translation>
    </message>
    <message>
        <source>This text; after a verb, that verb&apos;s.</source>
        <translation>Dieser Text; nach einem Verb der dieses Verbs.</translation>
    </message>
    <message>
        <source>Berth&apos;s version.</source>
        <translation>Die Version von Berth.</translation>
    </message>
    <message>
        <source>Open the wizard.</source>
        <translation>Den Assistenten öffnen.</translation>
    </message>
    <message>
        <source>Print the file Berth writes for the answers.</source>
        <translation>Die Datei ausgeben, die Berth für die Antworten schreibt.</translation>
    </message>
    <message>
        <source>Print every step an apply takes, in order.</source>
        <translation>Jeden Schritt einer Anwendung der Reihe nach ausgeben.</translation>
    </message>
    <message>
        <source>Print every problem in the answers, one per line.</source>
        <translation>Jedes Problem in den Antworten ausgeben, eines pro Zeile.</translation>
    </message>
    <message>
        <source>Carry out the plan on the host; a failed step undoes all.</source>
        <translation>Den Plan auf dem Host ausführen; ein fehlgeschlagener Schritt macht alles rückgängig.</translation>
    </message>
    <message>
        <source>Finish an apply that was interrupted (killed, power lost).</source>
        <translation>Eine unterbrochene Anwendung abschließen (beendet, Stromausfall).</translation>
    </message>
    <message>
        <source>Print the host&apos;s Docker set-up as an answer file.</source>
        <translation>Die Docker-Einrichtung des Hosts als Antwortdatei ausgeben.</translation>
    </message>
    <message>
        <source>Remove Docker from the host, as the manual procedure does.</source>
        <translation>Docker vom Host entfernen, wie es das manuelle Verfahren tut.</translation>
    </message>
    <message>
        <source>Make one zip for another host (Nano Server, no internet): binaries, configuration, install.cmd, SHA256SUMS.</source>
        <translation>Ein Zip für einen anderen Host erstellen (Nano Server, ohne Internet): Binärdateien, Konfiguration, install.cmd, SHA256SUMS.</translation>
    </message>
    <message>
        <source>Make a CA, a server and a client certificate.</source>
        <translation>Eine CA, ein Server- und ein Client-Zertifikat erstellen.</translation>
    </message>
    <message>
        <source>Ask a daemon for its version, over mutual TLS with the client&apos;s files in --cert-dir.</source>
        <translation>Einen Daemon nach seiner Version fragen, über gegenseitiges TLS mit den Client-Dateien in --cert-dir.</translation>
    </message>
    <message>
        <source>Print the end of daemon.log, then (with --follow) what is added.</source>
        <translation>Das Ende von daemon.log ausgeben, dann (mit --follow) was hinzukommt.</translation>
    </message>
    <message>
        <source>%1 goes with a command; the wizard does not take it</source>
        <translation>%1 gehört zu einem Befehl; der Assistent nimmt es nicht an</translation>
    </message>
    <message>
        <source>%1 does not take %2</source>
        <translation>%1 nimmt %2 nicht an</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 braucht %2</translation>
    </message>
    <message>
        <source>%1 needs %2 %3</source>
        <translation>%1 braucht %2 %3</translation>
    </message>
    <message>
        <source>name a command</source>
        <translation>nennen Sie einen Befehl</translation>
    </message>
    <message>
        <source>Default: %1.</source>
        <translation>Vorgabe: %1.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Usage: berth [VERB] [OPTIONS]</source>
        <translation>Aufruf: berth [VERB] [OPTIONEN]</translation>
    </message>
    <message>
        <source>Installs, configures and removes the Docker engine on Windows hosts.</source>
        <translation>Installiert, konfiguriert und entfernt die Docker-Engine auf Windows-Hosts.</translation>
    </message>
    <message>
        <source>With no verb, the wizard opens: %1</source>
        <translation>Ohne Verb öffnet sich der Assistent: %1</translation>
    </message>
    <message>
        <source>Verbs:</source>
        <translation>Verben:</translation>
    </message>
    <message>
        <source>The Docker version to go to (without it: the newest offered); an older one only this way.</source>
        <translation>Die Docker-Version, auf die gewechselt wird (ohne: die neueste angebotene); eine ältere nur so.</translation>
    </message>
    <message>
        <source>Replace dockerd.exe and docker.exe with another release and nothing else; back to the old ones if the new daemon does not start or answer. Without --answers, the host is read.</source>
        <translation>Ersetzt dockerd.exe und docker.exe durch eine andere Version und sonst nichts; zurück zu den alten, wenn der neue Daemon nicht startet oder nicht antwortet. Ohne --answers wird der Host gelesen.</translation>
    </message>
    <message>
        <source>The zip with the client&apos;s ca.pem, cert.pem and key.pem (as apply and certs make it), instead of --cert-dir.</source>
        <translation>Das Zip mit ca.pem, cert.pem und key.pem des Clients (wie apply und certs es erstellen), statt --cert-dir.</translation>
    </message>
    <message>
        <source>Put the Docker folder on every user&apos;s Path, not only on this user&apos;s.</source>
        <translation>Den Docker-Ordner in den Path aller Benutzer aufnehmen, nicht nur in den dieses Benutzers.</translation>
    </message>
    <message>
        <source>Undo the set-up: put back what it replaced, remove what it added.</source>
        <translation>Die Einrichtung rückgängig machen: wiederherstellen, was sie ersetzt hat, entfernen, was sie hinzugefügt hat.</translation>
    </message>
    <message>
        <source>Set up this computer to manage the Docker host at --host: docker.exe (binaries.* of the answers) in %ProgramFiles%\Docker on Path, the client&apos;s files in %USERPROFILE%\.docker, DOCKER_HOST, DOCKER_TLS_VERIFY and DOCKER_CERT_PATH for this user; then ask the daemon.</source>
        <translation>Diesen Computer zum Verwalten des Docker-Hosts unter --host einrichten: docker.exe (binaries.* der Antworten) in %ProgramFiles%\Docker im Path, die Dateien des Clients in %USERPROFILE%\.docker, DOCKER_HOST, DOCKER_TLS_VERIFY und DOCKER_CERT_PATH für diesen Benutzer; dann den Daemon fragen.</translation>
    </message>
    <message>
        <source>%1 goes with setting up, not with %2</source>
        <translation>%1 gehört zum Einrichten, nicht zu %2</translation>
    </message>
    <message>
        <source>%1 is needed: the Docker host to manage, tcp://NAME:2376</source>
        <translation>%1 wird gebraucht: der zu verwaltende Docker-Host, tcp://NAME:2376</translation>
    </message>
    <message>
        <source>Where to write: the zip (bundle), or the folder for the files (certs, fleet).</source>
        <translation>Wohin geschrieben wird: das Zip (bundle) oder der Ordner für die Dateien (certs, fleet).</translation>
    </message>
    <message>
        <source>The fleet&apos;s hosts: CSV with the columns name,addresses,edition and any answer key (or ansible_* variable) as a further column.</source>
        <translation>Die Hosts der Flotte: CSV mit den Spalten name,addresses,edition und jedem Antwortschlüssel (oder jeder ansible_*-Variable) als weiterer Spalte.</translation>
    </message>
    <message>
        <source>The fleet&apos;s CA (ca.pem, ca-key.pem), made there when it holds none; without it, the folder beside --out named OUT-ca.</source>
        <translation>Die CA der Flotte (ca.pem, ca-key.pem), dort erstellt, wenn keine da ist; ohne die Option der Ordner OUT-ca neben --out.</translation>
    </message>
    <message>
        <source>Prepare many hosts: one CA, a bundle per host of --hosts (hosts/NAME.zip), the admin&apos;s client.zip, an Ansible inventory and playbook, Deploy-Fleet.ps1 and fleet.json in --out. A second run changes nothing that need not change.</source>
        <translation>Viele Hosts vorbereiten: eine CA, ein Paket je Host aus --hosts (hosts/NAME.zip), client.zip für den Administrator, ein Ansible-Inventar und -Playbook, Deploy-Fleet.ps1 und fleet.json in --out. Ein zweiter Lauf ändert nichts, was sich nicht ändern muss.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>When a Windows feature Berth enables needs a restart, do not restart: say what to run after your own restart (exit code 3010).</source>
        <translation>Wenn ein Windows-Feature, das Berth aktiviert, einen Neustart braucht, nicht neu starten: sagen, was nach dem eigenen Neustart auszuführen ist (Exit-Code 3010).</translation>
    </message>
    <message>
        <source>What Berth&apos;s own task runs at the start after a restart Berth made: finish the apply, and remove that task.</source>
        <translation>Was Berths eigene Aufgabe beim Start nach einem Neustart durch Berth ausführt: die Anwendung zu Ende führen und diese Aufgabe entfernen.</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 failed, 2 invalid input or usage, 3010 set up but Docker starts only after Windows restarts (as dism.exe says it).</source>
        <translation>Exit-Codes: 0 erledigt, 1 fehlgeschlagen, 2 ungültige Eingabe oder Verwendung, 3010 eingerichtet, aber Docker startet erst nach einem Neustart von Windows (wie dism.exe es sagt).</translation>
    </message>
</context>
<context>
    <name>CommandStep</name>
    <message>
        <source>run %1</source>
        <translation>%1 ausführen</translation>
    </message>
    <message>
        <source>%1, from: %2</source>
        <translation>%1, von: %2</translation>
    </message>
</context>
<context>
    <name>DaemonAnswer</name>
    <message>
        <source>Ask the daemon for its version on its named pipe</source>
        <translation>Den Daemon über seine Named Pipe nach seiner Version fragen</translation>
    </message>
    <message>
        <source>%1 is not there to ask the daemon</source>
        <translation>%1 fehlt, um den Daemon zu fragen</translation>
    </message>
    <message>
        <source>%1 says: %2</source>
        <translation>%1 sagt: %2</translation>
    </message>
    <message>
        <source>the daemon did not answer on its named pipe within %1 s (%2)</source>
        <translation>der Daemon hat auf seiner Named Pipe nicht innerhalb von %1 s geantwortet (%2)</translation>
    </message>
    <message>
        <source>%1 before the daemon answered (%2)</source>
        <translation>%1, bevor der Daemon geantwortet hat (%2)</translation>
    </message>
    <message>
        <source>; the daemon&apos;s last words: %1</source>
        <translation>; die letzten Worte des Daemons: %1</translation>
    </message>
    <message>
        <source>Berth cannot tell which program answered on \\.\pipe\docker_engine: %1</source>
        <translation>Berth kann nicht feststellen, welches Programm auf \\.\pipe\docker_engine geantwortet hat: %1</translation>
    </message>
    <message>
        <source>%1 (process %2) answered on \\.\pipe\docker_engine, not %3: another program holds Docker&apos;s pipe, and Berth does not take its word for Docker&apos;s</source>
        <translation>%1 (Prozess %2) hat auf \\.\pipe\docker_engine geantwortet, nicht %3: ein anderes Programm hält Dockers Pipe, und Berth nimmt seine Antwort nicht für die von Docker</translation>
    </message>
</context>
<context>
    <name>DaemonAnswersStep</name>
    <message>
        <source>the daemon at %1 answers as version %2, not %3</source>
        <translation>der Daemon unter %1 antwortet als Version %2, nicht %3</translation>
    </message>
    <message>
        <source>the daemon&apos;s API at %1 did not answer within %2 s: %3</source>
        <translation>die API des Daemons unter %1 hat nicht binnen %2 s geantwortet: %3</translation>
    </message>
    <message>
        <source>Ask the daemon&apos;s API</source>
        <translation>Die API des Daemons fragen</translation>
    </message>
    <message>
        <source>check that the daemon answers as %1</source>
        <translation>prüfen, dass der Daemon als %1 antwortet</translation>
    </message>
    <message>
        <source>check that the daemon answers as %1, on its pipe and at %2</source>
        <translation>prüfen, dass der Daemon als %1 antwortet, auf seiner Pipe und unter %2</translation>
    </message>
    <message>
        <source>the daemon answers on its named pipe as version %1, not %2</source>
        <translation>der Daemon antwortet auf seiner Named Pipe als Version %1, nicht %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
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
    <message>
        <source>the existing daemon.json gives %1 more than once; Berth leaves it as it is</source>
        <translation>die vorhandene daemon.json gibt %1 mehrfach an; Berth lässt sie unverändert</translation>
    </message>
    <message>
        <source>the existing daemon.json has an invisible U+FEFF inside; Berth leaves it as it is</source>
        <translation>die vorhandene daemon.json enthält ein unsichtbares U+FEFF; Berth lässt sie unverändert</translation>
    </message>
</context>
<context>
    <name>DaemonLogPage</name>
    <message>
        <source>Daemon log</source>
        <translation>Daemon-Protokoll</translation>
    </message>
    <message>
        <source>What the Docker daemon writes, as it writes it.</source>
        <translation>Was der Docker-Daemon schreibt, während er es schreibt.</translation>
    </message>
    <message>
        <source>Daemon status</source>
        <translation>Zustand des Daemons</translation>
    </message>
    <message>
        <source>From sc.exe query and the API&apos;s /_ping and /version; checked every 5 seconds.</source>
        <translation>Aus sc.exe query und /_ping und /version der API; alle 5 Sekunden geprüft.</translation>
    </message>
    <message>
        <source>Following %1</source>
        <translation>%1 wird verfolgt</translation>
    </message>
    <message>
        <source>Asking the service and the API ...</source>
        <translation>Dienst und API werden gefragt ...</translation>
    </message>
    <message>
        <source>dockerd&apos;s own service writes to the Windows event log (Event Viewer, Application, source docker), not to %1; this page shows that file if anything writes it.</source>
        <translation>dockerds eigener Dienst schreibt ins Windows-Ereignisprotokoll (Ereignisanzeige, Anwendung, Quelle docker), nicht nach %1; diese Seite zeigt die Datei, falls etwas hineinschreibt.</translation>
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
    <name>DaemonLogView</name>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Folgen</translation>
    </message>
    <message>
        <source>Checked: new lines appear as they are written. Unchecked: the view holds still; lines that arrive meanwhile are shown when you follow again.</source>
        <translation>Aktiviert: Neue Zeilen erscheinen, sobald sie geschrieben werden. Deaktiviert: Die Ansicht steht still; Zeilen, die inzwischen ankommen, erscheinen beim erneuten Folgen.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Show only lines of this level or more serious.</source>
        <translation>Nur Zeilen dieser Stufe oder ernsterer zeigen.</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <source>Info and worse</source>
        <translation>Info und schlimmer</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Finds the next line with this text; Enter finds the next one.</source>
        <translation>Findet die nächste Zeile mit diesem Text; Enter findet die nächste.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copies the selected text, or every line shown when nothing is selected.</source>
        <translation>Kopiert den markierten Text oder, wenn nichts markiert ist, jede gezeigte Zeile.</translation>
    </message>
    <message>
        <source>daemon.log</source>
        <translation>daemon.log</translation>
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
    <message>
        <source>%1 sent more than %2 bytes, which no daemon&apos;s answer is</source>
        <translation>%1 hat mehr als %2 Bytes gesendet, was keine Antwort eines Daemons ist</translation>
    </message>
</context>
<context>
    <name>DaemonStatus</name>
    <message>
        <source>Service %1: %2</source>
        <translation>Dienst %1: %2</translation>
    </message>
    <message>
        <source>%1 · API: not asked (no client certificate on this machine)</source>
        <translation>%1 · API: nicht gefragt (kein Client-Zertifikat auf diesem Rechner)</translation>
    </message>
    <message>
        <source>%1 · API at %2: %3</source>
        <translation>%1 · API unter %2: %3</translation>
    </message>
    <message>
        <source>%1 · API at %2 answers: Docker %3, API %4, %5</source>
        <translation>%1 · API unter %2 antwortet: Docker %3, API %4, %5</translation>
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
    <message>
        <source>the new dockerd.exe says it is version %1, not %2 (%3)</source>
        <translation>die neue dockerd.exe nennt sich Version %1, nicht %2 (%3)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>NSSM&apos;s Details tab: how the service shows in services.msc and when it starts.</source>
        <translation>NSSMs Registerkarte Details: wie der Dienst in services.msc erscheint und wann er startet.</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>The name services.msc shows.</source>
        <translation>Der Name, den services.msc zeigt.</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>B&amp;eschreibung:</translation>
    </message>
    <message>
        <source>The text services.msc shows under the name.</source>
        <translation>Der Text, den services.msc unter dem Namen zeigt.</translation>
    </message>
    <message>
        <source>&amp;Startup type:</source>
        <translation>&amp;Starttyp:</translation>
    </message>
    <message>
        <source>Automatic starts Docker with Windows; delayed start waits until the host has settled; manual waits for you to start it.</source>
        <translation>Automatisch startet Docker mit Windows; verzögert wartet, bis der Host zur Ruhe gekommen ist; manuell wartet, bis Sie ihn starten.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Automatic (Delayed Start)</source>
        <translation>Automatisch (verzögerter Start)</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Start without a &amp;console window (AppNoConsole)</source>
        <translation>Ohne &amp;Konsolenfenster starten (AppNoConsole)</translation>
    </message>
    <message>
        <source>NSSM 2.24 otherwise leaves the service paused on Windows 10 1703 and later.</source>
        <translation>Sonst lässt NSSM 2.24 den Dienst ab Windows 10 1703 angehalten.</translation>
    </message>
    <message>
        <source>Start after &amp;ConDrv on Windows Server 2016</source>
        <translation>Unter Windows Server 2016 nach &amp;ConDrv starten</translation>
    </message>
    <message>
        <source>On build 14393 containers do not come back after a restart unless Docker waits for the console driver (moby#27544).</source>
        <translation>Auf Build 14393 kommen Container nach einem Neustart nicht zurück, wenn Docker nicht auf den Konsolentreiber wartet (moby#27544).</translation>
    </message>
    <message>
        <source>&amp;Wait for Docker (seconds):</source>
        <translation>Auf Docker warten (Sek&amp;unden):</translation>
    </message>
    <message>
        <source>How long a start may take until the daemon answers on its named pipe, and a stop until it has ended. A first start that builds its networks, or a stop with Hyper-V containers, can take minutes.</source>
        <translation>Wie lange ein Start dauern darf, bis der Daemon auf seiner Named Pipe antwortet, und ein Stopp, bis er beendet ist. Ein erster Start, der seine Netzwerke anlegt, oder ein Stopp mit Hyper-V-Containern kann Minuten dauern.</translation>
    </message>
</context>
<context>
    <name>DockerContextStep</name>
    <message>
        <source>docker context %1</source>
        <translation>docker-Kontext %1</translation>
    </message>
    <message>
        <source>%1 is not the docker CLI&apos;s record of the context %2</source>
        <translation>%1 ist nicht der Eintrag der docker-CLI für den Kontext %2</translation>
    </message>
    <message>
        <source>remove it (it points at %1)</source>
        <translation>ihn entfernen (er zeigt auf %1)</translation>
    </message>
    <message>
        <source>create it for %1</source>
        <translation>ihn für %1 anlegen</translation>
    </message>
    <message>
        <source>point it at %1 with the client&apos;s files (it points at %2)</source>
        <translation>ihn mit den Dateien des Clients auf %1 richten (er zeigt auf %2)</translation>
    </message>
    <message>
        <source>Made by Berth</source>
        <translation>Von Berth angelegt</translation>
    </message>
    <message>
        <source>docker context %1 %2</source>
        <translation>docker context %1 %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>cannot back up %1: %2</source>
        <translation>%1 kann nicht gesichert werden: %2</translation>
    </message>
    <message>
        <source>docker context %1 (%2)</source>
        <translation>docker-Kontext %1 (%2)</translation>
    </message>
</context>
<context>
    <name>DockerUpgrade</name>
    <message>
        <source>%1 is not there: no Docker to upgrade (binaries.installDir)</source>
        <translation>%1 ist nicht vorhanden: kein Docker zu aktualisieren (binaries.installDir)</translation>
    </message>
    <message>
        <source>%1 --version does not say its version (%2)</source>
        <translation>%1 --version nennt seine Version nicht (%2)</translation>
    </message>
    <message>
        <source>--to: %1 is not offered; the index offers %2</source>
        <translation>--to: %1 wird nicht angeboten; der Index bietet %2</translation>
    </message>
    <message>
        <source>Not offered to this host: %1</source>
        <translation>Diesem Host nicht angeboten: %1</translation>
    </message>
    <message>
        <source>%1 Go back to it with berth upgrade --to %2.</source>
        <translation>%1 Mit berth upgrade --to %2 dorthin zurückkehren.</translation>
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
    <message>
        <source>the server sent %1 for a file of which %2 bytes were here; the partial file was dropped</source>
        <translation>der Server sandte %1 für eine Datei, von der %2 Bytes hier lagen; die Teildatei wurde verworfen</translation>
    </message>
    <message>
        <source>%1 answered 416 Range Not Satisfiable; the partial file was dropped</source>
        <translation>%1 antwortete 416 Range Not Satisfiable; die Teildatei wurde verworfen</translation>
    </message>
    <message>
        <source>%1 is not the pinned file: its SHA-256 is %2, the pin (%3) says %4; the file was discarded</source>
        <translation>%1 ist nicht die festgelegte Datei: ihr SHA-256 ist %2, die Festlegung (%3) lautet %4; die Datei wurde verworfen</translation>
    </message>
    <message>
        <source>%1 sends more than %2 bytes, more than such a file can be; nothing of it was kept</source>
        <translation>%1 sendet mehr als %2 Bytes, mehr als eine solche Datei sein kann; nichts davon wurde behalten</translation>
    </message>
</context>
<context>
    <name>EngineCheck</name>
    <message>
        <source>cannot write a copy of dockerd.exe to ask its version: %1</source>
        <translation>eine Kopie von dockerd.exe zum Abfragen der Version kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Ask the new dockerd.exe its version</source>
        <translation>Die neue dockerd.exe nach ihrer Version fragen</translation>
    </message>
    <message>
        <source>the dockerd.exe it holds does not say its version on this host (%1)</source>
        <translation>die enthaltene dockerd.exe nennt auf diesem Host ihre Version nicht (%1)</translation>
    </message>
</context>
<context>
    <name>EnvironmentStep</name>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Set %1 for this user</source>
        <translation>%1 für diesen Benutzer setzen</translation>
    </message>
    <message>
        <source>Set %1 for all users</source>
        <translation>%1 für alle Benutzer setzen</translation>
    </message>
    <message>
        <source>remove %1 from %2 (it is %3)</source>
        <translation>%1 aus %2 entfernen (Wert: %3)</translation>
    </message>
    <message>
        <source>%1 in %2: %3 becomes %4</source>
        <translation>%1 in %2: %3 wird zu %4</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>%1 setzen</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 in %2, which was %3 (%4)</source>
        <translation>%1 in %2, vorher %3 (%4)</translation>
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
    <message>
        <source>%1 names a folder . or ..: write the path without them</source>
        <translation>%1 nennt einen Ordner . oder ..: schreiben Sie den Pfad ohne sie</translation>
    </message>
    <message>
        <source>%1 holds every user of the host or the domain: each of them could use the daemon&apos;s pipe and so become an administrator of the host; name a group of administrators of Docker only</source>
        <translation>%1 umfasst jeden Benutzer des Hosts oder der Domäne: jeder von ihnen könnte die Named Pipe des Daemons nutzen und so Administrator des Hosts werden; nennen Sie eine Gruppe nur für Administratoren von Docker</translation>
    </message>
    <message>
        <source>%1 is in %2, where every local user may write: a program or DLL put there would run as SYSTEM; choose a folder only administrators may write in, such as C:\Program Files\Docker</source>
        <translation>%1 liegt in %2, wo jeder lokale Benutzer schreiben darf: ein dort abgelegtes Programm oder eine DLL liefe als SYSTEM; wählen Sie einen Ordner, in den nur Administratoren schreiben dürfen, etwa C:\Program Files\Docker</translation>
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
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>something was put into %1 between Berth making it and locking it: %2</source>
        <translation>zwischen dem Anlegen und dem Sperren durch Berth wurde etwas in %1 abgelegt: %2</translation>
    </message>
    <message>
        <source>%1 (%2); its copy is %3</source>
        <translation>%1 (%2); die Kopie liegt in %3</translation>
    </message>
    <message>
        <source>%1 could not be removed again</source>
        <translation>%1 konnte nicht wieder entfernt werden</translation>
    </message>
    <message>
        <source>%1 was not there when Berth looked and is now: someone else made it; Berth does not use it</source>
        <translation>%1 war nicht da, als Berth nachsah, und ist es jetzt: jemand anderes hat ihn angelegt; Berth verwendet ihn nicht</translation>
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
    <message>
        <source>cannot make an access list for %1: %2</source>
        <translation>für %1 kann keine Zugriffsliste erstellt werden: %2</translation>
    </message>
    <message>
        <source>%1 was made by someone else while Berth made the folders above it; Berth does not use it</source>
        <translation>%1 wurde von jemand anderem angelegt, während Berth die Ordner darüber anlegte; Berth verwendet ihn nicht</translation>
    </message>
    <message>
        <source>cannot make the folder %1: %2</source>
        <translation>der Ordner %1 kann nicht angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>FirewallPage</name>
    <message>
        <source>Firewall</source>
        <translation>Firewall</translation>
    </message>
    <message>
        <source>A Windows Firewall rule lets clients on other machines reach the remote port.</source>
        <translation>Eine Regel der Windows-Firewall lässt Clients auf anderen Rechnern den entfernten Port erreichen.</translation>
    </message>
    <message>
        <source>&amp;Open the port in Windows Firewall</source>
        <translation>Den Port in der Windows-Firewall ö&amp;ffnen</translation>
    </message>
    <message>
        <source>netsh advfirewall adds an inbound rule for the port. Needed for remote access unless another firewall rule allows it.</source>
        <translation>netsh advfirewall legt eine eingehende Regel für den Port an. Für den Fernzugriff nötig, außer eine andere Firewall-Regel erlaubt ihn.</translation>
    </message>
    <message>
        <source>&amp;Rule name:</source>
        <translation>&amp;Regelname:</translation>
    </message>
    <message>
        <source>The name the rule shows in Windows Firewall; Berth finds it again by this name.</source>
        <translation>Der Name, den die Regel in der Windows-Firewall trägt; Berth findet sie an diesem Namen wieder.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>The TCP port the rule opens; the same as the TLS page&apos;s port.</source>
        <translation>Der TCP-Port, den die Regel öffnet; derselbe wie auf der TLS-Seite.</translation>
    </message>
    <message>
        <source>any address</source>
        <translation>jede Adresse</translation>
    </message>
    <message>
        <source>Allowed &amp;remote addresses:</source>
        <translation>Erlaubte &amp;entfernte Adressen:</translation>
    </message>
    <message>
        <source>Addresses or networks allowed in, separated by commas: 192.0.2.10, 10.0.0.0/8, LocalSubnet. Empty: any address.</source>
        <translation>Erlaubte Adressen oder Netze, durch Kommas getrennt: 192.0.2.10, 10.0.0.0/8, LocalSubnet. Leer: jede Adresse.</translation>
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
    <message>
        <source>Put the rule back as it was</source>
        <translation>Die Regel wiederherstellen, wie sie war</translation>
    </message>
    <message>
        <source>Remove the rule this apply added</source>
        <translation>Die Regel entfernen, die diese Anwendung hinzugefügt hat</translation>
    </message>
</context>
<context>
    <name>FleetBuilder</name>
    <message>
        <source>cannot put %1 in place: %2</source>
        <translation>%1 lässt sich nicht an seinen Platz legen: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>--hosts: cannot read %1: %2</source>
        <translation>--hosts: %1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>--ca: %1 is inside %2, which goes to the hosts and the deployment tools; the CA&apos;s key stays out of it</source>
        <translation>--ca: %1 liegt in %2, das an die Hosts und die Verteilwerkzeuge geht; der Schlüssel der CA bleibt draußen</translation>
    </message>
    <message>
        <source>cannot make %1</source>
        <translation>%1 lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>cannot make a temporary folder in %1</source>
        <translation>in %1 lässt sich kein temporärer Ordner anlegen</translation>
    </message>
    <message>
        <source>cancelled at %1; nothing in %2 changed</source>
        <translation>abgebrochen bei %1; in %2 hat sich nichts geändert</translation>
    </message>
    <message>
        <source>%1 (row %2): %3</source>
        <translation>%1 (Zeile %2): %3</translation>
    </message>
    <message>
        <source>%1: hosts/%2 %3; certificate %4 (serial %5, until %6)</source>
        <translation>%1: hosts/%2 %3; Zertifikat %4 (Seriennummer %5, bis %6)</translation>
    </message>
    <message>
        <source>written</source>
        <translation>geschrieben</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>made</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>behalten</translation>
    </message>
    <message>
        <source>Warning: hosts/%1 is of a host no longer in %2. Its uninstall.cmd removes Docker from that host; delete the zip when it has no more use. Neither Ansible nor Deploy-Fleet.ps1 reach it.</source>
        <translation>Warnung: hosts/%1 gehört zu einem Host, der nicht mehr in %2 steht. Sein uninstall.cmd entfernt Docker von diesem Host; löschen Sie das Zip, wenn es keinen Nutzen mehr hat. Weder Ansible noch Deploy-Fleet.ps1 erreichen ihn.</translation>
    </message>
    <message>
        <source>%1 hosts in %2: %3 certificates kept, %4 made; %5 files written, the others as they were.</source>
        <translation>%1 Hosts in %2: %3 Zertifikate behalten, %4 erstellt; %5 Dateien geschrieben, die anderen wie zuvor.</translation>
    </message>
    <message>
        <source>(one per host: --context makes them all)</source>
        <translation>(eins je Host: --context legt sie alle an)</translation>
    </message>
</context>
<context>
    <name>FleetCertificates</name>
    <message>
        <source>%1 holds %2 without %3: the fleet&apos;s CA needs both (the certificate and the key that signs)</source>
        <translation>%1 enthält %2 ohne %3: die CA der Flotte braucht beides (das Zertifikat und den Schlüssel, der signiert)</translation>
    </message>
    <message>
        <source>%1: the fleet&apos;s CA is not a certificate or has expired (%2); a new CA means every host and client must be given it: name a new folder with --ca</source>
        <translation>%1: die CA der Flotte ist kein Zertifikat oder abgelaufen (%2); eine neue CA muss jedem Host und Client gegeben werden: nennen Sie mit --ca einen neuen Ordner</translation>
    </message>
    <message>
        <source>The fleet&apos;s CA: %1 (until %2).</source>
        <translation>Die CA der Flotte: %1 (bis %2).</translation>
    </message>
    <message>
        <source>Warning: the fleet&apos;s CA ends within %1 days. Certificates it signs end with it; make a new CA folder and roll it out to the hosts and clients before then.</source>
        <translation>Warnung: die CA der Flotte endet in weniger als %1 Tagen. Von ihr signierte Zertifikate enden mit ihr; legen Sie einen neuen CA-Ordner an und verteilen Sie ihn vorher an Hosts und Clients.</translation>
    </message>
    <message>
        <source>Made the fleet&apos;s CA in %1; its key stays there, out of the fleet&apos;s folder. Keep the folder: the next run signs with it, and clients keep trusting it.</source>
        <translation>Die CA der Flotte in %1 erstellt; ihr Schlüssel bleibt dort, außerhalb des Ordners der Flotte. Behalten Sie den Ordner: der nächste Lauf signiert damit, und die Clients vertrauen ihr weiter.</translation>
    </message>
    <message>
        <source>Made the client&apos;s certificate (%1 days).</source>
        <translation>Das Client-Zertifikat erstellt (%1 Tage).</translation>
    </message>
</context>
<context>
    <name>FleetHosts</name>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 is neither true nor false</source>
        <translation>%1 ist weder true noch false</translation>
    </message>
    <message>
        <source>row %1: a quoted field is not closed</source>
        <translation>Zeile %1: ein Feld in Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <source>%1 row %2: %3</source>
        <translation>%1 Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1 row %2, column %3: %4</source>
        <translation>%1 Zeile %2, Spalte %3: %4</translation>
    </message>
    <message>
        <source>%1: no header row (name,addresses,edition)</source>
        <translation>%1: keine Kopfzeile (name,addresses,edition)</translation>
    </message>
    <message>
        <source>the column is there twice</source>
        <translation>die Spalte steht zweimal da</translation>
    </message>
    <message>
        <source>no answer key has this name</source>
        <translation>kein Antwortschlüssel heißt so</translation>
    </message>
    <message>
        <source>the fleet sets this key for every host (from name, addresses and edition)</source>
        <translation>die Flotte setzt diesen Schlüssel für jeden Host (aus name, addresses und edition)</translation>
    </message>
    <message>
        <source>the column is missing</source>
        <translation>die Spalte fehlt</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 Felder, wo die Kopfzeile %2 hat</translation>
    </message>
    <message>
        <source>a host needs a name</source>
        <translation>ein Host braucht einen Namen</translation>
    </message>
    <message>
        <source>%1 is an address: the name is the host&apos;s DNS name, and names its bundle</source>
        <translation>%1 ist eine Adresse: der Name ist der DNS-Name des Hosts und benennt sein Paket</translation>
    </message>
    <message>
        <source>%1 is named on an earlier row too</source>
        <translation>%1 steht auch in einer früheren Zeile</translation>
    </message>
    <message>
        <source>%1 is not an IP address</source>
        <translation>%1 ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 ist nicht eines von %2</translation>
    </message>
    <message>
        <source>holds a control character</source>
        <translation>enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>%1: no hosts below the header</source>
        <translation>%1: keine Hosts unter der Kopfzeile</translation>
    </message>
    <message>
        <source>%1 begins with a name Windows keeps for a device, which no file can have (hosts/%1.zip)</source>
        <translation>%1 beginnt mit einem Namen, den Windows für ein Gerät reserviert und den keine Datei tragen kann (hosts/%1.zip)</translation>
    </message>
    <message>
        <source>longer than %1 characters: C:\Berth\NAME\certs\server-cert.pem on the host would pass Windows&apos; 259</source>
        <translation>länger als %1 Zeichen: C:\Berth\NAME\certs\server-cert.pem auf dem Host überschritte die 259 von Windows</translation>
    </message>
    <message>
        <source>a password does not belong in hosts.csv: keep it in an Ansible vault (ansible-vault encrypt_string) or give it with --ask-pass</source>
        <translation>ein Passwort gehört nicht in hosts.csv: bewahren Sie es in einem Ansible-Vault auf (ansible-vault encrypt_string) oder geben Sie es mit --ask-pass an</translation>
    </message>
    <message>
        <source>not a connection variable Berth passes on (%1): others can run commands on the machine that runs Ansible</source>
        <translation>keine Verbindungsvariable, die Berth weitergibt (%1): andere können Befehle auf dem Rechner ausführen, auf dem Ansible läuft</translation>
    </message>
    <message>
        <source>%1 is not a port (1-65535)</source>
        <translation>%1 ist kein Port (1-65535)</translation>
    </message>
    <message>
        <source>comes from the base answers alone: a hosts.csv may give what describes a host (%1), not where Berth&apos;s files come from or go, the daemon&apos;s arguments or who may use its pipe</source>
        <translation>kommt allein aus den Basisantworten: eine hosts.csv darf angeben, was einen Host beschreibt (%1), nicht woher Berths Dateien kommen oder wohin sie gehen, die Argumente des Daemons oder wer seine Pipe nutzen darf</translation>
    </message>
    <message>
        <source>%1 is neither the host&apos;s name nor one of its addresses: its bundle, with its server key, would go to another machine</source>
        <translation>%1 ist weder der Name des Hosts noch eine seiner Adressen: sein Bundle ginge mit seinem Serverschlüssel an einen anderen Rechner</translation>
    </message>
    <message>
        <source>5985 is WinRM over plain HTTP: the base&apos;s inventory may choose it, not a row</source>
        <translation>5985 ist WinRM über unverschlüsseltes HTTP: das darf das Inventar der Basis wählen, keine Zeile</translation>
    </message>
    <message>
        <source>%1 holds a character other than letters, digits and . _ \ @ -</source>
        <translation>%1 enthält ein anderes Zeichen als Buchstaben, Ziffern und . _ \ @ -</translation>
    </message>
</context>
<context>
    <name>FolderSecurity</name>
    <message>
        <source>&quot;%1&quot; is not a security descriptor with an owner and an access list</source>
        <translation>&quot;%1&quot; ist keine Sicherheitsbeschreibung mit Besitzer und Zugriffsliste</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds an entry Berth cannot read</source>
        <translation>&quot;%1&quot; enthält einen Eintrag, den Berth nicht lesen kann</translation>
    </message>
    <message>
        <source>owned by %1</source>
        <translation>im Besitz von %1</translation>
    </message>
    <message>
        <source>%1 may write in it</source>
        <translation>%1 darf hineinschreiben</translation>
    </message>
    <message>
        <source>Who owns and may write each folder</source>
        <translation>Wem jeder Ordner gehört und wer hineinschreiben darf</translation>
    </message>
    <message>
        <source>Get-Acl failed for %1: %2</source>
        <translation>Get-Acl ist für %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>FolderTakeoverStep</name>
    <message>
        <source>take over %1 (%2): owner Administrators, only SYSTEM and Administrators may use it</source>
        <translation>%1 übernehmen (%2): Besitzer Administratoren, nur SYSTEM und Administratoren dürfen ihn benutzen</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 (%2) holds what someone other than an administrator put there: %3. Berth locked the folder to SYSTEM and Administrators and placed nothing in it; look at those, remove them, and apply again.</source>
        <translation>%1 (%2) enthält, was jemand anderes als ein Administrator hineingelegt hat: %3. Berth hat den Ordner für SYSTEM und Administratoren gesperrt und nichts hineingelegt; sehen Sie sich diese an, entfernen Sie sie und wenden Sie erneut an.</translation>
    </message>
    <message>
        <source>%1 (owner %2)</source>
        <translation>%1 (Besitzer %2)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock the folders Docker runs from</source>
        <translation>Die Ordner sperren, aus denen Docker läuft</translation>
    </message>
    <message>
        <source>an earlier apply took it over and stopped on what was in it</source>
        <translation>eine frühere Anwendung hat ihn übernommen und ist an seinem Inhalt gescheitert</translation>
    </message>
    <message>
        <source>%1 is still not SYSTEM&apos;s and Administrators&apos; alone after Berth took it over (%2): an entry of its own stays. Remove it (icacls &quot;%1&quot; /remove:g *SID), and apply again.</source>
        <translation>%1 gehört auch nach der Übernahme durch Berth nicht SYSTEM und Administratoren allein (%2): ein eigener Eintrag bleibt. Entfernen Sie ihn (icacls &quot;%1&quot; /remove:g *SID) und wenden Sie erneut an.</translation>
    </message>
    <message>
        <source>%1 is a link to %2, not a folder: Berth writes nothing through it</source>
        <translation>%1 ist eine Verknüpfung auf %2, kein Ordner: Berth schreibt nichts durch sie hindurch</translation>
    </message>
    <message>
        <source>%1 became a link to %2 while Berth took it over: Berth writes nothing through it</source>
        <translation>%1 wurde zu einem Link auf %2, während Berth es übernahm: Berth schreibt nichts darüber</translation>
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
    <message>
        <source>Berth is not running as administrator: start it with &quot;Run as administrator&quot; (for the command line, an elevated prompt).</source>
        <translation>Berth läuft nicht als Administrator: Starten Sie es mit &quot;Als Administrator ausführen&quot; (für die Befehlszeile eine Eingabeaufforderung mit erhöhten Rechten).</translation>
    </message>
    <message>
        <source>Enable the %1 feature</source>
        <translation>Die Funktion %1 aktivieren</translation>
    </message>
    <message>
        <source>%1 is enabled; restart the host to finish, then run Berth again.</source>
        <translation>%1 ist aktiviert; starten Sie den Host neu, um abzuschließen, und dann Berth erneut.</translation>
    </message>
    <message>
        <source>%1, from: %2</source>
        <translation>%1, von: %2</translation>
    </message>
    <message>
        <source>Windows: %1.</source>
        <translation>Windows: %1.</translation>
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
        <source>tag.txt asks the script for its secure branch, but the certificates in %1 are missing</source>
        <translation>tag.txt verlangt den sicheren Zweig des Skripts, aber die Zertifikate in %1 fehlen</translation>
    </message>
    <message>
        <source>dockerd is set to use TLS, but the certificates in %1 are missing</source>
        <translation>dockerd soll TLS nutzen, aber die Zertifikate in %1 fehlen</translation>
    </message>
    <message>
        <source>%1 is neither the manual procedure&apos;s script nor one Berth writes; an apply replaces it</source>
        <translation>%1 ist weder das Skript des manuellen Verfahrens noch eines von Berth; eine Anwendung ersetzt es</translation>
    </message>
</context>
<context>
    <name>HostVerbs</name>
    <message>
        <source>      done</source>
        <translation>      erledigt</translation>
    </message>
    <message>
        <source>      failed: %1</source>
        <translation>      fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No Docker service or scheduled task named %1 is on this host.</source>
        <translation>Auf diesem Host gibt es keinen Docker-Dienst und keine geplante Aufgabe namens %1.</translation>
    </message>
    <message>
        <source>Downloading %1: %2</source>
        <translation>Lade %1 herunter: %2</translation>
    </message>
    <message>
        <source>%1 is not there (yet): the service has not written its log</source>
        <translation>%1 ist (noch) nicht da: der Dienst hat sein Protokoll nicht geschrieben</translation>
    </message>
    <message>
        <source>No apply was interrupted on this host: nothing to recover.</source>
        <translation>Auf diesem Host wurde keine Anwendung unterbrochen: nichts wiederherzustellen.</translation>
    </message>
    <message>
        <source>Finishing the apply that started on %1, with the answers it had.</source>
        <translation>Die am %1 begonnene Anwendung wird mit ihren Antworten zu Ende geführt.</translation>
    </message>
    <message>
        <source>No Docker service or scheduled task named %1 is on this host: nothing to upgrade (berth apply installs it).</source>
        <translation>Kein Docker-Dienst und keine geplante Aufgabe namens %1 auf diesem Host: nichts zu aktualisieren (berth apply installiert ihn).</translation>
    </message>
    <message>
        <source>Windows: %1.</source>
        <translation>Windows: %1.</translation>
    </message>
    <message>
        <source>%1: Berth finishes the apply after the restart.</source>
        <translation>%1: Berth führt die Anwendung nach dem Neustart zu Ende.</translation>
    </message>
    <message>
        <source>Finishing the upgrade to Docker %1 that started on %2, with the file it had fetched.</source>
        <translation>Die am %2 begonnene Aktualisierung auf Docker %1 wird beendet, mit der Datei, die sie geholt hatte.</translation>
    </message>
</context>
<context>
    <name>IoPage</name>
    <message>
        <source>I/O</source>
        <translation>E/A</translation>
    </message>
    <message>
        <source>NSSM&apos;s I/O tab: where what the daemon prints is written. The log page follows this file.</source>
        <translation>NSSMs Registerkarte I/O: wohin geschrieben wird, was der Daemon ausgibt. Die Protokollseite folgt dieser Datei.</translation>
    </message>
    <message>
        <source>&amp;Output (stdout):</source>
        <translation>&amp;Ausgabe (stdout):</translation>
    </message>
    <message>
        <source>The file the daemon&apos;s output is appended to. The manual procedure uses C:\ProgramData\docker\daemon.log.</source>
        <translation>Die Datei, an die die Ausgabe des Daemons angehängt wird. Das manuelle Verfahren nimmt C:\ProgramData\docker\daemon.log.</translation>
    </message>
    <message>
        <source>&amp;Error (stderr):</source>
        <translation>&amp;Fehler (stderr):</translation>
    </message>
    <message>
        <source>The file the daemon&apos;s errors are appended to; the same file as the output keeps them in order.</source>
        <translation>Die Datei, an die die Fehler des Daemons angehängt werden; dieselbe Datei wie die Ausgabe hält die Reihenfolge.</translation>
    </message>
</context>
<context>
    <name>KeptCopyStep</name>
    <message>
        <source>The SHA-256 of the copy of %1</source>
        <translation>Der SHA-256 der Kopie von %1</translation>
    </message>
    <message>
        <source>Forget the SHA-256 of %1</source>
        <translation>Den SHA-256 von %1 vergessen</translation>
    </message>
    <message>
        <source>Record the SHA-256 of the copy of %1</source>
        <translation>Den SHA-256 der Kopie von %1 festhalten</translation>
    </message>
    <message>
        <source>record it in %1</source>
        <translation>ihn in %1 festhalten</translation>
    </message>
    <message>
        <source>remove it from %1</source>
        <translation>ihn aus %1 entfernen</translation>
    </message>
    <message>
        <source>the copy %1 cannot be read</source>
        <translation>die Kopie %1 lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>KeyPermissionsStep</name>
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
    <message>
        <source>%1 from %2 is not a Windows program (it does not begin with MZ): Berth packs only what is what it is named</source>
        <translation>%1 aus %2 ist kein Windows-Programm (es beginnt nicht mit MZ): Berth packt nur ein, was wirklich ist, wonach es benannt ist</translation>
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
    <message>
        <source>Unregister the service dockerd registered</source>
        <translation>Den Dienst abmelden, den dockerd registriert hat</translation>
    </message>
    <message>
        <source>dockerd.exe said it registered the service %1, but there is no such service (Docker 29.2.0 and 29.2.1 do this when the Containers feature is missing: enable it, or use another release)</source>
        <translation>dockerd.exe meldete den Dienst %1 als registriert, aber es gibt keinen solchen Dienst (Docker 29.2.0 und 29.2.1 tun das, wenn das Feature Containers fehlt: aktivieren Sie es oder verwenden Sie eine andere Version)</translation>
    </message>
    <message>
        <source>Remove the event log source a removed service left behind</source>
        <translation>Die Ereignisprotokollquelle entfernen, die ein entfernter Dienst hinterlassen hat</translation>
    </message>
    <message>
        <source>Remove the service this apply registered</source>
        <translation>Den Dienst entfernen, den diese Anwendung registriert hat</translation>
    </message>
    <message>
        <source>Put the event log source&apos;s value %1 back</source>
        <translation>Den Wert %1 der Ereignisprotokollquelle wiederherstellen</translation>
    </message>
    <message>
        <source>Register the service again as it was</source>
        <translation>Den Dienst wieder so registrieren, wie er war</translation>
    </message>
    <message>
        <source>Put the service&apos;s display name and start type back</source>
        <translation>Anzeigename und Starttyp des Dienstes wiederherstellen</translation>
    </message>
    <message>
        <source>Put the service&apos;s description back</source>
        <translation>Die Beschreibung des Dienstes wiederherstellen</translation>
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
    <message>
        <source>Remove the service this apply installed</source>
        <translation>Den Dienst entfernen, den diese Anwendung installiert hat</translation>
    </message>
    <message>
        <source>Put NSSM&apos;s %1 back</source>
        <translation>NSSMs %1 wiederherstellen</translation>
    </message>
</context>
<context>
    <name>PipeServer</name>
    <message>
        <source>cannot open %1 (Windows error %2)</source>
        <translation>%1 lässt sich nicht öffnen (Windows-Fehler %2)</translation>
    </message>
    <message>
        <source>Windows does not say which process serves %1 (error %2)</source>
        <translation>Windows sagt nicht, welcher Prozess %1 bedient (Fehler %2)</translation>
    </message>
    <message>
        <source>cannot open process %1, which serves %2 (Windows error %3)</source>
        <translation>Prozess %1, der %2 bedient, lässt sich nicht öffnen (Windows-Fehler %3)</translation>
    </message>
    <message>
        <source>Windows does not name the program of process %1, which serves %2 (error %3)</source>
        <translation>Windows nennt das Programm von Prozess %1, der %2 bedient, nicht (Fehler %3)</translation>
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
    <message>
        <source>a rule of that name differs from the answers</source>
        <translation>eine Regel dieses Namens von den Antworten abweicht</translation>
    </message>
    <message>
        <source>a rule of that name is there</source>
        <translation>eine Regel dieses Namens vorhanden ist</translation>
    </message>
    <message>
        <source>no rule of that name is as the answers have it</source>
        <translation>keine Regel dieses Namens so ist, wie die Antworten sie haben</translation>
    </message>
    <message>
        <source>the service is there with other flags or another dockerd.exe</source>
        <translation>der Dienst mit anderen Flags oder einer anderen dockerd.exe vorhanden ist</translation>
    </message>
    <message>
        <source>the service is not there yet, or was unregistered</source>
        <translation>der Dienst noch nicht vorhanden ist oder abgemeldet wurde</translation>
    </message>
    <message>
        <source>the service is not there yet</source>
        <translation>der Dienst noch nicht vorhanden ist</translation>
    </message>
    <message>
        <source>the service is there and runs another program</source>
        <translation>der Dienst vorhanden ist und ein anderes Programm ausführt</translation>
    </message>
    <message>
        <source>the host is Windows Server 2016 (build 14393)</source>
        <translation>der Host Windows Server 2016 ist (Build 14393)</translation>
    </message>
    <message>
        <source>Docker runs and something changes</source>
        <translation>Docker läuft und sich etwas ändert</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>only when %1</source>
        <translation>nur wenn %1</translation>
    </message>
    <message>
        <source>a task of that name is there and runs something else</source>
        <translation>eine Aufgabe dieses Namens vorhanden ist und etwas anderes ausführt</translation>
    </message>
    <message>
        <source>the task is not there as the answers have it</source>
        <translation>die Aufgabe nicht so vorhanden ist, wie die Antworten sie haben</translation>
    </message>
    <message>
        <source>the service is not there, but the event log source of one removed with sc.exe delete is</source>
        <translation>der Dienst ist nicht da, aber die Ereignisprotokollquelle eines mit sc.exe delete entfernten Dienstes</translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message>
        <source>   (a new file)</source>
        <translation>   (eine neue Datei)</translation>
    </message>
    <message>
        <source>   (the file on the host is already like this: unchanged)</source>
        <translation>   (die Datei auf dem Host ist schon so: unverändert)</translation>
    </message>
    <message>
        <source>on the host now</source>
        <translation>jetzt auf dem Host</translation>
    </message>
    <message>
        <source>what Berth writes</source>
        <translation>was Berth schreibt</translation>
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
    <name>PrerequisitesPage</name>
    <message>
        <source>Prerequisites</source>
        <translation>Voraussetzungen</translation>
    </message>
    <message>
        <source>What this host needs before the Docker engine runs. Berth can fix some of it.</source>
        <translation>Was dieser Host braucht, bevor die Docker-Engine läuft. Einiges davon kann Berth beheben.</translation>
    </message>
    <message>
        <source>Containers feature</source>
        <translation>Funktion Container</translation>
    </message>
    <message>
        <source>Windows containers need the Containers feature (it installs the Host Compute Service, vmcompute). Enabling it needs a restart.</source>
        <translation>Windows-Container brauchen die Funktion Container (sie installiert den Host Compute Service, vmcompute). Das Aktivieren braucht einen Neustart.</translation>
    </message>
    <message>
        <source>Hyper-V</source>
        <translation>Hyper-V</translation>
    </message>
    <message>
        <source>Needed only for Hyper-V isolation, where each container runs in a small virtual machine. Process isolation does not need it.</source>
        <translation>Nur für die Hyper-V-Isolation nötig, bei der jeder Container in einer kleinen virtuellen Maschine läuft. Die Prozessisolation braucht es nicht.</translation>
    </message>
    <message>
        <source>Docker service</source>
        <translation>Docker-Dienst</translation>
    </message>
    <message>
        <source>A Docker service that is there already is changed only where the answers differ.</source>
        <translation>Ein schon vorhandener Docker-Dienst wird nur dort geändert, wo die Antworten abweichen.</translation>
    </message>
    <message>
        <source>Remote port</source>
        <translation>Entfernter Port</translation>
    </message>
    <message>
        <source>The TCP port for remote access must not be taken by another program.</source>
        <translation>Der TCP-Port für den Fernzugriff darf nicht von einem anderen Programm belegt sein.</translation>
    </message>
    <message>
        <source>&amp;Enable the Containers feature</source>
        <translation>Funktion Container &amp;aktivieren</translation>
    </message>
    <message>
        <source>Enable &amp;Hyper-V</source>
        <translation>&amp;Hyper-V aktivieren</translation>
    </message>
    <message>
        <source>Enabling the Containers feature ...</source>
        <translation>Die Funktion Container wird aktiviert ...</translation>
    </message>
    <message>
        <source>Enabling Hyper-V ...</source>
        <translation>Hyper-V wird aktiviert ...</translation>
    </message>
    <message>
        <source>Looking ...</source>
        <translation>Wird geprüft ...</translation>
    </message>
    <message>
        <source>Enabled.</source>
        <translation>Aktiviert.</translation>
    </message>
    <message>
        <source>Not enabled: containers cannot run until it is.</source>
        <translation>Nicht aktiviert: Container laufen erst, wenn sie es ist.</translation>
    </message>
    <message>
        <source>Not enabled, and the answers ask for Hyper-V isolation.</source>
        <translation>Nicht aktiviert, und die Antworten verlangen Hyper-V-Isolation.</translation>
    </message>
    <message>
        <source>Not enabled; not needed for process isolation.</source>
        <translation>Nicht aktiviert; für die Prozessisolation nicht nötig.</translation>
    </message>
    <message>
        <source>%1 is installed (%2, %3).</source>
        <translation>%1 ist installiert (%2, %3).</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Noch keiner.</translation>
    </message>
    <message>
        <source>Remote access is off: no port is opened.</source>
        <translation>Fernzugriff ist aus: Kein Port wird geöffnet.</translation>
    </message>
    <message>
        <source>TCP %1: checked when Berth applies.</source>
        <translation>TCP %1: wird beim Anwenden geprüft.</translation>
    </message>
    <message>
        <source>TCP %1 is in use by another program: choose another port on the TLS page.</source>
        <translation>TCP %1 ist von einem anderen Programm belegt: Wählen Sie auf der TLS-Seite einen anderen Port.</translation>
    </message>
    <message>
        <source>TCP %1 is free.</source>
        <translation>TCP %1 ist frei.</translation>
    </message>
</context>
<context>
    <name>ReleasesPage</name>
    <message>
        <source>Update Docker</source>
        <translation>Docker aktualisieren</translation>
    </message>
    <message>
        <source>Only dockerd.exe and docker.exe are replaced; the configuration, the certificates and the service stay. If the new daemon does not start, the old one comes back. Nothing has changed yet.</source>
        <translation>Nur dockerd.exe und docker.exe werden ersetzt; Konfiguration, Zertifikate und Dienst bleiben. Startet der neue Daemon nicht, kommt der alte zurück. Noch wurde nichts geändert.</translation>
    </message>
    <message>
        <source>&amp;Releases on offer, newest first:</source>
        <translation>&amp;Angebotene Versionen, neueste zuerst:</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>The releases binaries.indexUrl lists. Going back to an older one is allowed, and said so.</source>
        <translation>Die Versionen, die binaries.indexUrl aufführt. Zurück zu einer älteren ist erlaubt und wird gesagt.</translation>
    </message>
    <message>
        <source>That is the installed release: there is nothing to update.</source>
        <translation>Das ist die installierte Version: Es gibt nichts zu aktualisieren.</translation>
    </message>
    <message>
        <source>%1 is older than the installed %2: Docker goes back to it.</source>
        <translation>%1 ist älter als die installierte %2: Docker geht auf sie zurück.</translation>
    </message>
    <message>
        <source>Docker goes from %1 to %2.</source>
        <translation>Docker wechselt von %1 auf %2.</translation>
    </message>
    <message>
        <source>%1 does not say its version.</source>
        <translation>%1 nennt seine Version nicht.</translation>
    </message>
    <message>
        <source>Installed: Docker %1 (%2).</source>
        <translation>Installiert: Docker %1 (%2).</translation>
    </message>
    <message>
        <source>Reading the releases at %1 ...</source>
        <translation>Die Versionen unter %1 werden gelesen ...</translation>
    </message>
    <message>
        <source>%1 (newest)</source>
        <translation>%1 (neueste)</translation>
    </message>
    <message>
        <source>%1 (installed)</source>
        <translation>%1 (installiert)</translation>
    </message>
    <message>
        <source>%1 (does not start on this Windows)</source>
        <translation>%1 (startet auf diesem Windows nicht)</translation>
    </message>
</context>
<context>
    <name>RemovePage</name>
    <message>
        <source>Remove Docker</source>
        <translation>Docker entfernen</translation>
    </message>
    <message>
        <source>The manual procedure&apos;s removal: stop the service, remove it, its firewall rule and the binaries. Nothing has changed yet.</source>
        <translation>Die Entfernung des manuellen Verfahrens: den Dienst anhalten, ihn, seine Firewall-Regel und die Binärdateien entfernen. Noch hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>What Berth found</source>
        <translation>Was Berth gefunden hat</translation>
    </message>
    <message>
        <source>&amp;Keep images, containers and volumes (C:\ProgramData\docker)</source>
        <translation>Images, Container und Volumes &amp;behalten (C:\ProgramData\docker)</translation>
    </message>
    <message>
        <source>A later install finds them again. Unchecked: the data folder is deleted.</source>
        <translation>Eine spätere Installation findet sie wieder. Deaktiviert: Der Datenordner wird gelöscht.</translation>
    </message>
    <message>
        <source>Keep the &amp;certificates</source>
        <translation>Die &amp;Zertifikate behalten</translation>
    </message>
    <message>
        <source>Clients keep working after a reinstall with the same certificates.</source>
        <translation>Clients funktionieren nach einer Neuinstallation mit denselben Zertifikaten weiter.</translation>
    </message>
    <message>
        <source>Service: %1 (%2)</source>
        <translation>Dienst: %1 (%2)</translation>
    </message>
    <message>
        <source>Binaries: %1\dockerd.exe and docker.exe</source>
        <translation>Binärdateien: %1\dockerd.exe und docker.exe</translation>
    </message>
    <message>
        <source>Firewall rule: %1</source>
        <translation>Firewall-Regel: %1</translation>
    </message>
    <message>
        <source>Certificates: %1</source>
        <translation>Zertifikate: %1</translation>
    </message>
</context>
<context>
    <name>RestartToFinish</name>
    <message>
        <source>Berth could not be copied to %1 (%2), from where it finishes after the restart</source>
        <translation>Berth konnte nicht nach %1 kopiert werden (%2), von wo es nach dem Neustart die Anwendung zu Ende führt</translation>
    </message>
    <message>
        <source>Task that finishes the apply at the next start</source>
        <translation>Aufgabe, die die Anwendung beim nächsten Start zu Ende führt</translation>
    </message>
    <message>
        <source>the task that finishes the apply after the restart could not be registered: %1</source>
        <translation>die Aufgabe, die die Anwendung nach dem Neustart zu Ende führt, konnte nicht registriert werden: %1</translation>
    </message>
    <message>
        <source>Restart the host</source>
        <translation>Den Host neu starten</translation>
    </message>
    <message>
        <source>the restart could not be started: %1, from: %2</source>
        <translation>der Neustart konnte nicht eingeleitet werden: %1, aus: %2</translation>
    </message>
    <message>
        <source>Berth is in %1, and the task &quot;%2&quot; runs it once at the next start to finish the apply (its output goes to %3).</source>
        <translation>Berth liegt in %1, und die Aufgabe „%2“ startet es einmal beim nächsten Start, um die Anwendung zu Ende zu führen (seine Ausgabe geht nach %3).</translation>
    </message>
    <message>
        <source>Windows restarts in %1 seconds (shutdown /a stops that; then restart it yourself).</source>
        <translation>Windows startet in %1 Sekunden neu (shutdown /a verhindert das; starten Sie es dann selbst neu).</translation>
    </message>
    <message>
        <source>Remove the task that finished the apply</source>
        <translation>Die Aufgabe entfernen, die die Anwendung zu Ende geführt hat</translation>
    </message>
    <message>
        <source>%1 is a link: Berth does not copy itself through it</source>
        <translation>%1 ist eine Verknüpfung: Berth kopiert sich nicht durch sie hindurch</translation>
    </message>
    <message>
        <source>the earlier copy of Berth in %1 could not be removed</source>
        <translation>die frühere Kopie von Berth in %1 konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>%1 could not be locked to SYSTEM and Administrators: %2</source>
        <translation>%1 konnte nicht auf SYSTEM und Administratoren beschränkt werden: %2</translation>
    </message>
</context>
<context>
    <name>RuntimePage</name>
    <message>
        <source>Runtime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>How containers are isolated, who may use the named pipe, and how the daemon is configured.</source>
        <translation>Wie Container isoliert werden, wer die Named Pipe benutzen darf und wie der Daemon konfiguriert wird.</translation>
    </message>
    <message>
        <source>Default &amp;isolation:</source>
        <translation>Standard-&amp;Isolation:</translation>
    </message>
    <message>
        <source>Process isolation shares the host&apos;s kernel; Hyper-V isolation gives each container its own small virtual machine. A container can still ask for the other with --isolation.</source>
        <translation>Prozessisolation teilt den Kernel des Hosts; Hyper-V-Isolation gibt jedem Container eine eigene kleine virtuelle Maschine. Ein Container kann mit --isolation trotzdem die andere verlangen.</translation>
    </message>
    <message>
        <source>The edition&apos;s default</source>
        <translation>Die Vorgabe der Edition</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Hyper-V</source>
        <translation>Hyper-V</translation>
    </message>
    <message>
        <source>Named pipe &amp;group:</source>
        <translation>Named-Pipe-&amp;Gruppe:</translation>
    </message>
    <message>
        <source>A Windows group whose members may use docker without being administrators (dockerd -G). Empty: administrators only.</source>
        <translation>Eine Windows-Gruppe, deren Mitglieder docker ohne Administratorrechte benutzen dürfen (dockerd -G). Leer: nur Administratoren.</translation>
    </message>
    <message>
        <source>&amp;Debug logging</source>
        <translation>&amp;Debug-Protokoll</translation>
    </message>
    <message>
        <source>dockerd -D: much more detail in daemon.log, for finding a fault.</source>
        <translation>dockerd -D: viel mehr Einzelheiten in daemon.log, um einen Fehler zu finden.</translation>
    </message>
    <message>
        <source>&amp;Configuration in:</source>
        <translation>&amp;Konfiguration in:</translation>
    </message>
    <message>
        <source>Flags in runDockerDaemon.cmd, as the manual procedure does, or keys in C:\ProgramData\docker\config\daemon.json, where other tools look for them.</source>
        <translation>Optionen in runDockerDaemon.cmd, wie es das manuelle Verfahren tut, oder Schlüssel in C:\ProgramData\docker\config\daemon.json, wo andere Werkzeuge sie suchen.</translation>
    </message>
    <message>
        <source>The start script&apos;s flags</source>
        <translation>Die Optionen des Startskripts</translation>
    </message>
    <message>
        <source>daemon.json</source>
        <translation>daemon.json</translation>
    </message>
    <message>
        <source>On Windows 10 and 11 the default is Hyper-V isolation; process isolation needs build 17763 (1809) or later and an image of the same build.</source>
        <translation>Unter Windows 10 und 11 ist die Vorgabe Hyper-V-Isolation; Prozessisolation braucht Build 17763 (1809) oder neuer und ein Image desselben Builds.</translation>
    </message>
    <message>
        <source>On Windows Server the default is process isolation: fastest, but the image&apos;s Windows build must match the host&apos;s. Hyper-V isolation runs older images too and needs the Hyper-V feature.</source>
        <translation>Unter Windows Server ist die Vorgabe Prozessisolation: am schnellsten, aber der Windows-Build des Images muss zu dem des Hosts passen. Hyper-V-Isolation führt auch ältere Images aus und braucht die Funktion Hyper-V.</translation>
    </message>
    <message>
        <source>Hyper-V is not enabled on this host yet (see Prerequisites).</source>
        <translation>Hyper-V ist auf diesem Host noch nicht aktiviert (siehe Voraussetzungen).</translation>
    </message>
    <message>
        <source>Data &amp;folder:</source>
        <translation>Daten&amp;ordner:</translation>
    </message>
    <message>
        <source>Where Docker keeps images, containers and volumes (dockerd --data-root), for instance on a volume of their own: D:\docker. Empty: C:\ProgramData\docker.</source>
        <translation>Wo Docker Images, Container und Volumes ablegt (dockerd --data-root), etwa auf einem eigenen Volume: D:\docker. Leer: C:\ProgramData\docker.</translation>
    </message>
    <message>
        <source>Note: %1.</source>
        <translation>Hinweis: %1.</translation>
    </message>
</context>
<context>
    <name>ScheduledTaskControl</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the scheduled task %1 was started but does not run</source>
        <translation>die geplante Aufgabe %1 wurde gestartet, läuft aber nicht</translation>
    </message>
    <message>
        <source>%1 is still in use %2 seconds after the task was stopped</source>
        <translation>%1 ist %2 Sekunden nach dem Beenden der Aufgabe noch in Gebrauch</translation>
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
        <source>Register the scheduled task</source>
        <translation>Die geplante Aufgabe registrieren</translation>
    </message>
    <message>
        <source>Write the scheduled task&apos;s arguments to a file</source>
        <translation>Die Argumente der geplanten Aufgabe in eine Datei schreiben</translation>
    </message>
    <message>
        <source>Register the task again from its saved definition</source>
        <translation>Die Aufgabe aus ihrer gesicherten Definition wieder registrieren</translation>
    </message>
</context>
<context>
    <name>SecretFile</name>
    <message>
        <source>cannot make an access list for this user: %1</source>
        <translation>für diesen Benutzer lässt sich keine Zugriffsliste erstellen: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
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
    <message>
        <source>Only SYSTEM and Administrators may read the key</source>
        <translation>Nur SYSTEM und Administratoren dürfen den Schlüssel lesen</translation>
    </message>
    <message>
        <source>Ask whether the scheduled task runs</source>
        <translation>Fragen, ob die geplante Aufgabe läuft</translation>
    </message>
    <message>
        <source>Register the earlier task again</source>
        <translation>Die frühere Aufgabe wieder registrieren</translation>
    </message>
    <message>
        <source>Only SYSTEM and Administrators may use the folder</source>
        <translation>Nur SYSTEM und Administratoren dürfen den Ordner verwenden</translation>
    </message>
    <message>
        <source>Application tab: Path</source>
        <translation>Registerkarte Application: Pfad</translation>
    </message>
    <message>
        <source>End %1</source>
        <translation>%1 beenden</translation>
    </message>
    <message>
        <source>Read the scheduled task&apos;s %1</source>
        <translation>Eigenschaft %1 der geplanten Aufgabe lesen</translation>
    </message>
    <message>
        <source>Administrators own the folder</source>
        <translation>Administratoren werden Besitzer des Ordners</translation>
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
    <message>
        <source>%1 is still in use %2 seconds after service %3 stopped</source>
        <translation>%1 ist %2 Sekunden nach dem Beenden des Dienstes %3 noch in Gebrauch</translation>
    </message>
</context>
<context>
    <name>ServiceManagerPage</name>
    <message>
        <source>Service manager</source>
        <translation>Dienstverwaltung</translation>
    </message>
    <message>
        <source>What starts dockerd.exe when the host starts, and keeps it running.</source>
        <translation>Was dockerd.exe beim Start des Hosts startet und am Laufen hält.</translation>
    </message>
    <message>
        <source>Host &amp;edition:</source>
        <translation>Host-&amp;Edition:</translation>
    </message>
    <message>
        <source>The Windows edition of the host Docker goes to. Nano Server has no service manager for NSSM and runs dockerd from a scheduled task.</source>
        <translation>Die Windows-Edition des Hosts, auf den Docker kommt. Nano Server hat keine Dienstverwaltung für NSSM und startet dockerd aus einer geplanten Aufgabe.</translation>
    </message>
    <message>
        <source>Windows Server</source>
        <translation>Windows Server</translation>
    </message>
    <message>
        <source>Nano Server</source>
        <translation>Nano Server</translation>
    </message>
    <message>
        <source>Windows 10 or 11</source>
        <translation>Windows 10 oder 11</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>&amp;Verwaltung:</translation>
    </message>
    <message>
        <source>NSSM runs cmd.exe with runDockerDaemon.cmd and writes its output to daemon.log, as the manual procedure does. The native service is dockerd --register-service. The scheduled task is the manual procedure&apos;s way on Nano Server.</source>
        <translation>NSSM startet cmd.exe mit runDockerDaemon.cmd und schreibt die Ausgabe nach daemon.log, wie es das manuelle Verfahren tut. Der native Dienst ist dockerd --register-service. Die geplante Aufgabe ist der Weg des manuellen Verfahrens auf Nano Server.</translation>
    </message>
    <message>
        <source>NSSM (as the manual procedure)</source>
        <translation>NSSM (wie das manuelle Verfahren)</translation>
    </message>
    <message>
        <source>dockerd&apos;s own Windows service</source>
        <translation>dockerds eigener Windows-Dienst</translation>
    </message>
    <message>
        <source>Scheduled task at start-up (Nano Server)</source>
        <translation>Geplante Aufgabe beim Start (Nano Server)</translation>
    </message>
    <message>
        <source>NSSM &amp;source:</source>
        <translation>NSSM-&amp;Quelle:</translation>
    </message>
    <message>
        <source>nssm.cc is often unreachable: a local nssm-2.24.zip works without internet.</source>
        <translation>nssm.cc ist oft nicht erreichbar: Ein lokales nssm-2.24.zip funktioniert ohne Internet.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>A zip on this machine</source>
        <translation>Ein Zip auf diesem Rechner</translation>
    </message>
    <message>
        <source>Keep the nssm.exe on the host</source>
        <translation>Die nssm.exe auf dem Host behalten</translation>
    </message>
    <message>
        <source>NSSM &amp;URL:</source>
        <translation>NSSM-&amp;URL:</translation>
    </message>
    <message>
        <source>Where the NSSM zip is downloaded from.</source>
        <translation>Woher das NSSM-Zip heruntergeladen wird.</translation>
    </message>
    <message>
        <source>NSSM &amp;zip:</source>
        <translation>NSSM-&amp;Zip:</translation>
    </message>
    <message>
        <source>nssm-2.24.zip on this machine; Berth takes win64\nssm.exe or win32\nssm.exe from it by the host&apos;s architecture.</source>
        <translation>nssm-2.24.zip auf diesem Rechner; Berth nimmt daraus win64\nssm.exe oder win32\nssm.exe je nach Architektur des Hosts.</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <source>Choose nssm-2.24.zip on this machine.</source>
        <translation>nssm-2.24.zip auf diesem Rechner wählen.</translation>
    </message>
    <message>
        <source>NSSM zip</source>
        <translation>NSSM-Zip</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip-Dateien (*.zip)</translation>
    </message>
    <message>
        <source>The next pages are NSSM&apos;s Application, Details and I/O tabs.</source>
        <translation>Die nächsten Seiten sind NSSMs Registerkarten Application, Details und I/O.</translation>
    </message>
    <message>
        <source>dockerd registers itself; it writes its log to the Windows event log, so the I/O page is left out.</source>
        <translation>dockerd registriert sich selbst; es schreibt sein Protokoll ins Windows-Ereignisprotokoll, daher entfällt die E/A-Seite.</translation>
    </message>
    <message>
        <source>The task runs runDockerDaemon.cmd at start-up as SYSTEM with the highest run level, and its output goes to daemon.log.</source>
        <translation>Die Aufgabe führt runDockerDaemon.cmd beim Start als SYSTEM mit höchster Ausführungsebene aus, und ihre Ausgabe geht nach daemon.log.</translation>
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
        <source>; the daemon&apos;s last words: %1</source>
        <translation>; die letzten Worte des Daemons: %1</translation>
    </message>
    <message>
        <source>the scheduled task %1 ended</source>
        <translation>die geplante Aufgabe %1 ist beendet</translation>
    </message>
    <message>
        <source>service %1 is %2</source>
        <translation>Dienst %1 ist %2</translation>
    </message>
    <message>
        <source>stopping %1 again (%2)</source>
        <translation>%1 erneut anhalten (%2)</translation>
    </message>
    <message>
        <source>%1 was running before and could not be started again (%2)</source>
        <translation>%1 lief vorher und konnte nicht wieder gestartet werden (%2)</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>What Berth will do</source>
        <translation>Was Berth tun wird</translation>
    </message>
    <message>
        <source>Every file Berth writes, with what changes in it, and every command it runs.</source>
        <translation>Jede Datei, die Berth schreibt, mit dem, was sich darin ändert, und jeder Befehl, den es ausführt.</translation>
    </message>
    <message>
        <source>B&amp;undle file:</source>
        <translation>&amp;Paketdatei:</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Paketdatei</translation>
    </message>
    <message>
        <source>The zip to copy to the other host. The client&apos;s files go to a second zip beside it, never into this one.</source>
        <translation>Das Zip, das auf den anderen Host kopiert wird. Die Dateien des Clients kommen in ein zweites Zip daneben, nie in dieses.</translation>
    </message>
    <message>
        <source>Bro&amp;wse...</source>
        <translation>Durch&amp;suchen...</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip-Dateien (*.zip)</translation>
    </message>
    <message>
        <source>Answer &amp;file:</source>
        <translation>Antwort&amp;datei:</translation>
    </message>
    <message>
        <source>Answer file</source>
        <translation>Antwortdatei</translation>
    </message>
    <message>
        <source>Save these answers to run the same apply unattended: berth apply --answers FILE, or to open the wizard with them: berth --answers FILE.</source>
        <translation>Speichern Sie diese Antworten, um dieselbe Anwendung unbeaufsichtigt auszuführen: berth apply --answers DATEI, oder um den Assistenten damit zu öffnen: berth --answers DATEI.</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <source>&amp;Save answers</source>
        <translation>Antworten &amp;speichern</translation>
    </message>
    <message>
        <source>Save answers</source>
        <translation>Antworten speichern</translation>
    </message>
    <message>
        <source>Answer files (*.json)</source>
        <translation>Antwortdateien (*.json)</translation>
    </message>
    <message>
        <source>What the bundle will do on the other host. Nothing has changed yet.</source>
        <translation>Was das Paket auf dem anderen Host tun wird. Noch hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>What Berth will do on this host, in this order. Nothing has changed yet.</source>
        <translation>Was Berth auf diesem Host tun wird, in dieser Reihenfolge. Noch hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>&amp;Make the bundle</source>
        <translation>Paket &amp;erstellen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Fix these first:</source>
        <translation>Zuerst beheben:</translation>
    </message>
    <message>
        <source>Name a file for the answers first.</source>
        <translation>Nennen Sie zuerst eine Datei für die Antworten.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>In %1 gespeichert.</translation>
    </message>
    <message>
        <source>What changes on this host: reading it ...</source>
        <translation>Was sich auf diesem Host ändert: wird gelesen ...</translation>
    </message>
    <message>
        <source>What changes on this host (a dry run of the apply):</source>
        <translation>Was sich auf diesem Host ändert (ein Probelauf der Anwendung):</translation>
    </message>
    <message>
        <source>Every step of the plan:</source>
        <translation>Jeder Schritt des Plans:</translation>
    </message>
    <message>
        <source>What the update will do on this host, in this order. Nothing has changed yet.</source>
        <translation>Was die Aktualisierung auf diesem Host tun wird, in dieser Reihenfolge. Noch wurde nichts geändert.</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>What changes on this host (a dry run of the update):</source>
        <translation>Was sich auf diesem Host ändert (ein Probelauf der Aktualisierung):</translation>
    </message>
    <message>
        <source>What the set-up will do on this computer, in this order. Nothing has changed yet.</source>
        <translation>Was die Einrichtung auf diesem Computer tun wird, in dieser Reihenfolge. Noch wurde nichts geändert.</translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation>&amp;Einrichten</translation>
    </message>
    <message>
        <source>What changes on this computer: reading it ...</source>
        <translation>Was sich auf diesem Computer ändert: wird gelesen ...</translation>
    </message>
    <message>
        <source>What changes on this computer (a dry run of the set-up):</source>
        <translation>Was sich auf diesem Computer ändert (Probelauf der Einrichtung):</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Hinweis:</translation>
    </message>
</context>
<context>
    <name>TlsPage</name>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Remote access to the daemon over TCP, with certificates on both sides (mutual TLS).</source>
        <translation>Fernzugriff auf den Daemon über TCP, mit Zertifikaten auf beiden Seiten (gegenseitiges TLS).</translation>
    </message>
    <message>
        <source>Allow &amp;remote access</source>
        <translation>&amp;Fernzugriff erlauben</translation>
    </message>
    <message>
        <source>dockerd listens on TCP with --tlsverify: only clients with a certificate from this CA get in. Without it, Docker is reached only on this host (named pipe).</source>
        <translation>dockerd lauscht auf TCP mit --tlsverify: Nur Clients mit einem Zertifikat dieser CA kommen hinein. Ohne ihn ist Docker nur auf diesem Host erreichbar (Named Pipe).</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>The address dockerd listens on; 0.0.0.0 is every IPv4 address of the host.</source>
        <translation>Die Adresse, auf der dockerd lauscht; 0.0.0.0 ist jede IPv4-Adresse des Hosts.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>The TCP port; 2376 is Docker&apos;s port for TLS.</source>
        <translation>Der TCP-Port; 2376 ist Dockers Port für TLS.</translation>
    </message>
    <message>
        <source>Certificate &amp;folder:</source>
        <translation>Zertifikats&amp;ordner:</translation>
    </message>
    <message>
        <source>The folder on the host with ca.pem, server-cert.pem and server-key.pem. The start script turns TLS on when tag.txt is in it.</source>
        <translation>Der Ordner auf dem Host mit ca.pem, server-cert.pem und server-key.pem. Das Startskript schaltet TLS ein, wenn tag.txt darin liegt.</translation>
    </message>
    <message>
        <source>&amp;Make new certificates if the folder holds none that fit</source>
        <translation>Neue Zertifikate &amp;machen, wenn der Ordner keine passenden enthält</translation>
    </message>
    <message>
        <source>Berth makes a CA, the server&apos;s certificate and a client certificate. Unchecked: the files in the folder are used as they are, once they pass the check.</source>
        <translation>Berth erstellt eine CA, das Zertifikat des Servers und ein Client-Zertifikat. Deaktiviert: Die Dateien im Ordner werden so verwendet, wie sie sind, sobald sie die Prüfung bestehen.</translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation>&amp;Namen:</translation>
    </message>
    <message>
        <source>Every DNS name and IP address clients use to reach the host. A client that uses a name not listed here is refused.</source>
        <translation>Jeder DNS-Name und jede IP-Adresse, mit denen Clients den Host erreichen. Ein Client, der einen hier nicht aufgeführten Namen verwendet, wird abgewiesen.</translation>
    </message>
    <message>
        <source>&amp;Valid for (days):</source>
        <translation>&amp;Gültig für (Tage):</translation>
    </message>
    <message>
        <source>How long the new certificates are valid.</source>
        <translation>Wie lange die neuen Zertifikate gültig sind.</translation>
    </message>
    <message>
        <source>&amp;Key type:</source>
        <translation>&amp;Schlüsseltyp:</translation>
    </message>
    <message>
        <source>RSA 4096 as Docker&apos;s TLS guide uses, or ECDSA P-256 (smaller and faster).</source>
        <translation>RSA 4096 wie in Dockers TLS-Anleitung oder ECDSA P-256 (kleiner und schneller).</translation>
    </message>
    <message>
        <source>RSA 4096</source>
        <translation>RSA 4096</translation>
    </message>
    <message>
        <source>ECDSA P-256</source>
        <translation>ECDSA P-256</translation>
    </message>
    <message>
        <source>Client &amp;files to:</source>
        <translation>Client-&amp;Dateien nach:</translation>
    </message>
    <message>
        <source>A folder on this machine for the CA key and the client&apos;s certificate. They never stay on the host; copy them to the machines that run docker.</source>
        <translation>Ein Ordner auf diesem Rechner für den CA-Schlüssel und das Client-Zertifikat. Sie bleiben nie auf dem Host; kopieren Sie sie auf die Rechner, auf denen docker läuft.</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>D&amp;urchsuchen...</translation>
    </message>
    <message>
        <source>Choose the folder for the client&apos;s files.</source>
        <translation>Den Ordner für die Dateien des Clients wählen.</translation>
    </message>
    <message>
        <source>Client files</source>
        <translation>Client-Dateien</translation>
    </message>
    <message>
        <source>Certificate check</source>
        <translation>Zertifikatsprüfung</translation>
    </message>
    <message>
        <source>Names in the server certificate</source>
        <translation>Namen im Server-Zertifikat</translation>
    </message>
    <message>
        <source>Name or address to add</source>
        <translation>Hinzuzufügender Name oder Adresse</translation>
    </message>
    <message>
        <source>A DNS name or an IP address; Enter adds it.</source>
        <translation>Ein DNS-Name oder eine IP-Adresse; Enter fügt sie hinzu.</translation>
    </message>
    <message>
        <source>host.example.com or 192.0.2.10</source>
        <translation>host.example.com oder 192.0.2.10</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the selected name.</source>
        <translation>Den markierten Namen entfernen.</translation>
    </message>
    <message>
        <source>Add this host&apos;s &amp;names</source>
        <translation>&amp;Namen dieses Hosts hinzufügen</translation>
    </message>
    <message>
        <source>The host name, its full name, localhost, 127.0.0.1 and each of its addresses.</source>
        <translation>Der Hostname, sein vollständiger Name, localhost, 127.0.0.1 und jede seiner Adressen.</translation>
    </message>
    <message>
        <source>The certificates in %1 fit these names; they are used as they are.</source>
        <translation>Die Zertifikate in %1 passen zu diesen Namen; sie werden so verwendet, wie sie sind.</translation>
    </message>
    <message>
        <source>New certificates will be made: %1</source>
        <translation>Neue Zertifikate werden erstellt: %1</translation>
    </message>
    <message>
        <source>The certificates in %1 cannot be used:</source>
        <translation>Die Zertifikate in %1 sind nicht verwendbar:</translation>
    </message>
    <message>
        <source>Add a docker con&amp;text for them on this machine</source>
        <translation>Einen docker-Kon&amp;text dafür auf diesem Rechner anlegen</translation>
    </message>
    <message>
        <source>Runs docker context create on this machine, so that docker --context berth-HOST reaches the daemon. It changes this user&apos;s docker CLI settings; without it, Berth shows the command.</source>
        <translation>Führt docker context create auf diesem Rechner aus, damit docker --context berth-HOST den Daemon erreicht. Das ändert die docker-CLI-Einstellungen dieses Benutzers; ohne die Option zeigt Berth den Befehl an.</translation>
    </message>
    <message>
        <source>Checking the certificates in %1 ...</source>
        <translation>Die Zertifikate in %1 werden geprüft ...</translation>
    </message>
</context>
<context>
    <name>TlsVerbs</name>
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
        <source>--san: name at least one DNS name or address that clients use to reach the host (this machine: %1)</source>
        <translation>--san: mindestens einen DNS-Namen oder eine Adresse angeben, über die Clients den Host erreichen (dieser Rechner: %1)</translation>
    </message>
    <message>
        <source>The client&apos;s ca.pem, cert.pem and key.pem are also in %1.</source>
        <translation>ca.pem, cert.pem und key.pem des Clients liegen auch in %1.</translation>
    </message>
    <message>
        <source>Docker %1 (API %2, clients from API %3: docker CLI %4 or later) on %5 answers at %6</source>
        <translation>Docker %1 (API %2, Clients ab API %3: docker CLI %4 oder neuer) auf %5 antwortet unter %6</translation>
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
    <message>
        <source>the event log source %1</source>
        <translation>die Ereignisprotokollquelle %1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Berth</source>
        <translation>Willkommen bei Berth</translation>
    </message>
    <message>
        <source>Berth installs, configures, reconfigures and removes the Docker engine on this Windows host, the way the manual procedure does: dockerd.exe run as a service, its log in daemon.log.</source>
        <translation>Berth installiert, konfiguriert, rekonfiguriert und entfernt die Docker-Engine auf diesem Windows-Host, so wie es das manuelle Verfahren tut: dockerd.exe als Dienst, sein Protokoll in daemon.log.</translation>
    </message>
    <message>
        <source>&amp;Install Docker on this host</source>
        <translation>Docker auf diesem Host &amp;installieren</translation>
    </message>
    <message>
        <source>Place dockerd.exe and docker.exe, write the start script, register the service and start it.</source>
        <translation>dockerd.exe und docker.exe ablegen, das Startskript schreiben, den Dienst registrieren und starten.</translation>
    </message>
    <message>
        <source>Start from what is installed here now; only what you change is applied.</source>
        <translation>Mit dem beginnen, was hier installiert ist; nur was Sie ändern, wird angewendet.</translation>
    </message>
    <message>
        <source>Re&amp;move Docker from this host</source>
        <translation>Docker von diesem Host ent&amp;fernen</translation>
    </message>
    <message>
        <source>Stop and remove the service, the firewall rule and the binaries; keep the data if you wish.</source>
        <translation>Den Dienst, die Firewall-Regel und die Binärdateien anhalten und entfernen; die Daten auf Wunsch behalten.</translation>
    </message>
    <message>
        <source>Prepare a &amp;bundle for another host (Nano Server)</source>
        <translation>Ein &amp;Paket für einen anderen Host vorbereiten (Nano Server)</translation>
    </message>
    <message>
        <source>Make one zip with the binaries, the configuration and an install script to copy to a host without a desktop or without internet.</source>
        <translation>Ein Zip mit den Binärdateien, der Konfiguration und einem Installationsskript erstellen, das auf einen Host ohne Desktop oder ohne Internet kopiert wird.</translation>
    </message>
    <message>
        <source>What Berth found on this host</source>
        <translation>Was Berth auf diesem Host gefunden hat</translation>
    </message>
    <message>
        <source>Looking at this host ...</source>
        <translation>Dieser Host wird untersucht ...</translation>
    </message>
    <message>
        <source>Edition: the registry does not say (build %1).</source>
        <translation>Edition: Die Registrierung sagt es nicht (Build %1).</translation>
    </message>
    <message>
        <source>Berth runs as administrator.</source>
        <translation>Berth läuft als Administrator.</translation>
    </message>
    <message>
        <source>Berth is not running as administrator: it can prepare a bundle, but to change this host start it with &quot;Run as administrator&quot;.</source>
        <translation>Berth läuft nicht als Administrator: Es kann ein Paket vorbereiten, aber um diesen Host zu ändern, starten Sie es mit „Als Administrator ausführen“.</translation>
    </message>
    <message>
        <source>A Docker service named %1 is installed (%2).</source>
        <translation>Ein Docker-Dienst namens %1 ist installiert (%2).</translation>
    </message>
    <message>
        <source>No Docker service is installed here.</source>
        <translation>Hier ist kein Docker-Dienst installiert.</translation>
    </message>
    <message>
        <source>&amp;Reconfigure Docker on this host</source>
        <translation>Docker auf diesem Host &amp;umkonfigurieren</translation>
    </message>
    <message>
        <source>This machine is not Windows, so there is no Docker to install or change here. Berth can prepare a bundle for a Windows host on it, with the host&apos;s certificates; to install or change Docker on a host, run Berth there.</source>
        <translation>Dieser Rechner ist kein Windows, hier gibt es also kein Docker zu installieren oder zu ändern. Berth kann hier ein Paket für einen Windows-Host vorbereiten, mit den Zertifikaten des Hosts; um Docker auf einem Host zu installieren oder zu ändern, starten Sie Berth dort.</translation>
    </message>
    <message>
        <source>Its answers are loaded: going on to Apply finishes it, as berth recover does.</source>
        <translation>Ihre Antworten sind geladen: Weiter bis „Anwenden“ führt sie zu Ende, wie berth recover.</translation>
    </message>
    <message>
        <source>&amp;Update Docker on this host</source>
        <translation>Docker auf diesem Host &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Replace dockerd.exe and docker.exe with another release, and nothing else; the old ones come back if the new daemon does not start.</source>
        <translation>Ersetzt dockerd.exe und docker.exe durch eine andere Version und sonst nichts; die alten kommen zurück, wenn der neue Daemon nicht startet.</translation>
    </message>
    <message>
        <source>Its dockerd.exe does not say its version.</source>
        <translation>Seine dockerd.exe nennt ihre Version nicht.</translation>
    </message>
    <message>
        <source>Docker %1; looking for newer releases ...</source>
        <translation>Docker %1; suche nach neueren Versionen ...</translation>
    </message>
    <message>
        <source>Docker %1; the releases on offer could not be read: %2</source>
        <translation>Docker %1; die angebotenen Versionen konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Docker %1; a newer release is on offer: %2 (Update Docker on this host).</source>
        <translation>Docker %1; eine neuere Version wird angeboten: %2 (Docker auf diesem Host aktualisieren).</translation>
    </message>
    <message>
        <source>Docker %1, the newest release on offer.</source>
        <translation>Docker %1, die neueste angebotene Version.</translation>
    </message>
    <message>
        <source>Re&amp;new certificates</source>
        <translation>Zertifikate e&amp;rneuern</translation>
    </message>
    <message>
        <source>Reconfigure with new certificates, signed by the same CA where its key is in the client folder: the TLS page comes next.</source>
        <translation>Mit neuen Zertifikaten umkonfigurieren, von derselben CA signiert, wenn ihr Schlüssel im Client-Ordner liegt: Als Nächstes kommt die TLS-Seite.</translation>
    </message>
    <message>
        <source>A Docker service named %1 is installed (%2) and running.</source>
        <translation>Ein Docker-Dienst namens %1 ist installiert (%2) und läuft.</translation>
    </message>
    <message>
        <source>A Docker service named %1 is installed (%2) and not running.</source>
        <translation>Ein Docker-Dienst namens %1 ist installiert (%2) und läuft nicht.</translation>
    </message>
    <message>
        <source>Remote access: off; clients on this host only, through the named pipe.</source>
        <translation>Fernzugriff: aus; Clients nur auf diesem Host, über die Named Pipe.</translation>
    </message>
    <message>
        <source>Remote access: TLS on port %1.</source>
        <translation>Fernzugriff: TLS auf Port %1.</translation>
    </message>
    <message>
        <source>The server certificate in %1 cannot be read: renew it.</source>
        <translation>Das Serverzertifikat in %1 ist nicht lesbar: Erneuern Sie es.</translation>
    </message>
    <message>
        <source>The server certificate expired on %1: renew it.</source>
        <translation>Das Serverzertifikat ist am %1 abgelaufen: Erneuern Sie es.</translation>
    </message>
    <message numerus="yes">
        <source>The server certificate expires on %1, in %n days: renew it.</source>
        <translation>
            <numerusform>Das Serverzertifikat läuft am %1 ab, in %n Tag: Erneuern Sie es.</numerusform>
            <numerusform>Das Serverzertifikat läuft am %1 ab, in %n Tagen: Erneuern Sie es.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server certificate is valid until %1.</source>
        <translation>Das Serverzertifikat gilt bis %1.</translation>
    </message>
    <message>
        <source>Firewall: no rule for Docker.</source>
        <translation>Firewall: keine Regel für Docker.</translation>
    </message>
    <message>
        <source>Firewall: rule &quot;%1&quot; lets TCP %2 in from %3.</source>
        <translation>Firewall: Regel „%1“ lässt TCP %2 herein von %3.</translation>
    </message>
    <message>
        <source>any address</source>
        <translation>jeder Adresse</translation>
    </message>
    <message>
        <source>&amp;Set up this computer to manage a Docker host</source>
        <translation>Diesen Computer zum Verwalten eines Docker-Hosts &amp;einrichten</translation>
    </message>
    <message>
        <source>The docker CLI on Path, the client&apos;s certificates and DOCKER_HOST for you, so that docker here reaches a host elsewhere.</source>
        <translation>Die docker-CLI im Path, die Zertifikate des Clients und DOCKER_HOST für Sie, sodass docker hier einen Host anderswo erreicht.</translation>
    </message>
    <message>
        <source>Windows: %1.</source>
        <translation>Windows: %1.</translation>
    </message>
    <message>
        <source>Update Docker on this host to go back to it.</source>
        <translation>Mit „Docker auf diesem Host aktualisieren“ dorthin zurückkehren.</translation>
    </message>
</context>
<context>
    <name>WindowsFeatures</name>
    <message>
        <source>The Windows feature %1 could not be enabled: %2, from: %3</source>
        <translation>Das Windows-Feature %1 konnte nicht aktiviert werden: %2, aus: %3</translation>
    </message>
    <message>
        <source>Enabled the Windows feature %1 (dism.exe); Docker starts only after the host restarts.</source>
        <translation>Das Windows-Feature %1 wurde aktiviert (dism.exe); Docker startet erst nach einem Neustart des Hosts.</translation>
    </message>
    <message>
        <source>Enabled the Windows feature %1 (dism.exe).</source>
        <translation>Das Windows-Feature %1 wurde aktiviert (dism.exe).</translation>
    </message>
    <message>
        <source>This Nano Server lacks the Windows feature %1, which cannot be enabled on a running Nano Server: build its image with it (New-NanoServerImage -Containers, and -Compute for Hyper-V), then run Berth again.</source>
        <translation>Diesem Nano Server fehlt das Windows-Feature %1, das sich auf einem laufenden Nano Server nicht aktivieren lässt: Erstellen Sie sein Image damit (New-NanoServerImage -Containers, und -Compute für Hyper-V) und führen Sie Berth dann erneut aus.</translation>
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
    <message>
        <source>This machine is not Windows, so there is no Docker to install or change here. Berth can prepare a bundle for a Windows host (berth bundle) and make certificates (berth certs) on it; to change a host, run Berth on that host, or name a folder that stands for its C:\ with --root.</source>
        <translation>Dieser Rechner ist kein Windows, hier gibt es also kein Docker zu installieren oder zu ändern. Berth kann hier ein Paket für einen Windows-Host vorbereiten (berth bundle) und Zertifikate erstellen (berth certs); um einen Host zu ändern, starten Sie Berth auf diesem Host oder nennen Sie mit --root einen Ordner, der für sein C:\ steht.</translation>
    </message>
    <message>
        <source>%1 is not a full Windows path (like C:\folder\file)</source>
        <translation>%1 ist kein vollständiger Windows-Pfad (wie C:\Ordner\Datei)</translation>
    </message>
    <message>
        <source>%1 names a folder . or ..</source>
        <translation>%1 nennt einen Ordner . oder ..</translation>
    </message>
    <message>
        <source>%1 is on drive %2:, and the folder that stands for this host (--root) stands for C: alone</source>
        <translation>%1 liegt auf Laufwerk %2:, und der Ordner, der für diesen Host steht (--root), steht nur für C:</translation>
    </message>
</context>
<context>
    <name>WindowsReleases</name>
    <message>
        <source>Nano Server (build %1)</source>
        <translation>Nano Server (Build %1)</translation>
    </message>
    <message>
        <source>%1 (build %2)</source>
        <translation>%1 (Build %2)</translation>
    </message>
    <message>
        <source>Windows client, build %1</source>
        <translation>Windows-Client, Build %1</translation>
    </message>
    <message>
        <source>Windows Server, build %1</source>
        <translation>Windows Server, Build %1</translation>
    </message>
    <message>
        <source>Docker %1 does not start on %2: Docker Engine %3.0 and later need build %4 (Windows Server 2019, Windows 10 1809) or later. The newest engine this host runs is %5.</source>
        <translation>Docker %1 startet nicht auf %2: Docker Engine %3.0 und neuer brauchen Build %4 (Windows Server 2019, Windows 10 1809) oder neuer. Die neueste Engine, die dieser Host ausführt, ist %5.</translation>
    </message>
    <message>
        <source>%1: its Docker engine line ends at %2 (Docker Engine %3.0 and later need build %4)</source>
        <translation>%1: die Docker-Engine-Reihe endet hier bei %2 (Docker Engine %3.0 und neuer brauchen Build %4)</translation>
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
<context>
    <name>ZipWriter</name>
    <message>
        <source>cannot write %1 (zip error %2)</source>
        <translation>%1 kann nicht geschrieben werden (Zip-Fehler %2)</translation>
    </message>
    <message>
        <source>cannot put %1 into %2</source>
        <translation>%1 kann nicht in %2 aufgenommen werden</translation>
    </message>
    <message>
        <source>cannot put %1 into %2 (zip error %3)</source>
        <translation>%1 lässt sich nicht in %2 ablegen (Zip-Fehler %3)</translation>
    </message>
</context>
</TS>
