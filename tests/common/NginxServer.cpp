#include "NginxServer.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

int NginxServer::freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

bool NginxServer::makeCertificates()
{
    const QString dir = m_dir.path();
    const QList<QStringList> steps = {
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
         QStringLiteral("-nodes"), QStringLiteral("-keyout"), dir + QStringLiteral("/ca-key.pem"),
         QStringLiteral("-out"), dir + QStringLiteral("/ca.pem"), QStringLiteral("-days"), QStringLiteral("2"),
         QStringLiteral("-subj"), QStringLiteral("/CN=Berth test CA")},
        {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
         QStringLiteral("-keyout"), dir + QStringLiteral("/server-key.pem"), QStringLiteral("-out"),
         dir + QStringLiteral("/server.csr"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")},
        {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), dir + QStringLiteral("/server.csr"),
         QStringLiteral("-CA"), dir + QStringLiteral("/ca.pem"), QStringLiteral("-CAkey"),
         dir + QStringLiteral("/ca-key.pem"), QStringLiteral("-CAcreateserial"), QStringLiteral("-out"),
         dir + QStringLiteral("/server-cert.pem"), QStringLiteral("-days"), QStringLiteral("2"),
         QStringLiteral("-extfile"), dir + QStringLiteral("/san.cnf")},
    };
    QFile san(dir + QStringLiteral("/san.cnf"));
    san.open(QIODevice::WriteOnly);
    san.write("subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n");
    san.close();
    for (const QStringList &arguments : steps) {
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"), arguments);
        if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
            return false;
    }
    return true;
}

NginxServer::NginxServer(bool tls) : m_tls(tls)
{
    const QString nginx = QStandardPaths::findExecutable(QStringLiteral("nginx"),
                                                         {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    if (nginx.isEmpty()) {
        m_unavailable = QStringLiteral("nginx is not installed (apt-get install nginx-light)");
        return;
    }
    if (tls && (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty() || !makeCertificates())) {
        m_unavailable = QStringLiteral("openssl could not make the test certificates");
        return;
    }
    QDir(m_dir.path()).mkpath(QStringLiteral("www/flaky"));
    QDir(m_dir.path()).mkpath(QStringLiteral("temp"));
    m_port = freePort();
    const QString d = m_dir.path();
    QString config =
        QStringLiteral(
            "user root;\nworker_processes 1;\ndaemon off;\npid %1/nginx.pid;\nerror_log %1/error.log;\n"
            "events { worker_connections 64; }\n"
            "http {\n"
            "  log_format berth '$request_uri $status range=\"$http_range\"';\n"
            "  access_log %1/access.log berth;\n"
            "  client_body_temp_path %1/temp/body; proxy_temp_path %1/temp/proxy; fastcgi_temp_path %1/temp/fastcgi;\n"
            "  uwsgi_temp_path %1/temp/uwsgi; scgi_temp_path %1/temp/scgi;\n"
            "  default_type application/octet-stream;\n"
            "  server {\n"
            "    listen 127.0.0.1:%2%3;\n"
            "%4"
            "    root %1/www;\n"
            "    location /slow/ { alias %1/www/; limit_rate 2m; }\n"
            "    location /flaky/ { try_files $uri =500; }\n"
            "    location = /to-http { return 302 http://127.0.0.1:%2/file.bin; }\n"
            "  }\n"
            "}\n")
            .arg(d)
            .arg(m_port)
            .arg(tls ? QStringLiteral(" ssl") : QString())
            .arg(tls ? QStringLiteral(
                           "    ssl_certificate %1/server-cert.pem;\n    ssl_certificate_key %1/server-key.pem;\n")
                           .arg(d)
                     : QString());
    QFile file(d + QStringLiteral("/nginx.conf"));
    file.open(QIODevice::WriteOnly);
    file.write(config.toUtf8());
    file.close();
    m_nginx.setProcessChannelMode(QProcess::MergedChannels);
    m_nginx.start(nginx, {QStringLiteral("-p"), d, QStringLiteral("-c"), d + QStringLiteral("/nginx.conf")});
    for (int i = 0; i < 100; ++i) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, quint16(m_port));
        if (probe.waitForConnected(100))
            return;
        if (m_nginx.state() == QProcess::NotRunning)
            break;
        QThread::msleep(50);
    }
    m_unavailable = QStringLiteral("nginx did not start: ") + QString::fromLocal8Bit(m_nginx.readAll());
}

NginxServer::~NginxServer()
{
    if (m_nginx.state() != QProcess::NotRunning) {
        m_nginx.terminate();
        if (!m_nginx.waitForFinished(5000)) {
            m_nginx.kill();
            m_nginx.waitForFinished();
        }
    }
}

QString NginxServer::url(const QString &path) const
{
    return QStringLiteral("%1://127.0.0.1:%2/%3")
        .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
        .arg(m_port)
        .arg(path);
}

QString NginxServer::accessLog() const
{
    QFile log(m_dir.filePath(QStringLiteral("access.log")));
    return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
}

void NginxServer::killWorker()
{
    QProcess pkill;
    pkill.start(QStringLiteral("pkill"),
                {QStringLiteral("-KILL"), QStringLiteral("-P"), QString::number(m_nginx.processId())});
    pkill.waitForFinished(5000);
}
