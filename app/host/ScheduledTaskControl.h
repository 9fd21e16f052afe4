#pragma once

#include "WindowsHost.h"

#include <QCoreApplication>

// The scheduled task that runs Docker on Nano Server, through PowerShell as the manual procedure
// registers it: whether it runs, and starting and stopping it with a wait, as ServiceControl does for
// a service. Stopping ends the daemon too (Task Scheduler ends only the task's cmd.exe) and waits until
// dockerd.exe can be replaced, which a running program's .exe cannot on Windows.
class ScheduledTaskControl
{
    Q_DECLARE_TR_FUNCTIONS(ScheduledTaskControl)

public:
    ScheduledTaskControl(const WindowsHost &host, const QString &name, const QString &dockerdWindowsPath);

    bool running() const;
    bool start(QString *error, int timeoutMs = 30000) const;
    bool stop(QString *error, int timeoutMs = 60000) const;

private:
    const WindowsHost &m_host;
    QString m_name;
    QString m_dockerd;
};
