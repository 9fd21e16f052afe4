#pragma once

#include "HostCommand.h"
#include "answers/Answers.h"

#include <QCoreApplication>
#include <QList>

// The manual procedure's commands, each as a program and its argument list, for the chosen service manager.
class ServiceCommands
{
    Q_DECLARE_TR_FUNCTIONS(ServiceCommands)

public:
    static QString nssmExe() { return QStringLiteral("C:\\Windows\\System32\\nssm.exe"); }
    static QString scExe() { return QStringLiteral("C:\\Windows\\System32\\sc.exe"); }
    static QString netshExe() { return QStringLiteral("C:\\Windows\\System32\\netsh.exe"); }
    static QString powershellExe()
    {
        return QStringLiteral("C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe");
    }
    static QString dockerdExe(const Answers &answers);
    static QString dockerExe(const Answers &answers);

    // Registers the service (NSSM's Application, Details and I/O tabs, the native dockerd service,
    // or the manual procedure's scheduled task for Nano Server).
    static QList<HostCommand> registration(const Answers &answers);

    // One value NSSM keeps for the service, as the wizard's tabs name it: `nssm set NAME PARAMETER
    // VALUE`, or `nssm reset NAME PARAMETER` when the answers leave it unset.
    struct NssmValue
    {
        QString parameter;
        QString value;
        QString purpose;
        bool reset = false;
    };
    // Every value after `nssm install NAME PATH`, in the order the registration sets them.
    static QList<NssmValue> nssmValues(const Answers &answers);
    static HostCommand nssmInstall(const Answers &answers);
    // The program of a service NSSM runs already (install is not run twice).
    static NssmValue nssmApplication(const Answers &answers);
    static HostCommand nssmCommand(const QString &serviceName, const NssmValue &value);

    // dockerd's own service: its registration, then what sc.exe sets that dockerd does not.
    struct NativeRegistration
    {
        HostCommand registration; // dockerd --register-service --service-name NAME FLAGS...
        HostCommand config;       // sc.exe config NAME DisplayName= ... start= ...
        HostCommand description;  // sc.exe description NAME ...
    };
    static NativeRegistration nativeRegistration(const Answers &answers);
    static HostCommand start(const Answers &answers);
    static HostCommand stop(const Answers &answers);
    static HostCommand startTask(const QString &taskName);
    // Registers a task again from a saved definition (the XML Windows keeps in System32\Tasks).
    static HostCommand registerTaskFromXml(const QString &taskName, const QString &xmlWindowsPath);
    static HostCommand stopTask(const QString &taskName);
    // A scheduled task's state as PowerShell names it (Ready, Running, Disabled), which no language
    // translates; prints nothing when there is no such task.
    static HostCommand taskState(const QString &taskName);
    // A property of the task as Get-ScheduledTask shows it (Settings.ExecutionTimeLimit, Actions.Arguments); prints
    // nothing when there is no such task.
    static HostCommand taskValue(const QString &taskName, const QString &member);
    // Ends the dockerd.exe of installDir, and no other: Task Scheduler ends the task's own process (cmd.exe), not
    // what it started, and another engine's dockerd.exe (Docker Desktop's, a second daemon) is not Berth's to end.
    static HostCommand endDaemon(const QString &dockerdWindowsPath);
    static HostCommand firewallRule(const Answers &answers);
    // A private key readable by SYSTEM and Administrators alone, named by SID: "Administrators" is
    // "Administratoren" on a German Windows, and icacls resolves names in the host's language.
    static HostCommand lockKey(const QString &windowsPath);
    // A folder Berth makes: the same two, for the folder and all it will hold, nothing inherited. /L: on a link
    // itself, never on what it leads to (a folder swapped for a junction to System32 between the look and the lock).
    static HostCommand lockFolder(const QString &windowsPath);
    // Administrators own it: whoever made a folder first owns it, and an owner may change its access list again.
    // /L as above.
    static HostCommand ownFolder(const QString &windowsPath);
    static HostCommand firewallRuleRemoval(const Answers &answers);
    // The manual procedure's removal: sc.exe delete for a service, the two PowerShell lines for Nano Server.
    static QList<HostCommand> removal(const Answers &answers);

    // What a client sets to reach this host, as the manual procedure's PowerShell line.
    static QString clientDockerHostLine(const Answers &answers);

    static QString nssmStartValue(StartupType startup);
    // The other way: NSSM's Start value as service.details.startup.
    static StartupType startupFromNssm(const QString &nssmStart);
    static QString powershellLiteral(const QString &value);
    // powershell.exe -NoProfile -NonInteractive -Command with the lines.
    static HostCommand powershell(const QStringList &lines, const QString &purpose);

private:
    static HostCommand scheduledTaskRegistration(const Answers &answers);
};
