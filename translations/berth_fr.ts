<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Answers</name>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>expected text, got %1</source>
        <translation>texte attendu, reçu %1</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>true ou false attendu, reçu %1</translation>
    </message>
    <message>
        <source>expected a whole number, got %1</source>
        <translation>nombre entier attendu, reçu %1</translation>
    </message>
    <message>
        <source>expected a list of text, got %1</source>
        <translation>liste de textes attendue, reçu %1</translation>
    </message>
    <message>
        <source>expected a list of text, but it holds %1</source>
        <translation>liste de textes attendue, mais elle contient %1</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>objet attendu, reçu %1</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>clé inconnue</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>JSON non valide à l’octet %1 : %2</translation>
    </message>
    <message>
        <source>an answer file is a JSON object</source>
        <translation>un fichier de réponses est un objet JSON</translation>
    </message>
</context>
<context>
    <name>AnswersValidator</name>
    <message>
        <source>%1 is not an answer-file version this Berth reads (%2)</source>
        <translation>%1 n’est pas une version de fichier de réponses que ce Berth lit (%2)</translation>
    </message>
    <message>
        <source>build %1 cannot run Windows containers; they need build %2 (Server 2016, Windows 10 1607) or later</source>
        <translation>la build %1 ne peut pas exécuter de conteneurs Windows ; il faut la build %2 (Server 2016, Windows 10 1607) ou plus récente</translation>
    </message>
    <message>
        <source>a pin proves one file: use it with the zip or a local file, not with two separate downloads</source>
        <translation>une empreinte prouve un seul fichier : utilisez-la avec le zip ou un fichier local, pas avec deux téléchargements séparés</translation>
    </message>
    <message>
        <source>a scheduled task always starts Docker at boot; &quot;disabled&quot; needs the nssm or native manager</source>
        <translation>une tâche planifiée démarre toujours Docker au démarrage ; &quot;disabled&quot; exige le gestionnaire nssm ou native</translation>
    </message>
    <message>
        <source>name at least one DNS name or address that clients use to reach this host, or the server certificate will match none</source>
        <translation>indiquez au moins un nom DNS ou une adresse par lesquels les clients joignent cet hôte, sinon le certificat du serveur ne correspondra à aucun</translation>
    </message>
    <message>
        <source>Windows client before 1809 (build %1) runs containers with Hyper-V isolation only; this host is build %2</source>
        <translation>Windows client avant 1809 (build %1) n’exécute les conteneurs qu’avec l’isolation Hyper-V ; cet hôte est en build %2</translation>
    </message>
    <message>
        <source>the rule would open TCP %1, but remote access (tls.enabled) is off and nothing listens there</source>
        <translation>la règle ouvrirait TCP %1, mais l’accès distant (tls.enabled) est désactivé et rien n’y écoute</translation>
    </message>
    <message>
        <source>the rule opens TCP %1 but the daemon listens on tls.port %2</source>
        <translation>la règle ouvre TCP %1 mais le démon écoute sur tls.port %2</translation>
    </message>
    <message>
        <source>%1 is not a number of days from 1 to 36500</source>
        <translation>%1 n’est pas un nombre de jours de 1 à 36500</translation>
    </message>
</context>
<context>
    <name>ApplyRun</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>failure injected by a test</source>
        <translation>échec provoqué par un test</translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed: %2. Everything this apply changed has been put back.</source>
        <translation>&quot;%1&quot; a échoué : %2. Tout ce que cette application a modifié a été rétabli.</translation>
    </message>
</context>
<context>
    <name>ApplySteps</name>
    <message>
        <source>Place dockerd.exe</source>
        <translation>Placer dockerd.exe</translation>
    </message>
    <message>
        <source>Place docker.exe</source>
        <translation>Placer docker.exe</translation>
    </message>
    <message>
        <source>Place nssm.exe</source>
        <translation>Placer nssm.exe</translation>
    </message>
    <message>
        <source>Write runDockerDaemon.cmd</source>
        <translation>Écrire runDockerDaemon.cmd</translation>
    </message>
    <message>
        <source>Write daemon.json</source>
        <translation>Écrire daemon.json</translation>
    </message>
    <message>
        <source>Keep daemon.json clear of the script&apos;s flags</source>
        <translation>Garder daemon.json libre des options du script</translation>
    </message>
    <message>
        <source>Mark remote access in tag.txt</source>
        <translation>Marquer l’accès distant dans tag.txt</translation>
    </message>
    <message>
        <source>binaries.source: the binaries have not been downloaded yet</source>
        <translation>binaries.source : les binaires ne sont pas encore téléchargés</translation>
    </message>
    <message>
        <source>nssm.source: NSSM has not been downloaded yet</source>
        <translation>nssm.source : NSSM n’est pas encore téléchargé</translation>
    </message>
    <message>
        <source>Install ca.pem</source>
        <translation>Installer ca.pem</translation>
    </message>
    <message>
        <source>Install server-cert.pem</source>
        <translation>Installer server-cert.pem</translation>
    </message>
    <message>
        <source>Install server-key.pem</source>
        <translation>Installer server-key.pem</translation>
    </message>
</context>
<context>
    <name>BerthWizard</name>
    <message>
        <source>Berth: Docker engine for Windows</source>
        <translation>Berth : moteur Docker pour Windows</translation>
    </message>
</context>
<context>
    <name>BinaryFetch</name>
    <message>
        <source>%1 (from the download cache): SHA-256 %2</source>
        <translation>%1 (depuis le cache de téléchargement) : SHA-256 %2</translation>
    </message>
    <message>
        <source>%1: SHA-256 %2</source>
        <translation>%1 : SHA-256 %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
    <message>
        <source>. nssm.cc is often unreachable: download nssm-2.24.zip on another machine and set nssm.source to &quot;local&quot; with nssm.localPath</source>
        <translation>. nssm.cc est souvent injoignable : téléchargez nssm-2.24.zip sur une autre machine et mettez nssm.source à &quot;local&quot; avec nssm.localPath</translation>
    </message>
