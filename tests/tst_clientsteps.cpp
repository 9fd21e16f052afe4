#include "client/ClientPlaces.h"
#include "client/ClientRecord.h"
#include "client/ClientSteps.h"
#include "client/DockerContextStep.h"
#include "tls/DockerApi.h"

#include <QTemporaryDir>
#include <QTest>

// The parts of berth client that read or build text: the endpoint typed, the environment cmd prints, a Path
// with the Docker folder in it and out again, and the record that steers a removal.
class TestClientSteps : public QObject
{
    Q_OBJECT

private slots:
    // What `docker --version` prints, to the newest API version that CLI speaks; engine 29's MinAPIVersion 1.44
    // refuses every CLI before 25.0.
    void cliApiVersionsAgainstTheDaemonsMinimum()
    {
        QCOMPARE(DockerApi::ofCli(QStringLiteral("Docker version 20.10.24, build 297e128\r\n")),
                 QStringLiteral("1.41"));
        QCOMPARE(DockerApi::ofCli(QStringLiteral("Docker version 24.0.7, build afdd53b")), QStringLiteral("1.43"));
        QCOMPARE(DockerApi::ofCli(QStringLiteral("Docker version 25.0.5, build 5dc9bcc")), QStringLiteral("1.44"));
        QCOMPARE(DockerApi::ofCli(QStringLiteral("Docker version 28.2.2, build e6534b4")), QStringLiteral("1.50"));
        QCOMPARE(DockerApi::ofCli(QStringLiteral("Docker version 17.06.2-ee-16, build 9ef4f0a")), QString());
        QCOMPARE(DockerApi::ofCli(QStringLiteral("docker: command not found")), QString());
        QVERIFY(DockerApi::compare(QStringLiteral("1.43"), QStringLiteral("1.44")) < 0);
        QVERIFY(DockerApi::compare(QStringLiteral("1.9"), QStringLiteral("1.44")) < 0); // numbers, not text
        QVERIFY(DockerApi::compare(QStringLiteral("1.50"), QStringLiteral("1.44")) > 0);
        QCOMPARE(DockerApi::firstCliFor(QStringLiteral("1.44")), QStringLiteral("25.0"));
        QCOMPARE(DockerApi::firstCliFor(QStringLiteral("1.41")), QStringLiteral("20.10"));
        QCOMPARE(DockerApi::firstCliFor(QStringLiteral("1.40")), QStringLiteral("19.03"));
        QCOMPARE(DockerApi::firstCliFor(QStringLiteral("1.24")), QString()); // every CLI of the last years
        QCOMPARE(DockerApi::firstCliFor(QStringLiteral("1.99")), QString());
    }

