#include "NginxServer.h"

#include "fetch/BinaryFetch.h"
#include "fetch/Downloader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
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

    // What a partial file is, written the way an interrupted run leaves it.
    void plantPartial(const DownloadRequest &r, const QByteArray &bytes, const QByteArray &validator)
    {
        QFile part(r.destination + QStringLiteral(".part"));
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(bytes);
        part.close();
        QFile::remove(Downloader::partRecord(r.destination));
        if (validator.isEmpty())
            return;
        QFile record(Downloader::partRecord(r.destination));
        QVERIFY(record.open(QIODevice::WriteOnly));
        record.write(r.url.toEncoded() + '\n' + validator + '\n');
    }

    QByteArray etagOf(const NginxServer &server, const QString &path)
    {
        QNetworkReply *reply = m_network.head(QNetworkRequest(QUrl(server.url(path))));
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(5000);
        const QByteArray etag = reply->rawHeader("ETag");
        reply->deleteLater();
        return etag;
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

    // An unpinned file may be only so big, checked as the bytes arrive: a server that announces more is stopped
    // before the first block is kept, one that announces nothing (HTTP/1.0 to the close) once the limit is passed;
    // nothing of either is kept, and neither is asked again.
    void oversizedFileIsStoppedAsItArrives()
    {
        NginxServer server;
        if (!server.unavailableReason().isEmpty())
            QSKIP(qPrintable(server.unavailableReason()));
        put(server, QStringLiteral("big.bin"), 3 << 20);
        const qint64 limit = 1 << 20;
        Downloader announced(&m_network);
        qint64 most = 0;
        int retries = 0;
        connect(&announced, &Downloader::progress,
                [&](qint64 done, qint64, double, qint64) { most = qMax(most, done); });
        connect(&announced, &Downloader::retrying, [&] { ++retries; });
        DownloadRequest r = request(server, QStringLiteral("big.bin"));
        r.maxBytes = limit;
        QString error;
        QVERIFY(!announced.run(r, &error));
        QVERIFY2(error.contains(QStringLiteral("sends more than %1 bytes").arg(limit)), qPrintable(error));
        QCOMPARE(most, qint64(0));
        QVERIFY(!QFile::exists(r.destination) && !QFile::exists(r.destination + QStringLiteral(".part")));

        // No length: the body runs to the close.
        QTcpServer endless;
        QVERIFY(endless.listen(QHostAddress::LocalHost));
        qint64 sent = 0;
        connect(&endless, &QTcpServer::newConnection, [&] {
            QTcpSocket *socket = endless.nextPendingConnection();
            socket->write("HTTP/1.0 200 OK\r\nContent-Type: application/octet-stream\r\n\r\n");
            const QByteArray block(64 * 1024, 'x');
            for (int i = 0; i < 64 && socket->state() == QAbstractSocket::ConnectedState; ++i) {
                sent += socket->write(block);
                socket->waitForBytesWritten(2000);
            }
            socket->disconnectFromHost();
        });
        Downloader unannounced(&m_network);
        most = 0;
        connect(&unannounced, &Downloader::progress,
                [&](qint64 done, qint64, double, qint64) { most = qMax(most, done); });
        connect(&unannounced, &Downloader::retrying, [&] { ++retries; });
        r.url = QUrl(QStringLiteral("http://127.0.0.1:%1/big.bin").arg(endless.serverPort()));
        QVERIFY(!unannounced.run(r, &error));
        QVERIFY2(error.contains(QStringLiteral("sends more than %1 bytes").arg(limit)), qPrintable(error));
        QVERIFY2(most <= limit, qPrintable(QString::number(most)));
        QVERIFY(!QFile::exists(r.destination) && !QFile::exists(r.destination + QStringLiteral(".part")));
        QCOMPARE(retries, 0);
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

    // The beginning of an older file and the tail of the new one never make a file: the server
    // sees If-Range with the old validator and sends the new file whole.
    void partialOfAnotherFileStartsOver()
    {
        NginxServer server;
        if (!server.unavailableReason().isEmpty())
            QSKIP(qPrintable(server.unavailableReason()));
        const QByteArray bytes = put(server, QStringLiteral("file.bin"), 200000);
        const DownloadRequest r = request(server, QStringLiteral("file.bin"));
        plantPartial(r, QByteArray(50000, 'O'), "\"5f0-old\"");
        Downloader downloader(&m_network);
        QString error;
        QVERIFY2(downloader.run(r, &error), qPrintable(error));
        QCOMPARE(read(r.destination), bytes);
        QVERIFY(!QFile::exists(Downloader::partRecord(r.destination)));
        const QString log = server.accessLog();
        QVERIFY2(log.contains(QLatin1String("/file.bin 200 range=\"bytes=50000-\"")), qPrintable(log));
    }

    // A partial file of the same file, with its validator, is resumed where it ends.
    void partialOfTheSameFileResumes()
    {
        NginxServer server;
        if (!server.unavailableReason().isEmpty())
            QSKIP(qPrintable(server.unavailableReason()));
        const QByteArray bytes = put(server, QStringLiteral("file.bin"), 200000);
        const DownloadRequest r = request(server, QStringLiteral("file.bin"));
        const QByteArray etag = etagOf(server, QStringLiteral("file.bin"));
        QVERIFY(!etag.isEmpty());
        plantPartial(r, bytes.left(50000), etag);
        Downloader downloader(&m_network);
        QString error;
        QVERIFY2(downloader.run(r, &error), qPrintable(error));
        QCOMPARE(read(r.destination), bytes);
        QCOMPARE(downloader.sha256(), sha(bytes)); // the digest covers the bytes from before too
        QVERIFY2(server.accessLog().contains(QLatin1String("/file.bin 206 range=\"bytes=50000-\"")),
                 qPrintable(server.accessLog()));
    }

    // Without a record of where its bytes came from, a partial file proves nothing: not resumed.
    void partialWithoutItsSourceIsNotResumed()
    {
        NginxServer server;
        if (!server.unavailableReason().isEmpty())
            QSKIP(qPrintable(server.unavailableReason()));
        const QByteArray bytes = put(server, QStringLiteral("file.bin"), 200000);
        const DownloadRequest r = request(server, QStringLiteral("file.bin"));
        plantPartial(r, QByteArray(50000, 'O'), QByteArray());
        Downloader downloader(&m_network);
        QString error;
        QVERIFY2(downloader.run(r, &error), qPrintable(error));
        QCOMPARE(read(r.destination), bytes);
        QVERIFY2(server.accessLog().contains(QLatin1String("/file.bin 200 range=\"-\"")),
                 qPrintable(server.accessLog()));
    }

    // A partial file longer than the file the server has now: 416 once, then the whole file; never
    // 416 again and again.
    void unsatisfiableRangeStartsOverOnce()
    {
        NginxServer server;
        if (!server.unavailableReason().isEmpty())
            QSKIP(qPrintable(server.unavailableReason()));
        const QByteArray bytes = put(server, QStringLiteral("file.bin"), 20000);
        const DownloadRequest r = request(server, QStringLiteral("file.bin"));
        plantPartial(r, QByteArray(30000, 'O'), etagOf(server, QStringLiteral("file.bin")));
        Downloader downloader(&m_network);
        QString error;
        QVERIFY2(downloader.run(r, &error), qPrintable(error));
        QCOMPARE(read(r.destination), bytes);
        const QString log = server.accessLog();
        QCOMPARE(log.count(QLatin1String("/file.bin 416")), 1);
        QVERIFY2(log.contains(QLatin1String("/file.bin 200 range=\"-\"")), qPrintable(log));
    }

    // A server whose Content-Range does not go on where the partial file ends (here: it sends from
    // byte 0 as 206) is not believed: the partial file is dropped and the download starts over.
    void contentRangeMustContinueThePartialFile()
    {
        const QByteArray body = randomBytes(30000);
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QList<QByteArray> requests;
        connect(&server, &QTcpServer::newConnection, [&] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
                const QByteArray request = socket->readAll();
                requests << request;
                const bool ranged = request.contains("\r\nRange:");
                socket->write((ranged ? QByteArray("HTTP/1.1 206 Partial Content\r\nContent-Range: bytes 0-") +
                                            QByteArray::number(body.size() - 1) + '/' +
                                            QByteArray::number(body.size()) + "\r\n"
                                      : QByteArray("HTTP/1.1 200 OK\r\n")) +
                              "ETag: \"v1\"\r\nContent-Length: " + QByteArray::number(body.size()) +
                              "\r\nConnection: close\r\n\r\n" + body);
                socket->disconnectFromHost();
            });
        });
        DownloadRequest r;
        r.url = QUrl(QStringLiteral("http://127.0.0.1:%1/docker.zip").arg(server.serverPort()));
        r.destination = m_dir.filePath(QStringLiteral("download.bin"));
        r.allowHttp = true;
        r.firstRetryDelayMs = 10;
        plantPartial(r, QByteArray(10000, 'O'), "\"v1\"");
        Downloader downloader(&m_network);
        QStringList reasons;
        connect(&downloader, &Downloader::retrying, [&](int, const QString &reason) { reasons << reason; });
        QString error;
        QVERIFY2(downloader.run(r, &error), qPrintable(error));
        QCOMPARE(read(r.destination), body);
        QCOMPARE(requests.size(), 2);
        QVERIFY(requests.at(0).contains("\r\nIf-Range: \"v1\"\r\n"));
        QVERIFY(!requests.at(1).contains("\r\nRange:"));
        QCOMPARE(reasons.size(), 1);
        QVERIFY2(reasons.first().contains(QLatin1String("bytes 0-29999/30000")) &&
                     reasons.first().contains(QLatin1String("10000 bytes")),
                 qPrintable(reasons.first()));
    }

    // Cache files are named by a hash of their URL: nothing in the URL becomes a path.
    void cacheNamesComeFromTheUrlHash()
    {
        QTemporaryDir cache;
        const BinaryFetch fetch(&m_network, cache.path());
        for (const char *url : {"https://example.com/..%5C..%5Cx.bat", "https://example.com/a/..%2F..%2Fx.zip",
                                "https://example.com/NUL", "https://example.com/con.zip", "https://example.com/"}) {
            const QString path = fetch.cachePath(QLatin1String(url));
            const QString name = QFileInfo(path).fileName();
            QVERIFY2(QFileInfo(path).absolutePath() == QDir(cache.path()).absoluteFilePath(name.left(16)),
                     qPrintable(path));
            QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{64}(\\.zip|\\.exe)?$")).match(name).hasMatch(),
                     qPrintable(path));
        }
        QVERIFY(
            fetch.cachePath(QStringLiteral("https://example.com/docker-28.2.2.zip")).endsWith(QLatin1String(".zip")));
        QVERIFY(fetch.cachePath(QStringLiteral("https://example.com/a")) !=
                fetch.cachePath(QStringLiteral("https://example.com/b")));
    }

    // Every file can be pinned, local ones too; the message names the key the pin came from.
    void everyDownloadAndLocalFileCanBePinned()
    {
        NginxServer server;
        if (!server.unavailableReason().isEmpty())
            QSKIP(qPrintable(server.unavailableReason()));
        const QByteArray nssm = put(server, QStringLiteral("nssm-2.24.zip"), 4000);
        QTemporaryDir cache;
        Answers answers;
        answers.binaries.source = Source::Keep;
        answers.nssm.url = server.url(QStringLiteral("nssm-2.24.zip"));
        answers.nssm.sha256 = QString(64, QLatin1Char('1'));
        answers.download.allowHttp = true;
        QStringList digests;
        QString error;
        {
            BinaryFetch fetch(&m_network, cache.path());
            QVERIFY(!fetch.fetch(answers, {}, &digests, &error));
            QVERIFY2(error.contains(QLatin1String("nssm.sha256")) && error.contains(sha(nssm)), qPrintable(error));
        }
        answers.nssm.sha256 = sha(nssm);
        {
            BinaryFetch fetch(&m_network, cache.path());
            QVERIFY2(fetch.fetch(answers, {}, &digests, &error), qPrintable(error));
            QCOMPARE(answers.nssm.source, Source::Local);
        }
        // The local file, now with a pin it does not match.
        answers.nssm.sha256 = QString(64, QLatin1Char('2'));
        {
            BinaryFetch fetch(&m_network, cache.path());
            QVERIFY(!fetch.fetch(answers, {}, &digests, &error));
            QVERIFY2(error.contains(QLatin1String("nssm.sha256")), qPrintable(error));
        }
        // dockerd.exe and docker.exe, each with a pin of its own.
        const QByteArray dockerd = put(server, QStringLiteral("dockerd"), 3000);
        const QByteArray docker = put(server, QStringLiteral("docker"), 2000);
        Answers exe;
        exe.service.manager = ServiceManager::Native;
        exe.binaries.package = Package::Exe;
        exe.binaries.dockerdUrl = server.url(QStringLiteral("dockerd"));
        exe.binaries.dockerUrl = server.url(QStringLiteral("docker"));
        exe.binaries.dockerdSha256 = sha(dockerd);
        exe.binaries.dockerSha256 = sha(dockerd); // the wrong file's digest
        exe.download.allowHttp = true;
        {
            BinaryFetch fetch(&m_network, cache.path());
            QVERIFY(!fetch.fetch(exe, {}, &digests, &error));
            QVERIFY2(error.contains(QLatin1String("binaries.dockerSha256")) && error.contains(sha(docker)),
                     qPrintable(error));
        }
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
        answers.binaries.source = Source::Keep;
        answers.nssm.url = QStringLiteral("http://127.0.0.1:%1/nssm-2.24.zip").arg(NginxServer::freePort());
        answers.download.allowHttp = true;
        QStringList digests;
        QString error;
        QVERIFY(!fetch.fetch(answers, {}, &digests, &error));
        QVERIFY2(error.contains(QLatin1String("refused the connection")) &&
                     error.contains(QLatin1String("nssm.cc is often unreachable")) &&
                     error.contains(QLatin1String("nssm.localPath")),
                 qPrintable(error));
        QCOMPARE(answers.nssm.source, Source::Download);
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
