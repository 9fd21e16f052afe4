#include "NginxServer.h"
#include "WineHost.h"

#include "apply/ApplyRun.h"
#include "apply/ApplySteps.h"

#include <QDir>
#include <QFile>

#include <QRegularExpression>
#include <QTest>
#include <QThread>
#include <quazip.h>
#include <quazipfile.h>

#include <functional>

// berth apply against Wine's own sc.exe, reg.exe and cmd.exe, with the nssm.exe and dockerd.exe
// stand-ins: the service is really registered, started, and writes daemon.log.
class TestApplyWine : public QObject
{
    Q_OBJECT

private:
    // Runs an apply through the engine, as the wizard does, and returns the outcome.
    static ApplyRun::Outcome applyWith(const WineHost &host, const Answers &answers, int injectedFailure,
                                       QStringList *commands, QString *error, int *changingSteps = nullptr,
                                       const std::function<void()> &beforeLastStep = {})
    {
        host.useInThisProcess();
        WindowsHost windows(host.driveC(), {QStringLiteral("wine")});
        windows.recordCommands();
        std::vector<std::unique_ptr<Step>> steps = ApplySteps::build(answers, error);
        if (steps.empty())
            return ApplyRun::NotStarted;
        ApplyContext context(windows, answers);
        ApplyRun run(context, std::move(steps));
        run.setInjectedFailure(injectedFailure);
        int count = 0;
        connect(&run, &ApplyRun::stepStarted, [&count, &beforeLastStep](int index, int total, const QString &) {
            count = total;
            if (beforeLastStep && index == total - 1)
                beforeLastStep();
        });
        const ApplyRun::Outcome outcome = run.run(false);
        *commands = windows.commandLog();
        *error = run.error();
        if (changingSteps)
            *changingSteps = count;
        return outcome;
    }

    static bool changesHost(const QString &commandLine)
    {
        static const QRegularExpression readOnly(
            QStringLiteral("reg\\.exe (query|export)|sc\\.exe query|firewall show rule|\\(Get-Acl -LiteralPath"));
        return !readOnly.match(commandLine).hasMatch();
    }

private slots:
    void init()
    {
        if (!QFile::exists(WineHost::standin("nssm.exe")))
            QSKIP("the Windows stand-ins were not built: install gcc-mingw-w64-x86-64");
    }

