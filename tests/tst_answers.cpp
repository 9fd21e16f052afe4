#include "answers/AnswerKeys.h"
#include "answers/Answers.h"
#include "answers/JsonDuplicates.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

class TestAnswers : public QObject
{
    Q_OBJECT

private slots:
    // A choice is an enum in memory and a word in the file: every word of every choice key is read into
    // its own value and written back as itself, and a word the key does not take is refused by name.
    void everyChoiceWordRoundTrips()
    {
        int choices = 0;
        for (const AnswerKey &key : answerKeys()) {
            if (key.type != AnswerKey::Choice)
                continue;
            ++choices;
            QStringList seen;
            for (const QString &word : key.choices) {
                QJsonObject json;
                QStringList path = QString::fromLatin1(key.path).split(QLatin1Char('.'));
                QJsonValue value = word;
                while (path.size() > 1) {
                    value = QJsonObject{{path.takeLast(), value}};
                }
                json.insert(path.first(), value);
                QStringList problems;
                const Answers read = Answers::fromJson(json, &problems);
                QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
                QCOMPARE(key.word(read), word);
                QCOMPARE(key.choices.value(key.choice(read)), word);
                seen << key.word(read);
            }
            QCOMPARE(seen, key.choices);
            QStringList problems;
            Answers::fromJson(QJsonDocument::fromJson(QByteArray("{\"") + QByteArray(key.path).replace('.', "\":{\"") +
                                                      "\": \"bogus\"" +
                                                      QByteArray(QByteArray(key.path).count('.') + 1, '}'))
                                  .object(),
                              &problems);
            QVERIFY2(problems.size() == 1 &&
                         problems.first().startsWith(QLatin1String(key.path) + QStringLiteral(": ")),
                     qPrintable(problems.join(QLatin1Char('\n'))));
        }
        QCOMPARE(choices, 9);
        QCOMPARE(answerKey("nssm.source").choices, answerKey("binaries.source").choices); // one enum, Source
        QCOMPARE(wordOf(ServiceManager::ScheduledTask), QStringLiteral("scheduled-task"));
        QCOMPARE(fromWord<StartupType>(QStringLiteral("delayed-auto")), std::optional(StartupType::DelayedAuto));
        QCOMPARE(fromWord<Isolation>(QStringLiteral("hyper-v")), std::nullopt);
    }

    void defaultsAreTheSeedValues()
    {
        const Answers a;
        QCOMPARE(a.version, 1);
        QCOMPARE(a.host.edition, Edition::Server);
        QCOMPARE(a.service.manager, ServiceManager::Nssm);
        QCOMPARE(a.service.name, QStringLiteral("Docker"));
        QCOMPARE(a.service.displayName, QStringLiteral("Docker"));
        QCOMPARE(
            a.service.description,
            QStringLiteral("The Docker Daemon provides management capabilities of containers for docker clients."));
        QCOMPARE(a.service.applicationPath, QStringLiteral("C:\\Windows\\System32\\cmd.exe"));
        QCOMPARE(a.service.startupDirectory, QStringLiteral("C:\\Windows\\System32"));
        QCOMPARE(a.service.arguments, QStringLiteral("/s /c C:\\ProgramData\\docker\\runDockerDaemon.cmd < nul"));
        QCOMPARE(a.service.stdoutPath, QStringLiteral("C:\\ProgramData\\docker\\daemon.log"));
        QCOMPARE(a.service.stderrPath, QStringLiteral("C:\\ProgramData\\docker\\daemon.log"));
        QCOMPARE(a.tls.port, 2376);
        QCOMPARE(a.tls.address, QStringLiteral("0.0.0.0"));
        QCOMPARE(a.tls.certDir, QStringLiteral("C:\\ProgramData\\docker\\certs.d"));
        QCOMPARE(a.firewall.ruleName, QStringLiteral("Docker daemon"));
        QCOMPARE(a.firewall.port, 2376);
        QCOMPARE(a.binaries.installDir, QStringLiteral("C:\\Windows\\System32"));
        QCOMPARE(a.binaries.dockerdUrl, QStringLiteral("https://aka.ms/tp5/dockerd"));
        QCOMPARE(a.binaries.dockerUrl, QStringLiteral("https://aka.ms/tp5/docker"));
        QCOMPARE(a.nssm.url, QStringLiteral("https://nssm.cc/release/nssm-2.24.zip"));
        QCOMPARE(a.effectiveZipUrl(),
                 QStringLiteral("https://download.docker.com/win/static/stable/x86_64/docker-%1.zip")
                     .arg(a.binaries.version));
        QCOMPARE(a.daemon.configStyle, ConfigStyle::Script);
    }

    void emptyFileIsTheDefaults()
    {
        QStringList problems;
        QCOMPARE(Answers::fromJson({}, &problems), Answers());
        QVERIFY(problems.isEmpty());
    }

