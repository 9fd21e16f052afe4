#include "host/FirewallRules.h"

#include <QTest>

// The firewall's own rules read from their registry values ([MS-GPFAS] 2.2.2.19), without Wine: what
// a value says, what is not taken from it (it would reach netsh when the rule is put back), and the one
// form every address is compared in.
class TestFirewallRules : public QObject
{
    Q_OBJECT

private slots:
    void readsARuleAsWindowsKeepsIt()
    {
        // As `netsh advfirewall firewall add rule name="Docker daemon" dir=in action=allow protocol=TCP
        // localport=2376 remoteip=10.0.0.0/255.0.0.0,192.0.2.7 profile=domain,private` leaves it.
        const FirewallRule rule = FirewallRules::parse(
            QStringLiteral("{A1B2}"),
            QStringLiteral("v2.30|Action=Allow|Active=TRUE|Dir=In|Protocol=6|Profile=Domain|Profile=Private|"
                           "LPort=2376|RA4=10.0.0.0/255.0.0.0|RA4=192.0.2.7|Name=Docker daemon|Desc=Berth|"));
        QCOMPARE(rule.id, QStringLiteral("{A1B2}"));
        QCOMPARE(rule.name, QStringLiteral("Docker daemon"));
        QCOMPARE(rule.description, QStringLiteral("Berth"));
        QVERIFY(rule.active);
        QCOMPARE(rule.action, QStringLiteral("Allow"));
        QCOMPARE(rule.direction, QStringLiteral("In"));
        QCOMPARE(rule.protocol, 6);
        QCOMPARE(rule.localPorts, QStringList{QStringLiteral("2376")});
        QCOMPARE(rule.remoteAddresses, (QStringList{QStringLiteral("10.0.0.0/8"), QStringLiteral("192.0.2.7")}));
        QCOMPARE(rule.profiles, (QStringList{QStringLiteral("Domain"), QStringLiteral("Private")}));
        // Put back, it is the same rule.
        QCOMPARE(rule.netshArguments().join(QLatin1Char(' ')),
                 QStringLiteral("advfirewall firewall add rule name=Docker daemon dir=in action=allow protocol=TCP "
                                "localport=2376 remoteip=10.0.0.0/8,192.0.2.7 profile=domain,private "
                                "description=Berth"));
    }

    void aDisabledRuleForAnyProtocolStaysSo()
    {
        const FirewallRule rule = FirewallRules::parse(
            QStringLiteral("{X}"), QStringLiteral("v2.30|Action=Block|Active=FALSE|Dir=Out|RA6=LocalSubnet|Name=x|"));
        QVERIFY(!rule.active);
        QCOMPARE(rule.protocol, 256);
        QCOMPARE(rule.remoteAddresses, QStringList{QStringLiteral("localsubnet")});
        const QStringList netsh = rule.netshArguments();
        QVERIFY(netsh.contains(QStringLiteral("protocol=any")));
        QVERIFY(netsh.contains(QStringLiteral("remoteip=LocalSubnet")));
        QVERIFY(netsh.contains(QStringLiteral("enable=no")));
    }

    // A planted value cannot smuggle anything into netsh's command line: fields outside the grammar
    // are dropped, not passed on.
    void valuesOutsideTheGrammarAreNotTaken()
    {
        const FirewallRule rule = FirewallRules::parse(
            QStringLiteral("{Y}"),
            QStringLiteral("v2.30|Action=Allow & calc|Dir=Inbound|Protocol=6x|Protocol=999|LPort=2376 remoteip=any|"
                           "RA4=10.0.0.1 name=evil|Profile=All|Name=Docker daemon|"));
        QCOMPARE(rule.action, QString());
        QCOMPARE(rule.direction, QString());
        QCOMPARE(rule.protocol, 256);
        QVERIFY(rule.localPorts.isEmpty());
        QVERIFY(rule.remoteAddresses.isEmpty());
        QVERIFY(rule.profiles.isEmpty());
        QCOMPARE(rule.name, QStringLiteral("Docker daemon"));
    }

    void addressesHaveOneForm_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("any") << "Any"
                             << "";
        QTest::newRow("star") << "*"
                              << "";
        QTest::newRow("keyword") << "localsubnet"
                                 << "localsubnet";
        QTest::newRow("mask") << "10.0.0.0/255.0.0.0"
                              << "10.0.0.0/8";
        QTest::newRow("prefix") << "10.0.0.0/8"
                                << "10.0.0.0/8";
        QTest::newRow("host mask") << "192.0.2.7/255.255.255.255"
                                   << "192.0.2.7";
        QTest::newRow("host prefix v6") << "2001:DB8::1/128"
                                        << "2001:db8::1";
        QTest::newRow("v6 subnet") << "2001:db8:0:0::/64"
                                   << "2001:db8::/64";
        QTest::newRow("one-address range") << "192.0.2.7-192.0.2.7"
                                           << "192.0.2.7";
        QTest::newRow("range") << "192.0.2.7-192.0.2.9"
                               << "192.0.2.7-192.0.2.9";
        QTest::newRow("not a mask") << "10.0.0.0/255.0.255.0"
                                    << "10.0.0.0/255.0.255.0";
    }

    void addressesHaveOneForm()
    {
        QFETCH(QString, given);
        QFETCH(QString, canonical);
        QCOMPARE(FirewallRules::canonical(given), canonical);
    }

    void anyAmongAddressesMeansAny()
    {
        QCOMPARE(FirewallRules::canonical(QStringList{QStringLiteral("10.0.0.1"), QStringLiteral("any")}),
                 QStringList());
        QCOMPARE(FirewallRules::canonical(QStringList{QStringLiteral("10.0.0.2"), QStringLiteral("10.0.0.1"),
                                                      QStringLiteral("10.0.0.1/32")}),
                 (QStringList{QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.2")}));
    }
};

QTEST_GUILESS_MAIN(TestFirewallRules)
#include "tst_firewallrules.moc"