</context>
<context>
    <name>CertificateCheck</name>
    <message>
        <source>%1 is missing or is not a PEM certificate</source>
        <translation>%1 manque ou n’est pas un certificat PEM</translation>
    </message>
    <message>
        <source>%1 is missing or is not a PEM private key</source>
        <translation>%1 manque ou n’est pas une clé privée PEM</translation>
    </message>
    <message>
        <source>%1 does not match %2: they are not a pair</source>
        <translation>%1 ne correspond pas à %2 : ils ne forment pas une paire</translation>
    </message>
    <message>
        <source>%1 does not chain to ca.pem: %2</source>
        <translation>%1 ne remonte pas à ca.pem : %2</translation>
    </message>
    <message>
        <source>%1 has expired</source>
        <translation>%1 a expiré</translation>
    </message>
    <message numerus="yes">
        <source>%1 expires in %n days</source>
        <translation>
            <numerusform>%1 expire dans %n jour</numerusform>
            <numerusform>%1 expire dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lacks the extended key usage %2</source>
        <translation>%1 n’a pas l’usage de clé étendu %2</translation>
    </message>
    <message>
        <source>%1/ca.pem is missing or is not a PEM certificate</source>
        <translation>%1/ca.pem manque ou n’est pas un certificat PEM</translation>
    </message>
    <message>
        <source>%1/server-cert.pem does not name %2, which clients will use</source>
        <translation>%1/server-cert.pem ne nomme pas %2, que les clients utiliseront</translation>
    </message>
</context>
<context>
    <name>CertificateCheckStep</name>
    <message>
        <source>Server certificates</source>
        <translation>Certificats du serveur</translation>
    </message>
    <message>
        <source>the certificates in %1 cannot be used: %2</source>
        <translation>les certificats de %1 sont inutilisables : %2</translation>
    </message>
</context>
<context>
    <name>CertificateMaker</name>
    <message>
        <source>OpenSSL could not make the CA</source>
        <translation>OpenSSL n’a pas pu créer l’autorité de certification</translation>
    </message>
    <message>
        <source>the CA&apos;s certificate or key cannot be read</source>
        <translation>le certificat ou la clé de l’autorité ne peuvent pas être lus</translation>
    </message>
    <message>
        <source>OpenSSL could not make the certificate for %1</source>
        <translation>OpenSSL n’a pas pu créer le certificat pour %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>render takes one file name: runDockerDaemon.cmd or daemon.json</source>
        <translation>render attend un nom de fichier : runDockerDaemon.cmd ou daemon.json</translation>
    </message>
    <message>
        <source>%1 takes no further arguments: %2</source>
        <translation>%1 n’accepte pas d’autres arguments : %2</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Run &quot;berth --help&quot; for the commands and options.</source>
        <translation>Lancez &quot;berth --help&quot; pour les commandes et les options.</translation>
    </message>
    <message>
        <source>render knows runDockerDaemon.cmd and daemon.json, not &quot;%1&quot;</source>
        <translation>render connaît runDockerDaemon.cmd et daemon.json, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The answers are valid.
</source>
        <translation>Les réponses sont valides.
</translation>
    </message>
    <message>
        <source>Clients then reach this host with (PowerShell):
   %1
</source>
        <translation>Les clients joignent alors cet hôte ainsi (PowerShell) :
   %1
</translation>
    </message>
    <message>
        <source>-n: %1 is not a number of lines from 0 to 100000</source>
        <translation>-n : %1 n’est pas un nombre de lignes de 0 à 100000</translation>
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
        <translation>Usage : berth [VERBE] [OPTIONS]
Installe, configure et supprime le moteur Docker sur des hôtes Windows.
Sans verbe, l’assistant s’ouvre.

Verbes :
  render runDockerDaemon.cmd|daemon.json   Afficher le fichier que Berth écrit pour les réponses.
  plan [--json]                            Afficher chaque étape d’une application, dans l’ordre.
  validate                                 Afficher chaque problème des réponses, un par ligne.
  apply [--dry-run] [--client-out DOSSIER] Exécuter le plan sur l’hôte ; un échec annule tout.
                                           Les nouveaux certificats laissent leurs fichiers client dans DOSSIER.
  inspect [--service NOM]                  Afficher la configuration Docker de l’hôte comme fichier de réponses.
  uninstall [--keep-data] [--keep-certs]   Retirer Docker de l’hôte, comme le fait la procédure d’origine.
  certs --out DOSSIER --san NOM,ADRESSE,... [--days N] [--key rsa4096|ecdsa-p256] [--client-zip FICHIER]
                                           Créer une autorité, un certificat serveur et un certificat client.
  probe --host tcp://HÔTE:PORT --cert-dir DOSSIER
                                           Demander sa version à un démon via TLS mutuel.
  tail [-n N] [--follow]                   Afficher la fin de daemon.log, puis ce qui s’y ajoute.

Options :
  --answers FICHIER  Le fichier de réponses (JSON) ; sans lui, les valeurs par défaut (la procédure d’origine).
  --lang LANGUE      La langue des messages et de l’assistant (en, de, fr).
  --root DOSSIER     Le dossier qui tient lieu de C:\ de l’hôte (par défaut : le lecteur de ce système).
                     BERTH_LAUNCHER nomme un programme qui lance les programmes Windows (p. ex. wine).
  -h, --help         Ce texte.
  -v, --version      La version de Berth.

Codes de sortie : 0 terminé, 1 échec, 2 entrée ou usage invalide.
</translation>
    </message>
</context>
<context>
    <name>CommandStep</name>
    <message>
        <source>run %1</source>
        <translation>exécuter %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
</context>
<context>
    <name>DaemonJson</name>
    <message>
        <source>the existing daemon.json is not a JSON object (%1); Berth leaves it as it is</source>
        <translation>le daemon.json existant n’est pas un objet JSON (%1) ; Berth le laisse tel quel</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>une autre valeur JSON</translation>
    </message>
    <message>
        <source>%1 is given as a flag and as &quot;%2&quot; in daemon.json; dockerd refuses to start</source>
        <translation>%1 est donné en option et comme &quot;%2&quot; dans daemon.json ; dockerd refuse de démarrer</translation>
    </message>
