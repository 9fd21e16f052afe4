#include "InstallScript.h"

#include "answers/AnswerKeys.h"

#include "BatchText.h"
#include "ScriptLines.h"
#include "apply/FirewallStep.h"
#include "apply/NativeServiceStep.h"
#include "apply/Plan.h"
#include "render/ServiceCommands.h"

#include <algorithm>

namespace {

// Every line of the script ends in CRLF, as cmd.exe expects.
struct Script
{
    QStringList lines;
    Script &operator<<(const QString &line)
    {
        lines << line;
        return *this;
    }
    Script &operator<<(const QStringList &more)
    {
        lines << more;
        return *this;
    }
    QString text() const { return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n"); }
};

QString folderOf(const QString &path)
{
    return path.left(path.lastIndexOf(QLatin1Char('\\')));
}

// apply's commands of one part, as the plan lists them: install.cmd runs these and no others.
QList<PlanStep> part(const QList<PlanStep> &plan, PlanStep::Part part)
{
    QList<PlanStep> steps;
    for (const PlanStep &step : plan) {
        if (step.kind == PlanStep::RunCommand && step.part == part)
            steps.append(step);
    }
    return steps;
}

// The scripts PowerShell runs (-Command SCRIPT) of the task's steps.
QString taskScriptOf(const QList<PlanStep> &service)
{
    QString script;
    for (const PlanStep &step : service)
        script += step.command.arguments.last() + QLatin1Char('\n');
    return script;
}

} // namespace

QString InstallScript::taskScript(const QList<PlanStep> &plan)
{
    // apply's two commands: the task of that name goes (quietly when there is none), the task is registered.
    return taskScriptOf(part(plan, PlanStep::Service));
}

QString InstallScript::render(const Answers &a, const QList<PlanStep> &plan, const QList<Placed> &files)
{
    const QString name = BatchText::quoted(a.service.name);
    const ServiceManager manager = a.service.manager;
    const bool task = manager == ServiceManager::ScheduledTask;
    const QString sc = BatchText::quoted(ServiceCommands::scExe());
    const QString find = QStringLiteral("%SystemRoot%\\System32\\find.exe");
    const QString failed = QStringLiteral("if errorlevel 1 goto :failed");
    const QString bad = QStringLiteral("if %bad%==1 goto :failed");
    const QList<PlanStep> service = part(plan, PlanStep::Service);
    Script s;
    s << QStringLiteral("@echo off")
      << QStringLiteral("rem Made by Berth: installs Docker as %1 (%2). Run it from the unpacked bundle as "
                        "administrator.")
             .arg(BatchText::escaped(a.service.name), wordOf(manager))
      << QStringLiteral("setlocal") << QStringLiteral("cd /d \"%~dp0\"") << QStringLiteral("set changed=0")
      << QStringLiteral("set running=0") << QStringLiteral("set bad=0")
      << QStringLiteral("if not defined TEMP set \"TEMP=%SystemRoot%\\Temp\"")
      << QStringLiteral("set \"stateFile=%TEMP%\\berth-install-state.txt\"");
    s << QStringLiteral("echo [1/7] Check every file against SHA256SUMS")
      << QStringLiteral("if not exist SHA256SUMS (echo SHA256SUMS is missing: this is not a whole bundle. & goto "
                        ":failed)")
      << QStringLiteral("for /f \"usebackq tokens=1,2\" %%a in (\"SHA256SUMS\") do call :verify %%a %%b") << bad;
    s << QStringLiteral("echo [2/7] Compare with what is installed");
    s << QStringLiteral("call :hostState") << QStringLiteral("set \"stateBefore=%actual%\"");
    for (const Placed &file : files)
        s << BatchText::setVariable(QStringLiteral("target"), file.target)
          << QStringLiteral("call :differs %1").arg(file.sha256);
    if (task) {
        s << ScriptLines::readTaskState(a.service.name) << QStringLiteral("if not defined state set changed=1")
          << QStringLiteral("if \"%state%\"==\"Running\" set running=1");
    } else {
        s << QStringLiteral("%1 query %2 2>&1 | %3 \"RUNNING\" >nul").arg(sc, name, find)
          << QStringLiteral("if not errorlevel 1 set running=1");
    }
    if (manager == ServiceManager::Native) {
        // The decision `berth apply` makes: a registration whose command line differs is made anew.
        s << QStringLiteral("set reregister=0") << QStringLiteral("%1 query %2 >nul 2>&1").arg(sc, name)
          << QStringLiteral("if not errorlevel 1 call :compareImage");
    }
    s << QStringLiteral("if %changed%==0 echo       the files are as the bundle has them");
    s << QStringLiteral("echo [3/7] Stop Docker if it runs and files change");
    s << QStringLiteral("if %changed%%running%==11 call :%1")
             .arg(task ? QStringLiteral("stopTask") : QStringLiteral("stopService"))
      << bad;
    s << QStringLiteral("echo [4/7] Place the binaries, the configuration and the certificates");
    QStringList folders;
    for (const Placed &file : files) {
        if (!folders.contains(folderOf(file.target)))
            folders << folderOf(file.target);
    }
    for (const QString &folder : folders)
        s << QStringLiteral("if not exist %1 mkdir %1").arg(BatchText::quoted(folder))
          << QStringLiteral("if not exist %1 (echo Cannot make %1. & goto :failed)").arg(BatchText::quoted(folder));
    for (const Placed &file : files)
        s << BatchText::setVariable(QStringLiteral("source"), file.source)
          << BatchText::setVariable(QStringLiteral("target"), file.target)
          << QStringLiteral("call :place %1").arg(file.sha256) << bad;
    for (const PlanStep &step : part(plan, PlanStep::KeyLock))
        s << BatchText::line(step.command) + QStringLiteral(" >nul") << failed;
    s << QStringLiteral("echo [5/7] Register Docker with %1").arg(wordOf(manager));
    if (task) {
        // Registered again only when something changed: a registration stops the running task.
        s << QStringLiteral("if %changed%==0 echo       %1 is registered already")
                 .arg(BatchText::escaped(a.service.name))
          << QStringLiteral("if %changed%==1 call :registerTask") << bad;
    } else {
        // What apply decides on the host, the script decides there too: a step with a condition runs in its
        // subroutine (:register, :reapplication, :reregister, :conDrv), the others every time.
        s << QStringLiteral("set there=0") << QStringLiteral("%1 query %2 >nul 2>&1").arg(sc, name)
          << QStringLiteral("if not errorlevel 1 set there=1")
          << QStringLiteral("if %there%==1 echo       %1 is registered already").arg(BatchText::escaped(a.service.name))
          << QStringLiteral("if %there%==0 call :register") << bad;
        if (manager == ServiceManager::Native)
            s << QStringLiteral("if %reregister%==1 call :reregister") << bad;
        if (manager == ServiceManager::Nssm)
            s << QStringLiteral("if %there%==1 call :reapplication") << bad;
        for (const PlanStep &step : service) {
            if (step.when.isEmpty())
                s << BatchText::line(step.command) + QStringLiteral(" >nul") << failed;
        }
        if (manager == ServiceManager::Nssm && a.host.build == 0 && a.service.dependOnConDrv) {
            // Server 2016 (build 14393) only, found on the host itself (moby#27544).
            s << QStringLiteral("%SystemRoot%\\System32\\reg.exe query \"HKLM\\SOFTWARE\\Microsoft\\Windows "
                                "NT\\CurrentVersion\" /v CurrentBuild | %1 \"14393\" >nul")
                     .arg(find)
              << QStringLiteral("if not errorlevel 1 call :conDrv") << bad;
        }
    }
    s << QStringLiteral("echo [6/7] Firewall");
    // As apply: a rule of that name goes (netsh says "No rules match" when there is none), the answers' rule comes.
    const QList<PlanStep> firewall = part(plan, PlanStep::Firewall);
    s << BatchText::line(firewall.first().command) + QStringLiteral(" >nul 2>&1");
    if (firewall.size() > 1)
        s << BatchText::line(firewall.last().command) + QStringLiteral(" >nul") << failed;
    else
        s << QStringLiteral("echo       no rule: the answers keep the port closed");
    s << QStringLiteral("echo [7/7] Start Docker");
    if (task) {
        s << ScriptLines::readTaskState(a.service.name)
          << QStringLiteral("if not \"%state%\"==\"Running\" call :runTask") << bad;
    } else {
        s << QStringLiteral("%1 query %2 2>&1 | %3 \"RUNNING\" >nul").arg(sc, name, find)
          << QStringLiteral("if errorlevel 1 call :startService") << bad;
    }
    // What a run changed, in a line a deployment tool reads (Ansible's changed_when): the files, the
    // service's registration and settings, the firewall rule as netsh shows it, a start.
    s << QStringLiteral("call :hostState") << QStringLiteral("del \"%stateFile%\" >nul 2>&1")
      << QStringLiteral("if /i not \"%actual%\"==\"%stateBefore%\" set changed=1");
    s << QStringLiteral("echo Docker is installed.");
    if (a.tls.enabled)
        s << QStringLiteral("echo Clients reach it with the files of the client zip: %1")
                 .arg(BatchText::escaped(ServiceCommands::clientDockerHostLine(a)));
    s << QStringLiteral("if %changed%==0 echo %1: unchanged").arg(QLatin1String(ResultWord))
      << QStringLiteral("if %changed%==1 echo %1: changed").arg(QLatin1String(ResultWord));
    s << QStringLiteral("exit /b 0") << QString();
    s << QStringLiteral(":failed") << QStringLiteral("del \"%stateFile%\" >nul 2>&1")
      << QStringLiteral("echo Stopped: the step above failed; nothing after it ran.") << QStringLiteral("exit /b 1")
      << QString();
    // Paths reach the subroutines in variables (source, target, hashed), never as call arguments, which
    // call would expand a second time, carets doubled; and they are used inside quotes only.
    s << QStringLiteral(":verify") << QStringLiteral("set \"hashed=%~2\"")
      << QStringLiteral("set \"hashed=%hashed:/=\\%\"")
      << QStringLiteral(
             "if not exist \"%hashed%\" (echo \"%hashed%\" is missing from the bundle. & set bad=1 & exit /b 1)")
      << QStringLiteral("call :hash")
      << QStringLiteral("if not defined actual (echo Cannot compute SHA-256 here: neither certutil nor PowerShell "
                        "gave a digest of \"%hashed%\". & set bad=1 & exit /b 1)")
      << QStringLiteral("if /i not \"%actual%\"==\"%~1\" (echo \"%hashed%\" has SHA-256 %actual%, SHA256SUMS says %~1: "
                        "the bundle was changed or damaged. & set bad=1)")
      << QStringLiteral("exit /b 0") << QString();
    s << QStringLiteral(":hash") << QStringLiteral("set actual=")
      << QStringLiteral("if not exist \"%hashed%\" exit /b 0")
      << QStringLiteral("for /f \"skip=1 tokens=*\" %%h in ('%SystemRoot%\\System32\\certutil.exe -hashfile "
                        "\"%hashed%\" SHA256 2^>nul') do if not defined actual set \"actual=%%h\"")
      << QStringLiteral("if not defined actual for /f \"tokens=*\" %%h in "
                        "('%SystemRoot%\\System32\\WindowsPowerShell\\v1.0\\powershell.exe -NoProfile -Command "
                        "\"(Get-FileHash -Algorithm SHA256 -LiteralPath $env:hashed).Hash\" 2^>nul') do if not "
                        "defined actual set \"actual=%%h\"")
      << QStringLiteral("if defined actual set \"actual=%actual: =%\"") << QStringLiteral("exit /b 0") << QString();
    // The service's key with its settings (NSSM's Parameters too) and the firewall rule, hashed: compared
    // before and after, on the same host, so no localised word is read.
    HostCommand showRule = FirewallStep::removal(a);
    showRule.arguments[2] = QStringLiteral("show");
    showRule.arguments << QStringLiteral("verbose");
    s << QStringLiteral(":hostState")
      << QStringLiteral("%SystemRoot%\\System32\\reg.exe query %1 /s >\"%stateFile%\" 2>&1")
             .arg(BatchText::quoted(QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\") + a.service.name))
      << BatchText::line(showRule) + QStringLiteral(" >>\"%stateFile%\" 2>&1")
      << QStringLiteral("set \"hashed=%stateFile%\"") << QStringLiteral("call :hash") << QStringLiteral("exit /b 0")
      << QString();
    s << QStringLiteral(":differs") << QStringLiteral("set \"hashed=%target%\"") << QStringLiteral("call :hash")
      << QStringLiteral("if /i not \"%actual%\"==\"%~1\" set changed=1") << QStringLiteral("exit /b 0") << QString();
    s << QStringLiteral(":place") << QStringLiteral("set \"hashed=%target%\"") << QStringLiteral("call :hash")
      << QStringLiteral("if /i \"%actual%\"==\"%~1\" exit /b 0") << QStringLiteral("if exist \"%target%\" call :backup")
      << QStringLiteral("if %bad%==1 exit /b 1") << QStringLiteral("set tries=0") << QStringLiteral(":copyAgain")
      << QStringLiteral("copy /y \"%source%\" \"%target%\" >nul 2>&1")
      << QStringLiteral("if not errorlevel 1 goto :copied")
      // A program that has just ended may hold its .exe a moment longer.
      << QStringLiteral("set /a tries+=1")
      << QStringLiteral("if %tries% geq 10 (echo Cannot write \"%target%\": it is in use. & set bad=1 & exit /b 1)")
      << QStringLiteral("%SystemRoot%\\System32\\ping.exe -n 2 127.0.0.1 >nul") << QStringLiteral("goto :copyAgain")
      << QStringLiteral(":copied") << QStringLiteral("echo       \"%target%\"") << QStringLiteral("exit /b 0")
      << QString();
    // Where apply keeps what it replaces, too.
    s << QStringLiteral(":backup") << QStringLiteral("set \"backup=C:\\ProgramData\\docker\\berth-backup\\bundle\"")
      << QStringLiteral("if not exist \"%backup%\" mkdir \"%backup%\"")
      << QStringLiteral("for %%f in (\"%target%\") do copy /y \"%target%\" \"%backup%\\%%~nxf\" >nul")
      << QStringLiteral("if errorlevel 1 (echo Cannot back up \"%target%\". & set bad=1)")
      << QStringLiteral("exit /b 0") << QString();
    if (task) {
        s << QStringLiteral(":registerTask")
          << QStringLiteral("%SystemRoot%\\System32\\WindowsPowerShell\\v1.0\\powershell.exe -NoProfile "
                            "-NonInteractive -ExecutionPolicy Bypass -File register-task.ps1")
          << ScriptLines::readTaskState(a.service.name)
          << QStringLiteral("if not defined state (echo The scheduled task %1 is not there after registering it. & "
                            "set bad=1)")
                 .arg(name)
          << QStringLiteral("exit /b 0") << QString();
        s << ScriptLines::stopTask(a.service.name);
        s << QStringLiteral(":runTask")
          << BatchText::line(part(plan, PlanStep::Start).first().command) + QStringLiteral(" >nul")
          << QStringLiteral("set changed=1") << QStringLiteral("set tries=0") << QStringLiteral(":runAgain")
          << ScriptLines::readTaskState(a.service.name) << QStringLiteral("if \"%state%\"==\"Running\" exit /b 0")
          << QStringLiteral("set /a tries+=1")
          << QStringLiteral("if %tries% geq 30 (echo The scheduled task %1 did not start. & set bad=1 & exit /b 1)")
                 .arg(name)
          << QStringLiteral("%SystemRoot%\\System32\\ping.exe -n 2 127.0.0.1 >nul") << QStringLiteral("goto :runAgain");
        return s.text();
    }
    // The steps that run only when the host asks for them, in the order apply gives them.
    // By the verb, never by any argument: a service may be named "install" or "--register-service".
    auto registers = [](const PlanStep &step) {
        const QString verb = step.command.arguments.value(0);
        return verb == QLatin1String("--register-service") || verb == QLatin1String("install");
    };
    const PlanStep &registration = *std::find_if(service.begin(), service.end(), registers);
    s << QStringLiteral(":register");
    if (manager == ServiceManager::Native) // an event log source sc.exe delete left would fail the registration
        s << BatchText::line(NativeServiceStep::staleSourceRemoval(a)) + QStringLiteral(" >nul 2>&1");
    s << BatchText::line(registration.command) << QStringLiteral("if errorlevel 1 set bad=1");
    if (manager == ServiceManager::Native) // 29.2.0 and 29.2.1 can exit 0 and register nothing (moby#51997)
        s << QStringLiteral("%1 query %2 >nul 2>&1").arg(sc, name)
          << QStringLiteral("if errorlevel 1 (echo dockerd.exe registered no service %1: without the Containers "
                            "feature 29.2.0 and 29.2.1 do so. & set bad=1)")
                 .arg(name);
    s << QStringLiteral("exit /b 0") << QString();
    if (manager == ServiceManager::Nssm)
        s << QStringLiteral(":reapplication") << BatchText::line(service.at(1).command) + QStringLiteral(" >nul")
          << QStringLiteral("if errorlevel 1 set bad=1") << QStringLiteral("exit /b 0") << QString();
    if (manager == ServiceManager::Native) {
        // The service's command line as dockerd wrote it, against the one this bundle's dockerd would write.
        // Quotes become ' on both sides first: a value's own quotes would end the comparison's.
        QString want = NativeServiceStep::imagePath(a);
        want.replace(QLatin1Char('"'), QLatin1Char('\''));
        s << QStringLiteral(":compareImage") << QStringLiteral("set \"image=\"")
          << QStringLiteral("for /f \"tokens=2,*\" %%a in ('%SystemRoot%\\System32\\reg.exe query "
                            "\"HKLM\\SYSTEM\\CurrentControlSet\\Services\\%1\" /v ImagePath 2^>nul ^| %2 "
                            "\"ImagePath\"') do set \"image=%%b\"")
                 .arg(BatchText::escaped(a.service.name), find)
          << QStringLiteral("if defined image set \"image=%image:\"='%\"")
          // Without regard to case, as Windows compares the program's path.
          << QStringLiteral("if /i \"%image%\"==") + BatchText::escaped(QLatin1Char('"') + want + QLatin1Char('"')) +
                 QStringLiteral(" exit /b 0")
          << QStringLiteral("echo       %1 runs with other flags: it is registered again").arg(name)
          << QStringLiteral("set reregister=1") << QStringLiteral("set changed=1") << QStringLiteral("exit /b 0")
          << QString();
        s << QStringLiteral(":reregister") << BatchText::line(service.first().command) + QStringLiteral(" >nul")
          << QStringLiteral("if errorlevel 1 (echo %1 could not be unregistered. & set bad=1 & exit /b 1)").arg(name)
          << QStringLiteral("call :register") << QStringLiteral("exit /b 0") << QString();
    }
    if (manager == ServiceManager::Nssm && a.host.build == 0 && a.service.dependOnConDrv)
        s << QStringLiteral(":conDrv") << BatchText::line(service.last().command) + QStringLiteral(" >nul")
          << QStringLiteral("if errorlevel 1 set bad=1") << QStringLiteral("exit /b 0") << QString();
    s << QStringLiteral(":stopService")
      << BatchText::line(part(plan, PlanStep::Stop).first().command) + QStringLiteral(" >nul")
      << QStringLiteral("call :waitFor STOPPED") << QStringLiteral("exit /b 0") << QString();
    s << QStringLiteral(":startService")
      << BatchText::line(part(plan, PlanStep::Start).first().command) + QStringLiteral(" >nul")
      << QStringLiteral("if errorlevel 1 (echo sc.exe could not start %1. & set bad=1 & exit /b 1)").arg(name)
      << QStringLiteral("set changed=1") << QStringLiteral("call :waitFor RUNNING") << QStringLiteral("exit /b 0")
      << QString();
    s << QStringLiteral(":waitFor") << QStringLiteral("set tries=0") << QStringLiteral(":waitAgain")
      << QStringLiteral("%1 query %2 2>&1 | %3 \"%~1\" >nul").arg(sc, name, find)
      << QStringLiteral("if not errorlevel 1 exit /b 0") << QStringLiteral("set /a tries+=1")
      << QStringLiteral("if %tries% geq 30 (echo %1 did not reach %~1 within 30 seconds. & set bad=1 & exit /b 1)")
             .arg(name)
      << QStringLiteral("%SystemRoot%\\System32\\ping.exe -n 2 127.0.0.1 >nul") << QStringLiteral("goto :waitAgain");
    return s.text();
}
