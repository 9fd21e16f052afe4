#include "CommandStep.h"

#include "ApplyContext.h"

QStringList CommandStep::changes() const
{
    QStringList lines;
    for (const HostCommand &command : m_commands)
        lines.append(tr("run %1").arg(command.commandLine()));
    return lines;
}

bool CommandStep::apply(ApplyContext &context, QString *error)
{
    m_ran = 0;
    for (const HostCommand &command : m_commands) {
        ++m_ran;
        const WindowsHost::Result result = context.host.run(command);
        if (!result.ok()) {
            // The reason first: a long command line would push it out of sight.
            *error = tr("%1, from: %2").arg(result.summary(), command.commandLine());
            return false;
        }
        const QString why = checkAfter(context, command);
        if (!why.isEmpty()) {
            *error = tr("%1, from: %2").arg(why, command.commandLine());
            return false;
        }
    }
    return true;
}
