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
    m_endpoint.clear();
    if (!m_clientFolder.isEmpty())
        m_endpoint = DaemonStatus::endpoint(context.host, context.answers, m_clientFolder, &m_certDir);
    if (m_endpoint.startsWith(QLatin1String("npipe:")))
        m_endpoint.clear(); // the start's own question
    m_timeoutMs = context.answers.service.timeout * 1000;
    return true;
}

QStringList DaemonAnswersStep::changes() const
{
    if (m_dockerd->changes().isEmpty())
        return {};
    if (m_endpoint.isEmpty())
        return {tr("check that the daemon answers as %1").arg(m_expected)};
    return {tr("check that the daemon answers as %1, on its pipe and at %2").arg(m_expected, m_endpoint)};
}

bool DaemonAnswersStep::apply(ApplyContext &context, QString *error)
{
    if (context.daemonVersion != m_expected) {
        *error = tr("the daemon answers on its named pipe as version %1, not %2")
                     .arg(context.daemonVersion.isEmpty() ? tr("unknown") : context.daemonVersion, m_expected);
        return false;
    }
    if (m_endpoint.isEmpty())
        return true;
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
    } while (clock.elapsed() < m_timeoutMs);
    *error = probe.ok ? tr("the daemon at %1 answers as version %2, not %3").arg(m_endpoint, probe.version, m_expected)
                      : tr("the daemon's API at %1 did not answer within %2 s: %3")
                            .arg(m_endpoint)
                            .arg(m_timeoutMs / 1000)
                            .arg(probe.error);
    return false;
}
