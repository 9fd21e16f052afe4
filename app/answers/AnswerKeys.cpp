#include "AnswerKeys.h"

#include "Answers.h"

#define BERTH_KEY(path, type, member)                                                                                  \
    AnswerKey                                                                                                          \
    {                                                                                                                  \
        path, AnswerKey::type, [](Answers &a) -> void * { return &a.member; }                                          \
    }

const QList<AnswerKey> &answerKeys()
{
    static const QList<AnswerKey> keys = {
        BERTH_KEY("version", Integer, version),
        BERTH_KEY("host.edition", String, host.edition),
        BERTH_KEY("host.build", Integer, host.build),
        BERTH_KEY("binaries.source", String, binaries.source),
        BERTH_KEY("binaries.package", String, binaries.package),
        BERTH_KEY("binaries.version", String, binaries.version),
        BERTH_KEY("binaries.zipUrl", String, binaries.zipUrl),
        BERTH_KEY("binaries.dockerdUrl", String, binaries.dockerdUrl),
        BERTH_KEY("binaries.dockerUrl", String, binaries.dockerUrl),
        BERTH_KEY("binaries.localPath", String, binaries.localPath),
        BERTH_KEY("binaries.sha256", String, binaries.sha256),
        BERTH_KEY("binaries.dockerdSha256", String, binaries.dockerdSha256),
        BERTH_KEY("binaries.dockerSha256", String, binaries.dockerSha256),
        BERTH_KEY("binaries.installDir", String, binaries.installDir),
        BERTH_KEY("service.manager", String, service.manager),
        BERTH_KEY("service.name", String, service.name),
        BERTH_KEY("service.application.path", String, service.applicationPath),
        BERTH_KEY("service.application.startupDirectory", String, service.startupDirectory),
        BERTH_KEY("service.application.arguments", String, service.arguments),
        BERTH_KEY("service.details.displayName", String, service.displayName),
        BERTH_KEY("service.details.description", String, service.description),
        BERTH_KEY("service.details.startup", String, service.startup),
        BERTH_KEY("service.io.stdout", String, service.stdoutPath),
        BERTH_KEY("service.io.stderr", String, service.stderrPath),
        BERTH_KEY("service.noConsole", Boolean, service.noConsole),
        BERTH_KEY("service.dependOnConDrv", Boolean, service.dependOnConDrv),
        BERTH_KEY("nssm.source", String, nssm.source),
        BERTH_KEY("nssm.url", String, nssm.url),
        BERTH_KEY("nssm.localPath", String, nssm.localPath),
        BERTH_KEY("nssm.sha256", String, nssm.sha256),
        BERTH_KEY("tls.enabled", Boolean, tls.enabled),
        BERTH_KEY("tls.address", String, tls.address),
        BERTH_KEY("tls.port", Integer, tls.port),
        BERTH_KEY("tls.certDir", String, tls.certDir),
        BERTH_KEY("tls.generate", Boolean, tls.generate),
        BERTH_KEY("tls.subjectAltNames", StringList, tls.subjectAltNames),
        BERTH_KEY("tls.keyType", String, tls.keyType),
        BERTH_KEY("tls.days", Integer, tls.days),
        BERTH_KEY("runtime.isolation", String, runtime.isolation),
        BERTH_KEY("runtime.pipeGroup", String, runtime.pipeGroup),
        BERTH_KEY("runtime.debug", Boolean, runtime.debug),
        BERTH_KEY("firewall.enabled", Boolean, firewall.enabled),
        BERTH_KEY("firewall.ruleName", String, firewall.ruleName),
        BERTH_KEY("firewall.port", Integer, firewall.port),
        BERTH_KEY("firewall.remoteAddresses", StringList, firewall.remoteAddresses),
        BERTH_KEY("daemon.configStyle", String, daemon.configStyle),
        BERTH_KEY("download.allowHttp", Boolean, download.allowHttp),
        BERTH_KEY("download.proxy", String, download.proxy),
    };
    return keys;
}
