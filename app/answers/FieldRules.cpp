#include "FieldRules.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

namespace {

bool hasControlCharacter(const QString &value)
{
    for (const QChar c : value) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

QString quoted(const QString &value)
{
    return QLatin1Char('"') + value + QLatin1Char('"');
}

} // namespace

QString FieldRules::port(int value)
{
    if (value < 1 || value > 65535)
        return tr("%1 is not a port (1-65535)").arg(value);
    return {};
}

bool FieldRules::isIPv4(const QString &value)
{
    static const QRegularExpression dotted(
        QStringLiteral("^(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}$"));
    return dotted.match(value).hasMatch();
}

bool FieldRules::isIPv6(const QString &value)
{
    if (!value.contains(QLatin1Char(':')) || value.contains(QLatin1Char('%')) || value.contains(QLatin1Char('/')))
        return false;
    QHostAddress address;
    return address.setAddress(value) && address.protocol() == QAbstractSocket::IPv6Protocol;
}

QString FieldRules::ipAddress(const QString &value)
{
    if (isIPv4(value) || isIPv6(value))
        return {};
    return tr("%1 is not an IPv4 or IPv6 address").arg(quoted(value));
}

QString FieldRules::hostName(const QString &value)
{
    if (isIPv4(value) || isIPv6(value))
        return {};
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    const QStringList labels = value.split(QLatin1Char('.'));
    bool good = !value.isEmpty() && value.size() <= 253;
    for (const QString &part : labels)
        good = good && label.match(part).hasMatch();
    // A last label of digits only is a mistyped address, not a name.
    static const QRegularExpression digits(QStringLiteral("^\\d+$"));
    if (good && !digits.match(labels.last()).hasMatch())
        return {};
    return tr("%1 is neither an IP address nor a DNS name").arg(quoted(value));
}

QString FieldRules::windowsPath(const QString &value)
{
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:\\\\"));
    if (value.isEmpty())
        return tr("a path is required");
    if (!drive.match(value).hasMatch())
        return tr("%1 is not a full Windows path (like C:\\folder\\file)").arg(quoted(value));
    if (value.size() > 259)
        return tr("%1 is longer than Windows allows (259 characters)").arg(quoted(value));
    if (value.contains(QLatin1Char('%')))
        return tr("%1 contains %, which cmd.exe would expand as a variable").arg(quoted(value));
    if (hasControlCharacter(value))
        return tr("%1 contains a control character").arg(quoted(value));
    static const QRegularExpression reserved(QStringLiteral("^(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])(\\..*)?$"),
                                             QRegularExpression::CaseInsensitiveOption);
    const QStringList parts = value.mid(3).split(QLatin1Char('\\'));
    if (parts.size() == 1 && parts.first().isEmpty())
        return {}; // the drive's root
    for (const QString &part : parts) {
        if (part.isEmpty())
            return tr("%1 has an empty folder name (\\\\ or a trailing \\)").arg(quoted(value));
        if (part == QLatin1String(".") || part == QLatin1String(".."))
            return tr("%1 names a folder . or ..: write the path without them").arg(quoted(value));
        for (const QChar c : QStringLiteral("<>:\"/|?*")) {
            if (part.contains(c))
                return tr("%1 contains %2, which Windows does not allow in a name").arg(quoted(value), QString(c));
        }
        if (part.endsWith(QLatin1Char(' ')) || part.endsWith(QLatin1Char('.')))
            return tr("%1: the name %2 ends with a space or a dot, which Windows drops")
                .arg(quoted(value), quoted(part));
        if (reserved.match(part).hasMatch())
            return tr("%1: %2 is a device name Windows reserves").arg(quoted(value), quoted(part));
    }
    return {};
}

QString FieldRules::serviceName(const QString &value)
{
    if (value.isEmpty())
        return tr("a name is required");
    if (value.size() > 256)
        return tr("%1 is longer than 256 characters").arg(quoted(value));
    for (const QChar c : QStringLiteral("/\\\"%")) {
        if (value.contains(c))
            return tr("%1 contains %2, which a service name cannot hold").arg(quoted(value), QString(c));
    }
    if (hasControlCharacter(value))
        return tr("%1 contains a control character").arg(quoted(value));
    if (value.trimmed() != value)
        return tr("%1 starts or ends with a space").arg(quoted(value));
    return {};
}

QString FieldRules::everyoneGroup(const QString &value)
{
    static const QStringList everyone{QStringLiteral("Users"),
                                      QStringLiteral("Everyone"),
                                      QStringLiteral("Authenticated Users"),
                                      QStringLiteral("INTERACTIVE"),
                                      QStringLiteral("Domain Users"),
                                      QStringLiteral("Guests"),
                                      QStringLiteral("Domain Guests"),
                                      QStringLiteral("Domain Computers"),
                                      QStringLiteral("Remote Desktop Users"),
                                      QStringLiteral("IIS_IUSRS"),
                                      QStringLiteral("LOCAL"),
                                      QStringLiteral("CONSOLE LOGON"),
                                      QStringLiteral("NETWORK"),
                                      QStringLiteral("BATCH"),
                                      QStringLiteral("SERVICE"),
                                      QStringLiteral("Benutzer"),
                                      QStringLiteral("Jeder"),
                                      QStringLiteral("Authentifizierte Benutzer"),
                                      QStringLiteral("INTERAKTIV"),
                                      QStringLiteral("Dom\u00e4nen-Benutzer"),
                                      QStringLiteral("G\u00e4ste"),
                                      QStringLiteral("Utilisateurs"),
                                      QStringLiteral("Tout le monde"),
                                      QStringLiteral("Utilisateurs authentifi\u00e9s"),
                                      QStringLiteral("INTERACTIF"),
                                      QStringLiteral("Utilisateurs du domaine"),
                                      QStringLiteral("Invit\u00e9s")};
    const QString name = value.section(QLatin1Char('\\'), -1).trimmed();
    const QString domain =
        value.contains(QLatin1Char('\\')) ? value.section(QLatin1Char('\\'), 0, 0).trimmed() : QString();
    // NT AUTHORITY's names are Windows' own principals (logon kinds, service accounts), never Docker's admins.
    bool broad = domain.compare(QLatin1String("NT AUTHORITY"), Qt::CaseInsensitive) == 0;
    for (const QString &group : everyone)
        broad = broad || name.compare(group, Qt::CaseInsensitive) == 0;
    if (!broad)
        return {};
    return tr("%1 holds every user of the host or the domain: each of them could use the daemon's pipe and so "
              "become an administrator of the host; name a group of administrators of Docker only")
        .arg(quoted(value));
}

QString FieldRules::userWritableFolder(const QString &value)
{
    // Below the drive's root; the folders that Users or Authenticated Users may write in on a default installation.
    static const QStringList writable{QStringLiteral("Users"),
                                      QStringLiteral("$Recycle.Bin"),
                                      QStringLiteral("Temp"),
                                      QStringLiteral("Windows\\Temp"),
                                      QStringLiteral("Windows\\Tasks"),
                                      QStringLiteral("Windows\\tracing"),
                                      QStringLiteral("Windows\\Registration\\CRMLog"),
                                      QStringLiteral("Windows\\System32\\Tasks"),
                                      QStringLiteral("Windows\\SysWOW64\\Tasks"),
                                      QStringLiteral("Windows\\System32\\spool"),
                                      QStringLiteral("Windows\\System32\\com\\dmp"),
                                      QStringLiteral("Windows\\SysWOW64\\com\\dmp"),
                                      QStringLiteral("Windows\\System32\\Microsoft\\Crypto\\RSA\\MachineKeys")};
    const QString below = value.mid(3);
    for (const QString &folder : writable) {
        if (below.compare(folder, Qt::CaseInsensitive) == 0 ||
            below.startsWith(folder + QLatin1Char('\\'), Qt::CaseInsensitive))
            return tr("%1 is in %2, where every local user may write: a program or DLL put there would run as "
                      "SYSTEM; choose a folder only administrators may write in, such as C:\\Program Files\\Docker")
                .arg(quoted(value), quoted(value.left(3) + folder));
    }
    return {};
}

QString FieldRules::groupName(const QString &value)
{
    if (value.isEmpty())
        return {};
    // A group may be named with its domain or computer: DOMAIN\docker users.
    const qsizetype slash = value.indexOf(QLatin1Char('\\'));
    const QString name = slash < 0 ? value : value.mid(slash + 1);
    const QString domain = slash < 0 ? QString() : value.left(slash);
    // NT AUTHORITY (INTERACTIVE, Authenticated Users) is the one authority whose name holds a space.
    const bool authority = domain.compare(QLatin1String("NT AUTHORITY"), Qt::CaseInsensitive) == 0;
    if (slash >= 0 && (domain.isEmpty() || (domain.contains(QLatin1Char(' ')) && !authority)))
        return tr("%1: the part before \\ must be a domain or computer name").arg(quoted(value));
    if (name.isEmpty() || name.size() > 256)
        return tr("%1: a group name has 1 to 256 characters").arg(quoted(value));
    for (const QChar c : QStringLiteral("\"/\\[]:;|=,+*?<>%@")) {
        if (name.contains(c) || domain.contains(c))
            return tr("%1 contains %2, which a Windows group name cannot hold").arg(quoted(value), QString(c));
    }
    if (hasControlCharacter(value))
        return tr("%1 contains a control character").arg(quoted(value));
    if (name.trimmed() != name)
        return tr("%1 starts or ends with a space").arg(quoted(value));
    static const QRegularExpression dotsAndSpaces(QStringLiteral("^[. ]+$"));
    if (dotsAndSpaces.match(name).hasMatch())
        return tr("%1: a group name cannot be only dots and spaces").arg(quoted(value));
    return {};
}

QString FieldRules::displayText(const QString &value, int maxLength, bool required)
{
    if (required && value.trimmed().isEmpty())
        return tr("a value is required");
    if (value.size() > maxLength)
        return tr("longer than %1 characters").arg(maxLength);
    if (hasControlCharacter(value))
        return tr("contains a control character or a line break");
    if (value.contains(QLatin1Char('"')))
        return tr("contains a double quote, which the service tools cannot pass on intact");
    return {};
}

QString FieldRules::commandArguments(const QString &value)
{
    if (value.size() > 8000)
        return tr("longer than 8000 characters");
    if (hasControlCharacter(value))
        return tr("contains a control character or a line break");
    if (value.count(QLatin1Char('"')) % 2 != 0)
        return tr("has an unmatched double quote");
    return {};
}

QString FieldRules::url(const QString &value, bool allowHttp)
{
    const QUrl url(value, QUrl::StrictMode);
    if (value.isEmpty())
        return tr("a URL is required");
    if (!url.isValid() || url.host().isEmpty())
        return tr("%1 is not a URL").arg(quoted(value));
    if (url.scheme() == QLatin1String("https"))
        return {};
    if (url.scheme() == QLatin1String("http"))
        return allowHttp ? QString() : tr("%1 is plain http; use https or set download.allowHttp").arg(quoted(value));
    return tr("%1: only https (or http when allowed) can be downloaded").arg(quoted(value));
}

QString FieldRules::proxyUrl(const QString &value)
{
    if (value.isEmpty())
        return {};
    const QUrl url(value, QUrl::StrictMode);
    static const QStringList schemes = {QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("socks5")};
    if (!url.isValid() || url.host().isEmpty() || !schemes.contains(url.scheme()) || url.port() < 1)
        return tr("%1 is not a proxy URL like http://proxy.example.com:3128").arg(quoted(value));
    return {};
}

QString FieldRules::sha256(const QString &value)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9A-Fa-f]{64}$"));
    if (value.isEmpty() || hex.match(value).hasMatch())
        return {};
    return tr("%1 is not a SHA-256 digest (64 hexadecimal digits)").arg(quoted(value));
}

