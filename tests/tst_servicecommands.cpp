#include "render/ServiceCommands.h"

#include <QTest>

namespace {

const QString Nssm = QStringLiteral("C:\\Windows\\System32\\nssm.exe");

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *item : list)
        out.append(QString::fromUtf8(item));
    return out;
}

} // namespace

class TestServiceCommands : public QObject
{
    Q_OBJECT

private slots:
    // The seed's Application, Details and I/O tabs, field by field.
    void nssmReproducesTheSeedTabs()
    {
        const QList<HostCommand> commands = ServiceCommands::registration(Answers());
        QCOMPARE(commands.size(), 9);
        for (const HostCommand &command : commands)
            QCOMPARE(command.program, Nssm);
        QCOMPARE(commands[0].arguments, args({"install", "Docker", "C:\\Windows\\System32\\cmd.exe"}));
        QCOMPARE(commands[1].arguments, args({"set", "Docker", "AppDirectory", "C:\\Windows\\System32"}));
        QCOMPARE(commands[2].arguments,
                 args({"set", "Docker", "AppParameters", "/s /c C:\\ProgramData\\docker\\runDockerDaemon.cmd < nul"}));
        QCOMPARE(commands[3].arguments, args({"set", "Docker", "DisplayName", "Docker"}));
        QCOMPARE(commands[4].arguments,
                 args({"set", "Docker", "Description",
                       "The Docker Daemon provides management capabilities of containers for docker clients."}));
        QCOMPARE(commands[5].arguments, args({"set", "Docker", "Start", "SERVICE_AUTO_START"}));
        QCOMPARE(commands[6].arguments, args({"set", "Docker", "AppStdout", "C:\\ProgramData\\docker\\daemon.log"}));
        QCOMPARE(commands[7].arguments, args({"set", "Docker", "AppStderr", "C:\\ProgramData\\docker\\daemon.log"}));
        QCOMPARE(commands[8].arguments, args({"set", "Docker", "AppNoConsole", "1"}));
    }

    void server2016DependsOnConDrv()
    {
        Answers a;
        a.host.build = 14393;
        QCOMPARE(ServiceCommands::registration(a).last().arguments,
                 args({"set", "Docker", "DependOnService", "ConDrv"}));
        a.host.build = 17763;
        QVERIFY(!ServiceCommands::registration(a).last().arguments.contains(QStringLiteral("ConDrv")));
    }

    void startupTypesAndEmptyDescription()
    {
        Answers a;
        a.service.startup = StartupType::DelayedAuto;
        a.service.description.clear();
        const QList<HostCommand> commands = ServiceCommands::registration(a);
        QCOMPARE(commands[4].arguments, args({"reset", "Docker", "Description"}));
        QCOMPARE(commands[5].arguments, args({"set", "Docker", "Start", "SERVICE_DELAYED_AUTO_START"}));
        QCOMPARE(ServiceCommands::nssmStartValue(StartupType::Manual), QStringLiteral("SERVICE_DEMAND_START"));
        QCOMPARE(ServiceCommands::nssmStartValue(StartupType::Disabled), QStringLiteral("SERVICE_DISABLED"));
    }

    void nativeRegistersDockerdWithTheFlags()
    {
        Answers a;
        a.service.manager = ServiceManager::Native;
        a.tls.enabled = true;
        a.runtime.debug = true;
        const QList<HostCommand> commands = ServiceCommands::registration(a);
        QCOMPARE(commands[0].program, QStringLiteral("C:\\Windows\\System32\\dockerd.exe"));
        QCOMPARE(commands[0].arguments,
                 args({"--register-service", "--service-name", "Docker", "-H", "npipe://", "-H", "0.0.0.0:2376",
                       "--tlsverify", "--tlscacert=C:\\ProgramData\\docker\\certs.d\\ca.pem",
                       "--tlscert=C:\\ProgramData\\docker\\certs.d\\server-cert.pem",
                       "--tlskey=C:\\ProgramData\\docker\\certs.d\\server-key.pem", "-D"}));
        QCOMPARE(commands[1].arguments, args({"config", "Docker", "DisplayName=", "Docker", "start=", "auto"}));
        QCOMPARE(commands[2].arguments[0], QStringLiteral("description"));

        a.daemon.configStyle = ConfigStyle::DaemonJson;
        QCOMPARE(ServiceCommands::registration(a)[0].arguments,
                 args({"--register-service", "--service-name", "Docker"}));
    }

