#pragma once

#include "WindowsHost.h"

#include <QStringList>

// Windows Firewall's own rules as the host keeps them: one value each under
// HKLM\SYSTEM\CurrentControlSet\Services\SharedAccess\Parameters\FirewallPolicy\FirewallRules, in the
// grammar of [MS-GPFAS] 2.2.2.19 ("v2.30|Action=Allow|Active=TRUE|Dir=In|Protocol=6|LPort=2376|RA4=...|
// Name=...|"). Unlike `netsh advfirewall firewall show rule`, whose every label and "Any" is translated on
// a localised Windows, this reads the same on every host.
struct FirewallRule
{
    QString id; // the value's name, {GUID}
    QString name;
    QString description;
    bool active = true;
    QString action;              // Allow, Block, ByPass
    QString direction;           // In, Out
    int protocol = 256;          // 6 TCP, 17 UDP, 256 any
    QStringList localPorts;      // empty: any
    QStringList remoteAddresses; // canonical (FirewallRules::canonical), empty: any
    QStringList profiles;        // Domain, Private, Public; empty: all

    // The netsh arguments that add this rule again as it was.
    QStringList netshArguments() const;
};

namespace FirewallRules {

QString registryKey();
// Every rule of that name (netsh lets several share one), case-insensitively as netsh matches them.
QList<FirewallRule> named(const WindowsHost &host, const QString &name);
FirewallRule parse(const QString &id, const QString &data);
// One address as the answers or netsh write it, and as the registry keeps it, in one form: keywords
// lower-case, subnets as ADDRESS/PREFIX (10.0.0.0/255.0.0.0 is 10.0.0.0/8), a host's own prefix
// (/32, /128) and a one-address range dropped. Empty for "any".
QString canonical(const QString &address);
QStringList canonical(const QStringList &addresses);
// A canonical keyword as netsh spells it (localsubnet: LocalSubnet); addresses as they are.
QString displayed(const QString &canonicalAddress);

} // namespace FirewallRules
