#include "DaemonJson.h"

#include "DaemonFlags.h"
#include "DaemonSetting.h"
#include "answers/JsonDuplicates.h"

#include <QJsonArray>
#include <QJsonDocument>

QJsonObject DaemonJson::settings(const Answers &a)
{
    QJsonObject json;
    for (const DaemonSetting &setting : daemonSettings()) {
        if (!setting.values)
            continue;
        const QStringList values = setting.values(a, a.tls.enabled);
        if (values.isEmpty())
            continue;
        // A listener in daemon.json names its scheme; the flag's does not need it.
        QStringList written = values;
        if (setting.listener && setting.list) {
            for (QString &value : written) {
                if (!value.contains(QLatin1String("://")))
                    value.prepend(QStringLiteral("tcp://"));
            }
        }
        json.insert(QLatin1String(setting.jsonKey), setting.json(written));
    }
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
    // Berth owns the keys it sets, whole, or in a list it shares with the admin only its own items.
    const QJsonObject ours = settings(answers);
    for (const DaemonSetting &setting : daemonSettings()) {
        const QString key = QLatin1String(setting.jsonKey);
        if (!setting.values || (setting.optional && !ours.contains(key)))
            continue;
        QJsonArray kept;
        for (const QJsonValue &item : *setting.owned ? merged.value(key).toArray() : QJsonArray()) {
            if (!item.toString().startsWith(QLatin1String(setting.owned), Qt::CaseInsensitive))
                kept.append(item);
        }
        merged.remove(key);
        if (*setting.owned) {
            for (const QJsonValue &item : ours.value(key).toArray())
                kept.append(item);
            if (!kept.isEmpty())
                merged.insert(key, kept);
        } else if (ours.contains(key)) {
            merged.insert(key, ours.value(key));
        }
    }
    return QJsonDocument(merged).toJson(QJsonDocument::Indented);
}

QStringList DaemonJson::conflicts(const QStringList &flags, const QJsonObject &daemonJson)
{
    QStringList found;
    for (const QString &flag : flags) {
        for (const DaemonSetting &setting : daemonSettings()) {
            const QString key = QLatin1String(setting.jsonKey);
            if (setting.named(flag) && daemonJson.contains(key)) {
                const QString line = tr("%1 is given as a flag and as \"%2\" in daemon.json; dockerd refuses to start")
                                         .arg(QLatin1String(setting.longFlag), key);
                if (!found.contains(line))
                    found.append(line);
            }
        }
    }
    return found;
}
