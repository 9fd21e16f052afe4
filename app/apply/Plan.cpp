#include "Plan.h"

#include "render/DaemonJson.h"
#include "render/DaemonScript.h"
#include "render/ServiceCommands.h"

#include <QJsonArray>
#include <QJsonDocument>

PlanStep Plan::binaries(const Answers &a)
{
    PlanStep step;
    step.kind = PlanStep::Fetch;
    step.title = tr("Docker binaries");
    step.path = a.binaries.installDir;
    const BinariesSettings &b = a.binaries;
    if (b.source == QLatin1String("local")) {
        step.source = b.localPath;
        step.files = {QStringLiteral("dockerd.exe"), QStringLiteral("docker.exe")};
    } else if (b.package == QLatin1String("exe")) {
        step.source = b.dockerdUrl + QStringLiteral(", ") + b.dockerUrl;
        step.files = {QStringLiteral("dockerd.exe"), QStringLiteral("docker.exe")};
    } else {
        step.source = a.effectiveZipUrl();
        step.files = {QStringLiteral("docker/dockerd.exe"), QStringLiteral("docker/docker.exe")};
    }
    return step;
}

PlanStep Plan::nssm(const Answers &a)
{
    PlanStep step;
    step.kind = PlanStep::Fetch;
    step.title = tr("NSSM");
    step.path = QStringLiteral("C:\\Windows\\System32");
    step.source = a.nssm.source == QLatin1String("local") ? a.nssm.localPath : a.nssm.url;
    step.files = {QStringLiteral("nssm-2.24/win64/nssm.exe")};
    return step;
}

QList<PlanStep> Plan::forAnswers(const Answers &a)
{
    QList<PlanStep> steps;
    if (a.binaries.source != QLatin1String("keep"))
        steps.append(binaries(a));
    const bool nssmManaged = a.service.manager == QLatin1String("nssm");
    if (nssmManaged && a.nssm.source != QLatin1String("keep"))
        steps.append(nssm(a));

    const bool jsonStyle = a.daemon.configStyle == QLatin1String("daemon-json");
    // The native service runs dockerd itself; the other managers run the script.
    if (a.service.manager != QLatin1String("native")) {
        PlanStep script;
        script.kind = PlanStep::WriteFile;
        script.title = tr("Daemon start script");
        script.path = a.scriptPath();
        script.content = DaemonScript::render(a);
        steps.append(script);
    }
    if (jsonStyle) {
        PlanStep json;
        json.kind = PlanStep::WriteFile;
        json.title = tr("Daemon configuration");
        json.path = a.daemonJsonPath();
        json.content = DaemonJson::render(a);
        steps.append(json);
    }
    if (a.tls.enabled) {
        PlanStep certificates;
        certificates.kind = PlanStep::Certificates;
        certificates.title = tr("Server certificates");
        for (const char *name : {"ca.pem", "server-cert.pem", "server-key.pem"})
            certificates.files.append(a.tls.certDir + QLatin1Char('\\') + QLatin1String(name));
        // The manual procedure's script takes its secure branch only when tag.txt is there too.
        if (!jsonStyle && a.service.manager != QLatin1String("native"))
            certificates.files.append(QStringLiteral("C:\\ProgramData\\docker\\tag.txt"));
        steps.append(certificates);
    }

    auto run = [&](const HostCommand &command, const QString &title) {
        PlanStep step;
        step.kind = PlanStep::RunCommand;
        step.title = title;
        step.command = command;
        steps.append(step);
    };
    for (const HostCommand &command : ServiceCommands::registration(a))
        run(command, tr("Service"));
    if (a.firewall.enabled)
        run(ServiceCommands::firewallRule(a), tr("Firewall"));
    run(ServiceCommands::start(a), tr("Start"));
    return steps;
}

QString Plan::toText(const QList<PlanStep> &steps)
{
    QString text;
    int number = 1;
    for (const PlanStep &step : steps) {
        text += QString::number(number++) + QStringLiteral(". ") + step.describe() + QLatin1Char('\n');
        if (step.kind == PlanStep::RunCommand && !step.command.purpose.isEmpty())
            text += QStringLiteral("   (") + step.command.purpose + QStringLiteral(")\n");
    }
    return text;
}

QByteArray Plan::toJson(const QList<PlanStep> &steps)
{
    QJsonArray array;
    for (const PlanStep &step : steps)
        array.append(step.toJson());
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}
