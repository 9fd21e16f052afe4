#include "WineHost.h"

#include "apply/ApplyRun.h"
#include "apply/ApplySteps.h"
#include "host/LocalFile.h"
#include "host/ServiceRegistration.h"
#include "render/ServiceCommands.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The native dockerd service, the seed's scheduled task and the firewall rule. Wine runs the
// first for real; its PowerShell and netsh are stubs that exit 0, so for those the test checks
// what they were given (shared/notes/wine.md).
class TestManagersWine : public QObject
{
    Q_OBJECT

private:
    static ApplyRun::Outcome apply(const WineHost &host, const Answers &answers, QStringList *commands,
                                   int injectedFailure = -1, QString *error = nullptr)
    {
        host.useInThisProcess();
        WindowsHost windows(host.driveC(), {QStringLiteral("wine")});
        windows.recordCommands();
        QString why;
        std::vector<std::unique_ptr<Step>> steps = ApplySteps::build(answers, &why);
        if (steps.empty())
            qWarning("%s", qPrintable(why));
        ApplyContext context(windows, answers);
        ApplyRun run(context, std::move(steps));
        run.setInjectedFailure(injectedFailure);
        const ApplyRun::Outcome outcome = run.run(false);
        if (!run.error().isEmpty() && !error)
            qWarning("%s", qPrintable(run.error()));
        if (error)
            *error = run.error();
        *commands = windows.commandLog();
        return outcome;
    }

    // A Docker zip in dir with this dockerd.exe and the docker.exe stand-in.
    static QString dockerZip(const QTemporaryDir &dir, const QString &dockerd)
    {
        const QString zip = dir.filePath(QStringLiteral("docker.zip"));
        if (!WineHost::writeZip(zip, {{QStringLiteral("docker/dockerd.exe"), dockerd},
                                      {QStringLiteral("docker/docker.exe"), WineHost::standin("docker.exe")}}))
            qFatal("cannot write %s", qPrintable(zip));
        return zip;
    }

    // How many processes of this machine run a program named so, or whose path ends so: Wine gives each Windows
    // process the Windows command line as its own (runDockerDaemon.cmd starts "dockerd", found on the Path).
    // Of this prefix alone (its WINEPREFIX): other tests' prefixes, run beside it, have dockerd.exe processes too.
    static int processesOf(const WinePrefix &prefix, const char *end, const char *name = "")
    {
        int count = 0;
        const QByteArray mine = "WINEPREFIX=" + prefix.path().toUtf8();
        for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
            QFile file(QStringLiteral("/proc/") + pid + QStringLiteral("/cmdline"));
            QFile environment(QStringLiteral("/proc/") + pid + QStringLiteral("/environ"));
            if (!pid.at(0).isDigit() || !file.open(QIODevice::ReadOnly) || !environment.open(QIODevice::ReadOnly) ||
                !environment.readAll().split('\0').contains(mine))
                continue;
            const QByteArray program = file.readAll().split('\0').value(0).toLower();
            count += program.endsWith(end) || (name[0] && program == name) ? 1 : 0;
        }
        return count;
    }

