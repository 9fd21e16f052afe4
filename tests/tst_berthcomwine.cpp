#include "NginxServer.h"
#include "WineHost.h"

#include "fetch/LocalArchive.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <quazip.h>
#include <quazipfile.h>

// berth.com as the Windows program it is: copied into a fresh Wine prefix's C:\Program Files\Berth
// and started by Wine with no --root and no BERTH_LAUNCHER, so that it works on the prefix's own C:\
// and starts C:\Windows\System32\sc.exe, reg.exe and the nssm.exe and dockerd.exe stand-ins itself,
// quoting their arguments as QProcess does on Windows. The host is checked afterwards as the
// Linux-driven tests check it.
class TestBerthComWine : public QObject
{
    Q_OBJECT

    static constexpr const char *Folder = "C:\\Program Files\\Berth";
    static constexpr const char *Program = "C:\\Program Files\\Berth\\berth.com";

    // A display name and description that a command line could mangle: spaces, parentheses, an
    // ampersand, letters outside ASCII, and a trailing backslash (CommandLineToArgvW's trap).
    static QString displayName() { return QStringLiteral("Docker Engine (Berth) & Co — Prüfung"); }
    static QString description() { return QStringLiteral("Runs dockerd from C:\\Program Files\\Docker\\"); }

    static bool installBerth(const WineHost &host)
    {
        const QString target = host.hostPath(QStringLiteral("C:\\Program Files")) + QStringLiteral("/Berth");
        QProcess copy;
        copy.start(QStringLiteral("cp"), {QStringLiteral("-a"), QStringLiteral(BERTH_WINDOWS_FOLDER), target});
        return copy.waitForFinished(60000) && copy.exitCode() == 0;
    }

