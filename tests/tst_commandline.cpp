#include "FileAccess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <quazip.h>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace {

// What a line ends with when Berth prints text to a file or pipe: CRLF as a Windows program.
#ifdef Q_OS_WIN
const QByteArray Eol = "\r\n";
#else
const QByteArray Eol = "\n";
#endif

#ifdef Q_OS_WIN
// The code page text goes to files and pipes in: the console's (chcp), else the OEM code page.
UINT textCodePage()
{
    return GetConsoleOutputCP() != 0 ? GetConsoleOutputCP() : GetOEMCP();
}
#endif

// Text as Berth prints it to a file or pipe: on Windows in that code page (what `type` and
// PowerShell read it with), where a character the page lacks becomes its nearest match.
QString decodeText(const QByteArray &bytes)
{
#ifdef Q_OS_WIN
    const int size = MultiByteToWideChar(textCodePage(), 0, bytes.constData(), int(bytes.size()), nullptr, 0);
    std::wstring wide(size_t(size), L'\0');
    MultiByteToWideChar(textCodePage(), 0, bytes.constData(), int(bytes.size()), wide.data(), size);
    return QString::fromStdWString(wide).replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
#else
    return QString::fromLocal8Bit(bytes);
#endif
}

// A message as it arrives through that code page.
QString asPrinted(const QString &text)
{
#ifdef Q_OS_WIN
    const std::wstring wide = text.toStdWString();
    const int size =
        WideCharToMultiByte(textCodePage(), 0, wide.data(), int(wide.size()), nullptr, 0, nullptr, nullptr);
    QByteArray bytes(size, '\0');
    WideCharToMultiByte(textCodePage(), 0, wide.data(), int(wide.size()), bytes.data(), size, nullptr, nullptr);
    return decodeText(bytes);
#else
    return text;
#endif
}

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
    run.err = decodeText(process.readAllStandardError());
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
        QCOMPARE(french.err.trimmed(), asPrinted(QStringLiteral("tls.port: 70000 n’est pas un port (1-65535)")));
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
        // It holds the client's private key: readable by its owner alone.
        QCOMPARE(FileAccess::describe(zip), QStringLiteral("owner-only"));

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
        QCOMPARE(last.out, "two" + Eol + "three" + Eol);
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
        QCOMPARE(follow.readAllStandardOutput(), "three" + Eol);
        log.write("four\n");
        log.flush();
        QByteArray more;
        for (int i = 0; i < 50 && !more.contains("four" + Eol); ++i) {
            follow.waitForReadyRead(200);
            more += follow.readAllStandardOutput();
        }
        follow.kill();
        follow.waitForFinished();
        QCOMPARE(more, "four" + Eol);
    }

    // A path in any script arrives whole: on Windows the arguments are read as Unicode, not through
    // the ANSI code page, which has no Ω and no ů (Western European) and would make them "?".
    void unicodeArgumentsArriveWhole()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("Ωmega-Průvodce"));
        QVERIFY(QDir().mkpath(folder));
        const QString answers = folder + QStringLiteral("/odpovědi.json");
        QFile file(answers);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"tls": {"port": 70000}})");
        file.close();
        const Run run = berth({QStringLiteral("validate"), QStringLiteral("--answers"), answers});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.trimmed(), QStringLiteral("tls.port: 70000 is not a port (1-65535)"));
    }

#ifndef Q_OS_WIN
    // Here, with no --root, there is no Windows host: the verbs that change or read one say so and
    // exit 2 before anything runs.
    void hostVerbsNeedAHostHere()
    {
        for (const char *verb : {"apply", "inspect", "uninstall", "tail"}) {
            const Run run = berth({QLatin1String(verb)});
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(QLatin1String("This machine is not Windows")), qPrintable(run.err));
        }
    }
#endif

    // --root stands for C: alone: a path on another drive is refused by its key, before anything runs,
    // never written to C:.
    void otherDrivesAreRefusedUnderRoot()
    {
        QTemporaryDir dir, root;
        const QString answers = writeAnswers(dir, R"({"service": {"io": {"stdout": "D:\\logs\\daemon.log"}}})");
        const Run run = berth(
            {QStringLiteral("apply"), QStringLiteral("--answers"), answers, QStringLiteral("--root"), root.path()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("service.io.stdout: D:\\logs\\daemon.log is on drive D:")),
                 qPrintable(run.err));
        QVERIFY(QDir(root.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
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
