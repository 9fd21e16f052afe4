#include "DaemonProbe.h"

#include "host/LocalFile.h"
#include "tls/CertificateFiles.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTimer>

namespace {

struct Answer
{
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QSslError> sslErrors;
    QString errorText;
    bool timedOut = false;
};

Answer get(QNetworkAccessManager *network, const QUrl &url, const QSslConfiguration &ssl, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setSslConfiguration(ssl);
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = network->get(request);
    Answer answer;
    QObject::connect(reply, &QNetworkReply::sslErrors,
                     [&](const QList<QSslError> &errors) { answer.sslErrors = errors; });
    // /_ping and /version are a few hundred bytes: whoever sends more is not a daemon to read on.
    bool tooBig = false;
    QObject::connect(reply, &QNetworkReply::downloadProgress, [&](qint64 received, qint64 total) {
        if (received > DaemonProbe::AnswerLimit || total > DaemonProbe::AnswerLimit) {
            tooBig = true;
            reply->abort();
        }
    });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    answer.error = reply->error();
    answer.errorText = reply->errorString();
    answer.timedOut = answer.error == QNetworkReply::OperationCanceledError && !tooBig;
    if (tooBig)
        answer.errorText = DaemonProbe::tr("%1 sent more than %2 bytes, which no daemon's answer is")
                               .arg(url.toString())
                               .arg(DaemonProbe::AnswerLimit);
    answer.body = tooBig ? QByteArray() : reply->readAll();
    reply->deleteLater();
    return answer;
}

// HTTP/1.0 over a local socket: a Unix socket elsewhere, a named pipe on Windows (QLocalSocket
// speaks both). Returns the status code and fills body; 0 when nothing answered.
int localGet(const QString &socketName, const QByteArray &path, int timeoutMs, QByteArray *body, QString *error)
{
    QLocalSocket socket;
    socket.setReadBufferSize(DaemonProbe::AnswerLimit + 1);
    socket.connectToServer(socketName);
    if (!socket.waitForConnected(timeoutMs)) {
        *error = DaemonProbe::tr("nothing answers on %1: %2").arg(socketName, socket.errorString());
        return 0;
    }
    socket.write("GET " + path + " HTTP/1.0\r\nHost: docker\r\n\r\n");
    socket.waitForBytesWritten(timeoutMs);
    QByteArray response;
    while (socket.state() == QLocalSocket::ConnectedState && socket.waitForReadyRead(timeoutMs) &&
           response.size() <= DaemonProbe::AnswerLimit)
        response += socket.read(DaemonProbe::AnswerLimit + 1 - response.size());
    if (response.size() <= DaemonProbe::AnswerLimit)
        response += socket.read(DaemonProbe::AnswerLimit + 1 - response.size());
    if (response.size() > DaemonProbe::AnswerLimit) {
        *error = DaemonProbe::tr("%1 sent more than %2 bytes, which no daemon's answer is")
                     .arg(socketName)
                     .arg(DaemonProbe::AnswerLimit);
        return 0;
    }
    const qsizetype split = response.indexOf("\r\n\r\n");
    const QList<QByteArray> status = response.left(response.indexOf("\r\n")).split(' ');
    *body = split < 0 ? QByteArray() : response.mid(split + 4);
    if (status.size() < 2) {
        *error = DaemonProbe::tr("%1 did not answer in HTTP").arg(socketName);
        return 0;
    }
    return status.at(1).toInt();
}

DaemonProbe::Result probeLocal(const QString &host, int timeoutMs)
{
    DaemonProbe::Result result;
    QString name = host;
    if (name.startsWith(QLatin1String("unix://")))
        name = name.mid(7);
    else
        name = QStringLiteral("\\\\.\\pipe\\") + name.section(QLatin1Char('/'), -1); // npipe:////./pipe/docker_engine
    QByteArray body;
    const int ping = localGet(name, "/_ping", timeoutMs, &body, &result.error);
    if (ping != 200) {
        if (ping != 0)
            result.error = DaemonProbe::tr("%1 answered %2 to /_ping").arg(host).arg(ping);
        return result;
    }
    if (localGet(name, "/version", timeoutMs, &body, &result.error) == 200) {
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        result.version = json.value(QStringLiteral("Version")).toString();
        result.apiVersion = json.value(QStringLiteral("ApiVersion")).toString();
        result.minApiVersion = json.value(QStringLiteral("MinAPIVersion")).toString();
        result.os = json.value(QStringLiteral("Os")).toString();
    }
    result.ok = !result.version.isEmpty();
    if (!result.ok && result.error.isEmpty())
        result.error =
            DaemonProbe::tr("the daemon answered /_ping but not /version: %1").arg(QString::fromUtf8(body.left(200)));
    return result;
}

} // namespace

