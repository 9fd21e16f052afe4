#include "ScheduledTaskStep.h"

#include "Plan.h"

#include "ApplyContext.h"
#include "host/ServiceRegistration.h"
#include "render/BatchText.h"
#include "render/DaemonScript.h"
#include "render/ScriptLines.h"
#include "render/ServiceCommands.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

QString ScheduledTaskStep::wantedArguments(const Answers &a)
{
    const ServiceSettings &s = a.service;
    QString arguments =
        QStringLiteral("/c ") + a.scriptPath() + QStringLiteral(" > ") + DaemonScript::batchWord(s.stdoutPath);
    if (s.stderrPath.compare(s.stdoutPath, Qt::CaseInsensitive) == 0)
        return arguments + QStringLiteral(" 2>&1");
    return arguments + QStringLiteral(" 2> ") + DaemonScript::batchWord(s.stderrPath);
}

QString ScheduledTaskStep::taskWindowsPath() const
{
    return QStringLiteral("C:\\Windows\\System32\\Tasks\\") + m_name;
}

HostCommand ScheduledTaskStep::unregister(const QString &name) const
{
    return {ServiceCommands::powershellExe(),
            {QStringLiteral("-NoProfile"), QStringLiteral("-NonInteractive"), QStringLiteral("-Command"),
             // Quiet when there is none: install.cmd runs the same line before it registers.
             QStringLiteral("Get-ScheduledTask -ErrorAction SilentlyContinue -TaskName ") +
                 ServiceCommands::powershellLiteral(name) +
                 QStringLiteral(" | UnRegister-ScheduledTask -Confirm:$false")},
            tr("Remove the scheduled task")};
}

bool ScheduledTaskStep::prepare(ApplyContext &context, QString *)
{
    const Answers &a = context.answers;
    m_name = a.service.name;
    m_taskFile = context.host.localPath(taskWindowsPath());
    QFile file(m_taskFile);
    m_existed = file.open(QIODevice::ReadOnly);
    m_commands.clear();
    // A task made by hand from the manual procedure keeps Task Scheduler's 72-hour limit, after which dockerd would
    // be orphaned: it is registered again without one.
    const QByteArray task = m_existed ? file.readAll() : QByteArray();
    if (m_existed && ServiceRegistration::taskRunsWithoutLimit(task) &&
        ServiceRegistration::taskArguments(task).compare(wantedArguments(a), Qt::CaseInsensitive) == 0)
        return true;
    if (m_existed)
        m_commands.append(unregister(m_name));
    m_commands.append(ServiceCommands::registration(a));
    return true;
}

bool ScheduledTaskStep::apply(ApplyContext &context, QString *error)
{
    if (m_existed) {
        QString why;
        if (context.backup.save(taskWindowsPath(), &why).isEmpty()) {
            *error = tr("cannot back up the task %1: %2").arg(m_name, why);
            return false;
        }
    }
    return CommandStep::apply(context, error);
}

void ScheduledTaskStep::undo(ApplyContext &context)
{
    if (ranCount() == 0)
        return;
    // PowerShell ends with 1 when there was no task to unregister (the error is only silenced): as wanted.
    const QString taskFile = m_taskFile;
    context.undo(unregister(m_name), [taskFile] { return !QFileInfo::exists(taskFile); });
    // A task that was replaced is registered again from its saved definition, which the backup keeps if it fails.
    if (m_existed) {
        HostCommand again = ServiceCommands::registerTaskFromXml(m_name, context.backup.copyOf(taskWindowsPath()));
        again.purpose = tr("Register the task again from its saved definition");
        context.undo(again);
    }
}

QList<PlanStep> ScheduledTaskStep::describe(const Answers &a) const
{
    QList<PlanStep> steps{Plan::command(unregister(a.service.name), Plan::tr("Service"), PlanStep::Service,
                                        Plan::tr("a task of that name is there and runs something else"))};
    steps += Plan::serviceRegistration(a);
    steps.last().when = Plan::tr("the task is not there as the answers have it");
    return steps;
}

// The task's action's arguments into the file %taskArgumentsFile% names, whole (in ASCII: a bundle's values are).
static HostCommand taskArgumentsToFile(const QString &taskName)
{
    return ServiceCommands::powershell(
        {QStringLiteral("Set-Content -LiteralPath $env:taskArgumentsFile -Encoding ASCII -Value (Get-ScheduledTask "
                        "-TaskName ") +
         ServiceCommands::powershellLiteral(taskName) +
         QStringLiteral(" -ErrorAction SilentlyContinue).Actions.Arguments")},
        ScheduledTaskStep::tr("Write the scheduled task's arguments to a file"));
}

// register-task.ps1 holds apply's two commands (InstallScript::taskScript). A registration stops the running
// task, so it is made only when the task is missing, is not as prepare() wants it (a time limit, other arguments:
// a task made by hand from the manual procedure) or what it runs changed.
std::optional<BatchForm> ScheduledTaskStep::batch(const BatchContext &context) const
{
    const Answers &a = context.answers;
    const QString name = BatchText::quoted(a.service.name);
    BatchForm form;
    form.heading = QStringLiteral("Register the scheduled task");
    form.compare << ScriptLines::readTaskState(a.service.name)
                 << QStringLiteral("if not defined state (set changed=1& set restart=1)")
                 << QStringLiteral("if defined state call :taskAsWanted");
    form.change << QStringLiteral("if %restart%==0 echo       %1 is registered already").arg(name)
                << QStringLiteral("if %restart%==1 call :registerTask") << BatchForm::subroutineFailed();
    // The arguments may hold quotes, & and >, which no comparison in cmd.exe takes safely (Wine's re-reads a value
    // even with delayed expansion), and PowerShell 5.1 may break a long line it prints at the console's width:
    // Set-Content writes them to a file as they are, with CRLF, which is compared by its SHA-256.
    const QString wanted = wantedArguments(a) + QStringLiteral("\r\n");
    const QString digest =
        QString::fromLatin1(QCryptographicHash::hash(wanted.toLatin1(), QCryptographicHash::Sha256).toHex());
    form.subroutines
        << QStringLiteral(":taskAsWanted")
        << ScriptLines::readTaskValue(a.service.name, QStringLiteral("Settings.ExecutionTimeLimit"),
                                      QStringLiteral("taskLimit"))
        << QStringLiteral("set \"taskArgumentsFile=%work%\\task-arguments.txt\"")
        << BatchText::line(taskArgumentsToFile(a.service.name)) + QStringLiteral(" >nul 2>&1")
        << QStringLiteral("set \"hashed=%taskArgumentsFile%\"") << QStringLiteral("call :hash")
        << QStringLiteral("del \"%taskArgumentsFile%\" >nul 2>&1")
        << QStringLiteral("if /i \"%taskLimit%\"==\"PT0S\" if /i \"%actual%\"==\"%1\" exit /b 0").arg(digest)
        << QStringLiteral("echo       %1 has a time limit or runs something else: it is registered again").arg(name)
        << QStringLiteral("set changed=1& set restart=1") << QStringLiteral("exit /b 0") << QString();
    form.subroutines << QStringLiteral(":registerTask")
                     << QStringLiteral("%SystemRoot%\\System32\\WindowsPowerShell\\v1.0\\powershell.exe -NoProfile "
                                       "-NonInteractive -ExecutionPolicy Bypass -File register-task.ps1")
                     << ScriptLines::readTaskState(a.service.name)
                     << QStringLiteral("if not defined state (echo The scheduled task %1 is not there after "
                                       "registering it. & set bad=1)")
                            .arg(name)
                     << QStringLiteral("exit /b 0") << QString();
    return form;
}
