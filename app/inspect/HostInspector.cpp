#include "HostInspector.h"

#include "answers/AnswerKeys.h"

#include "host/LocalFile.h"

#include "host/FirewallRules.h"
#include "host/HostFacts.h"
#include "host/RegistryKey.h"
#include "host/ServiceRegistration.h"
#include "host/StartType.h"
#include "render/DaemonFlags.h"
#include "render/DaemonJson.h"
#include "render/DaemonScript.h"
#include "render/DaemonSetting.h"
#include "render/ServiceCommands.h"
#include "tls/CertificateCheck.h"
#include "tls/CertificateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

bool HostInspector::readScript(const QByteArray &script, Answers *answers)
{
    const QStringList lines = QString::fromLatin1(script).split(QStringLiteral("\r\n"));
    Answers a = *answers;
    QString certs;
    static const QRegularExpression setCerts(QStringLiteral("^set \"?certs=(.*?)\"?$"));
    for (const QString &line : lines) {
        const QRegularExpressionMatch match = setCerts.match(line);
        if (match.hasMatch())
            certs = match.captured(1).replace(QStringLiteral("%ProgramData%"), QStringLiteral("C:\\ProgramData"),
                                              Qt::CaseInsensitive);
    }
    const qsizetype secure = lines.indexOf(QStringLiteral(":secure"));
    const qsizetype plain = lines.indexOf(QStringLiteral(":run"));
    if (plain < 0)
        return false;
    QString command;
    if (secure >= 0) {
        command = lines.value(secure + 2);
        command.replace(QStringLiteral("%certs%"), certs);
        a.daemon.configStyle = ConfigStyle::Script;
    } else {
        command = lines.value(plain + 3);
        a.daemon.configStyle = ConfigStyle::DaemonJson;
    }
    const QStringList argv = HostCommand::splitCommandLine(command);
    if (argv.isEmpty())
        return false;
    const QString dockerd = argv.first();
    a.binaries.installDir = dockerd.compare(QLatin1String("dockerd"), Qt::CaseInsensitive) == 0
                                ? QStringLiteral("C:\\Windows\\System32")
                                : dockerd.section(QLatin1Char('\\'), 0, -2);
    const bool tlsWas = a.tls.enabled;
    DaemonFlags::read(argv.mid(1), a);
    a.tls.enabled = tlsWas; // the script listens on TCP only when certificates and tag.txt are there
    if (!certs.isEmpty())
        a.tls.certDir = certs;
    if (DaemonScript::render(a) != script)
        return false;
    *answers = a;
    return true;
}

void HostInspector::readDaemonJson(const QJsonObject &json, Answers &a)
{
    for (const DaemonSetting &setting : daemonSettings()) {
        if (setting.read)
            setting.read(setting.valuesOf(json.value(QLatin1String(setting.jsonKey))), a);
    }
}

void HostInspector::readNssm(const WindowsHost &host, const QString &name, Result &result)
{
    Answers &a = result.answers;
    const RegistryKey service = RegistryKey::readExact(host, ServiceRegistration::serviceKey(name));
    const RegistryKey parameters =
        RegistryKey::readExact(host, ServiceRegistration::serviceKey(name) + QStringLiteral("\\Parameters"));
    auto value = [&](const char *parameter) {
        return ServiceRegistration::nssmValue(service, parameters, QLatin1String(parameter));
    };
    a.service.manager = ServiceManager::Nssm;
    a.service.applicationPath = value("Application");
    a.service.startupDirectory = value("AppDirectory");
    a.service.arguments = value("AppParameters");
    a.service.displayName = value("DisplayName");
    a.service.description = value("Description");
    a.service.startup = ServiceCommands::startupFromNssm(value("Start"));
    a.service.stdoutPath = value("AppStdout");
    a.service.stderrPath = value("AppStderr");
    a.service.noConsole = value("AppNoConsole") == QLatin1String("1");
    if (a.host.build == 14393)
        a.service.dependOnConDrv = value("DependOnService").split(QLatin1Char(' ')).contains(QStringLiteral("ConDrv"));
}

void HostInspector::readNative(const QString &imagePath, Result &result)
{
    Answers &a = result.answers;
    QStringList flags;
    ServiceRegistration::dockerdFlags(imagePath, &flags);
    a.service.manager = ServiceManager::Native;
    a.binaries.installDir = HostCommand::splitCommandLine(imagePath).first().section(QLatin1Char('\\'), 0, -2);
    a.daemon.configStyle = flags.contains(QStringLiteral("-H")) ? ConfigStyle::Script : ConfigStyle::DaemonJson;
    DaemonFlags::read(flags, a);
}

void HostInspector::checkFiles(const WindowsHost &host, Result &result)
{
    const Answers &a = result.answers;
    auto exists = [&](const QString &windowsPath) { return QFileInfo::exists(host.localPath(windowsPath)); };
    if (a.service.manager == ServiceManager::Nssm && !exists(a.service.applicationPath))
        result.problems << tr("the service runs %1, which is not there").arg(a.service.applicationPath);
    for (const QString &log : {a.service.stdoutPath, a.service.stderrPath}) {
        const QString folder = log.section(QLatin1Char('\\'), 0, -2);
        if (!exists(folder + QLatin1Char('\\')))
            result.problems << tr("the log %1 is in a folder that does not exist").arg(log);
    }
    if (a.binaries.source != Source::Keep)
        result.problems << tr("%1 is not there").arg(ServiceCommands::dockerdExe(a));
}

