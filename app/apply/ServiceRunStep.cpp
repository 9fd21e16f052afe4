#include "ServiceRunStep.h"

#include "ApplyContext.h"
#include "host/ScheduledTaskControl.h"
#include "host/ServiceControl.h"
#include "render/ServiceCommands.h"

#include <QFile>
#include <QFileInfo>

namespace {

// The last lines written to a log after it had the given size.
QStringList tail(const QString &path, qint64 since)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    file.seek(qMax<qint64>(since, qMax<qint64>(0, file.size() - 4096)));
    QStringList lines;
    for (const QString &line : QString::fromLocal8Bit(file.readAll()).split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed()); // without the \r of a Windows program's line end
    }
    return lines.mid(qMax<qsizetype>(0, lines.size() - 3));
}

} // namespace

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
    if (m_scheduledTask) {
        const ScheduledTaskControl task(context.host, a.service.name, ServiceCommands::dockerdExe(a));
        return m_action == Stop ? task.stop(error) : task.start(error);
    }
    const ServiceControl service(context.host, a.service.name);
    if (m_action == Stop)
        return service.stop(error);
    m_logs.clear();
    for (const QString &log : {a.service.stdoutPath, a.service.stderrPath}) {
        const QFileInfo info(context.host.localPath(log));
        m_logs.append({info.filePath(), info.exists() ? info.size() : -1});
    }
    if (service.start(error))
        return true;
    const QStringList lines = tail(m_logs.first().first, m_logs.first().second);
    if (!lines.isEmpty())
        *error += tr("; the daemon's last words: %1").arg(lines.join(QStringLiteral(" / ")));
    return false;
}

void ServiceRunStep::undo(ApplyContext &context)
{
    if (!m_acted)
        return;
    QString ignored;
    const Answers &a = context.answers;
    if (m_scheduledTask) {
        const ScheduledTaskControl task(context.host, a.service.name, ServiceCommands::dockerdExe(a));
        if (m_action == Start)
            task.stop(&ignored);
        else if (m_wasRunning)
            task.start(&ignored);
        return;
    }
    const ServiceControl service(context.host, a.service.name);
    // Undoing a start stops what was started; undoing a stop (the first step) starts the service
    // again once every other step has put its settings back.
    if (m_action == Start) {
        service.stop(&ignored);
        for (const auto &[path, size] : m_logs) {
            if (size < 0)
                QFile::remove(path);
            else if (QFileInfo(path).size() > size)
                QFile(path).resize(size);
        }
    } else if (m_wasRunning)
        service.start(&ignored);
}
