#include "RestartToFinish.h"

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
    if (QFileInfo(from.absolutePath())
            .canonicalFilePath()
            .compare(QFileInfo(to).canonicalFilePath(), Qt::CaseInsensitive) == 0)
        return true;
    QDirIterator files(from.absolutePath(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString source = files.next();
        const QString target = to + QLatin1Char('/') + from.relativeFilePath(source);
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::remove(target);
        if (!QFile::copy(source, target)) {
            *error = tr("Berth could not be copied to %1 (%2), from where it finishes after the restart")
                         .arg(folder(), QDir::toNativeSeparators(target));
            return false;
        }
    }
    return true;
}

bool RestartToFinish::schedule(const WindowsHost &host, QStringList *said, QString *error)
{
    if (!placeBerth(host, error))
        return false;
    const QString berth = folder() + QStringLiteral("\\berth.com");
    // cmd.exe keeps what berth.com says at that start in a file: no one sees a task's console.
    const QString arguments =
        QStringLiteral("/c \"\"%1\" recover --after-restart >> \"%2\" 2>&1\"").arg(berth, logFile());
    const HostCommand task = ServiceCommands::powershell(
        {QStringLiteral("$action = New-ScheduledTaskAction -Execute ") +
             ServiceCommands::powershellLiteral(QStringLiteral("C:\\Windows\\System32\\cmd.exe")) +
             QStringLiteral(" -Argument ") + ServiceCommands::powershellLiteral(arguments) +
             QStringLiteral(" -WorkingDirectory ") + ServiceCommands::powershellLiteral(folder()),
         QStringLiteral("$trigger = New-ScheduledTaskTrigger -AtStartup"),
         QStringLiteral("Register-ScheduledTask -TaskName ") + ServiceCommands::powershellLiteral(taskName()) +
             QStringLiteral(" -Action $action -Trigger $trigger -User SYSTEM -RunLevel Highest -Force | Out-Null")},
        tr("Task that finishes the apply at the next start"));
    const WindowsHost::Result registered = host.run(task);
    if (!registered.ok()) {
        *error = tr("the task that finishes the apply after the restart could not be registered: %1")
                     .arg(registered.summary());
        return false;
    }
    const HostCommand restart{
        QStringLiteral("C:\\Windows\\System32\\shutdown.exe"),
        {QStringLiteral("/r"), QStringLiteral("/t"), QString::number(delaySeconds), QStringLiteral("/d"),
         QStringLiteral("p:2:4"), QStringLiteral("/c"),
         tr("Berth restarts Windows to finish enabling the Containers feature; Docker is set up after the restart.")},
        tr("Restart the host")};
    const WindowsHost::Result restarting = host.run(restart);
    if (!restarting.ok()) {
        removeTask(host);
        *error = tr("the restart could not be started: %1, from: %2").arg(restarting.summary(), restart.commandLine());
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
    host.run(ServiceCommands::powershell({QStringLiteral("Unregister-ScheduledTask -TaskName ") +
                                          ServiceCommands::powershellLiteral(taskName()) +
                                          QStringLiteral(" -Confirm:$false")},
                                         tr("Remove the task that finished the apply")));
}
