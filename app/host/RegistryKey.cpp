#include "RegistryKey.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringDecoder>

namespace {

// A quoted name or string of a .reg file from its opening quote; pos ends after the closing one.
QString unquote(const QString &line, qsizetype *pos)
{
    QString text;
    for (qsizetype i = *pos + 1; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('\\') && i + 1 < line.size()) {
            text += line.at(++i);
        } else if (c == QLatin1Char('"')) {
            *pos = i + 1;
            return text;
        } else {
            text += c;
        }
    }
    *pos = line.size();
    return text;
}

QByteArray hexBytes(const QString &list)
{
    QByteArray bytes;
    for (const QString &part : list.split(QLatin1Char(','), Qt::SkipEmptyParts))
        bytes.append(char(part.trimmed().toUInt(nullptr, 16)));
    return bytes;
}

QString utf16Text(const QByteArray &bytes)
{
    QString text = QString::fromUtf16(reinterpret_cast<const char16_t *>(bytes.constData()), bytes.size() / 2);
    while (text.endsWith(QChar(0)))
        text.chop(1);
    return text;
}

// One value's data as reg query prints it, from what follows "name"= in a .reg file.
RegistryKey::Value exportedValue(const QString &data)
{
    if (data.startsWith(QLatin1Char('"'))) {
        qsizetype pos = 0;
        return {QStringLiteral("REG_SZ"), unquote(data, &pos)};
    }
    if (data.startsWith(QLatin1String("dword:")))
        return {QStringLiteral("REG_DWORD"), QStringLiteral("0x%1").arg(data.mid(6).toUInt(nullptr, 16), 0, 16)};
    const qsizetype colon = data.indexOf(QLatin1Char(':'));
    const QString kind = data.left(colon);
    const QByteArray bytes = hexBytes(data.mid(colon + 1));
    if (kind == QLatin1String("hex(2)"))
        return {QStringLiteral("REG_EXPAND_SZ"), utf16Text(bytes)};
    if (kind == QLatin1String("hex(7)"))
        return {QStringLiteral("REG_MULTI_SZ"),
                utf16Text(bytes).split(QChar(0), Qt::SkipEmptyParts).join(QStringLiteral("\\0"))};
    if (kind == QLatin1String("hex(b)")) {
        quint64 number = 0;
        for (qsizetype i = bytes.size() - 1; i >= 0; --i)
            number = number << 8 | quint8(bytes.at(i));
        return {QStringLiteral("REG_QWORD"), QStringLiteral("0x%1").arg(number, 0, 16)};
    }
    if (kind == QLatin1String("hex"))
        return {QStringLiteral("REG_BINARY"), QString::fromLatin1(bytes.toHex().toUpper())};
    return {kind == QLatin1String("hex(0)") ? QStringLiteral("REG_NONE") : kind,
            QString::fromLatin1(bytes.toHex().toUpper())};
}

} // namespace

RegistryKey RegistryKey::read(const WindowsHost &host, const QString &path)
{
    const WindowsHost::Result result = host.run({regExe(), {QStringLiteral("query"), path}, QString()});
    if (!result.ok())
        return parse(path, QString());
    return parse(path, result.out);
}

RegistryKey RegistryKey::readExact(const WindowsHost &host, const QString &path)
{
    // Berth runs as an administrator, who may write the system's temporary folder on any host.
    const QString file = QStringLiteral("C:\\Windows\\Temp\\berth-%1.reg")
                             .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    const WindowsHost::Result result =
        host.run({regExe(), {QStringLiteral("export"), path, file, QStringLiteral("/y")}, QString()});
    const QString local = host.localPath(file);
    QFile exported(local);
    QByteArray bytes;
    if (exported.open(QIODevice::ReadOnly))
        bytes = exported.readAll();
    exported.close();
    QFile::remove(local);
    if (!result.ok())
        return parseExport(path, QString());
    QStringDecoder decoder(bytes.startsWith("\xff\xfe") ? QStringDecoder::Utf16LE : QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless);
    return parseExport(path, decoder(bytes.startsWith("\xff\xfe") ? bytes.mid(2) : bytes));
}

RegistryKey RegistryKey::parseExport(const QString &path, const QString &regFile)
{
    RegistryKey key;
    key.m_path = path;
    QString header;
    bool inKey = false;
    QString pending;
    QStringList lines;
    // A long value goes on over lines that end with a backslash and start with two spaces.
    for (QString line : regFile.split(QLatin1Char('\n'))) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (!pending.isEmpty())
            line = line.trimmed();
        if (line.endsWith(QLatin1Char('\\')) && !line.startsWith(QLatin1Char('['))) {
            pending += line.chopped(1);
            continue;
        }
        lines << pending + line;
        pending.clear();
    }
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            const QString section = line.mid(1, line.size() - 2);
            if (header.isEmpty()) {
                header = section;
                key.m_exists = true;
            } else if (section.startsWith(header + QLatin1Char('\\'), Qt::CaseInsensitive) &&
                       !section.mid(header.size() + 1).contains(QLatin1Char('\\'))) {
                key.m_subkeys.append(section.mid(header.size() + 1));
            }
            inKey = section.compare(header, Qt::CaseInsensitive) == 0;
            continue;
        }
        if (!inKey || (!line.startsWith(QLatin1Char('"')) && !line.startsWith(QLatin1String("@="))))
            continue;
        qsizetype pos = 1;
        QString name = QStringLiteral("(Default)");
        if (line.startsWith(QLatin1Char('"'))) {
            pos = 0;
            name = unquote(line, &pos);
        }
        if (pos < line.size() && line.at(pos) == QLatin1Char('='))
            key.m_values.insert(name, exportedValue(line.mid(pos + 1)));
    }
    return key;
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
