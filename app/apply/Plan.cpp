#include "Plan.h"

#include "ApplySteps.h"
#include "render/ServiceCommands.h"
#include "tls/CertificateFiles.h"

#include <QJsonArray>
#include <QJsonDocument>

PlanStep Plan::binaries(const Answers &a)
{
    PlanStep step;
    step.kind = PlanStep::Fetch;
    step.title = tr("Docker binaries");
    step.path = a.binaries.installDir;
    const BinariesSettings &b = a.binaries;
    if (b.source == Source::Local) {
        step.source = b.localPath;
        step.files = {QStringLiteral("dockerd.exe"), QStringLiteral("docker.exe")};
    } else if (b.package == Package::Exe) {
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
    step.source = a.nssm.source == Source::Local ? a.nssm.localPath : a.nssm.url;
    step.files = {QStringLiteral("nssm-2.24/win64/nssm.exe")};
    return step;
}

PlanStep Plan::writeFile(const QString &title, const QString &windowsPath, const QByteArray &content)
{
    PlanStep step;
    step.kind = PlanStep::WriteFile;
    step.title = title;
    step.path = windowsPath;
    step.content = content;
    return step;
}

PlanStep Plan::certificates(const Answers &a)
{
    PlanStep certificates;
    certificates.kind = PlanStep::Certificates;
    certificates.title = tr("Server certificates");
    for (const char *name : CertificateFiles::server)
        certificates.files.append(CertificateFiles::onHost(a.tls.certDir, name));
    // The manual procedure's script takes its secure branch only when tag.txt is there too.
    if (a.scriptCarriesFlags())
        certificates.files.append(a.tagPath());
    return certificates;
}

PlanStep Plan::command(const HostCommand &command, const QString &title, PlanStep::Part part, const QString &when)
{
    PlanStep step;
    step.part = part;
    step.kind = PlanStep::RunCommand;
    step.title = title;
    step.command = command;
    step.when = when;
    return step;
}

QList<PlanStep> Plan::serviceRegistration(const Answers &a)
{
    QList<PlanStep> steps;
    for (const HostCommand &registration : ServiceCommands::registration(a))
        steps.append(command(registration, tr("Service"), PlanStep::Service));
    return steps;
}

QList<PlanStep> Plan::forAnswers(const Answers &a)
{
    // ApplyRun stops Docker before the first change, and starts it after the last.
    const QString changes = tr("Docker runs and something changes");
    QList<PlanStep> steps{command(ServiceCommands::stop(a), tr("Stop"), PlanStep::Stop, changes)};
    if (a.service.manager == ServiceManager::ScheduledTask)
        steps.append(
            command(ServiceCommands::endDaemon(ServiceCommands::dockerdExe(a)), tr("Stop"), PlanStep::Stop, changes));
    QString unused;
    for (const std::unique_ptr<Step> &step : ApplySteps::build(a, &unused, true, nullptr, ApplySteps::Describe))
        steps += step->describe(a);
    steps.append(command(ServiceCommands::start(a), tr("Start"), PlanStep::Start));
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
        if (!step.when.isEmpty())
            text += QStringLiteral("   ") + tr("only when %1").arg(step.when) + QLatin1Char('\n');
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
