// berth.com (Windows only): the console program. cmd.exe and PowerShell find berth.com before
// berth.exe, so `berth apply ...` prints as it goes and returns its exit code. It never loads Qt
// Widgets; with no verb it opens the wizard, berth.exe beside it, as typing `berth.exe` would.
#include "cli/CommandLine.h"
#include "cli/Console.h"
#include "cli/Startup.h"

#include <QCoreApplication>
#include <QDir>

#include <windows.h>

#include <shellapi.h>

#include "render/HostCommand.h"

namespace {

// ShellExecute, not CreateProcess: berth.exe asks for administrator rights in its manifest, and
// only ShellExecute shows the prompt for them.
int openWizard(const QStringList &arguments)
{
    const QString wizard = QCoreApplication::applicationDirPath() + QStringLiteral("/berth.exe");
    QStringList quoted;
    for (const QString &argument : arguments.mid(1))
        quoted << HostCommand::quoteArgument(argument);
    const std::wstring file = QDir::toNativeSeparators(wizard).toStdWString();
    const std::wstring parameters = quoted.join(QLatin1Char(' ')).toStdWString();
    SHELLEXECUTEINFOW info{};
    info.cbSize = sizeof info;
    info.fMask = SEE_MASK_NOASYNC;
    info.lpVerb = L"open";
    info.lpFile = file.c_str();
    info.lpParameters = parameters.c_str();
    info.nShow = SW_SHOWNORMAL;
    if (ShellExecuteExW(&info))
        return CommandLine::Done;
    Console::err(QCoreApplication::translate("CommandLine", "berth: cannot open the wizard %1: Windows error %2")
                     .arg(QDir::toNativeSeparators(wizard))
                     .arg(GetLastError()));
    return CommandLine::Failed;
}

} // namespace

int main(int argc, char *argv[])
{
    Startup::prepareProcess();
    const QStringList arguments = Startup::arguments(argc, argv);
    CommandLine commandLine(arguments);
    Startup::describeApplication();
    QCoreApplication app(argc, argv);
    Startup::installTranslators(app, commandLine.language());
    if (commandLine.opensWizard())
        return openWizard(arguments);
    return commandLine.run();
}
