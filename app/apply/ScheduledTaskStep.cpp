#include "ScheduledTaskStep.h"

#include "Plan.h"

#include "ApplyContext.h"
#include "host/ServiceRegistration.h"
#include "render/DaemonScript.h"
#include "render/ServiceCommands.h"

#include <QFile>
#include <QXmlStreamReader>

QString ScheduledTaskStep::wantedArguments(const Answers &a)
{
    const ServiceSettings &s = a.service;
    QString arguments =
        QStringLiteral("/c ") + a.scriptPath() + QStringLiteral(" > ") + DaemonScript::batchWord(s.stdoutPath);
    if (s.stderrPath.compare(s.stdoutPath, Qt::CaseInsensitive) == 0)
        return arguments + QStringLiteral(" 2>&1");
    return arguments + QStringLiteral(" 2> ") + DaemonScript::batchWord(s.stderrPath);
}

QString ScheduledTaskStep::taskWindowsPath() const
{
    return QStringLiteral("C:\\Windows\\System32\\Tasks\\") + m_name;
}

HostCommand ScheduledTaskStep::unregister(const QString &name) const
{
    return {ServiceCommands::powershellExe(),
            {QStringLiteral("-NoProfile"), QStringLiteral("-NonInteractive"), QStringLiteral("-Command"),
             // Quiet when there is none: install.cmd runs the same line before it registers.
             QStringLiteral("Get-ScheduledTask -ErrorAction SilentlyContinue -TaskName ") +
                 ServiceCommands::powershellLiteral(name) +
                 QStringLiteral(" | UnRegister-ScheduledTask -Confirm:$false")},
            tr("Remove the scheduled task")};
}

bool ScheduledTaskStep::prepare(ApplyContext &context, QString *)
{
    const Answers &a = context.answers;
    m_name = a.service.name;
    m_taskFile = context.host.localPath(taskWindowsPath());
    QFile file(m_taskFile);
    m_existed = file.open(QIODevice::ReadOnly);
    m_commands.clear();
    if (m_existed &&
        ServiceRegistration::taskArguments(file.readAll()).compare(wantedArguments(a), Qt::CaseInsensitive) == 0)
        return true;
    if (m_existed)
        m_commands.append(unregister(m_name));
    m_commands.append(ServiceCommands::registration(a));
    return true;
}

bool ScheduledTaskStep::apply(ApplyContext &context, QString *error)
{
    if (m_existed) {
        QString why;
        if (context.backup.save(taskWindowsPath(), &why).isEmpty()) {
            *error = tr("cannot back up the task %1: %2").arg(m_name, why);
            return false;
        }
    }
    return CommandStep::apply(context, error);
}

void ScheduledTaskStep::undo(ApplyContext &context)
{
    if (ranCount() == 0)
        return;
    context.host.run(unregister(m_name));
    // A task that was replaced is registered again from its saved definition.
    if (m_existed)
        context.host.run(ServiceCommands::registerTaskFromXml(m_name, context.backup.copyOf(taskWindowsPath())));
}

QList<PlanStep> ScheduledTaskStep::describe(const Answers &a) const
{
    QList<PlanStep> steps{Plan::command(unregister(a.service.name), Plan::tr("Service"), PlanStep::Service,
                                        Plan::tr("a task of that name is there and runs something else"))};
    steps += Plan::serviceRegistration(a);
    steps.last().when = Plan::tr("the task is not there as the answers have it");
    return steps;
}
