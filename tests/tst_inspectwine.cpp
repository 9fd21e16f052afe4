#include "WineHost.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

// berth inspect reads a host back into answers that, applied, change nothing: after Berth's own
// apply, and on a host set up by hand from the seed.
class TestInspectWine : public QObject
{
    Q_OBJECT

private:
    static Answers inspected(const WineHost &host, QStringList *problems)
    {
        const WinePrefix::Result result = host.berth({QStringLiteral("inspect")});
        if (result.exitCode != 0)
            qWarning() << result.err;
        *problems = QString::fromLocal8Bit(result.err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        // The first line names the host's Windows (WineHost's: Server 2019); the rest are problems.
        if (problems->isEmpty() || problems->first() != QLatin1String("Windows: Windows Server 2019 (build 17763)."))
            problems->append(QStringLiteral("no line names the host's Windows first"));
        else
            problems->removeFirst();
        QStringList parseProblems;
        const Answers answers = Answers::fromJson(QJsonDocument::fromJson(result.out).object(), &parseProblems);
        problems->append(parseProblems);
        return answers;
    }

    static void copy(const QString &from, const QString &to)
    {
        QFile::remove(to);
        QVERIFY(QFile::copy(from, to));
    }

private slots:
    void init()
    {
        if (!QFile::exists(WineHost::standin("nssm.exe")))
            QSKIP("the Windows stand-ins were not built: install gcc-mingw-w64-x86-64");
    }

    void applyThenInspectGivesTheSameAnswers()
    {
        WineHost host;
        if (!host.unavailableReason().isEmpty())
            QSKIP(qPrintable(host.unavailableReason()));
        Answers applied = host.answers();
        applied.runtime.pipeGroup = QStringLiteral("docker users");
        applied.runtime.isolation = Isolation::Process;
        applied.runtime.dataRoot = QStringLiteral("C:\\Docker Data");
        applied.service.displayName = QStringLiteral("Docker Engine");
        applied.service.startup = StartupType::DelayedAuto;
        applied.tls.certDir = QStringLiteral("C:\\Program Files (x86)\\certs");
        QCOMPARE(host.berth({QStringLiteral("apply"), QStringLiteral("--answers"), host.answersFile(applied)}).exitCode,
                 0);

        QStringList problems;
        const Answers read = inspected(host, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        Answers expected = applied;
        expected.host.build = 17763;
        expected.binaries.source = Source::Keep;
        expected.binaries.localPath.clear();
        expected.nssm.source = Source::Keep;
        expected.nssm.localPath.clear();
        Answers actual = read;
        actual.binaries.localPath.clear();
        actual.nssm.localPath.clear();
        QCOMPARE(QJsonDocument(actual.toJson()).toJson(), QJsonDocument(expected.toJson()).toJson());

        const WinePrefix::Result again =
            host.berth({QStringLiteral("apply"), QStringLiteral("--answers"), host.answersFile(read)});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains("Nothing changes"), again.out);
    }

    // The seed's steps done by hand: the binaries copied to System32, the script typed in, and
    // the NSSM dialog's Application, Details and I/O fields filled in and installed. Berth recognises it: an apply
    // of what it reads changes nothing but the folder's access (taken over), and a second one nothing at all.
    void handMadeSeedHostIsRecognised()
    {
        WineHost host;
        if (!host.unavailableReason().isEmpty())
            QSKIP(qPrintable(host.unavailableReason()));
        copy(WineHost::standin("dockerd.exe"), host.hostPath(QStringLiteral("C:\\Windows\\System32\\dockerd.exe")));
        copy(WineHost::standin("docker.exe"), host.hostPath(QStringLiteral("C:\\Windows\\System32\\docker.exe")));
        copy(WineHost::standin("nssm.exe"), host.hostPath(QStringLiteral("C:\\Windows\\System32\\nssm.exe")));
        QDir().mkpath(host.hostPath(QStringLiteral("C:\\ProgramData")) + QStringLiteral("/docker"));
        copy(QStringLiteral(BERTH_TEST_DATA "/golden/seed-runDockerDaemon.cmd"),
             host.hostPath(QStringLiteral("C:\\ProgramData\\docker")) + QStringLiteral("/runDockerDaemon.cmd"));
        const QString nssm = QStringLiteral("C:\\Windows\\System32\\nssm.exe");
        const QList<QStringList> dialog = {
            {QStringLiteral("install"), QStringLiteral("Docker"), QStringLiteral("C:\\Windows\\System32\\cmd.exe"),
             QStringLiteral("/s"), QStringLiteral("/c"), QStringLiteral("C:\\ProgramData\\docker\\runDockerDaemon.cmd"),
             QStringLiteral("<"), QStringLiteral("nul")},
            {QStringLiteral("set"), QStringLiteral("Docker"), QStringLiteral("AppDirectory"),
             QStringLiteral("C:\\Windows\\System32")},
            {QStringLiteral("set"), QStringLiteral("Docker"), QStringLiteral("DisplayName"), QStringLiteral("Docker")},
            {QStringLiteral("set"), QStringLiteral("Docker"), QStringLiteral("Description"),
             QStringLiteral("The Docker Daemon provides management capabilities of containers for docker clients.")},
            {QStringLiteral("set"), QStringLiteral("Docker"), QStringLiteral("AppStdout"),
             QStringLiteral("C:\\ProgramData\\docker\\daemon.log")},
            {QStringLiteral("set"), QStringLiteral("Docker"), QStringLiteral("AppStderr"),
             QStringLiteral("C:\\ProgramData\\docker\\daemon.log")},
        };
        for (const QStringList &arguments : dialog)
            QCOMPARE(host.run(nssm, arguments).exitCode, 0);
        QCOMPARE(host.run(QStringLiteral("sc.exe"), {QStringLiteral("start"), QStringLiteral("Docker")}).exitCode, 0);
        // sc.exe start returns at START_PENDING; NSSM says RUNNING once the daemon has run 1.5 s. Before that an
        // apply would find Docker not running and start it (seen under load: a run that changed the host).
        QTRY_COMPARE_WITH_TIMEOUT(host.serviceState(), QStringLiteral("RUNNING"), 30000);

        QStringList problems;
        const Answers read = inspected(host, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(read.service.manager, ServiceManager::Nssm);
        QCOMPARE(read.service.arguments, Answers().service.arguments);
        QCOMPARE(read.daemon.configStyle, ConfigStyle::Script);
        QVERIFY(!read.service.noConsole); // the seed's dialog leaves AppNoConsole alone
        const QString before = host.snapshot();
        const WinePrefix::Result applied =
            host.berth({QStringLiteral("apply"), QStringLiteral("--answers"), host.answersFile(read)});
        QVERIFY2(applied.exitCode == 0, applied.out + applied.err);
        // The one change: the procedure's mkdir under ProgramData lets Users add files and folders there (a
        // config\daemon.json of theirs would open the daemon to the network), so the folder is taken over. No file,
        // value or service changes, and the daemon is not restarted.
        QVERIFY2(applied.out.contains("[1/1] Lock the folders Docker runs from ...") &&
                     applied.out.contains("Applied."),
                 applied.out);
        QCOMPARE(host.snapshot(), before);
        const WinePrefix::Result again =
            host.berth({QStringLiteral("apply"), QStringLiteral("--answers"), host.answersFile(read)});
        QVERIFY2(again.exitCode == 0 && again.out.contains("Nothing changes"), again.out + again.err);
        QCOMPARE(host.snapshot(), before);
    }

    void problemsOnTheHostAreReported()
    {
        WineHost host;
        if (!host.unavailableReason().isEmpty())
            QSKIP(qPrintable(host.unavailableReason()));
        Answers answers = host.answers();
        QCOMPARE(host.berth({QStringLiteral("apply"), QStringLiteral("--answers"), host.answersFile(answers)}).exitCode,
                 0);
        // Someone adds hosts to daemon.json and a tag.txt without certificates, and removes dockerd.exe.
        QFile json(host.hostPath(QStringLiteral("C:\\ProgramData\\docker")) + QStringLiteral("/config/daemon.json"));
        QDir().mkpath(QFileInfo(json).absolutePath());
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write("{\"hosts\": [\"tcp:/"
                   "/0.0.0.0:2375\"]}"); // (moc reads // in a string as a comment)
        json.close();
        QFile tag(host.hostPath(QStringLiteral("C:\\ProgramData\\docker")) + QStringLiteral("/tag.txt"));
        QVERIFY(tag.open(QIODevice::WriteOnly));
        tag.close();
        QVERIFY(QFile::remove(host.hostPath(QStringLiteral("C:\\Windows\\System32\\dockerd.exe"))));

        QStringList problems;
        inspected(host, &problems);
        const QString all = problems.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("--host is given as a flag and as \"hosts\" in daemon.json")),
                 qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("tag.txt asks the script for its secure branch")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("C:\\Windows\\System32\\dockerd.exe is not there")), qPrintable(all));
    }

    void noDockerIsSaid()
    {
        WineHost host;
        if (!host.unavailableReason().isEmpty())
            QSKIP(qPrintable(host.unavailableReason()));
        const WinePrefix::Result result = host.berth({QStringLiteral("inspect")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains("No Docker service or scheduled task named Docker"));
    }
};

QTEST_GUILESS_MAIN(TestInspectWine)
#include "tst_inspectwine.moc"