private slots:
    void init()
    {
        if (!QFile::exists(WineHost::standin("nssm.exe")))
            QSKIP("the Windows stand-ins were not built: install gcc-mingw-w64-x86-64");
    }

    void nativeServiceRegistersWithTheFlags()
    {
        WineHost host;
        if (!host.unavailableReason().isEmpty())
            QSKIP(qPrintable(host.unavailableReason()));
        Answers answers = host.answers();
        answers.service.manager = ServiceManager::Native;
        answers.runtime.pipeGroup = QStringLiteral("docker users");
        answers.service.description = QStringLiteral("Docker engine, registered by Berth");
        QStringList commands;
        // dockerd names its service "Docker Engine" and starts it automatically: the procedure's "Docker"
        // and a delayed start take sc.exe config (which Wine lacks: the stand-in plays Windows' sc.exe).
        answers.service.startup = StartupType::DelayedAuto;
        QCOMPARE(apply(host, answers, &commands), ApplyRun::Applied);
        QVERIFY(commands.contains(
            QStringLiteral("C:\\Windows\\System32\\sc.exe config Docker DisplayName= Docker start= delayed-auto")));
        const QString service = host.regQuery(QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\Docker"));
        // As dockerd registers itself: --service-name stays, the program is quoted only when it has a space.
        QVERIFY2(service.contains(QLatin1String("ImagePath    REG_SZ    C:\\Windows\\System32\\dockerd.exe "
                                                "--run-service --service-name Docker -H npipe:// -G \"docker users\"")),
                 qPrintable(service));
        QVERIFY(service.contains(QLatin1String("DisplayName    REG_SZ    Docker\r\n")));
        QVERIFY(service.contains(QLatin1String("DelayedAutostart    REG_DWORD    0x1")));
        QVERIFY(service.contains(QLatin1String("Description    REG_SZ    Docker engine, registered by Berth")));
        QCOMPARE(host.serviceState(), QStringLiteral("RUNNING"));
        QVERIFY(!QFile::exists(host.hostPath(QStringLiteral("C:\\ProgramData\\docker\\runDockerDaemon.cmd"))));

        QCOMPARE(apply(host, answers, &commands), ApplyRun::NothingToChange);
        for (const QString &command : commands)
            QVERIFY2(command.contains(QLatin1String("reg.exe export")) ||
                         command.contains(QLatin1String("reg.exe query")) ||
                         command.contains(QLatin1String("sc.exe query")) ||
                         command.contains(QLatin1String("netsh.exe advfirewall firewall show")) ||
                         command.contains(QLatin1String("\n(Get-Acl -LiteralPath ")),
                     qPrintable(command));

        // New flags register the service again, stopping and starting it around the change.
        answers.runtime.debug = true;
        QCOMPARE(apply(host, answers, &commands), ApplyRun::Applied);
        QVERIFY(commands.join(QLatin1Char('\n'))
                    .contains(QLatin1String("dockerd.exe --unregister-service --service-name Docker")));
        QVERIFY(host.regQuery(QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\Docker"))
                    .contains(QLatin1String("-G \"docker users\" -D")));
        QCOMPARE(host.serviceState(), QStringLiteral("RUNNING"));
    }

    // dockerd 29.2.0 and 29.2.1 exit 0 from --register-service and register nothing when the Containers feature is
    // missing (moby#51997), as the host here lacks it: the step finds no service, fails, and the apply is undone.
    void aRegistrationThatMadeNoServiceFails()
    {
        WineHost host;
        if (!host.unavailableReason().isEmpty())
            QSKIP(qPrintable(host.unavailableReason()));
        QVERIFY(host.removeContainersFeature());
        QTemporaryDir dir;
        Answers answers = host.answers();
        answers.binaries.localPath = dockerZip(dir, WineHost::standin("releases/registers-nothing/dockerd.exe"));
        answers.service.manager = ServiceManager::Native;
        const QString before = host.snapshot();
        QStringList commands;
        QString error;
        QCOMPARE(apply(host, answers, &commands, -1, &error), ApplyRun::RolledBack);
        QVERIFY2(error.contains(QLatin1String("dockerd.exe said it registered the service Docker, but there is "
                                              "no such service")),
                 qPrintable(error));
        QVERIFY2(host.snapshot() == before, WineHost::difference(before, host.snapshot()).constData());
    }

    // Done is when the daemon answers on its named pipe, under every manager: a daemon that exits at once (NSSM shows
    // it PAUSED, restarting it), one that refuses this Windows (dockerd 23+ on build 14393), and one that runs but
    // never answers are each a failed start, and the apply is undone with the daemon's last words. A service
    // manager's RUNNING alone used to count: the daemon that never answers was "applied".
    void aDaemonThatDoesNotAnswerIsRolledBack_data()
    {
        QTest::addColumn<int>("manager");
        QTest::addColumn<int>("build");
        QTest::addColumn<QString>("release");
        QTest::addColumn<QString>("why");
        QTest::newRow("nssm, never answers") << int(ServiceManager::Nssm) << 17763 << "no-api"
                                             << "the daemon did not answer on its named pipe within 15 s";
        QTest::newRow("nssm, refuses build 14393") << int(ServiceManager::Nssm) << 14393 << ""
                                                   << "this version of Windows does not support the docker daemon";
        QTest::newRow("native, never answers") << int(ServiceManager::Native) << 17763 << "no-api"
                                               << "the daemon did not answer on its named pipe within 15 s";
        QTest::newRow("task, exits at once") << int(ServiceManager::ScheduledTask) << 17763 << "fails-to-start"
                                             << "failed to start daemon";
    }
    void aDaemonThatDoesNotAnswerIsRolledBack()
    {
        QFETCH(int, manager);
        QFETCH(int, build);
        QFETCH(QString, release);
        QFETCH(QString, why);
        WineHost host(build);
        if (!host.unavailableReason().isEmpty())
            QSKIP(qPrintable(host.unavailableReason()));
        QTemporaryDir dir;
        Answers answers = host.answers();
        answers.binaries.localPath =
            dockerZip(dir, release.isEmpty()
                               ? WineHost::standin("dockerd.exe")
                               : WineHost::standin(qPrintable(QStringLiteral("releases/%1/dockerd.exe").arg(release))));
        answers.service.manager = ServiceManager(manager);
        answers.service.timeout = 15;
        const QString before = host.snapshot();
        QStringList commands;
        QString error;
        QCOMPARE(apply(host, answers, &commands, -1, &error), ApplyRun::RolledBack);
        QVERIFY2(error.startsWith(QLatin1String("\"Start Docker\" failed: ")) && error.contains(why),
                 qPrintable(error));
        QVERIFY2(host.snapshot() == before, WineHost::difference(before, host.snapshot()).constData());
    }

    void scheduledTaskGetsTheSeedScript()
    {
        WineHost host(14393, QStringLiteral("Nano Server"));
        if (!host.unavailableReason().isEmpty())
            QSKIP(qPrintable(host.unavailableReason()));
        Answers answers = host.answers();
        answers.host.edition = Edition::Nano;
        answers.service.manager = ServiceManager::ScheduledTask;
        QStringList commands;
        QCOMPARE(apply(host, answers, &commands), ApplyRun::Applied);
        const QString all = commands.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("Register-ScheduledTask -TaskName Docker -Action $action -Trigger $trigger "
                                            "-Settings $settings -User SYSTEM -RunLevel Highest")),
                 qPrintable(all));
        QVERIFY(all.contains(QLatin1String("New-ScheduledTaskTrigger -AtStartup")));
        QVERIFY(all.contains(QLatin1String("Start-ScheduledTask -TaskName Docker")));
        QVERIFY(QFile::exists(host.hostPath(QStringLiteral("C:\\ProgramData\\docker\\runDockerDaemon.cmd"))));
        QVERIFY(!all.contains(QLatin1String("nssm.exe")));
        // Without Task Scheduler's 72-hour limit, after which it would end the task and orphan dockerd.
        const QString taskFile = host.hostPath(QStringLiteral("C:\\Windows\\System32\\Tasks\\Docker"));
        QVERIFY(ServiceRegistration::taskRunsWithoutLimit(LocalFile::read(taskFile)));
        QCOMPARE(apply(host, answers, &commands), ApplyRun::NothingToChange);

        // A task registered by hand as the manual procedure does it (the limit left at 72 hours) is registered again.
        const WinePrefix::Result byHand = host.run(
            QStringLiteral("C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe"),
            {QStringLiteral("-Command"), QStringLiteral("Unregister-ScheduledTask -TaskName Docker -Confirm:$false\n") +
                                             QString(ServiceCommands::registration(answers).first().arguments.last())
                                                 .replace(QStringLiteral(" -ExecutionTimeLimit 0"), QString())});
        QVERIFY2(byHand.exitCode == 0, byHand.err.constData());
        QVERIFY(!ServiceRegistration::taskRunsWithoutLimit(LocalFile::read(taskFile)));
        QCOMPARE(apply(host, answers, &commands), ApplyRun::Applied);
        QVERIFY(ServiceRegistration::taskRunsWithoutLimit(LocalFile::read(taskFile)));
    }

    // Stopping the task ends the dockerd.exe it started, which Task Scheduler leaves running, and no other: a second
    // engine's dockerd.exe (Docker Desktop's, another daemon on a pipe of its own) keeps running.
    void scheduledTaskEndsOnlyItsOwnDaemon()
    {
        WineHost host(14393, QStringLiteral("Nano Server"));
        if (!host.unavailableReason().isEmpty())
            QSKIP(qPrintable(host.unavailableReason()));
        Answers answers = host.answers();
        answers.host.edition = Edition::Nano;
        answers.service.manager = ServiceManager::ScheduledTask;
        QStringList commands;
        QCOMPARE(apply(host, answers, &commands), ApplyRun::Applied);

        QDir().mkpath(host.driveC() + QStringLiteral("/other"));
        const QString other = host.driveC() + QStringLiteral("/other/dockerd.exe");
        // The engine build 14393 runs: a newer one would refuse to start there.
        QVERIFY(QFile::copy(WineHost::standin("releases/20.10.24/dockerd.exe"), other));
        QProcess second;
        QProcessEnvironment environment = host.environment();
        environment.insert(QStringLiteral("BERTH_ARGV_LOG"), QStringLiteral("C:\\other\\argv.txt"));
        second.setProcessEnvironment(environment);
        second.setStandardOutputFile(QProcess::nullDevice());
        second.start(QStringLiteral("wine"), {QStringLiteral("C:\\other\\dockerd.exe"), QStringLiteral("-H"),
                                              QStringLiteral("npipe:////./pipe/docker_other")});
        QVERIFY(second.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(host.hostPath(QStringLiteral("C:\\other\\argv.txt"))), 30000);
        QTest::qWait(2000);
        QVERIFY2(second.state() == QProcess::Running, "the other engine's dockerd.exe did not start");

        answers.runtime.debug = true; // a change that restarts the daemon
        QCOMPARE(apply(host, answers, &commands), ApplyRun::Applied);
        const QString all = commands.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("Stop-ScheduledTask")), qPrintable(all));
        QVERIFY2(!second.waitForFinished(1000), "the other engine's dockerd.exe was ended");
        // Its own was ended: one dockerd.exe of System32 runs, the one the task started again.
        QTRY_COMPARE_WITH_TIMEOUT(processesOf(host, "system32\\dockerd.exe", "dockerd"), 1, 10000);
        QCOMPARE(processesOf(host, "other\\dockerd.exe"), 1);
        second.kill();
        second.waitForFinished();
    }

    // A task name that would end PowerShell's single-quoted string at ’ (and run calc after it) stays one
    // name: the PowerShell stand-in reads the script as Windows PowerShell does.
    void hostileTaskNameStaysOneName()
    {
        WineHost host(14393, QStringLiteral("Nano Server"));
        if (!host.unavailableReason().isEmpty())
            QSKIP(qPrintable(host.unavailableReason()));
        Answers answers = host.answers();
        answers.host.edition = Edition::Nano;
        answers.service.manager = ServiceManager::ScheduledTask;
        answers.service.name = QStringLiteral("Docker\u2019;calc;#");
        QStringList commands;
        QCOMPARE(apply(host, answers, &commands), ApplyRun::Applied);
        QVERIFY(QFile::exists(host.hostPath(QStringLiteral("C:\\Windows\\System32\\Tasks\\Docker\u2019;calc;#"))));
        const WinePrefix::Result state =
            host.run(QStringLiteral("C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe"),
                     {QStringLiteral("-Command"),
                      QStringLiteral("(Get-ScheduledTask -TaskName 'Docker\u2019\u2019;calc;#').State")});
        QCOMPARE(QString::fromUtf8(state.out).trimmed(), QStringLiteral("Running"));
        QCOMPARE(apply(host, answers, &commands), ApplyRun::NothingToChange);
    }

    // Remote access with certificates Berth makes: the server's files go to the host (its key
    // locked down with icacls), the CA key and the client's files to the admin's folder only, and
    // the seed's script takes its secure branch.
    void generatedCertificatesGoToTheHostAndTheClientApart()
    {
        WineHost host;
        if (!host.unavailableReason().isEmpty())
            QSKIP(qPrintable(host.unavailableReason()));
        Answers answers = host.answers();
        answers.tls.enabled = true;
        answers.tls.keyType = KeyType::EcdsaP256;
        answers.tls.subjectAltNames = {QStringLiteral("127.0.0.1"), QStringLiteral("docker01.corp")};
        const QString file = host.answersFile(answers);
        QTemporaryDir client;

        const WinePrefix::Result refused = host.berth({QStringLiteral("apply"), QStringLiteral("--answers"), file});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains("--client-out"));

        const WinePrefix::Result applied = host.berth({QStringLiteral("apply"), QStringLiteral("--answers"), file,
                                                       QStringLiteral("--client-out"), client.path()});
        QVERIFY2(applied.exitCode == 0, applied.out + applied.err);
        QVERIFY(applied.out.contains("icacls.exe") || applied.out.contains("Protect the server key"));
        for (const char *name : {"ca.pem", "server-cert.pem", "server-key.pem"})
            QVERIFY2(QFile::exists(
                         host.hostPath(QStringLiteral("C:\\ProgramData\\docker\\certs.d\\") + QLatin1String(name))),
                     name);
        for (const char *name : {"ca-key.pem", "key.pem", "cert.pem"}) {
            QVERIFY2(!QFile::exists(
                         host.hostPath(QStringLiteral("C:\\ProgramData\\docker\\certs.d\\") + QLatin1String(name))),
                     name);
            QVERIFY2(QFile::exists(client.filePath(QLatin1String(name))), name);
        }
        QVERIFY(!QFile::exists(client.filePath(QStringLiteral("server-key.pem"))));
        // Who may read the key on the host, as the icacls stand-in recorded it: SYSTEM and Administrators
        // by SID, nothing inherited (names would not resolve on a German Windows).
        QFile acl(host.hostPath(QStringLiteral("C:\\berth-standin\\icacls.txt")));
        QVERIFY(acl.open(QIODevice::ReadOnly));
        const QByteArray acls = acl.readAll();
        QVERIFY2(acls.endsWith("C:\\ProgramData\\docker\\certs.d\\server-key.pem|protected|*S-1-5-18:F,"
                               "*S-1-5-32-544:F\n"),
                 acls.constData());
        // The folders Berth made were locked before anything went into them, the key's folder too.
        QVERIFY2(acls.startsWith("C:\\ProgramData\\docker|protected|*S-1-5-18:(OI)(CI)F,*S-1-5-32-544:(OI)(CI)F\n"),
                 acls.constData());
        QVERIFY2(acls.contains("\nC:\\ProgramData\\docker\\certs.d|protected|*S-1-5-18:(OI)(CI)F,"
                               "*S-1-5-32-544:(OI)(CI)F\n"),
                 acls.constData());
        QVERIFY(applied.out.contains("$env:DOCKER_HOST = 'tcp://127.0.0.1:2376'"));
        // apply's final check asks the daemon with the same probe; the stand-in does not listen on TCP.
        QVERIFY2(applied.out.contains("Check: the daemon does not answer at tcp://127.0.0.1:2376"), applied.out);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(host.hostPath(QStringLiteral("C:\\berth-standin\\dockerd-argv.txt"))),
                                 10000);
        QFile argv(host.hostPath(QStringLiteral("C:\\berth-standin\\dockerd-argv.txt")));
        QVERIFY(argv.open(QIODevice::ReadOnly));
        const QByteArray recorded = argv.readAll();
        QVERIFY2(recorded.contains("--tlsverify"), recorded + applied.out);

        const WinePrefix::Result again = host.berth({QStringLiteral("apply"), QStringLiteral("--answers"), file,
                                                     QStringLiteral("--client-out"), client.path()});
        QVERIFY2(again.out.contains("Nothing changes"), again.out);
    }

    void firewallRuleIsTheSeeds()
    {
        WineHost host;
        if (!host.unavailableReason().isEmpty())
            QSKIP(qPrintable(host.unavailableReason()));
        Answers answers = host.answers();
        answers.tls.enabled = true;
        answers.tls.generate = false;
        answers.firewall.enabled = true;
        answers.firewall.remoteAddresses = {QStringLiteral("LocalSubnet")};
        QVERIFY(host.placeServerCertificates(answers.tls.certDir));
        QStringList commands;
        QCOMPARE(apply(host, answers, &commands), ApplyRun::Applied);
        QVERIFY(commands.contains(
            QStringLiteral("C:\\Windows\\System32\\netsh.exe advfirewall firewall add rule \"name=Docker "
                           "daemon\" dir=in action=allow protocol=TCP localport=2376 remoteip=LocalSubnet")));
        QVERIFY(QFile::exists(host.hostPath(QStringLiteral("C:\\ProgramData\\docker\\tag.txt"))));
        // The firewall's own store holds one such rule (the netsh stand-in keeps it where Windows does).
        const QString rulesKey = QStringLiteral(
            "HKLM\\SYSTEM\\CurrentControlSet\\Services\\SharedAccess\\Parameters\\FirewallPolicy\\FirewallRules");
        QString rules = host.regQuery(rulesKey);
        QCOMPARE(rules.count(QLatin1String("|Name=Docker daemon|")), 1);
        QVERIFY2(
            rules.contains(QLatin1String("Action=Allow|Active=TRUE|Dir=In|Protocol=6|LPort=2376|RA4=LocalSubnet|")),
            qPrintable(rules));
        // Read back from there, the rule is as wanted: a second apply adds no duplicate.
        QCOMPARE(apply(host, answers, &commands), ApplyRun::NothingToChange);
        QCOMPARE(host.regQuery(rulesKey).count(QLatin1String("|Name=Docker daemon|")), 1);
        // A rule of that name that differs (another port) is replaced, not doubled.
        answers.tls.port = answers.firewall.port = 2377;
        QCOMPARE(apply(host, answers, &commands), ApplyRun::Applied);
        rules = host.regQuery(rulesKey);
        QCOMPARE(rules.count(QLatin1String("|Name=Docker daemon|")), 1);
        QVERIFY2(rules.contains(QLatin1String("LPort=2377|")), qPrintable(rules));

        // Turning remote access off takes tag.txt away again, so the script listens on the pipe only.
        answers.tls.enabled = false;
        answers.firewall.enabled = false;
        QCOMPARE(apply(host, answers, &commands), ApplyRun::Applied);
        QVERIFY(!QFile::exists(host.hostPath(QStringLiteral("C:\\ProgramData\\docker\\tag.txt"))));
        QVERIFY(!host.regQuery(rulesKey).contains(QLatin1String("|Name=Docker daemon|")));
        // A reconfigure that leaves the NSSM values alone does not touch the registration; the
        // daemon is restarted to read its script again.
        const QString all = commands.join(QLatin1Char('\n'));
        QVERIFY2(!all.contains(QLatin1String("nssm.exe")), qPrintable(all));
        QVERIFY(all.contains(QLatin1String("sc.exe stop Docker")));
        QVERIFY(all.contains(QLatin1String("sc.exe start Docker")));
        QCOMPARE(host.serviceState(), QStringLiteral("RUNNING"));
    }

    // A failed apply puts a rule it replaced back as it was: a block rule stays a block rule, its
    // addresses and port as they were.
    void firewallUndoPutsTheRuleBackAsItWas()
    {
        WineHost host;
        if (!host.unavailableReason().isEmpty())
            QSKIP(qPrintable(host.unavailableReason()));
        const WinePrefix::Result made =
            host.run(QStringLiteral("netsh.exe"),
                     {QStringLiteral("advfirewall"), QStringLiteral("firewall"), QStringLiteral("add"),
                      QStringLiteral("rule"), QStringLiteral("name=Docker daemon"), QStringLiteral("dir=in"),
                      QStringLiteral("action=block"), QStringLiteral("protocol=TCP"), QStringLiteral("localport=2376"),
                      QStringLiteral("remoteip=10.1.0.0/16"), QStringLiteral("profile=public")});
        QCOMPARE(made.exitCode, 0);
        const QString rulesKey = QStringLiteral(
            "HKLM\\SYSTEM\\CurrentControlSet\\Services\\SharedAccess\\Parameters\\FirewallPolicy\\FirewallRules");
        auto ruleData = [&] {
            const QString rules = host.regQuery(rulesKey);
            const qsizetype at = rules.indexOf(QLatin1String("REG_SZ    "));
            return at < 0 ? QString() : rules.mid(at + 10).section(QLatin1Char('\n'), 0, 0).trimmed();
        };
        const QString before = ruleData();
        QVERIFY2(before.contains(QLatin1String("Action=Block|")), qPrintable(before));
        Answers answers = host.answers();
        answers.tls.enabled = true;
        answers.tls.generate = false;
        answers.firewall.enabled = true;
        QVERIFY(host.placeServerCertificates(answers.tls.certDir));
        QStringList commands;
        int steps = 0;
        for (; steps < 20; ++steps) {
            QCOMPARE(apply(host, answers, &commands, steps), ApplyRun::RolledBack);
            if (commands.join(QLatin1Char('\n'))
                    .contains(QLatin1String("firewall add rule \"name=Docker daemon\" dir=in action=allow")))
                break;
        }
        QVERIFY2(steps < 20, "the firewall step never ran");
        QCOMPARE(ruleData(), before);
        QCOMPARE(host.regQuery(rulesKey).count(QLatin1String("|Name=Docker daemon|")), 1);
    }
};

QTEST_GUILESS_MAIN(TestManagersWine)
#include "tst_managerswine.moc"