DaemonProbe::Result DaemonProbe::probe(QNetworkAccessManager *network, const QString &host, const QString &certDir,
                                       int timeoutMs)
{
    if (host.startsWith(QLatin1String("unix://")) || host.startsWith(QLatin1String("npipe://")))
        return probeLocal(host, timeoutMs);
    Result result;
    QUrl url(host);
    if (url.scheme() != QLatin1String("tcp") || url.host().isEmpty() || url.port() < 1) {
        result.error =
            tr("%1 is not an address like tcp://HOST:2376, npipe:////./pipe/docker_engine or unix:///PATH").arg(host);
        return result;
    }
    url.setScheme(QStringLiteral("https"));

    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    const QList<QSslCertificate> ca =
        QSslCertificate::fromData(LocalFile::read(CertificateFiles::local(certDir, CertificateFiles::ca)));
    const QList<QSslCertificate> client =
        QSslCertificate::fromData(LocalFile::read(CertificateFiles::local(certDir, CertificateFiles::clientCert)));
    const QByteArray keyPem = LocalFile::read(CertificateFiles::local(certDir, CertificateFiles::clientKey));
    QSslKey key(keyPem, QSsl::Rsa);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec);
    if (ca.isEmpty() || client.isEmpty() || key.isNull()) {
        result.error = tr("%1 must hold ca.pem, cert.pem and key.pem").arg(certDir);
        return result;
    }
    ssl.setCaCertificates(ca);
    ssl.setLocalCertificate(client.first());
    ssl.setPrivateKey(key);
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);

    Answer ping = get(network, url.resolved(QUrl(QStringLiteral("/_ping"))), ssl, timeoutMs);
    if (ping.error != QNetworkReply::NoError) {
        for (const QSslError &error : ping.sslErrors) {
            if (error.error() == QSslError::HostNameMismatch) {
                result.error =
                    tr("the daemon's certificate does not name %1: add it to tls.subjectAltNames and make the "
                       "server certificate again")
                        .arg(url.host());
                return result;
            }
        }
        if (!ping.sslErrors.isEmpty())
            result.error = tr("the daemon's certificate is not from the CA in %1 (%2)")
                               .arg(certDir, ping.sslErrors.first().errorString());
        else if (ping.error == QNetworkReply::ConnectionRefusedError)
            result.error = tr("%1 refused the connection: is the daemon running and listening on port %2?")
                               .arg(url.host())
                               .arg(url.port());
        else if (ping.timedOut)
            result.error =
                tr("%1 did not answer within %2 s: a firewall may drop the port").arg(url.host()).arg(timeoutMs / 1000);
        else if (ping.error == QNetworkReply::SslHandshakeFailedError ||
                 ping.error == QNetworkReply::RemoteHostClosedError ||
                 ping.errorText.contains(QLatin1String("alert"), Qt::CaseInsensitive)) // "sslv3 alert bad certificate"
            result.error = tr("the daemon rejected the client certificate in %1: it is not from the daemon's CA (%2)")
                               .arg(certDir, ping.errorText);
        else
            result.error = ping.errorText;
        return result;
    }
    const Answer version = get(network, url.resolved(QUrl(QStringLiteral("/version"))), ssl, timeoutMs);
    const QJsonObject json = QJsonDocument::fromJson(version.body).object();
    result.version = json.value(QStringLiteral("Version")).toString();
    result.apiVersion = json.value(QStringLiteral("ApiVersion")).toString();
    result.minApiVersion = json.value(QStringLiteral("MinAPIVersion")).toString();
    result.os = json.value(QStringLiteral("Os")).toString();
    result.ok = version.error == QNetworkReply::NoError && !result.version.isEmpty();
    if (!result.ok)
        result.error = tr("the daemon answered /_ping but not /version: %1").arg(version.errorText);
    return result;
}
