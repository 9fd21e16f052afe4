#pragma once

#include <QCoreApplication>
#include <QString>

// One check per kind of field. Each returns an empty string for a good value, or why the value
// is refused, in words that follow the key's name: "tls.port: " + FieldRules::port(70000).
// The wizard shows the same words beside its fields.
class FieldRules
{
    Q_DECLARE_TR_FUNCTIONS(FieldRules)

public:
    static QString port(int value);
    static QString ipAddress(const QString &value); // IPv4 or IPv6
    static QString hostName(const QString &value);  // IP address or DNS name
    static QString windowsPath(const QString &value);
    static QString serviceName(const QString &value);
    static QString groupName(const QString &value); // "" means no group
    // A group that holds every local or domain user (Users, Everyone, Authenticated Users, INTERACTIVE, Domain
    // Users, Guests, any NT AUTHORITY\ principal...; in English, German or French, with or without its domain): a
    // pipe open to it is SYSTEM for all.
    static QString everyoneGroup(const QString &value);
    // A folder in one that every local user of a default Windows may write in (a profile, Users, Public, Windows\Temp,
    // the spooler's and the task scheduler's folders...): a program or DLL planted there would run as SYSTEM.
    static QString userWritableFolder(const QString &value);
    static QString displayText(const QString &value, int maxLength, bool required);
    static QString commandArguments(const QString &value);
    static QString url(const QString &value, bool allowHttp);
    static QString proxyUrl(const QString &value);
    static QString sha256(const QString &value);
    static QString dockerVersion(const QString &value);
    static QString firewallAddress(const QString &value);
    static QString firewallRuleName(const QString &value);
    static QString localFile(const QString &value);
    // What runDockerDaemon.cmd holds must be ASCII: cmd.exe reads a script in the host's OEM code page.
    static QString asciiForScript(const QString &value);
    static QString oneOf(const QString &value, const QStringList &allowed);

    static bool isIPv4(const QString &value);
    static bool isIPv6(const QString &value);
};
