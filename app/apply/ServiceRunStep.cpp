#include "ServiceRunStep.h"

#include "ApplyContext.h"
#include "host/DaemonAnswer.h"
#include "host/ScheduledTaskControl.h"
#include "host/ServiceControl.h"
#include "render/ServiceCommands.h"

#include <QFile>
#include <QFileInfo>

ServiceRunStep::ServiceRunStep(Action action) : m_action(action) {}

QString ServiceRunStep::title() const
{
    return m_action == Stop ? tr("Stop Docker") : tr("Start Docker");
}

bool ServiceRunStep::prepare(ApplyContext &context, QString *)
{
    const Answers &a = context.answers;
    m_scheduledTask = a.service.manager == ServiceManager::ScheduledTask;
    m_wasRunning = m_scheduledTask
                       ? ScheduledTaskControl(context.host, a.service.name, ServiceCommands::dockerdExe(a)).running()
                       : ServiceControl(context.host, a.service.name).state() == ServiceControl::Running;
    return true;
}

QStringList ServiceRunStep::changes() const
{
    if (m_action == Stop)
        return m_wasRunning && m_changesPending ? QStringList{tr("stop the running service")} : QStringList();
    if (m_changesPending)
        return {m_wasRunning ? tr("start the service again with the new settings") : tr("start the service")};
    if (!m_wasRunning)
        return {tr("start the service, which is not running")};
    return {};
}

bool ServiceRunStep::apply(ApplyContext &context, QString *error)
{
    m_acted = true;
    const Answers &a = context.answers;
    const int timeoutMs = a.service.timeout * 1000;
    const ScheduledTaskControl task(context.host, a.service.name, ServiceCommands::dockerdExe(a));
    const ServiceControl service(context.host, a.service.name, ServiceCommands::dockerdExe(a));
    if (m_action == Stop)
        return m_scheduledTask ? task.stop(error, timeoutMs) : service.stop(error, timeoutMs);
    noteLogs(context);
    if (!(m_scheduledTask ? task.start(error, timeoutMs) : service.start(error, timeoutMs))) {
        const QString words = DaemonAnswer::lastWords(context.host, a, qMax<qint64>(0, m_logs.first().second));
        if (!words.isEmpty())
            *error += tr("; the daemon's last words: %1").arg(words);
        return false;
    }
    // Ended, or paused as NSSM pauses a program that exits at once: the daemon is not coming. A start pending is a
    // restart under way, which may yet answer.
    return daemonAnswers(context, error, [&] {
        if (m_scheduledTask)
            return task.running() ? QString() : tr("the scheduled task %1 ended").arg(a.service.name);
        const ServiceControl::State state = service.state();
        const bool gone = state == ServiceControl::Stopped || state == ServiceControl::Missing ||
                          state == ServiceControl::Paused || state == ServiceControl::PausePending;
        return gone ? tr("service %1 is %2").arg(a.service.name, ServiceControl::stateName(state)) : QString();
    });
}

void ServiceRunStep::noteLogs(ApplyContext &context)
{
    m_logs.clear();
    for (const QString &log : {context.answers.service.stdoutPath, context.answers.service.stderrPath}) {
        const QFileInfo info(context.host.localPath(log));
        m_logs.append({info.filePath(), info.exists() ? info.size() : -1});
    }
}

// RUNNING is the service manager's word; done is when the daemon answers on its pipe (DaemonAnswer).
bool ServiceRunStep::daemonAnswers(ApplyContext &context, QString *error, const std::function<QString()> &notRunning)
{
    const DaemonAnswer::Result answer =
        DaemonAnswer::wait(context.host, context.answers, context.answers.service.timeout * 1000, notRunning,
                           qMax<qint64>(0, m_logs.first().second));
    if (answer.ok) {
        context.daemonVersion = answer.version;
        return true;
    }
    *error = answer.error;
    return false;
}

void ServiceRunStep::undo(ApplyContext &context)
{
    if (!m_acted)
        return;
    QString why;
    const Answers &a = context.answers;
    const ScheduledTaskControl task(context.host, a.service.name, ServiceCommands::dockerdExe(a));
    const ServiceControl service(context.host, a.service.name, ServiceCommands::dockerdExe(a));
    // Undoing a start stops what was started and leaves the logs as they were; undoing a stop (the first step)
    // starts the service again once every other step has put its settings back.
    if (m_action == Start) {
        if (!(m_scheduledTask ? task.stop(&why) : service.stop(&why)))
            context.undoFailures << tr("stopping %1 again (%2)").arg(a.service.name, why);
        for (const auto &[path, size] : m_logs) {
            if (size < 0)
                QFile::remove(path);
            else if (QFileInfo(path).size() > size)
                QFile(path).resize(size);
        }
    } else if (m_wasRunning && !(m_scheduledTask ? task.start(&why) : service.start(&why))) {
        context.undoFailures
            << tr("%1 was running before and could not be started again (%2)").arg(a.service.name, why);
    }
}