</context>
<context>
    <name>DaemonLogTail</name>
    <message>
        <source>the log was truncated</source>
        <translation>le journal a été tronqué</translation>
    </message>
    <message>
        <source>the log was rotated</source>
        <translation>le journal a été remplacé par rotation</translation>
    </message>
</context>
<context>
    <name>DaemonProbe</name>
    <message>
        <source>%1 must hold ca.pem, cert.pem and key.pem</source>
        <translation>%1 doit contenir ca.pem, cert.pem et key.pem</translation>
    </message>
    <message>
        <source>the daemon&apos;s certificate does not name %1: add it to tls.subjectAltNames and make the server certificate again</source>
        <translation>le certificat du démon ne nomme pas %1 : ajoutez-le à tls.subjectAltNames et refaites le certificat du serveur</translation>
    </message>
    <message>
        <source>the daemon&apos;s certificate is not from the CA in %1 (%2)</source>
        <translation>le certificat du démon ne vient pas de l’autorité de %1 (%2)</translation>
    </message>
    <message>
        <source>%1 refused the connection: is the daemon running and listening on port %2?</source>
        <translation>%1 a refusé la connexion : le démon tourne-t-il et écoute-t-il sur le port %2 ?</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s: a firewall may drop the port</source>
        <translation>%1 n’a pas répondu en %2 s : un pare-feu bloque peut-être le port</translation>
    </message>
    <message>
        <source>the daemon rejected the client certificate in %1: it is not from the daemon&apos;s CA (%2)</source>
        <translation>le démon a refusé le certificat client de %1 : il ne vient pas de l’autorité du démon (%2)</translation>
    </message>
    <message>
        <source>the daemon answered /_ping but not /version: %1</source>
        <translation>le démon a répondu à /_ping mais pas à /version : %1</translation>
    </message>
    <message>
        <source>nothing answers on %1: %2</source>
        <translation>rien ne répond sur %1 : %2</translation>
    </message>
    <message>
        <source>%1 did not answer in HTTP</source>
        <translation>%1 n’a pas répondu en HTTP</translation>
    </message>
    <message>
        <source>%1 answered %2 to /_ping</source>
        <translation>%1 a répondu %2 à /_ping</translation>
    </message>
    <message>
        <source>%1 is not an address like tcp://HOST:2376, npipe:////./pipe/docker_engine or unix:///PATH</source>
        <translation>%1 n’est pas une adresse comme tcp://HÔTE:2376, npipe:////./pipe/docker_engine ou unix:///CHEMIN</translation>
    </message>
</context>
<context>
    <name>DaemonVersionStep</name>
    <message>
        <source>run %1 --version</source>
        <translation>exécuter %1 --version</translation>
    </message>
    <message>
        <source>the new dockerd.exe does not run on this host (%1)</source>
        <translation>le nouveau dockerd.exe ne fonctionne pas sur cet hôte (%1)</translation>
    </message>
    <message>
        <source>Check the new dockerd.exe</source>
        <translation>Vérifier le nouveau dockerd.exe</translation>
    </message>
</context>
<context>
    <name>Downloader</name>
    <message>
        <source>%1 of %2 MiB</source>
        <translation>%1 sur %2 Mio</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>, %1 MiB/s</source>
        <translation>, %1 Mio/s</translation>
    </message>
    <message numerus="yes">
        <source>, %n s left</source>
        <translation>
            <numerusform>, %n s restante</numerusform>
            <numerusform>, %n s restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a URL</source>
        <translation>%1 n’est pas une URL</translation>
    </message>
    <message>
        <source>%1 is not https; Berth downloads over plain http only when download.allowHttp is set</source>
        <translation>%1 n’est pas en https ; Berth ne télécharge en http simple que si download.allowHttp est activé</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot write %1 (is the disk full?): %2</source>
        <translation>impossible d’écrire %1 (le disque est-il plein ?) : %2</translation>
    </message>
    <message>
        <source>%1 redirected to %2, which is not https; Berth follows redirects only to https</source>
        <translation>%1 a redirigé vers %2, qui n’est pas en https ; Berth ne suit les redirections que vers https</translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2 bytes</source>
        <translation>la connexion s’est fermée après %1 octets sur %2</translation>
    </message>
    <message>
        <source>%1 is not the pinned file: its SHA-256 is %2, the pin (binaries.sha256) says %3; the file was discarded</source>
        <translation>%1 n’est pas le fichier attendu : son SHA-256 est %2, l’empreinte (binaries.sha256) indique %3 ; le fichier a été supprimé</translation>
    </message>
    <message>
        <source>the name %1 was not found: check the URL, the DNS settings or the proxy</source>
        <translation>le nom %1 est introuvable : vérifiez l’URL, les réglages DNS ou le proxy</translation>
    </message>
    <message>
        <source>the TLS connection to %1 failed: %2</source>
        <translation>la connexion TLS vers %1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1 answered %2 %3 for %4</source>
        <translation>%1 a répondu %2 %3 pour %4</translation>
    </message>
    <message>
        <source>%1 answered %2 %3 (a server error)</source>
        <translation>%1 a répondu %2 %3 (une erreur du serveur)</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2</source>
        <translation>%1 a refusé la connexion sur le port %2</translation>
    </message>
    <message>
        <source>no data from %1 for %2 s</source>
        <translation>aucune donnée de %1 depuis %2 s</translation>
    </message>
    <message>
        <source>%1 (after %2 tries)</source>
        <translation>%1 (après %2 essais)</translation>
    </message>
    <message>
        <source>cancelled; nothing was kept</source>
        <translation>annulé ; rien n’a été conservé</translation>
    </message>
