#include "DockerUpgrade.h"

#include "answers/WindowsReleases.h"
#include "fetch/DockerReleases.h"
#include "render/ServiceCommands.h"

#include <QFileInfo>

QString DockerUpgrade::installedVersion(const WindowsHost &host, const Answers &answers, QString *error)
{
    const QString dockerd = ServiceCommands::dockerdExe(answers);
    if (!QFileInfo::exists(host.localPath(dockerd))) {
        *error = tr("%1 is not there: no Docker to upgrade (binaries.installDir)").arg(dockerd);
        return {};
    }
    const WindowsHost::Result result = host.run({dockerd, {QStringLiteral("--version")}, QString()}, 60000);
    const QString version = result.ok() ? DockerReleases::fromVersionOutput(result.out) : QString();
    if (version.isEmpty())
        *error = tr("%1 --version does not say its version (%2)").arg(dockerd, result.summary());
    return version;
}

DockerUpgrade::Choice DockerUpgrade::choose(const QString &installed, const QStringList &offered,
                                            const QString &requested, const HostSettings &host)
{
    Choice choice;
    const QStringList runnable = WindowsReleases::runnable(host, offered);
    if (runnable.size() < offered.size())
        choice.leftOut = tr("Not offered to this host: %1").arg(WindowsReleases::engineProblem(host, offered.first()));
    if (requested.isEmpty() && !runnable.isEmpty() && !WindowsReleases::runs(WindowsReleases::build(host), installed)) {
        choice.error = tr("%1 Go back to it with berth upgrade --to %2.")
                           .arg(WindowsReleases::engineProblem(host, installed), runnable.first());
        return choice;
    }
    if (!requested.isEmpty() && offered.contains(requested) && !runnable.contains(requested)) {
        choice.error = QStringLiteral("--to: ") + WindowsReleases::engineProblem(host, requested);
        return choice;
    }
    for (const QString &version : runnable) {
        if (DockerReleases::compare(version, installed) > 0)
            choice.newer.append(version);
    }
    if (requested.isEmpty()) {
        choice.target = choice.newer.isEmpty() ? installed : choice.newer.first();
        return choice;
    }
    if (!offered.contains(requested)) {
        choice.error = tr("--to: %1 is not offered; the index offers %2")
                           .arg(requested, offered.mid(0, 10).join(QStringLiteral(", ")) +
                                               (offered.size() > 10 ? QStringLiteral(", …") : QString()));
        return choice;
    }
    choice.target = requested;
    choice.downgrade = DockerReleases::compare(requested, installed) < 0;
    return choice;
}

Answers DockerUpgrade::answersFor(Answers a, const QString &version)
{
    const bool samePin = a.binaries.package == Package::Zip && a.binaries.source == Source::Download &&
                         a.binaries.zipUrl.isEmpty() && a.binaries.version == version;
    a.binaries.source = Source::Download;
    a.binaries.package = Package::Zip;
    a.binaries.version = version;
    a.binaries.zipUrl.clear();
    a.binaries.localPath.clear();
    if (!samePin)
        a.binaries.sha256.clear();
    return a;
}