    void applyRegistersStartsAndLogs()
    {
        WineHost host;
        if (!host.unavailableReason().isEmpty())
            QSKIP(qPrintable(host.unavailableReason()));
        const WinePrefix::Result result =
            host.berth({QStringLiteral("apply"), QStringLiteral("--answers"), host.answersFile(host.answers())});
        QVERIFY2(result.exitCode == 0, result.out + result.err);
        QVERIFY(result.out.contains("Applied."));

        const QString service = host.regQuery(QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\Docker"));
        for (const char *expected :
             {"ImagePath    REG_SZ    C:\\Windows\\System32\\nssm.exe", "DisplayName    REG_SZ    Docker",
              "Description    REG_SZ    The Docker Daemon provides management capabilities of containers for docker "
              "clients.",
              "Start    REG_DWORD    0x2", "Application    REG_EXPAND_SZ    C:\\Windows\\System32\\cmd.exe",
              "AppDirectory    REG_EXPAND_SZ    C:\\Windows\\System32",
              "AppParameters    REG_EXPAND_SZ    /s /c C:\\ProgramData\\docker\\runDockerDaemon.cmd < nul",
              "AppStdout    REG_EXPAND_SZ    C:\\ProgramData\\docker\\daemon.log",
              "AppStderr    REG_EXPAND_SZ    C:\\ProgramData\\docker\\daemon.log", "AppNoConsole    REG_DWORD    0x1"})
            QVERIFY2(service.contains(QLatin1String(expected)), expected);
        QCOMPARE(host.serviceState(), QStringLiteral("RUNNING"));
        QVERIFY(QFile::exists(host.hostPath(QStringLiteral("C:\\Windows\\System32\\dockerd.exe"))));
        QVERIFY(QFile::exists(host.hostPath(QStringLiteral("C:\\ProgramData\\docker\\runDockerDaemon.cmd"))));

        // daemon.log grows with the daemon's lines while the service runs.
        QFile log(host.hostPath(QStringLiteral("C:\\ProgramData\\docker\\daemon.log")));
        QTRY_VERIFY_WITH_TIMEOUT(log.size() > 0, 10000);
        const qint64 first = log.size();
        QTRY_VERIFY_WITH_TIMEOUT(log.size() > first, 10000);
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(log.readAll().contains("API listen on //./pipe/docker_engine"));
    }

    // A host without the Containers feature (dockerd, and the stand-in, do not start without it): the apply enables
    // it with dism.exe, does every step but the start, says a restart is needed (3010) and keeps its journal; after
    // one restart, berth recover has the daemon answer, under each manager (a service Windows started at boot is
    // asked; one it did not, and the task, the recover starts). The old apply started a daemon that cannot start
    // there, and rolled back.
    void aHostWithoutTheContainersFeatureRunsDockerAfterOneRestart_data()
    {
        QTest::addColumn<int>("manager");
        QTest::newRow("nssm") << int(ServiceManager::Nssm);
        QTest::newRow("native") << int(ServiceManager::Native);
        QTest::newRow("task") << int(ServiceManager::ScheduledTask);
    }

    void aHostWithoutTheContainersFeatureRunsDockerAfterOneRestart()
    {
        QFETCH(int, manager);
        WineHost host(20348);
        if (!host.unavailableReason().isEmpty())
            QSKIP(qPrintable(host.unavailableReason()));
        QVERIFY(host.removeContainersFeature());
        Answers answers = host.answers();
        answers.service.manager = ServiceManager(manager);
        const QString file = host.answersFile(answers);

        const WinePrefix::Result looked =
            host.berth({QStringLiteral("apply"), QStringLiteral("--dry-run"), QStringLiteral("--answers"), file});
        QVERIFY2(looked.exitCode == 0, looked.out + looked.err);
        QVERIFY2(looked.out.contains("Would enable the Windows feature Containers (dism.exe)"), looked.out);
        QVERIFY(!host.regQuery(QStringLiteral("HKLM\\SOFTWARE\\BerthStandin")).contains(QLatin1String("Containers")));

        const WinePrefix::Result applied = host.berth({QStringLiteral("apply"), QStringLiteral("--answers"), file});
        // 3010 as dism.exe says it; a Linux process's exit status keeps its low 8 bits.
        QVERIFY2(applied.exitCode == (3010 & 0xFF), applied.out + applied.err);
        QVERIFY2(applied.out.contains("Enabled the Windows feature Containers (dism.exe); Docker starts only after the "
                                      "host restarts."),
                 applied.out);
        QVERIFY2(applied.out.contains("Restart Windows, then run berth recover there"), applied.out);
        QVERIFY2(!applied.out.contains("Start Docker"), applied.out);
        QVERIFY(host.regQuery(QStringLiteral("HKLM\\SOFTWARE\\BerthStandin\\PendingFeatures"))
                    .contains(QLatin1String("Containers    REG_SZ    vmcompute")));
        QVERIFY(QFile::exists(host.hostPath(QStringLiteral("C:\\Windows\\System32\\dockerd.exe"))));
        QVERIFY(host.regQuery(QStringLiteral("HKLM\\SOFTWARE\\Berth"))
                    .contains(QLatin1String("\"restart\":\"Containers\"")));
        // Every later run names the wait.
        const WinePrefix::Result inspected = host.berth({QStringLiteral("inspect")});
        QVERIFY2(inspected.err.contains("waits for Windows to restart and finish enabling Containers"), inspected.err);

        QVERIFY(host.restart());
        const WinePrefix::Result recovered = host.berth({QStringLiteral("recover")});
        QVERIFY2(recovered.exitCode == 0, recovered.out + recovered.err);
        qInfo("%s", recovered.out.constData());
        QVERIFY2(!host.regQuery(QStringLiteral("HKLM\\SOFTWARE\\Berth")).contains(QLatin1String("Journal")),
                 recovered.out);
        // Done is the daemon answering on its pipe, asked here as a user would.
        const WinePrefix::Result version =
            host.run(host.hostPath(QStringLiteral("C:\\Windows\\System32\\docker.exe")),
                     {QStringLiteral("version"), QStringLiteral("--format"), QStringLiteral("{{.Server.Version}}")});
        QVERIFY2(version.exitCode == 0 && !version.out.trimmed().isEmpty(), version.out + version.err);
        // And a second apply changes nothing.
        const WinePrefix::Result again = host.berth({QStringLiteral("apply"), QStringLiteral("--answers"), file});
        QVERIFY2(again.exitCode == 0 && again.out.contains("Nothing changes"), again.out + again.err);
    }

    void secondApplyChangesNothing()
    {
        WineHost host;
        if (!host.unavailableReason().isEmpty())
            QSKIP(qPrintable(host.unavailableReason()));
        QStringList commands;
        QString error;
        QCOMPARE(applyWith(host, host.answers(), -1, &commands, &error), ApplyRun::Applied);
        const QString before = host.snapshot();
        QCOMPARE(applyWith(host, host.answers(), -1, &commands, &error), ApplyRun::NothingToChange);
        for (const QString &command : commands)
            QVERIFY2(!changesHost(command), qPrintable(command));
        QVERIFY2(host.snapshot() == before, WineHost::difference(before, host.snapshot()).constData());
        // The command line says so too.
        const WinePrefix::Result again =
            host.berth({QStringLiteral("apply"), QStringLiteral("--answers"), host.answersFile(host.answers())});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains("Nothing changes"));
    }

