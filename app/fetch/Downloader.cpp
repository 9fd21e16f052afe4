#include "Downloader.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>
#include <QSslError>

Downloader::Downloader(QNetworkAccessManager *network, QObject *parent) : QObject(parent), m_network(network)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &Downloader::send);
}

Downloader::~Downloader()
{
    if (m_running)
        cancel();
}

QString Downloader::describeProgress(qint64 done, qint64 total, double bytesPerSecond)
{
    const double mib = 1024.0 * 1024.0;
    QString text = total > 0 ? tr("%1 of %2 MiB").arg(done / mib, 0, 'f', 1).arg(total / mib, 0, 'f', 1)
                             : tr("%1 MiB").arg(done / mib, 0, 'f', 1);
    if (bytesPerSecond > 0) {
        text += tr(", %1 MiB/s").arg(bytesPerSecond / mib, 0, 'f', 1);
        if (total > 0)
            text += tr(", %n s left", nullptr, int((total - done) / bytesPerSecond));
    }
    return text;
}

void Downloader::start(const DownloadRequest &request)
{
    m_request = request;
    m_cancelled = false;
    m_running = true;
    m_attempt = 0;
    m_error.clear();
    m_sha256.clear();
    const QString scheme = request.url.scheme();
    if (!request.url.isValid() || request.url.host().isEmpty()) {
        finish(false, tr("%1 is not a URL").arg(request.url.toString()));
        return;
    }
    if (scheme != QLatin1String("https") && !(scheme == QLatin1String("http") && request.allowHttp)) {
        finish(false, tr("%1 is not https; Berth downloads over plain http only when download.allowHttp is set")
                          .arg(request.url.toString()));
        return;
    }
    m_part.setFileName(request.destination + QStringLiteral(".part"));
    // What an earlier, interrupted run left is resumed, after its bytes are hashed again, if it
    // came from this URL with a validator that can prove the server still has the same file.
    QFile record(partRecord(request.destination));
    const QList<QByteArray> lines =
        record.open(QIODevice::ReadOnly) ? record.readAll().split('\n') : QList<QByteArray>();
    record.close();
    const bool resumable = lines.size() >= 2 && lines.at(0) == request.url.toEncoded() && !lines.at(1).isEmpty();
    m_validator = resumable ? lines.at(1) : QByteArray();
    if (!m_part.open(QIODevice::ReadWrite) || (!resumable && !m_part.resize(0)) || !rehashPartial()) {
        finish(false, tr("cannot write %1: %2").arg(m_part.fileName(), m_part.errorString()));
        return;
    }
    m_clock.start();
    send();
}

bool Downloader::rehashPartial()
{
    m_hash.reset();
    m_done = 0;
    m_part.seek(0);
    while (!m_part.atEnd()) {
        const QByteArray chunk = m_part.read(1 << 20);
        if (chunk.isEmpty())
            return false;
        m_hash.addData(chunk);
        m_done += chunk.size();
    }
    return true;
}

void Downloader::dropPartial()
{
    m_part.resize(0);
    m_part.seek(0);
    m_hash.reset();
    m_done = m_sessionStart = 0;
    m_validator.clear();
    QFile::remove(partRecord(m_request.destination));
}

// "bytes 1000-4999/5000": the answer must go on where the partial file ends.
bool Downloader::acceptRange(const QByteArray &contentRange)
{
    const QByteArray value = contentRange.trimmed();
    const qsizetype dash = value.indexOf('-');
    const qsizetype slash = value.indexOf('/');
    bool startOk = false, endOk = false;
    const qint64 start = value.startsWith("bytes ") && dash > 6 ? value.mid(6, dash - 6).toLongLong(&startOk) : -1;
    const qint64 end = slash > dash ? value.mid(dash + 1, slash - dash - 1).toLongLong(&endOk) : -1;
    if (!startOk || !endOk || start != m_done || end < start) {
        m_mismatch = tr("the server sent %1 for a file of which %2 bytes were here; the partial file was dropped")
                         .arg(value.isEmpty() ? QStringLiteral("no Content-Range") : QString::fromLatin1(value))
                         .arg(m_done);
        return false;
    }
    bool totalOk = false;
    const qint64 total = value.mid(slash + 1).toLongLong(&totalOk);
    m_total = totalOk ? total : end + 1;
    return true;
}