    // Runs berth.com through Wine; English messages, a locale whose file names can hold any letter.
    static WinePrefix::Result berthCom(const WineHost &host, const QStringList &arguments, int timeoutMs = 300000)
    {
        return host.run(QLatin1String(Program), arguments, {{QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")}},
                        timeoutMs);
    }

    // Puts a file on the host's C:\berth-test and returns its Windows path.
    static QString place(const WineHost &host, const QString &name, const QByteArray &bytes)
    {
        QDir().mkpath(host.driveC() + QStringLiteral("/berth-test"));
        QFile file(host.driveC() + QStringLiteral("/berth-test/") + name);
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return QStringLiteral("C:\\berth-test\\") + name;
    }

    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void init()
    {
        QVERIFY2(QFile::exists(WineHost::standin("nssm.exe")), "the Windows stand-ins were not built");
        QVERIFY2(QFile::exists(QStringLiteral(BERTH_WINDOWS_FOLDER "/berth.com")),
                 "the Windows build is missing: bash .ci/dev windows");
    }

    // apply, inspect, a second apply, the named-pipe probe and uninstall, each as a Windows program.
    void appliesInspectsProbesAndRemovesAsAWindowsProgram()
    {
        WineHost host;
        NginxServer server;
        QVERIFY2(host.unavailableReason().isEmpty(), qPrintable(host.unavailableReason()));
        QVERIFY2(server.unavailableReason().isEmpty(), qPrintable(server.unavailableReason()));
        QVERIFY(installBerth(host));
        QVERIFY(QFile::copy(host.zip("docker.zip"), server.root() + QStringLiteral("/docker-28.2.2.zip")));

        Answers answers;
        answers.binaries.zipUrl = server.url(QStringLiteral("docker-28.2.2.zip"));
        answers.download.allowHttp = true;
        answers.nssm.source = Source::Local;
        answers.nssm.localPath = place(host, QStringLiteral("nssm-2.24.zip"), readFile(host.zip("nssm-2.24.zip")));
        answers.service.displayName = displayName();
        answers.service.description = description();
        const QString file = place(host, QStringLiteral("host.json"), QJsonDocument(answers.toJson()).toJson());

        const WinePrefix::Result applied = berthCom(host, {QStringLiteral("apply"), QStringLiteral("--answers"), file});
        QVERIFY2(applied.exitCode == 0, applied.out + applied.err);
        QVERIFY(applied.out.contains("Applied.\r\n"));
        QCOMPARE(host.serviceState(), QStringLiteral("RUNNING"));

        // What nssm.exe received on its command line is what the registry holds, letter for letter.
        const QString service = host.regExport(QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\Docker"));
        for (const QString &expected :
             {QStringLiteral("\"DisplayName\"=\"Docker Engine (Berth) & Co — Prüfung\"\r\n"),
              QStringLiteral("\"Description\"=\"Runs dockerd from C:\\\\Program Files\\\\Docker\\\\\"\r\n"),
              QStringLiteral("\"Start\"=dword:00000002\r\n")})
            QVERIFY2(service.contains(expected), qPrintable(expected + QStringLiteral("\n---\n") + service));
        const QString parameters =
            host.regQuery(QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\Docker\\Parameters"));
        for (const QString &expected :
             {QStringLiteral("Application    REG_EXPAND_SZ    C:\\Windows\\System32\\cmd.exe"),
              QStringLiteral(
                  "AppParameters    REG_EXPAND_SZ    /s /c C:\\ProgramData\\docker\\runDockerDaemon.cmd < nul"),
              QStringLiteral("AppStdout    REG_EXPAND_SZ    C:\\ProgramData\\docker\\daemon.log")})
            QVERIFY2(parameters.contains(expected), qPrintable(expected + QStringLiteral("\n---\n") + parameters));
        QFile log(host.hostPath(QStringLiteral("C:\\ProgramData\\docker\\daemon.log")));
        QTRY_VERIFY_WITH_TIMEOUT(log.size() > 0, 10000);

        // The download went to the user's %LOCALAPPDATA%\Berth\downloads.
        QStringList cached;
        QDirIterator it(host.driveC() + QStringLiteral("/users"), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(QLatin1String("/AppData/Local/Berth/downloads/")))
                cached << path;
        }
        // Named by the URL's hash, the kind kept.
        const QString cacheName =
            QString::fromLatin1(QCryptographicHash::hash(server.url(QStringLiteral("docker-28.2.2.zip")).toUtf8(),
                                                         QCryptographicHash::Sha256)
                                    .toHex());
        QVERIFY2(cached.size() == 1 && cached.first().endsWith(QLatin1Char('/') + cacheName + QStringLiteral(".zip")),
                 qPrintable(cached.join(QLatin1Char('\n'))));

        // inspect reads the host back as the answers that made it, as UTF-8 JSON.
        const WinePrefix::Result inspected = berthCom(host, {QStringLiteral("inspect")});
        QVERIFY2(inspected.exitCode == 0, inspected.err);
        const QJsonObject details = QJsonDocument::fromJson(inspected.out)
                                        .object()
                                        .value(QStringLiteral("service"))
                                        .toObject()
                                        .value(QStringLiteral("details"))
                                        .toObject();
        QCOMPARE(details.value(QStringLiteral("displayName")).toString(), displayName());
        QCOMPARE(details.value(QStringLiteral("description")).toString(), description());

        const QString before = host.snapshot();
        const WinePrefix::Result again = berthCom(host, {QStringLiteral("apply"), QStringLiteral("--answers"), file});
        QVERIFY2(again.exitCode == 0, again.out + again.err);
        QVERIFY2(again.out.contains("Nothing changes"), again.out);
        QVERIFY2(host.snapshot() == before, WineHost::difference(before, host.snapshot()).constData());
        QCOMPARE(server.accessLog().count(QStringLiteral("/docker-28.2.2.zip 200")), 1);

        // The local API over the named pipe, which the running dockerd stand-in serves.
        const WinePrefix::Result probe = berthCom(host, {QStringLiteral("probe"), QStringLiteral("--host"),
                                                         QStringLiteral("npipe:////./pipe/docker_engine")});
        QVERIFY2(probe.exitCode == 0, probe.err);
        QCOMPARE(
            probe.out,
            QByteArray("Docker 28.2.2-standin (API 1.50) on windows answers at npipe:////./pipe/docker_engine\r\n"));

        const WinePrefix::Result removed = berthCom(host, {QStringLiteral("uninstall")});
        QVERIFY2(removed.exitCode == 0, removed.out + removed.err);
        QCOMPARE(host.serviceState(), QStringLiteral("MISSING"));
        QVERIFY(!QFile::exists(host.hostPath(QStringLiteral("C:\\Windows\\System32\\dockerd.exe"))));
        const WinePrefix::Result silent = berthCom(
            host, {QStringLiteral("probe"), QStringLiteral("--host"), QStringLiteral("npipe:////./pipe/docker_engine")},
            60000);
        QCOMPARE(silent.exitCode, 1);
    }

    // The console conventions: started from cmd.exe as `berth`, berth.com is found before berth.exe,
    // prints, and returns its exit code; scripts come out byte for byte (CRLF, not CR CR LF).
    // berth upgrade as a Windows program on the host asks the new daemon over the named pipe; a daemon that
    // runs but never answers there is rolled back to the old one after the time it is given (service.timeout).
    // Under dockerd's own service the old daemon still holds its .exe for a moment after STOPPED (the stand-in
    // 1.5 s, as moby reports Stopped before its process ends): the upgrade waits until the file can be replaced.
    void upgradeAsksTheNewDaemonOverTheNamedPipe_data()
    {
        QTest::addColumn<QString>("offered");
        QTest::addColumn<QString>("release");
        QTest::addColumn<ServiceManager>("manager");
        QTest::newRow("answers") << QStringLiteral("28.3.0") << QStringLiteral("28.3.0") << ServiceManager::Nssm;
        QTest::newRow("never answers") << QStringLiteral("28.3.0") << QStringLiteral("no-api") << ServiceManager::Nssm;
        QTest::newRow("native, lingering after STOPPED")
            << QStringLiteral("28.3.0") << QStringLiteral("28.3.0") << ServiceManager::Native;
        // Engine 29 takes clients from API 1.44 on, which the probe reads from /version and says.
        QTest::newRow("engine 29") << QStringLiteral("29.1.0") << QStringLiteral("29.1.0") << ServiceManager::Nssm;
    }
    void upgradeAsksTheNewDaemonOverTheNamedPipe()
    {
        QFETCH(QString, offered);
        QFETCH(QString, release);
        QFETCH(ServiceManager, manager);
        WineHost host;
        NginxServer server;
        QVERIFY2(host.unavailableReason().isEmpty(), qPrintable(host.unavailableReason()));
        QVERIFY2(server.unavailableReason().isEmpty(), qPrintable(server.unavailableReason()));
        QVERIFY(installBerth(host));
        QVERIFY(WineHost::publishReleases(server.root(), {{offered, release}}));
        Answers answers;
        answers.binaries.source = Source::Local;
        answers.binaries.localPath = place(host, QStringLiteral("docker.zip"), readFile(host.zip("docker.zip")));
        answers.binaries.indexUrl = server.url(QString());
        answers.download.allowHttp = true;
        answers.nssm.source = Source::Local;
        answers.nssm.localPath = place(host, QStringLiteral("nssm-2.24.zip"), readFile(host.zip("nssm-2.24.zip")));
        answers.service.timeout = 20;
        answers.service.manager = manager;
        const QString file = place(host, QStringLiteral("host.json"), QJsonDocument(answers.toJson()).toJson());
        const WinePrefix::Result applied = berthCom(host, {QStringLiteral("apply"), QStringLiteral("--answers"), file});
        QVERIFY2(applied.exitCode == 0, applied.out + applied.err);
        const QString before = host.snapshot();

        const WinePrefix::Result upgrade =
            berthCom(host, {QStringLiteral("upgrade"), QStringLiteral("--answers"), file});
        const WinePrefix::Result version =
            host.run(QStringLiteral("C:\\Windows\\System32\\dockerd.exe"), {QStringLiteral("--version")});
        QCOMPARE(host.serviceState(), QStringLiteral("RUNNING"));
        if (release == offered) {
            QVERIFY2(upgrade.exitCode == 0, upgrade.out + upgrade.err);
            QVERIFY2(upgrade.out.contains("[6/6] Ask the daemon's API ...\r\n      done\r\n"), upgrade.out);
            QVERIFY(version.out.startsWith("Docker version " + offered.toUtf8() + ","));
            const WinePrefix::Result probe = berthCom(host, {QStringLiteral("probe"), QStringLiteral("--host"),
                                                             QStringLiteral("npipe:////./pipe/docker_engine")});
            QVERIFY2(probe.out.startsWith("Docker " + offered.toUtf8() + " "), probe.out + probe.err);
            QCOMPARE(probe.out.contains("clients from API 1.44: docker CLI 25.0 or later"),
                     offered.startsWith(QLatin1String("29.")));
        } else {
            QCOMPARE(upgrade.exitCode, 1);
            QVERIFY2(upgrade.err.contains("\"Start Docker\" failed: the daemon did not answer on its named pipe "
                                          "within 20 s"),
                     upgrade.err);
            QVERIFY(version.out.startsWith("Docker version 28.2.2-standin,"));
            QVERIFY2(host.snapshot() == before, WineHost::difference(before, host.snapshot()).constData());
            // The old daemon runs again and answers.
            const WinePrefix::Result probe = berthCom(host, {QStringLiteral("probe"), QStringLiteral("--host"),
                                                             QStringLiteral("npipe:////./pipe/docker_engine")});
            QVERIFY2(probe.out.startsWith("Docker 28.2.2-standin "), probe.out + probe.err);
        }
        berthCom(host, {QStringLiteral("uninstall")});
    }

    // A program of a local user's that holds \\.\pipe\docker_engine before Docker starts (there while dockerd is
    // stopped for an upgrade, say) answers docker.exe's question in its place, and dockerd cannot make its pipe.
    // berth.com on the host itself asks Windows which process serves the pipe (GetNamedPipeServerProcessId) and
    // takes the answer only from the dockerd.exe it installed: the apply fails, naming the program, and rolls back.
    void anotherProgramOnDockersPipeIsNotDocker()
    {
        WineHost host;
        QVERIFY2(host.unavailableReason().isEmpty(), qPrintable(host.unavailableReason()));
        QVERIFY(installBerth(host));
        Answers answers;
        answers.binaries.source = Source::Local;
        answers.binaries.localPath = place(host, QStringLiteral("docker.zip"), readFile(host.zip("docker.zip")));
        answers.nssm.source = Source::Local;
        answers.nssm.localPath = place(host, QStringLiteral("nssm-2.24.zip"), readFile(host.zip("nssm-2.24.zip")));
        answers.service.timeout = 20;
        const QString file = place(host, QStringLiteral("host.json"), QJsonDocument(answers.toJson()).toJson());

        const QString impostorPath = QStringLiteral("C:\\users\\Public\\dockerd.exe");
        QVERIFY(QFile::copy(WineHost::standin("dockerd.exe"), host.hostPath(impostorPath)));
        QProcess impostor;
        impostor.setProcessEnvironment(host.environment());
        impostor.setStandardInputFile(QProcess::nullDevice());
        impostor.start(QStringLiteral("wine"), {impostorPath});
        QVERIFY(impostor.waitForStarted());
        const auto answering = [&] {
            const WinePrefix::Result asked = host.run(
                QStringLiteral("C:\\berth-test\\docker.exe"),
                {QStringLiteral("-H"), QStringLiteral("npipe:////./pipe/docker_engine"), QStringLiteral("version"),
                 QStringLiteral("--format"), QStringLiteral("{{.Server.Version}}")});
            return asked.exitCode == 0 && !asked.out.trimmed().isEmpty();
        };
        QVERIFY(QFile::copy(WineHost::standin("docker.exe"), host.driveC() + QStringLiteral("/berth-test/docker.exe")));
        QTRY_VERIFY_WITH_TIMEOUT(answering(), 30000);

        const WinePrefix::Result applied = berthCom(host, {QStringLiteral("apply"), QStringLiteral("--answers"), file});
        impostor.kill();
        impostor.waitForFinished();
        QVERIFY2(applied.exitCode != 0, applied.out + applied.err);
        const QByteArray said = (applied.out + applied.err).toLower();
        QVERIFY2(said.contains("c:\\users\\public\\dockerd.exe (process ") &&
                     said.contains("answered on \\\\.\\pipe\\docker_engine, not c:\\windows\\system32\\dockerd.exe"),
                 applied.out + applied.err);
        QVERIFY2(applied.out.contains("put back") || applied.err.contains("put back"), applied.out + applied.err);
    }

    void behavesAsAConsoleProgramInCmd()
    {
        WineHost host;
        QVERIFY2(host.unavailableReason().isEmpty(), qPrintable(host.unavailableReason()));
        QVERIFY(installBerth(host));
        // Each line runs from a script in Berth's folder, as an admin types it there.
        auto cmd = [&](const QString &line) {
            const QString script = place(host, QStringLiteral("run.cmd"),
                                         QStringLiteral("@echo off\r\ncd /d \"%1\"\r\n%2\r\nexit /b %errorlevel%\r\n")
                                             .arg(QLatin1String(Folder), line)
                                             .toLatin1());
            return host.run(QStringLiteral("cmd.exe"), {QStringLiteral("/c"), script},
                            {{QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")}});
        };
        const WinePrefix::Result version = cmd(QStringLiteral("berth --version"));
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out, QByteArray("berth 0.1.0\r\n"));

        const QString bad = place(host, QStringLiteral("bad.json"), R"({"tls": {"port": 70000}})");
        const WinePrefix::Result invalid = cmd(QStringLiteral("berth validate --answers ") + bad);
        QCOMPARE(invalid.exitCode, 2);
        QCOMPARE(invalid.err, QByteArray("tls.port: 70000 is not a port (1-65535)\r\n"));

        const WinePrefix::Result script = cmd(QStringLiteral("berth render runDockerDaemon.cmd"));
        QCOMPARE(script.exitCode, 0);
        QCOMPARE(script.out, readFile(QStringLiteral(BERTH_TEST_DATA "/golden/seed-runDockerDaemon.cmd")));

        // berth.exe with a verb, its output redirected, prints as berth.com does.
        const WinePrefix::Result gui = host.run(QStringLiteral("C:\\Program Files\\Berth\\berth.exe"),
                                                {QStringLiteral("render"), QStringLiteral("runDockerDaemon.cmd")});
        QCOMPARE(gui.exitCode, 0);
        QCOMPARE(gui.out, script.out);

        // Redirected to a file by cmd.exe, as an admin saves it.
        QCOMPARE(cmd(QStringLiteral("berth render runDockerDaemon.cmd > C:\\berth-test\\saved.cmd")).exitCode, 0);
        QCOMPARE(readFile(host.driveC() + QStringLiteral("/berth-test/saved.cmd")),
                 readFile(QStringLiteral(BERTH_TEST_DATA "/golden/seed-runDockerDaemon.cmd")));
    }

    // Nano Server's scheduled task: a newer dockerd.exe replaces the one the task runs, which Windows
    // refuses while it runs (the stand-in holds its own file as Windows does): the apply stops the task
    // and ends its daemon first, then starts it again; uninstall ends it before deleting the binaries.
    void scheduledTaskDaemonIsStoppedBeforeItIsReplaced()
    {
        WineHost host(14393, QStringLiteral("Nano Server"));
        QVERIFY2(host.unavailableReason().isEmpty(), qPrintable(host.unavailableReason()));
        QVERIFY(installBerth(host));
        auto taskState = [&] {
            return QString::fromLocal8Bit(
                       host.run(QStringLiteral("C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe"),
                                {QStringLiteral("-Command"),
                                 QStringLiteral("(Get-ScheduledTask -TaskName Docker).State")})
                           .out)
                .trimmed();
        };
        Answers answers;
        answers.host.edition = Edition::Nano;
        answers.service.manager = ServiceManager::ScheduledTask;
        answers.binaries.source = Source::Local;
        answers.binaries.localPath = place(host, QStringLiteral("docker.zip"), readFile(host.zip("docker.zip")));
        const QString first = place(host, QStringLiteral("nano.json"), QJsonDocument(answers.toJson()).toJson());
        const WinePrefix::Result applied =
            berthCom(host, {QStringLiteral("apply"), QStringLiteral("--answers"), first});
        QVERIFY2(applied.exitCode == 0, applied.out + applied.err);
        QCOMPARE(taskState(), QStringLiteral("Running"));

        // The same dockerd (the engine Nano Server runs: the host's docker.zip has it) with bytes after it: a newer
        // release, with the CLI that asks it.
        QString error;
        QByteArray newer =
            LocalArchive::dockerBinaries(host.zip("docker.zip"), &error).value(QStringLiteral("dockerd.exe"));
        QVERIFY2(!newer.isEmpty(), qPrintable(error));
        newer.append("berth: a newer release");
        const QString zipPath = host.driveC() + QStringLiteral("/berth-test/docker-newer.zip");
        {
            QuaZip zip(zipPath);
            QVERIFY(zip.open(QuaZip::mdCreate));
            for (const char *name : {"docker/dockerd.exe", "docker/docker.exe"}) {
                QuaZipFile entry(&zip);
                QVERIFY(entry.open(QIODevice::WriteOnly, QuaZipNewInfo(QLatin1String(name))));
                entry.write(QLatin1String(name) == QLatin1String("docker/dockerd.exe")
                                ? newer
                                : readFile(WineHost::standin("docker.exe")));
            }
        }
        answers.binaries.localPath = QStringLiteral("C:\\berth-test\\docker-newer.zip");
        const QString second = place(host, QStringLiteral("nano-newer.json"), QJsonDocument(answers.toJson()).toJson());
        const WinePrefix::Result upgraded =
            berthCom(host, {QStringLiteral("apply"), QStringLiteral("--answers"), second});
        QVERIFY2(upgraded.exitCode == 0, upgraded.out + upgraded.err);
        QVERIFY(readFile(host.hostPath(QStringLiteral("C:\\Windows\\System32\\dockerd.exe")))
                    .endsWith("berth: a newer release"));
        QCOMPARE(taskState(), QStringLiteral("Running"));

        const WinePrefix::Result removed = berthCom(host, {QStringLiteral("uninstall")});
        QVERIFY2(removed.exitCode == 0, removed.out + removed.err);
        QCOMPARE(taskState(), QString());
        QVERIFY(!QFile::exists(host.hostPath(QStringLiteral("C:\\Windows\\System32\\dockerd.exe"))));
    }

    // berth.com, run from a folder a user could write (as downloaded), on a host without the Containers feature:
    // it enables the feature, sets Docker up, copies itself where only administrators write, registers a task that
    // runs that copy once at the next start as SYSTEM, and restarts Windows. At that start (Task Scheduler played
    // by the stand-in's Start-ScheduledTask) the task has the daemon answer and removes itself. One command and one
    // restart; the old apply failed on a daemon that cannot start there.
    void finishesByItselfAfterTheRestartItMakes()
    {
        WineHost host(20348);
        QVERIFY2(host.unavailableReason().isEmpty(), qPrintable(host.unavailableReason()));
        QVERIFY(host.removeContainersFeature());
        QProcess copy;
        copy.start(QStringLiteral("cp"), {QStringLiteral("-a"), QStringLiteral(BERTH_WINDOWS_FOLDER),
                                          host.driveC() + QStringLiteral("/berth-download")});
        QVERIFY(copy.waitForFinished(60000) && copy.exitCode() == 0);
        Answers answers;
        answers.binaries.source = Source::Local;
        answers.binaries.localPath = place(host, QStringLiteral("docker.zip"), readFile(host.zip("docker.zip")));
        answers.nssm.source = Source::Local;
        answers.nssm.localPath = place(host, QStringLiteral("nssm-2.24.zip"), readFile(host.zip("nssm-2.24.zip")));
        const QString file = place(host, QStringLiteral("host.json"), QJsonDocument(answers.toJson()).toJson());

        const WinePrefix::Result applied = host.run(QStringLiteral("C:\\berth-download\\berth.com"),
                                                    {QStringLiteral("apply"), QStringLiteral("--answers"), file},
                                                    {{QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")}}, 300000);
        // 3010, of which Wine's process passes on the low 8 bits.
        QVERIFY2(applied.exitCode == (3010 & 0xFF), applied.out + applied.err);
        QVERIFY2(applied.out.contains("Windows restarts in 60 seconds"), applied.out);
        QVERIFY(QFile::exists(host.hostPath(QLatin1String(Program))));
        QVERIFY2(host.regQuery(QStringLiteral("HKLM\\SOFTWARE\\BerthStandin")).contains(QLatin1String("/r /t 60")),
                 qPrintable(host.regQuery(QStringLiteral("HKLM\\SOFTWARE\\BerthStandin"))));
        const QString taskFile =
            host.hostPath(QStringLiteral("C:\\Windows\\System32\\Tasks\\Berth finishes after restart"));
        const QByteArray taskXml = readFile(taskFile);
        const QString task =
            QString::fromUtf16(reinterpret_cast<const char16_t *>(taskXml.constData()), taskXml.size() / 2);
        for (const QString &expected :
             {QStringLiteral("<BootTrigger>"), QStringLiteral("<UserId>S-1-5-18</UserId>"),
              QStringLiteral("<Command>C:\\Windows\\System32\\cmd.exe</Command>"),
              QStringLiteral("\"C:\\Program Files\\Berth\\berth.com\" recover --after-restart")})
            QVERIFY2(task.contains(expected), qPrintable(expected + QStringLiteral("\n---\n") + task));
        QCOMPARE(host.serviceState(), QStringLiteral("STOPPED"));

        QVERIFY(host.restart());
        const WinePrefix::Result started =
            host.run(QStringLiteral("C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe"),
                     {QStringLiteral("-Command"),
                      QStringLiteral("Start-ScheduledTask -TaskName 'Berth finishes after restart'")});
        QVERIFY2(started.exitCode == 0, started.out + started.err);
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(taskFile), 180000);
        QTRY_VERIFY_WITH_TIMEOUT(
            !host.regQuery(QStringLiteral("HKLM\\SOFTWARE\\Berth")).contains(QLatin1String("Journal")), 180000);
        const QByteArray log = readFile(host.hostPath(QStringLiteral("C:\\Program Files\\Berth\\after-restart.log")));
        QVERIFY2(log.contains("Berth finishes the apply after the restart") &&
                     (log.contains("Applied.") || log.contains("answers on its named pipe")),
                 log.constData());
        const WinePrefix::Result version =
            host.run(QStringLiteral("C:\\Windows\\System32\\docker.exe"),
                     {QStringLiteral("version"), QStringLiteral("--format"), QStringLiteral("{{.Server.Version}}")});
        QVERIFY2(version.exitCode == 0 && !version.out.trimmed().isEmpty(), version.out + version.err);
    }

    // `berth` with no verb opens the wizard, berth.exe beside it, and returns at once, as typing the
    // name of a Windows program does.
    void withoutAVerbOpensTheWizard()
    {
        WineHost host;
        QVERIFY2(host.unavailableReason().isEmpty(), qPrintable(host.unavailableReason()));
        QVERIFY(installBerth(host));
        // berth.exe processes of this prefix: their command line names it, their environment the prefix.
        auto wizards = [&] {
            int count = 0;
            for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
                QFile command(QStringLiteral("/proc/%1/cmdline").arg(pid));
                QFile environment(QStringLiteral("/proc/%1/environ").arg(pid));
                if (!command.open(QIODevice::ReadOnly) || !environment.open(QIODevice::ReadOnly))
                    continue;
                if (command.readAll().contains("Berth\\berth.exe") &&
                    environment.readAll().contains("WINEPREFIX=" + host.path().toLocal8Bit() + '\0'))
                    ++count;
            }
            return count;
        };
        QCOMPARE(wizards(), 0);
        // Wine hands QT_* variables to Windows programs only as WINEQT_*: the wizard draws offscreen.
        const WinePrefix::Result opened = host.run(
            QLatin1String(Program), {}, {{QStringLiteral("WINEQT_QPA_PLATFORM"), QStringLiteral("offscreen")}});
        QCOMPARE(opened.exitCode, 0);
        QVERIFY(opened.out.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(wizards() == 1, 60000);
    }
};

QTEST_GUILESS_MAIN(TestBerthComWine)
#include "tst_berthcomwine.moc"