    // C:\ProgramData\docker made before Berth ran. Made by an administrator with mkdir, as the manual procedure does,
    // it inherits ProgramData's "Users may add files and folders": the apply takes it over (owner Administrators,
    // SYSTEM and Administrators only, as dockerd makes its own root) and goes on; the second apply changes nothing.
    // Made by a local user, with a daemon.json of theirs in it (one that opens the daemon to the network): the
    // apply takes the folder over too, names the file, places nothing, and exits 1.
    void aFolderMadeBeforeBerthIsTakenOverOrRefused()
    {
        const QString user = QStringLiteral("S-1-5-21-1004336348-1177238915-682003330-1001");
        const auto records = [](const WineHost &host) {
            QFile file(host.hostPath(QStringLiteral("C:\\berth-standin\\icacls.txt")));
            return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
        };
        {
            WineHost host;
            if (!host.unavailableReason().isEmpty())
                QSKIP(qPrintable(host.unavailableReason()));
            QVERIFY(QDir().mkpath(host.hostPath(QStringLiteral("C:\\ProgramData\\docker"))));
            const QString answers = host.answersFile(host.answers());
            const WinePrefix::Result dryRun = host.berth(
                {QStringLiteral("apply"), QStringLiteral("--answers"), answers, QStringLiteral("--dry-run")});
            QVERIFY2(dryRun.out.contains("take over C:\\ProgramData\\docker (S-1-5-32-545 may write in it)"),
                     dryRun.out + dryRun.err);
            const WinePrefix::Result apply =
                host.berth({QStringLiteral("apply"), QStringLiteral("--answers"), answers});
            QVERIFY2(apply.exitCode == 0, apply.out + apply.err);
            const QString acl = records(host);
            QVERIFY2(acl.contains(QLatin1String("C:\\ProgramData\\docker|owner|*S-1-5-32-544\n")) &&
                         acl.contains(QLatin1String("C:\\ProgramData\\docker|protected|*S-1-5-18:(OI)(CI)F,"
                                                    "*S-1-5-32-544:(OI)(CI)F\n")),
                     qPrintable(acl));
            const WinePrefix::Result again =
                host.berth({QStringLiteral("apply"), QStringLiteral("--answers"), answers});
            QVERIFY2(again.exitCode == 0 && again.out.contains("Nothing changes"), again.out + again.err);
        }
        WineHost host;
        const QString config = host.hostPath(QStringLiteral("C:\\ProgramData\\docker\\config"));
        QVERIFY(QDir().mkpath(config));
        QFile planted(config + QStringLiteral("/daemon.json"));
        QVERIFY(planted.open(QIODevice::WriteOnly));
        planted.write("{\"hosts\": [\"tcp://0.0.0.0:2375\"]}\n");
        planted.close();
        for (const QString &path :
             {QStringLiteral("C:\\ProgramData\\docker"), QStringLiteral("C:\\ProgramData\\docker\\config"),
              QStringLiteral("C:\\ProgramData\\docker\\config\\daemon.json")}) {
            const WinePrefix::Result owned = host.run(QStringLiteral("C:\\Windows\\System32\\icacls.exe"),
                                                      {path, QStringLiteral("/setowner"), QLatin1Char('*') + user});
            QVERIFY2(owned.exitCode == 0, owned.out + owned.err);
        }
        const QString before = host.snapshot();
        const WinePrefix::Result apply =
            host.berth({QStringLiteral("apply"), QStringLiteral("--answers"), host.answersFile(host.answers())});
        QCOMPARE(apply.exitCode, 1);
        QVERIFY2(
            apply.err.contains(
                QStringLiteral(
                    "C:\\ProgramData\\docker (owned by %1; S-1-5-32-545 may write in it) holds what someone other "
                    "than an administrator put there: ")
                    .arg(user)
                    .toUtf8()) &&
                apply.err.contains(QStringLiteral("C:\\ProgramData\\docker\\config (owner %1)").arg(user).toUtf8()) &&
                apply.err.contains(
                    QStringLiteral("C:\\ProgramData\\docker\\config\\daemon.json (owner %1)").arg(user).toUtf8()),
            apply.out + apply.err);
        QVERIFY(!QFile::exists(host.hostPath(QStringLiteral("C:\\ProgramData\\docker\\runDockerDaemon.cmd"))));
        QVERIFY2(host.snapshot() == before, WineHost::difference(before, host.snapshot()).constData());
        QVERIFY2(records(host).endsWith(QLatin1String("C:\\ProgramData\\docker|protected|*S-1-5-18:(OI)(CI)F,"
                                                      "*S-1-5-32-544:(OI)(CI)F\n")),
                 qPrintable(records(host)));

        // Locked now, the folder reads as an administrator's; the next apply looks inside it all the same (the
        // earlier one stopped on what was there, HKLM\SOFTWARE\Berth says), and stops on it again.
        const WinePrefix::Result again =
            host.berth({QStringLiteral("apply"), QStringLiteral("--answers"), host.answersFile(host.answers())});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("an earlier apply took it over and stopped on what was in it") &&
                     again.err.contains(
                         QStringLiteral("C:\\ProgramData\\docker\\config\\daemon.json (owner %1)").arg(user).toUtf8()),
                 again.out + again.err);
        QVERIFY2(host.snapshot() == before, WineHost::difference(before, host.snapshot()).constData());

