#pragma once

#include "answers/Answers.h"
#include "host/WindowsHost.h"

#include <QCoreApplication>
#include <QStringList>

// What an upgrade decides before it changes anything: the version on the host, the one to go to
// among those the index offers, and the answers that fetch it. The change itself is an apply of the
// binaries' steps alone (ApplySteps::binaries): configuration, certificates and the service's fields
// are not among them.
class DockerUpgrade
{
    Q_DECLARE_TR_FUNCTIONS(DockerUpgrade)

public:
    // What `dockerd.exe --version` says on the host; empty with the reason when it does not run or says
    // something else.
    static QString installedVersion(const WindowsHost &host, const Answers &answers, QString *error);

    struct Choice
    {
        QString target;    // the version to go to; empty with error set
        QStringList newer; // the offered versions newer than the installed one, newest first
        bool downgrade = false;
        QString error;
        QString leftOut; // why releases on offer are not offered to this host (its build does not run them)
    };
    // requested: --to, or empty for the newest offered that the host runs (WindowsReleases). Going back needs it
    // asked by name; a release the host's build cannot run is never chosen.
    static Choice choose(const QString &installed, const QStringList &offered, const QString &requested,
                         const HostSettings &host = {});

    // The answers with the binaries taken from the index's zip for version. A pin (binaries.sha256) is kept
    // only when it was made for that same zip.
    static Answers answersFor(Answers answers, const QString &version);
};
