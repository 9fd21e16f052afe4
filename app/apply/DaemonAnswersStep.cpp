#include "DaemonAnswersStep.h"

#include "ApplyContext.h"
#include "logtail/DaemonStatus.h"
#include "tls/DaemonProbe.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QThread>

DaemonAnswersStep::DaemonAnswersStep(const FileStep *dockerd, const QString &expectedVersion,
                                     const QString &clientFolder)
    : m_dockerd(dockerd), m_expected(expectedVersion), m_clientFolder(clientFolder)
{
}

bool DaemonAnswersStep::prepare(ApplyContext &context, QString *)
{
    m_endpoint = DaemonStatus::endpoint(context.host, context.answers, m_clientFolder, &m_certDir);
    return true;
}

QStringList DaemonAnswersStep::changes() const
{
    if (m_dockerd->changes().isEmpty() || m_endpoint.isEmpty())
        return {};
    return {tr("ask %1 for the version until it answers %2").arg(m_endpoint, m_expected)};
}

bool DaemonAnswersStep::apply(ApplyContext &, QString *error)
{
    // dockerd reports RUNNING to the service manager before it listens: ask again until it answers.
    QNetworkAccessManager network;
    QElapsedTimer clock;
    clock.start();
    DaemonProbe::Result probe;
    do {
        probe = DaemonProbe::probe(&network, m_endpoint, m_certDir, 5000);
        if (probe.ok && (m_expected.isEmpty() || probe.version == m_expected))
            return true;
        QThread::msleep(1000);
    } while (clock.elapsed() < TimeoutMs);
    *error = probe.ok ? tr("the daemon at %1 answers as version %2, not %3").arg(m_endpoint, probe.version, m_expected)
                      : tr("the daemon's API at %1 did not answer within %2 s: %3")
                            .arg(m_endpoint)
                            .arg(TimeoutMs / 1000)
                            .arg(probe.error);
    return false;
}
