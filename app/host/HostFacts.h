#pragma once

#include "WindowsHost.h"
#include "answers/Answers.h"

#include <optional>

#include <QCoreApplication>
#include <QStringList>

// What Berth checks and reports before it acts: the edition and build from the registry, the
// Containers feature, an existing service of that name, and administrator rights on Windows.
struct HostFacts
{
    Q_DECLARE_TR_FUNCTIONS(HostFacts)

public:
    std::optional<Edition> edition; // none when the registry does not say
    int build = 0;
    QString editionId;
    bool containersFeature = false; // the Host Compute Service (vmcompute) the feature installs
    bool hyperV = false;            // the Hyper-V Virtual Machine Management service, for Hyper-V isolation
    bool serviceExists = false;
    bool serviceRunning = false;
    int port = 0; // the TCP port remote access wants (0: none)
    bool portListening = false;
    bool administrator = true;
    bool win64 = true; // PROCESSOR_ARCHITECTURE is not x86

    static HostFacts read(const WindowsHost &host, const QString &serviceName, int port = 0);
    // Whether this process has an administrator's elevated token (always true elsewhere than Windows).
    static bool runsElevated();
    static QString notElevated();
    // The user logged on to this session (DOMAIN\NAME), when this process runs as another one: an administrator's
    // credentials typed into UAC's prompt on a standard user's desktop ("over the shoulder"). Empty when they are
    // the same, for a session without a user (a service's), and elsewhere than Windows.
    static QString sessionUserIfNotThisOne();
    // Whether `netstat -an` shows something listening on the TCP port, over IPv4 or IPv6.
    static bool listensOn(const QString &netstatOutput, int port);
    // The port is taken by something other than the Docker service.
    bool portTaken() const { return portListening && !serviceRunning; }
    // One line per fact, and a line saying what to do for each one that stands in the way.
    QStringList report() const;
    // dism.exe enabling a Windows feature (Containers, Microsoft-Hyper-V); a restart completes it.
    static HostCommand enableFeatureCommand(const QString &feature);
    struct FeatureResult
    {
        bool ok = false;
        QString message; // what follows (restart the host), or why it failed and the command
    };
    static FeatureResult enableFeature(const WindowsHost &host, const QString &feature);
};
