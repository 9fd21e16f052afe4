#include "NginxServer.h"
#include "WineHost.h"

#include "apply/ApplyJournal.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

// berth upgrade on a Wine host, against a real nginx serving an index page in download.docker.com's
// form and release zips whose dockerd.exe (the stand-in, built as that release) answers its own version.
// What an upgrade changes is dockerd.exe and docker.exe, and nothing else; when the new daemon does not
// run or does not start, the host is as it was, running the old one.
class TestUpgradeWine : public QObject
{
    Q_OBJECT

private:
    // What dockerd.exe on the host says it is.
    static QString installed(const WineHost &host)
    {
        const WinePrefix::Result result =
            host.run(QStringLiteral("C:\\Windows\\System32\\dockerd.exe"), {QStringLiteral("--version")});
        return QString::fromUtf8(result.out).trimmed();
    }

    // The host without the binaries and Berth's backups: what an upgrade must leave as it was.
    static QString configuration(const WineHost &host)
    {
        QStringList lines = host.snapshot().split(QLatin1Char('\n'));
        lines.removeIf([](const QString &line) {
            return line.startsWith(QLatin1String("/docker/berth-backup")) ||
                   line.startsWith(QLatin1String("dockerd.exe ")) || line.startsWith(QLatin1String("docker.exe "));
        });
        return lines.join(QLatin1Char('\n'));
    }

    // A host set up by apply with the stand-in (28.2.2-standin), and the answers it was set up with,
    // pointed at FOLDER on the server for its releases.
    static QString setUp(const WineHost &host, const NginxServer &server, const QString &folder)
    {
        Answers answers = host.answers();
        const WinePrefix::Result apply =
            host.berth({QStringLiteral("apply"), QStringLiteral("--answers"), host.answersFile(answers)});
        if (apply.exitCode != 0)
            qFatal("apply failed: %s%s", apply.out.constData(), apply.err.constData());
        answers.binaries.indexUrl = server.url(folder + QLatin1Char('/'));
        answers.download.allowHttp = true;
        return host.answersFile(answers);
    }

private slots:
    void init()
    {
        if (!QFile::exists(WineHost::standin("releases/28.3.0/dockerd.exe")))
            QSKIP("the Windows stand-ins were not built: install gcc-mingw-w64-x86-64");
    }

