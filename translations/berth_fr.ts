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
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>given more than once in %1; say it once, so that it is clear which counts</source>
        <translation>donné plusieurs fois dans %1 ; ne le donnez qu’une fois, pour qu’il soit clair lequel compte</translation>
    </message>
</context>
<context>
    <name>AnswersPage</name>
    <message>
        <source>Problems on this page</source>
        <translation>Problèmes sur cette page</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>Problème avec %1</translation>
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
    <message>
        <source>a pin proves one file: pin the two downloads with binaries.dockerdSha256 and binaries.dockerSha256</source>
        <translation>une empreinte prouve un seul fichier : fixez les deux téléchargements avec binaries.dockerdSha256 et binaries.dockerSha256</translation>
    </message>
    <message>
        <source>%1 is a whole drive; name a folder on it (%2), which Docker&apos;s data has to itself</source>
        <translation>%1 est un lecteur entier ; indiquez un dossier sur ce lecteur (%2), réservé aux données de Docker</translation>
    </message>
    <message>
        <source>%1 is not a number of seconds from 10 to 3600</source>
        <translation>%1 n&apos;est pas un nombre de secondes de 10 à 3600</translation>
    </message>
    <message>
        <source>members of %1 can become administrators of this host: whoever may use the daemon&apos;s named pipe may start containers that mount the host&apos;s drives, and the daemon runs as SYSTEM</source>
        <translation>les membres de %1 peuvent devenir administrateurs de cet hôte : qui peut utiliser le canal nommé du démon peut démarrer des conteneurs qui montent les lecteurs de l’hôte, et le démon s’exécute en tant que SYSTEM</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds one of [ ] * ?, which PowerShell&apos;s task cmdlets read as a wildcard; a task&apos;s name has none</source>
        <translation>&quot;%1&quot; contient l&apos;un de [ ] * ?, que les cmdlets de tâches de PowerShell lisent comme un caractère générique ; le nom d&apos;une tâche n&apos;en contient aucun</translation>
    </message>
</context>
<context>
    <name>ApplicationPage</name>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>NSSM&apos;s Application tab: the program the service runs.</source>
        <translation>L’onglet Application de NSSM : le programme que le service exécute.</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Chemin :</translation>
    </message>
    <message>
        <source>The program the service starts. The manual procedure runs cmd.exe, which runs runDockerDaemon.cmd, so that the script&apos;s output lands in daemon.log.</source>
        <translation>Le programme que le service démarre. La procédure manuelle lance cmd.exe, qui exécute runDockerDaemon.cmd, pour que la sortie du script aille dans daemon.log.</translation>
    </message>
    <message>
        <source>&amp;Startup directory:</source>
        <translation>&amp;Dossier de démarrage :</translation>
    </message>
    <message>
        <source>The folder the program starts in.</source>
        <translation>Le dossier dans lequel le programme démarre.</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>&amp;Arguments :</translation>
    </message>
    <message>
        <source>What the program is given. &quot;/s /c ... &lt; nul&quot; runs the script once and gives it no keyboard input.</source>
        <translation>Ce que le programme reçoit. « /s /c ... &lt; nul » exécute le script une fois, sans entrée clavier.</translation>
    </message>
    <message>
        <source>Service &amp;name:</source>
        <translation>&amp;Nom du service :</translation>
    </message>
    <message>
        <source>The name Windows knows the service by: sc.exe, services.msc and &quot;net start&quot; use it.</source>
        <translation>Le nom sous lequel Windows connaît le service : sc.exe, services.msc et « net start » l’utilisent.</translation>
    </message>
    <message>
        <source>dockerd.exe registers itself under this name.</source>
        <translation>dockerd.exe s’enregistre sous ce nom.</translation>
    </message>
    <message>
        <source>The scheduled task takes this name.</source>
        <translation>La tâche planifiée prend ce nom.</translation>
    </message>
</context>
<context>
    <name>ApplyContext</name>
    <message>
        <source>%1 (%2, from: %3)</source>
        <translation>%1 (%2, depuis : %3)</translation>
    </message>
</context>
<context>
    <name>ApplyJob</name>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Would download %1</source>
        <translation>Téléchargerait %1</translation>
    </message>
    <message>
        <source>Note: the answers say host.edition %1, the registry says %2.</source>
        <translation>Remarque : les réponses disent host.edition %1, le registre dit %2.</translation>
    </message>
    <message>
        <source>Cancelled before anything on the host changed.</source>
        <translation>Annulé avant que quoi que ce soit ne change sur l’hôte.</translation>
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
        <source>Check: Docker %1 (API %2) answers at %3.</source>
        <translation>Vérification : Docker %1 (API %2) répond à %3.</translation>
    </message>
    <message>
        <source>Check: the daemon does not answer at %1 yet: %2</source>
        <translation>Vérification : le démon ne répond pas encore à %1 : %2</translation>
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
        <source>The interrupted apply had nothing left to do; its journal was removed.</source>
        <translation>L’application interrompue n’avait plus rien à faire ; son journal a été supprimé.</translation>
    </message>
    <message>
        <source>The interrupted apply&apos;s journal was removed with the rest.</source>
        <translation>Le journal de l’application interrompue a été supprimé avec le reste.</translation>
    </message>
    <message>
        <source>Installed: Docker %1 (%2).</source>
        <translation>Installé : Docker %1 (%2).</translation>
    </message>
    <message>
        <source>Offered by %1: newest %2.</source>
        <translation>Proposé par %1 : la plus récente est %2.</translation>
    </message>
    <message>
        <source>No release is newer than the installed one.</source>
        <translation>Aucune version n’est plus récente que celle installée.</translation>
    </message>
    <message>
        <source>Newer than the installed one: %1.</source>
        <translation>Plus récentes que celle installée : %1.</translation>
    </message>
    <message>
        <source>Docker is already at %1: nothing to change.</source>
        <translation>Docker est déjà en %1 : rien à changer.</translation>
    </message>
    <message>
        <source>Going back from %1 to %2, as asked.</source>
        <translation>Retour de %1 à %2, comme demandé.</translation>
    </message>
    <message>
        <source>Upgrading from %1 to %2.</source>
        <translation>Mise à jour de %1 vers %2.</translation>
    </message>
    <message>
        <source>Would then stop the service, replace dockerd.exe and docker.exe in %1, start it and check it (dry run, nothing was changed).</source>
        <translation>Arrêterait ensuite le service, remplacerait dockerd.exe et docker.exe dans %1, le démarrerait et le vérifierait (essai à blanc, rien n’a été modifié).</translation>
    </message>
    <message>
        <source>Docker is now %1 (was %2). The old dockerd.exe and docker.exe are in %3.</source>
        <translation>Docker est maintenant en %1 (était %2). Les anciens dockerd.exe et docker.exe sont dans %3.</translation>
    </message>
    <message>
        <source>the client&apos;s certificates: give either --cert-dir or --certs-zip</source>
        <translation>les certificats du client : indiquez soit --cert-dir, soit --certs-zip</translation>
    </message>
    <message>
        <source>Nothing changes: %1</source>
        <translation>Rien ne change : %1</translation>
    </message>
    <message>
        <source>this computer is already set up to manage %1.</source>
        <translation>cet ordinateur est déjà configuré pour gérer %1.</translation>
    </message>
    <message>
        <source>This computer now manages %1: DOCKER_HOST, DOCKER_TLS_VERIFY and DOCKER_CERT_PATH are set for this user and the client&apos;s files are in %2. Command windows opened from now on see them.</source>
        <translation>Cet ordinateur gère désormais %1 : DOCKER_HOST, DOCKER_TLS_VERIFY et DOCKER_CERT_PATH sont définies pour cet utilisateur et les fichiers du client sont dans %2. Les invites de commandes ouvertes à partir de maintenant les voient.</translation>
    </message>
    <message>
        <source>The docker CLI is %1, on this user&apos;s Path.</source>
        <translation>La CLI docker est %1, dans le Path de cet utilisateur.</translation>
    </message>
    <message>
        <source>The docker CLI is %1, on every user&apos;s Path.</source>
        <translation>La CLI docker est %1, dans le Path de tous les utilisateurs.</translation>
    </message>
    <message>
        <source>What was replaced is kept in %1; berth client --remove puts it back.</source>
        <translation>Ce qui a été remplacé est conservé dans %1 ; berth client --remove le remet en place.</translation>
    </message>
    <message>
        <source>Check: Docker %1 (API %2, %3) answers at %4.</source>
        <translation>Vérification : Docker %1 (API %2, %3) répond à %4.</translation>
    </message>
    <message>
        <source>Check: the daemon does not answer at %1: %2. The set-up stays; berth probe asks again.</source>
        <translation>Vérification : le démon ne répond pas à %1 : %2. La configuration reste ; berth probe interroge à nouveau.</translation>
    </message>
    <message>
        <source>Berth has not set up this computer to manage a Docker host (%1 is not there): nothing to remove.</source>
        <translation>Berth n’a pas configuré cet ordinateur pour gérer un hôte Docker (%1 est absent) : rien à retirer.</translation>
    </message>
    <message>
        <source>the set-up is already gone.</source>
        <translation>la configuration est déjà retirée.</translation>
    </message>
    <message>
        <source>This computer no longer manages %1: what the set-up replaced is back, what it added is gone.</source>
        <translation>Cet ordinateur ne gère plus %1 : ce que la configuration avait remplacé est remis, ce qu’elle avait ajouté est retiré.</translation>
    </message>
    <message>
        <source>placing docker.exe in %1 needs administrator rights. %2</source>
        <translation>placer docker.exe dans %1 demande les droits d’administrateur. %2</translation>
    </message>
    <message>
        <source>--all-users changes the machine&apos;s Path, which needs administrator rights. %1</source>
        <translation>--all-users modifie le Path de la machine, ce qui demande les droits d’administrateur. %1</translation>
    </message>
    <message>
        <source>Check: %1 speaks the Engine API up to %2, and Docker %3 takes clients from API %4 on: its commands will be refused until a docker.exe of %5 or later is placed (binaries.version).</source>
        <translation>Vérification : %1 parle l’API Engine jusqu’à %2, et Docker %3 n’accepte les clients qu’à partir de l’API %4 : ses commandes seront refusées tant qu’un docker.exe %5 ou plus récent n’est pas placé (binaries.version).</translation>
    </message>
    <message>
        <source>Note: %1 is on the machine&apos;s Path, which Windows puts before this user&apos;s: `docker` runs that one, not %2. Run %2 by its full name, or take %3 out of the machine&apos;s Path.</source>
        <translation>Remarque : %1 est dans le Path de l’ordinateur, que Windows place avant celui de cet utilisateur : `docker` lance celui-là, pas %2. Lancez %2 par son nom complet, ou retirez %3 du Path de l’ordinateur.</translation>
    </message>
    <message>
        <source>Berth runs as %1, but %2 is signed in to this session: the client set-up goes into the profile, the environment and the docker settings of the user who runs it, so it would be %1&apos;s, not %2&apos;s. As %2, run berth client from a prompt that is not elevated (with binaries.source keep once an administrator has placed docker.exe), or sign in as %1.</source>
        <translation>Berth s’exécute en tant que %1, mais %2 est connecté à cette session : la configuration du client va dans le profil, l’environnement et les réglages docker de l’utilisateur qui l’exécute ; elle serait donc celle de %1, pas celle de %2. En tant que %2, lancez berth client depuis une invite non élevée (avec binaries.source keep une fois qu’un administrateur a placé docker.exe), ou connectez-vous en tant que %1.</translation>
    </message>
    <message>
        <source>Would enable the Windows feature %1 (dism.exe); Docker would start after Windows restarts.</source>
        <translation>Activerait la fonctionnalité Windows %1 (dism.exe) ; Docker démarrerait après le redémarrage de Windows.</translation>
    </message>
    <message>
        <source>After the restart, Docker does not answer: %1</source>
        <translation>Après le redémarrage, Docker ne répond pas : %1</translation>
    </message>
    <message>
        <source>After the restart, Docker %1 answers on its named pipe.</source>
        <translation>Après le redémarrage, Docker %1 répond sur son canal nommé.</translation>
    </message>
    <message>
        <source>Docker is set up and starts once Windows has restarted, which completes %1.</source>
        <translation>Docker est installé et démarrera une fois Windows redémarré, ce qui achève %1.</translation>
    </message>
    <message>
        <source>This Berth does not run on that Windows, so it cannot finish there by itself after a restart.</source>
        <translation>Ce Berth ne s’exécute pas sur ce Windows : il ne peut pas y terminer seul après un redémarrage.</translation>
    </message>
    <message>
        <source>Restart Windows, then run berth recover there: it starts Docker and checks that the daemon answers.</source>
        <translation>Redémarrez Windows, puis lancez-y berth recover : il démarre Docker et vérifie que le démon répond.</translation>
    </message>
    <message>
        <source>Docker is now %1. The binaries it replaced are in %2.</source>
        <translation>Docker est maintenant en %1. Les binaires remplacés sont dans %2.</translation>
    </message>
    <message>
        <source>the interrupted upgrade&apos;s journal names no downloaded file to finish with</source>
        <translation>le journal de la mise à jour interrompue ne nomme aucun fichier téléchargé avec lequel la terminer</translation>
    </message>
    <message>
        <source>The files the interrupted upgrade replaced are kept in %1.</source>
        <translation>Les fichiers que la mise à jour interrompue a remplacés sont conservés dans %1.</translation>
    </message>
</context>
<context>
    <name>ApplyJournal</name>
    <message>
        <source>An apply on this host did not end, and its journal cannot be used: %1.</source>
        <translation>Une application sur cet hôte ne s’est pas terminée, et son journal est inutilisable : %1.</translation>
    </message>
    <message>
        <source>An apply started on %1 was interrupted before its first step; berth recover finishes it.</source>
        <translation>Une application commencée le %1 a été interrompue avant sa première étape ; berth recover la termine.</translation>
    </message>
    <message>
        <source>An apply started on %1 was interrupted during &quot;%2&quot;; berth recover finishes it (the files it replaced are in %3).</source>
        <translation>Une application commencée le %1 a été interrompue pendant « %2 » ; berth recover la termine (les fichiers qu’elle a remplacés sont dans %3).</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1\Journal is not a journal Berth wrote</source>
        <translation>%1\Journal n’est pas un journal écrit par Berth</translation>
    </message>
    <message>
        <source>An apply started on %1 waits for Windows to restart and finish enabling %2; after the restart, berth recover finishes it (Berth runs it by itself when it restarted the host).</source>
        <translation>Une application commencée le %1 attend que Windows redémarre et achève l’activation de %2 ; après le redémarrage, berth recover la termine (Berth le lance lui-même s’il a redémarré l’hôte).</translation>
    </message>
    <message>
        <source>An upgrade to Docker %1 started on %2 was interrupted before its first step; berth recover finishes it.</source>
        <translation>Une mise à jour vers Docker %1 commencée le %2 a été interrompue avant sa première étape ; berth recover la termine.</translation>
    </message>
    <message>
        <source>An upgrade to Docker %1 started on %2 was interrupted during &quot;%3&quot;; berth recover finishes it (the files it replaced are in %4).</source>
        <translation>Une mise à jour vers Docker %1 commencée le %2 a été interrompue pendant &quot;%3&quot; ; berth recover la termine (les fichiers remplacés sont dans %4).</translation>
    </message>
