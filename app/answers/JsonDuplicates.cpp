#include "JsonDuplicates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QSet>

namespace {

struct Level
{
    bool object = false;
    QString path;
    QSet<QString> keys;
    bool expectKey = false;
    int index = 0;
};

// The string token from json[start] (the opening quote); end is set after the closing quote.
QString readString(const QByteArray &json, qsizetype start, qsizetype *end)
{
    qsizetype i = start + 1;
    bool escaped = false;
    for (; i < json.size(); ++i) {
        if (json.at(i) == '\\')
            escaped = true, ++i;
        else if (json.at(i) == '"')
            break;
    }
    *end = i + 1;
    const QByteArray token = json.mid(start, i + 1 - start);
    if (!escaped) // from the opening quote on: a key may begin with U+FEFF, which is no byte order mark
        return QString::fromUtf8(token.left(token.size() - 1)).mid(1);
    return QJsonDocument::fromJson('[' + token + ']').array().at(0).toString(); // \u escapes decoded
}

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

} // namespace

QStringList JsonDuplicates::find(const QByteArray &json)
{
    QStringList found;
    QList<Level> stack;
    QString lastKey;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '"') {
            qsizetype end = 0;
            const QString text = readString(json, i, &end);
            i = end - 1;
            if (!stack.isEmpty() && stack.last().object && stack.last().expectKey) {
                Level &level = stack.last();
                level.expectKey = false;
                const QString path = join(level.path, text);
                if (level.keys.contains(text) && !found.contains(path))
                    found << path;
                level.keys.insert(text);
                lastKey = text;
            }
        } else if (c == '{' || c == '[') {
            QString path;
            if (!stack.isEmpty()) {
                const Level &parent = stack.last();
                path =
                    parent.object ? join(parent.path, lastKey) : parent.path + QStringLiteral("[%1]").arg(parent.index);
            }
            Level level;
            level.object = c == '{';
            level.expectKey = level.object;
            level.path = path;
            stack.append(level);
        } else if (c == '}' || c == ']') {
            if (!stack.isEmpty())
                stack.removeLast();
        } else if (c == ',' && !stack.isEmpty()) {
            if (stack.last().object)
                stack.last().expectKey = true;
            else
                ++stack.last().index;
        }
    }
    return found;
}
