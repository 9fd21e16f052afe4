#include "PlanStep.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

const char *kindName(PlanStep::Kind kind)
{
    switch (kind) {
    case PlanStep::Fetch:
        return "fetch";
    case PlanStep::WriteFile:
        return "file";
    case PlanStep::Certificates:
        return "certificates";
    case PlanStep::RunCommand:
        break;
    }
    return "command";
}

} // namespace

QString PlanStep::describe() const
{
    switch (kind) {
    case Fetch:
        return QCoreApplication::translate("PlanStep", "%1: get %2 from %3 into %4")
            .arg(title, files.join(QStringLiteral(", ")), source, path);
    case WriteFile:
        return QCoreApplication::translate("PlanStep", "%1: write %2 (%n bytes)", nullptr, int(content.size()))
            .arg(title, path);
    case Certificates:
        return QCoreApplication::translate("PlanStep", "%1: install %2").arg(title, files.join(QStringLiteral(", ")));
    case RunCommand:
        break;
    }
    return QCoreApplication::translate("PlanStep", "%1: run %2").arg(title, command.commandLine());
}

QJsonObject PlanStep::toJson() const
{
    QJsonObject json{{QStringLiteral("kind"), QLatin1String(kindName(kind))}, {QStringLiteral("title"), title}};
    switch (kind) {
    case Fetch:
        json.insert(QStringLiteral("source"), source);
        json.insert(QStringLiteral("destination"), path);
        json.insert(QStringLiteral("files"), QJsonArray::fromStringList(files));
        break;
    case WriteFile:
        json.insert(QStringLiteral("path"), path);
        json.insert(QStringLiteral("content"), QString::fromUtf8(content));
        break;
    case Certificates:
        json.insert(QStringLiteral("files"), QJsonArray::fromStringList(files));
        break;
    case RunCommand:
        json.insert(QStringLiteral("program"), command.program);
        json.insert(QStringLiteral("arguments"), QJsonArray::fromStringList(command.arguments));
        json.insert(QStringLiteral("commandLine"), command.commandLine());
        if (!when.isEmpty())
            json.insert(QStringLiteral("when"), when);
        break;
    }
    return json;
}