</context>
<context>
    <name>ApplyPage</name>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Each step with its state. A failed step undoes every step before it.</source>
        <translation>Chaque étape avec son état. Une étape en échec annule toutes les étapes précédentes.</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progression du téléchargement</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&amp;Stop and undo</source>
        <translation>&amp;Arrêter et annuler</translation>
    </message>
    <message>
        <source>Stops the download or the next step and puts back everything changed so far.</source>
        <translation>Arrête le téléchargement ou l’étape suivante et remet en place tout ce qui a été modifié jusque-là.</translation>
    </message>
    <message>
        <source>Removing Docker</source>
        <translation>Suppression de Docker</translation>
    </message>
    <message>
        <source>Making the bundle</source>
        <translation>Création du paquet</translation>
    </message>
    <message>
        <source>Applying</source>
        <translation>Application en cours</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Stopping; what was changed is being put back ...</source>
        <translation>Arrêt en cours ; ce qui a été modifié est remis en place ...</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>[%1/%2] %3: running ...</source>
        <translation>[%1/%2] %3 : en cours ...</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1 : terminé</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1 : échec : %2</translation>
    </message>
    <message>
        <source>Downloading %1: %2</source>
        <translation>Téléchargement de %1 : %2</translation>
    </message>
    <message>
        <source>Remembered the zip&apos;s SHA-256 as its pin: %1</source>
        <translation>Le SHA-256 du zip est retenu comme empreinte attendue : %1</translation>
    </message>
    <message>
        <source>Applied. The next page shows the daemon&apos;s log.</source>
        <translation>Appliqué. La page suivante montre le journal du démon.</translation>
    </message>
    <message>
        <source>Nothing changed: the host is already as the answers say.</source>
        <translation>Rien n’a changé : l’hôte est déjà tel que le disent les réponses.</translation>
    </message>
    <message>
        <source>Docker was removed.</source>
        <translation>Docker a été supprimé.</translation>
    </message>
    <message>
        <source>No Docker is installed here: nothing was removed.</source>
        <translation>Aucun Docker n’est installé ici : rien n’a été supprimé.</translation>
    </message>
    <message>
        <source>The bundle is ready: %1. Its README.txt says how to copy it to the host and run install.cmd there.</source>
        <translation>Le paquet est prêt : %1. Son README.txt explique comment le copier sur l’hôte et y lancer install.cmd.</translation>
    </message>
    <message>
        <source>Stopped. %1</source>
        <translation>Arrêté. %1</translation>
    </message>
    <message>
        <source>Failed; see the messages above.</source>
        <translation>Échec ; voir les messages ci-dessus.</translation>
    </message>
    <message>
        <source>Updating Docker</source>
        <translation>Mise à jour de Docker</translation>
    </message>
    <message>
        <source>Docker %1 runs. The next page shows the daemon&apos;s log.</source>
        <translation>Docker %1 tourne. La page suivante montre le journal du démon.</translation>
    </message>
    <message>
        <source>Setting up this computer</source>
        <translation>Configuration de cet ordinateur</translation>
    </message>
    <message>
        <source>This computer is set up. In a command window opened from now on, docker reaches the host; berth client --remove undoes the set-up.</source>
        <translation>Cet ordinateur est configuré. Dans une invite de commandes ouverte à partir de maintenant, docker atteint l’hôte ; berth client --remove annule la configuration.</translation>
    </message>
    <message>
        <source>Nothing changed: this computer is already set up.</source>
        <translation>Rien n’a changé : cet ordinateur est déjà configuré.</translation>
    </message>
    <message>
        <source>Docker is set up and starts once Windows has restarted (a feature it needs was enabled). After the restart, start Berth again: it finishes the apply.</source>
        <translation>Docker est installé et démarrera une fois Windows redémarré (une fonctionnalité requise a été activée). Après le redémarrage, relancez Berth : il termine l’application.</translation>
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
    <message>
        <source>cancelled before it began</source>
        <translation>annulée avant de commencer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed: %2. These could not be put back: %3. The backup stays in %4.</source>
        <translation>« %1 » a échoué : %2. Ceci n’a pas pu être rétabli : %3. La sauvegarde reste dans %4.</translation>
    </message>
    <message>
        <source>the journal that lets an interrupted apply be finished cannot be written: %1</source>
        <translation>le journal qui permet de terminer une application interrompue ne peut pas être écrit : %1</translation>
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
        <source>only described: nothing was fetched</source>
        <translation>seulement décrit : rien n’a été récupéré</translation>
    </message>
    <message>
        <source>Install %1</source>
        <translation>Installer %1</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
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
    <name>BinariesPage</name>
    <message>
        <source>Binaries</source>
        <translation>Binaires</translation>
    </message>
    <message>
        <source>Where dockerd.exe and docker.exe come from, and where they go on the host.</source>
        <translation>D’où viennent dockerd.exe et docker.exe, et où ils vont sur l’hôte.</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <source>Download from the internet, take a file you already have (for hosts without internet), or keep the binaries that are on the host now.</source>
        <translation>Télécharger depuis Internet, prendre un fichier que vous avez déjà (pour les hôtes sans Internet) ou garder les binaires présents sur l’hôte.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>A file on this machine</source>
        <translation>Un fichier sur cette machine</translation>
    </message>
    <message>
        <source>Keep what is on the host</source>
        <translation>Garder ce qui est sur l’hôte</translation>
    </message>
    <message>
        <source>&amp;Package:</source>
        <translation>&amp;Paquet :</translation>
    </message>
    <message>
        <source>Docker&apos;s static zip for Windows (docker-&lt;version&gt;.zip with docker\dockerd.exe and docker\docker.exe), or the two separate files of the manual procedure.</source>
        <translation>Le zip statique de Docker pour Windows (docker-&lt;version&gt;.zip avec docker\dockerd.exe et docker\docker.exe), ou les deux fichiers séparés de la procédure manuelle.</translation>
    </message>
    <message>
        <source>Docker CE static zip</source>
        <translation>Zip statique Docker CE</translation>
    </message>
    <message>
        <source>dockerd.exe and docker.exe, two URLs</source>
        <translation>dockerd.exe et docker.exe, deux URL</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version :</translation>
    </message>
    <message>
        <source>Zip &amp;URL:</source>
        <translation>&amp;URL du zip :</translation>
    </message>
    <message>
        <source>dockerd.exe U&amp;RL:</source>
        <translation>U&amp;RL de dockerd.exe :</translation>
    </message>
    <message>
        <source>Where dockerd.exe, the engine, is downloaded from.</source>
        <translation>D’où dockerd.exe, le moteur, est téléchargé.</translation>
    </message>
    <message>
        <source>docker.exe UR&amp;L:</source>
        <translation>UR&amp;L de docker.exe :</translation>
    </message>
    <message>
        <source>Where docker.exe, the command-line client, is downloaded from.</source>
        <translation>D’où docker.exe, le client en ligne de commande, est téléchargé.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>A docker-&lt;version&gt;.zip, or dockerd.exe with docker.exe beside it, on this machine.</source>
        <translation>Un docker-&lt;version&gt;.zip, ou dockerd.exe avec docker.exe à côté, sur cette machine.</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <source>Choose the zip or dockerd.exe on this machine.</source>
        <translation>Choisir le zip ou dockerd.exe sur cette machine.</translation>
    </message>
    <message>
        <source>Docker binaries</source>
        <translation>Binaires Docker</translation>
    </message>
    <message>
        <source>Docker zip or dockerd.exe (*.zip dockerd.exe)</source>
        <translation>Zip Docker ou dockerd.exe (*.zip dockerd.exe)</translation>
    </message>
    <message>
        <source>SHA-&amp;256 pin:</source>
        <translation>Empreinte SHA-&amp;256 :</translation>
    </message>
    <message>
        <source>The SHA-256 the zip must have; a file with another digest is thrown away. Empty: the digest is shown and remembered.</source>
        <translation>Le SHA-256 que le zip doit avoir ; un fichier avec une autre empreinte est écarté. Vide : l’empreinte est affichée et retenue.</translation>
    </message>
    <message>
        <source>&amp;Install folder:</source>
        <translation>Dossier d’&amp;installation :</translation>
    </message>
    <message>
        <source>The folder on the host that dockerd.exe and docker.exe go to. The manual procedure uses C:\Windows\System32, which is on every PATH.</source>
        <translation>Le dossier de l’hôte où vont dockerd.exe et docker.exe. La procédure manuelle utilise C:\Windows\System32, qui est dans tout PATH.</translation>
    </message>
    <message>
        <source>Allow plain &amp;http downloads</source>
        <translation>Autoriser les téléchargements &amp;http en clair</translation>
    </message>
    <message>
        <source>Only for a mirror inside your network: without TLS, anyone on the way can change what is downloaded. Pin the SHA-256 then.</source>
        <translation>Seulement pour un miroir dans votre réseau : sans TLS, n’importe qui sur le chemin peut modifier ce qui est téléchargé. Fixez alors le SHA-256.</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy :</translation>
    </message>
    <message>
        <source>An http:// or socks5:// proxy for the downloads. Empty: the system&apos;s proxy settings.</source>
        <translation>Un proxy http:// ou socks5:// pour les téléchargements. Vide : les réglages de proxy du système.</translation>
    </message>
    <message>
        <source>Releases in&amp;dex:</source>
        <translation>In&amp;dex des versions :</translation>
    </message>
    <message>
        <source>Docker CE&apos;s static index, the page that lists docker-&lt;version&gt;.zip for every release: the version&apos;s zip comes from there, and so do the releases an update offers. A mirror inside your network can stand in.</source>
        <translation>L’index statique de Docker CE, la page qui liste docker-&lt;version&gt;.zip pour chaque version : le zip de la version en vient, comme les versions qu’une mise à jour propose. Un miroir dans votre réseau peut le remplacer.</translation>
    </message>
    <message>
        <source>The whole URL of the zip, for a mirror inside your network. Empty: the version&apos;s zip in the releases index.</source>
        <translation>L’URL complète du zip, pour un miroir dans votre réseau. Vide : le zip de la version dans l’index des versions.</translation>
    </message>
    <message>
        <source>The Docker CE version to download, such as %1. Windows Server 2016 and Nano Server (build 14393) run Docker up to %2: Docker Engine 23.0 and later need build 17763.</source>
        <translation>La version de Docker CE à télécharger, par exemple %1. Windows Server 2016 et Nano Server (build 14393) exécutent Docker jusqu&apos;à %2 : Docker Engine 23.0 et ultérieur exigent le build 17763.</translation>
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
    <message>
        <source>cannot read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <source>%1 is not the pinned file: its SHA-256 is %2, the pin (%3) says %4</source>
        <translation>%1 n’est pas le fichier attendu : son SHA-256 est %2, l’empreinte (%3) indique %4</translation>
    </message>
    <message>
        <source>%1: SHA-256 %2, as pinned</source>
        <translation>%1 : SHA-256 %2, comme attendu</translation>
    </message>
    <message>
        <source>no temporary folder for the index: %1</source>
        <translation>pas de dossier temporaire pour l’index : %1</translation>
    </message>
    <message>
        <source>binaries.indexUrl: %1</source>
        <translation>binaries.indexUrl : %1</translation>
    </message>
    <message>
        <source>binaries.indexUrl: %1 is not an index page Berth can read</source>
        <translation>binaries.indexUrl : %1 n’est pas une page d’index que Berth sait lire</translation>
    </message>
    <message>
        <source>binaries.indexUrl: %1 lists no docker-VERSION.zip</source>
        <translation>binaries.indexUrl : %1 ne liste aucun docker-VERSION.zip</translation>
    </message>
</context>
<context>
    <name>BundleBuilder</name>
    <message>
        <source>tls.generate: Berth makes the host&apos;s certificates for the bundle; name a folder on this machine for the CA key and the client&apos;s files with --client-out DIR</source>
        <translation>tls.generate : Berth crée les certificats de l’hôte pour le paquet ; indiquez avec --client-out DOSSIER un dossier sur cette machine pour la clé de l’autorité et les fichiers du client</translation>
    </message>
    <message>
        <source>binaries.source: a bundle carries the binaries; &quot;keep&quot; is for a host that has them</source>
        <translation>binaries.source : un paquet contient les binaires ; « keep » est pour un hôte qui les a</translation>
    </message>
    <message>
        <source>nssm.source: a bundle carries nssm.exe; &quot;keep&quot; is for a host that has it</source>
        <translation>nssm.source : un paquet contient nssm.exe ; « keep » est pour un hôte qui l’a</translation>
    </message>
    <message>
        <source>cancelled; no bundle was written</source>
        <translation>annulé ; aucun paquet n’a été écrit</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 files).</source>
        <translation>%1 écrit (%2 fichiers).</translation>
    </message>
    <message>
        <source>Wrote %1 for the machines that run docker; the CA key stays in %2.</source>
        <translation>%1 écrit pour les machines qui lancent docker ; la clé de l’autorité reste dans %2.</translation>
    </message>
    <message>
        <source>%1: holds &quot;%2&quot;, which install.cmd cannot carry (cmd.exe reads a script in the host&apos;s OEM code page); berth apply on the host can set it</source>
        <translation>%1 : contient « %2 », que install.cmd ne peut pas transporter (cmd.exe lit un script dans la page de codes OEM de l’hôte) ; berth apply sur l’hôte peut le définir</translation>
    </message>
</context>
<context>
    <name>BundleReadme</name>
    <message>
        <source>Docker for Windows, prepared by Berth</source>
        <translation>Docker pour Windows, préparé par Berth</translation>
    </message>
    <message>
        <source>This bundle installs dockerd.exe and docker.exe in %1 and runs the daemon as %2 (%3), as the answers in answers.json say. SHA256SUMS holds the SHA-256 of every other file.</source>
        <translation>Ce paquet installe dockerd.exe et docker.exe dans %1 et fait tourner le démon comme %2 (%3), comme le disent les réponses de answers.json. SHA256SUMS contient le SHA-256 de chaque autre fichier.</translation>
    </message>
    <message>
        <source>1. On your machine, unpack it:</source>
        <translation>1. Sur votre machine, décompressez-le :</translation>
    </message>
    <message>
        <source>2. Open a remote PowerShell session to the host and copy the folder there. A host outside your domain (Nano Server often is) must first be trusted on your machine:</source>
        <translation>2. Ouvrez une session PowerShell distante vers l’hôte et copiez-y le dossier. Un hôte hors de votre domaine (c’est souvent le cas de Nano Server) doit d’abord être approuvé sur votre machine :</translation>
    </message>
    <message>
        <source>3. Run the install script there, as administrator:</source>
        <translation>3. Lancez-y le script d’installation, en administrateur :</translation>
    </message>
    <message>
        <source>   It checks every file against SHA256SUMS before it changes anything, reports each step and stops at the first failure. Running it again is safe: what is in place already stays as it is.</source>
        <translation>   Il vérifie chaque fichier avec SHA256SUMS avant de modifier quoi que ce soit, annonce chaque étape et s’arrête au premier échec. Le relancer est sans risque : ce qui est déjà en place reste tel quel.</translation>
    </message>
    <message>
        <source>4. Read the daemon&apos;s log:</source>
        <translation>4. Lisez le journal du démon :</translation>
    </message>
    <message>
        <source>5. Remote clients use the files of the client zip (never copy them to the host):</source>
        <translation>5. Les clients distants utilisent les fichiers du zip client (ne les copiez jamais sur l’hôte) :</translation>
    </message>
    <message>
        <source>To remove Docker again (&quot;/all&quot; also deletes C:\ProgramData\docker):</source>
        <translation>Pour retirer Docker (« /all » supprime aussi C:\ProgramData\docker) :</translation>
    </message>
</context>
<context>
    <name>CaFolder</name>
    <message>
        <source>who may write it cannot be read (%1)</source>
        <translation>impossible de lire qui peut y écrire (%1)</translation>
    </message>
    <message>
        <source>%1 owns it</source>
        <translation>%1 en est le propriétaire</translation>
    </message>
    <message>
        <source>it has no access list, so everyone may write it</source>
        <translation>il n’a pas de liste d’accès, donc tout le monde peut y écrire</translation>
    </message>
    <message>
        <source>%1 may write in it</source>
        <translation>%1 peut y écrire</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>il ne peut pas être lu</translation>
    </message>
    <message>
        <source>user %1 owns it</source>
        <translation>l’utilisateur %1 en est le propriétaire</translation>
    </message>
    <message>
        <source>group %1 may write in it</source>
        <translation>le groupe %1 peut y écrire</translation>
    </message>
    <message>
        <source>every user may write in it</source>
        <translation>tout utilisateur peut y écrire</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>%1 is not yours alone: %2. Whoever can write there can put in a CA of their own, which Berth would sign with and hand to hosts and clients. Name a folder only you can write.</source>
        <translation>%1 n’est pas à vous seul : %2. Qui peut y écrire peut y mettre sa propre autorité de certification, avec laquelle Berth signerait et qu’il donnerait aux hôtes et aux clients. Nommez un dossier où vous seul pouvez écrire.</translation>
    </message>
    <message>
        <source>an entry of a kind Berth does not read (type %1)</source>
        <translation>une entrée d’un type que Berth ne lit pas (type %1)</translation>
    </message>
    <message>
        <source>%1 may read or write it</source>
        <translation>%1 peut la lire ou l’écrire</translation>
    </message>
    <message>
        <source>others may read it</source>
        <translation>d’autres peuvent la lire</translation>
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
    <message>
        <source>%1 already holds %2 without a CA that Berth can use (ca.pem with its ca-key.pem); Berth does not replace them with a new CA. Name an empty folder, or move those files away.</source>
        <translation>%1 contient déjà %2 sans une AC que Berth puisse utiliser (ca.pem avec son ca-key.pem) ; Berth ne les remplace pas par une nouvelle AC. Indiquez un dossier vide, ou déplacez ces fichiers.</translation>
    </message>
