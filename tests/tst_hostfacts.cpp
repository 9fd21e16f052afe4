#include "answers/AnswerKeys.h"
#include "host/HostFacts.h"
#include "host/RegistryKey.h"
#include "host/ServiceRegistration.h"
#include "host/StartType.h"
#include "render/ServiceCommands.h"

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

        // A German Windows: the labels and the state are translated; an IPv6 listener alone counts too.
        const QString german = QStringLiteral("\r\nAktive Verbindungen\r\n\r\n"
                                              "  Proto  Lokale Adresse         Remoteadresse          Status\r\n"
                                              "  TCP    0.0.0.0:2376           0.0.0.0:0              ABHÖREN\r\n"
                                              "  TCP    10.0.0.5:2378          10.0.0.9:51234         HERGESTELLT\r\n"
                                              "  TCP    [::]:2379              [::]:0                 ABHÖREN\r\n"
                                              "  UDP    0.0.0.0:2380           *:*                    \r\n");
        QVERIFY(HostFacts::listensOn(german, 2376));
        QVERIFY(!HostFacts::listensOn(german, 2378));
        QVERIFY(HostFacts::listensOn(german, 2379));
        QVERIFY(!HostFacts::listensOn(german, 2380));
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

    // One table names a startup type in every word: the answer, the registry's Start and DelayedAutostart, NSSM's
    // value, sc.exe's word. Each row reads back from a key as Windows writes it; a delayed flag on a service that is
    // not automatic counts for nothing, as in Windows.
    void startTypesReadBackFromTheRegistry_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("delayed");
        QTest::addColumn<QString>("answer");
        QTest::addColumn<QString>("nssm");
        QTest::addColumn<QString>("sc");
        QTest::newRow("auto") << "0x2"
                              << "0x0"
                              << "auto"
                              << "SERVICE_AUTO_START"
                              << "auto";
        QTest::newRow("delayed") << "0x2"
                                 << "0x1"
                                 << "delayed-auto"
                                 << "SERVICE_DELAYED_AUTO_START"
                                 << "delayed-auto";
        QTest::newRow("manual") << "0x3"
                                << "0x1"
                                << "manual"
                                << "SERVICE_DEMAND_START"
                                << "demand";
        QTest::newRow("disabled") << "0x4"
                                  << ""
                                  << "disabled"
                                  << "SERVICE_DISABLED"
                                  << "disabled";
        QTest::newRow("boot driver") << "0x0"
                                     << ""
                                     << ""
                                     << ""
                                     << "auto";
    }
    void startTypesReadBackFromTheRegistry()
    {
        QFETCH(QString, start);
        QFETCH(QString, delayed);
        QFETCH(QString, answer);
        QFETCH(QString, nssm);
        QFETCH(QString, sc);
        QString query = QStringLiteral("\r\nHKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Docker\r\n"
                                       "    Start    REG_DWORD    ") +
                        start + QStringLiteral("\r\n");
        if (!delayed.isEmpty())
            query += QStringLiteral("    DelayedAutostart    REG_DWORD    ") + delayed + QStringLiteral("\r\n");
        const RegistryKey key =
            RegistryKey::parse(QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\Docker"), query);
        const StartType *type = StartType::of(key);
        QCOMPARE(type ? wordOf(type->answer) : QString(), answer);
        QCOMPARE(ServiceRegistration::nssmValue(key, RegistryKey(), QStringLiteral("Start")), nssm);
        QCOMPARE(ServiceRegistration::scStart(key), sc);
        if (type) {
            const StartupType startup = fromWord<StartupType>(answer).value();
            QCOMPARE(&StartType::forAnswer(startup), type);
            QCOMPARE(StartType::forNssm(nssm), type);
            QCOMPARE(ServiceCommands::nssmStartValue(startup), nssm);
            QCOMPARE(wordOf(ServiceCommands::startupFromNssm(nssm)), answer);
        }
    }

    // `reg export` keeps what reg query's code page loses; the values come out as reg query prints them.
    void registryExportIsExact()
    {
        const QString exported =
            QStringLiteral("Windows Registry Editor Version 5.00\r\n\r\n"
                           "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Docker]\r\n"
                           "\"DependOnService\"=hex(7):43,00,6f,00,6e,00,44,00,72,00,76,00,00,00,54,00,63,00,70,00,69,"
                           "00,70,00,00,00,\\\r\n"
                           "  00,00\r\n"
                           "\"Description\"=\"Runs \\\"dockerd\\\" from C:\\\\Program Files\\\\Docker\\\\\"\r\n"
                           "\"DisplayName\"=\"Docker — Prüfung\"\r\n"
                           "\"Start\"=dword:00000002\r\n"
                           "\"Big\"=hex(b):00,00,00,00,01,00,00,00\r\n"
                           "\"Blob\"=hex:0a,ff\r\n"
                           "@=\"default\"\r\n\r\n"
                           "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Docker\\Parameters]\r\n"
                           "\"AppParameters\"=hex(2):2f,00,73,00,20,00,3c,00,20,00,6e,00,75,00,6c,00,00,00\r\n\r\n"
                           "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Docker\\Parameters\\AppExit]\r\n"
                           "@=\"Restart\"\r\n");
        const RegistryKey key =
            RegistryKey::parseExport(QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\Docker"), exported);
        QVERIFY(key.exists());
        QCOMPARE(key.text(QStringLiteral("DisplayName")), QStringLiteral("Docker — Prüfung"));
        QCOMPARE(key.text(QStringLiteral("Description")),
                 QStringLiteral("Runs \"dockerd\" from C:\\Program Files\\Docker\\"));
        QCOMPARE(key.values().value(QStringLiteral("Start")),
                 (RegistryKey::Value{QStringLiteral("REG_DWORD"), QStringLiteral("0x2")}));
        QCOMPARE(key.number(QStringLiteral("Start")), 2);
        QCOMPARE(key.list(QStringLiteral("DependOnService")),
                 (QStringList{QStringLiteral("ConDrv"), QStringLiteral("Tcpip")}));
        QCOMPARE(key.text(QStringLiteral("Big")), QStringLiteral("0x100000000"));
        QCOMPARE(key.values().value(QStringLiteral("Blob")).data, QStringLiteral("0AFF"));
        QCOMPARE(key.text(QStringLiteral("(Default)")), QStringLiteral("default"));
        QVERIFY(!key.has(QStringLiteral("AppParameters"))); // a subkey's value, not this key's
        QCOMPARE(key.subkeys(), QStringList{QStringLiteral("Parameters")});
        const RegistryKey parameters = RegistryKey::parseExport(
            QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\Docker\\Parameters"),
            exported.mid(exported.indexOf(
                QLatin1String("[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Docker\\Parameters]"))));
        QCOMPARE(parameters.values().value(QStringLiteral("AppParameters")),
                 (RegistryKey::Value{QStringLiteral("REG_EXPAND_SZ"), QStringLiteral("/s < nul")}));
        QCOMPARE(parameters.subkeys(), QStringList{QStringLiteral("AppExit")});
        QVERIFY(!RegistryKey::parseExport(QStringLiteral("HKLM\\X"), QString()).exists());
    }
};

QTEST_GUILESS_MAIN(TestHostFacts)
#include "tst_hostfacts.moc"