</context>
<context>
    <name>FieldRules</name>
    <message>
        <source>%1 is not a port (1-65535)</source>
        <translation>%1 n’est pas un port (1-65535)</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 or IPv6 address</source>
        <translation>%1 n’est pas une adresse IPv4 ou IPv6</translation>
    </message>
    <message>
        <source>%1 is neither an IP address nor a DNS name</source>
        <translation>%1 n’est ni une adresse IP ni un nom DNS</translation>
    </message>
    <message>
        <source>a path is required</source>
        <translation>un chemin est requis</translation>
    </message>
    <message>
        <source>%1 is not a full Windows path (like C:\folder\file)</source>
        <translation>%1 n’est pas un chemin Windows complet (comme C:\dossier\fichier)</translation>
    </message>
    <message>
        <source>%1 is longer than Windows allows (259 characters)</source>
        <translation>%1 est plus long que ce que Windows permet (259 caractères)</translation>
    </message>
    <message>
        <source>%1 contains %, which cmd.exe would expand as a variable</source>
        <translation>%1 contient %, que cmd.exe développerait comme une variable</translation>
    </message>
    <message>
        <source>%1 contains a control character</source>
        <translation>%1 contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>%1 has an empty folder name (\\ or a trailing \)</source>
        <translation>%1 a un nom de dossier vide (\\ ou un \ final)</translation>
    </message>
    <message>
        <source>%1 contains %2, which Windows does not allow in a name</source>
        <translation>%1 contient %2, que Windows n’autorise pas dans un nom</translation>
    </message>
    <message>
        <source>%1: the name %2 ends with a space or a dot, which Windows drops</source>
        <translation>%1 : le nom %2 se termine par une espace ou un point, que Windows supprime</translation>
    </message>
    <message>
        <source>%1: %2 is a device name Windows reserves</source>
        <translation>%1 : %2 est un nom de périphérique réservé par Windows</translation>
    </message>
    <message>
        <source>a name is required</source>
        <translation>un nom est requis</translation>
    </message>
    <message>
        <source>%1 is longer than 256 characters</source>
        <translation>%1 dépasse 256 caractères</translation>
    </message>
    <message>
        <source>%1 contains %2, which a service name cannot hold</source>
        <translation>%1 contient %2, qu’un nom de service ne peut pas contenir</translation>
    </message>
    <message>
        <source>%1 starts or ends with a space</source>
        <translation>%1 commence ou se termine par une espace</translation>
    </message>
    <message>
        <source>%1: the part before \ must be a domain or computer name</source>
        <translation>%1 : la partie avant \ doit être un nom de domaine ou d’ordinateur</translation>
    </message>
    <message>
        <source>%1: a group name has 1 to 256 characters</source>
        <translation>%1 : un nom de groupe a de 1 à 256 caractères</translation>
    </message>
    <message>
        <source>%1 contains %2, which a Windows group name cannot hold</source>
        <translation>%1 contient %2, qu’un nom de groupe Windows ne peut pas contenir</translation>
    </message>
    <message>
        <source>%1: a group name cannot be only dots and spaces</source>
        <translation>%1 : un nom de groupe ne peut pas être fait que de points et d’espaces</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>une valeur est requise</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>plus de %1 caractères</translation>
    </message>
    <message>
        <source>contains a control character or a line break</source>
        <translation>contient un caractère de contrôle ou un saut de ligne</translation>
    </message>
    <message>
        <source>contains a double quote, which the service tools cannot pass on intact</source>
        <translation>contient un guillemet double, que les outils de service ne peuvent pas transmettre intact</translation>
    </message>
    <message>
        <source>longer than 8000 characters</source>
        <translation>plus de 8000 caractères</translation>
    </message>
    <message>
        <source>has an unmatched double quote</source>
        <translation>a un guillemet double non fermé</translation>
    </message>
    <message>
        <source>a URL is required</source>
        <translation>une URL est requise</translation>
    </message>
    <message>
        <source>%1 is not a URL</source>
        <translation>%1 n’est pas une URL</translation>
    </message>
    <message>
        <source>%1 is plain http; use https or set download.allowHttp</source>
        <translation>%1 est en http simple ; utilisez https ou activez download.allowHttp</translation>
    </message>
    <message>
        <source>%1: only https (or http when allowed) can be downloaded</source>
        <translation>%1 : seul https (ou http s’il est autorisé) peut être téléchargé</translation>
    </message>
    <message>
        <source>%1 is not a proxy URL like http://proxy.example.com:3128</source>
        <translation>%1 n’est pas une URL de proxy comme http://proxy.example.com:3128</translation>
    </message>
    <message>
        <source>%1 is not a SHA-256 digest (64 hexadecimal digits)</source>
        <translation>%1 n’est pas une empreinte SHA-256 (64 chiffres hexadécimaux)</translation>
    </message>
    <message>
        <source>%1 is not a Docker version like 28.2.2</source>
        <translation>%1 n’est pas une version de Docker comme 28.2.2</translation>
    </message>
    <message>
        <source>%1 is not an address, subnet (10.0.0.0/8), range (a-b) or netsh keyword like LocalSubnet</source>
        <translation>%1 n’est ni une adresse, ni un sous-réseau (10.0.0.0/8), ni une plage (a-b), ni un mot-clé netsh comme LocalSubnet</translation>
    </message>
    <message>
        <source>a rule name is required</source>
        <translation>un nom de règle est requis</translation>
    </message>
    <message>
        <source>&quot;all&quot; means every rule to netsh and cannot name one</source>
        <translation>&quot;all&quot; désigne toutes les règles pour netsh et ne peut pas en nommer une</translation>
    </message>
    <message>
        <source>%1 contains a double quote or a control character</source>
        <translation>%1 contient un guillemet double ou un caractère de contrôle</translation>
    </message>
    <message>
        <source>longer than 255 characters</source>
        <translation>plus de 255 caractères</translation>
    </message>
    <message>
        <source>a file is required</source>
        <translation>un fichier est requis</translation>
    </message>
    <message>
        <source>%1 does not exist on this machine</source>
        <translation>%1 n’existe pas sur cette machine</translation>
    </message>
    <message>
        <source>%1 is not a file Berth can read</source>
        <translation>%1 n’est pas un fichier que Berth peut lire</translation>
    </message>
    <message>
        <source>%1 holds %2, which runDockerDaemon.cmd cannot carry (cmd.exe reads it in the host&apos;s code page); choose a name in plain ASCII</source>
        <translation>%1 contient %2, que runDockerDaemon.cmd ne peut pas porter (cmd.exe le lit dans la page de code de l’hôte) ; choisissez un nom en ASCII simple</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 ne fait pas partie de %2</translation>
    </message>
