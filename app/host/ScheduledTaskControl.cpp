#include "ScheduledTaskControl.h"

#include "LocalFile.h"
#include "render/ServiceCommands.h"

#include <QElapsedTimer>
#include <QThread>

ScheduledTaskControl::ScheduledTaskControl(const WindowsHost &host, const QString &name,
                                           const QString &dockerdWindowsPath)
    : m_host(host), m_name(name), m_dockerd(dockerdWindowsPath)
{
}

bool ScheduledTaskControl::running() const
{
    return m_host.run(ServiceCommands::taskState(m_name)).out.trimmed() == QLatin1String("Running");
}

bool ScheduledTaskControl::start(QString *error, int timeoutMs) const
{
    // A dockerd.exe of this path while the task is Ready (there, not running) is an orphan: Task Scheduler ends only
    // the task's cmd.exe (at its time limit, or when the task is stopped or removed), and that daemon keeps the named
    // pipe and its file, so the task's new daemon would exit at once. A state that could not be read ends nothing.
    if (!m_dockerd.isEmpty() && m_host.run(ServiceCommands::taskState(m_name)).out.trimmed() == QLatin1String("Ready"))
        m_host.run(ServiceCommands::endDaemon(m_dockerd));
    const HostCommand command = ServiceCommands::startTask(m_name);
    const WindowsHost::Result result = m_host.run(command);
    if (!result.ok()) {
        *error = tr("%1 failed: %2").arg(command.commandLine(), result.summary());
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    while (!running()) {
        if (timer.elapsed() > timeoutMs) {
            *error = tr("the scheduled task %1 was started but does not run").arg(m_name);
            return false;
        }
        QThread::msleep(250);
    }
    return true;
}

bool ScheduledTaskControl::stop(QString *error, int timeoutMs) const
{
    const HostCommand command = ServiceCommands::stopTask(m_name);
    const WindowsHost::Result stopped = m_host.run(command);
    if (!stopped.ok()) {
        *error = tr("%1 failed: %2").arg(command.commandLine(), stopped.summary());
        return false;
    }
    // Whether a daemon was there to end is no matter: what counts is that its file can be replaced.
    const HostCommand end = ServiceCommands::endDaemon(m_dockerd);
    const WindowsHost::Result ended = m_host.run(end);
    if (!ended.started) {
        *error = tr("%1 failed: %2").arg(end.commandLine(), ended.summary());
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    while (!LocalFile::isReplaceable(m_host.localPath(m_dockerd))) {
        if (timer.elapsed() > timeoutMs) {
            *error =
                tr("%1 is still in use %2 seconds after the task was stopped").arg(m_dockerd).arg(timeoutMs / 1000);
            return false;
        }
        QThread::msleep(250);
    }
    return true;
}