</context>
<context>
    <name>CertificatesForApply</name>
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
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>Manage a Docker host from this computer</source>
        <translation>Gérer un hôte Docker depuis cet ordinateur</translation>
    </message>
    <message>
        <source>As the manual procedure does for a client: the docker CLI on Path, the client&apos;s certificates and DOCKER_HOST for you, so that docker reaches the host without -H. Nothing has changed yet.</source>
        <translation>Comme la procédure manuelle le fait pour un client : la CLI docker dans le Path, les certificats du client et DOCKER_HOST pour vous, afin que docker atteigne l’hôte sans -H. Rien n’a encore changé.</translation>
    </message>
    <message>
        <source>The host&apos;s name or address as its server certificate names it, with its TLS port (2376 when none is given).</source>
        <translation>Le nom ou l’adresse de l’hôte tel que son certificat serveur le nomme, avec son port TLS (2376 si aucun n’est indiqué).</translation>
    </message>
    <message>
        <source>Docker &amp;host:</source>
        <translation>&amp;Hôte Docker :</translation>
    </message>
    <message>
        <source>Docker host</source>
        <translation>Hôte Docker</translation>
    </message>
    <message>
        <source>A folder with the client&apos;s ca.pem, cert.pem and key.pem, or the client zip Berth made with them (never the CA key). They go to %USERPROFILE%\.docker, the key readable by you alone.</source>
        <translation>Un dossier avec ca.pem, cert.pem et key.pem du client, ou le zip client que Berth a créé avec eux (jamais la clé de l’AC). Ils vont dans %USERPROFILE%\.docker, la clé lisible par vous seul.</translation>
    </message>
    <message>
        <source>F&amp;older...</source>
        <translation>&amp;Dossier...</translation>
    </message>
    <message>
        <source>Choose a folder with the client&apos;s files.</source>
        <translation>Choisir un dossier contenant les fichiers du client.</translation>
    </message>
    <message>
        <source>&amp;Zip...</source>
        <translation>&amp;Zip...</translation>
    </message>
    <message>
        <source>Choose the client zip.</source>
        <translation>Choisir le zip client.</translation>
    </message>
    <message>
        <source>Client &amp;files:</source>
        <translation>&amp;Fichiers du client :</translation>
    </message>
    <message>
        <source>Client files</source>
        <translation>Fichiers client</translation>
    </message>
    <message>
        <source>&amp;Download Docker from the releases index</source>
        <translation>&amp;Télécharger Docker depuis l’index des versions</translation>
    </message>
    <message>
        <source>&amp;Keep the docker.exe already on this computer</source>
        <translation>&amp;Garder le docker.exe déjà présent sur cet ordinateur</translation>
    </message>
    <message>
        <source>The one in %ProgramFiles%\Docker, or in System32 where the manual procedure puts it. Changes only your own settings, without administrator rights.</source>
        <translation>Celui de %ProgramFiles%\Docker, ou de System32 où la procédure manuelle le place. Ne modifie que vos propres réglages, sans droits d’administrateur.</translation>
    </message>
    <message>
        <source>From a local Docker zip</source>
        <translation>Depuis un zip Docker local</translation>
    </message>
    <message>
        <source>docker CLI:</source>
        <translation>CLI docker :</translation>
    </message>
    <message>
        <source>Put the Docker folder on every user&apos;s Path (&amp;all users)</source>
        <translation>Ajouter le dossier Docker au Path de &amp;tous les utilisateurs</translation>
    </message>
    <message>
        <source>The machine&apos;s Path instead of yours. The host, the certificates and DOCKER_HOST stay yours: a client key belongs to one person.</source>
        <translation>Le Path de la machine au lieu du vôtre. L’hôte, les certificats et DOCKER_HOST restent les vôtres : une clé client appartient à une seule personne.</translation>
    </message>
    <message>
        <source>The client&apos;s files</source>
        <translation>Les fichiers du client</translation>
    </message>
    <message>
        <source>The client zip</source>
        <translation>Le zip client</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Fichiers zip (*.zip)</translation>
    </message>
    <message>
        <source>&amp;Download Docker %1 from %2</source>
        <translation>&amp;Télécharger Docker %1 depuis %2</translation>
    </message>
    <message>
        <source>As binaries.* of the answers say: the download cache and the pin apply.</source>
        <translation>Comme le disent les binaries.* des réponses : le cache de téléchargement et l’empreinte s’appliquent.</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Depuis %1</translation>
    </message>
    <message>
        <source>%1 is neither a folder nor a zip</source>
        <translation>%1 n’est ni un dossier ni un zip</translation>
    </message>
    <message>
        <source>Placing docker.exe in Program Files and changing every user&apos;s Path need administrator rights: start Berth with &quot;Run as administrator&quot;, or keep the docker.exe that is here.</source>
        <translation>Placer docker.exe dans Program Files et modifier le Path de tous les utilisateurs exigent les droits d’administrateur : lancez Berth avec « Exécuter en tant qu’administrateur », ou gardez le docker.exe présent.</translation>
    </message>
</context>
<context>
    <name>ClientPlaces</name>
    <message>
        <source>Read the user&apos;s environment</source>
        <translation>Lire l’environnement de l’utilisateur</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>it is not set</source>
        <translation>elle n’est pas définie</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>ClientRecord</name>
    <message>
        <source>it is not a record Berth wrote (%1)</source>
        <translation>ce n’est pas un relevé écrit par Berth (%1)</translation>
    </message>
    <message>
        <source>no &quot;record&quot; marker</source>
        <translation>aucune marque « record »</translation>
    </message>
    <message>
        <source>it names a docker context Berth does not make: %1</source>
        <translation>il nomme un contexte docker que Berth ne crée pas : %1</translation>
    </message>
    <message>
        <source>it names a variable Berth does not set: %1 in %2</source>
        <translation>il nomme une variable que Berth ne définit pas : %1 dans %2</translation>
    </message>
    <message>
        <source>it names a registry key Berth does not change: %1</source>
        <translation>il nomme une clé de registre que Berth ne modifie pas : %1</translation>
    </message>
</context>
<context>
    <name>ClientSetup</name>
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
        <source>docker context %1 points at %2: docker --context %1 version</source>
        <translation>le contexte docker %1 pointe vers %2 : docker --context %1 version</translation>
    </message>
    <message>
        <source>docker context %1 could not be made; use the lines above</source>
        <translation>le contexte docker %1 n’a pas pu être créé ; utilisez les lignes ci-dessus</translation>
    </message>
    <message>
        <source>cannot put %1 into %2</source>
        <translation>impossible de mettre %1 dans %2</translation>
    </message>
    <message>
        <source>A docker context for them, if you want one: %1</source>
        <translation>Un contexte docker pour eux, si vous le souhaitez : %1</translation>
    </message>
    <message>
        <source>docker context %1 was not made: the docker CLI is not on this machine&apos;s PATH</source>
        <translation>le contexte docker %1 n’a pas été créé : la CLI docker n’est pas dans le PATH de cette machine</translation>
    </message>
    <message>
        <source>  (none: %1 holds %2, which cmd.exe cannot take literally; use PowerShell&apos;s line)</source>
        <translation>  (aucune : %1 contient %2, que cmd.exe ne peut pas prendre littéralement ; utilisez la ligne PowerShell)</translation>
    </message>
</context>
<context>
    <name>ClientSteps</name>
    <message>
        <source>it is not tcp://NAME:PORT</source>
        <translation>ce n’est pas tcp://NOM:PORT</translation>
    </message>
    <message>
        <source>an IPv6 address goes in brackets: tcp://[ADDRESS]:PORT</source>
        <translation>une adresse IPv6 s’écrit entre crochets : tcp://[ADRESSE]:PORT</translation>
    </message>
    <message>
        <source>--host: %1: %2</source>
        <translation>--host : %1 : %2</translation>
    </message>
    <message>
        <source>Place docker.exe</source>
        <translation>Placer docker.exe</translation>
    </message>
    <message>
        <source>binaries.source: keep, but no docker.exe is in %1 or %2 to keep</source>
        <translation>binaries.source : keep, mais aucun docker.exe à garder dans %1 ni dans %2</translation>
    </message>
    <message>
        <source>Place %1</source>
        <translation>Placer %1</translation>
    </message>
    <message>
        <source>%1: %2; move it away to set this machine up anew</source>
        <translation>%1 : %2 ; déplacez-le pour configurer cette machine à nouveau</translation>
    </message>
    <message>
        <source>Write the record of this set-up</source>
        <translation>Écrire le relevé de cette configuration</translation>
    </message>
    <message>
        <source>%1: the copy of the docker context %2&apos;s file is not in Berth&apos;s backups: %3</source>
        <translation>%1 : la copie d’un fichier du contexte docker %2 n’est pas dans les sauvegardes de Berth : %3</translation>
    </message>
    <message>
        <source>%1 names a file Berth does not place: %2</source>
        <translation>%1 nomme un fichier que Berth ne place pas : %2</translation>
    </message>
    <message>
        <source>%1 names a copy outside Berth&apos;s backups: %2</source>
        <translation>%1 nomme une copie hors des sauvegardes de Berth : %2</translation>
    </message>
    <message>
        <source>the copy of %1 that the set-up kept is gone: %2</source>
        <translation>la copie de %1 conservée par la configuration a disparu : %2</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Put back %1</source>
        <translation>Remettre %1</translation>
    </message>
    <message>
        <source>Remove the record of the set-up</source>
        <translation>Retirer le relevé de la configuration</translation>
    </message>
    <message>
        <source>%1 names a folder of the Path that Berth does not add: %2</source>
        <translation>%1 nomme un dossier du Path que Berth n’ajoute pas : %2</translation>
    </message>
    <message>
        <source>the copy of %1 in %2 is not what the set-up kept: its SHA-256 %3 is not the one recorded in %4 (%5); Berth puts nothing of it into %1</source>
        <translation>la copie de %1 dans %2 n’est pas celle que la configuration a gardée : son SHA-256 %3 n’est pas celui enregistré dans %4 (%5) ; Berth n’en met rien dans %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
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
        <source>The answers are valid.</source>
        <translation>Les réponses sont valides.</translation>
    </message>
    <message>
        <source>berth: cannot open the wizard %1: Windows error %2</source>
        <translation>berth : impossible d’ouvrir l’assistant %1 : erreur Windows %2</translation>
    </message>
    <message>
        <source>The answer file (JSON). Without it, the defaults: the manual procedure, Microsoft&apos;s &quot;Docker and Windows&quot; guide for Windows Server 2016.</source>
        <translation>Le fichier de réponses (JSON). Sans lui, les valeurs par défaut : la procédure manuelle, le guide « Docker and Windows » de Microsoft pour Windows Server 2016.</translation>
    </message>
    <message>
        <source>The folder that stands for the host&apos;s C:\ (on Windows: C:\ itself). BERTH_LAUNCHER names a program that runs Windows programs (e.g. wine).</source>
        <translation>Le dossier qui tient lieu de C:\ de l’hôte (sous Windows : C:\ lui-même). BERTH_LAUNCHER nomme un programme qui lance les programmes Windows (p. ex. wine).</translation>
    </message>
    <message>
        <source>The Docker service&apos;s name.</source>
        <translation>Le nom du service Docker.</translation>
    </message>
    <message>
        <source>Print the plan as JSON.</source>
        <translation>Afficher le plan en JSON.</translation>
    </message>
    <message>
        <source>Print what would change on the host, and change nothing.</source>
        <translation>Afficher ce qui changerait sur l’hôte, sans rien changer.</translation>
    </message>
    <message>
        <source>Where certificates Berth makes leave the CA key and the client&apos;s files (this machine).</source>
        <translation>Où les certificats créés par Berth laissent la clé de l’autorité et les fichiers du client (cette machine).</translation>
    </message>
    <message>
        <source>Also add a docker context for the new client files to this machine&apos;s docker CLI; without it, Berth only prints the command.</source>
        <translation>Ajouter aussi un docker context pour les nouveaux fichiers client à la CLI docker de cette machine ; sans cela, Berth affiche seulement la commande.</translation>
    </message>
    <message>
        <source>Keep the images and containers (the data folder).</source>
        <translation>Garder les images et les conteneurs (le dossier de données).</translation>
    </message>
    <message>
        <source>Keep the certificate folder.</source>
        <translation>Garder le dossier des certificats.</translation>
    </message>
    <message>
        <source>The DNS names and addresses clients use to reach the host, separated by commas; the server certificate covers each.</source>
        <translation>Les noms DNS et adresses par lesquels les clients joignent l’hôte, séparés par des virgules ; le certificat serveur couvre chacun.</translation>
    </message>
    <message>
        <source>How many days the certificates are valid.</source>
        <translation>Combien de jours les certificats sont valides.</translation>
    </message>
    <message>
        <source>The key type: rsa4096 or ecdsa-p256.</source>
        <translation>Le type de clé : rsa4096 ou ecdsa-p256.</translation>
    </message>
    <message>
        <source>The daemon&apos;s endpoint, tcp://HOST:PORT. For certs, what clients will use (without it: the first name, port 2376).</source>
        <translation>Le point d’accès du démon, tcp://HÔTE:PORT. Pour certs, celui qu’utiliseront les clients (sans lui : le premier nom, port 2376).</translation>
    </message>
    <message>
        <source>The folder with the client&apos;s ca.pem, cert.pem and key.pem.</source>
        <translation>Le dossier contenant ca.pem, cert.pem et key.pem du client.</translation>
    </message>
    <message>
        <source>Also put the client&apos;s ca.pem, cert.pem and key.pem in this zip.</source>
        <translation>Mettre aussi ca.pem, cert.pem et key.pem du client dans ce zip.</translation>
    </message>
    <message>
        <source>How many of the last lines to print.</source>
        <translation>Combien de dernières lignes afficher.</translation>
    </message>
    <message>
        <source>Then print what is added, until Ctrl+C.</source>
        <translation>Puis afficher ce qui s’ajoute, jusqu’à Ctrl+C.</translation>
    </message>
    <message>
        <source>The language of messages and the wizard (en, de, fr).</source>
        <translation>La langue des messages et de l’assistant (en, de, fr).</translation>
    </message>
    <message>
        <source>This text; after a verb, that verb&apos;s.</source>
        <translation>Ce texte ; après un verbe, celui de ce verbe.</translation>
    </message>
    <message>
        <source>Berth&apos;s version.</source>
        <translation>La version de Berth.</translation>
    </message>
    <message>
        <source>Open the wizard.</source>
        <translation>Ouvrir l’assistant.</translation>
    </message>
    <message>
        <source>Print the file Berth writes for the answers.</source>
        <translation>Afficher le fichier que Berth écrit pour les réponses.</translation>
    </message>
    <message>
        <source>Print every step an apply takes, in order.</source>
        <translation>Afficher chaque étape d’une application, dans l’ordre.</translation>
    </message>
    <message>
        <source>Print every problem in the answers, one per line.</source>
        <translation>Afficher chaque problème des réponses, un par ligne.</translation>
    </message>
    <message>
        <source>Carry out the plan on the host; a failed step undoes all.</source>
        <translation>Exécuter le plan sur l’hôte ; une étape en échec annule tout.</translation>
    </message>
    <message>
        <source>Finish an apply that was interrupted (killed, power lost).</source>
        <translation>Terminer une application interrompue (arrêtée, coupure de courant).</translation>
    </message>
    <message>
        <source>Print the host&apos;s Docker set-up as an answer file.</source>
        <translation>Afficher la configuration Docker de l’hôte comme fichier de réponses.</translation>
    </message>
    <message>
        <source>Remove Docker from the host, as the manual procedure does.</source>
        <translation>Retirer Docker de l’hôte, comme le fait la procédure manuelle.</translation>
    </message>
    <message>
        <source>Make one zip for another host (Nano Server, no internet): binaries, configuration, install.cmd, SHA256SUMS.</source>
        <translation>Créer un zip pour un autre hôte (Nano Server, sans Internet) : binaires, configuration, install.cmd, SHA256SUMS.</translation>
    </message>
    <message>
        <source>Make a CA, a server and a client certificate.</source>
        <translation>Créer une autorité, un certificat serveur et un certificat client.</translation>
    </message>
    <message>
        <source>Ask a daemon for its version, over mutual TLS with the client&apos;s files in --cert-dir.</source>
        <translation>Demander sa version à un démon, via TLS mutuel avec les fichiers client de --cert-dir.</translation>
    </message>
    <message>
        <source>Print the end of daemon.log, then (with --follow) what is added.</source>
        <translation>Afficher la fin de daemon.log, puis (avec --follow) ce qui s’y ajoute.</translation>
    </message>
    <message>
        <source>%1 goes with a command; the wizard does not take it</source>
        <translation>%1 va avec une commande ; l’assistant ne le prend pas</translation>
    </message>
    <message>
        <source>%1 does not take %2</source>
        <translation>%1 ne prend pas %2</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 demande %2</translation>
    </message>
    <message>
        <source>%1 needs %2 %3</source>
        <translation>%1 demande %2 %3</translation>
    </message>
    <message>
        <source>name a command</source>
        <translation>nommez une commande</translation>
    </message>
    <message>
        <source>Default: %1.</source>
        <translation>Par défaut : %1.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Usage :</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Usage: berth [VERB] [OPTIONS]</source>
        <translation>Usage : berth [VERBE] [OPTIONS]</translation>
    </message>
    <message>
        <source>Installs, configures and removes the Docker engine on Windows hosts.</source>
        <translation>Installe, configure et supprime le moteur Docker sur des hôtes Windows.</translation>
    </message>
    <message>
        <source>With no verb, the wizard opens: %1</source>
        <translation>Sans verbe, l’assistant s’ouvre : %1</translation>
    </message>
    <message>
        <source>Verbs:</source>
        <translation>Verbes :</translation>
    </message>
    <message>
        <source>The Docker version to go to (without it: the newest offered); an older one only this way.</source>
        <translation>La version de Docker visée (sans elle : la plus récente proposée) ; une plus ancienne seulement ainsi.</translation>
    </message>
    <message>
        <source>Replace dockerd.exe and docker.exe with another release and nothing else; back to the old ones if the new daemon does not start or answer. Without --answers, the host is read.</source>
        <translation>Remplace dockerd.exe et docker.exe par une autre version, et rien d’autre ; retour aux anciens si le nouveau démon ne démarre pas ou ne répond pas. Sans --answers, l’hôte est lu.</translation>
    </message>
    <message>
        <source>The zip with the client&apos;s ca.pem, cert.pem and key.pem (as apply and certs make it), instead of --cert-dir.</source>
        <translation>Le zip contenant ca.pem, cert.pem et key.pem du client (tel que apply et certs le créent), au lieu de --cert-dir.</translation>
    </message>
    <message>
        <source>Put the Docker folder on every user&apos;s Path, not only on this user&apos;s.</source>
        <translation>Ajouter le dossier Docker au Path de tous les utilisateurs, pas seulement à celui de cet utilisateur.</translation>
    </message>
    <message>
        <source>Undo the set-up: put back what it replaced, remove what it added.</source>
        <translation>Annuler la configuration : remettre ce qu’elle a remplacé, retirer ce qu’elle a ajouté.</translation>
    </message>
    <message>
        <source>Set up this computer to manage the Docker host at --host: docker.exe (binaries.* of the answers) in %ProgramFiles%\Docker on Path, the client&apos;s files in %USERPROFILE%\.docker, DOCKER_HOST, DOCKER_TLS_VERIFY and DOCKER_CERT_PATH for this user; then ask the daemon.</source>
        <translation>Configurer cet ordinateur pour gérer l’hôte Docker indiqué par --host : docker.exe (binaries.* des réponses) dans %ProgramFiles%\Docker, dans le Path, les fichiers du client dans %USERPROFILE%\.docker, DOCKER_HOST, DOCKER_TLS_VERIFY et DOCKER_CERT_PATH pour cet utilisateur ; puis interroger le démon.</translation>
    </message>
    <message>
        <source>%1 goes with setting up, not with %2</source>
        <translation>%1 va avec la configuration, pas avec %2</translation>
    </message>
    <message>
        <source>%1 is needed: the Docker host to manage, tcp://NAME:2376</source>
        <translation>%1 est requis : l’hôte Docker à gérer, tcp://NOM:2376</translation>
    </message>
    <message>
        <source>Where to write: the zip (bundle), or the folder for the files (certs, fleet).</source>
        <translation>Où écrire : le zip (bundle), ou le dossier des fichiers (certs, fleet).</translation>
    </message>
    <message>
        <source>The fleet&apos;s hosts: CSV with the columns name,addresses,edition and any answer key (or ansible_* variable) as a further column.</source>
        <translation>Les hôtes de la flotte : un CSV avec les colonnes name,addresses,edition et toute clé de réponse (ou variable ansible_*) en colonne supplémentaire.</translation>
    </message>
    <message>
        <source>The fleet&apos;s CA (ca.pem, ca-key.pem), made there when it holds none; without it, the folder beside --out named OUT-ca.</source>
        <translation>L’autorité de la flotte (ca.pem, ca-key.pem), créée là si le dossier n’en contient pas ; sans cette option, le dossier OUT-ca à côté de --out.</translation>
    </message>
    <message>
        <source>Prepare many hosts: one CA, a bundle per host of --hosts (hosts/NAME.zip), the admin&apos;s client.zip, an Ansible inventory and playbook, Deploy-Fleet.ps1 and fleet.json in --out. A second run changes nothing that need not change.</source>
        <translation>Préparer de nombreux hôtes : une autorité, un paquet par hôte de --hosts (hosts/NOM.zip), le client.zip de l’administrateur, un inventaire et un playbook Ansible, Deploy-Fleet.ps1 et fleet.json dans --out. Une seconde exécution ne change rien qui n’ait à changer.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>When a Windows feature Berth enables needs a restart, do not restart: say what to run after your own restart (exit code 3010).</source>
        <translation>Quand une fonctionnalité Windows que Berth active exige un redémarrage, ne pas redémarrer : dire quoi lancer après votre propre redémarrage (code de sortie 3010).</translation>
    </message>
    <message>
        <source>What Berth&apos;s own task runs at the start after a restart Berth made: finish the apply, and remove that task.</source>
        <translation>Ce que lance la tâche de Berth au démarrage qui suit un redémarrage fait par Berth : terminer l’application, et retirer cette tâche.</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 failed, 2 invalid input or usage, 3010 set up but Docker starts only after Windows restarts (as dism.exe says it).</source>
        <translation>Codes de sortie : 0 terminé, 1 échec, 2 entrée ou usage invalide, 3010 installé mais Docker ne démarre qu’après le redémarrage de Windows (comme le dit dism.exe).</translation>
    </message>
