#pragma once

#include "ApplySteps.h"
#include "answers/Answers.h"
#include "host/WindowsHost.h"

#include <QObject>

#include <optional>

// Remote access with tls.generate: when the host's cert folder holds no certificates that pass
// the check for the answers' names, new ones are made. The server's three files go to the host
// through the apply; the CA key and the client's files go to clientOut only.
class CertificatesForApply : public QObject
{
    Q_OBJECT

public:
    CertificatesForApply(const WindowsHost &host, const Answers &answers);

    bool prepare(const QString &clientOut, bool dryRun, bool dockerContext,
                 std::optional<ApplySteps::ServerFiles> *fresh, QString *error);

    // Makes the CA, server and client files for tls in clientOut and takes the server's three
    // out of it: they are returned for the host, and only the CA key and the client's stay.
    static bool makeNew(const TlsSettings &tls, const QString &clientOut, ApplySteps::ServerFiles *server,
                        QString *error);

signals:
    void said(const QString &line);

private:
    const WindowsHost &m_host;
    const Answers &m_answers;
};
