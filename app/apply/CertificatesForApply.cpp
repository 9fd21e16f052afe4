#include "CertificatesForApply.h"

#include "host/LocalFile.h"
#include "tls/CertificateCheck.h"
#include "tls/CertificateFiles.h"
#include "tls/CertificateMaker.h"
#include "tls/ClientSetup.h"

#include <QDir>
#include <QFile>

CertificatesForApply::CertificatesForApply(const WindowsHost &host, const Answers &answers)
    : m_host(host), m_answers(answers)
{
}

bool CertificatesForApply::prepare(const QString &clientOut, bool dryRun, bool dockerContext,
                                   std::optional<ApplySteps::ServerFiles> *fresh, QString *error)
{
    const TlsSettings &tls = m_answers.tls;
    if (!tls.enabled || !tls.generate)
        return true;
    const CertificateCheck::Result present =
        CertificateCheck::check(m_host.localPath(tls.certDir), tls.subjectAltNames);
    for (const QString &warning : present.warnings)
        emit said(warning);
    if (present.ok() && !present.renewDue)
        return true;
    if (dryRun) {
        emit said(tr("Would make new certificates for %1").arg(tls.subjectAltNames.join(QStringLiteral(", "))));
        return true;
    }
    if (clientOut.isEmpty()) {
        *error = tr("tls.generate: Berth makes new certificates for this host; name a folder on this machine "
                    "for the CA key and the client's files with --client-out DIR");
        return false;
    }
    ApplySteps::ServerFiles server;
    if (!makeNew(tls, clientOut, &server, error))
        return false;
    *fresh = server;
    emit said(
        tr("Made new certificates; the CA key and the client's files are in %1 and stay off the host.").arg(clientOut));
    const QString dockerHost = Answers::tcpEndpoint(tls.subjectAltNames.first(), tls.port);
    for (const QString &line : ClientSetup::environment(dockerHost, clientOut))
        emit said(line);
    const QString context = dockerContext ? ClientSetup::dockerContext(dockerHost, clientOut)
                                          : ClientSetup::contextCommand(dockerHost, clientOut);
    if (!context.isEmpty())
        emit said(context);
    return true;
}

bool CertificatesForApply::makeNew(const TlsSettings &tls, const QString &clientOut, ApplySteps::ServerFiles *server,
                                   QString *error)
{
    if (!CertificateMaker::makeAll(clientOut, tls.subjectAltNames, tls.keyType, tls.days, error))
        return false;
    using namespace CertificateFiles;
    *server =
        ApplySteps::ServerFiles{LocalFile::read(local(clientOut, ca)), LocalFile::read(local(clientOut, serverCert)),
                                LocalFile::read(local(clientOut, serverKey))};
    // The server's key lives on the server only.
    QFile::remove(local(clientOut, serverKey));
    QFile::remove(local(clientOut, serverCert));
    return true;
}
