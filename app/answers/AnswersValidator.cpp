#include "AnswersValidator.h"

#include "AnswerKeys.h"
#include "FieldRules.h"
#include "WindowsReleases.h"
#include "render/DaemonSetting.h"

#include <QRegularExpression>
#include <QUrl>

namespace {

void add(QStringList &problems, const char *key, const QString &why)
{
    if (!why.isEmpty())
        problems.append(QLatin1String(key) + QStringLiteral(": ") + why);
}

} // namespace

QStringList AnswersValidator::validate(const Answers &a)
{
    QStringList problems;
    if (a.version != Answers::CurrentVersion)
        add(problems, "version",
            tr("%1 is not an answer-file version this Berth reads (%2)").arg(a.version).arg(Answers::CurrentVersion));
    if (a.host.build != 0 && a.host.build < WindowsReleases::FirstContainerBuild)
        add(problems, "host.build",
            tr("build %1 cannot run Windows containers; they need build %2 (Server 2016, Windows 10 1607) or later")
                .arg(a.host.build)
                .arg(WindowsReleases::FirstContainerBuild));
    for (const auto &[key, path] : a.hostPaths())
        add(problems, key, FieldRules::windowsPath(path));
    checkBinaries(a, problems);
    checkService(a, problems);
    checkTls(a, problems);
    checkRuntime(a, problems);
    checkFirewall(a, problems);
    add(problems, "download.proxy", FieldRules::proxyUrl(a.download.proxy));
    checkScriptValues(a, problems);
    return problems;
}

QStringList AnswersValidator::warnings(const Answers &a)
{
    QStringList lines;
    // The daemon runs as SYSTEM: whoever may use its pipe may start a container that mounts the host's drives.
    if (!a.runtime.pipeGroup.isEmpty())
        add(lines, "runtime.pipeGroup",
            tr("members of %1 can become administrators of this host: whoever may use the daemon's named pipe may "
               "start containers that mount the host's drives, and the daemon runs as SYSTEM")
                .arg(a.runtime.pipeGroup));
    return lines;
}

void AnswersValidator::checkBinaries(const Answers &a, QStringList &problems)
{
    const BinariesSettings &b = a.binaries;
    add(problems, "binaries.sha256", FieldRules::sha256(b.sha256));
    add(problems, "binaries.installDir", FieldRules::userWritableFolder(b.installDir));
    if (b.source == Source::Keep) {
        // the binaries already on the host stay as they are
    } else if (b.source == Source::Local) {
        add(problems, "binaries.localPath", FieldRules::localFile(b.localPath));
    } else if (b.package == Package::Zip) {
        if (b.zipUrl.isEmpty()) {
            const QString why = FieldRules::dockerVersion(b.version);
            add(problems, "binaries.version", why.isEmpty() ? WindowsReleases::engineProblem(a.host, b.version) : why);
            add(problems, "binaries.indexUrl", FieldRules::url(b.indexUrl, a.download.allowHttp));
        } else {
            const QString why = FieldRules::url(b.zipUrl, a.download.allowHttp);
            // A mirror's zip named as Docker names it says its version.
            static const QRegularExpression named(QStringLiteral("/docker-(\\d+\\.\\d+\\.\\d+[^/]*)\\.zip$"));
            const QRegularExpressionMatch match = named.match(QUrl(b.zipUrl).path());
            add(problems, "binaries.zipUrl",
                !why.isEmpty() || !match.hasMatch() ? why : WindowsReleases::engineProblem(a.host, match.captured(1)));
        }
    } else if (b.package == Package::Exe) {
        add(problems, "binaries.dockerdUrl", FieldRules::url(b.dockerdUrl, a.download.allowHttp));
        add(problems, "binaries.dockerUrl", FieldRules::url(b.dockerUrl, a.download.allowHttp));
        add(problems, "binaries.dockerdSha256", FieldRules::sha256(b.dockerdSha256));
        add(problems, "binaries.dockerSha256", FieldRules::sha256(b.dockerSha256));
        if (!b.sha256.isEmpty())
            add(problems, "binaries.sha256",
                tr("a pin proves one file: pin the two downloads with binaries.dockerdSha256 and "
                   "binaries.dockerSha256"));
    }
}

