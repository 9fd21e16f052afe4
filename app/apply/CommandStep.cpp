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
            *error = tr("%1 failed: %2").arg(command.commandLine(), result.summary());
            return false;
        }
    }
    return true;
}