void Downloader::send()
{
    ++m_attempt;
    m_bodyAccepted = false;
    m_mismatch.clear();
    if (m_done > 0 && m_validator.isEmpty())
        dropPartial(); // nothing proves the rest would be of the same file
    m_writeError.clear();
    m_tooBig = false;
    m_refusedRedirect.clear();
    m_sslErrors.clear();
    QNetworkRequest request(m_request.url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setTransferTimeout(m_request.stallTimeoutMs);
    if (m_done > 0) {
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_done) + '-');
        request.setRawHeader("If-Range", m_validator); // another file: the whole of it, with 200
    }
    m_sessionStart = m_done;
    m_clock.restart();
    m_reply = m_network->get(request);
    // What is not read yet (an error page Berth does not read, a body faster than the disk) stays bounded: Qt stops
    // reading from the connection while this much waits.
    m_reply->setReadBufferSize(1 << 20);
    m_reply->setReadBufferSize(1 << 20);
    connect(m_reply, &QNetworkReply::readyRead, this, &Downloader::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &Downloader::onFinished);
    connect(m_reply, &QNetworkReply::redirected, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("https") || (url.scheme() == QLatin1String("http") && m_request.allowHttp)) {
            emit m_reply->redirectAllowed();
            return;
        }
        m_refusedRedirect = url;
        m_reply->abort();
    });
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_sslErrors.append(error.errorString());
    });
}

void Downloader::onReadyRead()
{
    if (!m_mismatch.isEmpty())
        return; // being dropped: onFinished starts over
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!m_bodyAccepted) {
        if (status != 200 && status != 206)
            return; // an error page: onFinished says what went wrong
        const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (status == 206) {
            if (!acceptRange(m_reply->rawHeader("Content-Range"))) {
                m_reply->abort();
                return;
            }
        } else {
            if (m_done > 0)
                dropPartial(); // the whole file again (another file, or no ranges here): start over
            m_total = length > 0 ? length : -1;
            // What proves, in a later request, that the server still has this very file.
            const QByteArray etag = m_reply->rawHeader("ETag");
            m_validator = !etag.isEmpty() && !etag.startsWith("W/") ? etag : m_reply->rawHeader("Last-Modified");
            QSaveFile record(partRecord(m_request.destination));
            if (!m_validator.isEmpty() && record.open(QIODevice::WriteOnly)) {
                record.write(m_request.url.toEncoded() + '\n' + m_validator + '\n');
                record.commit();
            }
        }
        m_part.seek(m_done);
        m_bodyAccepted = true;
    }
    const qint64 limit = m_request.maxBytes;
    if (limit > 0 && (m_total > limit || m_done + m_reply->bytesAvailable() > limit)) {
        m_tooBig = true;
        m_reply->abort();
        return;
    }
    const QByteArray data = m_reply->readAll();
    if (data.isEmpty())
        return;
    if (m_part.write(data) != data.size()) {
        m_writeError = m_part.errorString();
        m_reply->abort();
        return;
    }
    m_hash.addData(data);
    m_done += data.size();
    const double seconds = qMax<qint64>(1, m_clock.elapsed()) / 1000.0;
    const double rate = (m_done - m_sessionStart) / seconds;
    emit progress(m_done, m_total, rate, m_total > 0 && rate > 0 ? qint64((m_total - m_done) / rate) : -1);
}

