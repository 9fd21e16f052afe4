#include "ClientRecord.h"

#include "ClientSteps.h"
#include "DockerContextStep.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonValue valueJson(const EnvironmentStep::Value &value)
{
    if (!value)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("type"), value->type}, {QStringLiteral("data"), value->data}};
}

EnvironmentStep::Value valueFrom(const QJsonValue &json)
{
    if (!json.isObject())
        return std::nullopt;
    const QJsonObject o = json.toObject();
    return RegistryKey::Value{o.value(QStringLiteral("type")).toString(), o.value(QStringLiteral("data")).toString()};
}

const QString Marker = QStringLiteral("Berth client set-up");

} // namespace

QByteArray ClientRecord::toJson() const
{
    QJsonArray variableList, pathList, fileList, contextList;
    for (const Context &c : contexts)
        contextList.append(QJsonObject{{QStringLiteral("name"), c.name},
                                       {QStringLiteral("existed"), c.existed},
                                       {QStringLiteral("host"), c.host},
                                       {QStringLiteral("copies"), QJsonArray::fromStringList(c.copies)}});
    for (const Variable &v : variables)
        variableList.append(QJsonObject{{QStringLiteral("key"), v.key},
                                        {QStringLiteral("name"), v.name},
                                        {QStringLiteral("before"), valueJson(v.before)},
                                        {QStringLiteral("set"), valueJson(v.set)}});
    for (const PathEntry &p : paths)
        pathList.append(QJsonObject{{QStringLiteral("key"), p.key}, {QStringLiteral("folder"), p.folder}});
    for (const File &f : files)
        fileList.append(QJsonObject{{QStringLiteral("path"), f.path},
                                    {QStringLiteral("copy"), f.copy.isEmpty() ? QJsonValue(QJsonValue::Null) : f.copy},
                                    {QStringLiteral("secret"), f.secret}});
    const QJsonObject root{{QStringLiteral("record"), Marker},          {QStringLiteral("host"), host},
                           {QStringLiteral("variables"), variableList}, {QStringLiteral("path"), pathList},
                           {QStringLiteral("files"), fileList},         {QStringLiteral("contexts"), contextList}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

ClientRecord ClientRecord::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parse);
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QStringLiteral("record")).toString() != Marker) {
        *error = tr("it is not a record Berth wrote (%1)")
                     .arg(parse.error != QJsonParseError::NoError ? parse.errorString() : tr("no \"record\" marker"));
        return {};
    }
    ClientRecord record;
    record.host = root.value(QStringLiteral("host")).toString();
    for (const QJsonValue &v : root.value(QStringLiteral("variables")).toArray()) {
        const QJsonObject o = v.toObject();
        record.variables.append({o.value(QStringLiteral("key")).toString(), o.value(QStringLiteral("name")).toString(),
                                 valueFrom(o.value(QStringLiteral("before"))),
                                 valueFrom(o.value(QStringLiteral("set")))});
    }
    for (const QJsonValue &v : root.value(QStringLiteral("path")).toArray()) {
        const QJsonObject o = v.toObject();
        record.paths.append({o.value(QStringLiteral("key")).toString(), o.value(QStringLiteral("folder")).toString()});
    }
    for (const QJsonValue &v : root.value(QStringLiteral("files")).toArray()) {
        const QJsonObject o = v.toObject();
        record.files.append({o.value(QStringLiteral("path")).toString(), o.value(QStringLiteral("copy")).toString(),
                             o.value(QStringLiteral("secret")).toBool()});
    }
    for (const QJsonValue &v : root.value(QStringLiteral("contexts")).toArray()) {
        const QJsonObject o = v.toObject();
        QStringList copies;
        for (const QJsonValue &copy : o.value(QStringLiteral("copies")).toArray())
            copies << copy.toString();
        record.contexts.append({o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("existed")).toBool(),
                                o.value(QStringLiteral("host")).toString(), copies});
    }
    // Only what Berth itself writes may steer a removal: registry keys it uses and full paths.
    for (const Context &c : std::as_const(record.contexts)) {
        if (!DockerContextStep::isName(c.name)) {
            *error = tr("it names a docker context Berth does not make: %1").arg(c.name);
            return {};
        }
    }
    for (const Variable &v : std::as_const(record.variables)) {
        // Any program of the user can edit the record, and a removal may run elevated: a variable such as ComSpec in
        // the machine's key is not Berth's to put back.
        if (v.key != EnvironmentStep::userKey() ||
            !ClientSteps::variableNames().contains(v.name, Qt::CaseInsensitive)) {
            *error = tr("it names a variable Berth does not set: %1 in %2").arg(v.name, v.key);
            return {};
        }
    }
    for (const PathEntry &p : std::as_const(record.paths)) {
        if (p.key != EnvironmentStep::userKey() && p.key != EnvironmentStep::machineKey()) {
            *error = tr("it names a registry key Berth does not change: %1").arg(p.key);
            return {};
        }
    }
    return record;
}

ClientRecord ClientRecord::mergedInto(const ClientRecord &earlier) const
{
    ClientRecord merged = earlier;
    merged.host = host;
    for (const Variable &v : variables) {
        auto known = std::find_if(merged.variables.begin(), merged.variables.end(), [&](const Variable &e) {
            return e.key == v.key && e.name.compare(v.name, Qt::CaseInsensitive) == 0;
        });
        if (known == merged.variables.end())
            merged.variables.append(v);
        else
            known->set = v.set; // what was there first stays; what Berth set is the newest
    }
    for (const PathEntry &p : paths) {
        if (std::none_of(merged.paths.begin(), merged.paths.end(), [&](const PathEntry &e) {
                return e.key == p.key && e.folder.compare(p.folder, Qt::CaseInsensitive) == 0;
            }))
            merged.paths.append(p);
    }
    for (const File &f : files) {
        if (std::none_of(merged.files.begin(), merged.files.end(),
                         [&](const File &e) { return e.path.compare(f.path, Qt::CaseInsensitive) == 0; }))
            merged.files.append(f);
    }
    for (const Context &c : contexts) {
        if (std::none_of(merged.contexts.begin(), merged.contexts.end(),
                         [&](const Context &e) { return e.name == c.name; }))
            merged.contexts.append(c);
    }
    return merged;
}
