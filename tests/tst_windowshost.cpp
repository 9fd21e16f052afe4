#include "host/LocalFile.h"
#include "host/WindowsHost.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// The one seam to a host: which Windows path lands where, and which never lands anywhere.
class TestWindowsHost : public QObject
{
    Q_OBJECT

private slots:
    // Under --root the folder stands for C: alone: another drive, and . or .., never reach it.
    void rootTakesDriveCAndNothingOutsideIt()
    {
        QTemporaryDir root;
        QVERIFY(QDir().mkpath(root.filePath(QStringLiteral("ProgramData/docker"))));
        const WindowsHost host(root.path(), {});
        const QString mapped = host.localPath(QStringLiteral("C:\\programdata\\DOCKER\\daemon.log"));
        const QString expected = root.filePath(QStringLiteral("ProgramData/docker/daemon.log"));
#ifdef Q_OS_WIN
        // Windows finds the folder whatever the case; the path is kept as written.
        QCOMPARE(mapped.toLower(), expected.toLower());
#else
        // A case-sensitive file system gets the name the folder really has.
        QCOMPARE(mapped, expected);
#endif
        QCOMPARE(host.localPath(QStringLiteral("c:\\")), root.path());
        for (const char *refused :
             {"D:\\logs\\daemon.log", "E:\\docker", "C:\\..\\victim", "C:\\ProgramData\\..\\..\\x", "C:\\a\\.\\b",
              "ProgramData\\docker", "\\\\server\\share\\x"}) {
            QVERIFY2(host.localPath(QLatin1String(refused)).isEmpty(), refused);
            QVERIFY2(!host.pathProblem(QLatin1String(refused)).isEmpty(), refused);
        }
        QVERIFY(host.pathProblem(QStringLiteral("D:\\logs\\daemon.log")).contains(QLatin1String("drive D:")));
    }

#ifdef Q_OS_WIN
    // On Windows itself a path on D: is on D:, never on C:.
    void windowsKeepsEveryDrive()
    {
        const WindowsHost host = WindowsHost::fromEnvironment(QString());
        QCOMPARE(host.localPath(QStringLiteral("D:\\logs\\daemon.log")), QStringLiteral("D:/logs/daemon.log"));
        QVERIFY(host.pathProblem(QStringLiteral("D:\\logs\\daemon.log")).isEmpty());
        QVERIFY(host.localPath(QStringLiteral("D:\\logs\\..\\..\\x")).isEmpty());
    }
#else
    // A link inside a folder being removed is removed; what it points to is not touched.
    void removingATreeNeverFollowsALink()
    {
        QTemporaryDir dir;
        const QString victim = dir.filePath(QStringLiteral("victim"));
        QVERIFY(QDir().mkpath(victim));
        QFile precious(victim + QStringLiteral("/precious.txt"));
        QVERIFY(precious.open(QIODevice::WriteOnly));
        precious.close();
        const QString tree = dir.filePath(QStringLiteral("docker"));
        QVERIFY(QDir().mkpath(tree + QStringLiteral("/certs.d")));
        QVERIFY(QFile::link(victim, tree + QStringLiteral("/planted")));
        QVERIFY(QFile::link(victim, tree + QStringLiteral("/certs.d/deeper")));
        LocalFile::removeTree(tree);
        QVERIFY(!QFileInfo::exists(tree));
        QVERIFY(QFile::exists(victim + QStringLiteral("/precious.txt")));
    }
#endif

    // Kept files stay, and so do the folders on the way to them; compared without regard to case.
    void removingATreeKeepsWhatIsKept()
    {
        QTemporaryDir dir;
        const QString tree = dir.filePath(QStringLiteral("docker"));
        QVERIFY(QDir().mkpath(tree + QStringLiteral("/config")));
        for (const char *name : {"ca.pem", "server-key.pem", "daemon.log", "config/daemon.json"}) {
            QFile file(tree + QLatin1Char('/') + QLatin1String(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        LocalFile::removeTree(tree, {tree + QStringLiteral("/CA.pem"), tree + QStringLiteral("/server-key.pem")});
        QVERIFY(QFile::exists(tree + QStringLiteral("/ca.pem")));
        QVERIFY(QFile::exists(tree + QStringLiteral("/server-key.pem")));
        QVERIFY(!QFile::exists(tree + QStringLiteral("/daemon.log")));
        QVERIFY(!QFileInfo::exists(tree + QStringLiteral("/config")));
        LocalFile::removeTree(QString()); // a refused path: nothing, and never the current folder
        QVERIFY(QFile::exists(tree + QStringLiteral("/ca.pem")));
    }

    // berth uninstall --root host --keep-certs: a relative root gives absolute paths, so the kept certificates are
    // the files removeTree finds, and they stay (they used to be said kept and deleted).
    void aRelativeRootKeepsWhatIsKept()
    {
        QTemporaryDir dir;
        struct BackWhereItWas // whatever fails below, the working folder is put back
        {
            QString folder = QDir::currentPath();
            ~BackWhereItWas() { QDir::setCurrent(folder); }
        } back;
        QVERIFY(QDir::setCurrent(dir.path()));
        const WindowsHost host(QStringLiteral("./host/../host"), {});
        const QString certificate = host.localPath(QStringLiteral("C:\\ProgramData\\docker\\certs.d\\ca.pem"));
        const QString log = host.localPath(QStringLiteral("C:\\ProgramData\\docker\\daemon.log"));
        QVERIFY(QDir().mkpath(QFileInfo(certificate).path()));
        for (const QString &path : {certificate, log}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        QVERIFY2(QFileInfo(certificate).isAbsolute(), qPrintable(certificate));
        LocalFile::removeTree(host.localPath(QStringLiteral("C:\\ProgramData\\docker")), {certificate});
        // Relative ones too, which removeTree reads as from the working folder.
        LocalFile::removeTree(QStringLiteral("host/ProgramData/docker"),
                              {QStringLiteral("host/ProgramData/docker/certs.d/ca.pem")});
        QVERIFY(QFile::exists(certificate));
        QVERIFY(!QFile::exists(log));
    }
};

QTEST_GUILESS_MAIN(TestWindowsHost)
#include "tst_windowshost.moc"
