#pragma once

#include "WindowsHost.h"

#include <QCoreApplication>

// A Windows service's state through sc.exe query, and starting and stopping it with a wait.
class ServiceControl
{
    Q_DECLARE_TR_FUNCTIONS(ServiceControl)

public:
    // How long a started service must stay running to count as started.
    static constexpr int SettleMs = 3000;

    enum State { Missing, Stopped, StartPending, StopPending, Running, ContinuePending, PausePending, Paused, Unknown };

    // With dockerdWindowsPath, a stop lasts until that file can be replaced: a service may say STOPPED while its
    // process still runs and holds its image (dockerd reports Stopped before it returns; NSSM ends the daemon under
    // its cmd.exe with a TerminateProcess it does not wait for).
    ServiceControl(const WindowsHost &host, const QString &name, const QString &dockerdWindowsPath = QString());

    State state() const;
    // The state in what sc.exe query printed, and its exit code (1060: no such service).
    static State parseQuery(const QString &output, int exitCode);
    static QString stateName(State state);
    // Starts the service and waits until it runs; false with the reason (and the state it reached).
    bool start(QString *error, int timeoutMs = 60000) const;
    bool stop(QString *error, int timeoutMs = 60000) const;

private:
    bool waitFor(State wanted, int timeoutMs, State *last) const;

    const WindowsHost &m_host;
    QString m_name;
    QString m_dockerd;
};
