#include "answers/FieldRules.h"
#include "host/LocalFile.h"
#include "host/SecretFile.h"
#include "tls/CaFolder.h"
#include "tls/CertificateCheck.h"
#include "tls/CertificateMaker.h"
#include "tls/ClientSetup.h"
#include "tls/SuggestedNames.h"

#include "FileAccess.h"

#include <QHostInfo>

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifndef Q_OS_WIN
#include <sys/stat.h>
#include <unistd.h>
#endif

// Certificates made with OpenSSL, proven by `openssl verify`, and the check that finds the
// common ways remote Docker goes wrong.
class TestCertificates : public QObject
{
    Q_OBJECT

private:
#ifndef Q_OS_WIN
    static QString openssl(const QStringList &arguments, int *exitCode)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral("openssl"), arguments);
        process.waitForFinished(60000);
        *exitCode = process.exitCode();
        return QString::fromLocal8Bit(process.readAll());
    }
#endif
    // Everyone may write path: mode 0777 here; on Windows an access list with Everyone's full control (which Wine
    // keeps as the same mode bits).
    static void openToEveryone(const QString &path)
    {
#ifdef Q_OS_WIN
        PACL dacl = nullptr;
        PSECURITY_DESCRIPTOR security = nullptr;
        ConvertStringSecurityDescriptorToSecurityDescriptorW(
            reinterpret_cast<const wchar_t *>(
                QStringLiteral("D:(A;;FA;;;SY)(A;;FA;;;%1)(A;;FA;;;WD)").arg(FileAccess::userSid()).utf16()),
            SDDL_REVISION_1, &security, nullptr);
        BOOL present = FALSE, defaulted = FALSE;
        GetSecurityDescriptorDacl(security, &present, &dacl, &defaulted);
        QCOMPARE(SetNamedSecurityInfoW(
                     const_cast<wchar_t *>(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(path).utf16())),
                     SE_FILE_OBJECT, DACL_SECURITY_INFORMATION, nullptr, nullptr, dacl, nullptr),
                 DWORD(ERROR_SUCCESS));
        LocalFree(security);
#else
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0777) == 0);
#endif
    }
    // How CaFolder names everyone: Windows' own name for Everyone, or the mode's other bits; for the CA key, reading
    // counts too.
    static QString everyone(bool key = false)
    {
#ifdef Q_OS_WIN
        return key ? QStringLiteral("Everyone may read or write it") : QStringLiteral("Everyone may write in it");
#else
        return key ? QStringLiteral("every user may write in it; others may read it")
                   : QStringLiteral("every user may write in it");
#endif
    }

    static void write(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

private slots:
    // The lines printed for pasting keep a folder's name a name in each shell: sh runs its line here and must set
    // exactly that path and run nothing; PowerShell's is single-quoted (no $(...) runs); cmd gets no line for a %.
    void pasteLinesQuoteForEachShell()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("it's $(touch pwned) & `touch pwned2` \"x\""));
        const QString native = QDir::toNativeSeparators(folder);
        const QString host = QStringLiteral("tcp://docker.example:2376");
        const QStringList lines = ClientSetup::environment(host, folder);
#ifndef Q_OS_WIN
        // sh is a program of this machine; the Windows build's run under Wine proves cmd.exe's line instead.
        const QString shLine = lines.last().trimmed();
        QProcess sh;
        sh.setWorkingDirectory(dir.path());
        sh.start(
            QStringLiteral("sh"),
            {QStringLiteral("-c"), shLine + QStringLiteral("; printf '%s|%s' \"$DOCKER_CERT_PATH\" \"$DOCKER_HOST\"")});
        QVERIFY(sh.waitForFinished(10000));
        QCOMPARE(QString::fromUtf8(sh.readAllStandardOutput()), folder + QLatin1Char('|') + host);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("pwned"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("pwned2"))));
#endif
        const QString powershell = lines.at(1);
        QVERIFY2(powershell.contains(QStringLiteral("$env:DOCKER_CERT_PATH = '") +
                                     QString(native).replace(QLatin1Char('\''), QStringLiteral("''")) +
                                     QLatin1Char('\'')),
                 qPrintable(powershell));
        QVERIFY2(!lines.at(3).contains(QLatin1String("set ")), qPrintable(lines.at(3))); // the folder holds a "
        const QString plainFolder = dir.filePath(QStringLiteral("a & b ^ c"));
        const QStringList plain = ClientSetup::environment(host, plainFolder);
        QVERIFY2(plain.at(3).contains(QStringLiteral("set \"DOCKER_CERT_PATH=") +
                                      QDir::toNativeSeparators(plainFolder) + QLatin1Char('"')),
                 qPrintable(plain.at(3)));
