#include "fetch/LocalArchive.h"
#include "fetch/ZipReader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <quazip.h>
#include <quazipfile.h>

// Archives are hostile: every escaping, linking or oversized entry refuses the whole archive, and
// nothing is written anywhere but the target folder.
class TestZipReader : public QObject
{
    Q_OBJECT

private:
    struct Entry
    {
        QString name;
        QByteArray bytes;
        quint32 unixMode = 0100644;
    };
    QString makeZip(const QString &name, const QList<Entry> &entries)
    {
        const QString path = m_dir.filePath(name);
        QuaZip zip(path);
        zip.open(QuaZip::mdCreate);
        for (const Entry &entry : entries) {
            QuaZipNewInfo info(entry.name);
            info.externalAttr = entry.unixMode << 16;
            QuaZipFile file(&zip);
            file.open(QIODevice::WriteOnly, info);
            file.write(entry.bytes);
            file.close();
        }
        zip.close();
        return path;
    }

    QTemporaryDir m_dir;

private slots:
    void dockerAndNssmZipsGiveTheirFiles()
    {
        const QString docker = makeZip(QStringLiteral("docker-28.2.2.zip"),
                                       {{QStringLiteral("docker/"), {}, 040755},
                                        {QStringLiteral("docker/dockerd.exe"), QByteArray("MZ dockerd")},
                                        {QStringLiteral("docker/docker.exe"), QByteArray("MZ docker")}});
        QString error;
        const QHash<QString, QByteArray> binaries = LocalArchive::dockerBinaries(docker, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(binaries.value(QStringLiteral("dockerd.exe")), QByteArray("MZ dockerd"));
        QCOMPARE(binaries.value(QStringLiteral("docker.exe")), QByteArray("MZ docker"));

        const QString nssm = makeZip(QStringLiteral("nssm-2.24.zip"),
                                     {{QStringLiteral("nssm-2.24/win32/nssm.exe"), QByteArray("MZ32")},
                                      {QStringLiteral("nssm-2.24/win64/nssm.exe"), QByteArray("MZ64")}});
        QCOMPARE(LocalArchive::nssmExecutable(nssm, true, &error), QByteArray("MZ64"));
        QCOMPARE(LocalArchive::nssmExecutable(nssm, false, &error), QByteArray("MZ32"));

        // What is not a Windows program is not packed as one: a CA's key named nssm.exe, or in a zip as dockerd.exe.
        const QByteArray key = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEI...\n-----END EC PRIVATE KEY-----\n";
        const QString keyZip = makeZip(QStringLiteral("key.zip"), {{QStringLiteral("docker/dockerd.exe"), key},
                                                                   {QStringLiteral("docker/docker.exe"), "MZ docker"}});
        QVERIFY(LocalArchive::dockerBinaries(keyZip, &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("dockerd.exe from ")) &&
                     error.contains(QLatin1String("is not a Windows program")),
                 qPrintable(error));
        const QString keyFile = m_dir.filePath(QStringLiteral("ca-key.pem"));
        QFile pem(keyFile);
        QVERIFY(pem.open(QIODevice::WriteOnly) && pem.write(key) == key.size());
        pem.close();
        error.clear();
        QVERIFY(LocalArchive::nssmExecutable(keyFile, true, &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("nssm.exe from ")) && error.contains(QLatin1String("ca-key.pem")),
                 qPrintable(error));
        error.clear();

        ZipReader reader(docker);
        QVERIFY(reader.open(&error));
        const QString target = m_dir.filePath(QStringLiteral("out"));
        QDir().mkpath(target);
        QVERIFY2(
            reader.extractTo(reader.find(QStringLiteral("dockerd.exe")), target, QStringLiteral("dockerd.exe"), &error),
            qPrintable(error));
        QFile extracted(target + QStringLiteral("/dockerd.exe"));
        QVERIFY(extracted.open(QIODevice::ReadOnly));
        QCOMPARE(extracted.readAll(), QByteArray("MZ dockerd"));
    }

    void hostileEntriesRefuseTheArchive_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<quint32>("mode");
        QTest::addColumn<QString>("why");
        QTest::newRow("zip slip") << "docker/../../evil.txt" << quint32(0100644) << "climbs out";
        QTest::newRow("absolute") << "/tmp/evil.txt" << quint32(0100644) << "absolute";
        QTest::newRow("drive letter") << "C:\\Windows\\evil.txt" << quint32(0100644) << "absolute";
        QTest::newRow("backslash slip") << "docker\\..\\..\\evil.txt" << quint32(0100644) << "climbs out";
        QTest::newRow("symlink") << "docker/dockerd.exe" << quint32(0120777) << "symbolic link";
    }
    void hostileEntriesRefuseTheArchive()
    {
        QFETCH(QString, name);
        QFETCH(quint32, mode);
        QFETCH(QString, why);
        const QString zip =
            makeZip(QStringLiteral("hostile.zip"),
                    {{QStringLiteral("docker/docker.exe"), QByteArray("MZ")}, {name, QByteArray("/etc/passwd"), mode}});
        QString error;
        ZipReader reader(zip);
        QVERIFY(!reader.open(&error));
        QVERIFY2(error.contains(why) && error.contains(name), qPrintable(error));
        QVERIFY(LocalArchive::dockerBinaries(zip, &error).isEmpty());
        // Nothing was written beside or above the archive.
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("evil.txt"))));
        QVERIFY(!QFile::exists(QDir::cleanPath(m_dir.path() + QStringLiteral("/../evil.txt"))));
    }

    void oversizedEntriesAreRefused()
    {
        const QString zip =
            makeZip(QStringLiteral("big.zip"), {{QStringLiteral("docker/dockerd.exe"), QByteArray(4096, 'x')}});
        QString error;
        ZipReader small(zip, 1024, 1 << 20);
        QVERIFY(!small.open(&error));
        QVERIFY2(error.contains(QLatin1String("larger than Berth takes")), qPrintable(error));
        ZipReader total(zip, 1 << 20, 2048);
        QVERIFY(!total.open(&error));
        ZipReader enough(zip, 1 << 20, 1 << 20);
        QVERIFY(enough.open(&error));
    }

    void truncatedZipIsAClearError()
    {
        const QString zip =
            makeZip(QStringLiteral("whole.zip"), {{QStringLiteral("docker/dockerd.exe"), QByteArray(200000, 'd')},
                                                  {QStringLiteral("docker/docker.exe"), QByteArray(200000, 'c')}});
        QFile whole(zip);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        const QString cut = m_dir.filePath(QStringLiteral("cut.zip"));
        QFile half(cut);
        QVERIFY(half.open(QIODevice::WriteOnly));
        half.write(bytes.left(bytes.size() / 2));
        half.close();
        QString error;
        QVERIFY(LocalArchive::dockerBinaries(cut, &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("cut short")) || error.contains(QLatin1String("damaged")),
                 qPrintable(error));
        const QString text = m_dir.filePath(QStringLiteral("notes.zip"));
        QFile notZip(text);
        QVERIFY(notZip.open(QIODevice::WriteOnly));
        notZip.write("this is not a zip");
        notZip.close();
        QVERIFY(LocalArchive::dockerBinaries(text, &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("not a zip file Berth can read")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestZipReader)
#include "tst_zipreader.moc"
