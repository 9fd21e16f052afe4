#pragma once

#include <QCoreApplication>
#include <QString>

class QNetworkAccessManager;

// Asks a Docker daemon over mutual TLS for /_ping and /version with Qt Network, and says what
// went wrong in the admin's words: refused, timed out, unknown CA, a host name the certificate
// does not carry, the client certificate rejected.
class DaemonProbe
{
    Q_DECLARE_TR_FUNCTIONS(DaemonProbe)

public:
    // The most Berth reads of an answer (a ping, a version), checked as it arrives.
    static constexpr qint64 AnswerLimit = 1024 * 1024;

    struct Result
    {
        bool ok = false;
        QString version;
        QString apiVersion;
        QString minApiVersion; // the oldest API version it takes from a client (MinAPIVersion)
        QString os;
        QString error;
    };

    // host is tcp://HOST:PORT, with ca.pem, cert.pem and key.pem in certDir; or the local
    // npipe:// (Windows) or unix:// endpoint, which needs no certificates.
    static Result probe(QNetworkAccessManager *network, const QString &host, const QString &certDir,
                        int timeoutMs = 10000);
};
