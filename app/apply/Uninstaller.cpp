#include "Uninstaller.h"

#include "host/LocalFile.h"
#include "host/RegistryKey.h"
#include "host/ScheduledTaskControl.h"
#include "host/ServiceControl.h"
#include "host/ServiceRegistration.h"
#include "inspect/HostInspector.h"
#include "render/ServiceCommands.h"
#include "tls/CertificateFiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace {

void runAll(const WindowsHost &host, const QList<HostCommand> &commands, const QString &what,
            Uninstaller::Result &result)
{
    for (const HostCommand &command : commands) {
        const WindowsHost::Result run = host.run(command);
        if (!run.ok()) {
            result.failures << Uninstaller::tr("%1 failed: %2").arg(command.commandLine(), run.summary());
            return;
        }
    }
    result.removed << what;
}

void removeFile(const WindowsHost &host, const QString &windowsPath, Uninstaller::Result &result)
{
    const QString local = host.localPath(windowsPath);
    if (!QFileInfo::exists(local))
        return;
    if (QFile::remove(local))
        result.removed << windowsPath;
    else
        result.failures << Uninstaller::tr("cannot remove %1").arg(windowsPath);
}

} // namespace

Uninstaller::Result Uninstaller::run(const WindowsHost &host, const QString &name, bool keepData, bool keepCerts)
{
    Result result;
    const HostInspector::Result inspected = HostInspector::inspect(host, name);
    const Answers &a = inspected.answers;
    const bool binaries = QFileInfo::exists(host.localPath(ServiceCommands::dockerdExe(a))) ||
                          QFileInfo::exists(host.localPath(ServiceCommands::dockerExe(a)));
    result.found = inspected.found || binaries;
    if (!result.found)
        return result;

    const ServiceManager manager = a.service.manager;
    if (inspected.found && manager == ServiceManager::ScheduledTask) {
        // Stopped with its daemon first: a running dockerd.exe could not be deleted.
        QString error;
        if (!ScheduledTaskControl(host, name, ServiceCommands::dockerdExe(a)).stop(&error))
            result.failures << error;
        runAll(host, {ServiceCommands::removal(a).last()}, tr("the scheduled task %1").arg(name), result);
    } else if (inspected.found) {
        QString error;
        if (!ServiceControl(host, name, ServiceCommands::dockerdExe(a)).stop(&error))
            result.failures << error;
        HostCommand remove{ServiceCommands::scExe(), {QStringLiteral("delete"), name}, QString()};
        if (manager == ServiceManager::Nssm && QFileInfo::exists(host.localPath(ServiceCommands::nssmExe())))
            remove = {
                ServiceCommands::nssmExe(), {QStringLiteral("remove"), name, QStringLiteral("confirm")}, QString()};
        else if (manager == ServiceManager::Native && QFileInfo::exists(host.localPath(ServiceCommands::dockerdExe(a))))
            remove = {ServiceCommands::dockerdExe(a),
                      {QStringLiteral("--unregister-service"), QStringLiteral("--service-name"), name},
                      QString()};
        runAll(host, {remove}, tr("the service %1").arg(name), result);
        // Without dockerd.exe to unregister it, sc.exe delete leaves the service's event log source, on which the
        // next dockerd --register-service would fail.
        const QString source = ServiceRegistration::eventSourceKey(name);
        if (manager == ServiceManager::Native && remove.program == ServiceCommands::scExe() &&
            RegistryKey::read(host, source).exists())
            runAll(host, {{RegistryKey::regExe(), {QStringLiteral("delete"), source, QStringLiteral("/f")}, QString()}},
                   tr("the event log source %1").arg(name), result);
    }

    // netsh says "No rules match" (exit 1) when there is none; that is not a failure here.
    const HostCommand rule = ServiceCommands::firewallRuleRemoval(a);
    const WindowsHost::Result deleted = host.run(rule);
    if (deleted.ok())
        result.removed << tr("the firewall rule \"%1\"").arg(a.firewall.ruleName);

    removeFile(host, ServiceCommands::dockerdExe(a), result);
    removeFile(host, ServiceCommands::dockerExe(a), result);
    result.kept << tr("%1 (other services may use it)").arg(ServiceCommands::nssmExe());

    const QString dataFolder = QStringLiteral("C:\\ProgramData\\docker");
    // Kept means the certificate files themselves, wherever tls.certDir is (C:\ProgramData\docker itself too).
    QStringList certificates;
    for (const char *file : CertificateFiles::server) {
        const QString local = host.localPath(CertificateFiles::onHost(a.tls.certDir, file));
        if (!local.isEmpty())
            certificates << local;
    }
    if (keepData) {
        removeFile(host, a.scriptPath(), result);
        removeFile(host, dataFolder + QStringLiteral("\\tag.txt"), result);
        result.kept << tr("%1 (data)").arg(dataFolder);
    } else if (QFileInfo::exists(host.localPath(dataFolder))) {
        LocalFile::removeTree(host.localPath(dataFolder), keepCerts ? certificates : QStringList());
        result.removed << tr("%1 (data)").arg(dataFolder);
    }
    // Docker's data in a folder of its own (runtime.dataRoot) goes with the rest of the data, or stays with it.
    const QString dataRoot = a.runtime.dataRoot;
    const bool ownFolder =
        dataRoot.size() > 3 &&
        !(dataRoot + QLatin1Char('\\')).startsWith(dataFolder + QLatin1Char('\\'), Qt::CaseInsensitive);
    if (ownFolder) {
        const QString local = host.localPath(dataRoot);
        if (keepData || local.isEmpty()) {
            result.kept << tr("%1 (data)").arg(dataRoot);
        } else if (QFileInfo::exists(local)) {
            LocalFile::removeTree(local, keepCerts ? certificates : QStringList());
            result.removed << tr("%1 (data)").arg(dataRoot);
        }
    }
    if (keepCerts) {
        result.kept << tr("%1 (certificates)").arg(a.tls.certDir);
    } else {
        for (const char *file : CertificateFiles::server)
            removeFile(host, CertificateFiles::onHost(a.tls.certDir, file), result);
    }
    return result;
}