void AnswersValidator::checkService(const Answers &a, QStringList &problems)
{
    const ServiceSettings &s = a.service;
    add(problems, "service.name", FieldRules::serviceName(s.name));
    // Get-ScheduledTask -TaskName takes wildcards: docker[1] would find docker1, and * every task.
    static const QRegularExpression wildcard(QStringLiteral("[][*?]"));
    if (s.manager == ServiceManager::ScheduledTask && s.name.contains(wildcard))
        add(problems, "service.name",
            tr("\"%1\" holds one of [ ] * ?, which PowerShell's task cmdlets read as a wildcard; a task's name has "
               "none")
                .arg(s.name));
    add(problems, "service.application.arguments", FieldRules::commandArguments(s.arguments));
    add(problems, "service.details.displayName", FieldRules::displayText(s.displayName, 256, true));
    add(problems, "service.details.description", FieldRules::displayText(s.description, 1024, false));
    if (s.timeout < 10 || s.timeout > 3600)
        add(problems, "service.timeout", tr("%1 is not a number of seconds from 10 to 3600").arg(s.timeout));

    if (s.manager == ServiceManager::Nssm) {
        if (a.nssm.source == Source::Keep)
            ; // nssm.exe on the host stays as it is
        else if (a.nssm.source == Source::Local)
            add(problems, "nssm.localPath", FieldRules::localFile(a.nssm.localPath));
        else
            add(problems, "nssm.url", FieldRules::url(a.nssm.url, a.download.allowHttp));
    }
    if (s.manager == ServiceManager::ScheduledTask && s.startup == StartupType::Disabled)
        add(problems, "service.details.startup",
            tr("a scheduled task always starts Docker at boot; \"disabled\" needs the nssm or native manager"));
}

void AnswersValidator::checkTls(const Answers &a, QStringList &problems)
{
    const TlsSettings &t = a.tls;
    add(problems, "tls.address", FieldRules::ipAddress(t.address));
    add(problems, "tls.port", FieldRules::port(t.port));
    if (t.days < 1 || t.days > 36500)
        add(problems, "tls.days", tr("%1 is not a number of days from 1 to 36500").arg(t.days));
    for (const QString &name : t.subjectAltNames)
        add(problems, "tls.subjectAltNames", FieldRules::hostName(name));
    if (t.enabled && t.generate && t.subjectAltNames.isEmpty())
        add(problems, "tls.subjectAltNames",
            tr("name at least one DNS name or address that clients use to reach this host, or the server "
               "certificate will match none"));
}

void AnswersValidator::checkRuntime(const Answers &a, QStringList &problems)
{
    const RuntimeSettings &r = a.runtime;
    add(problems, "runtime.pipeGroup", FieldRules::groupName(r.pipeGroup));
    add(problems, "runtime.pipeGroup", FieldRules::everyoneGroup(r.pipeGroup));
    if (r.dataRoot.size() == 3 && FieldRules::windowsPath(r.dataRoot).isEmpty())
        add(problems, "runtime.dataRoot",
            tr("%1 is a whole drive; name a folder on it (%2), which Docker's data has to itself")
                .arg(r.dataRoot, r.dataRoot + QStringLiteral("docker")));
    if (r.isolation == Isolation::Process && !WindowsReleases::processIsolation(a.host.edition, a.host.build))
        add(problems, "runtime.isolation",
            tr("Windows client before 1809 (build %1) runs containers with Hyper-V isolation only; this host is "
               "build %2")
                .arg(WindowsReleases::FirstModernBuild)
                .arg(a.host.build));
}

void AnswersValidator::checkFirewall(const Answers &a, QStringList &problems)
{
    const FirewallSettings &f = a.firewall;
    add(problems, "firewall.ruleName", FieldRules::firewallRuleName(f.ruleName));
    if (f.port != a.tls.port) // else tls.port's problem says it already
        add(problems, "firewall.port", FieldRules::port(f.port));
    for (const QString &address : f.remoteAddresses)
        add(problems, "firewall.remoteAddresses", FieldRules::firewallAddress(address));
    if (!f.enabled)
        return;
    if (!a.tls.enabled)
        add(problems, "firewall.enabled",
            tr("the rule would open TCP %1, but remote access (tls.enabled) is off and nothing listens there")
                .arg(f.port));
    else if (f.port != a.tls.port)
        add(problems, "firewall.port",
            tr("the rule opens TCP %1 but the daemon listens on tls.port %2").arg(f.port).arg(a.tls.port));
}

void AnswersValidator::checkScriptValues(const Answers &a, QStringList &problems)
{
    if (!a.usesStartScript())
        return; // the native service runs dockerd without the script
    add(problems, "binaries.installDir", FieldRules::asciiForScript(a.binaries.installDir));
    if (a.daemon.configStyle == ConfigStyle::DaemonJson)
        return; // the script then holds no flag
    add(problems, "tls.certDir", FieldRules::asciiForScript(a.tls.certDir));
    for (const DaemonSetting &setting : daemonSettings()) {
        if (setting.answer && answerKey(setting.answer).type == AnswerKey::String)
            add(problems, setting.answer, FieldRules::asciiForScript(answerKey(setting.answer).word(a)));
    }
}
