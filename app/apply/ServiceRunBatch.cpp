// ServiceRunStep's part of install.cmd: the stop before the first change, the start after the last, and the
// question every path asks before it says done: does the daemon answer on its named pipe (DaemonAnswer)?
#include "ServiceRunStep.h"

#include "host/DaemonAnswer.h"
#include "render/BatchText.h"
#include "render/ScriptLines.h"
#include "render/ServiceCommands.h"

namespace {

const QString Ping = QStringLiteral("%SystemRoot%\\System32\\ping.exe -n 2 127.0.0.1 >nul");

// Sets running=1 while the service or task is anything but stopped or missing: NSSM's PAUSED (a throttled
// daemon) and a pending state count, so that a stop comes before the files change.
QStringList readRunning(const Answers &a, const QString &sc, const QString &name)
{
    if (a.service.manager == ServiceManager::ScheduledTask)
        return ScriptLines::readTaskState(a.service.name)
               << QStringLiteral("set running=0") << QStringLiteral("if \"%state%\"==\"Running\" set running=1");
    return {QStringLiteral("set running=1"),
            QStringLiteral("%1 query %2 2>&1 | %3 \"STOPPED\" >nul").arg(sc, name, ScriptLines::find()),
            QStringLiteral("if not errorlevel 1 set running=0"), QStringLiteral("%1 query %2 >nul 2>&1").arg(sc, name),
            QStringLiteral("if errorlevel 1 set running=0")};
}

QStringList stopLines(const Answers &a, const QString &sc, const QString &name)
{
    QStringList lines{QStringLiteral(":stopDocker"),
                      BatchText::line(ServiceCommands::stop(a)) + QStringLiteral(" >nul")};
    if (a.service.manager == ServiceManager::ScheduledTask) // Task Scheduler ends only cmd.exe, not dockerd.exe
        return lines << BatchText::line(ServiceCommands::endDaemon(ServiceCommands::dockerdExe(a))) +
                            QStringLiteral(" >nul 2>&1")
                     << Ping << QStringLiteral("set running=0") << QStringLiteral("exit /b 0") << QString();
    lines << QStringLiteral("call :waitFor STOPPED") << QStringLiteral("if %bad%==1 exit /b 1")
          << QStringLiteral("set running=0") << QStringLiteral("exit /b 0") << QString();
    lines << QStringLiteral(":waitFor") << QStringLiteral("set tries=0") << QStringLiteral(":waitAgain")
          << QStringLiteral("%1 query %2 2>&1 | %3 \"%~1\" >nul").arg(sc, name, ScriptLines::find())
          << QStringLiteral("if not errorlevel 1 exit /b 0") << QStringLiteral("set /a tries+=1")
          << QStringLiteral("if %tries% geq %1 (echo %2 did not reach %~1 within %1 seconds. & set bad=1 & exit /b 1)")
                 .arg(a.service.timeout)
                 .arg(name)
          << Ping << QStringLiteral("goto :waitAgain") << QString();
    return lines;
}

QStringList startLines(const Answers &a, const QString &sc, const QString &name)
{
    if (a.service.manager == ServiceManager::ScheduledTask)
        return QStringList{QStringLiteral(":startDocker")}
               << ScriptLines::readTaskState(a.service.name)
               << QStringLiteral("if \"%state%\"==\"Running\" exit /b 0")
               // A daemon left by a task that ended holds the pipe: the task's new one would exit at once. Only when
               // the task is Ready: a state not read ends nothing.
               << QStringLiteral("if /i \"%state%\"==\"Ready\" ") +
                      BatchText::line(ServiceCommands::endDaemon(ServiceCommands::dockerdExe(a))) +
                      QStringLiteral(" >nul 2>&1")
               // Start-ScheduledTask returns once the task runs; whether it stays running :daemonAnswers finds.
               << BatchText::line(ServiceCommands::start(a)) + QStringLiteral(" >nul")
               << QStringLiteral("if errorlevel 1 (echo The scheduled task %1 could not be started. & set bad=1 & exit "
                                 "/b 1)")
                      .arg(name)
               << QStringLiteral("set changed=1") << QStringLiteral("exit /b 0") << QString();
    return {QStringLiteral(":startDocker"),
            QStringLiteral("%1 query %2 2>&1 | %3 \"RUNNING\" >nul").arg(sc, name, ScriptLines::find()),
            QStringLiteral("if not errorlevel 1 exit /b 0"),
            // Paused by NSSM (a daemon that exits at once) or between states: stopped before it is started.
            QStringLiteral("%1 query %2 2>&1 | %3 \"STOPPED\" >nul").arg(sc, name, ScriptLines::find()),
            QStringLiteral("if errorlevel 1 call :stopDocker"), QStringLiteral("if %bad%==1 exit /b 1"),
            BatchText::line(ServiceCommands::start(a)) + QStringLiteral(" >nul"),
            QStringLiteral("if errorlevel 1 (echo sc.exe could not start %1. & set bad=1 & exit /b 1)").arg(name),
            QStringLiteral("set changed=1"), QStringLiteral("exit /b 0"), QString()};
}

// :daemonAnswers: docker.exe asks the daemon for its version until it answers, within service.timeout; a service
// that stops or that NSSM pauses, or a task that ends, fails at once, with the daemon's last lines.
QStringList answerLines(const Answers &a, const QString &sc, const QString &name)
{
    // Through a file, not for /f: cmd /c would take the quotes off a program path that holds & or ( ).
    QStringList lines{QStringLiteral(":daemonAnswers"),
                      QStringLiteral("set \"answerFile=%work%\\daemon-answer.txt\""),
                      QStringLiteral("set tries=0"),
                      QStringLiteral(":askAgain"),
                      QStringLiteral("set \"answer=\""),
                      BatchText::line(DaemonAnswer::command(a)) + QStringLiteral(" >\"%answerFile%\" 2>nul"),
                      QStringLiteral("if not errorlevel 1 for /f \"usebackq delims=\" %%v in (\"%answerFile%\") do set "
                                     "\"answer=%%v\""),
                      QStringLiteral("del \"%answerFile%\" >nul 2>&1"),
                      QStringLiteral("if defined answer goto :answered")};
    if (a.service.manager == ServiceManager::ScheduledTask) {
        lines << ScriptLines::readTaskState(a.service.name)
              << QStringLiteral(
                     "if not \"%state%\"==\"Running\" (echo The scheduled task %1 ended. & goto :daemonGone)")
                     .arg(name);
    } else {
        for (const char *state : {"STOPPED", "PAUSED"})
            lines << QStringLiteral("%1 query %2 2>&1 | %3 \"%4\" >nul")
                         .arg(sc, name, ScriptLines::find(), QLatin1String(state))
                  << QStringLiteral("if not errorlevel 1 (echo %1 is %2. & goto :daemonGone)")
                         .arg(name, QLatin1String(state));
    }
    lines << QStringLiteral("set /a tries+=1")
          << QStringLiteral("if %tries% geq %1 (echo The daemon did not answer on its named pipe within %1 seconds. "
                            "& goto :daemonGone)")
                 .arg(a.service.timeout)
          << Ping
          << QStringLiteral("goto :askAgain")
          // What the pipe answered reaches the screen through a for variable, never expanded into a command line.
          << QStringLiteral(":answered")
          << QStringLiteral("for /f \"tokens=1* delims==\" %%a in ('set answer') do if /i \"%%a\"==\"answer\" echo "
                            "      Docker %%b answers on its named pipe.")
          << QStringLiteral("for /f \"tokens=1* delims==\" %%a in ('set answer') do if /i \"%%a\"==\"answer\" echo "
                            "%1: %%b")
                 .arg(QLatin1String(BatchForm::DaemonWord));
    if (a.service.manager != ServiceManager::ScheduledTask) // NSSM says RUNNING only once its throttle time is over
        lines << QStringLiteral("call :waitFor RUNNING");
    lines << QStringLiteral("exit /b 0") << QStringLiteral(":daemonGone")
          << QStringLiteral("echo Docker does not run: the daemon did not answer %1.")
                 .arg(BatchText::escaped(DaemonAnswer::command(a).commandLine()));
    if (a.service.manager == ServiceManager::Native) {
        lines << QStringLiteral("echo dockerd's own service writes to the Windows event log: Application, source %1.")
                     .arg(name);
    } else {
        lines << BatchText::setVariable(QStringLiteral("log"), a.service.stdoutPath)
              << QStringLiteral("if not exist \"%log%\" goto :silent") << QStringLiteral("set lines=0")
              << QStringLiteral("for /f \"usebackq delims=\" %%l in (\"%log%\") do set /a lines+=1")
              << QStringLiteral("set /a skip=lines-5")
              << QStringLiteral("echo The daemon's last words, from \"%log%\":")
              << QStringLiteral("if %skip% leq 0 for /f \"usebackq delims=\" %%l in (\"%log%\") do echo       %%l")
              << QStringLiteral("if %skip% gtr 0 for /f \"usebackq skip=%skip% delims=\" %%l in (\"%log%\") do echo "
                                "      %%l");
    }
    return lines << QStringLiteral(":silent") << QStringLiteral("set bad=1") << QStringLiteral("exit /b 1")
                 << QString();
}

} // namespace

std::optional<BatchForm> ServiceRunStep::batch(const BatchContext &context) const
{
    const Answers &a = context.answers;
    const QString sc = BatchText::quoted(ServiceCommands::scExe());
    const QString name = BatchText::quoted(a.service.name);
    BatchForm form;
    if (m_action == Stop) {
        form.heading = QStringLiteral("Stop Docker if it runs and something it reads at start changes");
        form.compare << readRunning(a, sc, name);
        form.change << QStringLiteral("if %restart%%running%==11 call :stopDocker") << BatchForm::subroutineFailed();
        form.subroutines << stopLines(a, sc, name);
        return form;
    }
    // A change the compare could not see coming (NSSM's settings) stops the daemon here.
    form.heading = QStringLiteral("Start Docker and wait until the daemon answers");
    form.change << QStringLiteral("if %restart%%running%==11 call :stopDocker") << BatchForm::subroutineFailed()
                << QStringLiteral("call :startDocker") << BatchForm::subroutineFailed()
                << QStringLiteral("call :daemonAnswers") << BatchForm::subroutineFailed();
    form.subroutines << stopLines(a, sc, name) << startLines(a, sc, name) << answerLines(a, sc, name);
    return form;
}
