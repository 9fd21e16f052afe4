#include "apply/FileWriter.h"
#include "host/SecretFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "FileAccess.h"

#ifndef Q_OS_WIN
#include <sys/stat.h>
#endif

// Private keys on the machine that runs Berth: owner-only from the first byte, put in place atomically.
class TestSecretFile : public QObject
{
    Q_OBJECT

private slots:
    void newKeyIsOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("key.pem"));
        QString error;
#ifndef Q_OS_WIN
        const mode_t before = ::umask(0); // a careless umask must not open the key
#endif
        const bool written = SecretFile::write(path, "-----BEGIN PRIVATE KEY-----\n", &error);
#ifndef Q_OS_WIN
        ::umask(before);
#endif
        QVERIFY2(written, qPrintable(error));
        QCOMPARE(FileAccess::describe(path), QStringLiteral("owner-only"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("-----BEGIN PRIVATE KEY-----\n"));
    }

    // A key that was readable by others (an old one, or one copied in) is replaced by an owner-only
    // file, and nothing else is left in the folder.
    void replacedKeyIsOwnerOnlyAndNothingIsLeftBehind()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ca-key.pem"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old key");
        old.close();
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther |
                                        QFileDevice::ReadGroup);
#ifndef Q_OS_WIN
        QVERIFY(FileAccess::describe(path) != QStringLiteral("owner-only")); // the check can tell
#endif
        QString error;
        QVERIFY2(SecretFile::write(path, "new key", &error), qPrintable(error));
        QCOMPARE(FileAccess::describe(path), QStringLiteral("owner-only"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("new key"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("ca-key.pem")});
    }

#ifdef Q_OS_WIN
    // What Berth asks Windows for, which Wine cannot show: one entry, the user, nothing inherited.
    void accessListNamesTheUserAlone()
    {
        QCOMPARE(SecretFile::accessList(), QStringLiteral("D:P(A;;FA;;;%1)").arg(FileAccess::userSid()));
        QVERIFY(FileAccess::userSid().startsWith(QLatin1String("S-1-5-")));
    }

    // A file made the ordinary way is open to others: the check is not blind.
    void ordinaryFileIsNotOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cert.pem"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(FileAccess::describe(path) != QStringLiteral("owner-only"));
    }
#endif

#ifdef Q_OS_WIN
    // The folders an apply makes get their access list as they are made, level by level: Windows' view of each
    // (Wine's, from the mode bits it keeps) gives no one else anything, where a folder made the ordinary way lets
    // Everyone read. (What Windows keeps, SYSTEM and Administrators only, Wine cannot show.)
    void lockedFoldersAreMadeLocked()
    {
        QTemporaryDir dir;
        QString error;
        const QString inner = dir.filePath(QStringLiteral("docker/config"));
        const QStringList made = FileWriter::makeFolders(inner, &error, true);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(made, QStringList({QDir::cleanPath(dir.filePath(QStringLiteral("docker"))), QDir::cleanPath(inner)}));
        const QString ordinary = dir.filePath(QStringLiteral("ordinary"));
        QVERIFY(QDir().mkpath(ordinary));
        QVERIFY2(FileAccess::sddl(ordinary).contains(QLatin1String(";;;WD)")), qPrintable(FileAccess::sddl(ordinary)));
        for (const QString &folder : made)
            QVERIFY2(!FileAccess::sddl(folder).contains(QLatin1String(";;;WD)")) &&
                         FileAccess::sddl(folder).startsWith(QLatin1String("D:")),
                     qPrintable(FileAccess::sddl(folder)));
    }
#endif

    // A secret written as a stream (a zip): owner-only while it is written, nothing left if not committed.
    void streamedSecretIsOwnerOnlyAndWholeOrNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bundle.zip"));
        {
            SecretFile::Writer writer(path);
            QString error;
            QVERIFY2(writer.open(&error), qPrintable(error));
            writer.device()->write("half a zip");
            const QStringList files = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
            QCOMPARE(files.size(), 1);
            QCOMPARE(FileAccess::describe(dir.filePath(files.first())),
                     QStringLiteral("owner-only")); // from the first byte
        }
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
        SecretFile::Writer writer(path);
        QString error;
        QVERIFY(writer.open(&error));
        writer.device()->write("a whole zip");
        QVERIFY2(writer.commit(&error), qPrintable(error));
        QCOMPARE(FileAccess::describe(path), QStringLiteral("owner-only"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("a whole zip"));
    }

    void unwritableFolderSaysWhereAndLeavesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing/key.pem"));
        QString error;
        QVERIFY(!SecretFile::write(path, "key", &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecretFile)
#include "tst_secretfile.moc"
