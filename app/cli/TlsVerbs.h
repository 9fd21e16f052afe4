#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// `berth certs` makes the CA, server and client files; `berth probe` asks a daemon over mutual TLS.
class TlsVerbs
{
    Q_DECLARE_TR_FUNCTIONS(TlsVerbs)

public:
    // host (tcp://HOST:PORT) is what clients will use; empty: the first name on port 2376.
    static int certs(const QString &out, const QStringList &names, const QString &days, const QString &keyType,
                     const QString &host, const QString &zipPath = QString(), bool dockerContext = false);
    static int probe(const QString &host, const QString &certDir);
};
