#include "RestartToFinish.h"

#include "render/BatchText.h"
#include "render/ServiceCommands.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

bool RestartToFinish::canFinishItself(const WindowsHost &host)
{
    return host.isThisWindows() &&
           QFileInfo::exists(QCoreApplication::applicationDirPath() + QStringLiteral("/berth.com"));
}

// The folder Berth runs from, copied whole (berth.com, berth.exe, Qt's DLLs and plugins) unless it is that folder.
bool RestartToFinish::placeBerth(const WindowsHost &host, QString *error)
{
    const QDir from(QCoreApplication::applicationDirPath());
    const QString to = host.localPath(folder());
    const QFileInfo target(to);
    if (QFileInfo(from.absolutePath()).canonicalFilePath().compare(target.canonicalFilePath(), Qt::CaseInsensitive) ==
        0)
        return true;
    // What is there goes first, so that nothing of an older copy (a plugin, qt.conf) runs with the new one; a link
    // is refused, since it would send the copy, and what SYSTEM runs, elsewhere.
    if (target.isSymLink() || target.isJunction()) {
        *error = tr("%1 is a link: Berth does not copy itself through it").arg(folder());
        return false;
    }
    if (target.exists() && !QDir(to).removeRecursively()) {
        *error = tr("the earlier copy of Berth in %1 could not be removed").arg(folder());
        return false;
    }
    QDirIterator files(from.absolutePath(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString source = files.next();
        const QString copy = to + QLatin1Char('/') + from.relativeFilePath(source);
        QDir().mkpath(QFileInfo(copy).absolutePath());
        if (!QFile::copy(source, copy)) {
            *error = tr("Berth could not be copied to %1 (%2), from where it finishes after the restart")
                         .arg(folder(), QDir::toNativeSeparators(copy));
            return false;
        }
    }
    // Program Files lets only administrators write already; the folder says so itself, whatever it inherits.
    const WindowsHost::Result locked = host.run(ServiceCommands::lockFolder(folder()));
    if (!locked.ok()) {
        *error = tr("%1 could not be locked to SYSTEM and Administrators: %2").arg(folder(), locked.summary());
        return false;
    }
    return true;
}

HostCommand RestartToFinish::taskRegistration(const QString &script, const QString &argument)
{
    // cmd.exe keeps what runs at that start in a file: no one sees a task's console.
    const QString arguments = QStringLiteral("/d /c \"\"%1\" %2 >> \"%3\" 2>&1\"").arg(script, argument, logFile());
    return ServiceCommands::powershell(
        {QStringLiteral("$action = New-ScheduledTaskAction -Execute ") +
             ServiceCommands::powershellLiteral(QStringLiteral("C:\\Windows\\System32\\cmd.exe")) +
             QStringLiteral(" -Argument ") + ServiceCommands::powershellLiteral(arguments) +
             QStringLiteral(" -WorkingDirectory ") + ServiceCommands::powershellLiteral(folder()),
         QStringLiteral("$trigger = New-ScheduledTaskTrigger -AtStartup"),
         // On a laptop on battery too, where Task Scheduler's defaults would not start it, or would end it.
         QStringLiteral(
             "$settings = New-ScheduledTaskSettingsSet -AllowStartIfOnBatteries -DontStopIfGoingOnBatteries"),
         QStringLiteral("Register-ScheduledTask -TaskName ") + ServiceCommands::powershellLiteral(taskName()) +
             QStringLiteral(" -Action $action -Trigger $trigger -Settings $settings -User SYSTEM -RunLevel Highest "
                            "-Force | Out-Null")},
        tr("Task that finishes the apply at the next start"));
}

HostCommand RestartToFinish::taskRemoval()
{
    return ServiceCommands::powershell({QStringLiteral("Unregister-ScheduledTask -TaskName ") +
                                        ServiceCommands::powershellLiteral(taskName()) +
                                        QStringLiteral(" -Confirm:$false -ErrorAction SilentlyContinue")},
                                       tr("Remove the task that finished the apply"));
}

HostCommand RestartToFinish::restart()
{
    return {QStringLiteral("C:\\Windows\\System32\\shutdown.exe"),
            {QStringLiteral("/r"), QStringLiteral("/t"), QString::number(delaySeconds), QStringLiteral("/d"),
             QStringLiteral("p:2:4"), QStringLiteral("/c"),
             QStringLiteral("Berth restarts Windows to finish enabling the Windows features Docker needs.")},
            tr("Restart the host")};
}

bool RestartToFinish::schedule(const WindowsHost &host, QStringList *said, QString *error)
{
    if (!placeBerth(host, error))
        return false;
    const WindowsHost::Result registered =
        host.run(taskRegistration(folder() + QStringLiteral("\\berth.com"), QStringLiteral("recover --after-restart")));
    if (!registered.ok()) {
        *error = tr("the task that finishes the apply after the restart could not be registered: %1")
                     .arg(registered.summary());
        return false;
    }
    const WindowsHost::Result restarting = host.run(restart());
    // 1190, ERROR_SHUTDOWN_IS_SCHEDULED: a restart is coming already, which the task finishes after as well.
    if (!restarting.ok() && !restarting.exitedWith(1190)) {
        removeTask(host);
        *error =
            tr("the restart could not be started: %1, from: %2").arg(restarting.summary(), restart().commandLine());
        return false;
    }
    *said << tr("Berth is in %1, and the task \"%2\" runs it once at the next start to finish the apply (its output "
                "goes to %3).")
                 .arg(folder(), taskName(), logFile())
          << tr("Windows restarts in %1 seconds (shutdown /a stops that; then restart it yourself).").arg(delaySeconds);
    return true;
}

void RestartToFinish::removeTask(const WindowsHost &host)
{
    host.run(taskRemoval());
}

// A batch file's line ends a command: PowerShell's statements go on one line, separated by semicolons.
static HostCommand oneLine(HostCommand command)
{
    command.arguments.last().replace(QLatin1Char('\n'), QStringLiteral("; "));
    return command;
}

QStringList RestartToFinish::batch(const QString &resultWord)
{
    // The bundle goes where only administrators write before a task runs its install.cmd as SYSTEM: the folder it
    // was unpacked in may be a user's (Downloads) or a share.
    const QString bundle = folder() + QStringLiteral("\\bundle");
    return {QStringLiteral(":restartFirst"), QStringLiteral("call :hostState"), QStringLiteral("call :tidy"),
            QStringLiteral("echo Docker is installed; it starts once Windows has restarted, which completes the "
                           "Windows features enabled above."),
            QStringLiteral("echo %1: restart").arg(resultWord),
            QStringLiteral("if %noRestart%==1 (echo Restart Windows, then run install.cmd again: it starts Docker and "
                           "checks that the daemon answers. & popd & call :taskEnds & exit /b 3010)"),
            QStringLiteral("if exist %1 rmdir /s /q %1").arg(BatchText::quoted(bundle)),
            QStringLiteral("%SystemRoot%\\System32\\xcopy.exe \"%CD%\\*\" %1 /e /i /q /y /h >nul")
                .arg(BatchText::quoted(bundle + QLatin1Char('\\'))),
            QStringLiteral("if errorlevel 1 (echo Cannot copy the bundle to %1: restart Windows, then run install.cmd "
                           "again. & popd & exit /b 3010)")
                .arg(BatchText::quoted(bundle)),
            BatchText::line(oneLine(
                taskRegistration(bundle + QStringLiteral("\\install.cmd"), QStringLiteral("--after-restart")))) +
                QStringLiteral(" >nul"),
            QStringLiteral("if errorlevel 1 (echo The task that finishes after the restart could not be registered: "
                           "restart Windows, then run install.cmd again. & popd & exit /b 3010)"),
            BatchText::line(restart()), QStringLiteral("set \"restartCode=%errorlevel%\""),
            QStringLiteral("if \"%restartCode%\"==\"1190\" set restartCode=0"),
            QStringLiteral("if not \"%restartCode%\"==\"0\" (%1 >nul 2>&1 & echo Cannot restart Windows: restart it, "
                           "then run install.cmd again. & popd & exit /b 3010)")
                .arg(BatchText::line(taskRemoval())),
            QStringLiteral("echo The task \"%1\" runs %2 once at the next start; its output goes to %3.")
                .arg(taskName(), BatchText::quoted(bundle + QStringLiteral("\\install.cmd")),
                     BatchText::escaped(logFile())),
            QStringLiteral("echo Windows restarts in %1 seconds; shutdown /a stops that, then restart it yourself.")
                .arg(delaySeconds),
            QStringLiteral("popd"), QStringLiteral("exit /b 3010"), QString(),
            // The task's run removes the task as its last act, whatever its end: removing a task may end its run.
            QStringLiteral(":taskEnds"),
            QStringLiteral("if %afterRestart%==1 ") + BatchText::line(oneLine(taskRemoval())) +
                QStringLiteral(" >nul 2>&1"),
            QStringLiteral("exit /b 0"), QString()};
}