QString FieldRules::dockerVersion(const QString &value)
{
    static const QRegularExpression version(QStringLiteral("^\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.]+)?$"));
    if (version.match(value).hasMatch())
        return {};
    return tr("%1 is not a Docker version like 28.2.2").arg(quoted(value));
}

QString FieldRules::firewallAddress(const QString &value)
{
    static const QStringList keywords = {QStringLiteral("any"),  QStringLiteral("localsubnet"),
                                         QStringLiteral("dns"),  QStringLiteral("dhcp"),
                                         QStringLiteral("wins"), QStringLiteral("defaultgateway")};
    if (keywords.contains(value.toLower()))
        return {};
    const qsizetype slash = value.indexOf(QLatin1Char('/'));
    if (slash > 0) {
        const QString address = value.left(slash);
        bool isNumber = false;
        const int prefix = value.mid(slash + 1).toInt(&isNumber);
        const int maxPrefix = isIPv4(address) ? 32 : isIPv6(address) ? 128 : -1;
        if (isNumber && maxPrefix > 0 && prefix >= 0 && prefix <= maxPrefix)
            return {};
    } else if (value.count(QLatin1Char('-')) == 1) {
        const QStringList ends = value.split(QLatin1Char('-'));
        if ((isIPv4(ends[0]) && isIPv4(ends[1])) || (isIPv6(ends[0]) && isIPv6(ends[1])))
            return {};
    } else if (isIPv4(value) || isIPv6(value)) {
        return {};
    }
    return tr("%1 is not an address, subnet (10.0.0.0/8), range (a-b) or netsh keyword like LocalSubnet")
        .arg(quoted(value));
}

