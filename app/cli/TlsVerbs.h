#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// `berth certs` makes the CA, server and client files; `berth probe` asks a daemon over mutual TLS.
class TlsVerbs
{
    Q_DECLARE_TR_FUNCTIONS(TlsVerbs)

public:
    static int certs(const QString &out, const QStringList &names, const QString &days, const QString &keyType);
    static int probe(const QString &host, const QString &certDir);
    // The lines that point a client at the daemon, for PowerShell, cmd and sh.
    static QStringList clientEnvironment(const QString &host, const QString &certDir);
};