HostInspector::Result HostInspector::inspect(const WindowsHost &host, const QString &name)
{
    Result result;
    Answers &a = result.answers;
    const HostFacts facts = HostFacts::read(host, name);
    if (facts.edition)
        a.host.edition = *facts.edition;
    a.host.build = facts.build;
    a.service.name = name;

    const RegistryKey service = RegistryKey::readExact(host, ServiceRegistration::serviceKey(name));
    const QString image = service.text(QStringLiteral("ImagePath"));
    QStringList flags;
    const QByteArray task = LocalFile::read(host.localPath(QStringLiteral("C:\\Windows\\System32\\Tasks\\") + name));
    if (service.exists()) {
        result.found = true;
        if (ServiceRegistration::isRunByNssm(service)) {
            readNssm(host, name, result);
            a.nssm.source = Source::Keep;
        } else if (ServiceRegistration::dockerdFlags(image, &flags)) {
            readNative(image, result);
            a.service.displayName = service.text(QStringLiteral("DisplayName"));
            a.service.description = service.text(QStringLiteral("Description"));
            const StartType *start = StartType::of(service);
            a.service.startup = start ? start->answer : StartupType::Auto;
        } else {
            result.problems << tr("the service %1 runs %2, which Berth does not manage").arg(name, image);
        }
    } else if (!task.isEmpty()) {
        result.found = true;
        a.service.manager = ServiceManager::ScheduledTask;
        const QStringList argv = HostCommand::splitCommandLine(ServiceRegistration::taskArguments(task));
        const qsizetype out = argv.indexOf(QStringLiteral(">"));
        if (out >= 0)
            a.service.stdoutPath = a.service.stderrPath = argv.value(out + 1);
        const qsizetype err = argv.indexOf(QStringLiteral("2>"));
        if (err >= 0)
            a.service.stderrPath = argv.value(err + 1);
    }

    if (a.usesStartScript()) {
        const QByteArray script = LocalFile::read(host.localPath(a.scriptPath()));
        if (script.isEmpty())
            result.problems << tr("%1 is not there").arg(a.scriptPath());
        else if (!readScript(script, &a))
            result.problems
                << tr("%1 is neither the manual procedure's script nor one Berth writes; an apply replaces it")
                       .arg(a.scriptPath());
    }
    if (QFileInfo::exists(host.localPath(ServiceCommands::dockerdExe(a))))
        a.binaries.source = Source::Keep;

    const QByteArray jsonText = LocalFile::read(host.localPath(a.daemonJsonPath()));
    const QJsonObject json = QJsonDocument::fromJson(jsonText).object();
    const bool jsonStyle = a.daemon.configStyle == ConfigStyle::DaemonJson;
    if (jsonStyle) {
        readDaemonJson(json, a);
    } else if (!json.isEmpty()) {
        const QStringList scriptFlags = a.service.manager == ServiceManager::Native ? flags : DaemonFlags::all(a, true);
        for (const QString &conflict : DaemonJson::conflicts(scriptFlags, json))
            result.problems << conflict;
    }

    bool certsThere = true;
    for (const char *file : CertificateFiles::server)
        certsThere = certsThere && QFileInfo::exists(host.localPath(DaemonFlags::certFile(a, file)));
    if (a.scriptCarriesFlags()) {
        const bool tag = QFileInfo::exists(host.localPath(a.tagPath()));
        a.tls.enabled = certsThere && tag;
        if (tag && !certsThere)
            result.problems << tr("tag.txt asks the script for its secure branch, but the certificates in %1 are "
                                  "missing")
                                   .arg(a.tls.certDir);
    } else if (a.tls.enabled && !certsThere) {
        result.problems << tr("dockerd is set to use TLS, but the certificates in %1 are missing").arg(a.tls.certDir);
    }
    a.tls.generate = !a.tls.enabled;
    // The names clients reach it by, for certificates made anew (a renewal keeps them).
    if (a.tls.enabled)
        a.tls.subjectAltNames =
            CertificateCheck::names(host.localPath(DaemonFlags::certFile(a, CertificateFiles::serverCert)));

    a.firewall.enabled = false;
    a.firewall.port = a.tls.port;
    // The manual procedure names its rule "Docker daemon " with a trailing space; Berth names it without.
    for (const QString &rule : {a.firewall.ruleName, a.firewall.ruleName + QLatin1Char(' ')}) {
        const QList<FirewallRule> found = FirewallRules::named(host, rule);
        if (found.isEmpty())
            continue;
        a.firewall.enabled = true;
        a.firewall.ruleName = rule;
        a.firewall.port = found.first().localPorts.value(0).toInt();
        for (const QString &address : found.first().remoteAddresses)
            a.firewall.remoteAddresses << FirewallRules::displayed(address);
        break;
    }
    if (result.found)
        checkFiles(host, result);
    return result;
}
