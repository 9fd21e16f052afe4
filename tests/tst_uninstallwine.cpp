#include "WineHost.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

// berth uninstall: the seed's removal of what apply installed, keeping data and certificates
// when asked.
class TestUninstallWine : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        if (!QFile::exists(WineHost::standin("nssm.exe")))
            QSKIP("the Windows stand-ins were not built: install gcc-mingw-w64-x86-64");
    }

    void removesServiceAndBinaries_data()
    {
        QTest::addColumn<bool>("keepData");
        QTest::addColumn<bool>("keepCerts");
        QTest::newRow("everything") << false << false;
        QTest::newRow("keep certificates") << false << true;
        QTest::newRow("keep data") << true << false;
    }
    void removesServiceAndBinaries()
    {
        QFETCH(bool, keepData);
        QFETCH(bool, keepCerts);
        WineHost host;
        if (!host.unavailableReason().isEmpty())
            QSKIP(qPrintable(host.unavailableReason()));
        Answers answers = host.answers();
        answers.tls.enabled = true;
        answers.tls.generate = false;
        answers.firewall.enabled = true;
        answers.runtime.dataRoot = QStringLiteral("C:\\Docker Data");
        QVERIFY(host.placeServerCertificates(answers.tls.certDir));
        // What dockerd keeps there: images, containers, volumes.
        const QString image = host.hostPath(QStringLiteral("C:\\Docker Data\\image\\windowsfilter\\repositories.json"));
        QVERIFY(QDir().mkpath(QFileInfo(image).path()));
        QFile imageFile(image);
        QVERIFY(imageFile.open(QIODevice::WriteOnly) && imageFile.write("{}") == 2);
        imageFile.close();
        const WinePrefix::Result applied =
            host.berth({QStringLiteral("apply"), QStringLiteral("--answers"), host.answersFile(answers)});
        QVERIFY2(applied.exitCode == 0, applied.out + applied.err);
        QCOMPARE(host.serviceState(), QStringLiteral("RUNNING"));

        QStringList arguments{QStringLiteral("uninstall")};
        if (keepData)
            arguments << QStringLiteral("--keep-data");
        if (keepCerts)
            arguments << QStringLiteral("--keep-certs");
        const WinePrefix::Result removed = host.berth(arguments);
        QVERIFY2(removed.exitCode == 0, removed.out + removed.err);
        QVERIFY(removed.out.contains("Removed: the service Docker"));
        QCOMPARE(host.serviceState(), QStringLiteral("MISSING"));
        QVERIFY(host.regQuery(QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\Docker"))
                    .startsWith(QLatin1String("(no key")));
        QVERIFY(!QFile::exists(host.hostPath(QStringLiteral("C:\\Windows\\System32\\dockerd.exe"))));
        QVERIFY(!QFile::exists(host.hostPath(QStringLiteral("C:\\Windows\\System32\\docker.exe"))));
        QVERIFY(!QFile::exists(host.hostPath(QStringLiteral("C:\\ProgramData\\docker\\runDockerDaemon.cmd"))));
        const bool certs =
            QFile::exists(host.hostPath(QStringLiteral("C:\\ProgramData\\docker\\certs.d\\server-key.pem")));
        QCOMPARE(certs, keepCerts);
        QCOMPARE(QFile::exists(host.hostPath(QStringLiteral("C:\\ProgramData\\docker\\daemon.log"))), keepData);
        QCOMPARE(QFile::exists(image), keepData);
        QVERIFY2(removed.out.contains(keepData ? "Kept: C:\\Docker Data (data)" : "Removed: C:\\Docker Data (data)"),
                 removed.out);
        QVERIFY(removed.out.contains("Kept: C:\\Windows\\System32\\nssm.exe"));
    }

    // dockerd --register-service makes an event log source beside its service, and fails when one is there
    // already; sc.exe delete leaves it. A native service removed without its dockerd.exe leaves no source behind,
    // a host where someone removed it with sc.exe delete installs again, and uninstall.cmd leaves none either.
    void nativeServiceComesBackAfterItsRemoval()
    {
        WineHost host;
        if (!host.unavailableReason().isEmpty())
            QSKIP(qPrintable(host.unavailableReason()));
        Answers answers = host.answers();
        answers.service.manager = ServiceManager::Native;
        const QString file = host.answersFile(answers);
        const QString source =
            QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\EventLog\\Application\\Docker");
        auto apply = [&] {
            const WinePrefix::Result applied = host.berth({QStringLiteral("apply"), QStringLiteral("--answers"), file});
            return applied.exitCode == 0 ? QByteArray() : applied.out + applied.err;
        };
        QByteArray failed = apply();
        QVERIFY2(failed.isEmpty(), failed.constData());
        QVERIFY(host.regQuery(source).contains(QLatin1String("EventMessageFile")));

        // Removed by hand as services are, then applied again: the stale source goes first.
        QCOMPARE(host.run(QStringLiteral("C:\\Windows\\System32\\sc.exe"),
                          {QStringLiteral("stop"), QStringLiteral("Docker")})
                     .exitCode,
                 0);
        QTRY_COMPARE_WITH_TIMEOUT(host.serviceState(), QStringLiteral("STOPPED"), 30000);
        QCOMPARE(host.run(QStringLiteral("C:\\Windows\\System32\\sc.exe"),
                          {QStringLiteral("delete"), QStringLiteral("Docker")})
                     .exitCode,
                 0);
        QVERIFY(host.regQuery(source).contains(QLatin1String("EventMessageFile")));
        failed = apply();
        QVERIFY2(failed.isEmpty(), failed.constData());
        QCOMPARE(host.serviceState(), QStringLiteral("RUNNING"));

        // berth uninstall without dockerd.exe (stopped and deleted by hand) takes the source with the service.
        QCOMPARE(host.run(QStringLiteral("C:\\Windows\\System32\\sc.exe"),
                          {QStringLiteral("stop"), QStringLiteral("Docker")})
                     .exitCode,
                 0);
        QTRY_COMPARE_WITH_TIMEOUT(host.serviceState(), QStringLiteral("STOPPED"), 30000);
        QVERIFY(QFile::remove(host.hostPath(QStringLiteral("C:\\Windows\\System32\\dockerd.exe"))));
        const WinePrefix::Result removed = host.berth({QStringLiteral("uninstall")});
        QVERIFY2(removed.exitCode == 0, removed.out + removed.err);
        QVERIFY2(host.regQuery(source).startsWith(QLatin1String("(no key")), qPrintable(host.regQuery(source)));
        failed = apply();
        QVERIFY2(failed.isEmpty(), failed.constData());
        QCOMPARE(host.serviceState(), QStringLiteral("RUNNING"));
    }

    // Kept means kept: with tls.certDir C:\ProgramData\docker itself (written another way), the data goes
    // and the certificates stay; a link someone planted in the folder is removed, never followed.
    void keptCertificatesStayAndLinksAreNotFollowed()
    {
        WineHost host;
        if (!host.unavailableReason().isEmpty())
            QSKIP(qPrintable(host.unavailableReason()));
        Answers answers = host.answers();
        answers.tls.enabled = true;
        answers.tls.generate = false;
        answers.tls.certDir = QStringLiteral("C:\\programdata\\DOCKER");
        QVERIFY(host.placeServerCertificates(QStringLiteral("C:\\ProgramData\\docker")));
        const WinePrefix::Result applied =
            host.berth({QStringLiteral("apply"), QStringLiteral("--answers"), host.answersFile(answers)});
        QVERIFY2(applied.exitCode == 0, applied.out + applied.err);
        // Another folder with a file in it, and a link to it inside C:\ProgramData\docker.
        const QString victim = host.driveC() + QStringLiteral("/victim");
        QVERIFY(QDir().mkpath(victim));
        QFile precious(victim + QStringLiteral("/precious.txt"));
        QVERIFY(precious.open(QIODevice::WriteOnly));
        precious.write("keep me");
        precious.close();
        QVERIFY(
            QFile::link(victim, host.hostPath(QStringLiteral("C:\\ProgramData\\docker")) + QStringLiteral("/planted")));

        const WinePrefix::Result removed = host.berth({QStringLiteral("uninstall"), QStringLiteral("--keep-certs")});
        QVERIFY2(removed.exitCode == 0, removed.out + removed.err);
        for (const char *file : {"ca.pem", "server-cert.pem", "server-key.pem"})
            QVERIFY2(QFile::exists(host.hostPath(QStringLiteral("C:\\ProgramData\\docker\\") + QLatin1String(file))),
                     file);
        QVERIFY(!QFile::exists(host.hostPath(QStringLiteral("C:\\ProgramData\\docker\\runDockerDaemon.cmd"))));
        QVERIFY(!QFileInfo(host.hostPath(QStringLiteral("C:\\ProgramData\\docker")) + QStringLiteral("/planted"))
                     .isSymLink());
        QVERIFY(QFile::exists(victim + QStringLiteral("/precious.txt")));
    }

    void hostWithoutDockerSaysSo()
    {
        WineHost host;
        if (!host.unavailableReason().isEmpty())
            QSKIP(qPrintable(host.unavailableReason()));
        const WinePrefix::Result result = host.berth({QStringLiteral("uninstall")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("No Docker is installed here"));
    }
};

QTEST_GUILESS_MAIN(TestUninstallWine)
#include "tst_uninstallwine.moc"
