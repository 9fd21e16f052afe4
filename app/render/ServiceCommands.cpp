#include "ServiceCommands.h"

#include "DaemonFlags.h"
#include "DaemonScript.h"
#include "host/StartType.h"

#include <QRegularExpression>

namespace {

QString joinPath(const QString &dir, const char *file)
{
    return (dir.endsWith(QLatin1Char('\\')) ? dir : dir + QLatin1Char('\\')) + QLatin1String(file);
}

bool isDefault(const QString &value, const QString &procedureValue)
{
    return value.compare(procedureValue, Qt::CaseInsensitive) == 0;
}

} // namespace

QString ServiceCommands::dockerdExe(const Answers &a)
{
    return joinPath(a.binaries.installDir, "dockerd.exe");
}

QString ServiceCommands::dockerExe(const Answers &a)
{
    return joinPath(a.binaries.installDir, "docker.exe");
}

QString ServiceCommands::nssmStartValue(StartupType startup)
{
    return QLatin1String(StartType::forAnswer(startup).nssm);
}

StartupType ServiceCommands::startupFromNssm(const QString &nssmStart)
{
    const StartType *type = StartType::forNssm(nssmStart);
    return type ? type->answer : StartupType::Auto;
}

QString ServiceCommands::powershellLiteral(const QString &value)
{
    static const QRegularExpression bare(QStringLiteral("^[A-Za-z0-9_.\\-]+$"));
    if (bare.match(value).hasMatch())
        return value;
    // PowerShell ends a single-quoted string at any of ' ‘ ’ ‚ ‛, and reads each of them doubled as itself.
    QString quoted = QStringLiteral("'");
    for (const QChar c : value) {
        quoted += c;
        if (c == QChar(0x27) || c == QChar(0x2018) || c == QChar(0x2019) || c == QChar(0x201A) || c == QChar(0x201B))
            quoted += c;
    }
    return quoted + QLatin1Char('\'');
}

QList<HostCommand> ServiceCommands::registration(const Answers &a)
{
    if (a.service.manager == ServiceManager::Native) {
        const NativeRegistration native = nativeRegistration(a);
        return {native.registration, native.config, native.description};
    }
    if (a.service.manager == ServiceManager::ScheduledTask)
        return {scheduledTaskRegistration(a)};
    QList<HostCommand> commands{nssmInstall(a)};
    for (const NssmValue &value : nssmValues(a))
        commands << nssmCommand(a.service.name, value);
    return commands;
}

HostCommand ServiceCommands::nssmInstall(const Answers &a)
{
    return {nssmExe(),
            {QStringLiteral("install"), a.service.name, a.service.applicationPath},
            tr("Application tab: Service name and Path")};
}

ServiceCommands::NssmValue ServiceCommands::nssmApplication(const Answers &a)
{
    return {QStringLiteral("Application"), a.service.applicationPath, tr("Application tab: Path")};
}

HostCommand ServiceCommands::nssmCommand(const QString &serviceName, const NssmValue &value)
{
    if (value.reset)
        return {nssmExe(), {QStringLiteral("reset"), serviceName, value.parameter}, value.purpose};
    return {nssmExe(), {QStringLiteral("set"), serviceName, value.parameter, value.value}, value.purpose};
}

QList<ServiceCommands::NssmValue> ServiceCommands::nssmValues(const Answers &a)
{
    const ServiceSettings &s = a.service;
    QList<NssmValue> values{
        {QStringLiteral("AppDirectory"), s.startupDirectory, tr("Application tab: Startup directory")},
        {QStringLiteral("AppParameters"), s.arguments, tr("Application tab: Arguments")},
        {QStringLiteral("DisplayName"), s.displayName, tr("Details tab: Display name")},
    };
    if (s.description.isEmpty())
        values.append({QStringLiteral("Description"), QString(), tr("Details tab: no Description"), true});
    else
        values.append({QStringLiteral("Description"), s.description, tr("Details tab: Description")});
    values.append({QStringLiteral("Start"), nssmStartValue(s.startup), tr("Details tab: Startup type")});
    values.append({QStringLiteral("AppStdout"), s.stdoutPath, tr("I/O tab: Output (stdout)")});
    values.append({QStringLiteral("AppStderr"), s.stderrPath, tr("I/O tab: Error (stderr)")});
    // NSSM 2.24 leaves the service paused on Windows 10 1703 and later unless it gets no console.
    if (s.noConsole)
        values.append({QStringLiteral("AppNoConsole"), QStringLiteral("1"), tr("Start without a console window")});
    // Server 2016 needs ConDrv up before dockerd, or containers do not come back after a reboot (moby#27544).
    if (a.host.build == 14393 && s.dependOnConDrv)
        values.append({QStringLiteral("DependOnService"), QStringLiteral("ConDrv"),
                       tr("Start after the console driver (Server 2016)")});
    return values;
}

