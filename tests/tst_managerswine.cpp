#include "WineHost.h"

#include "apply/ApplyRun.h"
#include "apply/ApplySteps.h"

#include <QFile>
#include <QTest>

// The native dockerd service, the seed's scheduled task and the firewall rule. Wine runs the
// first for real; its PowerShell and netsh are stubs that exit 0, so for those the test checks
// what they were given (shared/notes/wine.md).
class TestManagersWine : public QObject
{
    Q_OBJECT

private:
    static ApplyRun::Outcome apply(const WineHost &host, const Answers &answers, QStringList *commands)
    {
        host.useInThisProcess();
        const WindowsHost windows(host.driveC(), {QStringLiteral("wine")});
        QString error;
        std::vector<std::unique_ptr<Step>> steps = ApplySteps::build(answers, &error);
        ApplyContext context(windows, answers);
        ApplyRun run(context, std::move(steps));
        const ApplyRun::Outcome outcome = run.run(false);
        if (!run.error().isEmpty())
            qWarning("%s", qPrintable(run.error()));
        *commands = windows.commandLog();
        return outcome;
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
        answers.service.manager = QStringLiteral("native");
        answers.runtime.pipeGroup = QStringLiteral("docker users");
        answers.service.description = QStringLiteral("Docker engine, registered by Berth");
        QStringList commands;
        // Wine's sc.exe has no "config": with the seed's display name "Docker" the apply must run
        // it, fails there, and puts everything back. The command it gave is what Windows needs.
        const QString before = host.snapshot();
        QCOMPARE(apply(host, answers, &commands), ApplyRun::RolledBack);
        QVERIFY(commands.contains(
            QStringLiteral("C:\\Windows\\System32\\sc.exe config Docker DisplayName= Docker start= auto")));
        QCOMPARE(host.snapshot(), before);

        // dockerd names its service "Docker Engine" and starts it automatically: nothing for sc config.
        answers.service.displayName = QStringLiteral("Docker Engine");
        QCOMPARE(apply(host, answers, &commands), ApplyRun::Applied);
        const QString service = host.regQuery(QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\Docker"));
        QVERIFY2(service.contains(QLatin1String("ImagePath    REG_SZ    \"C:\\Windows\\System32\\dockerd.exe\" "
                                                "--run-service -H npipe:// -G \"docker users\"")),
                 qPrintable(service));
        QVERIFY(service.contains(QLatin1String("DisplayName    REG_SZ    Docker Engine")));
        QVERIFY(service.contains(QLatin1String("Description    REG_SZ    Docker engine, registered by Berth")));
        QCOMPARE(host.serviceState(), QStringLiteral("RUNNING"));
        QVERIFY(!QFile::exists(host.hostPath(QStringLiteral("C:\\ProgramData\\docker\\runDockerDaemon.cmd"))));

        QCOMPARE(apply(host, answers, &commands), ApplyRun::NothingToChange);

        // New flags register the service again, stopping and starting it around the change.
        answers.runtime.debug = true;
        QCOMPARE(apply(host, answers, &commands), ApplyRun::Applied);
        QVERIFY(commands.join(QLatin1Char('\n'))
                    .contains(QLatin1String("dockerd.exe --unregister-service --service-name Docker")));
        QVERIFY(host.regQuery(QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\Docker"))
                    .contains(QLatin1String("-G \"docker users\" -D")));
        QCOMPARE(host.serviceState(), QStringLiteral("RUNNING"));
    }

    void scheduledTaskGetsTheSeedScript()
    {
        WineHost host(14393, QStringLiteral("Nano Server"));
        if (!host.unavailableReason().isEmpty())
            QSKIP(qPrintable(host.unavailableReason()));
        Answers answers = host.answers();
        answers.host.edition = QStringLiteral("nano");
        answers.service.manager = QStringLiteral("scheduled-task");
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
        const QString certs = host.hostPath(QStringLiteral("C:\\ProgramData")) + QStringLiteral("/docker/certs.d");
        QDir().mkpath(certs);
        for (const char *name : {"ca.pem", "server-cert.pem", "server-key.pem"}) {
            QFile file(certs + QLatin1Char('/') + QLatin1String(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        QStringList commands;
        QCOMPARE(apply(host, answers, &commands), ApplyRun::Applied);
        QVERIFY(commands.contains(
            QStringLiteral("C:\\Windows\\System32\\netsh.exe advfirewall firewall add rule \"name=Docker "
                           "daemon\" dir=in action=allow protocol=TCP localport=2376 remoteip=LocalSubnet")));
        QVERIFY(QFile::exists(host.hostPath(QStringLiteral("C:\\ProgramData\\docker\\tag.txt"))));

        // Turning remote access off takes tag.txt away again, so the script listens on the pipe only.
        answers.tls.enabled = false;
        answers.firewall.enabled = false;
        QCOMPARE(apply(host, answers, &commands), ApplyRun::Applied);
        QVERIFY(!QFile::exists(host.hostPath(QStringLiteral("C:\\ProgramData\\docker\\tag.txt"))));
        // A reconfigure that leaves the NSSM values alone does not touch the registration; the
        // daemon is restarted to read its script again.
        const QString all = commands.join(QLatin1Char('\n'));
        QVERIFY2(!all.contains(QLatin1String("nssm.exe")), qPrintable(all));
        QVERIFY(all.contains(QLatin1String("sc.exe stop Docker")));
        QVERIFY(all.contains(QLatin1String("sc.exe start Docker")));
        QCOMPARE(host.serviceState(), QStringLiteral("RUNNING"));
    }
};

QTEST_GUILESS_MAIN(TestManagersWine)
#include "tst_managerswine.moc"