    // To the newest offered; the second time there is nothing to do; going back needs --to.
    void upgradesThenSaysItIsCurrentThenGoesBackWhenAsked()
    {
        WineHost host;
        NginxServer server;
        if (!host.unavailableReason().isEmpty() || !server.unavailableReason().isEmpty())
            QSKIP(qPrintable(host.unavailableReason() + server.unavailableReason()));
        QVERIFY(WineHost::publishReleases(server.root() + QStringLiteral("/stable"),
                                          {{QStringLiteral("27.5.1"), QStringLiteral("27.5.1")},
                                           {QStringLiteral("28.3.0"), QStringLiteral("28.3.0")}}));
        const QString answers = setUp(host, server, QStringLiteral("stable"));
        QCOMPARE(installed(host), QStringLiteral("Docker version 28.2.2-standin, build berth"));
        const QString before = configuration(host);
        const QByteArray oldDockerd = [&] {
            QFile file(host.hostPath(QStringLiteral("C:\\Windows\\System32\\dockerd.exe")));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();

        const WinePrefix::Result dryRun =
            host.berth({QStringLiteral("upgrade"), QStringLiteral("--answers"), answers, QStringLiteral("--dry-run")});
        QVERIFY2(dryRun.exitCode == 0, dryRun.out + dryRun.err);
        QVERIFY2(
            dryRun.out.contains("Would download " + server.url(QStringLiteral("stable/docker-28.3.0.zip")).toUtf8()),
            dryRun.out);
        QCOMPARE(installed(host), QStringLiteral("Docker version 28.2.2-standin, build berth"));

        const WinePrefix::Result upgrade =
            host.berth({QStringLiteral("upgrade"), QStringLiteral("--answers"), answers});
        qInfo("%s", upgrade.out.constData());
        QVERIFY2(upgrade.exitCode == 0, upgrade.out + upgrade.err);
        QVERIFY2(upgrade.out.contains("Installed: Docker 28.2.2-standin (C:\\Windows\\System32\\dockerd.exe)."),
                 upgrade.out);
        QVERIFY2(upgrade.out.contains(": newest 28.3.0."), upgrade.out);
        QVERIFY2(upgrade.out.contains("Newer than the installed one: 28.3.0."), upgrade.out);
        QVERIFY2(upgrade.out.contains("Upgrading from 28.2.2-standin to 28.3.0."), upgrade.out);
        QVERIFY2(upgrade.out.contains("Docker is now 28.3.0 (was 28.2.2-standin)."), upgrade.out);
        QCOMPARE(installed(host), QStringLiteral("Docker version 28.3.0, build berth"));
        QCOMPARE(host.serviceState(), QStringLiteral("RUNNING"));
        QVERIFY2(configuration(host) == before, WineHost::difference(before, configuration(host)).constData());
        // The old binaries are kept where the output says.
        static const QRegularExpression kept(QStringLiteral("old dockerd.exe and docker.exe are in (\\S+)\\."));
        const QString backup = kept.match(QString::fromUtf8(upgrade.out)).captured(1);
        QVERIFY2(!backup.isEmpty(), upgrade.out);
        QDir backupDir(host.hostPath(backup));
        QStringList copies;
        for (QDirIterator it(backupDir.path(), QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
            copies << it.next();
        const auto copyOf = [&](const QString &name) {
            for (const QString &copy : copies)
                if (copy.endsWith(QLatin1Char('/') + name, Qt::CaseInsensitive)) {
                    QFile file(copy);
                    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
                }
            return QByteArray();
        };
        QVERIFY2(copyOf(QStringLiteral("dockerd.exe")) == oldDockerd, qPrintable(copies.join(QLatin1Char(' '))));
        QVERIFY(copyOf(QStringLiteral("docker.exe")) == [] {
            QFile docker(WineHost::standin("docker.exe")); // the old zip's docker.exe, the CLI's stand-in
            return docker.open(QIODevice::ReadOnly) ? docker.readAll() : QByteArray();
        }());

        const QString upgraded = host.snapshot();
        const WinePrefix::Result again = host.berth({QStringLiteral("upgrade"), QStringLiteral("--answers"), answers});
        QVERIFY2(again.exitCode == 0, again.out + again.err);
        QVERIFY2(again.out.contains("Docker is already at 28.3.0: nothing to change."), again.out);
        QVERIFY2(host.snapshot() == upgraded, WineHost::difference(upgraded, host.snapshot()).constData());

        const WinePrefix::Result unknown = host.berth({QStringLiteral("upgrade"), QStringLiteral("--answers"), answers,
                                                       QStringLiteral("--to"), QStringLiteral("26.1.0")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains("--to: 26.1.0 is not offered; the index offers 28.3.0, 27.5.1"), unknown.err);
        const WinePrefix::Result hostile = host.berth({QStringLiteral("upgrade"), QStringLiteral("--answers"), answers,
                                                       QStringLiteral("--to"), QStringLiteral("28.3.0/../x")});
        QCOMPARE(hostile.exitCode, 2);
        QVERIFY2(hostile.err.contains("--to: "), hostile.err);

        const WinePrefix::Result back = host.berth({QStringLiteral("upgrade"), QStringLiteral("--answers"), answers,
                                                    QStringLiteral("--to"), QStringLiteral("27.5.1")});
        QVERIFY2(back.exitCode == 0, back.out + back.err);
        QVERIFY2(back.out.contains("Going back from 28.3.0 to 27.5.1, as asked."), back.out);
        QCOMPARE(installed(host), QStringLiteral("Docker version 27.5.1, build berth"));
        QCOMPARE(host.serviceState(), QStringLiteral("RUNNING"));
        QVERIFY2(configuration(host) == before, WineHost::difference(before, configuration(host)).constData());
    }

    // An upgrade killed midway (SIGKILL, as a power loss leaves it): its journal says it was an upgrade to 28.3.0 and
    // pins the zip it had fetched. berth recover finishes that upgrade (its steps alone, to that version) with that
    // zip; another file in its place is refused, and nothing of it is installed.
    void killedUpgradeIsFinishedWithItsOwnFile()
    {
        WineHost host;
        NginxServer server;
        if (!host.unavailableReason().isEmpty() || !server.unavailableReason().isEmpty())
            QSKIP(qPrintable(host.unavailableReason() + server.unavailableReason()));
        QVERIFY(WineHost::publishReleases(server.root() + QStringLiteral("/stable"),
                                          {{QStringLiteral("28.3.0"), QStringLiteral("28.3.0")}}));
        const QString answers = setUp(host, server, QStringLiteral("stable"));
        const QString before = configuration(host);
        const QString step =
            host.killBerthDuringStep({QStringLiteral("upgrade"), QStringLiteral("--answers"), answers}, 1);
        QVERIFY2(!step.startsWith(QLatin1Char('(')), qPrintable(step));
        QThread::sleep(2); // what the killed upgrade had started (a Windows program) ends on its own

        host.useInThisProcess();
        const ApplyJournal::Entry entry = ApplyJournal::read(WindowsHost(host.driveC(), {QStringLiteral("wine")}));
        QVERIFY2(entry.found && entry.problem.isEmpty(), qPrintable(entry.problem));
        QCOMPARE(entry.upgradeTo, QStringLiteral("28.3.0"));
        const QString zip = entry.answers.binaries.localPath;
        QFile file(zip);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(zip));
        const QByteArray fetched = file.readAll();
        file.close();
        QCOMPARE(entry.answers.binaries.sha256,
                 QString::fromLatin1(QCryptographicHash::hash(fetched, QCryptographicHash::Sha256).toHex()));
        const WinePrefix::Result inspected = host.berth({QStringLiteral("inspect")});
        QVERIFY2(inspected.err.contains("An upgrade to Docker 28.3.0 started on"), inspected.err);

        // Another zip where the fetched one was (a newer download, another user of the profile): refused.
        QVERIFY(WineHost::writeZip(zip, {{QStringLiteral("docker/dockerd.exe"), WineHost::standin("docker.exe")},
                                         {QStringLiteral("docker/docker.exe"), WineHost::standin("docker.exe")}}));
        const WinePrefix::Result swapped = host.berth({QStringLiteral("recover")});
        QCOMPARE(swapped.exitCode, 1);
        QVERIFY2(swapped.err.contains("is not the pinned file"), swapped.out + swapped.err);
        QVERIFY2(host.regQuery(ApplyJournal::registryKey()).contains(QLatin1String("Journal    REG_SZ    {")),
                 qPrintable(host.regQuery(ApplyJournal::registryKey()))); // still to be finished

        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(fetched);
        file.close();
        const WinePrefix::Result recovered = host.berth({QStringLiteral("recover")});
        qInfo("%s", recovered.out.constData());
        QVERIFY2(recovered.exitCode == 0, recovered.out + recovered.err);
        QVERIFY2(recovered.out.contains("Finishing the upgrade to Docker 28.3.0 that started on"), recovered.out);
        QVERIFY2(recovered.out.contains("Docker is now 28.3.0."), recovered.out);
        QCOMPARE(installed(host), QStringLiteral("Docker version 28.3.0, build berth"));
        QCOMPARE(host.serviceState(), QStringLiteral("RUNNING"));
        QVERIFY2(!host.regQuery(ApplyJournal::registryKey()).contains(QLatin1String("Journal    REG_SZ")),
                 qPrintable(host.regQuery(ApplyJournal::registryKey())));
        QVERIFY2(configuration(host) == before, WineHost::difference(before, configuration(host)).constData());
    }

    // A release that does not run on the host, or runs but whose daemon does not start: the old
    // binaries are put back and started again, and the exit code says it failed.
    void brokenReleaseIsRolledBack_data()
    {
        QTest::addColumn<QString>("release");
        QTest::addColumn<QString>("why");
        QTest::newRow("does not run") << QStringLiteral("does-not-run")
                                      << QStringLiteral("\"Check the new dockerd.exe\" failed: the new dockerd.exe "
                                                        "does not run on this host");
        QTest::newRow("does not start") << QStringLiteral("fails-to-start")
                                        << QStringLiteral("\"Start Docker\" failed: service Docker");
    }
    void brokenReleaseIsRolledBack()
    {
        QFETCH(QString, release);
        QFETCH(QString, why);
        WineHost host;
        NginxServer server;
        if (!host.unavailableReason().isEmpty() || !server.unavailableReason().isEmpty())
            QSKIP(qPrintable(host.unavailableReason() + server.unavailableReason()));
        QVERIFY(WineHost::publishReleases(server.root() + QLatin1Char('/') + release,
                                          {{QStringLiteral("28.3.0"), release}}));
        const QString answers = setUp(host, server, release);
        const QString before = host.snapshot();
        const WinePrefix::Result upgrade =
            host.berth({QStringLiteral("upgrade"), QStringLiteral("--answers"), answers});
        qInfo("%s%s", upgrade.out.constData(), upgrade.err.constData());
        QCOMPARE(upgrade.exitCode, 1);
        QVERIFY2(upgrade.err.contains(why.toUtf8()), upgrade.err);
        QVERIFY2(upgrade.err.contains("Everything this apply changed has been put back."), upgrade.err);
        QCOMPARE(installed(host), QStringLiteral("Docker version 28.2.2-standin, build berth"));
        QCOMPARE(host.serviceState(), QStringLiteral("RUNNING"));
        QVERIFY2(host.snapshot() == before, WineHost::difference(before, host.snapshot()).constData());
    }

    // Without --answers the host is read (inspect); the releases come from Docker's own index, which a proxy
    // that refuses every connection keeps out of reach here: the installed version is found, and the error
    // names the key that says where the releases come from.
    void withoutAnswersTheHostIsRead()
    {
        WineHost host;
        NginxServer server;
        if (!host.unavailableReason().isEmpty() || !server.unavailableReason().isEmpty())
            QSKIP(qPrintable(host.unavailableReason() + server.unavailableReason()));
        setUp(host, server, QStringLiteral("none"));
        const QString before = host.snapshot();
        QProcessEnvironment env = host.berthEnvironment();
        for (const char *proxy : {"http_proxy", "https_proxy", "HTTPS_PROXY", "HTTP_PROXY"})
            env.insert(QLatin1String(proxy), QStringLiteral("http://127.0.0.1:%1").arg(NginxServer::freePort()));
        const WinePrefix::Result upgrade =
            WinePrefix::runProcess(QStringLiteral(BERTH_EXECUTABLE),
                                   {QStringLiteral("upgrade"), QStringLiteral("--root"), host.driveC()}, env, 300000);
        QCOMPARE(upgrade.exitCode, 1);
        QVERIFY2(upgrade.out.contains("Installed: Docker 28.2.2-standin"), upgrade.out + upgrade.err);
        QVERIFY2(upgrade.err.contains("binaries.indexUrl: "), upgrade.err);
        QVERIFY2(host.snapshot() == before, WineHost::difference(before, host.snapshot()).constData());

        const WinePrefix::Result missing =
            host.berth({QStringLiteral("upgrade"), QStringLiteral("--service"), QStringLiteral("NoSuchDocker")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("No Docker service or scheduled task named NoSuchDocker"), missing.err);
    }
};

QTEST_GUILESS_MAIN(TestUpgradeWine)
#include "tst_upgradewine.moc"