ServiceCommands::NativeRegistration ServiceCommands::nativeRegistration(const Answers &a)
{
    const ServiceSettings &s = a.service;
    QStringList arguments{QStringLiteral("--register-service"), QStringLiteral("--service-name"), s.name};
    if (a.daemon.configStyle != ConfigStyle::DaemonJson)
        arguments += DaemonFlags::all(a, a.tls.enabled);
    return {
        {dockerdExe(a), arguments, tr("Register dockerd as a Windows service")},
        {scExe(),
         {QStringLiteral("config"), s.name, QStringLiteral("DisplayName="), s.displayName, QStringLiteral("start="),
          QLatin1String(StartType::forAnswer(s.startup).sc)},
         tr("Display name and startup type")},
        {scExe(), {QStringLiteral("description"), s.name, s.description}, tr("Description")},
    };
}

HostCommand ServiceCommands::powershell(const QStringList &lines, const QString &purpose)
{
    return {powershellExe(),
            {QStringLiteral("-NoProfile"), QStringLiteral("-NonInteractive"), QStringLiteral("-Command"),
             lines.join(QLatin1Char('\n'))},
            purpose};
}

HostCommand ServiceCommands::scheduledTaskRegistration(const Answers &a)
{
    const ServiceSettings &s = a.service;
    // Variables keep the paths out of PowerShell's and cmd.exe's parsing: single-quoted literals
    // expand nothing, and a path cmd.exe would split is quoted inside the task's command line.
    auto cmdWord = [](const QString &variable, const QString &path) {
        return DaemonScript::batchWord(path) == path ? variable
                                                     : QStringLiteral("`\"") + variable + QStringLiteral("`\"");
    };
    QStringList lines{QStringLiteral("$dockerData = \"$($env:ProgramData)\\docker\""),
                      QStringLiteral("$dockerDaemonScript = \"$dockerData\\runDockerDaemon.cmd\"")};
    lines << QStringLiteral("$dockerLog = ") +
                 (isDefault(s.stdoutPath, QStringLiteral("C:\\ProgramData\\docker\\daemon.log"))
                      ? QStringLiteral("\"$dockerData\\daemon.log\"")
                      : powershellLiteral(s.stdoutPath));
    // One file takes both streams, as in the manual procedure, unless the I/O answers name two.
    QString errors = QStringLiteral("2>&1");
    if (s.stderrPath.compare(s.stdoutPath, Qt::CaseInsensitive) != 0) {
        lines << QStringLiteral("$dockerErr = ") + powershellLiteral(s.stderrPath);
        errors = QStringLiteral("2> ") + cmdWord(QStringLiteral("$dockerErr"), s.stderrPath);
    }
    lines << QStringLiteral(
                 "$action = New-ScheduledTaskAction -Execute \"cmd.exe\" -Argument \"/c $dockerDaemonScript > ") +
                 cmdWord(QStringLiteral("$dockerLog"), s.stdoutPath) + QLatin1Char(' ') + errors +
                 QStringLiteral("\" -WorkingDirectory $dockerData")
          << QStringLiteral("$trigger = New-ScheduledTaskTrigger -AtStartup")
          // Not in the manual procedure: without a limit Task Scheduler ends the task, and leaves dockerd orphaned,
          // after 72 hours (zero ticks is PT0S: no limit).
          << QStringLiteral("$settings = New-ScheduledTaskSettingsSet -Priority 5 -ExecutionTimeLimit 0")
          << QStringLiteral("Register-ScheduledTask -TaskName ") + powershellLiteral(s.name) +
                 QStringLiteral(
                     " -Action $action -Trigger $trigger -Settings $settings -User SYSTEM -RunLevel Highest | "
                     "Out-Null");
    return powershell(lines, tr("Scheduled task that starts Docker at boot, as SYSTEM, highest run level"));
}

HostCommand ServiceCommands::startTask(const QString &taskName)
{
    return powershell({QStringLiteral("Start-ScheduledTask -TaskName ") + powershellLiteral(taskName)},
                      tr("Start the scheduled task"));
}

HostCommand ServiceCommands::registerTaskFromXml(const QString &taskName, const QString &xmlWindowsPath)
{
    return powershell({QStringLiteral("Register-ScheduledTask -TaskName ") + powershellLiteral(taskName) +
                       QStringLiteral(" -Xml (Get-Content -LiteralPath ") + powershellLiteral(xmlWindowsPath) +
                       QStringLiteral(" -Raw) -Force | Out-Null")},
                      tr("Register the earlier task again"));
}

HostCommand ServiceCommands::stopTask(const QString &taskName)
{
    return powershell({QStringLiteral("Stop-ScheduledTask -TaskName ") + powershellLiteral(taskName)},
                      tr("Stop the scheduled task"));
}

HostCommand ServiceCommands::start(const Answers &a)
{
    if (a.service.manager == ServiceManager::ScheduledTask)
        return startTask(a.service.name);
    return {scExe(), {QStringLiteral("start"), a.service.name}, tr("Start the service")};
}

