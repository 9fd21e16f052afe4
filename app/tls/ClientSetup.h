#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What a client machine needs to reach the daemon with the client's certificate files.
class ClientSetup
{
    Q_DECLARE_TR_FUNCTIONS(ClientSetup)

public:
    // The lines that point a client at the daemon (tcp://HOST:PORT), for PowerShell, cmd and sh.
    static QStringList environment(const QString &host, const QString &certDir);
    // A docker context named berth-HOST for the client files, when the docker CLI is here; the
    // line to show, or empty without the CLI. It changes the user's docker configuration: only
    // when asked (--context, the wizard's checkbox).
    static QString dockerContext(const QString &host, const QString &certDir);
    // What to type for that context oneself, shown when it was not asked for.
    static QString contextCommand(const QString &host, const QString &certDir);
    // ca.pem, cert.pem and key.pem from certDir in a zip for the client machine (never the CA key).
    static bool zip(const QString &certDir, const QString &zipPath, QString *error);
};
