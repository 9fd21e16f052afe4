#include "answers/Answers.h"
#include "answers/JsonDuplicates.h"
#include "fetch/ZipReader.h"
#include "fetch/ZipWriter.h"
#include "host/FirewallRules.h"
#include "host/RegistryKey.h"
#include "host/ServiceControl.h"
#include "inspect/HostInspector.h"
#include "render/DaemonJson.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

// Every parser that reads text Berth did not write (answer files, reg.exe and sc.exe output, the
// firewall's rules, a hand-made runDockerDaemon.cmd, daemon.json, zips), fed inputs mutated from
// real samples: no crash, no hang (ctest's timeout), and each parser's own promise kept.
//
// Bounded and repeatable: BERTH_FUZZ_RUNS inputs per parser (default 2000) from BERTH_FUZZ_SEED
// (default a fixed one). Run longer by hand, e.g. BERTH_FUZZ_RUNS=200000 BERTH_FUZZ_SEED=$RANDOM.
class TestFuzz : public QObject
{
    Q_OBJECT

private:
    static int runs()
    {
        const int runs = qEnvironmentVariableIntValue("BERTH_FUZZ_RUNS");
        return runs > 0 ? runs : 2000;
    }

    static quint32 seed(const char *parser)
    {
        bool set = false;
        const quint32 base = quint32(qEnvironmentVariableIntValue("BERTH_FUZZ_SEED", &set));
        return (set ? base : 20261128u) ^ qHash(QByteArray(parser));
    }

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // One to eight edits of what real inputs are made of: bytes flipped, inserted, dropped,
    // repeated, cut off, and the tokens each grammar cares about.
    static QByteArray mutate(QByteArray bytes, QRandomGenerator &random)
    {
        static const QList<QByteArray> tokens = {"\"",         "\\",
                                                 "%",          "..",
                                                 "{",          "}",
                                                 "[",          "]",
                                                 ",",          ":",
                                                 "\r\n",       QByteArray(1, '\0'),
                                                 "\xff\xfe",   "\xef\xbb\xbf",
                                                 "\\u0000",    "\\ud800",
                                                 "^",          "&",
                                                 "|",          "=",
                                                 "REG_SZ",     "REG_MULTI_SZ",
                                                 "REG_DWORD",  "hex(7):",
                                                 "0x",         "    ",
                                                 "set ",       "-H ",
                                                 "--",         "tcp://",
                                                 "RA4=",       "LPort=",
                                                 "v2.30|",     "/",
                                                 "\\0",        "STATE : 4  RUNNING",
                                                 "1e999",      "-1",
                                                 "4294967296", "PK\x01\x02",
                                                 "PK\x05\x06", QByteArray(300, 'A'),
                                                 "@="};
        const int edits = 1 + int(random.bounded(8));
        for (int i = 0; i < edits; ++i) {
            const qsizetype size = bytes.size();
            const qsizetype at = size > 0 ? qsizetype(random.bounded(quint32(size))) : 0;
            const qsizetype length =
                size > at ? 1 + qsizetype(random.bounded(quint32(qMin<qsizetype>(64, size - at)))) : 0;
            switch (random.bounded(7)) {
            case 0:
                if (size > 0)
                    bytes[at] = char(bytes.at(at) ^ (1 << random.bounded(8)));
                break;
            case 1:
                bytes.insert(at, char(random.bounded(256)));
                break;
            case 2:
                bytes.remove(at, length);
                break;
            case 3:
                bytes.insert(qsizetype(random.bounded(quint32(size + 1))), bytes.mid(at, length));
                break;
            case 4:
                bytes.insert(at, tokens.at(random.bounded(int(tokens.size()))));
                break;
            case 5:
                bytes.truncate(at);
                break;
            default: {
                QByteArray noise(length, Qt::Uninitialized);
                for (char &c : noise)
                    c = char(random.bounded(256));
                bytes.replace(at, length, noise);
            }
            }
        }
        return bytes.left(1 << 20);
    }