#ifdef Q_OS_WIN
        // cmd.exe runs its line and must set exactly that path and run nothing (a "b" command would complain).
        const QString script = dir.filePath(QStringLiteral("paste.cmd"));
        write(script, (QStringLiteral("@echo off\r\n") + plain.at(3).trimmed() +
                       QStringLiteral("\r\nset DOCKER_CERT_PATH\r\nset DOCKER_HOST\r\n"))
                          .toLocal8Bit());
        QProcess cmd;
        cmd.setProcessChannelMode(QProcess::MergedChannels);
        cmd.start(QStringLiteral("cmd.exe"),
                  {QStringLiteral("/d"), QStringLiteral("/c"), QDir::toNativeSeparators(script)});
        QVERIFY(cmd.waitForFinished(30000));
        const QString printed = QString::fromLocal8Bit(cmd.readAll());
        QVERIFY2(printed.contains(QStringLiteral("DOCKER_CERT_PATH=") + QDir::toNativeSeparators(plainFolder) +
                                  QStringLiteral("\r\n")),
                 qPrintable(printed));
        QVERIFY2(printed.contains(QStringLiteral("DOCKER_HOST=") + host + QStringLiteral("\r\n")), qPrintable(printed));
        QCOMPARE(printed.count(QLatin1Char('\n')), 2);
#endif
        for (const QString &name : {QStringLiteral("50%PATH%"), QStringLiteral("bang!x!"), QStringLiteral("a\nb")}) {
            const QStringList held = ClientSetup::environment(host, dir.filePath(name));
            QVERIFY2(!held.at(3).contains(QLatin1String("set ")), qPrintable(held.at(3)));
        }
    }

    void madeFilesVerifyWithOpenssl_data()
    {
        QTest::addColumn<QString>("keyType");
        QTest::newRow("rsa4096") << "rsa4096";
        QTest::newRow("ecdsa-p256") << "ecdsa-p256";
    }
    void madeFilesVerifyWithOpenssl()
    {
        QFETCH(QString, keyType);
        QTemporaryDir dir;
        CertificateMaker::KeyType type;
        QVERIFY(CertificateMaker::parseKeyType(keyType, &type));
        QString error;
        const QStringList names{QStringLiteral("docker01.corp.example"), QStringLiteral("10.0.0.5"),
                                QStringLiteral("fd00::5")};
        QVERIFY2(CertificateMaker::makeAll(dir.path(), names, type, 90, &error), qPrintable(error));
        const CertificateCheck::Result check = CertificateCheck::check(dir.path(), names, true);
        QVERIFY2(check.ok(), qPrintable(check.problems.join(QLatin1Char('\n'))));
        QVERIFY(check.warnings.isEmpty());
#ifndef Q_OS_WIN
        // openssl(1) is a program of this machine, out of reach of the Windows build's run under Wine:
        // the Linux run proves the files with it.
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty(),
                 "openssl is not installed (apt-get install openssl)");
        int code = -1;
        const QString verified =
            openssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), dir.filePath(QStringLiteral("ca.pem")),
                     dir.filePath(QStringLiteral("server-cert.pem")), dir.filePath(QStringLiteral("cert.pem"))},
                    &code);
        QVERIFY2(code == 0, qPrintable(verified));
        const QString server = openssl({QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-text"),
                                        QStringLiteral("-in"), dir.filePath(QStringLiteral("server-cert.pem"))},
                                       &code);
        QVERIFY(server.contains(QLatin1String("TLS Web Server Authentication")));
        QVERIFY(server.contains(QLatin1String("DNS:docker01.corp.example")));
        QVERIFY(server.contains(QLatin1String("IP Address:10.0.0.5")));
        QVERIFY(server.contains(QLatin1String("IP Address:FD00:0:0:0:0:0:0:5")));
        QVERIFY(server.contains(keyType == QLatin1String("rsa4096") ? QLatin1String("(4096 bit)")
                                                                    : QLatin1String("prime256v1")));
        const QString client = openssl({QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-text"),
                                        QStringLiteral("-in"), dir.filePath(QStringLiteral("cert.pem"))},
                                       &code);
        QVERIFY(client.contains(QLatin1String("TLS Web Client Authentication")));
        QCOMPARE(FileAccess::describe(dir.filePath(QStringLiteral("server-key.pem"))), QStringLiteral("owner-only"));