QString FieldRules::firewallRuleName(const QString &value)
{
    if (value.trimmed().isEmpty())
        return tr("a rule name is required");
    // netsh treats name=all as every rule: deleting it would empty the firewall.
    if (value.trimmed().compare(QLatin1String("all"), Qt::CaseInsensitive) == 0)
        return tr("\"all\" means every rule to netsh and cannot name one");
    if (value.contains(QLatin1Char('"')) || hasControlCharacter(value))
        return tr("%1 contains a double quote or a control character").arg(quoted(value));
    if (value.size() > 255)
        return tr("longer than 255 characters");
    return {};
}

QString FieldRules::localFile(const QString &value)
{
    if (value.isEmpty())
        return tr("a file is required");
    const QFileInfo info(value);
    if (!info.exists())
        return tr("%1 does not exist on this machine").arg(quoted(value));
    if (!info.isFile() || !info.isReadable())
        return tr("%1 is not a file Berth can read").arg(quoted(value));
    return {};
}

QString FieldRules::asciiForScript(const QString &value)
{
    for (const QChar c : value) {
        if (c.unicode() > 0x7e)
            return tr("%1 holds %2, which runDockerDaemon.cmd cannot carry (cmd.exe reads it in the host's code "
                      "page); choose a name in plain ASCII")
                .arg(quoted(value), QString(c));
    }
    return {};
}

QString FieldRules::oneOf(const QString &value, const QStringList &allowed)
{
    if (allowed.contains(value))
        return {};
    return tr("%1 is not one of %2").arg(quoted(value), allowed.join(QStringLiteral(", ")));
}
