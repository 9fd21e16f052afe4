#include "answers/AnswerKeys.h"
#include "fleet/FleetHosts.h"

#include <QTest>

// The hosts file of berth fleet: CSV as RFC 4180 writes it (and Excel saves it), each host's answers from the
// base with its own columns on top, and every problem named by row and column.
class TestFleetHosts : public QObject
{
    Q_OBJECT

private:
    static QStringList list(std::initializer_list<const char *> items)
    {
        QStringList out;
        for (const char *item : items)
            out << QString::fromUtf8(item);
        return out;
    }
    static QString problems(const FleetHosts::Result &result) { return result.problems.join(QLatin1Char('\n')); }

private slots:
    void parsesCsvAsRfc4180()
    {
        QString error;
        const QList<FleetHosts::Record> records = FleetHosts::parse("\xef\xbb\xbfname,addresses,note\r\n"
                                                                    "a,10.0.0.1,\"one, two\"\r\n"
                                                                    "\r\n"
                                                                    "b,,\"say \"\"hi\"\"\nthen go\"\n"
                                                                    "c,10.0.0.3,last",
                                                                    &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(records.size(), 4);
        QCOMPARE(records.at(0).fields, list({"name", "addresses", "note"}));
        QCOMPARE(records.at(1).fields, list({"a", "10.0.0.1", "one, two"}));
        QCOMPARE(records.at(2).row, 4); // the blank line 3 is no record, yet it counts
        QCOMPARE(records.at(2).fields, list({"b", "", "say \"hi\"\nthen go"}));
        QCOMPARE(records.at(3).row, 6);
        QCOMPARE(records.at(3).fields, list({"c", "10.0.0.3", "last"}));

        QVERIFY(FleetHosts::parse("name\n\"open,", &error).isEmpty());
        QCOMPARE(error, QStringLiteral("row 2: a quoted field is not closed"));
    }

    // Each host: the base answers, its edition, TLS for its name and addresses, and its own columns.
    void eachHostIsTheBaseWithItsOwnColumns()
    {
        Answers base;
        base.firewall.remoteAddresses = {QStringLiteral("10.0.0.0/8")};
        const FleetHosts::Result result =
            FleetHosts::read("name,addresses,edition,service.details.startup,firewall.remoteAddresses\n"
                             "web-01,10.0.0.11 fd00::11,server,,\n"
                             "NANO-02.example.com,10.0.0.12;10.0.0.13,nano,delayed-auto,192.168.1.0/24 10.1.0.0/16\n",
                             base, QStringLiteral("hosts.csv"));
        QVERIFY2(result.ok(), qPrintable(problems(result)));
        QCOMPARE(result.hosts.size(), 2);
        const FleetHost &web = result.hosts.at(0);
        QCOMPARE(web.name, QStringLiteral("web-01"));
        QCOMPARE(web.row, 2);
        QCOMPARE(web.addresses, list({"10.0.0.11", "fd00::11"}));
        QVERIFY(web.answers.tls.enabled);
        QCOMPARE(web.answers.tls.subjectAltNames, list({"web-01", "10.0.0.11", "fd00::11"}));
        QCOMPARE(web.answers.tls.port, base.tls.port);
        QCOMPARE(web.answers.firewall.remoteAddresses, base.firewall.remoteAddresses); // an empty cell keeps the base's
        const FleetHost &nano = result.hosts.at(1);
        QVERIFY(nano.answers.host.edition == Edition::Nano);
        QCOMPARE(wordOf(nano.answers.service.startup), QStringLiteral("delayed-auto"));
        QCOMPARE(nano.answers.firewall.remoteAddresses, list({"192.168.1.0/24", "10.1.0.0/16"}));
        QCOMPARE(nano.addresses, list({"10.0.0.12", "10.0.0.13"}));
        // Keys that follow another follow each host's, as in an answer file that does not name them.
        QVERIFY(nano.answers.service.manager == ServiceManager::ScheduledTask);
        QVERIFY(web.answers.service.manager == ServiceManager::Nssm);
        QVERIFY(web.answers.firewall.enabled);
        QCOMPARE(nano.answers.firewall.port, nano.answers.tls.port);
        // The engine follows each host's Windows: Nano Server (build 14393) ends at 20.10.24.
        QCOMPARE(nano.answers.binaries.version, QStringLiteral("20.10.24"));
        QCOMPARE(web.answers.binaries.version, QLatin1String(Defaults::DockerVersion));
        // A base that says otherwise meant it.
        Answers closed;
        closed.tls.enabled = true;
        closed.firewall.enabled = false;
        const FleetHosts::Result kept =
            FleetHosts::read("name,addresses,edition\nweb-01,,server\n", closed, QStringLiteral("hosts.csv"));
        QVERIFY2(kept.ok(), qPrintable(problems(kept)));
        QVERIFY(!kept.hosts.first().answers.firewall.enabled);
    }

    // ansible_* columns are the host's connection variables for the inventory, not answer keys.
    void ansibleColumnsAreConnectionVariables()
    {
        const FleetHosts::Result result =
            FleetHosts::read("name,addresses,edition,ansible_host,ansible_user\nweb-01,10.0.0.1,server,10.0.0.1,\n",
                             Answers(), QStringLiteral("hosts.csv"));
        QVERIFY2(result.ok(), qPrintable(problems(result)));
        QCOMPARE(result.hosts.first().connection,
                 (QList<QPair<QString, QString>>{{QStringLiteral("ansible_host"), QStringLiteral("10.0.0.1")}}));
    }

    void everyProblemNamesItsRowAndColumn_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("problem");
        const QByteArray header = "name,addresses,edition,service.timeout\n";
        QTest::newRow("duplicate name") << header + "a,,server,\nA,,server,\n"
                                        << "hosts.csv row 3, column name: A is named on an earlier row too";
        QTest::newRow("not an address") << header + "a,10.0.0.300,server,\n"
                                        << "hosts.csv row 2, column addresses: 10.0.0.300 is not an IP address";
        QTest::newRow("name is an address") << header + "10.0.0.1,,server,\n"
                                            << "hosts.csv row 2, column name: 10.0.0.1 is an address";
        QTest::newRow("name for a file") << header + "..\\evil,,server,\n"
                                         << "hosts.csv row 2, column name: ";
        QTest::newRow("a device's name") << header + "aux.example.com,,server,\n"
                                         << "hosts.csv row 2, column name: aux.example.com begins with a name Windows";
        QTest::newRow("lpt1") << header + "LPT1,,server,\n"
                              << "hosts.csv row 2, column name: LPT1 begins with a name Windows";
        QTest::newRow("too long") << header +
                                         QByteArray(QString(QStringLiteral("a123456789.")).repeated(20).toLatin1()) +
                                         "com,,server,\n"
                                  << "hosts.csv row 2, column name: longer than 200 characters";
        QTest::newRow("control character") << QByteArray("name,addresses,edition,ansible_user\na,,server,\"x\ny\"\n")
                                           << "hosts.csv row 2, column ansible_user: holds a control character";
        QTest::newRow("no name") << header + ",10.0.0.1,server,\n"
                                 << "hosts.csv row 2, column name: a host needs a name";
        QTest::newRow("edition") << header + "a,,desktop,\n"
                                 << "hosts.csv row 2, column edition: desktop is not one of";
        QTest::newRow("not a number") << header + "a,,server,twelve\n"
                                      << "hosts.csv row 2, column service.timeout: twelve is not a whole number";
        QTest::newRow("a value the key refuses")
            << header + "a,,server,5\n"
            << "hosts.csv row 2, column service.timeout: 5 is not a number of seconds from 10 to 3600";
        QTest::newRow("fields") << header + "a,,server\n"
                                << "hosts.csv row 2: 3 fields where the header has 4";
        QTest::newRow("unknown key") << QByteArray("name,addresses,edition,tls.prot\na,,server,1\n")
                                     << "hosts.csv row 1, column tls.prot: no answer key has this name";
        QTest::newRow("a key the fleet sets") << QByteArray("name,addresses,edition,tls.subjectAltNames\na,,server,x\n")
                                              << "hosts.csv row 1, column tls.subjectAltNames: the fleet sets this key";
        // A hosts.csv may be someone else's: what is not a host's own comes from the base answers alone.
        for (const char *column :
             {"nssm.localPath", "binaries.localPath", "nssm.url", "binaries.zipUrl", "download.allowHttp",
              "download.proxy", "binaries.installDir", "tls.certDir", "service.io.stdout", "runtime.dataRoot",
              "service.application.arguments", "runtime.pipeGroup", "binaries.source", "service.name",
              "firewall.ruleName", "tls.port", "firewall.port"})
            QTest::addRow("base only: %s", column)
                << (QByteArray("name,addresses,edition,") + column + "\na,,server,x\n")
                << QStringLiteral("hosts.csv row 1, column %1: comes from the base answers alone")
                       .arg(QLatin1String(column));
        QTest::newRow("a password")
            << QByteArray("name,addresses,edition,ansible_password\na,,server,secret\n")
            << "hosts.csv row 1, column ansible_password: a password does not belong in hosts.csv";
        QTest::newRow("winrm password") << QByteArray("name,addresses,edition,ansible_winrm_password\na,,server,x\n")
                                        << "column ansible_winrm_password: a password does not belong";
        QTest::newRow("ssh arguments")
            << QByteArray("name,addresses,edition,ansible_ssh_common_args\na,,server,-o ProxyCommand=id\n")
            << "hosts.csv row 1, column ansible_ssh_common_args: not a connection variable Berth passes on";
        QTest::newRow("shell") << QByteArray("name,addresses,edition,ansible_shell_executable\na,,server,x\n")
                               << "column ansible_shell_executable: not a connection variable Berth passes on";
        QTest::newRow("basic") << QByteArray("name,addresses,edition,ansible_winrm_transport\na,,server,basic\n")
                               << "hosts.csv row 2, column ansible_winrm_transport: basic is not one of ntlm, kerberos";
        QTest::newRow("no encryption")
            << QByteArray("name,addresses,edition,ansible_winrm_message_encryption\na,,server,never\n")
            << "column ansible_winrm_message_encryption: never is not one of auto, always";
        QTest::newRow("connection") << QByteArray("name,addresses,edition,ansible_connection\na,,server,ssh\n")
                                    << "column ansible_connection: ssh is not one of winrm, psrp";
        QTest::newRow("ansible_port") << QByteArray("name,addresses,edition,ansible_port\na,,server,0\n")
                                      << "hosts.csv row 2, column ansible_port: 0 is not a port";
        QTest::newRow("ansible_host") << QByteArray("name,addresses,edition,ansible_host\na,10.0.0.1,server,10.0.0.9\n")
                                      << "hosts.csv row 2, column ansible_host: 10.0.0.9 is neither the host's name";
        QTest::newRow("credssp") << QByteArray("name,addresses,edition,ansible_winrm_transport\na,,server,credssp\n")
                                 << "column ansible_winrm_transport: credssp is not one of ntlm, kerberos, certificate";
        QTest::newRow("certificates not checked")
            << QByteArray("name,addresses,edition,ansible_winrm_server_cert_validation\na,,server,ignore\n")
            << "column ansible_winrm_server_cert_validation: ignore is not one of validate";
        QTest::newRow("plain http") << QByteArray("name,addresses,edition,ansible_psrp_protocol\na,,server,http\n")
                                    << "column ansible_psrp_protocol: http is not one of https";
        QTest::newRow("port 5985") << QByteArray("name,addresses,edition,ansible_port\na,,server,5985\n")
                                   << "column ansible_port: 5985 is WinRM over plain HTTP";
        QTest::newRow("a template as user")
            << QByteArray("name,addresses,edition,ansible_user\na,,server,\"{{ lookup('pipe', 'id') }}\"\n")
            << "column ansible_user: {{ lookup('pipe', 'id') }} holds a character other than";
        QTest::newRow("kinit option as user") << QByteArray("name,addresses,edition,ansible_user\na,,server,-c/tmp/x\n")
                                              << "column ansible_user: -c/tmp/x holds a character other than";
        QTest::newRow("column twice") << QByteArray("name,addresses,edition,name\n")
                                      << "hosts.csv row 1, column name: the column is there twice";
        QTest::newRow("column missing") << QByteArray("name,edition\na,server\n")
                                        << "hosts.csv row 1, column addresses: the column is missing";
        QTest::newRow("header only") << header << "hosts.csv: no hosts below the header";
        QTest::newRow("empty") << QByteArray() << "hosts.csv: no header row";
        QTest::newRow("open quote") << header + "\"a,,server,\n"
                                    << "hosts.csv row 2: a quoted field is not closed";
    }
    void everyProblemNamesItsRowAndColumn()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, problem);
        const FleetHosts::Result result = FleetHosts::read(csv, Answers(), QStringLiteral("hosts.csv"));
        QVERIFY(!result.ok());
        QVERIFY(result.hosts.isEmpty()); // nothing is made for a fleet with a problem
        QVERIFY2(problems(result).contains(problem), qPrintable(problems(result)));
    }

    // A row's own build decides its engine too; a version the base chose and a host cannot run is that host's
    // problem, named by its row.
    void eachHostGetsTheEngineItsWindowsRuns()
    {
        const FleetHosts::Result result =
            FleetHosts::read("name,addresses,edition,host.build\nold-01,,server,14393\nnew-01,,server,20348\n",
                             Answers(), QStringLiteral("hosts.csv"));
        QVERIFY2(result.ok(), qPrintable(problems(result)));
        QCOMPARE(result.hosts.at(0).answers.binaries.version, QStringLiteral("20.10.24"));
        QCOMPARE(result.hosts.at(1).answers.binaries.version, QLatin1String(Defaults::DockerVersion));

        Answers pinned;
        pinned.binaries.version = QStringLiteral("27.5.1");
        const FleetHosts::Result refused = FleetHosts::read("name,addresses,edition\nweb-01,,server\nnano-01,,nano\n",
                                                            pinned, QStringLiteral("hosts.csv"));
        QVERIFY(!refused.ok());
        QVERIFY2(problems(refused).contains(QLatin1String("row 3")) &&
                     problems(refused).contains(QLatin1String("binaries.version: Docker 27.5.1 does not start on "
                                                              "Nano Server (build 14393)")),
                 qPrintable(problems(refused)));
        QVERIFY(!problems(refused).contains(QLatin1String("row 2")));
    }

    // All of a file's problems at once, not the first alone: a refused column and a refused value together too.
    void reportsEveryProblem()
    {
        const FleetHosts::Result result = FleetHosts::read(
            "name,addresses,edition\na,x,server\nb,,nano\nb,10.0.0.1,y\n", Answers(), QStringLiteral("hosts.csv"));
        QCOMPARE(result.problems.size(), 3);
        const FleetHosts::Result mixed =
            FleetHosts::read("name,addresses,edition,tls.prot,nssm.localPath,service.timeout,ansible_password\n"
                             "a,,server,1,C:\\ca-key.pem,5,x\nb,,server,,,20,\n",
                             Answers(), QStringLiteral("hosts.csv"));
        QVERIFY(mixed.hosts.isEmpty());
        const QString all = problems(mixed);
        QVERIFY2(mixed.problems.size() == 4 && all.contains(QLatin1String("row 1, column tls.prot: no answer key")) &&
                     all.contains(QLatin1String("row 1, column nssm.localPath: comes from the base")) &&
                     all.contains(QLatin1String("row 1, column ansible_password: a password")) &&
                     all.contains(QLatin1String("row 2, column service.timeout: 5 is not a number of seconds")),
                 qPrintable(all));
    }
};

QTEST_GUILESS_MAIN(TestFleetHosts)
#include "tst_fleethosts.moc"