</context>
<context>
    <name>FileStep</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>supprimer %1</translation>
    </message>
    <message numerus="yes">
        <source>replace %1 (%n bytes)</source>
        <translation>
            <numerusform>remplacer %1 (%n octet)</numerusform>
            <numerusform>remplacer %1 (%n octets)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>create %1 (%n bytes)</source>
        <translation>
            <numerusform>créer %1 (%n octet)</numerusform>
            <numerusform>créer %1 (%n octets)</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot back up %1: %2</source>
        <translation>impossible de sauvegarder %1 : %2</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>impossible de supprimer %1</translation>
    </message>
</context>
<context>
    <name>FileWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2: %3</source>
        <translation>impossible de copier %1 vers %2 : %3</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
</context>
<context>
    <name>FirewallStep</name>
    <message>
        <source>Remove the rule as it stands</source>
        <translation>Supprimer la règle telle qu’elle est</translation>
    </message>
    <message>
        <source>Firewall rule</source>
        <translation>Règle de pare-feu</translation>
    </message>
</context>
<context>
    <name>HostFacts</name>
    <message>
        <source>Edition: %1, build %2</source>
        <translation>Édition : %1, build %2</translation>
    </message>
    <message>
        <source>not stated in the registry</source>
        <translation>non indiquée dans le registre</translation>
    </message>
    <message>
        <source>Berth is not running as administrator: start it with &quot;Run as administrator&quot;.</source>
        <translation>Berth ne s’exécute pas en administrateur : lancez-le avec &quot;Exécuter en tant qu’administrateur&quot;.</translation>
    </message>
    <message>
        <source>Containers feature: enabled</source>
        <translation>Fonctionnalité Conteneurs : activée</translation>
    </message>
    <message>
        <source>Containers feature: not found (no vmcompute service). Enable it with: %1 and restart the host.</source>
        <translation>Fonctionnalité Conteneurs : introuvable (pas de service vmcompute). Activez-la avec : %1 puis redémarrez l’hôte.</translation>
    </message>
    <message>
        <source>A service of that name exists; the apply changes only what differs.</source>
        <translation>Un service de ce nom existe ; l’application ne change que ce qui diffère.</translation>
    </message>
    <message>
        <source>No service of that name exists yet.</source>
        <translation>Aucun service de ce nom n’existe encore.</translation>
    </message>
    <message>
        <source>TCP %1 is already in use by another program: choose another tls.port or stop that program.</source>
        <translation>TCP %1 est déjà utilisé par un autre programme : choisissez un autre tls.port ou arrêtez ce programme.</translation>
    </message>
</context>
<context>
    <name>HostInspector</name>
    <message>
        <source>the service runs %1, which is not there</source>
        <translation>le service lance %1, qui n’existe pas</translation>
    </message>
    <message>
        <source>the log %1 is in a folder that does not exist</source>
        <translation>le journal %1 est dans un dossier qui n’existe pas</translation>
    </message>
    <message>
        <source>%1 is not there</source>
        <translation>%1 n’est pas là</translation>
    </message>
    <message>
        <source>the service %1 runs %2, which Berth does not manage</source>
        <translation>le service %1 lance %2, que Berth ne gère pas</translation>
    </message>
    <message>
        <source>%1 is neither the seed&apos;s script nor one Berth writes; an apply replaces it</source>
        <translation>%1 n’est ni le script de la procédure d’origine ni un script de Berth ; une application le remplace</translation>
    </message>
    <message>
        <source>tag.txt asks the script for its secure branch, but the certificates in %1 are missing</source>
        <translation>tag.txt demande la branche sécurisée du script, mais les certificats de %1 manquent</translation>
    </message>
    <message>
        <source>dockerd is set to use TLS, but the certificates in %1 are missing</source>
        <translation>dockerd doit utiliser TLS, mais les certificats de %1 manquent</translation>
    </message>
</context>
<context>
    <name>HostVerbs</name>
    <message>
        <source>Note: the answers say host.edition %1, the registry says %2.</source>
        <translation>Remarque : les réponses disent host.edition %1, le registre dit %2.</translation>
    </message>
    <message>
        <source>      done</source>
        <translation>      fait</translation>
    </message>
    <message>
        <source>      failed: %1</source>
        <translation>      échec : %1</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Nothing changes: the host is already as the answers say.</source>
        <translation>Rien ne change : l’hôte est déjà tel que le disent les réponses.</translation>
    </message>
    <message>
        <source>Would change (dry run, nothing was changed):</source>
        <translation>Changerait (essai à blanc, rien n’a été modifié) :</translation>
    </message>
    <message>
        <source>Replaced files were saved in %1.</source>
        <translation>Les fichiers remplacés ont été sauvegardés dans %1.</translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation>Appliqué.</translation>
    </message>
    <message>
        <source>No Docker service or scheduled task named %1 is on this host.</source>
        <translation>Cet hôte n’a ni service Docker ni tâche planifiée nommés %1.</translation>
    </message>
    <message>
        <source>No Docker is installed here: nothing to remove.</source>
        <translation>Docker n’est pas installé ici : rien à supprimer.</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Supprimé : %1</translation>
    </message>
    <message>
        <source>Kept: %1</source>
        <translation>Conservé : %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Would download %1</source>
        <translation>Téléchargerait %1</translation>
    </message>
    <message>
        <source>Downloading %1: %2</source>
        <translation>Téléchargement de %1 : %2</translation>
    </message>
    <message>
        <source>Would make new certificates for %1</source>
        <translation>Créerait de nouveaux certificats pour %1</translation>
    </message>
    <message>
        <source>tls.generate: Berth makes new certificates for this host; name a folder on this machine for the CA key and the client&apos;s files with --client-out DIR</source>
        <translation>tls.generate : Berth crée de nouveaux certificats pour cet hôte ; indiquez avec --client-out DOSSIER un dossier de cette machine pour la clé de l’autorité et les fichiers du client</translation>
    </message>
    <message>
        <source>Made new certificates; the CA key and the client&apos;s files are in %1 and stay off the host.</source>
        <translation>Nouveaux certificats créés ; la clé de l’autorité et les fichiers du client sont dans %1 et restent hors de l’hôte.</translation>
    </message>
    <message>
        <source>Check: Docker %1 (API %2) answers at %3.</source>
        <translation>Vérification : Docker %1 (API %2) répond à %3.</translation>
    </message>
    <message>
        <source>Check: the daemon does not answer at %1 yet: %2</source>
        <translation>Vérification : le démon ne répond pas encore à %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not there (yet): the service has not written its log</source>
        <translation>%1 n’est pas (encore) là : le service n’a pas écrit son journal</translation>
    </message>
