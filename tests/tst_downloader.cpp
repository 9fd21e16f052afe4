#include "NginxServer.h"

#include "fetch/BinaryFetch.h"
#include "fetch/Downloader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

// Downloads from a real nginx on 127.0.0.1: resume, retries, pins, redirects, TLS and the errors
// an admin must be able to read.
class TestDownloader : public QObject
{
    Q_OBJECT

private:
    static QByteArray randomBytes(int size)
    {
        QByteArray bytes(size, Qt::Uninitialized);
        QRandomGenerator generator(size);
        for (int i = 0; i < size; ++i)
            bytes[i] = char(generator.bounded(256));
        return bytes;
    }
    static QByteArray put(const NginxServer &server, const QString &name, int size)
    {
        const QByteArray bytes = randomBytes(size);
        QFile file(server.root() + QLatin1Char('/') + name);
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return bytes;
    }
    static QString sha(const QByteArray &bytes)
    {
        return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    }
    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    DownloadRequest request(const NginxServer &server, const QString &path) const
    {
        DownloadRequest r;
        r.url = QUrl(server.url(path));
        r.destination = m_dir.filePath(QStringLiteral("download.bin"));
        r.allowHttp = true;
        r.firstRetryDelayMs = 50;
        r.stallTimeoutMs = 5000;
        return r;
    }

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;

private slots:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("download.bin")));
        QFile::remove(m_dir.filePath(QStringLiteral("download.bin.part")));
    }

    void downloadsWithDigestAndProgress()
    {
        NginxServer server;
        if (!server.unavailableReason().isEmpty())
            QSKIP(qPrintable(server.unavailableReason()));
        const QByteArray bytes = put(server, QStringLiteral("file.bin"), 3 << 20);
        Downloader downloader(&m_network);
        qint64 lastDone = 0, total = 0;
        connect(&downloader, &Downloader::progress, [&](qint64 done, qint64 all, double, qint64) {
            QVERIFY(done >= lastDone);
            lastDone = done;
            total = all;
        });
        QString error;
        DownloadRequest r = request(server, QStringLiteral("file.bin"));
        r.expectedSha256 = sha(bytes).toUpper(); // a pin may be written in capitals
        QVERIFY2(downloader.run(r, &error), qPrintable(error));
        QCOMPARE(read(r.destination), bytes);
        QCOMPARE(downloader.sha256(), sha(bytes));
        QCOMPARE(total, qint64(bytes.size()));
        QCOMPARE(lastDone, qint64(bytes.size()));
        QVERIFY(!QFile::exists(r.destination + QStringLiteral(".part")));
    }

    void notFoundIsFinal()
    {
        NginxServer server;
        if (!server.unavailableReason().isEmpty())
            QSKIP(qPrintable(server.unavailableReason()));
        Downloader downloader(&m_network);
        int retries = 0;
        connect(&downloader, &Downloader::retrying, [&] { ++retries; });
        QString error;
        QVERIFY(!downloader.run(request(server, QStringLiteral("missing.zip")), &error));
        QVERIFY2(error.contains(QLatin1String("answered 404 Not Found")), qPrintable(error));
        QCOMPARE(retries, 0);
    }

    void serverErrorIsTriedAgain()
    {
        NginxServer server;
        if (!server.unavailableReason().isEmpty())
            QSKIP(qPrintable(server.unavailableReason()));
        const QByteArray bytes = randomBytes(100000);
        Downloader downloader(&m_network);
        QStringList reasons;
        connect(&downloader, &Downloader::retrying, [&](int, const QString &reason, int) {
            reasons << reason;
            QFile file(server.root() + QStringLiteral("/flaky/file.bin"));
            file.open(QIODevice::WriteOnly);
            file.write(bytes);
        });
        QString error;
        const DownloadRequest r = request(server, QStringLiteral("flaky/file.bin"));
        QVERIFY2(downloader.run(r, &error), qPrintable(error));
        QCOMPARE(reasons.size(), 1);
        QVERIFY2(reasons.first().contains(QLatin1String("500")), qPrintable(reasons.first()));
        QCOMPARE(read(r.destination), bytes);
    }

    void droppedConnectionResumesWithRange()
    {
        NginxServer server;
        if (!server.unavailableReason().isEmpty())
            QSKIP(qPrintable(server.unavailableReason()));
        const QByteArray bytes = put(server, QStringLiteral("big.bin"), 6 << 20);
        Downloader downloader(&m_network);
        bool killed = false;
        connect(&downloader, &Downloader::progress, [&](qint64 done, qint64, double, qint64) {
            if (!killed && done > (1 << 20)) {
                killed = true;
                server.killWorker();
            }
        });
        QString error;
        const DownloadRequest r = request(server, QStringLiteral("slow/big.bin"));
        QVERIFY2(downloader.run(r, &error), qPrintable(error));
        QVERIFY(killed);
        QCOMPARE(downloader.sha256(), sha(bytes));
        QCOMPARE(read(r.destination), bytes);
        const QString log = server.accessLog();
        QVERIFY2(log.contains(QRegularExpression(QStringLiteral("/slow/big.bin 206 range=\"bytes=\\d+-\""))),
                 qPrintable(log));
    }

    void wrongPinIsDiscarded()
    {
        NginxServer server;
        if (!server.unavailableReason().isEmpty())
            QSKIP(qPrintable(server.unavailableReason()));
        const QByteArray bytes = put(server, QStringLiteral("file.bin"), 50000);
        Downloader downloader(&m_network);
        DownloadRequest r = request(server, QStringLiteral("file.bin"));
        r.expectedSha256 = QString(64, QLatin1Char('0'));
        QString error;
        QVERIFY(!downloader.run(r, &error));
        QVERIFY2(error.contains(sha(bytes)) && error.contains(r.expectedSha256), qPrintable(error));
        QVERIFY(!QFile::exists(r.destination));
        QVERIFY(!QFile::exists(r.destination + QStringLiteral(".part")));
    }

    void cancelStopsAndKeepsNothing()
    {
        NginxServer server;
        if (!server.unavailableReason().isEmpty())
            QSKIP(qPrintable(server.unavailableReason()));
        const QByteArray bytes = put(server, QStringLiteral("big.bin"), 6 << 20);
        Downloader downloader(&m_network);
        qint64 atCancel = -1;
        connect(&downloader, &Downloader::progress, &downloader, [&](qint64 done) {
            atCancel = done;
            downloader.cancel();
        });
        qint64 afterCancel = -1;
        connect(&downloader, &Downloader::progress, [&](qint64 done) { afterCancel = done; });
        QString error;
        const DownloadRequest r = request(server, QStringLiteral("slow/big.bin"));
        QVERIFY(!downloader.run(r, &error));
        QVERIFY(error.contains(QLatin1String("cancelled")));
        // Stopped at the first progress report, far from the whole file, and nothing came after.
        QVERIFY(atCancel > 0 && atCancel < bytes.size() / 2);
        QCOMPARE(afterCancel, atCancel);
        QVERIFY(!QFile::exists(r.destination));
        QVERIFY(!QFile::exists(r.destination + QStringLiteral(".part")));
    }

    void plainHttpNeedsPermission()
    {
        Downloader downloader(&m_network);
        DownloadRequest r;
        r.url = QUrl(QStringLiteral("http://127.0.0.1:9/docker.zip"));
        r.destination = m_dir.filePath(QStringLiteral("download.bin"));
        QString error;
        QVERIFY(!downloader.run(r, &error));
        QVERIFY2(error.contains(QLatin1String("download.allowHttp")), qPrintable(error));
    }

    void refusedAndUnknownHostsAreSaid()
    {
        Downloader downloader(&m_network);
        DownloadRequest r;
        r.url = QUrl(QStringLiteral("http://127.0.0.1:%1/docker.zip").arg(NginxServer::freePort()));
        r.destination = m_dir.filePath(QStringLiteral("download.bin"));
        r.allowHttp = true;
        r.attempts = 2;
        r.firstRetryDelayMs = 10;
        QString error;
        QVERIFY(!downloader.run(r, &error));
        QVERIFY2(error.contains(QLatin1String("refused the connection")) &&
                     error.contains(QLatin1String("after 2 tries")),
                 qPrintable(error));
        r.url = QUrl(QStringLiteral("https://berth-test.invalid/docker.zip"));
        QVERIFY(!downloader.run(r, &error));
        QVERIFY2(error.contains(QLatin1String("the name berth-test.invalid was not found")), qPrintable(error));
    }

    // A server that takes the connection and never answers is a stall: tried again, then said.
    void silentServerIsAStall()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, [&] { held << silent.nextPendingConnection(); });
        Downloader downloader(&m_network);
        DownloadRequest r;
        r.url = QUrl(QStringLiteral("http://127.0.0.1:%1/docker.zip").arg(silent.serverPort()));
        r.destination = m_dir.filePath(QStringLiteral("download.bin"));
        r.allowHttp = true;
        r.attempts = 2;
        r.firstRetryDelayMs = 10;
        r.stallTimeoutMs = 500;
        QString error;
        QVERIFY(!downloader.run(r, &error));
        QVERIFY2(error.contains(QLatin1String("no data from 127.0.0.1")) &&
                     error.contains(QLatin1String("after 2 tries")),
                 qPrintable(error));
        QCOMPARE(held.size(), 2);
    }

    // nssm.cc is often down: the error says so and points at the local-file option.
    void unreachableNssmPointsAtTheLocalFile()
    {
        QTemporaryDir cache;
        BinaryFetch fetch(&m_network, cache.path());
        Answers answers;
        answers.binaries.source = QStringLiteral("keep");
        answers.nssm.url = QStringLiteral("http://127.0.0.1:%1/nssm-2.24.zip").arg(NginxServer::freePort());
        answers.download.allowHttp = true;
        QStringList digests;
        QString error;
        QVERIFY(!fetch.fetch(answers, {}, &digests, &error));
        QVERIFY2(error.contains(QLatin1String("refused the connection")) &&
                     error.contains(QLatin1String("nssm.cc is often unreachable")) &&
                     error.contains(QLatin1String("nssm.localPath")),
                 qPrintable(error));
        QCOMPARE(answers.nssm.source, QStringLiteral("download"));
    }

    void tlsAndRedirects()
    {
        NginxServer server(true);
        if (!server.unavailableReason().isEmpty())
            QSKIP(qPrintable(server.unavailableReason()));
        put(server, QStringLiteral("file.bin"), 1000);
        Downloader downloader(&m_network);
        DownloadRequest r = request(server, QStringLiteral("file.bin"));
        r.allowHttp = false;
        QString error;
        // A certificate from a CA nobody trusts is a TLS failure, said as such.
        QVERIFY(!downloader.run(r, &error));
        QVERIFY2(error.contains(QLatin1String("TLS connection to 127.0.0.1 failed")), qPrintable(error));

        QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
        trusting.addCaCertificates(server.caFile());
        QSslConfiguration::setDefaultConfiguration(trusting);
        m_network.clearConnectionCache();
        QVERIFY2(downloader.run(r, &error), qPrintable(error));

        r.url = QUrl(server.url(QStringLiteral("to-http")));
        QVERIFY(!downloader.run(r, &error));
        QVERIFY2(error.contains(QLatin1String("which is not https")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDownloader)
#include "tst_downloader.moc"
