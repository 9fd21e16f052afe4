#pragma once

#include "NginxServer.h"

#include <QHostAddress>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <unistd.h>

// Debian's dockerd on 127.0.0.1 with --tlsverify and the server files of a certificate folder (ca.pem,
// server-cert.pem, server-key.pem): the real peer of Berth's TLS tests. It needs root; ended with the object.
struct TlsDaemon
{
    QTemporaryDir dir;
    QProcess process;
    int port = 0;
    ~TlsDaemon()
    {
        process.terminate();
        if (!process.waitForFinished(15000)) {
            process.kill();
            process.waitForFinished();
        }
    }

    // Starts it; empty when it listens, else why not.
    static QString start(TlsDaemon &daemon, const QString &certs, int port = 0)
    {
        if (QStandardPaths::findExecutable(QStringLiteral("dockerd")).isEmpty())
            return QStringLiteral("dockerd is not installed (apt-get install docker.io)");
        if (getuid() != 0)
            return QStringLiteral("dockerd must run as root");
        daemon.port = port ? port : NginxServer::freePort();
        const QString d = daemon.dir.path();
        daemon.process.setProcessChannelMode(QProcess::MergedChannels);
        daemon.process.start(
            QStringLiteral("dockerd"),
            {QStringLiteral("-H"), QStringLiteral("tcp://127.0.0.1:%1").arg(daemon.port), QStringLiteral("--tlsverify"),
             QStringLiteral("--tlscacert=") + certs + QStringLiteral("/ca.pem"),
             QStringLiteral("--tlscert=") + certs + QStringLiteral("/server-cert.pem"),
             QStringLiteral("--tlskey=") + certs + QStringLiteral("/server-key.pem"), QStringLiteral("--data-root"),
             d + QStringLiteral("/data"), QStringLiteral("--exec-root"), d + QStringLiteral("/exec"),
             QStringLiteral("--pidfile"), d + QStringLiteral("/docker.pid"), QStringLiteral("--iptables=false"),
             QStringLiteral("--bridge=none")});
        for (int i = 0; i < 300; ++i) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, quint16(daemon.port));
            if (probe.waitForConnected(100))
                return {};
            if (daemon.process.state() == QProcess::NotRunning)
                break;
            QThread::msleep(100);
        }
        return QStringLiteral("dockerd did not start: ") + QString::fromLocal8Bit(daemon.process.readAll().right(2000));
    }
};