    void endpointsAreWrittenOneWay_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("endpoint");
        QTest::newRow("name") << "docker-host"
                              << "tcp://docker-host:2376";
        QTest::newRow("name and port") << "docker-host.example.com:2377"
                                       << "tcp://docker-host.example.com:2377";
        QTest::newRow("url") << "tcp://10.0.0.5:2376"
                             << "tcp://10.0.0.5:2376";
        QTest::newRow("ipv6") << "tcp://[fd00::5]:2376"
                              << "tcp://[fd00::5]:2376";
        QTest::newRow("ipv6 without port") << "[::1]"
                                           << "tcp://[::1]:2376";
        QTest::newRow("spaces around") << "  docker-host  "
                                       << "tcp://docker-host:2376";
        QTest::newRow("space") << "a b"
                               << "";
        QTest::newRow("semicolon") << "host;calc"
                                   << "";
        QTest::newRow("quote and ampersand") << "host\"&calc"
                                             << "";
        QTest::newRow("percent") << "%PATH%"
                                 << "";
        QTest::newRow("caret") << "host^"
                               << "";
        QTest::newRow("newline") << "host\r\n/f"
                                 << "";
        QTest::newRow("bare ipv6") << "::1"
                                   << "";
        QTest::newRow("unclosed bracket") << "tcp://[::1"
                                          << "";
        QTest::newRow("port too big") << "host:65536"
                                      << "";
        QTest::newRow("port zero") << "host:0"
                                   << "";
        QTest::newRow("unix socket") << "unix:///var/run/docker.sock"
                                     << "";
        QTest::newRow("npipe") << "npipe:////./pipe/docker_engine"
                               << "";
        QTest::newRow("path") << "tcp://host:2376/../x"
                              << "";
        QTest::newRow("user") << "tcp://user@host:2376"
                              << "";
        QTest::newRow("option") << "-h"
                                << "";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("digits only") << "12345"
                                     << "";
    }
    void endpointsAreWrittenOneWay()
    {
        QFETCH(QString, given);
        QFETCH(QString, endpoint);
        QString error;
        QCOMPARE(ClientSteps::endpoint(given, &error), endpoint);
        QCOMPARE(error.isEmpty(), !endpoint.isEmpty());
        if (!endpoint.isEmpty())
            QVERIFY(DockerContextStep::isName(DockerContextStep::nameFor(endpoint)));
    }

    // cmd /u writes UTF-16: a profile with letters outside the console's code page arrives whole.
    void environmentReadsCmdsUnicodeOutput()
    {
        const QString text = QStringLiteral("=C:=C:\\Windows\r\nUSERPROFILE=C:\\Users\\Jürgen Müller\r\n"
                                            "ProgramFiles=D:\\Programme\r\nPath=C:\\a;C:\\b=c\r\n");
        const QByteArray utf16(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        const QHash<QString, QString> variables = ClientPlaces::environmentOf(utf16);
        QCOMPARE(variables.value(QStringLiteral("USERPROFILE")), QStringLiteral("C:\\Users\\Jürgen Müller"));
        QCOMPARE(variables.value(QStringLiteral("PROGRAMFILES")), QStringLiteral("D:\\Programme"));
        QCOMPARE(variables.value(QStringLiteral("PATH")), QStringLiteral("C:\\a;C:\\b=c"));
        QVERIFY(!variables.contains(QString())); // the current folders (=C:) are no variables
        QCOMPARE(ClientPlaces::environmentOf("USERPROFILE=C:\\Users\\ana\r\n").value(QStringLiteral("USERPROFILE")),
                 QStringLiteral("C:\\Users\\ana"));
    }

    // The folder goes onto Path after a separator of its own and comes off again leaving Path as it was.
    void pathTakesTheFolderAndGivesItBack_data()
    {
        QTest::addColumn<QString>("before");
        QTest::newRow("two entries") << "C:\\Tools;%USERPROFILE%\\bin";
        QTest::newRow("trailing separator") << "C:\\Tools;";
        QTest::newRow("empty entries") << ";;C:\\Tools;;";
        QTest::newRow("empty") << "";
        QTest::newRow("quoted entry") << "\"C:\\Program Files\\Tools\";C:\\x";
    }
    void pathTakesTheFolderAndGivesItBack()
    {
        QFETCH(QString, before);
        const QString folder = QStringLiteral("C:\\Program Files\\Docker");
        const EnvironmentStep::Value was = RegistryKey::Value{QStringLiteral("REG_EXPAND_SZ"), before};
        const EnvironmentStep::Value with = EnvironmentStep::withFolder(folder)(was);
        QVERIFY(EnvironmentStep::holdsFolder(with->data, folder));
        QCOMPARE(with->type, QStringLiteral("REG_EXPAND_SZ"));
        QCOMPARE(EnvironmentStep::withFolder(folder)(with), with); // a second time changes nothing
        QCOMPARE(EnvironmentStep::withoutFolder(folder)(with), was);
    }
    void pathFolderIsFoundAsWindowsFindsIt()
    {
        const QString folder = QStringLiteral("C:\\Program Files\\Docker");
        for (const char *spelled : {"c:\\program files\\docker", "C:\\Program Files\\Docker\\",
                                    "\"C:\\Program Files\\Docker\"", " C:\\Program Files\\Docker "})
            QVERIFY2(EnvironmentStep::holdsFolder(QStringLiteral("C:\\x;") + QLatin1String(spelled), folder), spelled);
        QVERIFY(!EnvironmentStep::holdsFolder(QStringLiteral("C:\\Program Files\\Docker2"), folder));
        // No Path at all: one of Berth's own, which taking the folder out removes again.
        const EnvironmentStep::Value made = EnvironmentStep::withFolder(folder)(std::nullopt);
        QCOMPARE(made->data, folder);
        QCOMPARE(EnvironmentStep::withoutFolder(folder)(made), EnvironmentStep::Value());
    }

    void recordRoundTripsAndRefusesWhatBerthNeverWrites()
    {
        ClientRecord record;
        record.host = QStringLiteral("tcp://h:2376");
        record.variables.append({EnvironmentStep::userKey(), QStringLiteral("DOCKER_HOST"), std::nullopt,
                                 RegistryKey::Value{QStringLiteral("REG_SZ"), QStringLiteral("tcp://h:2376")}});
        record.paths.append({EnvironmentStep::machineKey(), QStringLiteral("C:\\Program Files\\Docker")});
        record.files.append({QStringLiteral("C:\\Users\\a\\.docker\\key.pem"), QString(), true});
        record.contexts.append({QStringLiteral("berth-h"), true, QStringLiteral("tcp://old:2376"), {}});
        QString error;
        const ClientRecord back = ClientRecord::fromJson(record.toJson(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(back.toJson(), record.toJson());

        for (const QByteArray &json :
             {QByteArray("{}"), QByteArray("not json"),
              QByteArray(R"({"record":"Berth client set-up","variables":[{"key":"HKLM\\SOFTWARE\\X","name":"A"}]})"),
              QByteArray(R"({"record":"Berth client set-up","path":[{"key":"HKCU\\Software","folder":"C:\\x"}]})"),
              QByteArray(R"({"record":"Berth client set-up","contexts":[{"name":"default"}]})")}) {
            error.clear();
            QVERIFY(ClientRecord::fromJson(json, &error).isEmpty());
            QVERIFY2(!error.isEmpty(), json.constData());
        }
        // The record is in the user's profile, and a removal may run elevated: a variable a set-up does not set
        // (ComSpec), or one of its three in the machine's key, is refused (issue 24 item 5).
        for (const auto &[key, name] : {std::pair{EnvironmentStep::userKey(), QStringLiteral("ComSpec")},
                                        std::pair{EnvironmentStep::machineKey(), QStringLiteral("ComSpec")},
                                        std::pair{EnvironmentStep::machineKey(), QStringLiteral("DOCKER_HOST")}}) {
            ClientRecord planted;
            planted.variables.append({key, name, std::nullopt,
                                      RegistryKey::Value{QStringLiteral("REG_SZ"), QStringLiteral("C:\\x\\cmd.exe")}});
            error.clear();
            QVERIFY(ClientRecord::fromJson(planted.toJson(), &error).isEmpty());
            QVERIFY2(error.contains(name), qPrintable(error));
        }
        ClientRecord lowercase;
        lowercase.variables.append(
            {EnvironmentStep::userKey(), QStringLiteral("docker_cert_path"), std::nullopt, std::nullopt});
        error.clear();
        QVERIFY(!ClientRecord::fromJson(lowercase.toJson(), &error).isEmpty());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // A folder of the Path the record names is taken off only when it is the set-up's own (issue 24 item 5).
    void removalTakesOffOnlyTheSetUpsPathFolder()
    {
        QTemporaryDir root;
        const WindowsHost host(root.path(), {});
        ClientPlaces places;
        places.profile = QStringLiteral("C:\\Users\\a");
        places.programFiles = QStringLiteral("C:\\Program Files");
        places.dockerConfig = places.profile + QStringLiteral("\\.docker");
        ClientRecord record;
        record.paths.append({EnvironmentStep::machineKey(), QStringLiteral("C:\\Windows\\System32")});
        QString error;
        QVERIFY(ClientSteps::removal(host, places, record, &error).empty());
        QVERIFY2(error.contains(QLatin1String("names a folder of the Path that Berth does not add: "
                                              "C:\\Windows\\System32")),
                 qPrintable(error));
        record.paths = {{EnvironmentStep::machineKey(), QStringLiteral("c:\\program files\\docker")}};
        error.clear();
        QVERIFY2(!ClientSteps::removal(host, places, record, &error).empty(), qPrintable(error));
    }

    // A later set-up adds to the record; what the first one saw before Berth stays.
    void aLaterRecordKeepsWhatWasThereFirst()
    {
        ClientRecord first;
        first.host = QStringLiteral("tcp://a:2376");
        first.variables.append({EnvironmentStep::userKey(), QStringLiteral("DOCKER_HOST"),
                                RegistryKey::Value{QStringLiteral("REG_SZ"), QStringLiteral("tcp://mine:2376")},
                                RegistryKey::Value{QStringLiteral("REG_SZ"), QStringLiteral("tcp://a:2376")}});
        first.files.append({QStringLiteral("C:\\Users\\a\\.docker\\ca.pem"), QString(), false});
        ClientRecord later;
        later.host = QStringLiteral("tcp://b:2376");
        later.variables.append({EnvironmentStep::userKey(), QStringLiteral("docker_host"),
                                RegistryKey::Value{QStringLiteral("REG_SZ"), QStringLiteral("tcp://a:2376")},
                                RegistryKey::Value{QStringLiteral("REG_SZ"), QStringLiteral("tcp://b:2376")}});
        later.files.append({QStringLiteral("C:\\Users\\a\\.docker\\ca.pem"), QStringLiteral("C:\\copy"), false});
        later.paths.append({EnvironmentStep::userKey(), QStringLiteral("C:\\Program Files\\Docker")});
        const ClientRecord merged = later.mergedInto(first);
        QCOMPARE(merged.host, QStringLiteral("tcp://b:2376"));
        QCOMPARE(merged.variables.size(), 1);
        QCOMPARE(merged.variables.first().before->data, QStringLiteral("tcp://mine:2376"));
        QCOMPARE(merged.variables.first().set->data, QStringLiteral("tcp://b:2376"));
        QCOMPARE(merged.files.size(), 1);
        QVERIFY(merged.files.first().copy.isEmpty()); // new before Berth: removal removes it
        QCOMPARE(merged.paths.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestClientSteps)
#include "tst_clientsteps.moc"
