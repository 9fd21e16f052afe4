#include "InstallScript.h"

#include "answers/AnswerKeys.h"

#include "apply/ApplyRun.h"
#include "apply/ApplySteps.h"
#include "apply/FirewallStep.h"
#include "apply/RestartToFinish.h"
#include "apply/WindowsFeatures.h"
#include "bundle/LockedFolders.h"
#include "render/BatchText.h"
#include "render/ServiceCommands.h"

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

QString InstallScript::render(const Answers &a, const QList<Placed> &files)
{
    BatchContext context{a, {}};
    for (const Placed &file : files)
        context.files.insert(file.target.toLower(), {file.source, file.sha256});
    // apply's steps in apply's order, the stop before them and the start after them, each in its own batch form.
    QString unused;
    const std::vector<std::unique_ptr<Step>> steps =
        ApplyRun::aroundService(ApplySteps::build(a, &unused, true, nullptr, ApplySteps::Describe));
    // First the Windows features Docker needs, enabled as apply enables them before its steps.
    QList<BatchForm> forms{WindowsFeatures::batch(a)};
    for (const std::unique_ptr<Step> &step : steps) {
        std::optional<BatchForm> form = step->batch(context);
        if (!form) { // a test finds every such step; a script that cannot do what apply does stops here
            form = BatchForm();
            form->change << QStringLiteral("echo Berth has no batch form for this step of apply. & goto :failed");
        }
        forms.append(*form);
    }
    int count = 2; // the check of SHA256SUMS and the comparison
    for (const BatchForm &form : std::as_const(forms))
        count += form.change.isEmpty() ? 0 : 1;

    Script s;
    s << QStringLiteral("@echo off")
      << QStringLiteral("rem Made by Berth: installs Docker as %1 (%2). Run it from the unpacked bundle as "
                        "administrator.")
             .arg(BatchText::escaped(a.service.name), wordOf(a.service.manager))
      // Whatever the host's Command Processor settings say; pushd maps a drive for a bundle on a UNC path.
      << QStringLiteral("setlocal EnableExtensions DisableDelayedExpansion") << QStringLiteral("pushd \"%~dp0\"")
      << QStringLiteral("if errorlevel 1 (echo Cannot change to the bundle's folder. & exit /b 1)")
      << QStringLiteral("set changed=0") << QStringLiteral("set restart=0") << QStringLiteral("set running=0")
      << QStringLiteral("set bad=0") << QStringLiteral("set \"work=\"") << QStringLiteral("set madeBackups=0")
      << QStringLiteral("set madeDocker=0")
      << QStringLiteral("set kept=0")
      // --no-restart: a restart a feature needs is the caller's (the fleet tools restart and run it again);
      // --after-restart: the run of the task that a restart install.cmd made began, which never restarts again.
      << QStringLiteral("set noRestart=0") << QStringLiteral("set afterRestart=0")
      << QStringLiteral("if /i \"%~1\"==\"--no-restart\" set noRestart=1")
      << QStringLiteral("if /i \"%~1\"==\"--after-restart\" (set noRestart=1& set afterRestart=1)");
    // What the run reads and writes for itself, and what it replaces, goes into a folder of its own that only SYSTEM
    // and Administrators may use, never a fixed name in %TEMP% (%SystemRoot%\Temp for SYSTEM, where users write).
    s << QStringLiteral("call :workFolder") << QStringLiteral("if %bad%==1 goto :failed")
      << QStringLiteral("set \"stateFile=%work%\\state.txt\"") << QStringLiteral("set \"hashFile=%work%\\hash.txt\"");
    int number = 1;
    s << QStringLiteral("echo [%1/%2] Check every file against SHA256SUMS").arg(number++).arg(count)
      << QStringLiteral("if not exist SHA256SUMS (echo SHA256SUMS is missing: this is not a whole bundle. & goto "
                        ":failed)")
      << QStringLiteral("for /f \"usebackq tokens=1,2\" %%a in (\"SHA256SUMS\") do call :verify %%a %%b")
      << BatchForm::subroutineFailed();
    s << QStringLiteral("echo [%1/%2] Compare with what is installed").arg(number++).arg(count);
    s << QStringLiteral("call :hostState") << QStringLiteral("set \"stateBefore=%actual%\"");
    for (const BatchForm &form : std::as_const(forms))
        s << form.compare;
    s << QStringLiteral("if %changed%==0 echo       the files are as the bundle has them");
    for (const BatchForm &form : std::as_const(forms)) {
        if (form.change.isEmpty())
            continue;
        if (&form == &forms.last()) // Docker's start, which a feature enabled above may put after a restart
            s << QStringLiteral("if %restartFirst%==1 goto :restartFirst");
        s << QStringLiteral("echo [%1/%2] %3").arg(number++).arg(count).arg(BatchText::escaped(form.heading))
          << form.change;
    }
    // What a run changed, in a line a deployment tool reads (Ansible's changed_when): the files, the
    // service's registration and settings, the firewall rule as netsh shows it, a start.
    s << QStringLiteral("call :hostState") << QStringLiteral("call :tidy")
      << QStringLiteral("if /i not \"%actual%\"==\"%stateBefore%\" set changed=1");
    s << QStringLiteral("echo Docker is installed.")
      << QStringLiteral("if %kept%==1 echo What it replaced is kept in \"%work%\".");
    if (a.tls.enabled)
        s << QStringLiteral("echo Clients reach it with the files of the client zip: %1")
                 .arg(BatchText::escaped(ServiceCommands::clientDockerHostLine(a)));
    s << QStringLiteral("if %changed%==0 echo %1: unchanged").arg(QLatin1String(ResultWord))
      << QStringLiteral("if %changed%==1 echo %1: changed").arg(QLatin1String(ResultWord));
    s << QStringLiteral("popd") << QStringLiteral("call :taskEnds") << QStringLiteral("exit /b 0") << QString();
    s << QStringLiteral(":failed") << QStringLiteral("call :tidy")
      << QStringLiteral("echo Stopped: the step above failed; nothing after it ran.") << QStringLiteral("popd")
      << QStringLiteral("call :taskEnds") << QStringLiteral("exit /b 1") << QString();
    s << RestartToFinish::batch(QLatin1String(ResultWord)) << LockedFolders::batch();
    s << QStringLiteral(":verify") << QStringLiteral("set \"hashed=%~2\"")
      << QStringLiteral("set \"hashed=%hashed:/=\\%\"")
      << QStringLiteral(
             "if not exist \"%hashed%\" (echo \"%hashed%\" is missing from the bundle. & set bad=1 & exit /b 1)")
      << QStringLiteral("call :hash")
      << QStringLiteral("if not defined actual (echo Cannot compute the SHA-256 of \"%hashed%\" here: PowerShell's "
                        "Get-FileHash gave no digest, and certutil.exe printed: & type \"%hashFile%\" & set bad=1 "
                        "& exit /b 1)")
      << QStringLiteral("if /i not \"%actual%\"==\"%~1\" (echo \"%hashed%\" has SHA-256 %actual%, SHA256SUMS says %~1: "
                        "the bundle was changed or damaged. & set bad=1)")
      << QStringLiteral("exit /b 0") << QString();
    // certutil prints its failures on standard output (an empty file: 0x800703ee ERROR_FILE_INVALID), and older
    // ones space the digest's bytes: only 64 hexadecimal digits count as a digest, else PowerShell is asked.
    s << QStringLiteral(":hash") << QStringLiteral("set actual=")
      << QStringLiteral("if not exist \"%hashed%\" exit /b 0")
      << QStringLiteral("%SystemRoot%\\System32\\certutil.exe -hashfile \"%hashed%\" SHA256 >\"%hashFile%\" 2>&1")
      << QStringLiteral("for /f \"usebackq skip=1 tokens=*\" %%h in (\"%hashFile%\") do if not defined actual set "
                        "\"actual=%%h\"")
      << QStringLiteral("call :isDigest")
      << QStringLiteral("if not defined actual for /f \"tokens=*\" %%h in "
                        "('%SystemRoot%\\System32\\WindowsPowerShell\\v1.0\\powershell.exe -NoProfile -Command "
                        "\"(Get-FileHash -Algorithm SHA256 -LiteralPath $env:hashed).Hash\" 2^>nul') do if not "
                        "defined actual set \"actual=%%h\"")
      << QStringLiteral("call :isDigest") << QStringLiteral("exit /b 0") << QString();
    // What is left of actual once its quotes and spaces go must be 64 hexadecimal digits, else it is cleared.
    s << QStringLiteral(":isDigest") << QStringLiteral("if not defined actual exit /b 0")
      << QStringLiteral("set \"actual=%actual:\"=%\"") << QStringLiteral("if not defined actual exit /b 0")
      << QStringLiteral("set \"actual=%actual: =%\"") << QStringLiteral("set \"rest=%actual%\"")
      << QStringLiteral(
             "for %%c in (0 1 2 3 4 5 6 7 8 9 a b c d e f) do if defined rest call set \"rest=%%rest:%%c=%%\"")
      << QStringLiteral("if defined rest set actual=")
      << QStringLiteral("if defined actual if \"%actual:~63,1%\"==\"\" set actual=")
      << QStringLiteral("if defined actual if not \"%actual:~64%\"==\"\" set actual=") << QStringLiteral("exit /b 0")
      << QString();
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
    // The steps' subroutines, each label once: two steps may share one (:place, :stopDocker).
    QStringList labels;
    for (const BatchForm &form : std::as_const(forms)) {
        QStringList block;
        for (const QString &line : form.subroutines) {
            block << line;
            if (!line.isEmpty())
                continue;
            if (!labels.contains(block.first())) {
                labels << block.first();
                s << block;
            }
            block.clear();
        }
        if (!block.isEmpty())
            s << block << QString();
    }
    return s.text();
}
