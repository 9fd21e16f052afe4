#include "Answers.h"

#include "AnswerKeys.h"
#include "FieldRules.h"
#include "JsonDuplicates.h"
#include "fetch/DockerReleases.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

#include <cmath>
#include <limits>

namespace {

const AnswerKey *findKey(const QString &path)
{
    for (const AnswerKey &key : answerKeys()) {
        if (path == QLatin1String(key.path))
            return &key;
    }
    return nullptr;
}

bool isSection(const QString &path)
{
    const QString prefix = path + QLatin1Char('.');
    for (const AnswerKey &key : answerKeys()) {
        if (QLatin1String(key.path).startsWith(prefix))
            return true;
    }
    return false;
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::Array:
        return Answers::tr("a list");
    case QJsonValue::Object:
        return Answers::tr("an object");
    default:
        return QStringLiteral("null");
    }
}

// Stores value into the member bound to key, or says why it cannot.
QString assign(const AnswerKey &key, const QJsonValue &value, Answers &answers)
{
    void *member = key.member(answers);
    switch (key.type) {
    case AnswerKey::String:
        if (!value.isString())
            return Answers::tr("expected text, got %1").arg(describe(value));
        *static_cast<QString *>(member) = value.toString();
        return {};
    case AnswerKey::Choice: {
        if (!value.isString())
            return Answers::tr("expected text, got %1").arg(describe(value));
        const qsizetype index = key.choices.indexOf(value.toString());
        if (index < 0)
            return FieldRules::oneOf(value.toString(), key.choices);
        key.choose(answers, int(index));
        return {};
    }
    case AnswerKey::Boolean:
        if (!value.isBool())
            return Answers::tr("expected true or false, got %1").arg(describe(value));
        *static_cast<bool *>(member) = value.toBool();
        return {};
    case AnswerKey::Integer: {
        const double number = value.toDouble();
        if (!value.isDouble() || std::floor(number) != number || std::abs(number) > std::numeric_limits<int>::max())
            return Answers::tr("expected a whole number, got %1").arg(describe(value));
        *static_cast<int *>(member) = static_cast<int>(number);
        return {};
    }
    case AnswerKey::StringList: {
        if (!value.isArray())
            return Answers::tr("expected a list of text, got %1").arg(describe(value));
        QStringList list;
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString())
                return Answers::tr("expected a list of text, but it holds %1").arg(describe(item));
            list.append(item.toString());
        }
        *static_cast<QStringList *>(member) = list;
        return {};
    }
    }
    return {};
}

void read(const QJsonObject &object, const QString &prefix, Answers &answers, QSet<QString> &seen,
          QStringList *problems)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (const AnswerKey *key = findKey(path)) {
            const QString why = assign(*key, it.value(), answers);
            if (why.isEmpty())
                seen.insert(path);
            else if (problems)
                problems->append(path + QStringLiteral(": ") + why);
        } else if (isSection(path)) {
            if (it.value().isObject())
                read(it.value().toObject(), path, answers, seen, problems);
            else if (problems)
                problems->append(path + QStringLiteral(": ") +
                                 Answers::tr("expected an object, got %1").arg(describe(it.value())));
        } else if (problems) {
            problems->append(path + QStringLiteral(": ") + Answers::tr("unknown key"));
        }
    }
}

void insert(QJsonObject &object, QStringList path, const QJsonValue &value)
{
    const QString head = path.takeFirst();
    if (path.isEmpty()) {
        object.insert(head, value);
        return;
    }
    QJsonObject child = object.value(head).toObject();
    insert(child, path, value);
    object.insert(head, child);
}

} // namespace

Answers Answers::fromJson(const QJsonObject &json, QStringList *problems)
{
    Answers answers;
    QSet<QString> seen;
    read(json, QString(), answers, seen, problems);

    for (const FollowingAnswer &following : followingAnswers()) {
        if (!seen.contains(QLatin1String(following.key)))
            assign(answerKey(following.key), following.derived(answers), answers);
    }
    return answers;
}

Answers Answers::fromFile(const QString &fileName, QStringList *problems)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        problems->append(fileName + QStringLiteral(": ") + file.errorString());
        return {};
    }
    return fromText(file.readAll(), fileName, problems);
}

Answers Answers::fromText(const QByteArray &text, const QString &fileName, QStringList *problems)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        problems->append(fileName + QStringLiteral(": ") +
                         Answers::tr("not valid JSON at byte %1: %2").arg(error.offset).arg(error.errorString()));
        return {};
    }
    if (!document.isObject()) {
        problems->append(fileName + QStringLiteral(": ") + Answers::tr("an answer file is a JSON object"));
        return {};
    }
    for (const QString &path : JsonDuplicates::find(text))
        problems->append(
            path + QStringLiteral(": ") +
            Answers::tr("given more than once in %1; say it once, so that it is clear which counts").arg(fileName));
    return fromJson(document.object(), problems);
}

bool Answers::saveToFile(const QString &fileName, QString *error) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented)) < 0 ||
        !file.commit()) {
        *error = tr("cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

QJsonObject Answers::toJson() const
{
    QJsonObject json;
    for (const AnswerKey &key : answerKeys())
        insert(json, QString::fromLatin1(key.path).split(QLatin1Char('.')), key.json(*this));
    return json;
}

bool Answers::follow(const Answers &before)
{
    bool changed = false;
    for (const FollowingAnswer &following : followingAnswers()) {
        const AnswerKey &key = answerKey(following.key);
        const AnswerKey &source = answerKey(following.follows);
        if (source.json(before) == source.json(*this) || key.json(*this) != following.derived(before))
            continue;
        const QJsonValue derived = following.derived(*this);
        if (key.json(*this) != derived) {
            assign(key, derived, *this);
            changed = true;
        }
    }
    return changed;
}

QString Answers::effectiveZipUrl() const
{
    if (!binaries.zipUrl.isEmpty())
        return binaries.zipUrl;
    return DockerReleases::zipUrl(binaries.indexUrl, binaries.version);
}

QList<QPair<const char *, QString>> Answers::hostPaths() const
{
    QList<QPair<const char *, QString>> paths;
    for (const AnswerKey &key : answerKeys()) {
        if (key.hostPath == AnswerKey::RequiredPath ||
            (key.hostPath == AnswerKey::OptionalPath && !key.text(*this).isEmpty()))
            paths.append({key.path, key.text(*this)});
    }
    return paths;
}

QString Answers::tcpEndpoint(const QString &name, int port)
{
    const QString host = name.contains(QLatin1Char(':')) ? QLatin1Char('[') + name + QLatin1Char(']') : name;
    return QStringLiteral("tcp://%1:%2").arg(host).arg(port);
}

QString Answers::clientEndpoint(const QString &fallback) const
{
    return tcpEndpoint(tls.subjectAltNames.isEmpty() ? fallback : tls.subjectAltNames.first(), tls.port);
}