    // The seed's Nano Server task, line for line.
    void scheduledTaskIsTheSeedScript()
    {
        Answers a;
        a.service.manager = ServiceManager::ScheduledTask;
        const QList<HostCommand> commands = ServiceCommands::registration(a);
        QCOMPARE(commands.size(), 1);
        QCOMPARE(commands[0].program, ServiceCommands::powershellExe());
        const QString script = commands[0].arguments.last();
        const QStringList seedLines = {
            QStringLiteral("$dockerData = \"$($env:ProgramData)\\docker\""),
            QStringLiteral("$dockerDaemonScript = \"$dockerData\\runDockerDaemon.cmd\""),
            QStringLiteral("$dockerLog = \"$dockerData\\daemon.log\""),
            QStringLiteral(
                "$action = New-ScheduledTaskAction -Execute \"cmd.exe\" -Argument \"/c $dockerDaemonScript > "
                "$dockerLog 2>&1\" -WorkingDirectory $dockerData"),
            QStringLiteral("$trigger = New-ScheduledTaskTrigger -AtStartup"),
            // The manual procedure's line, with no 72-hour limit (Task Scheduler's default ends the task).
            QStringLiteral("$settings = New-ScheduledTaskSettingsSet -Priority 5 -ExecutionTimeLimit 0"),
            QStringLiteral(
                "Register-ScheduledTask -TaskName Docker -Action $action -Trigger $trigger -Settings $settings "
                "-User SYSTEM -RunLevel Highest | Out-Null"),
        };
        QCOMPARE(script.split(QLatin1Char('\n')), seedLines);
        QCOMPARE(ServiceCommands::start(a).arguments.last(), QStringLiteral("Start-ScheduledTask -TaskName Docker"));
    }

    void scheduledTaskQuotesOtherLogs()
    {
        Answers a;
        a.service.manager = ServiceManager::ScheduledTask;
        a.service.name = QStringLiteral("Docker's engine");
        a.service.stdoutPath = QStringLiteral("D:\\logs\\docker out.log");
        a.service.stderrPath = QStringLiteral("D:\\logs\\$err.log");
        const QString script = ServiceCommands::registration(a)[0].arguments.last();
        QVERIFY(script.contains(QStringLiteral("$dockerLog = 'D:\\logs\\docker out.log'")));
        QVERIFY(script.contains(QStringLiteral("$dockerErr = 'D:\\logs\\$err.log'")));
        QVERIFY(script.contains(QStringLiteral("> `\"$dockerLog`\" 2> $dockerErr\"")));
        QVERIFY(script.contains(QStringLiteral("-TaskName 'Docker''s engine'")));
    }

    void firewallIsTheSeedRule()
    {
        Answers a;
        const HostCommand rule = ServiceCommands::firewallRule(a);
        QCOMPARE(rule.program, QStringLiteral("C:\\Windows\\System32\\netsh.exe"));
        QCOMPARE(rule.arguments, args({"advfirewall", "firewall", "add", "rule", "name=Docker daemon", "dir=in",
                                       "action=allow", "protocol=TCP", "localport=2376"}));
        a.firewall.remoteAddresses = {QStringLiteral("LocalSubnet"), QStringLiteral("10.0.0.0/8")};
        QCOMPARE(ServiceCommands::firewallRule(a).arguments.last(), QStringLiteral("remoteip=LocalSubnet,10.0.0.0/8"));
        QCOMPARE(ServiceCommands::firewallRuleRemoval(a).arguments.mid(0, 5),
                 args({"advfirewall", "firewall", "delete", "rule", "name=Docker daemon"}));
    }

    void removalIsTheSeeds()
    {
        const QList<HostCommand> service = ServiceCommands::removal(Answers());
        QCOMPARE(service.size(), 2);
        QCOMPARE(service[0].arguments, args({"stop", "Docker"}));
        QCOMPARE(service[1].program, QStringLiteral("C:\\Windows\\System32\\sc.exe"));
        QCOMPARE(service[1].arguments, args({"delete", "Docker"}));

        Answers nano;
        nano.service.manager = ServiceManager::ScheduledTask;
        const QList<HostCommand> task = ServiceCommands::removal(nano);
        QCOMPARE(task[0].arguments.last(), QStringLiteral("Remove-Item 'C:\\Windows\\System32\\docker.exe'"));
        QCOMPARE(task[1].arguments.last(),
                 QStringLiteral("Get-ScheduledTask -TaskName Docker | UnRegister-ScheduledTask -Confirm:$false"));
    }