#endif
    }

    void renewalKeepsTheCa()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(CertificateMaker::makeAll(dir.path(), {QStringLiteral("docker01")}, CertificateMaker::EcdsaP256, 30,
                                          &error));
        QFile ca(dir.filePath(QStringLiteral("ca.pem")));
        QVERIFY(ca.open(QIODevice::ReadOnly));
        const QByteArray caBefore = ca.readAll();
        ca.close();
        QFile server(dir.filePath(QStringLiteral("server-cert.pem")));
        QVERIFY(server.open(QIODevice::ReadOnly));
        const QByteArray serverBefore = server.readAll();
        server.close();
        QVERIFY(CertificateMaker::makeAll(dir.path(), {QStringLiteral("docker01"), QStringLiteral("10.0.0.7")},
                                          CertificateMaker::EcdsaP256, 30, &error));
        QVERIFY(ca.open(QIODevice::ReadOnly));
        QCOMPARE(ca.readAll(), caBefore);
        QVERIFY(server.open(QIODevice::ReadOnly));
        QVERIFY(server.readAll() != serverBefore);
        const CertificateCheck::Result check =
            CertificateCheck::check(dir.path(), {QStringLiteral("docker01"), QStringLiteral("10.0.0.7")}, true);
        QVERIFY2(check.ok(), qPrintable(check.problems.join(QLatin1Char('\n'))));
    }

    // The chain is verified without dates, so the CA's own expiry is checked on its own: an expired
    // CA is a problem even when the certificates it signed still run.
    void expiredCaIsReported()
    {
        QTemporaryDir dir;
        QString error;
        const CertificateMaker::Pem ca = CertificateMaker::makeCa(CertificateMaker::EcdsaP256, 0, &error);
        QVERIFY2(!ca.key.isEmpty(), qPrintable(error));
        QVERIFY(SecretFile::write(dir.filePath(QStringLiteral("ca-key.pem")), ca.key, &error));
        QFile caFile(dir.filePath(QStringLiteral("ca.pem")));
        QVERIFY(caFile.open(QIODevice::WriteOnly));
        caFile.write(ca.certificate);
        caFile.close();
        QVERIFY2(CertificateMaker::makeAll(dir.path(), {QStringLiteral("docker01")}, CertificateMaker::EcdsaP256, 30,
                                           &error),
                 qPrintable(error));
        const CertificateCheck::Result check = CertificateCheck::check(dir.path(), {QStringLiteral("docker01")}, true);
        QVERIFY2(check.problems.join(QLatin1Char('\n')).contains(QLatin1String("ca.pem has expired")),
                 qPrintable(check.problems.join(QLatin1Char('\n'))));
        QCOMPARE(check.problems.size(), 1);
    }

    // What the Welcome page and renewal read: the end date, the names (IPv4 and IPv6 too), and that a
    // certificate ending within 30 days is due for renewal while one of 90 days is not.
    void expiryNamesAndRenewal()
    {
        QTemporaryDir dir;
        QString error;
        const QStringList names{QStringLiteral("docker01"), QStringLiteral("docker01.example.com"),
                                QStringLiteral("10.0.0.7"), QStringLiteral("fd00::7")};
        QVERIFY2(CertificateMaker::makeAll(dir.path(), names, CertificateMaker::EcdsaP256, 20, &error),
                 qPrintable(error));
        const QString server = dir.filePath(QStringLiteral("server-cert.pem"));
        QCOMPARE(CertificateCheck::names(server), names);
        const qint64 days = QDateTime::currentDateTimeUtc().secsTo(CertificateCheck::expiry(server)) / 86400;
        QVERIFY2(days == 19 || days == 20, qPrintable(QString::number(days)));
        QVERIFY(CertificateCheck::check(dir.path(), names).renewDue);
        QVERIFY(CertificateCheck::check(dir.path(), names).ok());
        QVERIFY(!CertificateCheck::expiry(dir.filePath(QStringLiteral("key.pem"))).isValid());
        QVERIFY(CertificateCheck::names(dir.filePath(QStringLiteral("missing.pem"))).isEmpty());

        QTemporaryDir longer;
        QVERIFY2(CertificateMaker::makeAll(longer.path(), names, CertificateMaker::EcdsaP256, 90, &error),
                 qPrintable(error));
        QVERIFY(!CertificateCheck::check(longer.path(), names).renewDue);
    }

    // A client's ~/.docker (ca.pem, cert.pem, key.pem, no CA key) is someone's working set-up: Berth
    // refuses to make a new CA over it, names what is there, and leaves every byte as it was.
    void clientFolderIsNeverReplaced()
    {
        QTemporaryDir dir;
        const QByteArray before[] = {"their CA\n", "their cert\n", "their key\n"};
        const char *names[] = {"ca.pem", "cert.pem", "key.pem"};
        for (int i = 0; i < 3; ++i) {
            QFile file(dir.filePath(QLatin1String(names[i])));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(before[i]);
        }
        QString error;
        QVERIFY(!CertificateMaker::makeAll(dir.path(), {QStringLiteral("docker01")}, CertificateMaker::EcdsaP256, 30,
                                           &error));
        QVERIFY2(error.contains(QLatin1String("ca.pem, cert.pem, key.pem")) &&
                     error.contains(QLatin1String("ca-key.pem")),
                 qPrintable(error));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(LocalFile::read(dir.filePath(QLatin1String(names[i]))), before[i]);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 3);

        // A CA certificate with its key is Berth's own: renewed in place.
        QTemporaryDir own;
        const CertificateMaker::Pem ca = CertificateMaker::makeCa(CertificateMaker::EcdsaP256, 30, &error);
        QVERIFY(SecretFile::write(own.filePath(QStringLiteral("ca-key.pem")), ca.key, &error));
        QFile caFile(own.filePath(QStringLiteral("ca.pem")));
        QVERIFY(caFile.open(QIODevice::WriteOnly));
        caFile.write(ca.certificate);
        caFile.close();
        QFile stale(own.filePath(QStringLiteral("key.pem")));
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.close();
        QVERIFY2(CertificateMaker::makeAll(own.path(), {QStringLiteral("docker01")}, CertificateMaker::EcdsaP256, 30,
                                           &error),
                 qPrintable(error));
        QCOMPARE(LocalFile::read(own.filePath(QStringLiteral("ca.pem"))), ca.certificate);
        QVERIFY(!LocalFile::read(own.filePath(QStringLiteral("key.pem"))).isEmpty());
    }

    // A CA folder someone else can write is never used: they could have put in a CA of their own, which Berth would
    // sign with and hand to hosts and clients. The folder is refused, then a CA file in a folder of this user's,
    // each naming who else can write it; nothing is made in either. A folder Berth makes is this user's alone.
    void caFolderOthersCanWriteIsRefused()
    {
        QTemporaryDir dir;
        const QString open = dir.filePath(QStringLiteral("open"));
        QVERIFY(QDir().mkpath(open));
        openToEveryone(open);
        QString error;
        QVERIFY(
            !CertificateMaker::makeAll(open, {QStringLiteral("docker01")}, CertificateMaker::EcdsaP256, 30, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(open) + QStringLiteral(" is not yours alone")) &&
                     error.contains(everyone()),
                 qPrintable(error));
        QVERIFY(QDir(open).isEmpty());

        // This user's folder, with a CA whose key another can write.
        const QString made = dir.filePath(QStringLiteral("made/by/berth"));
        QVERIFY2(CertificateMaker::makeAll(made, {QStringLiteral("docker01")}, CertificateMaker::EcdsaP256, 30, &error),
                 qPrintable(error));
#ifndef Q_OS_WIN
        QCOMPARE(QFileInfo(made).permissions() & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
#endif
        const QString key = made + QStringLiteral("/ca-key.pem");
        openToEveryone(key);
        const QByteArray before = LocalFile::read(made + QStringLiteral("/cert.pem"));
        QVERIFY(
            !CertificateMaker::makeAll(made, {QStringLiteral("docker01")}, CertificateMaker::EcdsaP256, 30, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(key) + QStringLiteral(" is not yours alone")) &&
                     error.contains(everyone(true)),
                 qPrintable(error));
        QCOMPARE(LocalFile::read(made + QStringLiteral("/cert.pem")), before);
#ifndef Q_OS_WIN
        // Another user's CA key in a folder of this user's (as root a file can be given away; as anyone else the
        // system's own files serve: /etc/hostname is root's).
        QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner);
        if (::geteuid() == 0) {
            QVERIFY(::chown(QFile::encodeName(key).constData(), 65534, 65534) == 0);
            QVERIFY(!CertificateMaker::makeAll(made, {QStringLiteral("docker01")}, CertificateMaker::EcdsaP256, 30,
                                               &error));
            QVERIFY2(error.contains(QLatin1String("/ca-key.pem is not yours alone: user ")) &&
                         error.contains(QLatin1String(" owns it")),
                     qPrintable(error));
        } else {
            QVERIFY(CaFolder::strangers(QStringLiteral("/etc/hostname")).contains(QLatin1String("user root owns it")));
        }
#endif
    }

    // The longest validity berth certs accepts (36500 days) is what the certificate says, on Windows
    // too, where a long is 32 bits and days in seconds would wrap after 24855 days.
    void longValidityDoesNotWrap_data()
    {
        QTest::addColumn<int>("days");
        QTest::newRow("1 day") << 1;
        QTest::newRow("24855 days") << 24855;
        QTest::newRow("24856 days") << 24856;
        QTest::newRow("36500 days") << 36500;
    }
    void longValidityDoesNotWrap()
    {
        QFETCH(int, days);
        QString error;
        const CertificateMaker::Pem ca = CertificateMaker::makeCa(CertificateMaker::EcdsaP256, days, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<QSslCertificate> certificate = QSslCertificate::fromData(ca.certificate);
        QCOMPARE(certificate.size(), 1);
        const qint64 left = QDateTime::currentDateTimeUtc().daysTo(certificate.first().expiryDate());
        QVERIFY2(left >= days - 1 && left <= days, qPrintable(QString::number(left)));
    }

    void suggestedNamesAreUsable()
    {
        const QStringList names = SuggestedNames::forThisMachine();
        QVERIFY(names.contains(QStringLiteral("localhost")));
        QVERIFY(names.contains(QStringLiteral("127.0.0.1")));
        if (FieldRules::hostName(QHostInfo::localHostName()).isEmpty())
            QCOMPARE(names.first(), QHostInfo::localHostName());
        for (const QString &name : names)
            QVERIFY2(FieldRules::hostName(name).isEmpty(), qPrintable(name));
        QStringList unique = names;
        QCOMPARE(unique.removeDuplicates(), 0);
    }

    void checkFindsWhatIsWrong()
    {
        QTemporaryDir dir;
        QString error;
        const auto type = CertificateMaker::EcdsaP256;
        const CertificateMaker::Pem ca = CertificateMaker::makeCa(type, 30, &error);
        const CertificateMaker::Pem otherCa = CertificateMaker::makeCa(type, 30, &error);
        const CertificateMaker::Pem expired =
            CertificateMaker::makeServer(ca, {QStringLiteral("127.0.0.1")}, type, -1, &error);
        const CertificateMaker::Pem client = CertificateMaker::makeClient(otherCa, type, 10, &error);
        const CertificateMaker::Pem unrelated = CertificateMaker::makeClient(ca, type, 10, &error);
        write(dir.filePath(QStringLiteral("ca.pem")), ca.certificate);
        write(dir.filePath(QStringLiteral("server-cert.pem")), expired.certificate);
        write(dir.filePath(QStringLiteral("server-key.pem")), unrelated.key); // not the server's key
        write(dir.filePath(QStringLiteral("cert.pem")), client.certificate);  // from another CA, 10 days left
        write(dir.filePath(QStringLiteral("key.pem")), client.key);
        const CertificateCheck::Result check =
            CertificateCheck::check(dir.path(), {QStringLiteral("127.0.0.1"), QStringLiteral("docker01")}, true);
        const QString all = check.problems.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("server-cert.pem has expired")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("server-key.pem does not match")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("does not name docker01")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("cert.pem does not chain to ca.pem")), qPrintable(all));
        QVERIFY(!all.contains(QLatin1String("does not name 127.0.0.1")));
        QVERIFY2(check.warnings.join(QLatin1Char('\n')).contains(QLatin1String("cert.pem expires in")),
                 qPrintable(check.warnings.join(QLatin1Char('\n'))));

        // A client certificate offered as the server's lacks serverAuth.
        write(dir.filePath(QStringLiteral("server-cert.pem")), unrelated.certificate);
        QVERIFY(CertificateCheck::check(dir.path(), {})
                    .problems.join(QLatin1Char('\n'))
                    .contains(QLatin1String("serverAuth")));
        QFile::remove(dir.filePath(QStringLiteral("ca.pem")));
        QVERIFY(CertificateCheck::check(dir.path(), {})
                    .problems.join(QLatin1Char('\n'))
                    .contains(QLatin1String("ca.pem is missing")));
    }
};

QTEST_GUILESS_MAIN(TestCertificates)
#include "tst_certificates.moc"
