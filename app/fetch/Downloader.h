#pragma once

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

struct DownloadRequest
{
    QUrl url;
    QString destination;                                // the finished file; until then destination + ".part"
    QString expectedSha256;                             // empty: not pinned, the digest is only reported
    QString pinKey = QStringLiteral("binaries.sha256"); // the answer the pin came from, for messages
    bool allowHttp = false;
    int attempts = 5;
    int stallTimeoutMs = 30000; // no byte for this long (also while connecting): try again
    int firstRetryDelayMs = 500;
    // The most the file may be, checked as it arrives (the announced length first, then each block): a server that
    // sends more is stopped at once, the part file dropped, and not asked again. 0: no limit (a pinned file, whose
    // digest decides).
    qint64 maxBytes = 0;
};

// One file over HTTPS, streamed to disk with its SHA-256 computed on the way. A dropped
// connection resumes with a Range request made conditional by If-Range on the validator (a strong
// ETag, else Last-Modified) the first answer carried; the answer's Content-Range must start where
// the partial file ends, or the partial file is dropped and the download starts over, as it is on
// 416. Server errors and stalls are tried again with a growing pause; redirects are followed only
// to https. Cancel stops at once and leaves no partial file. The network manager is the caller's
// (proxy, TLS configuration).
class Downloader : public QObject
{
    Q_OBJECT

public:
    explicit Downloader(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~Downloader() override;

    void start(const DownloadRequest &request);
    void cancel();
    // Runs the download to its end in a local event loop (the command line's way).
    bool run(const DownloadRequest &request, QString *error);

    QString sha256() const { return m_sha256; }
    QString error() const { return m_error; }

    // Beside destination + ".part": the URL and the validator its bytes came with (two lines). A
    // partial file without it, or of another URL, is never resumed.
    static QString partRecord(const QString &destination) { return destination + QStringLiteral(".part.source"); }

    // "12.5 of 60.0 MiB, 8.1 MiB/s, 6 s left"
    static QString describeProgress(qint64 done, qint64 total, double bytesPerSecond);

signals:
    void progress(qint64 done, qint64 total, double bytesPerSecond, qint64 secondsLeft);
    void retrying(int attempt, const QString &reason, int delayMs);
    void finished(bool ok);

private:
    void send();
    void onReadyRead();
    void onFinished();
    void retryOrFail(const QString &reason);
    void finish(bool ok, const QString &error = QString());
    bool rehashPartial();
    void dropPartial();
    bool acceptRange(const QByteArray &contentRange);

    QNetworkAccessManager *m_network;
    DownloadRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QFile m_part;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    QTimer m_retryTimer;
    QElapsedTimer m_clock;
    qint64 m_done = 0;
    qint64 m_total = -1;
    qint64 m_sessionStart = 0;
    int m_attempt = 0;
    bool m_bodyAccepted = false;
    QByteArray m_validator; // what If-Range sends; empty: a partial file cannot be resumed
    QString m_mismatch;     // why the partial file was dropped in this attempt
    bool m_cancelled = false;
    bool m_running = false;
    QString m_writeError;
    bool m_tooBig = false;
    QUrl m_refusedRedirect;
    QStringList m_sslErrors;
    QString m_sha256;
    QString m_error;
};