    void roundTripKeepsEveryValue()
    {
        Answers a;
        a.host.edition = Edition::Client;
        a.host.build = 17763;
        a.binaries.source = Source::Local;
        a.binaries.localPath = QStringLiteral("/srv/docker.zip");
        a.binaries.sha256 = QString(64, QLatin1Char('a'));
        a.service.manager = ServiceManager::Native;
        a.service.name = QStringLiteral("Docker Engine");
        a.service.startup = StartupType::DelayedAuto;
        a.tls.enabled = true;
        a.tls.port = 2377;
        a.tls.subjectAltNames = {QStringLiteral("host.example.com"), QStringLiteral("10.0.0.5")};
        a.runtime.isolation = Isolation::HyperV;
        a.runtime.pipeGroup = QStringLiteral("docker users");
        a.runtime.debug = true;
        a.firewall.enabled = true;
        a.firewall.port = 2377;
        a.firewall.remoteAddresses = {QStringLiteral("LocalSubnet")};
        a.daemon.configStyle = ConfigStyle::DaemonJson;
        a.download.allowHttp = true;

        QStringList problems;
        const QByteArray text = QJsonDocument(a.toJson()).toJson();
        const Answers back = Answers::fromJson(QJsonDocument::fromJson(text).object(), &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(back, a);
    }

    void writesNestedObjects()
    {
        const QJsonObject json = Answers().toJson();
        QCOMPARE(json.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("tls")).toObject().value(QStringLiteral("port")).toInt(), 2376);
        QCOMPARE(json.value(QStringLiteral("service"))
                     .toObject()
                     .value(QStringLiteral("application"))
                     .toObject()
                     .value(QStringLiteral("path"))
                     .toString(),
                 QStringLiteral("C:\\Windows\\System32\\cmd.exe"));
    }

