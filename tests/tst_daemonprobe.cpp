#include "NginxServer.h"
#include "TlsDaemon.h"

#include "tls/CertificateMaker.h"
#include "tls/DaemonProbe.h"

#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <unistd.h>

// Berth's certificates against a real Docker daemon: Debian's dockerd, started as root on
// 127.0.0.1 with --tlsverify and Berth's server files, and Debian's docker CLI with Berth's client
// files.
class TestDaemonProbe : public QObject
{
    Q_OBJECT

private:
    static QProcess *berth(const QStringList &arguments, const QString &dockerConfig = QString())
    {
        auto *process = new QProcess;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        if (!dockerConfig.isEmpty())
            env.insert(QStringLiteral("DOCKER_CONFIG"), dockerConfig);
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(BERTH_EXECUTABLE), arguments);
        process->waitForFinished(60000);
        return process;
    }

    QTemporaryDir m_certs;
    QTemporaryDir m_otherCerts;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(CertificateMaker::makeAll(m_certs.path(), {QStringLiteral("127.0.0.1"), QStringLiteral("localhost")},
                                           CertificateMaker::EcdsaP256, 30, &error),
                 qPrintable(error));
        QVERIFY2(CertificateMaker::makeAll(m_otherCerts.path(), {QStringLiteral("localhost")},
                                           CertificateMaker::EcdsaP256, 30, &error),
                 qPrintable(error));
    }

    void probeAndDockerCliReachTheDaemon()
    {
        TlsDaemon daemon;
        const QString why = TlsDaemon::start(daemon, m_certs.path());
        if (!why.isEmpty())
            QSKIP(qPrintable(why));
        const QString host = QStringLiteral("tcp://127.0.0.1:%1").arg(daemon.port);
        std::unique_ptr<QProcess> probe(berth(
            {QStringLiteral("probe"), QStringLiteral("--host"), host, QStringLiteral("--cert-dir"), m_certs.path()}));
        QVERIFY2(probe->exitCode() == 0, probe->readAllStandardError());
        const QByteArray said = probe->readAllStandardOutput();
        QVERIFY2(said.startsWith("Docker ") && said.contains("(API 1.") && said.contains("on linux"), said);

        QProcess docker;
        docker.start(QStringLiteral("docker"),
                     {QStringLiteral("--tlsverify"), QStringLiteral("--tlscacert"),
                      m_certs.filePath(QStringLiteral("ca.pem")), QStringLiteral("--tlscert"),
                      m_certs.filePath(QStringLiteral("cert.pem")), QStringLiteral("--tlskey"),
                      m_certs.filePath(QStringLiteral("key.pem")), QStringLiteral("-H"), host,
                      QStringLiteral("version"), QStringLiteral("--format"), QStringLiteral("{{.Server.Version}}")});
        QVERIFY(docker.waitForFinished(60000));
        QVERIFY2(docker.exitCode() == 0, docker.readAllStandardError());
        QVERIFY(said.contains(docker.readAllStandardOutput().trimmed()));

        // A client certificate from another CA is turned away, and the probe says so.
        QTemporaryDir foreign;
        QFile::copy(m_certs.filePath(QStringLiteral("ca.pem")), foreign.filePath(QStringLiteral("ca.pem")));
        QFile::copy(m_otherCerts.filePath(QStringLiteral("cert.pem")), foreign.filePath(QStringLiteral("cert.pem")));
        QFile::copy(m_otherCerts.filePath(QStringLiteral("key.pem")), foreign.filePath(QStringLiteral("key.pem")));
        std::unique_ptr<QProcess> rejected(berth(
            {QStringLiteral("probe"), QStringLiteral("--host"), host, QStringLiteral("--cert-dir"), foreign.path()}));
        QCOMPARE(rejected->exitCode(), 1);
        const QByteArray error = rejected->readAllStandardError();
        QVERIFY2(error.contains("the daemon rejected the client certificate"), error);

        // A CA that did not sign the daemon's certificate.
        std::unique_ptr<QProcess> unknown(berth({QStringLiteral("probe"), QStringLiteral("--host"), host,
                                                 QStringLiteral("--cert-dir"), m_otherCerts.path()}));
        QVERIFY2(unknown->readAllStandardError().contains("is not from the CA in"), "unknown CA not reported");
    }

    // berth certs --context makes a docker context for its client files: the docker CLI reaches the
    // daemon through it alone.
    void certsMakeADockerContext()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("docker")).isEmpty())
            QSKIP("the docker CLI is not installed (apt-get install docker.io)");
        QTemporaryDir certs, config;
        const int port = NginxServer::freePort();
        const QString host = QStringLiteral("tcp://127.0.0.1:%1").arg(port);
        std::unique_ptr<QProcess> made(
            berth({QStringLiteral("certs"), QStringLiteral("--out"), certs.path(), QStringLiteral("--san"),
                   QStringLiteral("127.0.0.1"), QStringLiteral("--key"), QStringLiteral("ecdsa-p256"),
                   QStringLiteral("--host"), host, QStringLiteral("--context")},
                  config.path()));
        QVERIFY2(made->exitCode() == 0, made->readAllStandardError());
        QVERIFY(made->readAllStandardOutput().contains("docker context berth-127.0.0.1 points at " + host.toUtf8()));
        TlsDaemon daemon;
        const QString why = TlsDaemon::start(daemon, certs.path(), port);
        if (!why.isEmpty())
            QSKIP(qPrintable(why));
        QProcess docker;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DOCKER_CONFIG"), config.path());
        docker.setProcessEnvironment(env);
        docker.start(QStringLiteral("docker"),
                     {QStringLiteral("--context"), QStringLiteral("berth-127.0.0.1"), QStringLiteral("version"),
                      QStringLiteral("--format"), QStringLiteral("{{.Server.Version}}")});
        QVERIFY(docker.waitForFinished(60000));
        QVERIFY2(docker.exitCode() == 0, docker.readAllStandardError());
        QVERIFY(!docker.readAllStandardOutput().trimmed().isEmpty());
    }

    // Whoever answers on the socket is read only so far: an answer larger than any daemon's is refused as it
    // arrives, never gathered whole.
    void oversizedLocalAnswerIsRefused()
    {
        QTemporaryDir dir;
        const QString name = dir.filePath(QStringLiteral("big.sock"));
        qint64 sent = 0;
        std::unique_ptr<QThread> server(QThread::create([name, &sent] {
            QLocalServer local;
            if (!local.listen(name) || !local.waitForNewConnection(20000))
                return;
            QLocalSocket *socket = local.nextPendingConnection();
            socket->waitForReadyRead(5000);
            socket->write("HTTP/1.0 200 OK\r\n\r\n");
            const QByteArray block(64 * 1024, 'x');
            for (int i = 0; i < 256 && socket->state() == QLocalSocket::ConnectedState; ++i) {
                sent += socket->write(block);
                socket->waitForBytesWritten(5000);
            }
            socket->disconnectFromServer();
        }));
        server->start();
        QTRY_VERIFY(QFile::exists(name));
        QNetworkAccessManager network;
        const DaemonProbe::Result result =
            DaemonProbe::probe(&network, QStringLiteral("unix://") + name, QString(), 5000);
        server->wait();
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("sent more than %1 bytes").arg(DaemonProbe::AnswerLimit)),
                 qPrintable(result.error));
        QVERIFY2(sent < 16 * 1024 * 1024, qPrintable(QString::number(sent))); // it stopped reading; the writer gave up
    }

    void localSocketNeedsNoCertificates()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("dockerd")).isEmpty() || getuid() != 0)
            QSKIP("dockerd is not installed or this is not root");
        QTemporaryDir dir;
        const QString socket = dir.filePath(QStringLiteral("docker.sock"));
        QProcess daemon;
        daemon.setProcessChannelMode(QProcess::MergedChannels);
        daemon.start(QStringLiteral("dockerd"),
                     {QStringLiteral("-H"), QStringLiteral("unix://") + socket, QStringLiteral("--data-root"),
                      dir.filePath(QStringLiteral("data")), QStringLiteral("--exec-root"),
                      dir.filePath(QStringLiteral("exec")), QStringLiteral("--pidfile"),
                      dir.filePath(QStringLiteral("docker.pid")), QStringLiteral("--iptables=false"),
                      QStringLiteral("--bridge=none")});
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(socket), 30000);
        std::unique_ptr<QProcess> probe(
            berth({QStringLiteral("probe"), QStringLiteral("--host"), QStringLiteral("unix://") + socket}));
        const QByteArray said = probe->readAllStandardOutput();
        daemon.terminate();
        daemon.waitForFinished(15000);
        QVERIFY2(probe->exitCode() == 0, probe->readAllStandardError());
        QVERIFY2(said.startsWith("Docker ") && said.contains("on linux"), said);
    }

    void serverCertificateWithoutTheAddressIsANameError()
    {
        TlsDaemon daemon;
        const QString why = TlsDaemon::start(daemon, m_otherCerts.path()); // names localhost only
        if (!why.isEmpty())
            QSKIP(qPrintable(why));
        std::unique_ptr<QProcess> probe(berth({QStringLiteral("probe"), QStringLiteral("--host"),
                                               QStringLiteral("tcp://127.0.0.1:%1").arg(daemon.port),
                                               QStringLiteral("--cert-dir"), m_otherCerts.path()}));
        QCOMPARE(probe->exitCode(), 1);
        const QByteArray error = probe->readAllStandardError();
        QVERIFY2(error.contains("the daemon's certificate does not name 127.0.0.1"), error);
    }
};

QTEST_GUILESS_MAIN(TestDaemonProbe)
#include "tst_daemonprobe.moc"
