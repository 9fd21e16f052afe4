#include "host/SecretFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_WIN
#include <windows.h>

#include <aclapi.h>
#include <sddl.h>
#else
#include <sys/stat.h>
#endif

// Private keys on the machine that runs Berth: owner-only from the first byte, put in place atomically.
class TestSecretFile : public QObject
{
    Q_OBJECT

private:
    // Who may open the file, as the system says: "owner-only" or what is wrong.
    static QString access(const QString &path)
    {
#ifdef Q_OS_WIN
        PACL dacl = nullptr;
        PSECURITY_DESCRIPTOR security = nullptr;
        if (GetNamedSecurityInfoW(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(path).utf16()),
                                  SE_FILE_OBJECT, DACL_SECURITY_INFORMATION, nullptr, nullptr, &dacl, nullptr,
                                  &security) != ERROR_SUCCESS)
            return QStringLiteral("no security information");
        SECURITY_DESCRIPTOR_CONTROL control = 0;
        DWORD revision = 0;
        GetSecurityDescriptorControl(security, &control, &revision);
        wchar_t *text = nullptr;
        ConvertSecurityDescriptorToStringSecurityDescriptorW(security, SDDL_REVISION_1, DACL_SECURITY_INFORMATION,
                                                             &text, nullptr);
        const QString sddl = QString::fromWCharArray(text);
        LocalFree(text);
        LocalFree(security);
        if (underWine()) {
            // Wine keeps no access lists: it turns them into Unix permissions and shows those back as
            // SYSTEM and the owner with full control, plus Everyone (WD) for what others may do.
            const QString expected = QStringLiteral("D:(A;;FA;;;SY)(A;;FA;;;%1)").arg(userSid());
            return sddl == expected ? QStringLiteral("owner-only") : sddl;
        }
        if (!(control & SE_DACL_PROTECTED))
            return QStringLiteral("inherits from its folder: ") + sddl;
        return sddl == QStringLiteral("D:P(A;;FA;;;%1)").arg(userSid()) ? QStringLiteral("owner-only") : sddl;
#else
        struct stat status;
        if (::stat(QFile::encodeName(path).constData(), &status) != 0)
            return QStringLiteral("not there");
        const int mode = status.st_mode & 07777;
        return mode == 0600 ? QStringLiteral("owner-only") : QStringLiteral("mode %1").arg(mode, 0, 8);
#endif
    }

#ifdef Q_OS_WIN
    static bool underWine()
    {
        return GetProcAddress(GetModuleHandleW(L"ntdll.dll"), "wine_get_version") != nullptr;
    }

    static QString userSid()
    {
        HANDLE token = nullptr;
        OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token);
        char user[256];
        DWORD size = sizeof user;
        GetTokenInformation(token, TokenUser, user, size, &size);
        CloseHandle(token);
        wchar_t *sid = nullptr;
        ConvertSidToStringSidW(reinterpret_cast<TOKEN_USER *>(user)->User.Sid, &sid);
        const QString text = QString::fromWCharArray(sid);
        LocalFree(sid);
        return text;
    }
#endif

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
        QCOMPARE(access(path), QStringLiteral("owner-only"));
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
        QVERIFY(access(path) != QStringLiteral("owner-only")); // the check can tell
#endif
        QString error;
        QVERIFY2(SecretFile::write(path, "new key", &error), qPrintable(error));
        QCOMPARE(access(path), QStringLiteral("owner-only"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("new key"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("ca-key.pem")});
    }

#ifdef Q_OS_WIN
    // What Berth asks Windows for, which Wine cannot show: one entry, the user, nothing inherited.
    void accessListNamesTheUserAlone()
    {
        QCOMPARE(SecretFile::accessList(), QStringLiteral("D:P(A;;FA;;;%1)").arg(userSid()));
        QVERIFY(userSid().startsWith(QLatin1String("S-1-5-")));
    }

    // A file made the ordinary way is open to others: the check is not blind.
    void ordinaryFileIsNotOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cert.pem"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(access(path) != QStringLiteral("owner-only"));
    }
#endif

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
