#include "DaemonSetting.h"

#include "answers/AnswerKeys.h"

#include "DaemonFlags.h"
#include "tls/CertificateFiles.h"

#include <QJsonArray>

namespace {

QStringList nothingIfEmpty(const QString &value)
{
    return value.isEmpty() ? QStringList() : QStringList{value};
}

// A TCP listener "tcp://ADDRESS:PORT" or "ADDRESS:PORT", IPv6 in brackets, is remote access on.
void readHosts(const QStringList &hosts, Answers &a)
{
    for (QString host : hosts) {
        if (host.startsWith(QLatin1String("npipe:")))
            continue;
        host.remove(QStringLiteral("tcp://"));
        const qsizetype colon = host.lastIndexOf(QLatin1Char(':'));
        a.tls.address = host.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']'));
        a.tls.port = host.mid(colon + 1).toInt();
        a.tls.enabled = true;
    }
}

} // namespace

bool DaemonSetting::named(const QString &flag) const
{
    const QString name = flag.section(QLatin1Char('='), 0, 0);
    return name == QLatin1String(longFlag) || (shortFlag && name == QLatin1String(shortFlag));
}

QJsonValue DaemonSetting::json(const QStringList &values) const
{
    if (form == Switch)
        return true;
    if (list)
        return QJsonArray::fromStringList(values);
    return values.value(0);
}

QStringList DaemonSetting::valuesOf(const QJsonValue &json) const
{
    if (form == Switch)
        return json.toBool() ? QStringList{QString()} : QStringList();
    if (json.isArray()) {
        QStringList values;
        for (const QJsonValue &item : json.toArray())
            values << item.toString();
        return values;
    }
    return nothingIfEmpty(json.toString());
}

const QList<DaemonSetting> &daemonSettings()
{
    using S = DaemonSetting;
    static const QList<DaemonSetting> settings{
        {"--host", "-H", "hosts", S::Separate, nullptr, true, true, "", false,
         [](const Answers &a, bool secure) {
             QStringList hosts{QStringLiteral("npipe://")};
             if (secure)
                 hosts << DaemonFlags::tcpHost(a);
             return hosts;
         },
         readHosts},
        {"--tlsverify", nullptr, "tlsverify", S::Switch, nullptr, false, true, "", false,
         [](const Answers &, bool secure) { return secure ? QStringList{QString()} : QStringList(); }, nullptr},
        {"--tlscacert", nullptr, "tlscacert", S::Joined, nullptr, false, true, "", false,
         [](const Answers &a, bool secure) {
             return secure ? QStringList{DaemonFlags::certFile(a, CertificateFiles::ca)} : QStringList();
         },
         [](const QStringList &values, Answers &a) {
             if (!values.isEmpty())
                 a.tls.certDir = values.first().section(QLatin1Char('\\'), 0, -2);
         }},
        {"--tlscert", nullptr, "tlscert", S::Joined, nullptr, false, true, "", false,
         [](const Answers &a, bool secure) {
             return secure ? QStringList{DaemonFlags::certFile(a, CertificateFiles::serverCert)} : QStringList();
         },
         nullptr},
        {"--tlskey", nullptr, "tlskey", S::Joined, nullptr, false, true, "", false,
         [](const Answers &a, bool secure) {
             return secure ? QStringList{DaemonFlags::certFile(a, CertificateFiles::serverKey)} : QStringList();
         },
         nullptr},
        {"--group", "-G", "group", S::Separate, "runtime.pipeGroup", false, false, "", false,
         [](const Answers &a, bool) { return nothingIfEmpty(a.runtime.pipeGroup); },
         [](const QStringList &values, Answers &a) { a.runtime.pipeGroup = values.value(0); }},
        {"--debug", "-D", "debug", S::Switch, "runtime.debug", false, false, "", false,
         [](const Answers &a, bool) { return a.runtime.debug ? QStringList{QString()} : QStringList(); },
         [](const QStringList &values, Answers &a) { a.runtime.debug = !values.isEmpty(); }},
        {"--exec-opt", nullptr, "exec-opts", S::Separate, "runtime.isolation", true, false, "isolation=", false,
         [](const Answers &a, bool) {
             return a.runtime.isolation == Isolation::Default
                        ? QStringList()
                        : QStringList{QStringLiteral("isolation=") + wordOf(a.runtime.isolation)};
         },
         [](const QStringList &values, Answers &a) {
             a.runtime.isolation = Isolation::Default;
             for (const QString &value : values) {
                 if (value.startsWith(QLatin1String("isolation=")))
                     a.runtime.isolation = fromWord<Isolation>(value.mid(10)).value_or(Isolation::Default);
             }
         }},
        {"--tls", nullptr, "tls", S::Switch},
        {"--data-root", nullptr, "data-root", S::Separate, "runtime.dataRoot", false, false, "", true,
         [](const Answers &a, bool) { return nothingIfEmpty(a.runtime.dataRoot); },
         [](const QStringList &values, Answers &a) { a.runtime.dataRoot = values.value(0); }},
        {"--log-level", "-l", "log-level", S::Separate},
    };
    return settings;
}
