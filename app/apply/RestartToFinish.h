#pragma once

#include "host/WindowsHost.h"
#include "render/HostCommand.h"

#include <QCoreApplication>
#include <QStringList>

// An apply that enabled a Windows feature needing a restart (WindowsFeatures) finishes after it without the admin:
// as Microsoft's install script for Docker does, a task runs once at the next start. Berth places itself where only
// administrators write (C:\Program Files\Berth: the task runs as SYSTEM, so a copy a user could replace, such as
// one in Downloads, would make that user SYSTEM), registers the task to run `berth.com recover --after-restart`
// there (the journal holds the answers, ApplyJournal), and restarts the host after a minute (shutdown /a stops
// that). The recover removes the task, whatever its end.
class RestartToFinish
{
    Q_DECLARE_TR_FUNCTIONS(RestartToFinish)

public:
    static QString taskName() { return QStringLiteral("Berth finishes after restart"); }
    static QString folder() { return QStringLiteral("C:\\Program Files\\Berth"); }
    // What the task writes: berth.com's output at that start.
    static QString logFile() { return folder() + QStringLiteral("\\after-restart.log"); }
    static constexpr int delaySeconds = 60;

    // Only a Berth that runs on the host's own Windows can place itself there (not one acting on a folder that
    // stands for a host).
    static bool canFinishItself(const WindowsHost &host);
    // Places Berth, registers the task and starts the restart; said: what it did, for the admin.
    static bool schedule(const WindowsHost &host, QStringList *said, QString *error);
    // The task's end: it runs once.
    static void removeTask(const WindowsHost &host);

    // The task that runs script with argument once at the next start, as SYSTEM, its output kept in logFile().
    static HostCommand taskRegistration(const QString &script, const QString &argument);
    static HostCommand taskRemoval();
    // shutdown.exe /r after delaySeconds, with the reason "Operating System: Reconfiguration (Planned)".
    static HostCommand restart();
    // install.cmd's :restartFirst, reached when a feature needs a restart: with noRestart=1 (--no-restart, or run
    // by the task already) it says what to run; else the bundle is copied under folder()\bundle, the task runs its
    // install.cmd --after-restart, and Windows restarts. Exit code 3010 either way; resultWord's line says restart.
    static QStringList batch(const QString &resultWord);

private:
    static bool placeBerth(const WindowsHost &host, QString *error);
};