    void clientLine()
    {
        Answers a;
        QCOMPARE(ServiceCommands::clientDockerHostLine(a),
                 QStringLiteral("$env:DOCKER_HOST = \"tcp://<ipaddress of server>:2376\""));
        a.tls.subjectAltNames = {QStringLiteral("fd00::5")};
        a.tls.port = 2377;
        QCOMPARE(ServiceCommands::clientDockerHostLine(a),
                 QStringLiteral("$env:DOCKER_HOST = \"tcp://[fd00::5]:2377\""));
    }

    // PowerShell ends a single-quoted string at ' ‘ ’ ‚ or ‛: each is doubled, so none can end it early.
    void powershellLiteralsHoldEveryQuote_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("literal");
        QTest::newRow("plain") << QStringLiteral("Docker") << QStringLiteral("Docker");
        QTest::newRow("apostrophe") << QStringLiteral("Docker';calc;#") << QStringLiteral("'Docker'';calc;#'");
        QTest::newRow("left single quote")
            << QStringLiteral("Docker\u2018;calc;#") << QStringLiteral("'Docker\u2018\u2018;calc;#'");
        QTest::newRow("right single quote")
            << QStringLiteral("Docker\u2019;calc;#") << QStringLiteral("'Docker\u2019\u2019;calc;#'");
        QTest::newRow("low-9 quote") << QStringLiteral("Docker\u201A;calc;#")
                                     << QStringLiteral("'Docker\u201A\u201A;calc;#'");
        QTest::newRow("reversed-9 quote")
            << QStringLiteral("Docker\u201B;calc;#") << QStringLiteral("'Docker\u201B\u201B;calc;#'");
        QTest::newRow("$(...) stays text")
            << QStringLiteral("C:\\logs\\$(calc)\\daemon.log") << QStringLiteral("'C:\\logs\\$(calc)\\daemon.log'");
    }
    void powershellLiteralsHoldEveryQuote()
    {
        QFETCH(QString, value);
        QFETCH(QString, literal);
        QCOMPARE(ServiceCommands::powershellLiteral(value), literal);
        Answers answers;
        answers.host.edition = Edition::Nano;
        answers.service.manager = ServiceManager::ScheduledTask;
        answers.service.name = value;
        QVERIFY2(ServiceCommands::registration(answers).first().arguments.last().contains(QStringLiteral("-TaskName ") +
                                                                                          literal + QLatin1Char(' ')),
                 qPrintable(ServiceCommands::registration(answers).first().arguments.last()));
    }

    void commandLineQuotingRoundTrips()
    {
        const QStringList argv{QStringLiteral("C:\\Program Files\\Docker\\dockerd.exe"),
                               QStringLiteral("--run-service"),
                               QStringLiteral("-G"),
                               QStringLiteral("docker users"),
                               QStringLiteral("say \"hi\""),
                               QStringLiteral("C:\\a b\\"),
                               QString()};
        QStringList quoted;
        for (const QString &argument : argv)
            quoted << HostCommand::quoteArgument(argument);
        QCOMPARE(HostCommand::splitCommandLine(quoted.join(QLatin1Char(' '))), argv);
        QCOMPARE(HostCommand::splitCommandLine(QStringLiteral("\"C:\\x\\dockerd.exe\" --run-service -H npipe://")),
                 (QStringList{QStringLiteral("C:\\x\\dockerd.exe"), QStringLiteral("--run-service"),
                              QStringLiteral("-H"), QStringLiteral("npipe://")}));
        QCOMPARE(HostCommand::quoteArgument(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(HostCommand::quoteArgument(QString()), QStringLiteral("\"\""));
        QCOMPARE(HostCommand::quoteArgument(QStringLiteral("a b")), QStringLiteral("\"a b\""));
        QCOMPARE(HostCommand::quoteArgument(QStringLiteral("C:\\a b\\")), QStringLiteral("\"C:\\a b\\\\\""));
        QCOMPARE(HostCommand::quoteArgument(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \\\"hi\\\"\""));
        const HostCommand command{ServiceCommands::scExe(), args({"description", "Docker", "A b"}), QString()};
        QCOMPARE(command.commandLine(), QStringLiteral("C:\\Windows\\System32\\sc.exe description Docker \"A b\""));
    }
};

QTEST_GUILESS_MAIN(TestServiceCommands)
#include "tst_servicecommands.moc"
