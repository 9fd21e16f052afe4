#include "apply/Plan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>

namespace {

QList<PlanStep::Kind> kinds(const QList<PlanStep> &steps)
{
    QList<PlanStep::Kind> out;
    for (const PlanStep &step : steps)
        out.append(step.kind);
    return out;
}

QString program(const PlanStep &step)
{
    return step.command.program.section(QLatin1Char('\\'), -1);
}

qsizetype indexOf(const QList<PlanStep> &steps, const std::function<bool(const PlanStep &)> &is)
{
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (is(steps.at(i)))
            return i;
    }
    return -1;
}

} // namespace

class TestPlan : public QObject
{
    Q_OBJECT

private slots:
    // The manual procedure's order: binaries, NSSM, the script, the service, the start; the stop first, only
    // when Docker runs and something changes.
    void seedPlanInOrder()
    {
        const QList<PlanStep> steps = Plan::forAnswers(Answers());
        QCOMPARE(steps.first().part, PlanStep::Stop);
        QVERIFY(!steps.first().when.isEmpty());
        QCOMPARE(kinds(steps).mid(1, 3),
                 (QList<PlanStep::Kind>{PlanStep::Fetch, PlanStep::Fetch, PlanStep::WriteFile}));
        QCOMPARE(steps[1].path, QStringLiteral("C:\\Windows\\System32"));
        QCOMPARE(steps[2].source, QStringLiteral("https://nssm.cc/release/nssm-2.24.zip"));
        QCOMPARE(steps[3].path, QStringLiteral("C:\\ProgramData\\docker\\runDockerDaemon.cmd"));
        QCOMPARE(steps[4].command.arguments.first(), QStringLiteral("install"));
        QCOMPARE(steps[4].when, Plan::tr("the service is not there yet"));
        QCOMPARE(steps.last().command.arguments, (QStringList{QStringLiteral("start"), QStringLiteral("Docker")}));
        QCOMPARE(steps.last().part, PlanStep::Start);
        // No certificates and no rule added unless remote access is on; only a rule of that name taken away.
        for (const PlanStep &step : steps) {
            QVERIFY(step.kind != PlanStep::Certificates);
            QVERIFY(!step.command.arguments.contains(QStringLiteral("add")));
        }
        const qsizetype removal =
            indexOf(steps, [](const PlanStep &s) { return program(s) == QLatin1String("netsh.exe"); });
        QVERIFY(removal > 0);
        QVERIFY(steps[removal].command.arguments.contains(QStringLiteral("delete")));
        QVERIFY(!steps[removal].when.isEmpty());
        // Build 0 is found on the host: ConDrv is set only if it is Server 2016.
        const qsizetype conDrv =
            indexOf(steps, [](const PlanStep &s) { return s.command.arguments.contains(QStringLiteral("ConDrv")); });
        QVERIFY(conDrv > 0);
        QVERIFY(!steps[conDrv].when.isEmpty());
    }

    // Steps are found by what they are: the certificates, then the icacls that locks the key apply runs
    // (listed since the plan is read from apply's own steps), the service, the rule, the start last.
    void remoteAccessAddsCertificatesAndTheRule()
    {
        Answers a;
        a.tls.enabled = true;
        a.firewall.enabled = true;
        const QList<PlanStep> steps = Plan::forAnswers(a);
        const qsizetype certificates =
            indexOf(steps, [](const PlanStep &s) { return s.kind == PlanStep::Certificates; });
        QVERIFY(certificates >= 0);
        QVERIFY(steps[certificates].files.contains(QStringLiteral("C:\\ProgramData\\docker\\tag.txt")));
        const qsizetype lock =
            indexOf(steps, [](const PlanStep &s) { return program(s) == QLatin1String("icacls.exe"); });
        QCOMPARE(lock, certificates + 1);
        QCOMPARE(steps[lock].command.arguments.first(),
                 QStringLiteral("C:\\ProgramData\\docker\\certs.d\\server-key.pem"));
        const qsizetype install =
            indexOf(steps, [](const PlanStep &s) { return s.command.arguments.value(0) == QLatin1String("install"); });
        const qsizetype rule =
            indexOf(steps, [](const PlanStep &s) { return program(s) == QLatin1String("netsh.exe"); });
        QVERIFY(lock < install && install < rule);
        QCOMPARE(steps[rule].command.arguments.value(2), QStringLiteral("delete"));
        QCOMPARE(steps[rule + 1].command.arguments.value(2), QStringLiteral("add"));
        QCOMPARE(rule + 1, steps.size() - 2);
        QCOMPARE(steps.last().command.arguments, (QStringList{QStringLiteral("start"), QStringLiteral("Docker")}));

        // Certificates already in the folder are checked, not made: nothing to lock.
        a.tls.generate = false;
        QCOMPARE(
            indexOf(Plan::forAnswers(a), [](const PlanStep &s) { return program(s) == QLatin1String("icacls.exe"); }),
            -1);
    }

