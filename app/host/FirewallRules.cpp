#include "FirewallRules.h"

#include "RegistryKey.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace {

const QStringList &keywords()
{
    static const QStringList words{QStringLiteral("LocalSubnet"), QStringLiteral("DNS"), QStringLiteral("DHCP"),
                                   QStringLiteral("WINS"), QStringLiteral("DefaultGateway")};
    return words;
}

// A mask (255.0.0.0) or a prefix length (8) as a prefix length; -1 when it is neither.
int prefixLength(const QString &text, bool ipv6)
{
    bool isNumber = false;
    const int prefix = text.toInt(&isNumber);
    if (isNumber)
        return prefix >= 0 && prefix <= (ipv6 ? 128 : 32) ? prefix : -1;
    QHostAddress mask;
    if (ipv6 || !mask.setAddress(text) || mask.protocol() != QAbstractSocket::IPv4Protocol)
        return -1;
    const quint32 bits = mask.toIPv4Address();
    const int length = qPopulationCount(bits);
    return bits == (length == 0 ? 0u : ~0u << (32 - length)) ? length : -1;
}

QString plain(const QString &text)
{
    QHostAddress address;
    return address.setAddress(text.trimmed()) ? address.toString() : text.trimmed();
}

} // namespace

QString FirewallRules::registryKey()
{
    return QStringLiteral(
        "HKLM\\SYSTEM\\CurrentControlSet\\Services\\SharedAccess\\Parameters\\FirewallPolicy\\FirewallRules");
}

QString FirewallRules::canonical(const QString &address)
{
    const QString text = address.trimmed();
    if (text.compare(QLatin1String("any"), Qt::CaseInsensitive) == 0 || text == QLatin1String("*"))
        return {};
    for (const QString &keyword : keywords()) {
        if (text.compare(keyword, Qt::CaseInsensitive) == 0)
            return keyword.toLower();
    }
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash > 0) {
        const QString base = plain(text.left(slash));
        const bool ipv6 = base.contains(QLatin1Char(':'));
        const int prefix = prefixLength(text.mid(slash + 1), ipv6);
        if (prefix < 0)
            return text.toLower();
        return prefix == (ipv6 ? 128 : 32) ? base : base + QLatin1Char('/') + QString::number(prefix);
    }
    const qsizetype dash = text.indexOf(QLatin1Char('-'));
    if (dash > 0) {
        const QString from = plain(text.left(dash)), to = plain(text.mid(dash + 1));
        return from == to ? from : from + QLatin1Char('-') + to;
    }
    return plain(text);
}

QStringList FirewallRules::canonical(const QStringList &addresses)
{
    QStringList result;
    for (const QString &address : addresses) {
        const QString one = canonical(address);
        if (one.isEmpty())
            return {}; // any address at all
        if (!result.contains(one))
            result << one;
    }
    result.sort();
    return result;
}

QString FirewallRules::displayed(const QString &canonicalAddress)
{
    for (const QString &keyword : keywords()) {
        if (canonicalAddress == keyword.toLower())
            return keyword;
    }
    return canonicalAddress;
}

FirewallRule FirewallRules::parse(const QString &id, const QString &data)
{
    // A value outside the grammar is not taken: it would reach netsh when the rule is put back.
    static const QRegularExpression address(QStringLiteral("^[A-Za-z0-9.:/-]+$"));
    static const QRegularExpression port(QStringLiteral("^(?:\\d{1,5}(?:-\\d{1,5})?|[A-Za-z][A-Za-z0-9-]{0,31})$"));
    const auto oneOf = [](const QString &value, std::initializer_list<const char *> words) {
        for (const char *word : words) {
            if (value == QLatin1String(word))
                return true;
        }
        return false;
    };
    FirewallRule rule;
    rule.id = id;
    QStringList remote;
    for (const QString &field : data.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
        const qsizetype equals = field.indexOf(QLatin1Char('='));
        if (equals < 0)
            continue;
        const QString key = field.left(equals), value = field.mid(equals + 1);
        if (key == QLatin1String("Name"))
            rule.name = value;
        else if (key == QLatin1String("Desc"))
            rule.description = value;
        else if (key == QLatin1String("Active"))
            rule.active = value.compare(QLatin1String("TRUE"), Qt::CaseInsensitive) == 0;
        else if (key == QLatin1String("Action") && oneOf(value, {"Allow", "Block", "ByPass"}))
            rule.action = value;
        else if (key == QLatin1String("Dir") && oneOf(value, {"In", "Out"}))
            rule.direction = value;
        else if (key == QLatin1String("Protocol") && QString::number(value.toUInt()) == value && value.toUInt() <= 256)
            rule.protocol = int(value.toUInt());
        else if (key == QLatin1String("LPort") && port.match(value).hasMatch())
            rule.localPorts << value;
        else if ((key == QLatin1String("RA4") || key == QLatin1String("RA6")) && address.match(value).hasMatch())
            remote << value;
        else if (key == QLatin1String("Profile") && oneOf(value, {"Domain", "Private", "Public"}))
            rule.profiles << value;
    }
    rule.remoteAddresses = canonical(remote);
    return rule;
}

QList<FirewallRule> FirewallRules::named(const WindowsHost &host, const QString &name)
{
    QList<FirewallRule> rules;
    const RegistryKey key = RegistryKey::readExact(host, registryKey());
    const QMap<QString, RegistryKey::Value> values = key.values();
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const FirewallRule rule = parse(it.key(), it.value().data);
        if (rule.name.compare(name, Qt::CaseInsensitive) == 0)
            rules << rule;
    }
    return rules;
}

QStringList FirewallRule::netshArguments() const
{
    QStringList arguments{QStringLiteral("advfirewall"),
                          QStringLiteral("firewall"),
                          QStringLiteral("add"),
                          QStringLiteral("rule"),
                          QStringLiteral("name=") + name,
                          QStringLiteral("dir=") + direction.toLower(),
                          QStringLiteral("action=") + action.toLower()};
    arguments << QStringLiteral("protocol=") + (protocol == 6     ? QStringLiteral("TCP")
                                                : protocol == 17  ? QStringLiteral("UDP")
                                                : protocol == 256 ? QStringLiteral("any")
                                                                  : QString::number(protocol));
    if (!localPorts.isEmpty())
        arguments << QStringLiteral("localport=") + localPorts.join(QLatin1Char(','));
    if (!remoteAddresses.isEmpty()) {
        QStringList shown;
        for (const QString &address : remoteAddresses)
            shown << FirewallRules::displayed(address);
        arguments << QStringLiteral("remoteip=") + shown.join(QLatin1Char(','));
    }
    if (!profiles.isEmpty())
        arguments << QStringLiteral("profile=") + profiles.join(QLatin1Char(',')).toLower();
    if (!description.isEmpty())
        arguments << QStringLiteral("description=") + description;
    if (!active)
        arguments << QStringLiteral("enable=no");
    return arguments;
}