HostCommand ServiceCommands::stop(const Answers &a)
{
    if (a.service.manager == ServiceManager::ScheduledTask)
        return stopTask(a.service.name);
    return {scExe(), {QStringLiteral("stop"), a.service.name}, tr("Stop the service")};
}

HostCommand ServiceCommands::taskState(const QString &taskName)
{
    HostCommand command = taskValue(taskName, QStringLiteral("State"));
    command.purpose = tr("Ask whether the scheduled task runs");
    return command;
}

HostCommand ServiceCommands::taskValue(const QString &taskName, const QString &member)
{
    return powershell({QStringLiteral("(Get-ScheduledTask -TaskName ") + powershellLiteral(taskName) +
                       QStringLiteral(" -ErrorAction SilentlyContinue).") + member},
                      tr("Read the scheduled task's %1").arg(member));
}

HostCommand ServiceCommands::endDaemon(const QString &dockerdWindowsPath)
{
    // taskkill /IM would end every dockerd.exe on the host; a process's Path is its image's full path, and -eq
    // compares without case, as Windows paths are. Nothing found is no error (nothing to end).
    return powershell({QStringLiteral("Get-Process -Name dockerd -ErrorAction SilentlyContinue | Where-Object Path "
                                      "-EQ ") +
                       powershellLiteral(dockerdWindowsPath) + QStringLiteral(" | Stop-Process -Force")},
                      tr("End %1").arg(dockerdWindowsPath));
}

HostCommand ServiceCommands::firewallRule(const Answers &a)
{
    QStringList arguments{QStringLiteral("advfirewall"),
                          QStringLiteral("firewall"),
                          QStringLiteral("add"),
                          QStringLiteral("rule"),
                          QStringLiteral("name=") + a.firewall.ruleName,
                          QStringLiteral("dir=in"),
                          QStringLiteral("action=allow"),
                          QStringLiteral("protocol=TCP"),
                          QStringLiteral("localport=") + QString::number(a.firewall.port)};
    if (!a.firewall.remoteAddresses.isEmpty())
        arguments << QStringLiteral("remoteip=") + a.firewall.remoteAddresses.join(QLatin1Char(','));
    return {netshExe(), arguments, tr("Allow remote Docker management on TCP %1").arg(a.firewall.port)};
}

HostCommand ServiceCommands::lockKey(const QString &windowsPath)
{
    return {QStringLiteral("C:\\Windows\\System32\\icacls.exe"),
            {windowsPath, QStringLiteral("/inheritance:r"), QStringLiteral("/grant:r"), QStringLiteral("*S-1-5-18:F"),
             QStringLiteral("/grant:r"), QStringLiteral("*S-1-5-32-544:F")},
            tr("Only SYSTEM and Administrators may read the key")};
}

HostCommand ServiceCommands::lockFolder(const QString &windowsPath)
{
    return {QStringLiteral("C:\\Windows\\System32\\icacls.exe"),
            {windowsPath, QStringLiteral("/inheritance:r"), QStringLiteral("/grant:r"),
             QStringLiteral("*S-1-5-18:(OI)(CI)F"), QStringLiteral("/grant:r"),
             QStringLiteral("*S-1-5-32-544:(OI)(CI)F"), QStringLiteral("/L")},
            tr("Only SYSTEM and Administrators may use the folder")};
}

HostCommand ServiceCommands::ownFolder(const QString &windowsPath)
{
    return {QStringLiteral("C:\\Windows\\System32\\icacls.exe"),
            {windowsPath, QStringLiteral("/setowner"), QStringLiteral("*S-1-5-32-544"), QStringLiteral("/L")},
            tr("Administrators own the folder")};
}

HostCommand ServiceCommands::firewallRuleRemoval(const Answers &a)
{
    return {netshExe(),
            {QStringLiteral("advfirewall"), QStringLiteral("firewall"), QStringLiteral("delete"),
             QStringLiteral("rule"), QStringLiteral("name=") + a.firewall.ruleName, QStringLiteral("protocol=TCP"),
             QStringLiteral("localport=") + QString::number(a.firewall.port)},
            tr("Remove the firewall rule")};
}

QList<HostCommand> ServiceCommands::removal(const Answers &a)
{
    if (a.service.manager == ServiceManager::ScheduledTask) {
        // The manual procedure's lines; -Confirm:$false because a remote session cannot answer the prompt.
        return {powershell({QStringLiteral("Remove-Item ") + powershellLiteral(dockerExe(a))}, tr("Remove docker.exe")),
                powershell({QStringLiteral("Get-ScheduledTask -TaskName ") + powershellLiteral(a.service.name) +
                            QStringLiteral(" | UnRegister-ScheduledTask -Confirm:$false")},
                           tr("Unregister the scheduled task"))};
    }
    return {stop(a), {scExe(), {QStringLiteral("delete"), a.service.name}, tr("Remove the service")}};
}

QString ServiceCommands::clientDockerHostLine(const Answers &a)
{
    return QStringLiteral("$env:DOCKER_HOST = \"%1\"").arg(a.clientEndpoint(QStringLiteral("<ipaddress of server>")));
}
