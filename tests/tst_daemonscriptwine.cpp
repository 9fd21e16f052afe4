#include "WinePrefix.h"
#include "answers/AnswerKeys.h"

#include "render/DaemonScript.h"

#include <QDir>
#include <QFile>
#include <QTest>

// runDockerDaemon.cmd run by Wine's cmd.exe exactly as NSSM runs it (cmd.exe /s /c SCRIPT < nul),
// with a stand-in dockerd.exe that records the argv Windows hands it.
class TestDaemonScriptWine : public QObject
{
    Q_OBJECT

private:
    static bool writeFile(const QString &path, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

private slots:
    void dockerdReceivesExactlyTheseArguments_data()
    {
        QTest::addColumn<QString>("certDir");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("isolation");
        QTest::addColumn<bool>("debug");
        QTest::addColumn<bool>("certs");
        QTest::addColumn<bool>("tag");
        QTest::addColumn<QString>("installDir");
        QTest::addColumn<QStringList>("expected");

        const QString seedCerts = QStringLiteral("C:\\ProgramData\\docker\\certs.d");
        const QString system32 = QStringLiteral("C:\\Windows\\System32");
        const QStringList pipe{QStringLiteral("-H"), QStringLiteral("npipe://")};
        auto secure = [](const QString &certs, int port) {
            return QStringList{QStringLiteral("-H"),
                               QStringLiteral("npipe://"),
                               QStringLiteral("-H"),
                               QStringLiteral("0.0.0.0:%1").arg(port),
                               QStringLiteral("--tlsverify"),
                               QStringLiteral("--tlscacert=") + certs + QStringLiteral("\\ca.pem"),
                               QStringLiteral("--tlscert=") + certs + QStringLiteral("\\server-cert.pem"),
                               QStringLiteral("--tlskey=") + certs + QStringLiteral("\\server-key.pem")};
        };
        QTest::newRow("no certs") << seedCerts << 2376 << ""
                                  << "default" << false << false << false << system32 << pipe;
        QTest::newRow("certs without tag.txt") << seedCerts << 2376 << ""
                                               << "default" << false << true << false << system32 << pipe;
        QTest::newRow("certs with tag.txt")
            << seedCerts << 2376 << ""
            << "default" << false << true << true << system32 << secure(seedCerts, 2376);
        QTest::newRow("another port") << seedCerts << 12376 << ""
                                      << "default" << false << true << true << system32 << secure(seedCerts, 12376);
        QTest::newRow("a group") << seedCerts << 2376 << "docker users"
                                 << "default" << false << false << false << system32
                                 << pipe + QStringList{QStringLiteral("-G"), QStringLiteral("docker users")};
        QTest::newRow("hyper-v isolation")
            << seedCerts << 2376 << ""
            << "hyperv" << false << false << false << system32
            << pipe + QStringList{QStringLiteral("--exec-opt"), QStringLiteral("isolation=hyperv")};
        QTest::newRow("debug") << seedCerts << 2376 << ""
                               << "default" << true << false << false << system32
                               << pipe + QStringList{QStringLiteral("-D")};
        const QString oddCerts = QStringLiteral("C:\\Program Files (x86)\\R&D certs");
        QTest::newRow("cert folder with spaces and parentheses")
            << oddCerts << 2376 << "CORP\\docker admins"
            << "process" << true << true << true << system32
            << secure(oddCerts, 2376) + QStringList{QStringLiteral("-G"), QStringLiteral("CORP\\docker admins"),
                                                    QStringLiteral("-D"), QStringLiteral("--exec-opt"),
                                                    QStringLiteral("isolation=process")};
        QTest::newRow("install folder with spaces")
            << seedCerts << 2376 << ""
            << "default" << false << false << false << QStringLiteral("C:\\Program Files (x86)\\Docker") << pipe;
    }

    void dockerdReceivesExactlyTheseArguments()
    {
        QFETCH(QString, certDir);
        QFETCH(int, port);
        QFETCH(QString, group);
        QFETCH(QString, isolation);
        QFETCH(bool, debug);
        QFETCH(bool, certs);
        QFETCH(bool, tag);
        QFETCH(QString, installDir);
        QFETCH(QStringList, expected);

        const QString standin = QStringLiteral(BERTH_STANDIN_DIR "/dockerd.exe");
        if (!QFile::exists(standin))
            QSKIP("the dockerd.exe stand-in was not built: install gcc-mingw-w64-x86-64");
        WinePrefix prefix;
        if (!prefix.unavailableReason().isEmpty())
            QSKIP(qPrintable(prefix.unavailableReason()));

        Answers a;
        a.tls.certDir = certDir;
        a.tls.port = port;
        a.runtime.pipeGroup = group;
        a.runtime.isolation = fromWord<Isolation>(isolation).value();
        a.runtime.debug = debug;
        a.binaries.installDir = installDir;
        QVERIFY(writeFile(prefix.hostPath(a.scriptPath()), DaemonScript::render(a)));
        QFile stand(standin);
        QDir().mkpath(prefix.hostPath(installDir));
        QVERIFY(stand.copy(prefix.hostPath(installDir + QStringLiteral("\\dockerd.exe"))));
        if (certs) {
            for (const char *name : {"ca.pem", "server-cert.pem", "server-key.pem"})
                QVERIFY(writeFile(prefix.hostPath(certDir + QLatin1Char('\\') + QLatin1String(name)), "pem\n"));
        }
        if (tag)
            QVERIFY(writeFile(prefix.hostPath(QStringLiteral("C:\\ProgramData\\docker\\tag.txt")), "tag\n"));

        const WinePrefix::Result result = prefix.run(
            QStringLiteral("cmd.exe"),
            {QStringLiteral("/s"), QStringLiteral("/c"), a.scriptPath(), QStringLiteral("<"), QStringLiteral("nul")},
            {{QStringLiteral("BERTH_DOCKERD_EXIT"), QStringLiteral("1")}});
        QVERIFY2(result.exitCode == 0, result.out + result.err);

        QFile recorded(prefix.hostPath(QStringLiteral("C:\\berth-standin\\dockerd-argv.txt")));
        QVERIFY2(recorded.open(QIODevice::ReadOnly), "dockerd.exe was not started by the script");
        const QStringList argv = QString::fromUtf8(recorded.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(argv, expected);
    }
};

QTEST_GUILESS_MAIN(TestDaemonScriptWine)
#include "tst_daemonscriptwine.moc"
