#include "WindowsReleases.h"

#include <QRegularExpression>

namespace {

struct Release
{
    int build;
    const char *server; // nullptr: no Windows Server release of that build
    const char *client; // nullptr: no Windows client release of that build
};

// Microsoft's release information for Windows Server and Windows 10 and 11.
constexpr Release releases[] = {
    {10240, nullptr, "Windows 10 1507"},
    {10586, nullptr, "Windows 10 1511"},
    {14393, "Windows Server 2016", "Windows 10 1607"},
    {15063, nullptr, "Windows 10 1703"},
    {16299, "Windows Server, version 1709", "Windows 10 1709"},
    {17134, "Windows Server, version 1803", "Windows 10 1803"},
    {17763, "Windows Server 2019", "Windows 10 1809"},
    {18362, "Windows Server, version 1903", "Windows 10 1903"},
    {18363, "Windows Server, version 1909", "Windows 10 1909"},
    {19041, "Windows Server, version 2004", "Windows 10 2004"},
    {19042, "Windows Server, version 20H2", "Windows 10 20H2"},
    {19043, nullptr, "Windows 10 21H1"},
    {19044, nullptr, "Windows 10 21H2"},
    {19045, nullptr, "Windows 10 22H2"},
    {20348, "Windows Server 2022", nullptr},
    {22000, nullptr, "Windows 11 21H2"},
    {22621, nullptr, "Windows 11 22H2"},
    {22631, nullptr, "Windows 11 23H2"},
    {25398, "Windows Server, version 23H2", nullptr},
    {26100, "Windows Server 2025", "Windows 11 24H2"},
    {26200, nullptr, "Windows 11 25H2"},
};

int major(const QString &version)
{
    static const QRegularExpression leading(QStringLiteral("^(\\d+)\\."));
    const QRegularExpressionMatch match = leading.match(version);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace

int WindowsReleases::build(const HostSettings &host)
{
    if (host.build == 0 && host.edition == Edition::Nano)
        return FirstContainerBuild;
    return host.build;
}

QString WindowsReleases::name(Edition edition, int build)
{
    if (edition == Edition::Nano)
        return tr("Nano Server (build %1)").arg(build);
    for (const Release &release : releases) {
        const char *name = edition == Edition::Client ? release.client : release.server;
        if (release.build == build && name)
            return tr("%1 (build %2)").arg(QLatin1String(name)).arg(build);
    }
    return edition == Edition::Client ? tr("Windows client, build %1").arg(build)
                                      : tr("Windows Server, build %1").arg(build);
}

bool WindowsReleases::runs(int build, const QString &version)
{
    if (build == 0 || build >= FirstModernBuild)
        return true;
    const int number = major(version);
    return number >= 0 && number < FirstModernEngineMajor;
}

QString WindowsReleases::newestEngine(int build)
{
    return build != 0 && build < FirstModernBuild ? QLatin1String(LastLegacyEngine) : QString();
}

QString WindowsReleases::defaultEngine(const HostSettings &host)
{
    const QString newest = newestEngine(build(host));
    return newest.isEmpty() ? QLatin1String(Defaults::DockerVersion) : newest;
}

QString WindowsReleases::engineProblem(const HostSettings &host, const QString &version)
{
    const int hostBuild = build(host);
    if (runs(hostBuild, version))
        return {};
    return tr("Docker %1 does not start on %2: Docker Engine %3.0 and later need build %4 (Windows Server 2019, "
              "Windows 10 1809) or later. The newest engine this host runs is %5.")
        .arg(version, name(host.edition, hostBuild))
        .arg(FirstModernEngineMajor)
        .arg(FirstModernBuild)
        .arg(newestEngine(hostBuild));
}

QStringList WindowsReleases::runnable(const HostSettings &host, const QStringList &versions)
{
    QStringList usable;
    for (const QString &version : versions) {
        if (runs(build(host), version))
            usable.append(version);
    }
    return usable;
}

bool WindowsReleases::processIsolation(Edition edition, int build)
{
    return edition != Edition::Client || build == 0 || build >= FirstModernBuild;
}

QString WindowsReleases::describe(Edition edition, int build)
{
    const QString newest = newestEngine(build);
    if (newest.isEmpty())
        return name(edition, build);
    return tr("%1: its Docker engine line ends at %2 (Docker Engine %3.0 and later need build %4)")
        .arg(name(edition, build), newest)
        .arg(FirstModernEngineMajor)
        .arg(FirstModernBuild);
}
