#include "ApplyContext.h"

#include <QCoreApplication>

bool ApplyContext::undo(const HostCommand &command, const std::function<bool()> &asWanted)
{
    const WindowsHost::Result result = host.run(command);
    if (result.ok() || (asWanted && asWanted()))
        return true;
    undoFailures << QCoreApplication::translate("ApplyContext", "%1 (%2, from: %3)")
                        .arg(command.purpose.isEmpty() ? command.program.section(QLatin1Char('\\'), -1)
                                                       : command.purpose,
                             result.summary(), command.commandLine());
    return false;
}
