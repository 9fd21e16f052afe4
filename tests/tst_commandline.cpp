#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <quazip.h>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run berth(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C")); // the tests read Berth's English messages
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(BERTH_EXECUTABLE), arguments);
    Run run;
    if (!process.waitForFinished(30000))
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

QString writeAnswers(const QTemporaryDir &dir, const QByteArray &json)
{
    const QString name = dir.filePath(QStringLiteral("answers.json"));
    QFile file(name);
    file.open(QIODevice::WriteOnly);
    file.write(json);
    return name;
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void helpAndVersion()
    {
        const Run help = berth({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("Usage: berth"));
        QVERIFY(help.out.contains("validate"));
        const Run version = berth({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("berth 0."));
    }

    void renderPrintsTheSeedScript()
    {
        QFile golden(QStringLiteral(BERTH_TEST_DATA "/golden/seed-runDockerDaemon.cmd"));
        QVERIFY(golden.open(QIODevice::ReadOnly));
        const Run run = berth({QStringLiteral("render"), QStringLiteral("runDockerDaemon.cmd")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, golden.readAll());
        QTemporaryDir dir;
        const Run json = berth({QStringLiteral("render"), QStringLiteral("daemon.json"), QStringLiteral("--answers"),
                                writeAnswers(dir, R"({"runtime": {"debug": true}})")});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(json.out).object().value(QStringLiteral("debug")).toBool(), true);
    }

    void validateListsEveryProblemAndExitsTwo()
    {
        QTemporaryDir dir;
        const QString answers =
            writeAnswers(dir, R"({"tls": {"port": 70000}, "runtime": {"pipeGroup": "a;b"}, "x": 1})");
        const Run run = berth({QStringLiteral("validate"), QStringLiteral("--answers"), answers});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.trimmed().split(QLatin1Char('\n')), QStringList{QStringLiteral("x: unknown key")});
        const Run fixed = berth({QStringLiteral("validate"), QStringLiteral("--answers"),
                                 writeAnswers(dir, R"({"tls": {"port": 70000}, "runtime": {"pipeGroup": "a;b"}})")});
        QCOMPARE(fixed.exitCode, 2);
        const QStringList lines = fixed.err.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.contains(QStringLiteral("tls.port: 70000 is not a port (1-65535)")));
        const Run good = berth({QStringLiteral("validate"), QStringLiteral("--answers"), writeAnswers(dir, "{}")});
        QCOMPARE(good.exitCode, 0);
    }

    void planAsJson()
    {
        const Run run = berth({QStringLiteral("plan"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray steps = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(steps.size(), 13);
        QCOMPARE(steps.last().toObject().value(QStringLiteral("program")).toString(),
                 QStringLiteral("C:\\Windows\\System32\\sc.exe"));
    }

    void languageCanBeChosen()
    {
        QTemporaryDir dir;
        const QString answers = writeAnswers(dir, R"({"tls": {"port": 70000}})");
        const Run german = berth({QStringLiteral("validate"), QStringLiteral("--answers"), answers,
                                  QStringLiteral("--lang"), QStringLiteral("de")});
        QCOMPARE(german.err.trimmed(), QStringLiteral("tls.port: 70000 ist kein Port (1-65535)"));
        const Run french = berth({QStringLiteral("validate"), QStringLiteral("--answers"), answers,
                                  QStringLiteral("--lang"), QStringLiteral("fr")});
        QCOMPARE(french.err.trimmed(), QStringLiteral("tls.port: 70000 n’est pas un port (1-65535)"));
    }

    void planTellsClientsHowToConnect()
    {
        QTemporaryDir dir;
        const Run run =
            berth({QStringLiteral("plan"), QStringLiteral("--answers"),
                   writeAnswers(dir, R"({"tls": {"enabled": true, "subjectAltNames": ["docker01.corp"]}})")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("netsh.exe advfirewall firewall add rule \"name=Docker daemon\""));
        QVERIFY(run.out.contains("$env:DOCKER_HOST = \"tcp://docker01.corp:2376\""));
    }

    void certsGiveTheClientAZipWithoutTheCaKey()
    {
        QTemporaryDir dir;
        const QString zip = dir.filePath(QStringLiteral("client.zip"));
        const Run made = berth({QStringLiteral("certs"), QStringLiteral("--out"), dir.filePath(QStringLiteral("certs")),
                                QStringLiteral("--san"), QStringLiteral("127.0.0.1,docker01"), QStringLiteral("--key"),
                                QStringLiteral("ecdsa-p256"), QStringLiteral("--client-zip"), zip});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QVERIFY(made.out.contains("$env:DOCKER_HOST = \"tcp://127.0.0.1:2376\""));
        QuaZip archive(zip);
        QVERIFY(archive.open(QuaZip::mdUnzip));
        QStringList names = archive.getFileNameList();
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("ca.pem"), QStringLiteral("cert.pem"), QStringLiteral("key.pem")}));

        const Run bad = berth({QStringLiteral("certs"), QStringLiteral("--out"), dir.path(), QStringLiteral("--san"),
                               QStringLiteral("bad_name"), QStringLiteral("--days"), QStringLiteral("0"),
                               QStringLiteral("--key"), QStringLiteral("dsa")});
        QCOMPARE(bad.exitCode, 2);
        QCOMPARE(bad.err.trimmed().split(QLatin1Char('\n')).size(), 3);
        const Run none = berth({QStringLiteral("certs"), QStringLiteral("--out"), dir.path()});
        QVERIFY2(none.err.contains(QLatin1String("(this machine: ")) && none.err.contains(QLatin1String("127.0.0.1")),
                 qPrintable(none.err));
    }

    void tailPrintsAndFollowsTheLog()
    {
        QTemporaryDir root;
        QDir().mkpath(root.filePath(QStringLiteral("ProgramData/docker")));
        QFile log(root.filePath(QStringLiteral("ProgramData/docker/daemon.log")));
        QVERIFY(log.open(QIODevice::WriteOnly));
        log.write("one\ntwo\nthree\n");
        log.flush();
        const Run last = berth(
            {QStringLiteral("tail"), QStringLiteral("--root"), root.path(), QStringLiteral("-n"), QStringLiteral("2")});
        QCOMPARE(last.exitCode, 0);
        QCOMPARE(last.out, QByteArray("two\nthree\n"));
        QCOMPARE(berth({QStringLiteral("tail"), QStringLiteral("--root"), root.path(), QStringLiteral("-n"),
                        QStringLiteral("x")})
                     .exitCode,
                 2);
        QTemporaryDir empty;
        const Run missing = berth({QStringLiteral("tail"), QStringLiteral("--root"), empty.path()});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QLatin1String("daemon.log is not there")));

        QProcess follow;
        follow.start(QStringLiteral(BERTH_EXECUTABLE),
                     {QStringLiteral("tail"), QStringLiteral("--root"), root.path(), QStringLiteral("-n"),
                      QStringLiteral("1"), QStringLiteral("--follow")});
        QVERIFY(follow.waitForReadyRead(10000));
        QCOMPARE(follow.readAllStandardOutput(), QByteArray("three\n"));
        log.write("four\n");
        log.flush();
        QByteArray more;
        for (int i = 0; i < 50 && !more.contains("four\n"); ++i) {
            follow.waitForReadyRead(200);
            more += follow.readAllStandardOutput();
        }
        follow.kill();
        follow.waitForFinished();
        QCOMPARE(more, QByteArray("four\n"));
    }

    void usageErrorsExitTwo()
    {
        QCOMPARE(berth({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(berth({QStringLiteral("render"), QStringLiteral("hosts.txt")}).exitCode, 2);
        QCOMPARE(berth({QStringLiteral("render")}).exitCode, 2);
        QCOMPARE(berth({QStringLiteral("plan"), QStringLiteral("--bogus")}).exitCode, 2);
        const Run missing =
            berth({QStringLiteral("plan"), QStringLiteral("--answers"), QStringLiteral("/nonexistent.json")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(QLatin1String("/nonexistent.json")));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
