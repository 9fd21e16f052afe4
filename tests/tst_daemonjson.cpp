#include "render/DaemonFlags.h"
#include "render/DaemonJson.h"
#include "render/DaemonScript.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

QJsonObject parse(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

Answers everything()
{
    Answers a;
    a.daemon.configStyle = ConfigStyle::DaemonJson;
    a.tls.enabled = true;
    a.tls.subjectAltNames = {QStringLiteral("docker01")};
    a.runtime.pipeGroup = QStringLiteral("docker users");
    a.runtime.isolation = Isolation::Process;
    a.runtime.debug = true;
    return a;
}

} // namespace

class TestDaemonJson : public QObject
{
    Q_OBJECT

private slots:
    void matchesGoldenFile()
    {
        QFile golden(QStringLiteral(BERTH_TEST_DATA "/golden/daemon-json.json"));
        QVERIFY(golden.open(QIODevice::ReadOnly));
        QCOMPARE(DaemonJson::render(everything()), golden.readAll());
    }

    void defaultsListenOnThePipeOnly()
    {
        const QJsonObject json = parse(DaemonJson::render(Answers()));
        QCOMPARE(json.keys(), QStringList{QStringLiteral("hosts")});
        QCOMPARE(json.value(QStringLiteral("hosts")).toArray(), QJsonArray{QStringLiteral("npipe://")});
    }

    void mergeKeepsWhatBerthDoesNotOwn()
    {
        const QByteArray existing = R"({"data-root": "D:\\docker", "registry-mirrors": ["https:\/\/m"],
                                       "exec-opts": ["isolation=hyperv", "native.cgroupdriver=x"],
                                       "debug": true, "hosts": ["tcp://0.0.0.0:2375"]})";
        QString error;
        const QJsonObject merged = parse(DaemonJson::render(Answers(), existing, &error));
        QVERIFY(error.isEmpty());
        QCOMPARE(merged.value(QStringLiteral("data-root")).toString(), QStringLiteral("D:\\docker"));
        QCOMPARE(merged.value(QStringLiteral("registry-mirrors")).toArray().size(), 1);
        // Berth owns isolation and debug: the defaults turn them off. Other exec-opts stay.
        QCOMPARE(merged.value(QStringLiteral("exec-opts")).toArray(),
                 QJsonArray{QStringLiteral("native.cgroupdriver=x")});
        QVERIFY(!merged.contains(QStringLiteral("debug")));
        QCOMPARE(merged.value(QStringLiteral("hosts")).toArray(), QJsonArray{QStringLiteral("npipe://")});
    }

    // The admin's data-root stays while the answers leave runtime.dataRoot empty (images must not seem to vanish);
    // an answer replaces it, and the script style's flag takes it out of daemon.json, where it would collide.
    void dataRootIsTheAdminsUntilTheAnswersSetIt()
    {
        const QByteArray existing = R"({"data-root": "D:\\docker", "debug": true})";
        Answers a;
        a.runtime.dataRoot = QStringLiteral("E:\\docker data");
        QCOMPARE(parse(DaemonJson::render(a, existing)).value(QStringLiteral("data-root")).toString(),
                 QStringLiteral("E:\\docker data"));
        a.runtime.dataRoot.clear();
        QCOMPARE(parse(DaemonJson::render(a, existing)).value(QStringLiteral("data-root")).toString(),
                 QStringLiteral("D:\\docker"));
        a.runtime.dataRoot = QStringLiteral("E:\\docker data");
        QCOMPARE(DaemonJson::conflicts(DaemonFlags::all(a, false), parse(existing)),
                 QStringList{QStringLiteral("--data-root is given as a flag and as \"data-root\" in daemon.json; "
                                            "dockerd refuses to start")});
    }

    void mergeTwiceChangesNothing()
    {
        const QByteArray once = DaemonJson::render(everything(), R"({"storage-opts": ["size=40G"]})");
        QCOMPARE(DaemonJson::render(everything(), once), once);
    }

    void brokenFileIsNeverOverwritten()
    {
        QString error;
        QCOMPARE(DaemonJson::render(Answers(), "{\"hosts\": [", &error), QByteArray());
        QVERIFY(error.contains(QLatin1String("daemon.json")));
        error.clear();
        QCOMPARE(DaemonJson::render(Answers(), "[1, 2]", &error), QByteArray());
        QVERIFY(!error.isEmpty());
        error.clear();
        QCOMPARE(DaemonJson::render(Answers(), "{\"data-root\": \"D:\\\\a\", \"data-root\": \"E:\\\\b\"}", &error),
                 QByteArray());
        QVERIFY2(error.contains(QLatin1String("data-root more than once")), qPrintable(error));
        // Found by tst_fuzz: a name with an invisible U+FEFF in front is kept by Qt with it and shown
        // without it, so exec-opts would be written back twice.
        error.clear();
        QCOMPARE(DaemonJson::render(Answers(),
                                    "{\"\xef\xbb\xbf"
                                    "exec-opts\": [\"isolation=hyperv\"]}",
                                    &error),
                 QByteArray());
        QVERIFY2(error.contains(QLatin1String("U+FEFF")), qPrintable(error));
        QCOMPARE(DaemonJson::render(Answers(), "{\"\\uFEFFexec-opts\": []}", &error), QByteArray());
        // As the file's byte order mark it is no trouble.
        QVERIFY(!DaemonJson::render(Answers(), "\xef\xbb\xbf{\"debug\": true}", &error).isEmpty());
    }

    void scriptPassesNoFlagThatDaemonJsonSets()
    {
        const Answers a = everything();
        const QJsonObject json = parse(DaemonJson::render(a));
        QString script = QString::fromLatin1(DaemonScript::render(a));
        QVERIFY(!script.contains(QLatin1String(" -H")));
        QVERIFY(!script.contains(QLatin1String("--tls")));
        // The same settings as flags would conflict, one line per setting.
        const QStringList conflicts = DaemonJson::conflicts(DaemonFlags::all(a, true), json);
        QCOMPARE(conflicts.size(), 8);
        QVERIFY(conflicts.first().startsWith(QLatin1String("--host is given as a flag and as \"hosts\"")));
        QCOMPARE(DaemonJson::conflicts({}, json), QStringList());
        QCOMPARE(DaemonJson::conflicts(DaemonFlags::all(a, true), QJsonObject()), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestDaemonJson)
#include "tst_daemonjson.moc"
