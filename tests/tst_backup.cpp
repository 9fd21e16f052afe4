#include "apply/Backup.h"

#include "FileAccess.h"
#include "TestFiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using TestFiles::read;
using TestFiles::write;

// The copies an apply keeps of what it replaces, in a folder standing for C:\ (no Wine): where each
// copy goes, that it is the file byte for byte and readable by its owner alone (it may be a private
// key), and that a discarded backup leaves no folder behind.
class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void copiesGoUnderTheDrivesLetter()
    {
        QTemporaryDir root;
        const WindowsHost host(root.path(), {});
        const Backup backup(host, QDateTime(QDate(2026, 11, 28), QTime(14, 5, 9)));
        QCOMPARE(backup.windowsFolder(), QStringLiteral("C:\\ProgramData\\docker\\berth-backup\\20261128-140509"));
        QCOMPARE(backup.copyOf(QStringLiteral("C:\\Windows\\System32\\dockerd.exe")),
                 QStringLiteral(
                     "C:\\ProgramData\\docker\\berth-backup\\20261128-140509\\C\\Windows\\System32\\dockerd.exe"));
        QCOMPARE(backup.copyOf(QStringLiteral("d:\\docker\\daemon.json")),
                 QStringLiteral("C:\\ProgramData\\docker\\berth-backup\\20261128-140509\\D\\docker\\daemon.json"));
    }

    void aSavedFileIsTheFileAndPrivate()
    {
        QTemporaryDir root;
        const WindowsHost host(root.path(), {});
        const QByteArray key = "-----BEGIN PRIVATE KEY-----\nsecret\n-----END PRIVATE KEY-----\n";
        QVERIFY(write(root.filePath(QStringLiteral("ProgramData/docker/certs.d/server-key.pem")), key));
        Backup backup(host);
        QVERIFY(!backup.isUsed());
        QString error;
        const QString copy = backup.save(QStringLiteral("C:\\ProgramData\\docker\\certs.d\\server-key.pem"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(backup.isUsed());
        QCOMPARE(copy,
                 host.localPath(backup.copyOf(QStringLiteral("C:\\ProgramData\\docker\\certs.d\\server-key.pem"))));
        QCOMPARE(read(copy), key);
        QCOMPARE(FileAccess::describe(copy), QStringLiteral("owner-only"));
    }

    void aMissingFileIsNamed()
    {
        QTemporaryDir root;
        const WindowsHost host(root.path(), {});
        Backup backup(host);
        QString error;
        QVERIFY(backup.save(QStringLiteral("C:\\Windows\\System32\\nssm.exe"), &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("C:\\Windows\\System32\\nssm.exe")), qPrintable(error));
    }

    // After a rollback the host is as before the apply: no backup folder, and no folder the backup made
    // (berth-backup, even ProgramData\docker when the apply made it), but a folder that was there stays.
    void discardLeavesNoFolderItMade()
    {
        QTemporaryDir root;
        const WindowsHost host(root.path(), {});
        QVERIFY(write(root.filePath(QStringLiteral("Windows/System32/dockerd.exe")), "old"));
        QVERIFY(QDir().mkpath(root.filePath(QStringLiteral("ProgramData"))));
        Backup backup(host);
        QString error;
        QVERIFY(!backup.save(QStringLiteral("C:\\Windows\\System32\\dockerd.exe"), &error).isEmpty());
        QVERIFY(QFileInfo::exists(root.filePath(QStringLiteral("ProgramData/docker/berth-backup"))));
        backup.discard();
        QVERIFY(!backup.isUsed());
        QVERIFY(!QFileInfo::exists(root.filePath(QStringLiteral("ProgramData/docker"))));
        QVERIFY(QFileInfo::exists(root.filePath(QStringLiteral("ProgramData"))));
        QCOMPARE(read(root.filePath(QStringLiteral("Windows/System32/dockerd.exe"))), QByteArray("old"));
    }

    void discardKeepsWhatWasThere()
    {
        QTemporaryDir root;
        const WindowsHost host(root.path(), {});
        QVERIFY(write(root.filePath(QStringLiteral("ProgramData/docker/daemon.json")), "{}"));
        QVERIFY(write(root.filePath(QStringLiteral("ProgramData/docker/berth-backup/20200101-000000/C/x")), "earlier"));
        Backup backup(host);
        QString error;
        QVERIFY(!backup.save(QStringLiteral("C:\\ProgramData\\docker\\daemon.json"), &error).isEmpty());
        backup.discard();
        QVERIFY(!QFileInfo::exists(host.localPath(backup.windowsFolder())));
        QCOMPARE(read(root.filePath(QStringLiteral("ProgramData/docker/berth-backup/20200101-000000/C/x"))),
                 QByteArray("earlier"));
        QCOMPARE(read(root.filePath(QStringLiteral("ProgramData/docker/daemon.json"))), QByteArray("{}"));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
