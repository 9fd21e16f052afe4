#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// A real nginx on 127.0.0.1 and a free port, serving a folder, for the download tests. With tls,
// it serves https with a certificate made for 127.0.0.1 by a CA of its own (caFile()). Locations:
//   /FILE          the folder's files
//   /slow/FILE     the same at 2 MiB/s
//   /flaky/FILE    500 until the file exists
//   /to-http       a redirect to plain http
// The access log records each request's URI, status and Range header.
class NginxServer
{
public:
    explicit NginxServer(bool tls = false);
    ~NginxServer();

    QString unavailableReason() const { return m_unavailable; }
    QString root() const { return m_dir.filePath(QStringLiteral("www")); }
    QString url(const QString &path) const;
    int port() const { return m_port; }
    QString caFile() const { return m_dir.filePath(QStringLiteral("ca.pem")); }
    QString accessLog() const;
    // Kills the worker process (the master starts a new one): open connections drop mid-body.
    void killWorker();

    static int freePort();

private:
    bool makeCertificates();

    QTemporaryDir m_dir;
    QProcess m_nginx;
    int m_port = 0;
    bool m_tls;
    QString m_unavailable;
};