        // An entry of the user's own on the folder: icacls' lock keeps it (it removes inherited entries and replaces
        // the accounts it names), so the folder is not counted as taken over.
        const WinePrefix::Result granted =
            host.run(QStringLiteral("C:\\Windows\\System32\\icacls.exe"),
                     {QStringLiteral("C:\\ProgramData\\docker"), QStringLiteral("/grant"),
                      QLatin1Char('*') + user + QStringLiteral(":(OI)(CI)F")});
        QVERIFY2(granted.exitCode == 0, granted.out + granted.err);
        const WinePrefix::Result kept =
            host.berth({QStringLiteral("apply"), QStringLiteral("--answers"), host.answersFile(host.answers())});
        QCOMPARE(kept.exitCode, 1);
        QVERIFY2(kept.err.contains(QStringLiteral("C:\\ProgramData\\docker is still not SYSTEM's and Administrators' "
                                                  "alone after Berth took it over (%1 may write in it)")
                                       .arg(user)
                                       .toUtf8()),
                 kept.out + kept.err);
    }

    // A folder that was not there when the apply looked, and is there when its file goes in, was made by someone
    // else in between (ProgramData lets every user make folders): the apply does not use it, and rolls back.
    void aFolderMadeInBetweenIsRefused()
    {
        WineHost host;
        if (!host.unavailableReason().isEmpty())
            QSKIP(qPrintable(host.unavailableReason()));
        const QString docker = host.hostPath(QStringLiteral("C:\\ProgramData\\docker"));
        QVERIFY(!QFileInfo::exists(docker));
        host.useInThisProcess();
        WindowsHost windows(host.driveC(), {QStringLiteral("wine")});
        const Answers answers = host.answers();
        QString error;
        std::vector<std::unique_ptr<Step>> steps = ApplySteps::build(answers, &error);
        QVERIFY2(!steps.empty(), qPrintable(error));
        ApplyContext context(windows, answers);
        ApplyRun run(context, std::move(steps));
        connect(&run, &ApplyRun::stepStarted, [&](int, int, const QString &title) {
            if (title == QLatin1String("Write runDockerDaemon.cmd"))
                QDir().mkpath(docker); // a user's mkdir, just before Berth's
        });
        QCOMPARE(run.run(false), ApplyRun::RolledBack);
        QVERIFY2(run.error().contains(
                     QLatin1String("C:\\ProgramData\\docker was not there when Berth looked and is now: someone else "
                                   "made it")),
                 qPrintable(run.error()));
        QVERIFY(!QFile::exists(docker + QStringLiteral("/runDockerDaemon.cmd")));
    }

    // Every step of a fresh install, and of a reconfigure over a running install, made to fail in
    // turn: the host is as it was, files byte for byte and the service's registry value for value.
    void eachFailingStepPutsTheHostBack_data()
    {
        QTest::addColumn<bool>("overExisting");
        QTest::newRow("fresh install") << false;
        QTest::newRow("reconfigure a running install") << true;
    }
    void eachFailingStepPutsTheHostBack()
    {
        QFETCH(bool, overExisting);
        WineHost host;
        if (!host.unavailableReason().isEmpty())
            QSKIP(qPrintable(host.unavailableReason()));
        QStringList commands;
        QString error;
        Answers answers = host.answers();
        if (overExisting) {
            QCOMPARE(applyWith(host, answers, -1, &commands, &error), ApplyRun::Applied);
            answers.runtime.debug = true;
            answers.service.displayName = QStringLiteral("Docker Engine");
            answers.service.startup = StartupType::DelayedAuto;
            answers.daemon.configStyle = ConfigStyle::DaemonJson;
        }
        const QString before = host.snapshot();
        const QString stateBefore = host.serviceState();
        int steps = 0;
        QCOMPARE(applyWith(host, answers, 0, &commands, &error, &steps), ApplyRun::RolledBack);
        QVERIFY(steps >= 4);
        for (int failing = 0; failing < steps; ++failing) {
            QCOMPARE(applyWith(host, answers, failing, &commands, &error), ApplyRun::RolledBack);
            QVERIFY2(error.contains(QLatin1String("put back")), qPrintable(error));
            QVERIFY2(host.snapshot() == before, WineHost::difference(before, host.snapshot()).constData());
            QCOMPARE(host.serviceState(), stateBefore);
        }
    }

    // An undo that fails is not hidden. The service is deleted behind the apply's back before its start, so the
    // start fails and the rollback can neither set the service's values back nor start it again: the run names
    // what is left and keeps the backup (before, every undo command's result was thrown away and the run said
    // "Everything this apply changed has been put back").
    void undoThatFailsKeepsTheBackup_data()
    {
        QTest::addColumn<int>("manager");
        QTest::newRow("nssm") << int(ServiceManager::Nssm);
        QTest::newRow("native") << int(ServiceManager::Native);
    }
    void undoThatFailsKeepsTheBackup()
    {
        QFETCH(int, manager);
        WineHost host;
        if (!host.unavailableReason().isEmpty())
            QSKIP(qPrintable(host.unavailableReason()));
        Answers answers = host.answers();
        answers.service.manager = ServiceManager(manager);
        // The debug flag in daemon.json: for a native service it would be a flag, whose change registers the service
        // anew (and so puts a deleted one back).
        answers.daemon.configStyle = ConfigStyle::DaemonJson;
        QStringList commands;
        QString error;
        QCOMPARE(applyWith(host, answers, -1, &commands, &error), ApplyRun::Applied);
        answers.service.displayName = QStringLiteral("Docker Engine");
        answers.service.description = QStringLiteral("Another description");
        answers.runtime.debug = true;
        QCOMPARE(applyWith(host, answers, -1, &commands, &error, nullptr,
                           [&host, &answers] {
                               host.run(QStringLiteral("sc.exe"), {QStringLiteral("delete"), answers.service.name});
                           }),
                 ApplyRun::RolledBack);
        QVERIFY2(!error.contains(QLatin1String("Everything this apply changed has been put back")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("These could not be put back: ")), qPrintable(error));
        QVERIFY2(error.contains(answers.service.name + QStringLiteral(" was running before and could not be started "
                                                                      "again")),
                 qPrintable(error));
        QVERIFY2(error.contains(manager == int(ServiceManager::Nssm) ? QStringLiteral("Put NSSM's DisplayName back")
                                                                     : QStringLiteral("Put the service's display name "
                                                                                      "and start type back")),
                 qPrintable(error));
        const QRegularExpression kept(
            QStringLiteral("The backup stays in (C:\\\\ProgramData\\\\docker\\\\berth-backup\\\\[^ ]+?)\\.?$"));
        const QRegularExpressionMatch match = kept.match(error);
        QVERIFY2(match.hasMatch(), qPrintable(error));
        const QString folder = host.hostPath(match.captured(1));
        QVERIFY2(QDir(folder).exists() && !QDir(folder).isEmpty(), qPrintable(folder));
    }

    // A real failure: the service starts cmd.exe on a script that is not there, so it stops at
    // once; the start step fails and everything is put back.
    void serviceThatDoesNotRunIsRolledBack()
    {
        WineHost host;
        if (!host.unavailableReason().isEmpty())
            QSKIP(qPrintable(host.unavailableReason()));
        Answers answers = host.answers();
        answers.service.arguments = QStringLiteral("/s /c C:\\ProgramData\\docker\\missing.cmd < nul");
        const QString before = host.snapshot();
        const WinePrefix::Result result =
            host.berth({QStringLiteral("apply"), QStringLiteral("--answers"), host.answersFile(answers)});
        QCOMPARE(result.exitCode, 1);
        // Whether sc.exe saw it running for a moment depends on timing; either way the start failed.
        QVERIFY2(result.err.contains("\"Start Docker\" failed: service Docker ") &&
                     (result.err.contains("did not keep running") || result.err.contains("did not reach running")),
                 result.err);
        QVERIFY2(host.snapshot() == before, WineHost::difference(before, host.snapshot()).constData());
        QVERIFY(result.err.contains("the daemon's last words"));
        QVERIFY(!QFile::exists(host.hostPath(QStringLiteral("C:\\ProgramData\\docker\\daemon.log"))));
    }

    // The Docker zip and the NSSM zip downloaded from a real nginx, then applied; a second apply
    // takes them from the download cache.
    void downloadsThenApplies()
    {
        WineHost host;
        NginxServer server;
        if (!host.unavailableReason().isEmpty() || !server.unavailableReason().isEmpty())
            QSKIP(qPrintable(host.unavailableReason() + server.unavailableReason()));
        QVERIFY(QFile::copy(host.zip("docker.zip"), server.root() + QStringLiteral("/docker-28.2.2.zip")));
        QVERIFY(QFile::copy(host.zip("nssm-2.24.zip"), server.root() + QStringLiteral("/nssm-2.24.zip")));
        Answers answers;
        answers.binaries.zipUrl = server.url(QStringLiteral("docker-28.2.2.zip"));
        answers.nssm.url = server.url(QStringLiteral("nssm-2.24.zip"));
        answers.download.allowHttp = true;
        const QString file = host.answersFile(answers);
        const WinePrefix::Result first = host.berth({QStringLiteral("apply"), QStringLiteral("--answers"), file});
        QVERIFY2(first.exitCode == 0, first.out + first.err);
        QVERIFY(first.out.contains("Downloading " + server.url(QStringLiteral("docker-28.2.2.zip")).toUtf8()));
        QVERIFY(first.out.contains(": SHA-256 "));
        QCOMPARE(host.serviceState(), QStringLiteral("RUNNING"));
        const WinePrefix::Result second = host.berth({QStringLiteral("apply"), QStringLiteral("--answers"), file});
        QVERIFY2(second.out.contains("Nothing changes"), second.out);
        QVERIFY(second.out.contains("from the download cache"));
        QCOMPARE(server.accessLog().count(QStringLiteral("/docker-28.2.2.zip 200")), 1);
        QCOMPARE(server.accessLog().count(QStringLiteral("/nssm-2.24.zip 200")), 1);
    }

    // An upgrade whose dockerd.exe does not run on the host is rolled back to the old binaries.
    void newDaemonThatDoesNotRunIsRolledBack()
    {
        WineHost host;
        if (!host.unavailableReason().isEmpty())
            QSKIP(qPrintable(host.unavailableReason()));
        QCOMPARE(host.berth({QStringLiteral("apply"), QStringLiteral("--answers"), host.answersFile(host.answers())})
                     .exitCode,
                 0);
        const QString before = host.snapshot();
        const QString broken = host.zip("broken.zip");
        {
            QuaZip zip(broken);
            QVERIFY(zip.open(QuaZip::mdCreate));
            for (const char *name : {"docker/dockerd.exe", "docker/docker.exe"}) {
                QuaZipFile entry(&zip);
                QVERIFY(entry.open(QIODevice::WriteOnly, QuaZipNewInfo(QLatin1String(name))));
                entry.write("MZ, and yet not a Windows program");
            }
        }
        Answers answers = host.answers();
        answers.binaries.localPath = broken;
        const WinePrefix::Result result =
            host.berth({QStringLiteral("apply"), QStringLiteral("--answers"), host.answersFile(answers)});
        // It is asked its version before anything changes (it used to be placed, fail its check, and be rolled back).
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("binaries.localPath: the dockerd.exe it holds does not say its version"),
                 result.err);
        QVERIFY2(host.snapshot() == before, WineHost::difference(before, host.snapshot()).constData());
        QCOMPARE(host.serviceState(), QStringLiteral("RUNNING"));
    }

    // Server 2016 (build 14393) runs Docker up to 20.10.24: dockerd 23.0 and later refuse to start there (moby's
    // checkSystem), and so does the stand-in. A zip with a newer engine is refused before anything changes, naming
    // the newest engine that runs; the engine that runs there applies.
    void anEngineTheHostCannotRunIsRefusedFirst()
    {
        WineHost host(14393);
        if (!host.unavailableReason().isEmpty())
            QSKIP(qPrintable(host.unavailableReason()));
        const WinePrefix::Result refused = host.run(WineHost::standin("dockerd.exe"), {}, {}, 20000);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("failed to start daemon: this version of Windows does not support the docker "
                                      "daemon (Windows build 17763 or higher is required)"),
                 refused.err);

        const QString newer = host.zip("docker-28.zip");
        QVERIFY(WineHost::writeZip(newer, {{QStringLiteral("docker/dockerd.exe"), WineHost::standin("dockerd.exe")},
                                           {QStringLiteral("docker/docker.exe"), WineHost::standin("docker.exe")}}));
        Answers answers = host.answers();
        answers.binaries.localPath = newer;
        const QString before = host.snapshot();
        const WinePrefix::Result result =
            host.berth({QStringLiteral("apply"), QStringLiteral("--answers"), host.answersFile(answers)});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("binaries.localPath: Docker 28.2.2-standin does not start on Windows Server 2016 "
                                     "(build 14393): Docker Engine 23.0 and later need build 17763"),
                 result.err);
        QVERIFY(result.err.contains("The newest engine this host runs is 20.10.24."));
        QVERIFY(result.out.contains("Windows: Windows Server 2016 (build 14393): its Docker engine line ends at "
                                    "20.10.24"));
        QVERIFY2(host.snapshot() == before, WineHost::difference(before, host.snapshot()).constData());

        const WinePrefix::Result applied =
            host.berth({QStringLiteral("apply"), QStringLiteral("--answers"), host.answersFile(host.answers())});
        QVERIFY2(applied.exitCode == 0, applied.out + applied.err);
        QCOMPARE(host.serviceState(), QStringLiteral("RUNNING"));
    }

    void dryRunChangesNothing()
    {
        WineHost host;
        if (!host.unavailableReason().isEmpty())
            QSKIP(qPrintable(host.unavailableReason()));
        const QString before = host.snapshot();
        const WinePrefix::Result result = host.berth({QStringLiteral("apply"), QStringLiteral("--dry-run"),
                                                      QStringLiteral("--answers"), host.answersFile(host.answers())});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("Would change"));
        QVERIFY(result.out.contains("nssm.exe install Docker C:\\Windows\\System32\\cmd.exe"));
        QVERIFY2(host.snapshot() == before, WineHost::difference(before, host.snapshot()).constData());
    }
};

QTEST_GUILESS_MAIN(TestApplyWine)
#include "tst_applywine.moc"
