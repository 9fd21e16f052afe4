#include "DaemonVersionStep.h"

#include "ApplyContext.h"
#include "fetch/DockerReleases.h"

DaemonVersionStep::DaemonVersionStep(const FileStep *dockerd, const QString &expected)
    : m_dockerd(dockerd), m_expected(expected)
{
}

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
    if (!result.ok() || !result.out.contains(QLatin1String("version"), Qt::CaseInsensitive)) {
        *error = tr("the new dockerd.exe does not run on this host (%1)").arg(result.summary());
        return false;
    }
    const QString version = DockerReleases::fromVersionOutput(result.out);
    if (m_expected.isEmpty() || version == m_expected)
        return true;
    *error = tr("the new dockerd.exe says it is version %1, not %2 (%3)")
                 .arg(version.isEmpty() ? tr("unknown") : version, m_expected, result.out.trimmed());
    return false;
}
