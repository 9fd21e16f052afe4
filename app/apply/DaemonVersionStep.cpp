#include "DaemonVersionStep.h"

#include "ApplyContext.h"

DaemonVersionStep::DaemonVersionStep(const FileStep *dockerd) : m_dockerd(dockerd) {}

QStringList DaemonVersionStep::changes() const
{
    if (m_dockerd->changes().isEmpty())
        return {};
    return {tr("run %1 --version").arg(m_dockerd->windowsPath())};
}

bool DaemonVersionStep::apply(ApplyContext &context, QString *error)
{
    const WindowsHost::Result result =
        context.host.run({m_dockerd->windowsPath(), {QStringLiteral("--version")}, QString()}, 60000);
    if (result.ok() && result.out.contains(QLatin1String("version"), Qt::CaseInsensitive))
        return true;
    *error = tr("the new dockerd.exe does not run on this host (%1)").arg(result.summary());
    return false;
}
