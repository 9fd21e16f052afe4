#include "RegistryKey.h"

#include <QRegularExpression>

RegistryKey RegistryKey::read(const WindowsHost &host, const QString &path)
{
    const WindowsHost::Result result = host.run({regExe(), {QStringLiteral("query"), path}, QString()});
    if (!result.ok())
        return parse(path, QString());
    return parse(path, result.out);
}

RegistryKey RegistryKey::parse(const QString &path, const QString &output)
{
    RegistryKey key;
    key.m_path = path;
    static const QRegularExpression valueLine(QStringLiteral("^    (.*?)    (REG_[A-Z_]+)(?:    (.*))?$"));
    bool header = true; // the first HKEY_ line names the key itself, the later ones its subkeys
    for (QString line : output.split(QLatin1Char('\n'))) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const QRegularExpressionMatch match = valueLine.match(line);
        if (match.hasMatch()) {
            key.m_exists = true;
            key.m_values.insert(match.captured(1), {match.captured(2), match.captured(3)});
        } else if (line.startsWith(QLatin1String("HKEY_"), Qt::CaseInsensitive)) {
            key.m_exists = true;
            if (!header)
                key.m_subkeys.append(line.section(QLatin1Char('\\'), -1));
            header = false;
        }
    }
    return key;
}

int RegistryKey::number(const QString &name, int fallback) const
{
    if (!m_values.contains(name))
        return fallback;
    bool ok = false;
    const int value = m_values.value(name).data.toInt(&ok, 0);
    return ok ? value : fallback;
}

QStringList RegistryKey::list(const QString &name) const
{
    const QString data = m_values.value(name).data;
    return data.isEmpty() ? QStringList() : data.split(QStringLiteral("\\0"), Qt::SkipEmptyParts);
}