    void unknownKeysAreNamed()
    {
        QStringList problems;
        const QJsonObject json = QJsonDocument::fromJson(R"({"tls": {"prot": 1}, "colour": "blue"})").object();
        Answers::fromJson(json, &problems);
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems.contains(QStringLiteral("tls.prot: unknown key")));
        QVERIFY(problems.contains(QStringLiteral("colour: unknown key")));
    }

    void wrongTypesAreNamedAndKeepTheDefault()
    {
        QStringList problems;
        const QJsonObject json = QJsonDocument::fromJson(
                                     R"({"tls": {"port": "2377", "enabled": "yes", "subjectAltNames": "a"},
                                         "runtime": 3, "host": {"build": 1.5}})")
                                     .object();
        const Answers a = Answers::fromJson(json, &problems);
        QCOMPARE(problems.size(), 5);
        QVERIFY(problems.contains(QStringLiteral("tls.port: expected a whole number, got \"2377\"")));
        QVERIFY(problems.contains(QStringLiteral("tls.enabled: expected true or false, got \"yes\"")));
        QVERIFY(problems.contains(QStringLiteral("tls.subjectAltNames: expected a list of text, got \"a\"")));
        QVERIFY(problems.contains(QStringLiteral("runtime: expected an object, got 3")));
        QVERIFY(problems.contains(QStringLiteral("host.build: expected a whole number, got 1.5")));
        QCOMPARE(a.tls.port, 2376);
    }

    void defaultsFollowOtherAnswers()
    {
        QStringList problems;
        Answers a = Answers::fromJson(QJsonDocument::fromJson(R"({"host": {"edition": "nano"}})").object(), &problems);
        QCOMPARE(a.service.manager, ServiceManager::ScheduledTask);
        a = Answers::fromJson(QJsonDocument::fromJson(R"({"tls": {"enabled": true, "port": 2399}})").object(),
                              &problems);
        QVERIFY(a.firewall.enabled);
        QCOMPARE(a.firewall.port, 2399);
        a = Answers::fromJson(
            QJsonDocument::fromJson(R"({"tls": {"enabled": true}, "firewall": {"enabled": false}})").object(),
            &problems);
        QVERIFY(!a.firewall.enabled);
        a = Answers::fromJson(
            QJsonDocument::fromJson(R"({"host": {"edition": "nano"}, "service": {"manager": "nssm"}})").object(),
            &problems);
        QCOMPARE(a.service.manager, ServiceManager::Nssm);
        QVERIFY(problems.isEmpty());
    }

    // The wizard's side of the same rule: an answer follows its source while it still holds what the
    // source gave it, and keeps what the admin chose on its own.
    void changedAnswersAreFollowed()
    {
        Answers a;
        Answers before = a;
        a.host.edition = Edition::Nano;
        QVERIFY(a.follow(before));
        QCOMPARE(a.service.manager, ServiceManager::ScheduledTask);
        before = a;
        a.host.edition = Edition::Server;
        QVERIFY(a.follow(before));
        QCOMPARE(a.service.manager, ServiceManager::Nssm);

        a.service.manager = ServiceManager::Native;
        before = a;
        a.host.edition = Edition::Nano;
        QVERIFY(a.follow(before)); // the engine follows Nano Server (WindowsReleases); the chosen manager stays
        QCOMPARE(a.service.manager, ServiceManager::Native);
        QCOMPARE(a.binaries.version, QStringLiteral("20.10.24"));

        before = a;
        a.tls.enabled = true;
        a.tls.port = 2399;
        QVERIFY(a.follow(before));
        QVERIFY(a.firewall.enabled);
        QCOMPARE(a.firewall.port, 2399);

        a.firewall.enabled = false; // the admin's own choice
        before = a;
        a.tls.port = 2400;
        QVERIFY(a.follow(before));
        QVERIFY(!a.firewall.enabled);
        QCOMPARE(a.firewall.port, 2400);

        a.firewall.port = 443;
        before = a;
        a.tls.port = 2401;
        QVERIFY(!a.follow(before));
        QCOMPARE(a.firewall.port, 443);
    }

    // Named once on the model: how clients reach the daemon. An IPv6 address goes in brackets, or the port
    // would read as part of it (the certificate verbs, apply's check and the log page's status line all use this).
    void clientEndpointBracketsIPv6()
    {
        Answers a;
        a.tls.port = 2399;
        QCOMPARE(a.clientEndpoint(QStringLiteral("HOST")), QStringLiteral("tcp://HOST:2399"));
        a.tls.subjectAltNames = {QStringLiteral("fd00::5"), QStringLiteral("docker01")};
        QCOMPARE(a.clientEndpoint(QStringLiteral("HOST")), QStringLiteral("tcp://[fd00::5]:2399"));
        QCOMPARE(Answers::tcpEndpoint(QStringLiteral("docker01.corp"), 2376),
                 QStringLiteral("tcp://docker01.corp:2376"));
    }

    void brokenFilesAreNamed()
    {
        QTemporaryDir dir;
        const QString name = dir.filePath(QStringLiteral("answers.json"));
        QFile file(name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"tls\": ");
        file.close();
        QStringList problems;
        Answers::fromFile(name, &problems);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().startsWith(name + QStringLiteral(": not valid JSON")), qPrintable(problems.first()));

        problems.clear();
        Answers::fromFile(dir.filePath(QStringLiteral("missing.json")), &problems);
        QCOMPARE(problems.size(), 1);
    }

    // JSON keeps one of two equal keys without a word: Berth names each key given twice, at any depth,
    // however it is spelled (an escaped letter is the same key), and keys equal only in another
    // object or array element are not duplicates.
    void keysGivenTwiceAreNamed()
    {
        QTemporaryDir dir;
        const QString name = dir.filePath(QStringLiteral("answers.json"));
        QFile file(name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "{\"tls\": {\"port\": 70000}, \"t\\u006cs\": {\"port\": 2376, \"port\": 2377},\n"
            "                       \"firewall\": {\"remoteAddresses\": [\"10.0.0.0/8\"], \"ruleName\": \"a,\\\"b\"},\n"
            "                       \"service\": {\"name\": \"x{y\", \"details\": {\"displayName\": \"d\"}},\n"
            "                       \"nssm\": {\"url\": \"[}\"}, \"binaries\": {\"source\": \"keep\"}}");
        file.close();
        QStringList problems;
        Answers::fromFile(name, &problems);
        QCOMPARE(problems,
                 (QStringList{QStringLiteral("tls: given more than once in %1; say it once, so that it is clear which "
                                             "counts")
                                  .arg(name),
                              QStringLiteral("tls.port: given more than once in %1; say it once, so that it is clear "
                                             "which counts")
                                  .arg(name)}));
        QCOMPARE(JsonDuplicates::find("[{\"a\": 1}, {\"a\": 2}, {\"b\": {\"a\": 1, \"c\": [{\"a\": 1, \"a\": 2}]}}]"),
                 QStringList{QStringLiteral("[2].b.c[0].a")});
        // Found by tst_fuzz: a key that begins with U+FEFF is another key, not a byte order mark.
        QVERIFY(JsonDuplicates::find("{\"exec-opts\": 1, \"\xef\xbb\xbf"
                                     "exec-opts\": 2}")
                    .isEmpty());
        QVERIFY(JsonDuplicates::find("{\"a\": {\"a\": {\"a\": 1}}, \"b\": \"\\\"a\\\": 1, \\\"a\\\": 2\"}").isEmpty());
    }

    void readmeDocumentsEveryKey()
    {
        QFile readme(QStringLiteral(BERTH_SOURCE_DIR "/README.md"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(readme.readAll());
        for (const AnswerKey &key : answerKeys())
            QVERIFY2(text.contains(QLatin1Char('`') + QLatin1String(key.path) + QLatin1Char('`')), key.path);
    }
};

QTEST_GUILESS_MAIN(TestAnswers)
#include "tst_answers.moc"