</context>
<context>
    <name>KeyPermissionsStep</name>
    <message>
        <source>Only SYSTEM and Administrators may read the key</source>
        <translation>Seuls SYSTEM et les administrateurs peuvent lire la clé</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>exécuter %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>Protect the server key</source>
        <translation>Protéger la clé du serveur</translation>
    </message>
</context>
<context>
    <name>LocalArchive</name>
    <message>
        <source>%1 is larger than %2 MiB</source>
        <translation>%1 dépasse %2 Mio</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 holds no %2</source>
        <translation>%1 ne contient pas de %2</translation>
    </message>
    <message>
        <source>%1 is not a zip, and no docker.exe stands beside it</source>
        <translation>%1 n’est pas un zip, et aucun docker.exe ne se trouve à côté</translation>
    </message>
</context>
<context>
    <name>NativeServiceStep</name>
    <message>
        <source>a service named %1 exists and is not dockerd&apos;s own (ImagePath %2); &quot;berth uninstall&quot; removes it, or choose another service.name</source>
        <translation>un service nommé %1 existe et n’est pas celui de dockerd (ImagePath %2) ; &quot;berth uninstall&quot; le supprime, ou choisissez un autre service.name</translation>
    </message>
    <message>
        <source>Register dockerd as a service</source>
        <translation>Inscrire dockerd comme service</translation>
    </message>
</context>
<context>
    <name>NssmServiceStep</name>
    <message>
        <source>a service named %1 exists and NSSM does not run it (ImagePath %2); &quot;berth uninstall&quot; removes it, or choose another service.name</source>
        <translation>un service nommé %1 existe et NSSM ne l’exécute pas (ImagePath %2) ; &quot;berth uninstall&quot; le supprime, ou choisissez un autre service.name</translation>
    </message>
    <message>
        <source>Register the service with NSSM</source>
        <translation>Inscrire le service avec NSSM</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Docker binaries</source>
        <translation>Binaires Docker</translation>
    </message>
    <message>
        <source>NSSM</source>
        <translation>NSSM</translation>
    </message>
    <message>
        <source>Daemon start script</source>
        <translation>Script de démarrage du démon</translation>
    </message>
    <message>
        <source>Daemon configuration</source>
        <translation>Configuration du démon</translation>
    </message>
    <message>
        <source>Server certificates</source>
        <translation>Certificats du serveur</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Pare-feu</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrage</translation>
    </message>
</context>
<context>
    <name>PlanStep</name>
    <message>
        <source>%1: get %2 from %3 into %4</source>
        <translation>%1 : récupérer %2 depuis %3 dans %4</translation>
    </message>
    <message numerus="yes">
        <source>%1: write %2 (%n bytes)</source>
        <translation>
            <numerusform>%1 : écrire %2 (%n octet)</numerusform>
            <numerusform>%1 : écrire %2 (%n octets)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: install %2</source>
        <translation>%1 : installer %2</translation>
    </message>
    <message>
        <source>%1: run %2</source>
        <translation>%1 : exécuter %2</translation>
    </message>
</context>
<context>
    <name>ScheduledTaskStep</name>
    <message>
        <source>Remove the scheduled task</source>
        <translation>Supprimer la tâche planifiée</translation>
    </message>
    <message>
        <source>cannot back up the task %1: %2</source>
        <translation>impossible de sauvegarder la tâche %1 : %2</translation>
    </message>
    <message>
        <source>Register the earlier task again</source>
        <translation>Réinscrire la tâche précédente</translation>
    </message>
    <message>
        <source>Register the scheduled task</source>
        <translation>Inscrire la tâche planifiée</translation>
    </message>
