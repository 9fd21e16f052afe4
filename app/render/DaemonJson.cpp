#include "DaemonJson.h"

#include "DaemonFlags.h"
#include "answers/JsonDuplicates.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

const QStringList OwnedKeys = {QStringLiteral("hosts"),   QStringLiteral("tlsverify"), QStringLiteral("tlscacert"),
                               QStringLiteral("tlscert"), QStringLiteral("tlskey"),    QStringLiteral("group"),
                               QStringLiteral("debug")};

// dockerd flag (long and short form) and the daemon.json key it sets.
struct FlagKey
{
    const char *longFlag;
    const char *shortFlag;
    const char *key;
};
const FlagKey FlagKeys[] = {
    {"--host", "-H", "hosts"},
    {"--tlsverify", nullptr, "tlsverify"},
    {"--tlscacert", nullptr, "tlscacert"},
    {"--tlscert", nullptr, "tlscert"},
    {"--tlskey", nullptr, "tlskey"},
    {"--group", "-G", "group"},
    {"--debug", "-D", "debug"},
    {"--exec-opt", nullptr, "exec-opts"},
    {"--tls", nullptr, "tls"},
    {"--data-root", nullptr, "data-root"},
    {"--log-level", "-l", "log-level"},
};

bool isIsolation(const QJsonValue &value)
{
    return value.toString().startsWith(QLatin1String("isolation="), Qt::CaseInsensitive);
}

} // namespace

QJsonObject DaemonJson::settings(const Answers &a)
{
    QJsonObject json;
    QJsonArray hosts{QStringLiteral("npipe://")};
    if (a.tls.enabled) {
        hosts.append(QStringLiteral("tcp://") + DaemonFlags::tcpHost(a));
        json.insert(QStringLiteral("tlsverify"), true);
        json.insert(QStringLiteral("tlscacert"), DaemonFlags::certFile(a, "ca.pem"));
        json.insert(QStringLiteral("tlscert"), DaemonFlags::certFile(a, "server-cert.pem"));
        json.insert(QStringLiteral("tlskey"), DaemonFlags::certFile(a, "server-key.pem"));
    }
    json.insert(QStringLiteral("hosts"), hosts);
    if (!a.runtime.pipeGroup.isEmpty())
        json.insert(QStringLiteral("group"), a.runtime.pipeGroup);
    if (a.runtime.debug)
        json.insert(QStringLiteral("debug"), true);
    if (a.runtime.isolation != QLatin1String("default"))
        json.insert(QStringLiteral("exec-opts"), QJsonArray{QStringLiteral("isolation=") + a.runtime.isolation});
    return json;
}

QByteArray DaemonJson::render(const Answers &answers, const QByteArray &existing, QString *error)
{
    QJsonObject merged;
    if (!existing.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(existing, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            if (error)
                *error = tr("the existing daemon.json is not a JSON object (%1); Berth leaves it as it is")
                             .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                               : tr("another JSON value"));
            return {};
        }
        const QStringList twice = JsonDuplicates::find(existing);
        if (!twice.isEmpty()) {
            if (error)
                *error = tr("the existing daemon.json gives %1 more than once; Berth leaves it as it is")
                             .arg(twice.join(QStringLiteral(", ")));
            return {};
        }
        merged = document.object();
        // U+FEFF inside the file (not as its byte order mark) is invisible to the admin, and Qt keeps it in a
        // name while showing the name without it: exec-opts would be written back twice.
        const QByteArray body = existing.startsWith("\xef\xbb\xbf") ? existing.mid(3) : existing;
        if (body.contains("\xef\xbb\xbf") || body.toLower().contains("\\ufeff")) {
            if (error)
                *error = tr("the existing daemon.json has an invisible U+FEFF inside; Berth leaves it as it is");
            return {};
        }
    }
    for (const QString &key : OwnedKeys)
        merged.remove(key);

    QJsonArray execOpts;
    for (const QJsonValue &option : merged.value(QStringLiteral("exec-opts")).toArray()) {
        if (!isIsolation(option))
            execOpts.append(option);
    }
    const QJsonObject ours = settings(answers);
    for (auto it = ours.begin(); it != ours.end(); ++it) {
        if (it.key() != QLatin1String("exec-opts"))
            merged.insert(it.key(), it.value());
    }
    for (const QJsonValue &option : ours.value(QStringLiteral("exec-opts")).toArray())
        execOpts.append(option);
    if (execOpts.isEmpty())
        merged.remove(QStringLiteral("exec-opts"));
    else
        merged.insert(QStringLiteral("exec-opts"), execOpts);
    return QJsonDocument(merged).toJson(QJsonDocument::Indented);
}

QStringList DaemonJson::conflicts(const QStringList &flags, const QJsonObject &daemonJson)
{
    QStringList found;
    for (const QString &flag : flags) {
        const QString name = flag.section(QLatin1Char('='), 0, 0);
        for (const FlagKey &pair : FlagKeys) {
            const bool matches =
                name == QLatin1String(pair.longFlag) || (pair.shortFlag && name == QLatin1String(pair.shortFlag));
            const QString key = QLatin1String(pair.key);
            if (matches && daemonJson.contains(key)) {
                const QString line = tr("%1 is given as a flag and as \"%2\" in daemon.json; dockerd refuses to start")
                                         .arg(QLatin1String(pair.longFlag), key);
                if (!found.contains(line))
                    found.append(line);
            }
        }
    }
    return found;
}
