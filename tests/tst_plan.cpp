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
    void seedPlanInOrder()
    {
        const QList<PlanStep> steps = Plan::forAnswers(Answers());
        QCOMPARE(steps.size(), 13);
        QCOMPARE(steps[0].kind, PlanStep::Fetch);
        QCOMPARE(steps[0].path, QStringLiteral("C:\\Windows\\System32"));
        QCOMPARE(steps[1].kind, PlanStep::Fetch);
        QCOMPARE(steps[1].source, QStringLiteral("https://nssm.cc/release/nssm-2.24.zip"));
        QCOMPARE(steps[2].kind, PlanStep::WriteFile);
        QCOMPARE(steps[2].path, QStringLiteral("C:\\ProgramData\\docker\\runDockerDaemon.cmd"));
        QCOMPARE(steps[3].command.arguments.first(), QStringLiteral("install"));
        QCOMPARE(steps.last().command.arguments, (QStringList{QStringLiteral("start"), QStringLiteral("Docker")}));
        // No firewall rule and no certificates unless remote access is on.
        for (const PlanStep &step : steps)
            QVERIFY(step.kind != PlanStep::Certificates && !step.command.program.endsWith(QLatin1String("netsh.exe")));
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
        QCOMPARE(rule, steps.size() - 2);
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
        a.service.manager = QStringLiteral("native");
        a.daemon.configStyle = QStringLiteral("daemon-json");
        const QList<PlanStep> steps = Plan::forAnswers(a);
        QCOMPARE(kinds(steps),
                 (QList<PlanStep::Kind>{PlanStep::Fetch, PlanStep::WriteFile, PlanStep::RunCommand,
                                        PlanStep::RunCommand, PlanStep::RunCommand, PlanStep::RunCommand}));
        QCOMPARE(steps[1].path, QStringLiteral("C:\\ProgramData\\docker\\config\\daemon.json"));
    }

    void nanoRunsTheTask()
    {
        Answers a;
        a.host.edition = QStringLiteral("nano");
        a.service.manager = QStringLiteral("scheduled-task");
        const QList<PlanStep> steps = Plan::forAnswers(a);
        QCOMPARE(steps.size(), 4);
        QVERIFY(steps[2].command.arguments.last().contains(QLatin1String("Register-ScheduledTask")));
        QVERIFY(steps[3].command.arguments.last().contains(QLatin1String("Start-ScheduledTask")));
    }

    void textAndJsonDescribeEveryStep()
    {
        const QList<PlanStep> steps = Plan::forAnswers(Answers());
        const QString text = Plan::toText(steps);
        QVERIFY(text.startsWith(QLatin1String("1. ")));
        QVERIFY(text.contains(QLatin1String("13. ")));
        QVERIFY(text.contains(QLatin1String(
            "nssm.exe set Docker AppParameters \"/s /c C:\\ProgramData\\docker\\runDockerDaemon.cmd < nul\"")));
        const QJsonArray json = QJsonDocument::fromJson(Plan::toJson(steps)).array();
        QCOMPARE(json.size(), 13);
        QCOMPARE(json[2].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("file"));
        QVERIFY(
            json[2].toObject().value(QStringLiteral("content")).toString().startsWith(QLatin1String("@echo off\r\n")));
        QCOMPARE(json[3].toObject().value(QStringLiteral("arguments")).toArray().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_plan.moc"