</context>
<context>
    <name>CommandStep</name>
    <message>
        <source>run %1</source>
        <translation>exécuter %1</translation>
    </message>
    <message>
        <source>%1, from: %2</source>
        <translation>%1, par : %2</translation>
    </message>
</context>
<context>
    <name>DaemonAnswer</name>
    <message>
        <source>Ask the daemon for its version on its named pipe</source>
        <translation>Demander sa version au démon par son canal nommé</translation>
    </message>
    <message>
        <source>%1 is not there to ask the daemon</source>
        <translation>%1 n&apos;est pas là pour interroger le démon</translation>
    </message>
    <message>
        <source>%1 says: %2</source>
        <translation>%1 répond : %2</translation>
    </message>
    <message>
        <source>the daemon did not answer on its named pipe within %1 s (%2)</source>
        <translation>le démon n&apos;a pas répondu sur son canal nommé en %1 s (%2)</translation>
    </message>
    <message>
        <source>%1 before the daemon answered (%2)</source>
        <translation>%1 avant que le démon réponde (%2)</translation>
    </message>
    <message>
        <source>; the daemon&apos;s last words: %1</source>
        <translation> ; les derniers mots du démon : %1</translation>
    </message>
    <message>
        <source>Berth cannot tell which program answered on \\.\pipe\docker_engine: %1</source>
        <translation>Berth ne peut pas savoir quel programme a répondu sur \\.\pipe\docker_engine : %1</translation>
    </message>
    <message>
        <source>%1 (process %2) answered on \\.\pipe\docker_engine, not %3: another program holds Docker&apos;s pipe, and Berth does not take its word for Docker&apos;s</source>
        <translation>%1 (processus %2) a répondu sur \\.\pipe\docker_engine, pas %3 : un autre programme tient le canal nommé de Docker, et Berth ne prend pas sa réponse pour celle de Docker</translation>
    </message>
</context>
<context>
    <name>DaemonAnswersStep</name>
    <message>
        <source>the daemon at %1 answers as version %2, not %3</source>
        <translation>le démon à %1 répond en version %2, pas %3</translation>
    </message>
    <message>
        <source>the daemon&apos;s API at %1 did not answer within %2 s: %3</source>
        <translation>l’API du démon à %1 n’a pas répondu en %2 s : %3</translation>
    </message>
    <message>
        <source>Ask the daemon&apos;s API</source>
        <translation>Interroger l’API du démon</translation>
    </message>
    <message>
        <source>check that the daemon answers as %1</source>
        <translation>vérifier que le démon répond en tant que %1</translation>
    </message>
    <message>
        <source>check that the daemon answers as %1, on its pipe and at %2</source>
        <translation>vérifier que le démon répond en tant que %1, sur son canal et à %2</translation>
    </message>
    <message>
        <source>the daemon answers on its named pipe as version %1, not %2</source>
        <translation>le démon répond sur son canal nommé en version %1, pas %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
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
    <message>
        <source>the existing daemon.json gives %1 more than once; Berth leaves it as it is</source>
        <translation>le daemon.json existant donne %1 plusieurs fois ; Berth le laisse tel quel</translation>
    </message>
    <message>
        <source>the existing daemon.json has an invisible U+FEFF inside; Berth leaves it as it is</source>
        <translation>le daemon.json existant contient un U+FEFF invisible ; Berth le laisse tel quel</translation>
    </message>
</context>
<context>
    <name>DaemonLogPage</name>
    <message>
        <source>Daemon log</source>
        <translation>Journal du démon</translation>
    </message>
    <message>
        <source>What the Docker daemon writes, as it writes it.</source>
        <translation>Ce que le démon Docker écrit, au moment où il l’écrit.</translation>
    </message>
    <message>
        <source>Daemon status</source>
        <translation>État du démon</translation>
    </message>
    <message>
        <source>From sc.exe query and the API&apos;s /_ping and /version; checked every 5 seconds.</source>
        <translation>D’après sc.exe query et /_ping et /version de l’API ; vérifié toutes les 5 secondes.</translation>
    </message>
    <message>
        <source>Following %1</source>
        <translation>Suivi de %1</translation>
    </message>
    <message>
        <source>Asking the service and the API ...</source>
        <translation>Interrogation du service et de l’API ...</translation>
    </message>
    <message>
        <source>dockerd&apos;s own service writes to the Windows event log (Event Viewer, Application, source docker), not to %1; this page shows that file if anything writes it.</source>
        <translation>Le service propre à dockerd écrit dans le journal d’événements de Windows (Observateur d’événements, Application, source docker), pas dans %1 ; cette page montre ce fichier si quelque chose y écrit.</translation>
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
    <name>DaemonLogView</name>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Suivre</translation>
    </message>
    <message>
        <source>Checked: new lines appear as they are written. Unchecked: the view holds still; lines that arrive meanwhile are shown when you follow again.</source>
        <translation>Coché : les nouvelles lignes apparaissent dès qu’elles sont écrites. Décoché : la vue reste immobile ; les lignes arrivées entre-temps s’affichent quand vous suivez à nouveau.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Show only lines of this level or more serious.</source>
        <translation>N’afficher que les lignes de ce niveau ou plus graves.</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>Info and worse</source>
        <translation>Info et plus grave</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Erreurs seulement</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau :</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Finds the next line with this text; Enter finds the next one.</source>
        <translation>Trouve la ligne suivante contenant ce texte ; Entrée trouve la suivante.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copies the selected text, or every line shown when nothing is selected.</source>
        <translation>Copie le texte sélectionné, ou toutes les lignes affichées si rien n’est sélectionné.</translation>
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
    <message>
        <source>%1 sent more than %2 bytes, which no daemon&apos;s answer is</source>
        <translation>%1 a envoyé plus de %2 octets, ce qu’aucune réponse de daemon ne fait</translation>
    </message>
