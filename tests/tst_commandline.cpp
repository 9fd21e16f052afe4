#include "FileAccess.h"
#include "cli/CommandLine.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
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

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The docker CLI's settings for every run: a folder of the test's own, never the user's ~/.docker.
const QTemporaryDir &dockerConfig()
{
    static const QTemporaryDir dir;
    return dir;
}

Run berth(const QStringList &arguments, const QString &dockerConfigDir = dockerConfig().path())
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C")); // the tests read Berth's English messages
    env.insert(QStringLiteral("DOCKER_CONFIG"), dockerConfigDir);
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
        QCOMPARE(good.err, QString());
        // A pipe group is valid, and said to make its members the host's administrators.
        const Run group = berth({QStringLiteral("validate"), QStringLiteral("--answers"),
                                 writeAnswers(dir, R"({"runtime": {"pipeGroup": "docker-users"}})")});
        QCOMPARE(group.exitCode, 0);
        QVERIFY2(group.err.startsWith(
                     QLatin1String("warning: runtime.pipeGroup: members of docker-users can become administrators")),
                 qPrintable(group.err));
    }

    void planAsJson()
    {
        const Run run = berth({QStringLiteral("plan"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray steps = QJsonDocument::fromJson(run.out).array();
        QVERIFY(!steps.isEmpty());
        QCOMPARE(steps.last().toObject().value(QStringLiteral("commandLine")).toString(),
                 QStringLiteral("C:\\Windows\\System32\\sc.exe start Docker"));
        // A command that runs only when the host asks for it says when.
        QCOMPARE(steps.first().toObject().value(QStringLiteral("commandLine")).toString(),
                 QStringLiteral("C:\\Windows\\System32\\sc.exe stop Docker"));
        QVERIFY(!steps.first().toObject().value(QStringLiteral("when")).toString().isEmpty());
        QVERIFY(!steps.last().toObject().contains(QStringLiteral("when")));
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

#ifndef Q_OS_WIN
    // Asked with --context, the context is made in the docker CLI's settings (here the test's own
    // DOCKER_CONFIG), and a second run updates it rather than failing.
    void contextOnlyWhenAsked()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("docker")).isEmpty())
            QFAIL("the docker CLI (Debian's docker.io) is part of the test set-up");
        QTemporaryDir dir;
        QTemporaryDir config;
        const QStringList arguments{QStringLiteral("certs"),           QStringLiteral("--out"),
                                    dir.filePath(QStringLiteral("c")), QStringLiteral("--san"),
                                    QStringLiteral("docker01.test"),   QStringLiteral("--key"),
                                    QStringLiteral("ecdsa-p256"),      QStringLiteral("--context")};
        for (int run = 0; run < 2; ++run) {
            const Run made = berth(arguments, config.path());
            QVERIFY2(made.exitCode == 0, qPrintable(made.err));
            QVERIFY2(made.out.contains("docker context berth-docker01.test points at tcp://docker01.test:2376"),
                     made.out.constData());
        }
        QProcess docker;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DOCKER_CONFIG"), config.path());
        docker.setProcessEnvironment(env);
        docker.start(QStringLiteral("docker"),
                     {QStringLiteral("context"), QStringLiteral("inspect"), QStringLiteral("berth-docker01.test")});
        QVERIFY(docker.waitForFinished(30000));
        const QByteArray inspected = docker.readAllStandardOutput();
        QVERIFY2(inspected.contains("\"Host\": \"tcp://docker01.test:2376\"") && inspected.contains("\"TLSMaterial\""),
                 inspected.constData());
        // The client's key went into the context's own store, with the key's own rights.
        QDirIterator files(config.filePath(QStringLiteral("contexts/tls")), {QStringLiteral("key.pem")}, QDir::Files,
                           QDirIterator::Subdirectories);
        QVERIFY(files.hasNext());
        QCOMPARE(fileBytes(files.next()), fileBytes(dir.filePath(QStringLiteral("c/key.pem"))));
    }
#endif

    void certsGiveTheClientAZipWithoutTheCaKey()
    {
        QTemporaryDir dir;
        const QString zip = dir.filePath(QStringLiteral("client.zip"));
        const Run made = berth({QStringLiteral("certs"), QStringLiteral("--out"), dir.filePath(QStringLiteral("certs")),
                                QStringLiteral("--san"), QStringLiteral("127.0.0.1,docker01"), QStringLiteral("--key"),
                                QStringLiteral("ecdsa-p256"), QStringLiteral("--client-zip"), zip});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QVERIFY(made.out.contains("$env:DOCKER_HOST = 'tcp://127.0.0.1:2376'"));
        // The admin's docker CLI is not changed unasked: the command is shown, nothing is written.
        const QString certs = QDir::toNativeSeparators(dir.filePath(QStringLiteral("certs")));
        const QString slash = QDir::separator();
        QVERIFY2(decodeText(made.out).contains(
                     QStringLiteral(
                         "docker context create berth-127.0.0.1 --docker \"host=tcp://127.0.0.1:2376,ca=%1%2ca.pem,"
                         "cert=%1%2cert.pem,key=%1%2key.pem\"")
                         .arg(certs, slash)),
                 made.out.constData());
        QVERIFY(QDir(dockerConfig().path()).isEmpty());
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

    // The help is made from the verbs' own definitions: each verb's help names exactly the options
    // it takes, every other option is refused by name, and the README's table shows each of them.
    void eachVerbTakesTheOptionsItsHelpNames()
    {
        QFile readme(QStringLiteral(BERTH_SOURCE_DIR "/README.md"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QString table = QString::fromUtf8(readme.readAll());
        const QStringList global{QStringLiteral("lang"), QStringLiteral("help"), QStringLiteral("version")};
        for (const CommandLine::Verb &verb : CommandLine::verbs()) {
            const QString help = CommandLine::helpText(verb.name.isEmpty() ? nullptr : &verb);
            QString line; // the verb's row in the README
            for (const QString &row : table.split(QLatin1Char('\n'))) {
                if (row.startsWith(QStringLiteral("| `berth ") + verb.name + QLatin1Char(' ')) ||
                    (verb.name.isEmpty() && row.startsWith(QLatin1String("| `berth` |"))))
                    line = row;
            }
            QVERIFY2(!line.isEmpty(), qPrintable(QStringLiteral("README: no row for berth ") + verb.name));
            for (const CommandLine::Option &option : CommandLine::options()) {
                const QString name = option.names.first();
                const QString spelled = CommandLine::spelled(name);
                const bool takes = verb.options.contains(name) || global.contains(name);
                QStringList arguments{QStringLiteral("berth")};
                if (!verb.name.isEmpty())
                    arguments << verb.name << verb.arguments.section(QLatin1Char('|'), 0, 0);
                arguments.removeAll(QString());
                for (const QString &needed : verb.required)
                    arguments << QStringLiteral("--") + needed << QStringLiteral("x");
                if (!verb.required.contains(name))
                    arguments << spelled;
                if (!option.valueName.isEmpty() && !verb.required.contains(name))
                    arguments << QStringLiteral("x");
                const CommandLine given(arguments);
                if (takes) {
                    QVERIFY2(given.problem().isEmpty(),
                             qPrintable(arguments.join(QLatin1Char(' ')) + QStringLiteral(": ") + given.problem()));
                    if (!global.contains(name) && !verb.name.isEmpty()) {
                        QVERIFY2(help.contains(spelled), qPrintable(verb.name + QLatin1Char(' ') + spelled));
                        QVERIFY2(line.contains(spelled),
                                 qPrintable(QStringLiteral("README, berth ") + verb.name + QLatin1Char(' ') + spelled));
                    }
                } else {
                    QVERIFY2(given.problem().contains(spelled),
                             qPrintable(arguments.join(QLatin1Char(' ')) + QStringLiteral(": ") + given.problem()));
                    if (!verb.name.isEmpty())
                        QVERIFY2(!help.contains(spelled + QLatin1Char(' ')) &&
                                     !help.contains(spelled + QLatin1Char('\n')),
                                 qPrintable(verb.name + QStringLiteral(" help names ") + spelled));
                }
            }
            for (const QString &needed : verb.required) {
                QStringList arguments{QStringLiteral("berth"), verb.name};
                QVERIFY2(CommandLine(arguments).problem().contains(QStringLiteral("--") + needed),
                         qPrintable(verb.name + QStringLiteral(" without --") + needed));
            }
        }
        // And as a program: a verb's help, and an option it does not take.
        const Run help = berth({QStringLiteral("uninstall"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.startsWith("Usage: berth uninstall [--root DIR] [--service NAME]"), help.out.constData());
        const Run refused = berth({QStringLiteral("plan"), QStringLiteral("--keep-data")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.startsWith(QLatin1String("berth: plan does not take --keep-data")),
                 qPrintable(refused.err));
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
