#pragma once

#include "BatchText.h"
#include "render/ServiceCommands.h"

#include <QStringList>

// Lines that install.cmd and uninstall.cmd share for a scheduled task, through PowerShell as
// `berth apply` asks (Wine's schtasks answers 0 to any query; Windows' prints localised text).
namespace ScriptLines {

inline QString find()
{
    return QStringLiteral("%SystemRoot%\\System32\\find.exe");
}

// Sets %VARIABLE% to a property of the task (ServiceCommands::taskValue), or to nothing when there is no such task.
// (Wine's find.exe has no /v; a for loop needs neither.)
inline QStringList readTaskValue(const QString &taskName, const QString &member, const QString &variable)
{
    // Joined, not .arg(): a task name may hold %1.
    return {QStringLiteral("set \"") + variable + QStringLiteral("=\""),
            QStringLiteral("for /f \"usebackq delims=\" %%s in (`") +
                BatchText::line(ServiceCommands::taskValue(taskName, member)) + QStringLiteral(" 2^>nul`) do set \"") +
                variable + QStringLiteral("=%%s\"")};
}

// Sets %state% to the task's state as PowerShell names it (Ready, Running, Disabled: never translated).
inline QStringList readTaskState(const QString &taskName)
{
    return readTaskValue(taskName, QStringLiteral("State"), QStringLiteral("state"));
}

// Sets there=1 when a service of that name is registered, there=0 when not.
inline QStringList serviceThere(const QString &serviceName)
{
    return {QStringLiteral("set there=0"),
            QStringLiteral("%1 query %2 >nul 2>&1")
                .arg(BatchText::quoted(ServiceCommands::scExe()), BatchText::quoted(serviceName)),
            QStringLiteral("if not errorlevel 1 set there=1")};
}

// :serviceSettings, a label to call: %actual% becomes the digest of the service's key and everything under it
// (NSSM's Parameters too), read the same way before and after a change on the same host, so no localised
// word is read. Uses the script's :hash and %stateFile%.
inline QStringList serviceSettings(const QString &serviceName)
{
    return {QStringLiteral(":serviceSettings"),
            QStringLiteral("%SystemRoot%\\System32\\reg.exe query %1 /s >\"%stateFile%\" 2>&1")
                .arg(BatchText::quoted(QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\") + serviceName)),
            QStringLiteral("set \"hashed=%stateFile%\""),
            QStringLiteral("call :hash"),
            QStringLiteral("exit /b 0"),
            QString()};
}

// :stopTask, a label to call: the task and the dockerd.exe it started (Task Scheduler ends only cmd.exe).
inline QStringList stopTask(const QString &taskName, const QString &dockerdWindowsPath)
{
    return {QStringLiteral(":stopTask"),
            BatchText::line(ServiceCommands::stopTask(taskName)) + QStringLiteral(" >nul"),
            BatchText::line(ServiceCommands::endDaemon(dockerdWindowsPath)) + QStringLiteral(" >nul 2>&1"),
            QStringLiteral("%SystemRoot%\\System32\\ping.exe -n 2 127.0.0.1 >nul"),
            QStringLiteral("exit /b 0"),
            QString()};
}

} // namespace ScriptLines
