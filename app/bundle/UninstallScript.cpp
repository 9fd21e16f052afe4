#include "UninstallScript.h"

#include "host/ServiceRegistration.h"
#include "render/BatchText.h"
#include "render/ScriptLines.h"
#include "render/ServiceCommands.h"

QString UninstallScript::render(const Answers &a)
{
    const QString name = BatchText::quoted(a.service.name);
    const QString sc = BatchText::quoted(ServiceCommands::scExe());
    const QString find = QStringLiteral("%SystemRoot%\\System32\\find.exe");
    const bool task = a.service.manager == ServiceManager::ScheduledTask;
    // As install.cmd: no "||", no "&&" after a pipe, find.exe; Wine's cmd.exe runs it too.
    QStringList s{QStringLiteral("@echo off"),
                  QStringLiteral("rem Made by Berth: removes Docker (%1). \"uninstall.cmd /all\" also deletes "
                                 "C:\\ProgramData\\docker.")
                      .arg(BatchText::escaped(a.service.name)),
                  QStringLiteral("setlocal"), QStringLiteral("set bad=0"),
                  QStringLiteral("echo [1/4] Stop and remove %1").arg(name)};
    if (task) {
        s << QStringLiteral("call :stopTask")
          << BatchText::line(ServiceCommands::removal(a).last()) + QStringLiteral(" >nul 2>&1")
          << ScriptLines::readTaskState(a.service.name)
          << QStringLiteral("if defined state (echo The scheduled task %1 is still there. & exit /b 1)").arg(name);
    } else {
        s << QStringLiteral("%1 query %2 >nul 2>&1").arg(sc, name)
          << QStringLiteral("if errorlevel 1 echo       no service %1 is registered").arg(name)
          << QStringLiteral("if not errorlevel 1 call :removeService") << QStringLiteral("if %bad%==1 exit /b 1");
    }
    s << QStringLiteral("echo [2/4] Remove the firewall rule")
      << BatchText::line(ServiceCommands::firewallRuleRemoval(a)) + QStringLiteral(" >nul 2>&1")
      << QStringLiteral("echo [3/4] Remove dockerd.exe and docker.exe");
    // A daemon that has just stopped may hold its .exe a moment longer (dockerd says STOPPED before it returns).
    for (const QString &file : {ServiceCommands::dockerdExe(a), ServiceCommands::dockerExe(a)})
        s << BatchText::setVariable(QStringLiteral("target"), file) << QStringLiteral("call :removeFile")
          << QStringLiteral("if %bad%==1 exit /b 1");
    s << QStringLiteral("echo [4/4] Remove the start configuration");
    for (const QString &file : {a.scriptPath(), a.daemonJsonPath()})
        s << QStringLiteral("if exist %1 del /f %1").arg(BatchText::quoted(file));
    s << QStringLiteral("if /i \"%~1\"==\"/all\" if exist \"C:\\ProgramData\\docker\" rmdir /s /q "
                        "\"C:\\ProgramData\\docker\"");
    if (!a.runtime.dataRoot.isEmpty())
        s << QStringLiteral("if /i \"%~1\"==\"/all\" if exist %1 rmdir /s /q %1")
                 .arg(BatchText::quoted(a.runtime.dataRoot));
    s << QStringLiteral("echo Docker is removed.") << QStringLiteral("exit /b 0");
    s << QString() << QStringLiteral(":removeFile") << QStringLiteral("set tries=0") << QStringLiteral(":removeAgain")
      << QStringLiteral("if not exist \"%target%\" exit /b 0") << QStringLiteral("del /f \"%target%\" >nul 2>&1")
      << QStringLiteral("if not exist \"%target%\" exit /b 0") << QStringLiteral("set /a tries+=1")
      << QStringLiteral("if %tries% geq %1 (echo Cannot delete \"%target%\": it is still in use %1 seconds after "
                        "Docker stopped. & set bad=1 & exit /b 1)")
             .arg(a.service.timeout)
      << QStringLiteral("%SystemRoot%\\System32\\ping.exe -n 2 127.0.0.1 >nul") << QStringLiteral("goto :removeAgain");
    if (task)
        s << QString() << ScriptLines::stopTask(a.service.name, ServiceCommands::dockerdExe(a));
    if (!task) {
        // Stopped whatever state it is in: NSSM shows a daemon it keeps restarting as PAUSED.
        s << QString() << QStringLiteral(":removeService")
          << QStringLiteral("%1 query %2 2>&1 | %3 \"STOPPED\" >nul").arg(sc, name, find)
          << QStringLiteral("if errorlevel 1 %1 stop %2 >nul").arg(sc, name) << QStringLiteral("set tries=0")
          << QStringLiteral(":waitStopped")
          << QStringLiteral("%1 query %2 2>&1 | %3 \"_PENDING\" >nul").arg(sc, name, find)
          << QStringLiteral("if errorlevel 1 goto :delete") << QStringLiteral("set /a tries+=1")
          << QStringLiteral("if %tries% geq %1 goto :delete").arg(a.service.timeout)
          << QStringLiteral("%SystemRoot%\\System32\\ping.exe -n 2 127.0.0.1 >nul")
          << QStringLiteral("goto :waitStopped") << QStringLiteral(":delete");
        if (a.service.manager == ServiceManager::Native) {
            // dockerd removes its event log source with its service; sc.exe delete would leave the source, and the
            // next dockerd --register-service fails on it.
            const QString dockerd = BatchText::quoted(ServiceCommands::dockerdExe(a));
            s << QStringLiteral("if exist %1 %1 --unregister-service --service-name %2 >nul 2>&1").arg(dockerd, name)
              << QStringLiteral("%1 query %2 >nul 2>&1").arg(sc, name)
              << QStringLiteral("if errorlevel 1 goto :removeSource");
        }
        s << QStringLiteral("%1 delete %2 >nul").arg(sc, name)
          << QStringLiteral("if errorlevel 1 (echo Cannot remove the service %1: stop it and run this again. & set "
                            "bad=1)")
                 .arg(name);
        if (a.service.manager == ServiceManager::Native)
            s << QStringLiteral(":removeSource")
              << QStringLiteral("%SystemRoot%\\System32\\reg.exe delete %1 /f >nul 2>&1")
                     .arg(BatchText::quoted(ServiceRegistration::eventSourceKey(a.service.name)));
        s << QStringLiteral("exit /b 0");
    }
    return s.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}
