#include "host/HostFacts.h"
#include "host/RegistryKey.h"

#include <QTest>

// The parts of reading a host that Wine cannot show: netstat's listeners (Wine's netstat lists
// none) and reg.exe's output as Windows prints it.
class TestHostFacts : public QObject
{
    Q_OBJECT

private slots:
    void listenersFromNetstat()
    {
        const QString netstat = QStringLiteral("\r\nActive Connections\r\n\r\n"
                                               "  Proto  Local Address          Foreign Address        State\r\n"
                                               "  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING\r\n"
                                               "  TCP    0.0.0.0:2376           0.0.0.0:0              LISTENING\r\n"
                                               "  TCP    10.0.0.5:23760         10.0.0.9:51234         ESTABLISHED\r\n"
                                               "  TCP    [::]:2377              [::]:0                 LISTENING\r\n");
        QVERIFY(HostFacts::listensOn(netstat, 2376));
        QVERIFY(HostFacts::listensOn(netstat, 2377));
        QVERIFY(!HostFacts::listensOn(netstat, 23760));
        QVERIFY(!HostFacts::listensOn(netstat, 237));
        QVERIFY(!HostFacts::listensOn(QString(), 2376));
    }

    void portTakenOnlyByAnotherProgram()
    {
        HostFacts facts;
        facts.port = 2376;
        facts.portListening = true;
        QVERIFY(facts.portTaken());
        QVERIFY(facts.report().join(QLatin1Char('\n')).contains(QLatin1String("TCP 2376 is already in use")));
        facts.serviceRunning = true; // Docker itself listens there
        QVERIFY(!facts.portTaken());
    }

    void registryValuesAsRegPrintsThem()
    {
        const RegistryKey key = RegistryKey::parse(
            QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\Docker"),
            QStringLiteral("\r\nHKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Docker\r\n"
                           "    Type    REG_DWORD    0x10\r\n"
                           "    Start    REG_DWORD    0x2\r\n"
                           "    DependOnService    REG_MULTI_SZ    ConDrv\\0Tcpip\r\n"
                           "    Description    REG_SZ    \r\n"
                           "    DisplayName    REG_SZ    Docker Engine\r\n\r\n"
                           "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Docker\\Parameters\r\n"));
        QVERIFY(key.exists());
        QCOMPARE(key.number(QStringLiteral("Start")), 2);
        QCOMPARE(key.number(QStringLiteral("Missing"), 7), 7);
        QCOMPARE(key.list(QStringLiteral("DependOnService")),
                 (QStringList{QStringLiteral("ConDrv"), QStringLiteral("Tcpip")}));
        QCOMPARE(key.text(QStringLiteral("DisplayName")), QStringLiteral("Docker Engine"));
        QVERIFY(key.has(QStringLiteral("Description")));
        QCOMPARE(key.subkeys(), QStringList{QStringLiteral("Parameters")});
        QVERIFY(!RegistryKey::parse(QStringLiteral("HKLM\\X"), QString()).exists());
    }
};

QTEST_GUILESS_MAIN(TestHostFacts)
#include "tst_hostfacts.moc"