    // Runs check on the samples as they are, then on runs() mutations of them.
    static void fuzz(const char *parser, const QList<QByteArray> &samples,
                     const std::function<void(const QByteArray &)> &check)
    {
        QRandomGenerator random(seed(parser));
        for (const QByteArray &sample : samples) {
            check(sample);
            if (QTest::currentTestFailed())
                return;
        }
        QByteArray input;
        for (int run = 0; run < runs(); ++run) {
            input = mutate(samples.at(random.bounded(int(samples.size()))), random);
            check(input);
            if (QTest::currentTestFailed()) {
                qWarning("%s failed on input %d (seed %u): %s", parser, run, seed(parser),
                         input.toBase64().constData());
                return;
            }
        }
    }

private slots:
    // Answers either come with problems, or go out and back in as the same answers.
    void answerFiles()
    {
        const QList<QByteArray> samples = {
            read(QStringLiteral(BERTH_TEST_DATA "/answers/everything.json")),
            read(QStringLiteral(BERTH_TEST_DATA "/answers/ipv6.json")),
            "{\"tls\": {\"port\": 70000}, \"tls\": {\"subjectAltNames\": [\"a\", \"b\"]}}"};
        QVERIFY(!samples.first().isEmpty());
        fuzz("answers", samples, [](const QByteArray &text) {
            JsonDuplicates::find(text); // promised for valid JSON only, but never to crash
            QStringList problems;
            const Answers answers = Answers::fromText(text, QStringLiteral("answers.json"), &problems);
            if (!problems.isEmpty())
                return;
            QStringList again;
            const QByteArray written = QJsonDocument(answers.toJson()).toJson();
            QCOMPARE(Answers::fromText(written, QStringLiteral("again.json"), &again).toJson(), answers.toJson());
            QVERIFY2(again.isEmpty(), qPrintable(again.join(QLatin1Char('\n'))));
        });
    }

    // An existing daemon.json is merged or left alone; a merge merged again changes nothing.
    void daemonJson()
    {
        const QList<QByteArray> samples = {
            read(QStringLiteral(BERTH_TEST_DATA "/golden/daemon-json.json")),
            "{\"data-root\": \"D:\\\\docker\", \"exec-opts\": [\"isolation=hyperv\", 1]}"};
        QVERIFY(!samples.first().isEmpty());
        Answers answers;
        answers.tls.enabled = true;
        answers.runtime.isolation = Isolation::Process;
        fuzz("daemon.json", samples, [&answers](const QByteArray &existing) {
            QString error;
            const QByteArray merged = DaemonJson::render(answers, existing, &error);
            if (merged.isEmpty()) {
                QVERIFY(!error.isEmpty());
                return;
            }
            QVERIFY(QJsonDocument::fromJson(merged).isObject());
            const QByteArray again = DaemonJson::render(answers, merged, &error);
            QVERIFY2(again == merged, qPrintable(error + QStringLiteral("\n") + QString::fromUtf8(merged)));
        });
    }

    // A hand-made runDockerDaemon.cmd is read or not; what is read is an answer set.
    void daemonScripts()
    {
        const QList<QByteArray> samples = {read(QStringLiteral(BERTH_TEST_DATA "/golden/seed-runDockerDaemon.cmd")),
                                           read(QStringLiteral(BERTH_TEST_DATA "/golden/everything.cmd")),
                                           read(QStringLiteral(BERTH_TEST_DATA "/golden/ipv6.cmd"))};
        QVERIFY(!samples.first().isEmpty());
        fuzz("runDockerDaemon.cmd", samples, [](const QByteArray &script) {
            Answers answers;
            if (HostInspector::readScript(script, &answers))
                QVERIFY(answers.tls.port >= 0);
        });
    }

    // reg query and reg export: names are whole lines' names, never with a line break in them.
    void registryOutput()
    {
        const QByteArray query =
            "\r\nHKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Docker\r\n"
            "    Type    REG_DWORD    0x10\r\n    Start    REG_DWORD    0x2\r\n"
            "    DependOnService    REG_MULTI_SZ    ConDrv\\0Tcpip\r\n    Description    REG_SZ    \r\n"
            "    DisplayName    REG_SZ    Docker Engine\r\n\r\n"
            "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Docker\\Parameters\r\n";
        const QByteArray exported =
            "Windows Registry Editor Version 5.00\r\n\r\n"
            "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Docker]\r\n"
            "\"DependOnService\"=hex(7):43,00,6f,00,6e,00,00,00,\\\r\n  00,00\r\n"
            "\"Description\"=\"Runs \\\"dockerd\\\" from C:\\\\Program Files\\\\\"\r\n"
            "\"Start\"=dword:00000002\r\n\"Big\"=hex(b):00,00,00,00,01,00,00,00\r\n@=\"default\"\r\n\r\n"
            "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Docker\\Parameters]\r\n"
            "\"AppParameters\"=hex(2):2f,00,73,00,00,00\r\n";
        const QString path = QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\Docker");
        fuzz("reg", {query, exported}, [&path](const QByteArray &bytes) {
            const QString text = QString::fromUtf8(bytes);
            for (const RegistryKey &key : {RegistryKey::parse(path, text), RegistryKey::parseExport(path, text)}) {
                const QMap<QString, RegistryKey::Value> values = key.values();
                for (auto it = values.begin(); it != values.end(); ++it) {
                    QVERIFY2(!it.key().contains(QLatin1Char('\n')), qPrintable(it.key()));
                    key.number(it.key());
                    key.list(it.key());
                }
                for (const QString &subkey : key.subkeys())
                    QVERIFY2(!subkey.contains(QLatin1Char('\n')), qPrintable(subkey));
            }
        });
    }

