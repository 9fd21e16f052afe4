#include "DaemonStatus.h"

#include "host/ServiceControl.h"
#include "tls/CertificateFiles.h"
#include "tls/DaemonProbe.h"

#include <QFileInfo>
#include <QNetworkAccessManager>

QString DaemonStatus::endpoint(const WindowsHost &host, const Answers &answers, const QString &clientFolder,
                               QString *certDir)
{
    if (answers.tls.enabled && QFileInfo::exists(CertificateFiles::local(clientFolder, CertificateFiles::clientCert))) {
        *certDir = clientFolder;
        return answers.clientEndpoint(QStringLiteral("localhost"));
    }
#ifdef Q_OS_WIN
    if (host.launcher().isEmpty())
        return QStringLiteral("npipe:////./pipe/docker_engine");
#else
    Q_UNUSED(host)
#endif
    return {};
}

QString DaemonStatus::describe(const WindowsHost &host, const Answers &answers, const QString &clientFolder)
{
    const ServiceControl::State state = ServiceControl(host, answers.service.name).state();
    const QString service = tr("Service %1: %2").arg(answers.service.name, ServiceControl::stateName(state));
    QString certDir;
    const QString endpoint = DaemonStatus::endpoint(host, answers, clientFolder, &certDir);
    if (endpoint.isEmpty())
        return tr("%1 · API: not asked (no client certificate on this machine)").arg(service);
    QNetworkAccessManager network;
    const DaemonProbe::Result probe = DaemonProbe::probe(&network, endpoint, certDir, 5000);
    if (!probe.ok)
        return tr("%1 · API at %2: %3").arg(service, endpoint, probe.error);
    return tr("%1 · API at %2 answers: Docker %3, API %4, %5")
        .arg(service, endpoint, probe.version, probe.apiVersion, probe.os);
}
