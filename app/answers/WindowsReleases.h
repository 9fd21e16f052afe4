#pragma once

#include "Answers.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What each Windows build is called and what Docker it runs: the one table that the default engine
// version, validate, the upgrade's offer, the wizard's release lists, the host's report and inspect read.
//
// Docker Engine 23.0 and later refuse to start below build 17763: moby's checkSystem()
// (daemon/daemon_windows.go, since moby#43254) exits with "this version of Windows does not support the
// docker daemon (Windows build 17763 or higher is required)". Server 2016 and Nano Server (build 14393)
// therefore end at 20.10.24, the last release before 23.0.
class WindowsReleases
{
    Q_DECLARE_TR_FUNCTIONS(WindowsReleases)

public:
    // The first build that runs Windows containers (Server 2016, Windows 10 1607).
    static constexpr int FirstContainerBuild = 14393;
    // The first build Docker Engine 23.0 and later start on, and the first Windows client build that runs
    // containers with process isolation (Server 2019, Windows 10 1809).
    static constexpr int FirstModernBuild = 17763;
    static constexpr int FirstModernEngineMajor = 23;
    static constexpr const char *LastLegacyEngine = "20.10.24";

    // The build the answers stand for: host.build, or 14393 for Nano Server (its only build as a container
    // host); 0 when it is not known before the host is read.
    static int build(const HostSettings &host);
    // "Windows Server 2016 (build 14393)", "Windows 10 1809 (build 17763)", "Nano Server (build 14393)";
    // a build the table does not name is the edition and its build.
    static QString name(Edition edition, int build);
    // The newest Docker engine the build runs, or empty where no limit is known (and for build 0).
    static QString newestEngine(int build);
    // What the defaults install there: Defaults::DockerVersion, or the newest engine the host runs.
    static QString defaultEngine(const HostSettings &host);
    // Why Docker `version` does not start on the host, naming the newest that does; empty when it runs, or
    // when the build is not known yet.
    static QString engineProblem(const HostSettings &host, const QString &version);
    // Whether a version runs on a build: below 17763 only engines before 23.0.
    static bool runs(int build, const QString &version);
    // The versions (newest first, as offered) that the host runs.
    static QStringList runnable(const HostSettings &host, const QStringList &versions);
    // Process isolation: every Server build, and clients from 1809.
    static bool processIsolation(Edition edition, int build);
    // One line for the host's report and inspect: its name, and where its engine line ends if it does.
    static QString describe(Edition edition, int build);
};