void Downloader::onFinished()
{
    if (m_cancelled) {
        m_reply->deleteLater();
        m_reply = nullptr;
        return;
    }
    if (m_reply->bytesAvailable() > 0)
        onReadyRead();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    const QString host = m_request.url.host();

    if (m_tooBig) {
        dropPartial();
        m_part.remove();
        finish(false, tr("%1 sends more than %2 bytes, more than such a file can be; nothing of it was kept")
                          .arg(m_request.url.toString())
                          .arg(m_request.maxBytes));
        return;
    }
    if (!m_writeError.isEmpty()) {
        m_part.remove();
        finish(false, tr("cannot write %1 (is the disk full?): %2").arg(m_part.fileName(), m_writeError));
        return;
    }
    if (!m_mismatch.isEmpty()) {
        dropPartial();
        retryOrFail(m_mismatch);
        return;
    }
    if (status == 416 && m_done > 0) {
        // The partial file is not a beginning of what the server has now: once from the start.
        dropPartial();
        retryOrFail(tr("%1 answered 416 Range Not Satisfiable; the partial file was dropped").arg(host));
        return;
    }
    if (!m_refusedRedirect.isEmpty()) {
        finish(false, tr("%1 redirected to %2, which is not https; Berth follows redirects only to https")
                          .arg(m_request.url.toString(), m_refusedRedirect.toString()));
        return;
    }
    if (error == QNetworkReply::NoError && (status == 200 || status == 206)) {
        if (m_total > 0 && m_done < m_total) {
            retryOrFail(tr("the connection closed after %1 of %2 bytes").arg(m_done).arg(m_total));
            return;
        }
        m_part.flush();
        m_sha256 = QString::fromLatin1(m_hash.result().toHex());
        if (!m_request.expectedSha256.isEmpty() &&
            m_sha256.compare(m_request.expectedSha256, Qt::CaseInsensitive) != 0) {
            m_part.remove();
            QFile::remove(partRecord(m_request.destination));
            finish(false,
                   tr("%1 is not the pinned file: its SHA-256 is %2, the pin (%3) says %4; the file "
                      "was discarded")
                       .arg(m_request.url.toString(), m_sha256, m_request.pinKey, m_request.expectedSha256.toLower()));
            return;
        }
        m_part.close();
        QFile::remove(partRecord(m_request.destination));
        QFile::remove(m_request.destination);
        if (!m_part.rename(m_request.destination)) {
            finish(false, tr("cannot write %1: %2").arg(m_request.destination, m_part.errorString()));
            return;
        }
        finish(true);
        return;
    }
    if (error == QNetworkReply::HostNotFoundError) {
        finish(false, tr("the name %1 was not found: check the URL, the DNS settings or the proxy").arg(host));
        return;
    }
    if (!m_sslErrors.isEmpty() || error == QNetworkReply::SslHandshakeFailedError) {
        finish(false,
               tr("the TLS connection to %1 failed: %2")
                   .arg(host, m_sslErrors.isEmpty() ? reply->errorString() : m_sslErrors.join(QStringLiteral("; "))));
        return;
    }
    if (status >= 400 && status < 500) {
        finish(false, tr("%1 answered %2 %3 for %4")
                          .arg(host)
                          .arg(status)
                          .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString(),
                               m_request.url.toString()));
        return;
    }
    if (status >= 500) {
        retryOrFail(tr("%1 answered %2 %3 (a server error)")
                        .arg(host)
                        .arg(status)
                        .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()));
        return;
    }
    if (error == QNetworkReply::ConnectionRefusedError) {
        retryOrFail(tr("%1 refused the connection on port %2")
                        .arg(host)
                        .arg(m_request.url.port(m_request.url.scheme() == QLatin1String("https") ? 443 : 80)));
        return;
    }
    if (error == QNetworkReply::OperationCanceledError) {
        retryOrFail(tr("no data from %1 for %2 s").arg(host).arg(m_request.stallTimeoutMs / 1000));
        return;
    }
    retryOrFail(reply->errorString());
}

void Downloader::retryOrFail(const QString &reason)
{
    if (m_attempt >= m_request.attempts) {
        finish(false, m_attempt > 1 ? tr("%1 (after %2 tries)").arg(reason).arg(m_attempt) : reason);
        return;
    }
    const int delay = m_request.firstRetryDelayMs << (m_attempt - 1);
    emit retrying(m_attempt + 1, reason, delay);
    m_retryTimer.start(delay);
}

void Downloader::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_retryTimer.stop();
    if (m_reply)
        m_reply->abort();
    m_part.close();
    m_part.remove();
    QFile::remove(partRecord(m_request.destination));
    finish(false, tr("cancelled; nothing was kept"));
}

void Downloader::finish(bool ok, const QString &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_error = error;
    if (!ok && m_part.isOpen())
        m_part.close(); // what was fetched stays as .part, so that the next run resumes
    emit finished(ok);
}

bool Downloader::run(const DownloadRequest &request, QString *error)
{
    QEventLoop loop;
    bool result = false;
    const QMetaObject::Connection done = connect(this, &Downloader::finished, &loop, [&](bool ok) {
        result = ok;
        loop.quit();
    });
    start(request);
    if (m_running)
        loop.exec();
    disconnect(done);
    if (!result)
        *error = m_error;
    return result;
}