</context>
<context>
    <name>DaemonStatus</name>
    <message>
        <source>Service %1: %2</source>
        <translation>Service %1 : %2</translation>
    </message>
    <message>
        <source>%1 · API: not asked (no client certificate on this machine)</source>
        <translation>%1 · API : non interrogée (pas de certificat client sur cette machine)</translation>
    </message>
    <message>
        <source>%1 · API at %2: %3</source>
        <translation>%1 · API à %2 : %3</translation>
    </message>
    <message>
        <source>%1 · API at %2 answers: Docker %3, API %4, %5</source>
        <translation>%1 · l’API à %2 répond : Docker %3, API %4, %5</translation>
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
    <message>
        <source>the new dockerd.exe says it is version %1, not %2 (%3)</source>
        <translation>le nouveau dockerd.exe se dit en version %1, pas %2 (%3)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>NSSM&apos;s Details tab: how the service shows in services.msc and when it starts.</source>
        <translation>L’onglet Details de NSSM : comment le service apparaît dans services.msc et quand il démarre.</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nom d’&amp;affichage :</translation>
    </message>
    <message>
        <source>The name services.msc shows.</source>
        <translation>Le nom que montre services.msc.</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription :</translation>
    </message>
    <message>
        <source>The text services.msc shows under the name.</source>
        <translation>Le texte que services.msc montre sous le nom.</translation>
    </message>
    <message>
        <source>&amp;Startup type:</source>
        <translation>Type de &amp;démarrage :</translation>
    </message>
    <message>
        <source>Automatic starts Docker with Windows; delayed start waits until the host has settled; manual waits for you to start it.</source>
        <translation>Automatique démarre Docker avec Windows ; différé attend que l’hôte soit stabilisé ; manuel attend que vous le démarriez.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Automatic (Delayed Start)</source>
        <translation>Automatique (début différé)</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Start without a &amp;console window (AppNoConsole)</source>
        <translation>Démarrer sans fenêtre de &amp;console (AppNoConsole)</translation>
    </message>
    <message>
        <source>NSSM 2.24 otherwise leaves the service paused on Windows 10 1703 and later.</source>
        <translation>Sinon NSSM 2.24 laisse le service en pause à partir de Windows 10 1703.</translation>
    </message>
    <message>
        <source>Start after &amp;ConDrv on Windows Server 2016</source>
        <translation>Démarrer après &amp;ConDrv sous Windows Server 2016</translation>
    </message>
    <message>
        <source>On build 14393 containers do not come back after a restart unless Docker waits for the console driver (moby#27544).</source>
        <translation>Sur la build 14393, les conteneurs ne reviennent pas après un redémarrage si Docker n’attend pas le pilote de console (moby#27544).</translation>
    </message>
    <message>
        <source>&amp;Wait for Docker (seconds):</source>
        <translation>Attendre Docker (seco&amp;ndes) :</translation>
    </message>
    <message>
        <source>How long a start may take until the daemon answers on its named pipe, and a stop until it has ended. A first start that builds its networks, or a stop with Hyper-V containers, can take minutes.</source>
        <translation>Combien de temps un démarrage peut durer jusqu&apos;à ce que le démon réponde sur son canal nommé, et un arrêt jusqu&apos;à ce qu&apos;il soit terminé. Un premier démarrage qui crée ses réseaux, ou un arrêt avec des conteneurs Hyper-V, peut prendre des minutes.</translation>
    </message>
</context>
<context>
    <name>DockerContextStep</name>
    <message>
        <source>docker context %1</source>
        <translation>contexte docker %1</translation>
    </message>
    <message>
        <source>%1 is not the docker CLI&apos;s record of the context %2</source>
        <translation>%1 n’est pas l’enregistrement de la CLI docker pour le contexte %2</translation>
    </message>
    <message>
        <source>remove it (it points at %1)</source>
        <translation>le retirer (il pointe vers %1)</translation>
    </message>
    <message>
        <source>create it for %1</source>
        <translation>le créer pour %1</translation>
    </message>
    <message>
        <source>point it at %1 with the client&apos;s files (it points at %2)</source>
        <translation>le faire pointer vers %1 avec les fichiers du client (il pointe vers %2)</translation>
    </message>
    <message>
        <source>Made by Berth</source>
        <translation>Créé par Berth</translation>
    </message>
    <message>
        <source>docker context %1 %2</source>
        <translation>docker context %1 %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>cannot back up %1: %2</source>
        <translation>impossible de sauvegarder %1 : %2</translation>
    </message>
    <message>
        <source>docker context %1 (%2)</source>
        <translation>contexte docker %1 (%2)</translation>
    </message>
</context>
<context>
    <name>DockerUpgrade</name>
    <message>
        <source>%1 is not there: no Docker to upgrade (binaries.installDir)</source>
        <translation>%1 est absent : aucun Docker à mettre à jour (binaries.installDir)</translation>
    </message>
    <message>
        <source>%1 --version does not say its version (%2)</source>
        <translation>%1 --version ne donne pas sa version (%2)</translation>
    </message>
    <message>
        <source>--to: %1 is not offered; the index offers %2</source>
        <translation>--to : %1 n’est pas proposée ; l’index propose %2</translation>
    </message>
    <message>
        <source>Not offered to this host: %1</source>
        <translation>Non proposé à cet hôte : %1</translation>
    </message>
    <message>
        <source>%1 Go back to it with berth upgrade --to %2.</source>
        <translation>%1 Revenez-y avec berth upgrade --to %2.</translation>
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
    <message>
        <source>the server sent %1 for a file of which %2 bytes were here; the partial file was dropped</source>
        <translation>le serveur a envoyé %1 pour un fichier dont %2 octets étaient ici ; le fichier partiel a été abandonné</translation>
    </message>
    <message>
        <source>%1 answered 416 Range Not Satisfiable; the partial file was dropped</source>
        <translation>%1 a répondu 416 Range Not Satisfiable ; le fichier partiel a été abandonné</translation>
    </message>
    <message>
        <source>%1 is not the pinned file: its SHA-256 is %2, the pin (%3) says %4; the file was discarded</source>
        <translation>%1 n’est pas le fichier attendu : son SHA-256 est %2, l’empreinte (%3) indique %4 ; le fichier a été supprimé</translation>
    </message>
    <message>
        <source>%1 sends more than %2 bytes, more than such a file can be; nothing of it was kept</source>
        <translation>%1 envoie plus de %2 octets, plus que ne peut faire un tel fichier ; rien n’en a été gardé</translation>
    </message>
</context>
<context>
    <name>EngineCheck</name>
    <message>
        <source>cannot write a copy of dockerd.exe to ask its version: %1</source>
        <translation>impossible d&apos;écrire une copie de dockerd.exe pour demander sa version : %1</translation>
    </message>
    <message>
        <source>Ask the new dockerd.exe its version</source>
        <translation>Demander sa version au nouveau dockerd.exe</translation>
    </message>
    <message>
        <source>the dockerd.exe it holds does not say its version on this host (%1)</source>
        <translation>le dockerd.exe qu&apos;il contient ne donne pas sa version sur cet hôte (%1)</translation>
    </message>
</context>
<context>
    <name>EnvironmentStep</name>
    <message>
        <source>(not set)</source>
        <translation>(non définie)</translation>
    </message>
    <message>
        <source>Set %1 for this user</source>
        <translation>Définir %1 pour cet utilisateur</translation>
    </message>
    <message>
        <source>Set %1 for all users</source>
        <translation>Définir %1 pour tous les utilisateurs</translation>
    </message>
    <message>
        <source>remove %1 from %2 (it is %3)</source>
        <translation>retirer %1 de %2 (valeur : %3)</translation>
    </message>
    <message>
        <source>%1 in %2: %3 becomes %4</source>
        <translation>%1 dans %2 : %3 devient %4</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Définir %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1 in %2, which was %3 (%4)</source>
        <translation>%1 dans %2, qui valait %3 (%4)</translation>
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
    <message>
        <source>%1 names a folder . or ..: write the path without them</source>
        <translation>%1 désigne un dossier . ou .. : écrivez le chemin sans eux</translation>
    </message>
    <message>
        <source>%1 holds every user of the host or the domain: each of them could use the daemon&apos;s pipe and so become an administrator of the host; name a group of administrators of Docker only</source>
        <translation>%1 comprend tous les utilisateurs de l&apos;hôte ou du domaine : chacun d&apos;eux pourrait utiliser le canal nommé du démon et devenir ainsi administrateur de l&apos;hôte ; indiquez un groupe réservé aux administrateurs de Docker</translation>
    </message>
    <message>
        <source>%1 is in %2, where every local user may write: a program or DLL put there would run as SYSTEM; choose a folder only administrators may write in, such as C:\Program Files\Docker</source>
        <translation>%1 se trouve dans %2, où chaque utilisateur local peut écrire : un programme ou une DLL placé là s’exécuterait en tant que SYSTEM ; choisissez un dossier où seuls les administrateurs peuvent écrire, comme C:\Program Files\Docker</translation>
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
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>something was put into %1 between Berth making it and locking it: %2</source>
        <translation>quelque chose a été placé dans %1 entre sa création par Berth et son verrouillage : %2</translation>
    </message>
    <message>
        <source>%1 (%2); its copy is %3</source>
        <translation>%1 (%2) ; sa copie est %3</translation>
    </message>
    <message>
        <source>%1 could not be removed again</source>
        <translation>%1 n’a pas pu être supprimé à nouveau</translation>
    </message>
    <message>
        <source>%1 was not there when Berth looked and is now: someone else made it; Berth does not use it</source>
        <translation>%1 n’existait pas quand Berth a regardé et existe maintenant : quelqu’un d’autre l’a créé ; Berth ne l’utilise pas</translation>
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
    <message>
        <source>cannot make an access list for %1: %2</source>
        <translation>impossible de créer une liste d’accès pour %1 : %2</translation>
    </message>
    <message>
        <source>%1 was made by someone else while Berth made the folders above it; Berth does not use it</source>
        <translation>%1 a été créé par quelqu’un d’autre pendant que Berth créait les dossiers au-dessus ; Berth ne l’utilise pas</translation>
    </message>
    <message>
        <source>cannot make the folder %1: %2</source>
        <translation>impossible de créer le dossier %1 : %2</translation>
    </message>
</context>
<context>
    <name>FirewallPage</name>
    <message>
        <source>Firewall</source>
        <translation>Pare-feu</translation>
    </message>
    <message>
        <source>A Windows Firewall rule lets clients on other machines reach the remote port.</source>
        <translation>Une règle du Pare-feu Windows permet aux clients d’autres machines d’atteindre le port distant.</translation>
    </message>
    <message>
        <source>&amp;Open the port in Windows Firewall</source>
        <translation>&amp;Ouvrir le port dans le Pare-feu Windows</translation>
    </message>
    <message>
        <source>netsh advfirewall adds an inbound rule for the port. Needed for remote access unless another firewall rule allows it.</source>
        <translation>netsh advfirewall ajoute une règle entrante pour le port. Nécessaire à l’accès distant, sauf si une autre règle de pare-feu l’autorise.</translation>
    </message>
    <message>
        <source>&amp;Rule name:</source>
        <translation>Nom de la &amp;règle :</translation>
    </message>
    <message>
        <source>The name the rule shows in Windows Firewall; Berth finds it again by this name.</source>
        <translation>Le nom de la règle dans le Pare-feu Windows ; Berth la retrouve par ce nom.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>The TCP port the rule opens; the same as the TLS page&apos;s port.</source>
        <translation>Le port TCP que la règle ouvre ; le même que celui de la page TLS.</translation>
    </message>
    <message>
        <source>any address</source>
        <translation>toute adresse</translation>
    </message>
    <message>
        <source>Allowed &amp;remote addresses:</source>
        <translation>Adresses &amp;distantes autorisées :</translation>
    </message>
    <message>
        <source>Addresses or networks allowed in, separated by commas: 192.0.2.10, 10.0.0.0/8, LocalSubnet. Empty: any address.</source>
        <translation>Adresses ou réseaux autorisés, séparés par des virgules : 192.0.2.10, 10.0.0.0/8, LocalSubnet. Vide : toute adresse.</translation>
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
    <message>
        <source>Put the rule back as it was</source>
        <translation>Rétablir la règle telle qu’elle était</translation>
    </message>
    <message>
        <source>Remove the rule this apply added</source>
        <translation>Supprimer la règle que cette application a ajoutée</translation>
    </message>
</context>
<context>
    <name>FleetBuilder</name>
    <message>
        <source>cannot put %1 in place: %2</source>
        <translation>impossible de mettre %1 en place : %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>--hosts: cannot read %1: %2</source>
        <translation>--hosts : impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>--ca: %1 is inside %2, which goes to the hosts and the deployment tools; the CA&apos;s key stays out of it</source>
        <translation>--ca : %1 est dans %2, qui part vers les hôtes et les outils de déploiement ; la clé de l’autorité reste en dehors</translation>
    </message>
    <message>
        <source>cannot make %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>cannot make a temporary folder in %1</source>
        <translation>impossible de créer un dossier temporaire dans %1</translation>
    </message>
    <message>
        <source>cancelled at %1; nothing in %2 changed</source>
        <translation>annulé à %1 ; rien n’a changé dans %2</translation>
    </message>
    <message>
        <source>%1 (row %2): %3</source>
        <translation>%1 (ligne %2) : %3</translation>
    </message>
    <message>
        <source>%1: hosts/%2 %3; certificate %4 (serial %5, until %6)</source>
        <translation>%1 : hosts/%2 %3 ; certificat %4 (numéro de série %5, jusqu’au %6)</translation>
    </message>
    <message>
        <source>written</source>
        <translation>écrit</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>made</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>conservé</translation>
    </message>
    <message>
        <source>Warning: hosts/%1 is of a host no longer in %2. Its uninstall.cmd removes Docker from that host; delete the zip when it has no more use. Neither Ansible nor Deploy-Fleet.ps1 reach it.</source>
        <translation>Attention : hosts/%1 est celui d’un hôte qui n’est plus dans %2. Son uninstall.cmd retire Docker de cet hôte ; supprimez le zip quand il ne sert plus. Ni Ansible ni Deploy-Fleet.ps1 ne l’atteignent.</translation>
    </message>
    <message>
        <source>%1 hosts in %2: %3 certificates kept, %4 made; %5 files written, the others as they were.</source>
        <translation>%1 hôtes dans %2 : %3 certificats conservés, %4 créés ; %5 fichiers écrits, les autres tels qu’ils étaient.</translation>
    </message>
    <message>
        <source>(one per host: --context makes them all)</source>
        <translation>(un par hôte : --context les crée tous)</translation>
    </message>
</context>
<context>
    <name>FleetCertificates</name>
    <message>
        <source>%1 holds %2 without %3: the fleet&apos;s CA needs both (the certificate and the key that signs)</source>
        <translation>%1 contient %2 sans %3 : l’autorité de la flotte a besoin des deux (le certificat et la clé qui signe)</translation>
    </message>
    <message>
        <source>%1: the fleet&apos;s CA is not a certificate or has expired (%2); a new CA means every host and client must be given it: name a new folder with --ca</source>
        <translation>%1 : l’autorité de la flotte n’est pas un certificat ou a expiré (%2) ; une nouvelle autorité doit être donnée à chaque hôte et client : nommez un nouveau dossier avec --ca</translation>
    </message>
    <message>
        <source>The fleet&apos;s CA: %1 (until %2).</source>
        <translation>L’autorité de la flotte : %1 (jusqu’au %2).</translation>
    </message>
    <message>
        <source>Warning: the fleet&apos;s CA ends within %1 days. Certificates it signs end with it; make a new CA folder and roll it out to the hosts and clients before then.</source>
        <translation>Attention : l’autorité de la flotte expire dans moins de %1 jours. Les certificats qu’elle signe expirent avec elle ; créez un nouveau dossier d’autorité et déployez-le sur les hôtes et les clients avant.</translation>
    </message>
    <message>
        <source>Made the fleet&apos;s CA in %1; its key stays there, out of the fleet&apos;s folder. Keep the folder: the next run signs with it, and clients keep trusting it.</source>
        <translation>Autorité de la flotte créée dans %1 ; sa clé y reste, hors du dossier de la flotte. Gardez ce dossier : la prochaine exécution signe avec elle, et les clients continuent de lui faire confiance.</translation>
    </message>
    <message>
        <source>Made the client&apos;s certificate (%1 days).</source>
        <translation>Certificat du client créé (%1 jours).</translation>
    </message>
</context>
<context>
    <name>FleetHosts</name>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>%1 is neither true nor false</source>
        <translation>%1 n’est ni true ni false</translation>
    </message>
    <message>
        <source>row %1: a quoted field is not closed</source>
        <translation>ligne %1 : un champ entre guillemets n’est pas fermé</translation>
    </message>
    <message>
        <source>%1 row %2: %3</source>
        <translation>%1 ligne %2 : %3</translation>
    </message>
    <message>
        <source>%1 row %2, column %3: %4</source>
        <translation>%1 ligne %2, colonne %3 : %4</translation>
    </message>
    <message>
        <source>%1: no header row (name,addresses,edition)</source>
        <translation>%1 : pas de ligne d’en-tête (name,addresses,edition)</translation>
    </message>
    <message>
        <source>the column is there twice</source>
        <translation>la colonne y est deux fois</translation>
    </message>
    <message>
        <source>no answer key has this name</source>
        <translation>aucune clé de réponse ne porte ce nom</translation>
    </message>
    <message>
        <source>the fleet sets this key for every host (from name, addresses and edition)</source>
        <translation>la flotte fixe cette clé pour chaque hôte (à partir de name, addresses et edition)</translation>
    </message>
    <message>
        <source>the column is missing</source>
        <translation>la colonne manque</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 champs là où l’en-tête en a %2</translation>
    </message>
    <message>
        <source>a host needs a name</source>
        <translation>un hôte a besoin d’un nom</translation>
    </message>
    <message>
        <source>%1 is an address: the name is the host&apos;s DNS name, and names its bundle</source>
        <translation>%1 est une adresse : le nom est le nom DNS de l’hôte, et nomme son paquet</translation>
    </message>
    <message>
        <source>%1 is named on an earlier row too</source>
        <translation>%1 figure aussi sur une ligne précédente</translation>
    </message>
    <message>
        <source>%1 is not an IP address</source>
        <translation>%1 n’est pas une adresse IP</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>holds a control character</source>
        <translation>contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>%1: no hosts below the header</source>
        <translation>%1 : aucun hôte sous l’en-tête</translation>
    </message>
    <message>
        <source>%1 begins with a name Windows keeps for a device, which no file can have (hosts/%1.zip)</source>
        <translation>%1 commence par un nom que Windows réserve à un périphérique et qu’aucun fichier ne peut porter (hosts/%1.zip)</translation>
    </message>
    <message>
        <source>longer than %1 characters: C:\Berth\NAME\certs\server-cert.pem on the host would pass Windows&apos; 259</source>
        <translation>plus de %1 caractères : C:\Berth\NAME\certs\server-cert.pem sur l’hôte dépasserait les 259 de Windows</translation>
    </message>
    <message>
        <source>a password does not belong in hosts.csv: keep it in an Ansible vault (ansible-vault encrypt_string) or give it with --ask-pass</source>
        <translation>un mot de passe n&apos;a pas sa place dans hosts.csv : gardez-le dans un coffre Ansible (ansible-vault encrypt_string) ou donnez-le avec --ask-pass</translation>
    </message>
    <message>
        <source>not a connection variable Berth passes on (%1): others can run commands on the machine that runs Ansible</source>
        <translation>pas une variable de connexion que Berth transmet (%1) : d&apos;autres peuvent exécuter des commandes sur la machine qui exécute Ansible</translation>
    </message>
    <message>
        <source>%1 is not a port (1-65535)</source>
        <translation>%1 n&apos;est pas un port (1-65535)</translation>
    </message>
    <message>
        <source>comes from the base answers alone: a hosts.csv may give what describes a host (%1), not where Berth&apos;s files come from or go, the daemon&apos;s arguments or who may use its pipe</source>
        <translation>vient des seules réponses de base : un hosts.csv peut donner ce qui décrit un hôte (%1), pas d&apos;où viennent les fichiers de Berth ni où ils vont, les arguments du démon ni qui peut utiliser son canal nommé</translation>
    </message>
    <message>
        <source>%1 is neither the host&apos;s name nor one of its addresses: its bundle, with its server key, would go to another machine</source>
        <translation>%1 n&apos;est ni le nom de l&apos;hôte ni l&apos;une de ses adresses : son bundle, avec sa clé de serveur, irait à une autre machine</translation>
    </message>
    <message>
        <source>5985 is WinRM over plain HTTP: the base&apos;s inventory may choose it, not a row</source>
        <translation>5985 est WinRM en HTTP simple : l&apos;inventaire de base peut le choisir, pas une ligne</translation>
    </message>
    <message>
        <source>%1 holds a character other than letters, digits and . _ \ @ -</source>
        <translation>%1 contient un caractère autre que des lettres, des chiffres et . _ \ @ -</translation>
    </message>
</context>
<context>
    <name>FolderSecurity</name>
    <message>
        <source>&quot;%1&quot; is not a security descriptor with an owner and an access list</source>
        <translation>&quot;%1&quot; n’est pas un descripteur de sécurité avec un propriétaire et une liste d’accès</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds an entry Berth cannot read</source>
        <translation>&quot;%1&quot; contient une entrée que Berth ne sait pas lire</translation>
    </message>
    <message>
        <source>owned by %1</source>
        <translation>propriété de %1</translation>
    </message>
    <message>
        <source>%1 may write in it</source>
        <translation>%1 peut y écrire</translation>
    </message>
    <message>
        <source>Who owns and may write each folder</source>
        <translation>À qui appartient chaque dossier et qui peut y écrire</translation>
    </message>
    <message>
        <source>Get-Acl failed for %1: %2</source>
        <translation>Get-Acl a échoué pour %1 : %2</translation>
    </message>
</context>
<context>
    <name>FolderTakeoverStep</name>
    <message>
        <source>take over %1 (%2): owner Administrators, only SYSTEM and Administrators may use it</source>
        <translation>prendre %1 en main (%2) : propriétaire Administrateurs, seuls SYSTEM et les Administrateurs peuvent l’utiliser</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1 (%2) holds what someone other than an administrator put there: %3. Berth locked the folder to SYSTEM and Administrators and placed nothing in it; look at those, remove them, and apply again.</source>
        <translation>%1 (%2) contient ce que quelqu’un d’autre qu’un administrateur y a mis : %3. Berth a réservé le dossier à SYSTEM et aux Administrateurs et n’y a rien placé ; examinez ces éléments, supprimez-les, puis appliquez à nouveau.</translation>
    </message>
    <message>
        <source>%1 (owner %2)</source>
        <translation>%1 (propriétaire %2)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock the folders Docker runs from</source>
        <translation>Verrouiller les dossiers d’où Docker s’exécute</translation>
    </message>
    <message>
        <source>an earlier apply took it over and stopped on what was in it</source>
        <translation>une application précédente l’a pris en main et s’est arrêtée sur ce qu’il contenait</translation>
    </message>
    <message>
        <source>%1 is still not SYSTEM&apos;s and Administrators&apos; alone after Berth took it over (%2): an entry of its own stays. Remove it (icacls &quot;%1&quot; /remove:g *SID), and apply again.</source>
        <translation>%1 n’est toujours pas à SYSTEM et aux Administrateurs seuls après que Berth l’a pris en main (%2) : une entrée qui lui est propre reste. Supprimez-la (icacls &quot;%1&quot; /remove:g *SID), puis appliquez à nouveau.</translation>
    </message>
    <message>
        <source>%1 is a link to %2, not a folder: Berth writes nothing through it</source>
        <translation>%1 est un lien vers %2, pas un dossier : Berth n’écrit rien à travers lui</translation>
    </message>
    <message>
        <source>%1 became a link to %2 while Berth took it over: Berth writes nothing through it</source>
        <translation>%1 est devenu un lien vers %2 pendant que Berth en prenait possession : Berth n&apos;écrit rien à travers lui</translation>
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
    <message>
        <source>Berth is not running as administrator: start it with &quot;Run as administrator&quot; (for the command line, an elevated prompt).</source>
        <translation>Berth ne s’exécute pas en tant qu’administrateur : lancez-le avec « Exécuter en tant qu’administrateur » (pour la ligne de commande, une invite élevée).</translation>
    </message>
    <message>
        <source>Enable the %1 feature</source>
        <translation>Activer la fonctionnalité %1</translation>
    </message>
    <message>
        <source>%1 is enabled; restart the host to finish, then run Berth again.</source>
        <translation>%1 est activé ; redémarrez l’hôte pour terminer, puis relancez Berth.</translation>
    </message>
    <message>
        <source>%1, from: %2</source>
        <translation>%1, par : %2</translation>
    </message>
    <message>
        <source>Windows: %1.</source>
        <translation>Windows : %1.</translation>
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
        <source>tag.txt asks the script for its secure branch, but the certificates in %1 are missing</source>
        <translation>tag.txt demande la branche sécurisée du script, mais les certificats de %1 manquent</translation>
    </message>
    <message>
        <source>dockerd is set to use TLS, but the certificates in %1 are missing</source>
        <translation>dockerd doit utiliser TLS, mais les certificats de %1 manquent</translation>
    </message>
    <message>
        <source>%1 is neither the manual procedure&apos;s script nor one Berth writes; an apply replaces it</source>
        <translation>%1 n’est ni le script de la procédure manuelle ni un script écrit par Berth ; une application le remplace</translation>
    </message>
</context>
<context>
    <name>HostVerbs</name>
    <message>
        <source>      done</source>
        <translation>      fait</translation>
    </message>
    <message>
        <source>      failed: %1</source>
        <translation>      échec : %1</translation>
    </message>
    <message>
        <source>No Docker service or scheduled task named %1 is on this host.</source>
        <translation>Cet hôte n’a ni service Docker ni tâche planifiée nommés %1.</translation>
    </message>
    <message>
        <source>Downloading %1: %2</source>
        <translation>Téléchargement de %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not there (yet): the service has not written its log</source>
        <translation>%1 n’est pas (encore) là : le service n’a pas écrit son journal</translation>
    </message>
    <message>
        <source>No apply was interrupted on this host: nothing to recover.</source>
        <translation>Aucune application n’a été interrompue sur cet hôte : rien à reprendre.</translation>
    </message>
    <message>
        <source>Finishing the apply that started on %1, with the answers it had.</source>
        <translation>Fin de l’application commencée le %1, avec les réponses qu’elle avait.</translation>
    </message>
    <message>
        <source>No Docker service or scheduled task named %1 is on this host: nothing to upgrade (berth apply installs it).</source>
        <translation>Aucun service ni tâche planifiée Docker nommé %1 sur cet hôte : rien à mettre à jour (berth apply l’installe).</translation>
    </message>
    <message>
        <source>Windows: %1.</source>
        <translation>Windows : %1.</translation>
    </message>
    <message>
        <source>%1: Berth finishes the apply after the restart.</source>
        <translation>%1 : Berth termine l’application après le redémarrage.</translation>
    </message>
    <message>
        <source>Finishing the upgrade to Docker %1 that started on %2, with the file it had fetched.</source>
        <translation>Fin de la mise à jour vers Docker %1 commencée le %2, avec le fichier qu’elle avait téléchargé.</translation>
    </message>
</context>
<context>
    <name>IoPage</name>
    <message>
        <source>I/O</source>
        <translation>E/S</translation>
    </message>
    <message>
        <source>NSSM&apos;s I/O tab: where what the daemon prints is written. The log page follows this file.</source>
        <translation>L’onglet I/O de NSSM : où va ce que le démon affiche. La page du journal suit ce fichier.</translation>
    </message>
    <message>
        <source>&amp;Output (stdout):</source>
        <translation>&amp;Sortie (stdout) :</translation>
    </message>
    <message>
        <source>The file the daemon&apos;s output is appended to. The manual procedure uses C:\ProgramData\docker\daemon.log.</source>
        <translation>Le fichier auquel la sortie du démon est ajoutée. La procédure manuelle utilise C:\ProgramData\docker\daemon.log.</translation>
    </message>
    <message>
        <source>&amp;Error (stderr):</source>
        <translation>&amp;Erreurs (stderr) :</translation>
    </message>
    <message>
        <source>The file the daemon&apos;s errors are appended to; the same file as the output keeps them in order.</source>
        <translation>Le fichier auquel les erreurs du démon sont ajoutées ; le même fichier que la sortie garde l’ordre.</translation>
    </message>
</context>
<context>
    <name>KeptCopyStep</name>
    <message>
        <source>The SHA-256 of the copy of %1</source>
        <translation>Le SHA-256 de la copie de %1</translation>
    </message>
    <message>
        <source>Forget the SHA-256 of %1</source>
        <translation>Oublier le SHA-256 de %1</translation>
    </message>
    <message>
        <source>Record the SHA-256 of the copy of %1</source>
        <translation>Enregistrer le SHA-256 de la copie de %1</translation>
    </message>
    <message>
        <source>record it in %1</source>
        <translation>l’enregistrer dans %1</translation>
    </message>
    <message>
        <source>remove it from %1</source>
        <translation>le retirer de %1</translation>
    </message>
    <message>
        <source>the copy %1 cannot be read</source>
        <translation>la copie %1 ne peut pas être lue</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
</context>
<context>
    <name>KeyPermissionsStep</name>
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
    <message>
        <source>%1 from %2 is not a Windows program (it does not begin with MZ): Berth packs only what is what it is named</source>
        <translation>%1 de %2 n&apos;est pas un programme Windows (il ne commence pas par MZ) : Berth n&apos;emballe que ce qui est vraiment ce que son nom dit</translation>
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
    <message>
        <source>Unregister the service dockerd registered</source>
        <translation>Désinscrire le service que dockerd a inscrit</translation>
    </message>
    <message>
        <source>dockerd.exe said it registered the service %1, but there is no such service (Docker 29.2.0 and 29.2.1 do this when the Containers feature is missing: enable it, or use another release)</source>
        <translation>dockerd.exe a dit avoir inscrit le service %1, mais ce service n&apos;existe pas (Docker 29.2.0 et 29.2.1 le font quand la fonctionnalité Containers manque : activez-la, ou utilisez une autre version)</translation>
    </message>
    <message>
        <source>Remove the event log source a removed service left behind</source>
        <translation>Supprimer la source du journal d&apos;événements laissée par un service supprimé</translation>
    </message>
    <message>
        <source>Remove the service this apply registered</source>
        <translation>Supprimer le service que cette application a inscrit</translation>
    </message>
    <message>
        <source>Put the event log source&apos;s value %1 back</source>
        <translation>Remettre la valeur %1 de la source du journal d’événements</translation>
    </message>
    <message>
        <source>Register the service again as it was</source>
        <translation>Réinscrire le service tel qu’il était</translation>
    </message>
    <message>
        <source>Put the service&apos;s display name and start type back</source>
        <translation>Remettre le nom d’affichage et le type de démarrage du service</translation>
    </message>
    <message>
        <source>Put the service&apos;s description back</source>
        <translation>Remettre la description du service</translation>
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
    <message>
        <source>Remove the service this apply installed</source>
        <translation>Supprimer le service que cette application a installé</translation>
    </message>
    <message>
        <source>Put NSSM&apos;s %1 back</source>
        <translation>Remettre le paramètre %1 de NSSM</translation>
    </message>
</context>
<context>
    <name>PipeServer</name>
    <message>
        <source>cannot open %1 (Windows error %2)</source>
        <translation>impossible d&apos;ouvrir %1 (erreur Windows %2)</translation>
    </message>
    <message>
        <source>Windows does not say which process serves %1 (error %2)</source>
        <translation>Windows ne dit pas quel processus sert %1 (erreur %2)</translation>
    </message>
    <message>
        <source>cannot open process %1, which serves %2 (Windows error %3)</source>
        <translation>impossible d&apos;ouvrir le processus %1, qui sert %2 (erreur Windows %3)</translation>
    </message>
    <message>
        <source>Windows does not name the program of process %1, which serves %2 (error %3)</source>
        <translation>Windows ne nomme pas le programme du processus %1, qui sert %2 (erreur %3)</translation>
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
    <message>
        <source>a rule of that name differs from the answers</source>
        <translation>une règle de ce nom diffère des réponses</translation>
    </message>
    <message>
        <source>a rule of that name is there</source>
        <translation>une règle de ce nom existe</translation>
    </message>
    <message>
        <source>no rule of that name is as the answers have it</source>
        <translation>aucune règle de ce nom n’est telle que les réponses la veulent</translation>
    </message>
    <message>
        <source>the service is there with other flags or another dockerd.exe</source>
        <translation>le service existe avec d’autres options ou un autre dockerd.exe</translation>
    </message>
    <message>
        <source>the service is not there yet, or was unregistered</source>
        <translation>le service n’existe pas encore, ou a été désinscrit</translation>
    </message>
    <message>
        <source>the service is not there yet</source>
        <translation>le service n’existe pas encore</translation>
    </message>
    <message>
        <source>the service is there and runs another program</source>
        <translation>le service existe et exécute un autre programme</translation>
    </message>
    <message>
        <source>the host is Windows Server 2016 (build 14393)</source>
        <translation>l’hôte est Windows Server 2016 (build 14393)</translation>
    </message>
    <message>
        <source>Docker runs and something changes</source>
        <translation>Docker tourne et quelque chose change</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêt</translation>
    </message>
    <message>
        <source>only when %1</source>
        <translation>seulement si %1</translation>
    </message>
    <message>
        <source>a task of that name is there and runs something else</source>
        <translation>une tâche de ce nom existe et exécute autre chose</translation>
    </message>
    <message>
        <source>the task is not there as the answers have it</source>
        <translation>la tâche n’est pas telle que les réponses la veulent</translation>
    </message>
    <message>
        <source>the service is not there, but the event log source of one removed with sc.exe delete is</source>
        <translation>le service n&apos;est pas là, mais la source du journal d&apos;événements d&apos;un service supprimé par sc.exe delete l&apos;est</translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message>
        <source>   (a new file)</source>
        <translation>   (un nouveau fichier)</translation>
    </message>
    <message>
        <source>   (the file on the host is already like this: unchanged)</source>
        <translation>   (le fichier sur l’hôte est déjà ainsi : inchangé)</translation>
    </message>
    <message>
        <source>on the host now</source>
        <translation>sur l’hôte maintenant</translation>
    </message>
    <message>
        <source>what Berth writes</source>
        <translation>ce que Berth écrit</translation>
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
    <name>PrerequisitesPage</name>
    <message>
        <source>Prerequisites</source>
        <translation>Prérequis</translation>
    </message>
    <message>
        <source>What this host needs before the Docker engine runs. Berth can fix some of it.</source>
        <translation>Ce dont cet hôte a besoin avant que le moteur Docker tourne. Berth peut en corriger une partie.</translation>
    </message>
    <message>
        <source>Containers feature</source>
        <translation>Fonctionnalité Conteneurs</translation>
    </message>
    <message>
        <source>Windows containers need the Containers feature (it installs the Host Compute Service, vmcompute). Enabling it needs a restart.</source>
        <translation>Les conteneurs Windows ont besoin de la fonctionnalité Conteneurs (elle installe le Host Compute Service, vmcompute). L’activer demande un redémarrage.</translation>
    </message>
    <message>
        <source>Hyper-V</source>
        <translation>Hyper-V</translation>
    </message>
    <message>
        <source>Needed only for Hyper-V isolation, where each container runs in a small virtual machine. Process isolation does not need it.</source>
        <translation>Nécessaire seulement pour l’isolation Hyper-V, où chaque conteneur tourne dans une petite machine virtuelle. L’isolation par processus n’en a pas besoin.</translation>
    </message>
    <message>
        <source>Docker service</source>
        <translation>Service Docker</translation>
    </message>
    <message>
        <source>A Docker service that is there already is changed only where the answers differ.</source>
        <translation>Un service Docker déjà présent n’est modifié que là où les réponses diffèrent.</translation>
    </message>
    <message>
        <source>Remote port</source>
        <translation>Port distant</translation>
    </message>
    <message>
        <source>The TCP port for remote access must not be taken by another program.</source>
        <translation>Le port TCP de l’accès distant ne doit pas être pris par un autre programme.</translation>
    </message>
    <message>
        <source>&amp;Enable the Containers feature</source>
        <translation>&amp;Activer la fonctionnalité Conteneurs</translation>
    </message>
    <message>
        <source>Enable &amp;Hyper-V</source>
        <translation>Activer &amp;Hyper-V</translation>
    </message>
    <message>
        <source>Enabling the Containers feature ...</source>
        <translation>Activation de la fonctionnalité Conteneurs ...</translation>
    </message>
    <message>
        <source>Enabling Hyper-V ...</source>
        <translation>Activation d’Hyper-V ...</translation>
    </message>
    <message>
        <source>Looking ...</source>
        <translation>Vérification ...</translation>
    </message>
    <message>
        <source>Enabled.</source>
        <translation>Activé.</translation>
    </message>
    <message>
        <source>Not enabled: containers cannot run until it is.</source>
        <translation>Non activée : les conteneurs ne peuvent pas tourner tant qu’elle ne l’est pas.</translation>
    </message>
    <message>
        <source>Not enabled, and the answers ask for Hyper-V isolation.</source>
        <translation>Non activé, et les réponses demandent l’isolation Hyper-V.</translation>
    </message>
    <message>
        <source>Not enabled; not needed for process isolation.</source>
        <translation>Non activé ; inutile pour l’isolation par processus.</translation>
    </message>
    <message>
        <source>%1 is installed (%2, %3).</source>
        <translation>%1 est installé (%2, %3).</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours d’exécution</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Aucun pour l’instant.</translation>
    </message>
    <message>
        <source>Remote access is off: no port is opened.</source>
        <translation>L’accès distant est désactivé : aucun port n’est ouvert.</translation>
    </message>
    <message>
        <source>TCP %1: checked when Berth applies.</source>
        <translation>TCP %1 : vérifié au moment d’appliquer.</translation>
    </message>
    <message>
        <source>TCP %1 is in use by another program: choose another port on the TLS page.</source>
        <translation>TCP %1 est pris par un autre programme : choisissez un autre port sur la page TLS.</translation>
    </message>
    <message>
        <source>TCP %1 is free.</source>
        <translation>TCP %1 est libre.</translation>
    </message>
</context>
<context>
    <name>ReleasesPage</name>
    <message>
        <source>Update Docker</source>
        <translation>Mettre à jour Docker</translation>
    </message>
    <message>
        <source>Only dockerd.exe and docker.exe are replaced; the configuration, the certificates and the service stay. If the new daemon does not start, the old one comes back. Nothing has changed yet.</source>
        <translation>Seuls dockerd.exe et docker.exe sont remplacés ; la configuration, les certificats et le service restent. Si le nouveau démon ne démarre pas, l’ancien revient. Rien n’a encore changé.</translation>
    </message>
    <message>
        <source>&amp;Releases on offer, newest first:</source>
        <translation>&amp;Versions proposées, la plus récente d’abord :</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>The releases binaries.indexUrl lists. Going back to an older one is allowed, and said so.</source>
        <translation>Les versions que liste binaries.indexUrl. Revenir à une plus ancienne est permis, et signalé.</translation>
    </message>
    <message>
        <source>That is the installed release: there is nothing to update.</source>
        <translation>C’est la version installée : il n’y a rien à mettre à jour.</translation>
    </message>
    <message>
        <source>%1 is older than the installed %2: Docker goes back to it.</source>
        <translation>%1 est plus ancienne que la %2 installée : Docker y revient.</translation>
    </message>
    <message>
        <source>Docker goes from %1 to %2.</source>
        <translation>Docker passe de %1 à %2.</translation>
    </message>
    <message>
        <source>%1 does not say its version.</source>
        <translation>%1 ne donne pas sa version.</translation>
    </message>
    <message>
        <source>Installed: Docker %1 (%2).</source>
        <translation>Installé : Docker %1 (%2).</translation>
    </message>
    <message>
        <source>Reading the releases at %1 ...</source>
        <translation>Lecture des versions à %1 ...</translation>
    </message>
    <message>
        <source>%1 (newest)</source>
        <translation>%1 (la plus récente)</translation>
    </message>
    <message>
        <source>%1 (installed)</source>
        <translation>%1 (installée)</translation>
    </message>
    <message>
        <source>%1 (does not start on this Windows)</source>
        <translation>%1 (ne démarre pas sur ce Windows)</translation>
    </message>
</context>
<context>
    <name>RemovePage</name>
    <message>
        <source>Remove Docker</source>
        <translation>Supprimer Docker</translation>
    </message>
    <message>
        <source>The manual procedure&apos;s removal: stop the service, remove it, its firewall rule and the binaries. Nothing has changed yet.</source>
        <translation>La suppression de la procédure manuelle : arrêter le service, le retirer avec sa règle de pare-feu et les binaires. Rien n’a encore changé.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>What Berth found</source>
        <translation>Ce que Berth a trouvé</translation>
    </message>
    <message>
        <source>&amp;Keep images, containers and volumes (C:\ProgramData\docker)</source>
        <translation>&amp;Garder images, conteneurs et volumes (C:\ProgramData\docker)</translation>
    </message>
    <message>
        <source>A later install finds them again. Unchecked: the data folder is deleted.</source>
        <translation>Une installation ultérieure les retrouve. Décoché : le dossier des données est supprimé.</translation>
    </message>
    <message>
        <source>Keep the &amp;certificates</source>
        <translation>Garder les &amp;certificats</translation>
    </message>
    <message>
        <source>Clients keep working after a reinstall with the same certificates.</source>
        <translation>Les clients continuent de fonctionner après une réinstallation avec les mêmes certificats.</translation>
    </message>
    <message>
        <source>Service: %1 (%2)</source>
        <translation>Service : %1 (%2)</translation>
    </message>
    <message>
        <source>Binaries: %1\dockerd.exe and docker.exe</source>
        <translation>Binaires : %1\dockerd.exe et docker.exe</translation>
    </message>
    <message>
        <source>Firewall rule: %1</source>
        <translation>Règle de pare-feu : %1</translation>
    </message>
    <message>
        <source>Certificates: %1</source>
        <translation>Certificats : %1</translation>
    </message>
</context>
<context>
    <name>RestartToFinish</name>
    <message>
        <source>Berth could not be copied to %1 (%2), from where it finishes after the restart</source>
        <translation>Berth n’a pas pu être copié dans %1 (%2), d’où il termine après le redémarrage</translation>
    </message>
    <message>
        <source>Task that finishes the apply at the next start</source>
        <translation>Tâche qui termine l’application au prochain démarrage</translation>
    </message>
    <message>
        <source>the task that finishes the apply after the restart could not be registered: %1</source>
        <translation>la tâche qui termine l’application après le redémarrage n’a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>Restart the host</source>
        <translation>Redémarrer l’hôte</translation>
    </message>
    <message>
        <source>the restart could not be started: %1, from: %2</source>
        <translation>le redémarrage n’a pas pu être lancé : %1, par : %2</translation>
    </message>
    <message>
        <source>Berth is in %1, and the task &quot;%2&quot; runs it once at the next start to finish the apply (its output goes to %3).</source>
        <translation>Berth est dans %1, et la tâche « %2 » le lance une fois au prochain démarrage pour terminer l’application (sa sortie va dans %3).</translation>
    </message>
    <message>
        <source>Windows restarts in %1 seconds (shutdown /a stops that; then restart it yourself).</source>
        <translation>Windows redémarre dans %1 secondes (shutdown /a l’empêche ; redémarrez-le alors vous-même).</translation>
    </message>
    <message>
        <source>Remove the task that finished the apply</source>
        <translation>Retirer la tâche qui a terminé l’application</translation>
    </message>
    <message>
        <source>%1 is a link: Berth does not copy itself through it</source>
        <translation>%1 est un lien : Berth ne se copie pas à travers lui</translation>
    </message>
    <message>
        <source>the earlier copy of Berth in %1 could not be removed</source>
        <translation>la copie précédente de Berth dans %1 n’a pas pu être supprimée</translation>
    </message>
    <message>
        <source>%1 could not be locked to SYSTEM and Administrators: %2</source>
        <translation>%1 n’a pas pu être réservé à SYSTEM et aux Administrateurs : %2</translation>
    </message>
</context>
<context>
    <name>RuntimePage</name>
    <message>
        <source>Runtime</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>How containers are isolated, who may use the named pipe, and how the daemon is configured.</source>
        <translation>Comment les conteneurs sont isolés, qui peut utiliser le canal nommé et comment le démon est configuré.</translation>
    </message>
    <message>
        <source>Default &amp;isolation:</source>
        <translation>&amp;Isolation par défaut :</translation>
    </message>
    <message>
        <source>Process isolation shares the host&apos;s kernel; Hyper-V isolation gives each container its own small virtual machine. A container can still ask for the other with --isolation.</source>
        <translation>L’isolation par processus partage le noyau de l’hôte ; l’isolation Hyper-V donne à chaque conteneur sa propre petite machine virtuelle. Un conteneur peut toujours demander l’autre avec --isolation.</translation>
    </message>
    <message>
        <source>The edition&apos;s default</source>
        <translation>Le défaut de l’édition</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Hyper-V</source>
        <translation>Hyper-V</translation>
    </message>
    <message>
        <source>Named pipe &amp;group:</source>
        <translation>&amp;Groupe du canal nommé :</translation>
    </message>
    <message>
        <source>A Windows group whose members may use docker without being administrators (dockerd -G). Empty: administrators only.</source>
        <translation>Un groupe Windows dont les membres peuvent utiliser docker sans être administrateurs (dockerd -G). Vide : les administrateurs seulement.</translation>
    </message>
    <message>
        <source>&amp;Debug logging</source>
        <translation>Journal de &amp;débogage</translation>
    </message>
    <message>
        <source>dockerd -D: much more detail in daemon.log, for finding a fault.</source>
        <translation>dockerd -D : beaucoup plus de détails dans daemon.log, pour trouver une panne.</translation>
    </message>
    <message>
        <source>&amp;Configuration in:</source>
        <translation>&amp;Configuration dans :</translation>
    </message>
    <message>
        <source>Flags in runDockerDaemon.cmd, as the manual procedure does, or keys in C:\ProgramData\docker\config\daemon.json, where other tools look for them.</source>
        <translation>Des options dans runDockerDaemon.cmd, comme le fait la procédure manuelle, ou des clés dans C:\ProgramData\docker\config\daemon.json, où d’autres outils les cherchent.</translation>
    </message>
    <message>
        <source>The start script&apos;s flags</source>
        <translation>Les options du script de démarrage</translation>
    </message>
    <message>
        <source>daemon.json</source>
        <translation>daemon.json</translation>
    </message>
    <message>
        <source>On Windows 10 and 11 the default is Hyper-V isolation; process isolation needs build 17763 (1809) or later and an image of the same build.</source>
        <translation>Sous Windows 10 et 11 le défaut est l’isolation Hyper-V ; l’isolation par processus demande la build 17763 (1809) ou ultérieure et une image de la même build.</translation>
    </message>
    <message>
        <source>On Windows Server the default is process isolation: fastest, but the image&apos;s Windows build must match the host&apos;s. Hyper-V isolation runs older images too and needs the Hyper-V feature.</source>
        <translation>Sous Windows Server le défaut est l’isolation par processus : la plus rapide, mais la build Windows de l’image doit correspondre à celle de l’hôte. L’isolation Hyper-V fait aussi tourner des images plus anciennes et demande la fonctionnalité Hyper-V.</translation>
    </message>
    <message>
        <source>Hyper-V is not enabled on this host yet (see Prerequisites).</source>
        <translation>Hyper-V n’est pas encore activé sur cet hôte (voir Prérequis).</translation>
    </message>
    <message>
        <source>Data &amp;folder:</source>
        <translation>Dossier des do&amp;nnées :</translation>
    </message>
    <message>
        <source>Where Docker keeps images, containers and volumes (dockerd --data-root), for instance on a volume of their own: D:\docker. Empty: C:\ProgramData\docker.</source>
        <translation>Où Docker garde images, conteneurs et volumes (dockerd --data-root), par exemple sur un volume à part : D:\docker. Vide : C:\ProgramData\docker.</translation>
    </message>
    <message>
        <source>Note: %1.</source>
        <translation>Remarque : %1.</translation>
    </message>
</context>
<context>
    <name>ScheduledTaskControl</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>the scheduled task %1 was started but does not run</source>
        <translation>la tâche planifiée %1 a été démarrée mais ne s’exécute pas</translation>
    </message>
    <message>
        <source>%1 is still in use %2 seconds after the task was stopped</source>
        <translation>%1 est encore utilisé %2 secondes après l’arrêt de la tâche</translation>
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
        <source>Register the scheduled task</source>
        <translation>Inscrire la tâche planifiée</translation>
    </message>
    <message>
        <source>Write the scheduled task&apos;s arguments to a file</source>
        <translation>Écrire les arguments de la tâche planifiée dans un fichier</translation>
    </message>
    <message>
        <source>Register the task again from its saved definition</source>
        <translation>Réinscrire la tâche depuis sa définition sauvegardée</translation>
    </message>
</context>
<context>
    <name>SecretFile</name>
    <message>
        <source>cannot make an access list for this user: %1</source>
        <translation>impossible de créer une liste d’accès pour cet utilisateur : %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
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
    <message>
        <source>Only SYSTEM and Administrators may read the key</source>
        <translation>Seuls SYSTEM et les administrateurs peuvent lire la clé</translation>
    </message>
    <message>
        <source>Ask whether the scheduled task runs</source>
        <translation>Demander si la tâche planifiée s’exécute</translation>
    </message>
    <message>
        <source>Register the earlier task again</source>
        <translation>Réenregistrer la tâche précédente</translation>
    </message>
    <message>
        <source>Only SYSTEM and Administrators may use the folder</source>
        <translation>Seuls SYSTEM et les Administrateurs peuvent utiliser le dossier</translation>
    </message>
    <message>
        <source>Application tab: Path</source>
        <translation>Onglet Application : chemin</translation>
    </message>
    <message>
        <source>End %1</source>
        <translation>Arrêter %1</translation>
    </message>
    <message>
        <source>Read the scheduled task&apos;s %1</source>
        <translation>Lire la propriété %1 de la tâche planifiée</translation>
    </message>
    <message>
        <source>Administrators own the folder</source>
        <translation>Les Administrateurs deviennent propriétaires du dossier</translation>
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
    <message>
        <source>%1 is still in use %2 seconds after service %3 stopped</source>
        <translation>%1 est encore utilisé %2 secondes après l’arrêt du service %3</translation>
    </message>
</context>
<context>
    <name>ServiceManagerPage</name>
    <message>
        <source>Service manager</source>
        <translation>Gestionnaire de service</translation>
    </message>
    <message>
        <source>What starts dockerd.exe when the host starts, and keeps it running.</source>
        <translation>Ce qui démarre dockerd.exe au démarrage de l’hôte et le maintient en marche.</translation>
    </message>
    <message>
        <source>Host &amp;edition:</source>
        <translation>&amp;Édition de l’hôte :</translation>
    </message>
    <message>
        <source>The Windows edition of the host Docker goes to. Nano Server has no service manager for NSSM and runs dockerd from a scheduled task.</source>
        <translation>L’édition Windows de l’hôte qui reçoit Docker. Nano Server n’a pas de gestionnaire de service pour NSSM et lance dockerd depuis une tâche planifiée.</translation>
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
        <translation>Windows 10 ou 11</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>&amp;Gestionnaire :</translation>
    </message>
    <message>
        <source>NSSM runs cmd.exe with runDockerDaemon.cmd and writes its output to daemon.log, as the manual procedure does. The native service is dockerd --register-service. The scheduled task is the manual procedure&apos;s way on Nano Server.</source>
        <translation>NSSM lance cmd.exe avec runDockerDaemon.cmd et écrit sa sortie dans daemon.log, comme le fait la procédure manuelle. Le service natif est dockerd --register-service. La tâche planifiée est la méthode de la procédure manuelle sur Nano Server.</translation>
    </message>
    <message>
        <source>NSSM (as the manual procedure)</source>
        <translation>NSSM (comme la procédure manuelle)</translation>
    </message>
    <message>
        <source>dockerd&apos;s own Windows service</source>
        <translation>Le service Windows propre à dockerd</translation>
    </message>
    <message>
        <source>Scheduled task at start-up (Nano Server)</source>
        <translation>Tâche planifiée au démarrage (Nano Server)</translation>
    </message>
    <message>
        <source>NSSM &amp;source:</source>
        <translation>&amp;Source de NSSM :</translation>
    </message>
    <message>
        <source>nssm.cc is often unreachable: a local nssm-2.24.zip works without internet.</source>
        <translation>nssm.cc est souvent injoignable : un nssm-2.24.zip local fonctionne sans Internet.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>A zip on this machine</source>
        <translation>Un zip sur cette machine</translation>
    </message>
    <message>
        <source>Keep the nssm.exe on the host</source>
        <translation>Garder le nssm.exe de l’hôte</translation>
    </message>
    <message>
        <source>NSSM &amp;URL:</source>
        <translation>&amp;URL de NSSM :</translation>
    </message>
    <message>
        <source>Where the NSSM zip is downloaded from.</source>
        <translation>D’où le zip de NSSM est téléchargé.</translation>
    </message>
    <message>
        <source>NSSM &amp;zip:</source>
        <translation>&amp;Zip de NSSM :</translation>
    </message>
    <message>
        <source>nssm-2.24.zip on this machine; Berth takes win64\nssm.exe or win32\nssm.exe from it by the host&apos;s architecture.</source>
        <translation>nssm-2.24.zip sur cette machine ; Berth y prend win64\nssm.exe ou win32\nssm.exe selon l’architecture de l’hôte.</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <source>Choose nssm-2.24.zip on this machine.</source>
        <translation>Choisir nssm-2.24.zip sur cette machine.</translation>
    </message>
    <message>
        <source>NSSM zip</source>
        <translation>Zip de NSSM</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Fichiers zip (*.zip)</translation>
    </message>
    <message>
        <source>The next pages are NSSM&apos;s Application, Details and I/O tabs.</source>
        <translation>Les pages suivantes sont les onglets Application, Details et I/O de NSSM.</translation>
    </message>
    <message>
        <source>dockerd registers itself; it writes its log to the Windows event log, so the I/O page is left out.</source>
        <translation>dockerd s’enregistre lui-même ; il écrit son journal dans le journal d’événements de Windows, la page E/S est donc omise.</translation>
    </message>
    <message>
        <source>The task runs runDockerDaemon.cmd at start-up as SYSTEM with the highest run level, and its output goes to daemon.log.</source>
        <translation>La tâche exécute runDockerDaemon.cmd au démarrage en tant que SYSTEM avec le niveau d’exécution le plus élevé, et sa sortie va dans daemon.log.</translation>
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
        <source>; the daemon&apos;s last words: %1</source>
        <translation> ; derniers mots du démon : %1</translation>
    </message>
    <message>
        <source>the scheduled task %1 ended</source>
        <translation>la tâche planifiée %1 s&apos;est terminée</translation>
    </message>
    <message>
        <source>service %1 is %2</source>
        <translation>le service %1 est %2</translation>
    </message>
    <message>
        <source>stopping %1 again (%2)</source>
        <translation>arrêter de nouveau %1 (%2)</translation>
    </message>
    <message>
        <source>%1 was running before and could not be started again (%2)</source>
        <translation>%1 tournait avant et n’a pas pu être redémarré (%2)</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>What Berth will do</source>
        <translation>Ce que Berth va faire</translation>
    </message>
    <message>
        <source>Every file Berth writes, with what changes in it, and every command it runs.</source>
        <translation>Chaque fichier que Berth écrit, avec ce qui y change, et chaque commande qu’il lance.</translation>
    </message>
    <message>
        <source>B&amp;undle file:</source>
        <translation>Fichier du &amp;paquet :</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Fichier du paquet</translation>
    </message>
    <message>
        <source>The zip to copy to the other host. The client&apos;s files go to a second zip beside it, never into this one.</source>
        <translation>Le zip à copier sur l’autre hôte. Les fichiers du client vont dans un second zip à côté, jamais dans celui-ci.</translation>
    </message>
    <message>
        <source>Bro&amp;wse...</source>
        <translation>Parcou&amp;rir...</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Fichiers zip (*.zip)</translation>
    </message>
    <message>
        <source>Answer &amp;file:</source>
        <translation>&amp;Fichier de réponses :</translation>
    </message>
    <message>
        <source>Answer file</source>
        <translation>Fichier de réponses</translation>
    </message>
    <message>
        <source>Save these answers to run the same apply unattended: berth apply --answers FILE, or to open the wizard with them: berth --answers FILE.</source>
        <translation>Enregistrez ces réponses pour relancer la même application sans surveillance : berth apply --answers FICHIER, ou pour ouvrir l’assistant avec elles : berth --answers FICHIER.</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <source>&amp;Save answers</source>
        <translation>&amp;Enregistrer les réponses</translation>
    </message>
    <message>
        <source>Save answers</source>
        <translation>Enregistrer les réponses</translation>
    </message>
    <message>
        <source>Answer files (*.json)</source>
        <translation>Fichiers de réponses (*.json)</translation>
    </message>
    <message>
        <source>What the bundle will do on the other host. Nothing has changed yet.</source>
        <translation>Ce que le paquet fera sur l’autre hôte. Rien n’a encore changé.</translation>
    </message>
    <message>
        <source>What Berth will do on this host, in this order. Nothing has changed yet.</source>
        <translation>Ce que Berth va faire sur cet hôte, dans cet ordre. Rien n’a encore changé.</translation>
    </message>
    <message>
        <source>&amp;Make the bundle</source>
        <translation>&amp;Créer le paquet</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Fix these first:</source>
        <translation>À corriger d’abord :</translation>
    </message>
    <message>
        <source>Name a file for the answers first.</source>
        <translation>Indiquez d’abord un fichier pour les réponses.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>What changes on this host: reading it ...</source>
        <translation>Ce qui change sur cet hôte : lecture en cours ...</translation>
    </message>
    <message>
        <source>What changes on this host (a dry run of the apply):</source>
        <translation>Ce qui change sur cet hôte (une application à blanc) :</translation>
    </message>
    <message>
        <source>Every step of the plan:</source>
        <translation>Chaque étape du plan :</translation>
    </message>
    <message>
        <source>What the update will do on this host, in this order. Nothing has changed yet.</source>
        <translation>Ce que la mise à jour fera sur cet hôte, dans cet ordre. Rien n’a encore changé.</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Mettre à jour</translation>
    </message>
    <message>
        <source>What changes on this host (a dry run of the update):</source>
        <translation>Ce qui change sur cet hôte (essai à blanc de la mise à jour) :</translation>
    </message>
    <message>
        <source>What the set-up will do on this computer, in this order. Nothing has changed yet.</source>
        <translation>Ce que la configuration fera sur cet ordinateur, dans cet ordre. Rien n’a encore changé.</translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation>&amp;Configurer</translation>
    </message>
    <message>
        <source>What changes on this computer: reading it ...</source>
        <translation>Ce qui change sur cet ordinateur : lecture ...</translation>
    </message>
    <message>
        <source>What changes on this computer (a dry run of the set-up):</source>
        <translation>Ce qui change sur cet ordinateur (essai à blanc de la configuration) :</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Remarque :</translation>
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
        <translation>Accès distant au démon via TCP, avec des certificats des deux côtés (TLS mutuel).</translation>
    </message>
    <message>
        <source>Allow &amp;remote access</source>
        <translation>Autoriser l’accès &amp;distant</translation>
    </message>
    <message>
        <source>dockerd listens on TCP with --tlsverify: only clients with a certificate from this CA get in. Without it, Docker is reached only on this host (named pipe).</source>
        <translation>dockerd écoute en TCP avec --tlsverify : seuls les clients ayant un certificat de cette autorité entrent. Sans cela, Docker n’est joignable que sur cet hôte (canal nommé).</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>The address dockerd listens on; 0.0.0.0 is every IPv4 address of the host.</source>
        <translation>L’adresse sur laquelle dockerd écoute ; 0.0.0.0 désigne toutes les adresses IPv4 de l’hôte.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>The TCP port; 2376 is Docker&apos;s port for TLS.</source>
        <translation>Le port TCP ; 2376 est le port de Docker pour TLS.</translation>
    </message>
    <message>
        <source>Certificate &amp;folder:</source>
        <translation>&amp;Dossier des certificats :</translation>
    </message>
    <message>
        <source>The folder on the host with ca.pem, server-cert.pem and server-key.pem. The start script turns TLS on when tag.txt is in it.</source>
        <translation>Le dossier de l’hôte avec ca.pem, server-cert.pem et server-key.pem. Le script de démarrage active TLS quand tag.txt s’y trouve.</translation>
    </message>
    <message>
        <source>&amp;Make new certificates if the folder holds none that fit</source>
        <translation>&amp;Créer de nouveaux certificats si le dossier n’en contient aucun qui convienne</translation>
    </message>
    <message>
        <source>Berth makes a CA, the server&apos;s certificate and a client certificate. Unchecked: the files in the folder are used as they are, once they pass the check.</source>
        <translation>Berth crée une autorité, le certificat du serveur et un certificat client. Décoché : les fichiers du dossier sont utilisés tels quels, une fois la vérification passée.</translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation>&amp;Noms :</translation>
    </message>
    <message>
        <source>Every DNS name and IP address clients use to reach the host. A client that uses a name not listed here is refused.</source>
        <translation>Chaque nom DNS et adresse IP que les clients utilisent pour joindre l’hôte. Un client qui utilise un nom absent de cette liste est refusé.</translation>
    </message>
    <message>
        <source>&amp;Valid for (days):</source>
        <translation>&amp;Valable (jours) :</translation>
    </message>
    <message>
        <source>How long the new certificates are valid.</source>
        <translation>Durée de validité des nouveaux certificats.</translation>
    </message>
    <message>
        <source>&amp;Key type:</source>
        <translation>&amp;Type de clé :</translation>
    </message>
    <message>
        <source>RSA 4096 as Docker&apos;s TLS guide uses, or ECDSA P-256 (smaller and faster).</source>
        <translation>RSA 4096 comme dans le guide TLS de Docker, ou ECDSA P-256 (plus petit et plus rapide).</translation>
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
        <translation>&amp;Fichiers client vers :</translation>
    </message>
    <message>
        <source>A folder on this machine for the CA key and the client&apos;s certificate. They never stay on the host; copy them to the machines that run docker.</source>
        <translation>Un dossier sur cette machine pour la clé de l’autorité et le certificat client. Ils ne restent jamais sur l’hôte ; copiez-les sur les machines qui lancent docker.</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>Pa&amp;rcourir...</translation>
    </message>
    <message>
        <source>Choose the folder for the client&apos;s files.</source>
        <translation>Choisir le dossier des fichiers du client.</translation>
    </message>
    <message>
        <source>Client files</source>
        <translation>Fichiers client</translation>
    </message>
    <message>
        <source>Certificate check</source>
        <translation>Vérification des certificats</translation>
    </message>
    <message>
        <source>Names in the server certificate</source>
        <translation>Noms du certificat serveur</translation>
    </message>
    <message>
        <source>Name or address to add</source>
        <translation>Nom ou adresse à ajouter</translation>
    </message>
    <message>
        <source>A DNS name or an IP address; Enter adds it.</source>
        <translation>Un nom DNS ou une adresse IP ; Entrée l’ajoute.</translation>
    </message>
    <message>
        <source>host.example.com or 192.0.2.10</source>
        <translation>host.example.com ou 192.0.2.10</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Reti&amp;rer</translation>
    </message>
    <message>
        <source>Remove the selected name.</source>
        <translation>Retirer le nom sélectionné.</translation>
    </message>
    <message>
        <source>Add this host&apos;s &amp;names</source>
        <translation>Ajouter les &amp;noms de cet hôte</translation>
    </message>
    <message>
        <source>The host name, its full name, localhost, 127.0.0.1 and each of its addresses.</source>
        <translation>Le nom d’hôte, son nom complet, localhost, 127.0.0.1 et chacune de ses adresses.</translation>
    </message>
    <message>
        <source>The certificates in %1 fit these names; they are used as they are.</source>
        <translation>Les certificats de %1 conviennent à ces noms ; ils sont utilisés tels quels.</translation>
    </message>
    <message>
        <source>New certificates will be made: %1</source>
        <translation>De nouveaux certificats seront créés : %1</translation>
    </message>
    <message>
        <source>The certificates in %1 cannot be used:</source>
        <translation>Les certificats de %1 ne sont pas utilisables :</translation>
    </message>
    <message>
        <source>Add a docker con&amp;text for them on this machine</source>
        <translation>Ajouter un con&amp;texte docker pour eux sur cette machine</translation>
    </message>
    <message>
        <source>Runs docker context create on this machine, so that docker --context berth-HOST reaches the daemon. It changes this user&apos;s docker CLI settings; without it, Berth shows the command.</source>
        <translation>Exécute docker context create sur cette machine, pour que docker --context berth-HOST atteigne le démon. Cela modifie les réglages de la CLI docker de cet utilisateur ; sans cette option, Berth affiche la commande.</translation>
    </message>
    <message>
        <source>Checking the certificates in %1 ...</source>
        <translation>Vérification des certificats dans %1 ...</translation>
    </message>
</context>
<context>
    <name>TlsVerbs</name>
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
        <source>--san: name at least one DNS name or address that clients use to reach the host (this machine: %1)</source>
        <translation>--san : indiquez au moins un nom DNS ou une adresse par lesquels les clients joignent l’hôte (cette machine : %1)</translation>
    </message>
    <message>
        <source>The client&apos;s ca.pem, cert.pem and key.pem are also in %1.</source>
        <translation>Les ca.pem, cert.pem et key.pem du client sont aussi dans %1.</translation>
    </message>
    <message>
        <source>Docker %1 (API %2, clients from API %3: docker CLI %4 or later) on %5 answers at %6</source>
        <translation>Docker %1 (API %2, clients à partir de l’API %3 : docker CLI %4 ou plus récent) sur %5 répond à %6</translation>
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
    <message>
        <source>the event log source %1</source>
        <translation>la source du journal d&apos;événements %1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Berth</source>
        <translation>Bienvenue dans Berth</translation>
    </message>
    <message>
        <source>Berth installs, configures, reconfigures and removes the Docker engine on this Windows host, the way the manual procedure does: dockerd.exe run as a service, its log in daemon.log.</source>
        <translation>Berth installe, configure, reconfigure et supprime le moteur Docker sur cet hôte Windows, comme le fait la procédure manuelle : dockerd.exe lancé comme service, son journal dans daemon.log.</translation>
    </message>
    <message>
        <source>&amp;Install Docker on this host</source>
        <translation>&amp;Installer Docker sur cet hôte</translation>
    </message>
    <message>
        <source>Place dockerd.exe and docker.exe, write the start script, register the service and start it.</source>
        <translation>Placer dockerd.exe et docker.exe, écrire le script de démarrage, enregistrer le service et le démarrer.</translation>
    </message>
    <message>
        <source>Start from what is installed here now; only what you change is applied.</source>
        <translation>Partir de ce qui est installé ici ; seul ce que vous modifiez est appliqué.</translation>
    </message>
    <message>
        <source>Re&amp;move Docker from this host</source>
        <translation>Supprimer Docker de cet hôte (&amp;M)</translation>
    </message>
    <message>
        <source>Stop and remove the service, the firewall rule and the binaries; keep the data if you wish.</source>
        <translation>Arrêter et retirer le service, la règle de pare-feu et les binaires ; garder les données si vous le souhaitez.</translation>
    </message>
    <message>
        <source>Prepare a &amp;bundle for another host (Nano Server)</source>
        <translation>Préparer un &amp;paquet pour un autre hôte (Nano Server)</translation>
    </message>
    <message>
        <source>Make one zip with the binaries, the configuration and an install script to copy to a host without a desktop or without internet.</source>
        <translation>Créer un zip avec les binaires, la configuration et un script d’installation à copier sur un hôte sans bureau ou sans Internet.</translation>
    </message>
    <message>
        <source>What Berth found on this host</source>
        <translation>Ce que Berth a trouvé sur cet hôte</translation>
    </message>
    <message>
        <source>Looking at this host ...</source>
        <translation>Examen de cet hôte ...</translation>
    </message>
    <message>
        <source>Edition: the registry does not say (build %1).</source>
        <translation>Édition : le registre ne l’indique pas (build %1).</translation>
    </message>
    <message>
        <source>Berth runs as administrator.</source>
        <translation>Berth s’exécute en administrateur.</translation>
    </message>
    <message>
        <source>Berth is not running as administrator: it can prepare a bundle, but to change this host start it with &quot;Run as administrator&quot;.</source>
        <translation>Berth ne s’exécute pas en administrateur : il peut préparer un paquet, mais pour modifier cet hôte, lancez-le avec « Exécuter en tant qu’administrateur ».</translation>
    </message>
    <message>
        <source>A Docker service named %1 is installed (%2).</source>
        <translation>Un service Docker nommé %1 est installé (%2).</translation>
    </message>
    <message>
        <source>No Docker service is installed here.</source>
        <translation>Aucun service Docker n’est installé ici.</translation>
    </message>
    <message>
        <source>&amp;Reconfigure Docker on this host</source>
        <translation>&amp;Reconfigurer Docker sur cet hôte</translation>
    </message>
    <message>
        <source>This machine is not Windows, so there is no Docker to install or change here. Berth can prepare a bundle for a Windows host on it, with the host&apos;s certificates; to install or change Docker on a host, run Berth there.</source>
        <translation>Cette machine n’est pas sous Windows : il n’y a donc pas de Docker à installer ni à modifier ici. Berth peut y préparer un paquet pour un hôte Windows, avec les certificats de l’hôte ; pour installer ou modifier Docker sur un hôte, lancez Berth sur cet hôte.</translation>
    </message>
    <message>
        <source>Its answers are loaded: going on to Apply finishes it, as berth recover does.</source>
        <translation>Ses réponses sont chargées : aller jusqu’à Appliquer la termine, comme berth recover.</translation>
    </message>
    <message>
        <source>&amp;Update Docker on this host</source>
        <translation>Mettre à &amp;jour Docker sur cet hôte</translation>
    </message>
    <message>
        <source>Replace dockerd.exe and docker.exe with another release, and nothing else; the old ones come back if the new daemon does not start.</source>
        <translation>Remplace dockerd.exe et docker.exe par une autre version, et rien d’autre ; les anciens reviennent si le nouveau démon ne démarre pas.</translation>
    </message>
    <message>
        <source>Its dockerd.exe does not say its version.</source>
        <translation>Son dockerd.exe ne donne pas sa version.</translation>
    </message>
    <message>
        <source>Docker %1; looking for newer releases ...</source>
        <translation>Docker %1 ; recherche de versions plus récentes ...</translation>
    </message>
    <message>
        <source>Docker %1; the releases on offer could not be read: %2</source>
        <translation>Docker %1 ; les versions proposées n’ont pas pu être lues : %2</translation>
    </message>
    <message>
        <source>Docker %1; a newer release is on offer: %2 (Update Docker on this host).</source>
        <translation>Docker %1 ; une version plus récente est proposée : %2 (Mettre à jour Docker sur cet hôte).</translation>
    </message>
    <message>
        <source>Docker %1, the newest release on offer.</source>
        <translation>Docker %1, la plus récente version proposée.</translation>
    </message>
    <message>
        <source>Re&amp;new certificates</source>
        <translation>Re&amp;nouveler les certificats</translation>
    </message>
    <message>
        <source>Reconfigure with new certificates, signed by the same CA where its key is in the client folder: the TLS page comes next.</source>
        <translation>Reconfigurer avec de nouveaux certificats, signés par la même autorité si sa clé est dans le dossier client : la page TLS vient ensuite.</translation>
    </message>
    <message>
        <source>A Docker service named %1 is installed (%2) and running.</source>
        <translation>Un service Docker nommé %1 est installé (%2) et en marche.</translation>
    </message>
    <message>
        <source>A Docker service named %1 is installed (%2) and not running.</source>
        <translation>Un service Docker nommé %1 est installé (%2) et arrêté.</translation>
    </message>
    <message>
        <source>Remote access: off; clients on this host only, through the named pipe.</source>
        <translation>Accès distant : désactivé ; clients sur cet hôte seulement, par le canal nommé.</translation>
    </message>
    <message>
        <source>Remote access: TLS on port %1.</source>
        <translation>Accès distant : TLS sur le port %1.</translation>
    </message>
    <message>
        <source>The server certificate in %1 cannot be read: renew it.</source>
        <translation>Le certificat serveur dans %1 est illisible : renouvelez-le.</translation>
    </message>
    <message>
        <source>The server certificate expired on %1: renew it.</source>
        <translation>Le certificat serveur a expiré le %1 : renouvelez-le.</translation>
    </message>
    <message numerus="yes">
        <source>The server certificate expires on %1, in %n days: renew it.</source>
        <translation>
            <numerusform>Le certificat serveur expire le %1, dans %n jour : renouvelez-le.</numerusform>
            <numerusform>Le certificat serveur expire le %1, dans %n jours : renouvelez-le.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server certificate is valid until %1.</source>
        <translation>Le certificat serveur est valable jusqu’au %1.</translation>
    </message>
    <message>
        <source>Firewall: no rule for Docker.</source>
        <translation>Pare-feu : aucune règle pour Docker.</translation>
    </message>
    <message>
        <source>Firewall: rule &quot;%1&quot; lets TCP %2 in from %3.</source>
        <translation>Pare-feu : la règle « %1 » laisse entrer TCP %2 depuis %3.</translation>
    </message>
    <message>
        <source>any address</source>
        <translation>n’importe quelle adresse</translation>
    </message>
    <message>
        <source>&amp;Set up this computer to manage a Docker host</source>
        <translation>&amp;Configurer cet ordinateur pour gérer un hôte Docker</translation>
    </message>
    <message>
        <source>The docker CLI on Path, the client&apos;s certificates and DOCKER_HOST for you, so that docker here reaches a host elsewhere.</source>
        <translation>La CLI docker dans le Path, les certificats du client et DOCKER_HOST pour vous, afin que docker ici atteigne un hôte ailleurs.</translation>
    </message>
    <message>
        <source>Windows: %1.</source>
        <translation>Windows : %1.</translation>
    </message>
    <message>
        <source>Update Docker on this host to go back to it.</source>
        <translation>Mettez à jour Docker sur cet hôte pour y revenir.</translation>
    </message>
</context>
<context>
    <name>WindowsFeatures</name>
    <message>
        <source>The Windows feature %1 could not be enabled: %2, from: %3</source>
        <translation>La fonctionnalité Windows %1 n’a pas pu être activée : %2, par : %3</translation>
    </message>
    <message>
        <source>Enabled the Windows feature %1 (dism.exe); Docker starts only after the host restarts.</source>
        <translation>Fonctionnalité Windows %1 activée (dism.exe) ; Docker ne démarre qu’après le redémarrage de l’hôte.</translation>
    </message>
    <message>
        <source>Enabled the Windows feature %1 (dism.exe).</source>
        <translation>Fonctionnalité Windows %1 activée (dism.exe).</translation>
    </message>
    <message>
        <source>This Nano Server lacks the Windows feature %1, which cannot be enabled on a running Nano Server: build its image with it (New-NanoServerImage -Containers, and -Compute for Hyper-V), then run Berth again.</source>
        <translation>Ce Nano Server n’a pas la fonctionnalité Windows %1, qui ne peut pas être activée sur un Nano Server en marche : créez son image avec elle (New-NanoServerImage -Containers, et -Compute pour Hyper-V), puis relancez Berth.</translation>
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
    <message>
        <source>This machine is not Windows, so there is no Docker to install or change here. Berth can prepare a bundle for a Windows host (berth bundle) and make certificates (berth certs) on it; to change a host, run Berth on that host, or name a folder that stands for its C:\ with --root.</source>
        <translation>Cette machine n’est pas sous Windows : il n’y a donc pas de Docker à installer ni à modifier ici. Berth peut y préparer un paquet pour un hôte Windows (berth bundle) et créer des certificats (berth certs) ; pour modifier un hôte, lancez Berth sur cet hôte, ou désignez avec --root un dossier qui tient lieu de son C:\.</translation>
    </message>
    <message>
        <source>%1 is not a full Windows path (like C:\folder\file)</source>
        <translation>%1 n’est pas un chemin Windows complet (comme C:\dossier\fichier)</translation>
    </message>
    <message>
        <source>%1 names a folder . or ..</source>
        <translation>%1 désigne un dossier . ou ..</translation>
    </message>
    <message>
        <source>%1 is on drive %2:, and the folder that stands for this host (--root) stands for C: alone</source>
        <translation>%1 est sur le lecteur %2:, et le dossier qui tient lieu de cet hôte (--root) ne tient lieu que de C:</translation>
    </message>
</context>
<context>
    <name>WindowsReleases</name>
    <message>
        <source>Nano Server (build %1)</source>
        <translation>Nano Server (build %1)</translation>
    </message>
    <message>
        <source>%1 (build %2)</source>
        <translation>%1 (build %2)</translation>
    </message>
    <message>
        <source>Windows client, build %1</source>
        <translation>Windows client, build %1</translation>
    </message>
    <message>
        <source>Windows Server, build %1</source>
        <translation>Windows Server, build %1</translation>
    </message>
    <message>
        <source>Docker %1 does not start on %2: Docker Engine %3.0 and later need build %4 (Windows Server 2019, Windows 10 1809) or later. The newest engine this host runs is %5.</source>
        <translation>Docker %1 ne démarre pas sur %2 : Docker Engine %3.0 et ultérieur exigent le build %4 (Windows Server 2019, Windows 10 1809) ou ultérieur. Le moteur le plus récent que cet hôte exécute est %5.</translation>
    </message>
    <message>
        <source>%1: its Docker engine line ends at %2 (Docker Engine %3.0 and later need build %4)</source>
        <translation>%1 : sa lignée de moteurs Docker s&apos;arrête à %2 (Docker Engine %3.0 et ultérieur exigent le build %4)</translation>
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
<context>
    <name>ZipWriter</name>
    <message>
        <source>cannot write %1 (zip error %2)</source>
        <translation>impossible d’écrire %1 (erreur zip %2)</translation>
    </message>
    <message>
        <source>cannot put %1 into %2</source>
        <translation>impossible de mettre %1 dans %2</translation>
    </message>
    <message>
        <source>cannot put %1 into %2 (zip error %3)</source>
        <translation>impossible de mettre %1 dans %2 (erreur zip %3)</translation>
    </message>
</context>
</TS>