    void nativeWritesNoScript()
    {
        Answers a;
        a.service.manager = ServiceManager::Native;
        a.daemon.configStyle = ConfigStyle::DaemonJson;
        const QList<PlanStep> steps = Plan::forAnswers(a);
        QCOMPARE(indexOf(steps, [](const PlanStep &s) { return s.path.endsWith(QLatin1String(".cmd")); }), -1);
        const qsizetype json = indexOf(steps, [](const PlanStep &s) { return s.kind == PlanStep::WriteFile; });
        QCOMPARE(steps[json].path, QStringLiteral("C:\\ProgramData\\docker\\config\\daemon.json"));
        // dockerd registers itself; a service registered with other flags is unregistered first, and the event log
        // source an sc.exe delete left behind is removed, as dockerd would refuse to register over it.
        const qsizetype unregister = indexOf(steps, [](const PlanStep &s) {
            return s.command.arguments.value(0) == QLatin1String("--unregister-service");
        });
        QCOMPARE(
            steps[unregister + 1].command.arguments,
            (QStringList{QStringLiteral("delete"),
                         QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\EventLog\\Application\\Docker"),
                         QStringLiteral("/f")}));
        QCOMPARE(steps[unregister + 2].command.arguments.value(0), QStringLiteral("--register-service"));
        for (int i = 0; i < 3; ++i)
            QVERIFY(!steps[unregister + i].when.isEmpty());
        QVERIFY(json < unregister);
    }

    void nanoRunsTheTask()
    {
        Answers a;
        a.host.edition = Edition::Nano;
        a.service.manager = ServiceManager::ScheduledTask;
        const QList<PlanStep> steps = Plan::forAnswers(a);
        QVERIFY(steps.size() > 4);
        // Stopping a task ends its cmd.exe only: dockerd.exe is ended too, the one of installDir and no other.
        QCOMPARE(steps[0].command.arguments.value(3), QStringLiteral("Stop-ScheduledTask -TaskName Docker"));
        QCOMPARE(steps[1].command.arguments.value(3),
                 QStringLiteral("Get-Process -Name dockerd -ErrorAction SilentlyContinue | Where-Object Path -EQ "
                                "'C:\\Windows\\System32\\dockerd.exe' | Stop-Process -Force"));
        const qsizetype registration = indexOf(steps, [](const PlanStep &s) {
            return s.command.arguments.value(3).contains(QLatin1String(" -Action $action"));
        });
        QVERIFY(registration > 0);
        QVERIFY(steps[registration - 1].command.arguments.value(3).contains(QLatin1String("UnRegister-ScheduledTask")));
        QVERIFY(steps.last().command.arguments.value(3).contains(QLatin1String("Start-ScheduledTask")));
    }

    void textAndJsonDescribeEveryStep()
    {
        const QList<PlanStep> steps = Plan::forAnswers(Answers());
        const QString text = Plan::toText(steps);
        QVERIFY(text.startsWith(QLatin1String("1. ")));
        QVERIFY(text.contains(QStringLiteral("%1. ").arg(steps.size())));
        QVERIFY(text.contains(QStringLiteral("   ") + Plan::tr("only when %1").arg(steps.first().when)));
        QVERIFY(text.contains(QLatin1String(
            "nssm.exe set Docker AppParameters \"/s /c C:\\ProgramData\\docker\\runDockerDaemon.cmd < nul\"")));
        const QJsonArray json = QJsonDocument::fromJson(Plan::toJson(steps)).array();
        QCOMPARE(json.size(), steps.size());
        QCOMPARE(json[3].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("file"));
        QVERIFY(
            json[3].toObject().value(QStringLiteral("content")).toString().startsWith(QLatin1String("@echo off\r\n")));
        QCOMPARE(json[4].toObject().value(QStringLiteral("arguments")).toArray().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_plan.moc"
