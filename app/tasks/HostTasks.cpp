#include "HostTasks.h"

#include "apply/DockerUpgrade.h"
#include "fetch/BinaryFetch.h"
#include "logtail/DaemonStatus.h"
#include "tls/CertificateFiles.h"

#include <QNetworkAccessManager>
#include <QThread>

#include <memory>

HostTasks::HostTasks(const WindowsHost &host, QObject *parent) : QObject(parent), m_host(host) {}

HostTasks::~HostTasks()
{
    for (ApplyJob *job : std::as_const(m_jobs))
        job->cancel();
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
    qDeleteAll(m_jobs);
}

void HostTasks::runAside(std::function<void()> work, std::function<void()> done)
{
    QThread *thread = QThread::create(std::move(work));
    m_threads.append(thread);
    connect(thread, &QThread::finished, this, [this, thread, done = std::move(done)] {
        m_threads.removeOne(thread);
        thread->deleteLater();
        done();
    });
    thread->start();
}

void HostTasks::survey(const QString &serviceName, int tlsPort)
{
    auto found = std::make_shared<Survey>();
    const WindowsHost host = m_host;
    runAside(
        [found, host, serviceName, tlsPort] {
            found->facts = HostFacts::read(host, serviceName, tlsPort);
            found->inspected = HostInspector::inspect(host, serviceName);
            found->interrupted = ApplyJournal::read(host);
            QString ignored; // no version: not installed, or it does not run
            const Answers &installed = found->inspected.answers;
            if (found->inspected.found)
                found->dockerVersion = DockerUpgrade::installedVersion(host, installed, &ignored);
            if (found->inspected.found && installed.tls.enabled)
                found->serverCertificateExpiry = CertificateCheck::expiry(
                    host.localPath(CertificateFiles::onHost(installed.tls.certDir, CertificateFiles::serverCert)));
        },
        [this, found] { emit surveyed(*found); });
}

void HostTasks::enableFeature(const QString &feature)
{
    auto result = std::make_shared<HostFacts::FeatureResult>();
    const WindowsHost host = m_host;
    runAside([result, host, feature] { *result = HostFacts::enableFeature(host, feature); },
             [this, result, feature] { emit featureEnabled(feature, result->ok, result->message); });
}

void HostTasks::readReleases(const Answers &answers)
{
    auto versions = std::make_shared<QStringList>();
    auto error = std::make_shared<QString>();
    runAside(
        [versions, error, answers] {
            QNetworkAccessManager network;
            *versions = BinaryFetch(&network, QString()).offeredVersions(answers, error.get());
        },
        [this, versions, error] { emit releasesRead(*versions, *error); });
}

void HostTasks::previewChanges(Preview kind, const Answers &answers, const ApplyJob::Options &given,
                               const QString &upgradeTo)
{
    auto lines = std::make_shared<QStringList>();
    const WindowsHost host = m_host;
    runAside(
        [lines, host, answers, given, upgradeTo, kind] {
            ApplyJob job(host);
            // The job lives on this thread: its signals arrive here directly.
            connect(&job, &ApplyJob::said, &job, [lines](const QString &line) { lines->append(line); });
            connect(&job, &ApplyJob::complained, &job, [lines](const QString &line) { lines->append(line); });
            ApplyJob::Options options = given;
            options.dryRun = true;
            if (kind == PreviewApply)
                job.apply(answers, options);
            else if (kind == PreviewUpgrade)
                job.upgrade(answers, upgradeTo, options);
            else
                job.setUpClient(answers, options);
        },
        [this, lines] { emit changesPreviewed(*lines); });
}

void HostTasks::checkCertificates(const QString &certDir, const QStringList &names)
{
    if (m_checking) {
        m_nextCheck = std::make_pair(certDir, names);
        return;
    }
    m_checking = true;
    auto result = std::make_shared<CertificateCheck::Result>();
    const QString folder = m_host.localPath(certDir);
    runAside([result, folder, names] { *result = CertificateCheck::check(folder, names); },
             [this, result, certDir] {
                 m_checking = false;
                 if (m_nextCheck) {
                     const auto [nextDir, nextNames] = *std::exchange(m_nextCheck, std::nullopt);
                     checkCertificates(nextDir, nextNames);
                     return; // this result is already out of date
                 }
                 emit certificatesChecked(certDir, *result);
             });
}

void HostTasks::readStatus(const Answers &answers, const QString &clientFolder)
{
    if (m_readingStatus)
        return;
    m_readingStatus = true;
    auto text = std::make_shared<QString>();
    const WindowsHost host = m_host;
    runAside([text, host, answers, clientFolder] { *text = DaemonStatus::describe(host, answers, clientFolder); },
             [this, text] {
                 m_readingStatus = false;
                 emit statusRead(*text);
             });
}

ApplyJob *HostTasks::newJob()
{
    auto *job = new ApplyJob(m_host);
    m_jobs.append(job);
    return job;
}

void HostTasks::runJob(ApplyJob *job, std::function<void()> work)
{
    // The job belongs to this thread while it runs on another: its signals arrive queued, and
    // finished() is delivered before the thread's end, which deletes it.
    runAside(std::move(work), [this, job] {
        m_jobs.removeOne(job);
        job->deleteLater();
    });
}

void HostTasks::apply(ApplyJob *job, const Answers &answers, const ApplyJob::Options &options)
{
    runJob(job, [job, answers, options] { job->apply(answers, options); });
}

void HostTasks::upgrade(ApplyJob *job, const Answers &installed, const QString &version,
                        const ApplyJob::Options &options)
{
    runJob(job, [job, installed, version, options] { job->upgrade(installed, version, options); });
}

void HostTasks::setUpClient(ApplyJob *job, const Answers &answers, const ApplyJob::Options &options)
{
    runJob(job, [job, answers, options] { job->setUpClient(answers, options); });
}

void HostTasks::uninstall(ApplyJob *job, const QString &serviceName, const ApplyJob::Options &options)
{
    runJob(job, [job, serviceName, options] { job->uninstall(serviceName, options); });
}

void HostTasks::bundle(ApplyJob *job, const Answers &answers, const QString &bundleFile,
                       const ApplyJob::Options &options)
{
    runJob(job, [job, answers, bundleFile, options] { job->bundle(answers, bundleFile, options); });
}