    // sc.exe query: the state is read from its constant only; a text without RUNNING is never running.
    void serviceQuery()
    {
        const QByteArray query = "\r\nSERVICE_NAME: Docker \r\n        TYPE               : 10  WIN32_OWN_PROCESS  \r\n"
                                 "        STATE              : 4  RUNNING \r\n"
                                 "                                (STOPPABLE, NOT_PAUSABLE, ACCEPTS_SHUTDOWN)\r\n"
                                 "        WIN32_EXIT_CODE    : 0  (0x0)\r\n        WAIT_HINT          : 0x0\r\n";
        const QByteArray german = QByteArray(query).replace("STATE ", "STATUS");
        fuzz("sc query", {query, german}, [](const QByteArray &bytes) {
            const QString text = QString::fromUtf8(bytes);
            const ServiceControl::State state = ServiceControl::parseQuery(text, 0);
            if (!text.contains(QLatin1String("RUNNING")))
                QVERIFY(state != ServiceControl::Running);
            QVERIFY(state != ServiceControl::Missing); // sc.exe query ended well: the service is there
        });
    }

    // The firewall's rules: addresses come out canonical, and the netsh arguments that would put a
    // rule back are each one argument, never a way to add another.
    void firewallRules()
    {
        const QByteArray rule =
            "v2.30|Action=Allow|Active=TRUE|Dir=In|Protocol=6|LPort=2376|RA4=192.0.2.0/255.255.255.0|"
            "RA4=LocalSubnet|RA6=fd00::/8|Name=Docker daemon|Desc=Berth|Profile=Domain|Profile=Private|";
        const QByteArray block = "v2.31|Action=Block|Active=FALSE|Dir=Out|Protocol=17|LPort=53|Name=DNS|";
        fuzz("firewall rule", {rule, block}, [](const QByteArray &bytes) {
            const FirewallRule parsed = FirewallRules::parse(QStringLiteral("{id}"), QString::fromUtf8(bytes));
            for (const QString &address : parsed.remoteAddresses)
                QCOMPARE(FirewallRules::canonical(address), address);
            // name= and description= are the rule's own text, each one argument; every other is a word
            // of netsh's grammar.
            static const QRegularExpression word(QStringLiteral("^[a-z]+=[A-Za-z0-9.,:/-]*$"));
            const QStringList arguments = parsed.netshArguments();
            for (const QString &argument : arguments.mid(4)) {
                if (!argument.startsWith(QLatin1String("name=")) && !argument.startsWith(QLatin1String("description=")))
                    QVERIFY2(word.match(argument).hasMatch(), qPrintable(argument));
            }
        });
    }

    // A zip from outside: refused with a reason, or every entry it names is one that may be taken,
    // and reading any entry ends with the bytes or a reason.
    void zips()
    {
        QTemporaryDir dir;
        const QString made = dir.filePath(QStringLiteral("sample.zip"));
        QString error;
        QVERIFY(ZipWriter::write(made,
                                 {{QStringLiteral("docker/dockerd.exe"), QByteArray(3000, 'd')},
                                  {QStringLiteral("docker/docker.exe"), QByteArray("client")},
                                  {QStringLiteral("win64/nssm.exe"), QByteArray()}},
                                 &error));
        const QByteArray sample = read(made);
        QVERIFY(!sample.isEmpty());
        const QString path = dir.filePath(QStringLiteral("fuzzed.zip"));
        fuzz("zip", {sample}, [&path](const QByteArray &bytes) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(bytes);
            file.close();
            ZipReader zip(path, 1 << 20, 4 << 20);
            QString error;
            if (!zip.open(&error)) {
                QVERIFY(!error.isEmpty());
                return;
            }
            for (const QString &entry : zip.entries()) {
                QVERIFY2(ZipReader::refusal(entry, 0).isEmpty(), qPrintable(entry));
                QBuffer out;
                out.open(QIODevice::WriteOnly);
                if (!zip.read(entry, &out, &error))
                    QVERIFY(!error.isEmpty());
                QVERIFY(out.size() <= 1 << 20);
            }
        });
    }
};

QTEST_GUILESS_MAIN(TestFuzz)
#include "tst_fuzz.moc"