</context>
<context>
    <name>ServiceCommands</name>
    <message>
        <source>Application tab: Service name and Path</source>
        <translation>Onglet Application : nom du service et chemin</translation>
    </message>
    <message>
        <source>Application tab: Startup directory</source>
        <translation>Onglet Application : répertoire de démarrage</translation>
    </message>
    <message>
        <source>Application tab: Arguments</source>
        <translation>Onglet Application : arguments</translation>
    </message>
    <message>
        <source>Details tab: Display name</source>
        <translation>Onglet Details : nom d’affichage</translation>
    </message>
    <message>
        <source>Details tab: no Description</source>
        <translation>Onglet Details : pas de description</translation>
    </message>
    <message>
        <source>Details tab: Description</source>
        <translation>Onglet Details : description</translation>
    </message>
    <message>
        <source>Details tab: Startup type</source>
        <translation>Onglet Details : type de démarrage</translation>
    </message>
    <message>
        <source>I/O tab: Output (stdout)</source>
        <translation>Onglet I/O : sortie (stdout)</translation>
    </message>
    <message>
        <source>I/O tab: Error (stderr)</source>
        <translation>Onglet I/O : erreurs (stderr)</translation>
    </message>
    <message>
        <source>Start without a console window</source>
        <translation>Démarrer sans fenêtre de console</translation>
    </message>
    <message>
        <source>Start after the console driver (Server 2016)</source>
        <translation>Démarrer après le pilote de console (Server 2016)</translation>
    </message>
    <message>
        <source>Register dockerd as a Windows service</source>
        <translation>Inscrire dockerd comme service Windows</translation>
    </message>
    <message>
        <source>Display name and startup type</source>
        <translation>Nom d’affichage et type de démarrage</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Scheduled task that starts Docker at boot, as SYSTEM, highest run level</source>
        <translation>Tâche planifiée qui démarre Docker au démarrage, en tant que SYSTEM, au niveau d’exécution le plus élevé</translation>
    </message>
    <message>
        <source>Start the scheduled task</source>
        <translation>Démarrer la tâche planifiée</translation>
    </message>
    <message>
        <source>Start the service</source>
        <translation>Démarrer le service</translation>
    </message>
    <message>
        <source>Stop the scheduled task</source>
        <translation>Arrêter la tâche planifiée</translation>
    </message>
    <message>
        <source>Stop the service</source>
        <translation>Arrêter le service</translation>
    </message>
    <message>
        <source>Allow remote Docker management on TCP %1</source>
        <translation>Autoriser la gestion Docker à distance sur TCP %1</translation>
    </message>
    <message>
        <source>Remove the firewall rule</source>
        <translation>Supprimer la règle de pare-feu</translation>
    </message>
    <message>
        <source>Remove docker.exe</source>
        <translation>Supprimer docker.exe</translation>
    </message>
    <message>
        <source>Unregister the scheduled task</source>
        <translation>Désinscrire la tâche planifiée</translation>
    </message>
    <message>
        <source>Remove the service</source>
        <translation>Supprimer le service</translation>
    </message>
</context>
<context>
    <name>ServiceControl</name>
    <message>
        <source>not installed</source>
        <translation>non installé</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>en démarrage</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>en arrêt</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours d’exécution</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>service %1 started but did not keep running: it is %2</source>
        <translation>le service %1 a démarré mais ne s’est pas maintenu : il est %2</translation>
    </message>
    <message>
        <source>service %1 did not reach running: it is %2 (sc.exe start: %3)</source>
        <translation>le service %1 n’a pas atteint l’exécution : il est %2 (sc.exe start : %3)</translation>
    </message>
    <message>
        <source>service %1 did not stop: it is %2 (sc.exe stop: %3)</source>
        <translation>le service %1 ne s’est pas arrêté : il est %2 (sc.exe stop : %3)</translation>
    </message>
</context>
<context>
    <name>ServiceRunStep</name>
    <message>
        <source>Stop Docker</source>
        <translation>Arrêter Docker</translation>
    </message>
    <message>
        <source>Start Docker</source>
        <translation>Démarrer Docker</translation>
    </message>
    <message>
        <source>stop the running service</source>
        <translation>arrêter le service en cours</translation>
    </message>
    <message>
        <source>start the service again with the new settings</source>
        <translation>redémarrer le service avec les nouveaux réglages</translation>
    </message>
    <message>
        <source>start the service</source>
        <translation>démarrer le service</translation>
    </message>
    <message>
        <source>start the service, which is not running</source>
        <translation>démarrer le service, qui ne tourne pas</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>; the daemon&apos;s last words: %1</source>
        <translation> ; derniers mots du démon : %1</translation>
    </message>
</context>
<context>
    <name>TlsVerbs</name>
    <message>
        <source>PowerShell:</source>
        <translation>PowerShell :</translation>
    </message>
    <message>
        <source>cmd:</source>
        <translation>cmd :</translation>
    </message>
    <message>
        <source>sh:</source>
        <translation>sh :</translation>
    </message>
    <message>
        <source>--out: name the folder for the files</source>
        <translation>--out : indiquez le dossier des fichiers</translation>
    </message>
    <message>
        <source>--days: %1 is not a number of days from 1 to 36500</source>
        <translation>--days : %1 n’est pas un nombre de jours de 1 à 36500</translation>
    </message>
    <message>
        <source>--key: %1 is not rsa4096 or ecdsa-p256</source>
        <translation>--key : %1 n’est ni rsa4096 ni ecdsa-p256</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Made in %1: ca.pem, ca-key.pem, server-cert.pem, server-key.pem, cert.pem, key.pem.</source>
        <translation>Créés dans %1 : ca.pem, ca-key.pem, server-cert.pem, server-key.pem, cert.pem, key.pem.</translation>
    </message>
    <message>
        <source>server-cert.pem, server-key.pem and ca.pem go to the host; keep ca-key.pem and key.pem off it.</source>
        <translation>server-cert.pem, server-key.pem et ca.pem vont sur l’hôte ; gardez ca-key.pem et key.pem hors de lui.</translation>
    </message>
    <message>
        <source>Docker %1 (API %2) on %3 answers at %4</source>
        <translation>Docker %1 (API %2) sur %3 répond à %4</translation>
    </message>
    <message>
        <source>docker context %1 points at %2: docker --context %1 version</source>
        <translation>le contexte docker %1 pointe vers %2 : docker --context %1 version</translation>
    </message>
    <message>
        <source>docker context %1 could not be made; use the lines above</source>
        <translation>le contexte docker %1 n’a pas pu être créé ; utilisez les lignes ci-dessus</translation>
    </message>
    <message>
        <source>--san: name at least one DNS name or address that clients use to reach the host (this machine: %1)</source>
        <translation>--san : indiquez au moins un nom DNS ou une adresse par lesquels les clients joignent l’hôte (cette machine : %1)</translation>
    </message>
    <message>
        <source>cannot write %1 (zip error %2)</source>
        <translation>impossible d’écrire %1 (erreur zip %2)</translation>
    </message>
    <message>
        <source>cannot put %1 into %2</source>
        <translation>impossible de mettre %1 dans %2</translation>
    </message>
    <message>
        <source>The client&apos;s ca.pem, cert.pem and key.pem are also in %1.</source>
        <translation>Les ca.pem, cert.pem et key.pem du client sont aussi dans %1.</translation>
    </message>
