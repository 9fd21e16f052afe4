#pragma once

#include "apply/ApplyJob.h"
#include "apply/ApplyJournal.h"
#include "host/HostFacts.h"
#include "host/WindowsHost.h"
#include "inspect/HostInspector.h"
#include "tls/CertificateCheck.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <optional>

class QThread;

// Everything the wizard asks of the host, run off the window's thread: the survey, a feature's
// enabling, the releases on offer, the certificate check, the status line, the dry run, and the apply itself. Each runs
// on a thread of its own and reports by a signal on the thread that owns this object, so a page
// only asks and listens. Pages never start processes, read the registry or check certificates.
class HostTasks : public QObject
{
    Q_OBJECT

public:
    struct Survey
    {
        HostFacts facts;
        HostInspector::Result inspected;
        ApplyJournal::Entry interrupted;   // an apply that was killed midway
        QString dockerVersion;             // what the installed dockerd.exe says it is
        QDateTime serverCertificateExpiry; // with remote access on: server-cert.pem's end (invalid: unreadable)
    };

    explicit HostTasks(const WindowsHost &host, QObject *parent = nullptr);
    // Cancels a running job and waits for every task to end.
    ~HostTasks() override;

    const WindowsHost &host() const { return m_host; }

    // Reads the host (reg.exe, sc.exe, netstat, the journal): surveyed follows.
    void survey(const QString &serviceName, int tlsPort);
    // dism.exe /enable-feature: featureEnabled follows.
    void enableFeature(const QString &feature);
    // The releases binaries.indexUrl offers (BinaryFetch::offeredVersions): releasesRead follows.
    void readReleases(const Answers &answers);
    // A dry run of the apply, of an upgrade to upgradeTo, or of a client set-up: changesPreviewed follows, in the
    // words of `berth apply --dry-run`, `berth upgrade --dry-run` or `berth client --dry-run`.
    enum Preview { PreviewApply, PreviewUpgrade, PreviewClient };
    void previewChanges(Preview kind, const Answers &answers, const ApplyJob::Options &options,
                        const QString &upgradeTo = QString());
    // Checks the certificates in certDir (a Windows path on this host) against the names:
    // certificatesChecked follows. Asked again while a check runs, only the newest is checked next.
    void checkCertificates(const QString &certDir, const QStringList &names);
    // The log page's status line (DaemonStatus): statusRead follows; ignored while one is read.
    void readStatus(const Answers &answers, const QString &clientFolder);

    // A whole apply, removal or bundle: take the job from newJob(), connect to its signals, then
    // start it. It runs on its own thread; cancel() on it is safe from here, and it is deleted once
    // its finished() has been delivered.
    ApplyJob *newJob();
    void apply(ApplyJob *job, const Answers &answers, const ApplyJob::Options &options);
    void upgrade(ApplyJob *job, const Answers &installed, const QString &version, const ApplyJob::Options &options);
    void uninstall(ApplyJob *job, const QString &serviceName, const ApplyJob::Options &options);
    void bundle(ApplyJob *job, const Answers &answers, const QString &bundleFile, const ApplyJob::Options &options);
    void setUpClient(ApplyJob *job, const Answers &answers, const ApplyJob::Options &options);

signals:
    void surveyed(const HostTasks::Survey &survey);
    void featureEnabled(const QString &feature, bool ok, const QString &message);
    void changesPreviewed(const QStringList &lines);
    void releasesRead(const QStringList &versions, const QString &error);
    void certificatesChecked(const QString &certDir, const CertificateCheck::Result &result);
    void statusRead(const QString &text);

private:
    // Runs work on a thread of its own; done follows on this object's thread.
    void runAside(std::function<void()> work, std::function<void()> done);
    void runJob(ApplyJob *job, std::function<void()> work);

    WindowsHost m_host;
    QList<QThread *> m_threads;
    QList<ApplyJob *> m_jobs;
    bool m_checking = false;
    bool m_readingStatus = false;
    std::optional<std::pair<QString, QStringList>> m_nextCheck;
};
