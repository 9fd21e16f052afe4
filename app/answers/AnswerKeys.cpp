#include "AnswerKeys.h"

#include "Answers.h"
#include "WindowsReleases.h"

#include <QJsonArray>
#include <QtGlobal>

#define BERTH_MEMBER(member) [](Answers &a) -> void * { return &a.member; }
#define BERTH_KEY(path, type, member)                                                                                  \
    AnswerKey                                                                                                          \
    {                                                                                                                  \
        path, AnswerKey::type, BERTH_MEMBER(member)                                                                    \
    }
#define BERTH_CHOICE(path, member, words)                                                                              \
    AnswerKey                                                                                                          \
    {                                                                                                                  \
        path, AnswerKey::Choice, BERTH_MEMBER(member), QString::fromLatin1(words).split(QLatin1Char(' ')),             \
            AnswerKey::NotPath, [](const Answers &a) { return int(a.member); },                                        \
            [](Answers &a, int index) { a.member = decltype(a.member)(index); }                                        \
    }
#define BERTH_PATH(path, member, kind)                                                                                 \
    AnswerKey                                                                                                          \
    {                                                                                                                  \
        path, AnswerKey::String, BERTH_MEMBER(member), {}, AnswerKey::kind                                             \
    }

const QList<AnswerKey> &answerKeys()
{
    static const QList<AnswerKey> keys = {
        BERTH_KEY("version", Integer, version),
        BERTH_CHOICE("host.edition", host.edition, "server nano client"),
        BERTH_KEY("host.build", Integer, host.build),
        BERTH_CHOICE("binaries.source", binaries.source, "download local keep"),
        BERTH_CHOICE("binaries.package", binaries.package, "zip exe"),
        BERTH_KEY("binaries.version", String, binaries.version),
        BERTH_KEY("binaries.zipUrl", String, binaries.zipUrl),
        BERTH_KEY("binaries.indexUrl", String, binaries.indexUrl),
        BERTH_KEY("binaries.dockerdUrl", String, binaries.dockerdUrl),
        BERTH_KEY("binaries.dockerUrl", String, binaries.dockerUrl),
        BERTH_KEY("binaries.localPath", String, binaries.localPath),
        BERTH_KEY("binaries.sha256", String, binaries.sha256),
        BERTH_KEY("binaries.dockerdSha256", String, binaries.dockerdSha256),
        BERTH_KEY("binaries.dockerSha256", String, binaries.dockerSha256),
        BERTH_PATH("binaries.installDir", binaries.installDir, RequiredPath),
        BERTH_CHOICE("service.manager", service.manager, "nssm native scheduled-task"),
        BERTH_KEY("service.name", String, service.name),
        BERTH_PATH("service.application.path", service.applicationPath, RequiredPath),
        BERTH_PATH("service.application.startupDirectory", service.startupDirectory, RequiredPath),
        BERTH_KEY("service.application.arguments", String, service.arguments),
        BERTH_KEY("service.details.displayName", String, service.displayName),
        BERTH_KEY("service.details.description", String, service.description),
        BERTH_CHOICE("service.details.startup", service.startup, "auto delayed-auto manual disabled"),
        BERTH_PATH("service.io.stdout", service.stdoutPath, RequiredPath),
        BERTH_PATH("service.io.stderr", service.stderrPath, RequiredPath),
        BERTH_KEY("service.noConsole", Boolean, service.noConsole),
        BERTH_KEY("service.dependOnConDrv", Boolean, service.dependOnConDrv),
        BERTH_KEY("service.timeout", Integer, service.timeout),
        BERTH_CHOICE("nssm.source", nssm.source, "download local keep"),
        BERTH_KEY("nssm.url", String, nssm.url),
        BERTH_KEY("nssm.localPath", String, nssm.localPath),
        BERTH_KEY("nssm.sha256", String, nssm.sha256),
        BERTH_KEY("tls.enabled", Boolean, tls.enabled),
        BERTH_KEY("tls.address", String, tls.address),
        BERTH_KEY("tls.port", Integer, tls.port),
        BERTH_PATH("tls.certDir", tls.certDir, RequiredPath),
        BERTH_KEY("tls.generate", Boolean, tls.generate),
        BERTH_KEY("tls.subjectAltNames", StringList, tls.subjectAltNames),
        BERTH_CHOICE("tls.keyType", tls.keyType, "rsa4096 ecdsa-p256"),
        BERTH_KEY("tls.days", Integer, tls.days),
        BERTH_CHOICE("runtime.isolation", runtime.isolation, "default process hyperv"),
        BERTH_KEY("runtime.pipeGroup", String, runtime.pipeGroup),
        BERTH_KEY("runtime.debug", Boolean, runtime.debug),
        BERTH_PATH("runtime.dataRoot", runtime.dataRoot, OptionalPath),
        BERTH_KEY("firewall.enabled", Boolean, firewall.enabled),
        BERTH_KEY("firewall.ruleName", String, firewall.ruleName),
        BERTH_KEY("firewall.port", Integer, firewall.port),
        BERTH_KEY("firewall.remoteAddresses", StringList, firewall.remoteAddresses),
        BERTH_CHOICE("daemon.configStyle", daemon.configStyle, "script daemon-json"),
        BERTH_KEY("download.allowHttp", Boolean, download.allowHttp),
        BERTH_KEY("download.proxy", String, download.proxy),
    };
    return keys;
}

const AnswerKey &answerKey(const char *path)
{
    for (const AnswerKey &key : answerKeys()) {
        if (qstrcmp(key.path, path) == 0)
            return key;
    }
    qFatal("answerKey: %s is not an answer key", path);
}

QJsonValue AnswerKey::json(const Answers &answers) const
{
    const void *value = member(const_cast<Answers &>(answers)); // only read here
    switch (type) {
    case String:
        return *static_cast<const QString *>(value);
    case Integer:
        return *static_cast<const int *>(value);
    case Boolean:
        return *static_cast<const bool *>(value);
    case StringList:
        return QJsonArray::fromStringList(*static_cast<const QStringList *>(value));
    case Choice:
        return choices.value(choice(answers));
    }
    return {};
}

QString AnswerKey::word(const Answers &answers) const
{
    return type == Choice ? choices.value(choice(answers)) : text(answers);
}

const QList<FollowingAnswer> &followingAnswers()
{
    static const QList<FollowingAnswer> following{
        {"service.manager", "host.edition",
         [](const Answers &a) -> QJsonValue {
             return wordOf(a.host.edition == Edition::Nano ? ServiceManager::ScheduledTask : ServiceManager::Nssm);
         }},
        // The engine the host runs: Server 2016 and Nano Server end at 20.10.24 (WindowsReleases).
        {"binaries.version", "host.edition",
         [](const Answers &a) -> QJsonValue { return WindowsReleases::defaultEngine(a.host); }},
        {"binaries.version", "host.build",
         [](const Answers &a) -> QJsonValue { return WindowsReleases::defaultEngine(a.host); }},
        {"firewall.enabled", "tls.enabled", [](const Answers &a) -> QJsonValue { return a.tls.enabled; }},
        {"firewall.port", "tls.port", [](const Answers &a) -> QJsonValue { return a.tls.port; }},
    };
    return following;
}