</context>
<context>
    <name>Uninstaller</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>impossible de supprimer %1</translation>
    </message>
    <message>
        <source>the scheduled task %1</source>
        <translation>la tâche planifiée %1</translation>
    </message>
    <message>
        <source>the service %1</source>
        <translation>le service %1</translation>
    </message>
    <message>
        <source>the firewall rule &quot;%1&quot;</source>
        <translation>la règle de pare-feu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 (other services may use it)</source>
        <translation>%1 (d’autres services peuvent l’utiliser)</translation>
    </message>
    <message>
        <source>%1 (data)</source>
        <translation>%1 (données)</translation>
    </message>
    <message>
        <source>%1 (certificates)</source>
        <translation>%1 (certificats)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Berth</source>
        <translation>Bienvenue dans Berth</translation>
    </message>
    <message>
        <source>Berth installs, configures, reconfigures and removes the Docker engine on this Windows host.</source>
        <translation>Berth installe, configure, reconfigure et supprime le moteur Docker sur cet hôte Windows.</translation>
    </message>
    <message>
        <source>Prerequisites: the Containers feature, Hyper-V, an existing Docker service, the port</source>
        <translation>Prérequis : la fonctionnalité Conteneurs, Hyper-V, un service Docker existant, le port</translation>
    </message>
    <message>
        <source>Binaries: where dockerd.exe and docker.exe come from</source>
        <translation>Binaires : d’où viennent dockerd.exe et docker.exe</translation>
    </message>
    <message>
        <source>Service manager: NSSM, the native dockerd service, or a scheduled task</source>
        <translation>Gestionnaire de service : NSSM, le service natif de dockerd ou une tâche planifiée</translation>
    </message>
    <message>
        <source>Application, Details and I/O: the fields of NSSM&apos;s tabs</source>
        <translation>Application, Details et I/O : les champs des onglets de NSSM</translation>
    </message>
    <message>
        <source>TLS: remote access with certificates</source>
        <translation>TLS : accès distant avec certificats</translation>
    </message>
    <message>
        <source>Runtime: isolation, named pipe group, debug logging</source>
        <translation>Exécution : isolation, groupe du canal nommé, journal de débogage</translation>
    </message>
    <message>
        <source>Firewall: the rule for the remote port</source>
        <translation>Pare-feu : la règle pour le port distant</translation>
    </message>
    <message>
        <source>Summary, Apply and the live daemon.log</source>
        <translation>Résumé, application et le daemon.log en direct</translation>
    </message>
    <message>
        <source>The pages that follow:</source>
        <translation>Les pages qui suivent :</translation>
    </message>
</context>
<context>
    <name>WindowsHost</name>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 n’a pas pu être lancé : %2</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 seconds</source>
        <translation>%1 ne s’est pas terminé en %2 secondes</translation>
    </message>
    <message>
        <source>exit code %1%2</source>
        <translation>code de sortie %1%2</translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <source>it is a symbolic link</source>
        <translation>c’est un lien symbolique</translation>
    </message>
    <message>
        <source>its name is absolute</source>
        <translation>son nom est absolu</translation>
    </message>
    <message>
        <source>its name climbs out with &quot;..&quot;</source>
        <translation>son nom sort du dossier par &quot;..&quot;</translation>
    </message>
    <message>
        <source>its name leaves the folder</source>
        <translation>son nom sort du dossier</translation>
    </message>
    <message>
        <source>%1 is not a zip file Berth can read: it is damaged, cut short or of another kind (zip error %2)</source>
        <translation>%1 n’est pas un fichier zip lisible par Berth : il est endommagé, tronqué ou d’un autre type (erreur zip %2)</translation>
    </message>
    <message>
        <source>%1 has an entry Berth cannot read: the zip is damaged</source>
        <translation>%1 a une entrée que Berth ne peut pas lire : le zip est endommagé</translation>
    </message>
    <message>
        <source>%1 is refused: the entry &quot;%2&quot; cannot be taken out safely (%3)</source>
        <translation>%1 est refusé : l’entrée &quot;%2&quot; ne peut pas être extraite sans risque (%3)</translation>
    </message>
    <message>
        <source>%1 is refused: &quot;%2&quot; would make it larger than Berth takes (%3 MiB an entry, %4 MiB in all)</source>
        <translation>%1 est refusé : &quot;%2&quot; le rendrait plus grand que ce que Berth accepte (%3 Mio par entrée, %4 Mio en tout)</translation>
    </message>
    <message>
        <source>%1 is damaged or cut short (zip error %2)</source>
        <translation>%1 est endommagé ou tronqué (erreur zip %2)</translation>
    </message>
    <message>
        <source>%1 holds no %2</source>
        <translation>%1 ne contient pas de %2</translation>
    </message>
    <message>
        <source>cannot read %1 in %2 (zip error %3)</source>
        <translation>impossible de lire %1 dans %2 (erreur zip %3)</translation>
    </message>
    <message>
        <source>%1 in %2 is damaged or cut short</source>
        <translation>%1 dans %2 est endommagé ou tronqué</translation>
    </message>
    <message>
        <source>%1 in %2 is larger than its header says</source>
        <translation>%1 dans %2 est plus grand que ne l’indique son en-tête</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 in %2 is damaged: its checksum does not match</source>
        <translation>%1 dans %2 est endommagé : sa somme de contrôle ne correspond pas</translation>
    </message>
    <message>
        <source>%1 would leave %2</source>
        <translation>%1 sortirait de %2</translation>
    </message>
</context>
</TS>
