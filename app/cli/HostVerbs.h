#pragma once

#include "fleet/FleetBuilder.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

#include "answers/Answers.h"
#include "apply/ApplyJob.h"

// The verbs that act on a host through the seam (--root, BERTH_LAUNCHER): apply, upgrade, inspect
// and uninstall. Each returns the command line's exit code.
class HostVerbs
{
    Q_DECLARE_TR_FUNCTIONS(HostVerbs)

public:
    // restart: when a Windows feature needs a restart, restart the host and finish after it (ApplyJob::Options).
    static int apply(Answers answers, const QString &root, bool dryRun, const QString &clientOut,
                     bool dockerContext = false, bool restart = true);
    // installed: the answers the host was set up with, or nullopt to read them from the host (inspect).
    static int upgrade(const std::optional<Answers> &installed, const QString &root, const QString &serviceName,
                       const QString &version, bool dryRun, const QString &certDir);
    // berth client: set this machine up with the answers' binaries.* (nullopt: remove the set-up).
    static int client(const std::optional<Answers> &answers, const ApplyJob::Options &options, const QString &root,
                      bool dryRun);
    static int inspect(const QString &root, const QString &serviceName);
    // Finishes an apply that was killed midway, with the answers its journal kept (ApplyJournal).
    // afterRestart: run by Berth's own task after the restart it made (RestartToFinish), which it removes.
    static int recover(const QString &root, bool restart, bool afterRestart);
    // The last lines of the service's stdout log (service.io.stdout), then, with follow, each new one.
    static int tail(const Answers &answers, const QString &root, int lines, bool follow);
    static int bundle(const Answers &answers, const QString &out, const QString &clientOut);
    static int fleet(const Answers &base, const FleetBuilder::Options &options);
    static int uninstall(const QString &root, const QString &serviceName, bool keepData, bool keepCerts);
};
