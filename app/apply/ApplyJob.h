#pragma once

#include "ApplyJournal.h"
#include "answers/Answers.h"
#include "fleet/FleetBuilder.h"
#include "host/WindowsHost.h"
#include "tls/DaemonProbe.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <optional>

// One whole apply or removal, as the command line and the wizard's Apply page both run it: check
// the host, download, make certificates, carry out the steps, check the daemon. It reports by
// signals and can run on a worker thread; cancel() may be called from any thread.
class ApplyRun;

class ApplyJob : public QObject
{
    Q_OBJECT

public:
    enum Outcome {
        Applied,
        NothingToChange,
        DryRun,
        Invalid,
        Failed,
        RolledBack,
        Cancelled,
        Removed,
        NothingToRemove,
        Bundled,
        RestartNeeded // set up, but Docker starts only once Windows has restarted (a feature it enabled)
    };
    Q_ENUM(Outcome)

    struct Options
    {
        bool dryRun = false;
        QString clientOut;          // where certificates Berth makes put the CA key and the client's files
        bool dockerContext = false; // and a docker context for them on this machine (changes ~/.docker)
        bool keepData = false;
        bool keepCerts = false;
        QString certDir; // the client's files for this host, to ask its API over TLS after an upgrade
        // berth client: the daemon's endpoint, the client's files (certDir, or the client zip certsZip), and
        // the Docker folder on every user's Path rather than this user's.
        QString endpoint;
        QString certsZip;
        bool allUsers = false;
        // When a Windows feature it enables needs a restart: restart the host and finish after it by itself
        // (RestartToFinish), rather than say what to run after the admin's own restart.
        bool restart = false;
    };

    explicit ApplyJob(const WindowsHost &host, QObject *parent = nullptr);

    Outcome apply(Answers answers, const Options &options);
    // Only dockerd.exe and docker.exe, to version (empty: the newest binaries.indexUrl offers), with the
    // service stopped around them and its API asked after; the rest of the host stays as it is.
    Outcome upgrade(const Answers &installed, const QString &version, const Options &options);
    // berth recover for an upgrade its journal says was interrupted: the same binaries' steps to the same version,
    // with the file the journal pinned.
    Outcome finishUpgrade(const ApplyJournal::Entry &entry, const Options &options);
    Outcome uninstall(const QString &serviceName, const Options &options);
    // This machine set up to manage the Docker host at options.endpoint with the client's files: docker.exe
    // (from the answers' binaries.*) in %ProgramFiles%\Docker on Path, the files in %USERPROFILE%\.docker,
    // DOCKER_HOST, DOCKER_TLS_VERIFY and DOCKER_CERT_PATH for this user; then the daemon is asked.
    Outcome setUpClient(Answers answers, const Options &options);
    // What setUpClient changed put back as its record says.
    Outcome removeClient(const Options &options);
    // A bundle for another host (BundleBuilder): bundleFile, and the client's zip beside it.
    Outcome bundle(const Answers &answers, const QString &bundleFile, const Options &options);
    // A fleet's bundles, certificates and deployment files (FleetBuilder); Bundled when done.
    Outcome fleet(const Answers &base, const FleetBuilder::Options &options);
    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }

signals:
    void said(const QString &line);
    void complained(const QString &line);
    void downloadProgress(const QString &url, qint64 done, qint64 total, double bytesPerSecond);
    void stepStarted(int index, int count, const QString &title);
    void stepFinished(int index, bool ok, const QString &message);
    // Applied with a zip downloaded unpinned: its SHA-256, to be the pin from now on.
    void downloadPinned(const QString &sha256);
    void finished(ApplyJob::Outcome outcome, const QString &error);

private:
    Outcome finish(Outcome outcome, const QString &error = QString());
    bool fetchBinaries(Answers &answers, bool dryRun, QString *error, bool dockerOnly = false);
    void probe(const Answers &answers, const QString &clientOut);
    // afterRestart: the answers of an apply that waited for a restart, whose daemon must now answer.
    Outcome run(ApplyRun &run, bool dryRun, const QString &interrupted, const Answers *afterRestart = nullptr,
                const QString &upgradeTo = {});
    Outcome replaceBinaries(const Answers &answers, const QString &target, const QString &was, const Options &options,
                            const QString &interrupted);
    Outcome awaitRestart(const Answers &answers, const QString &backupFolder, const QStringList &features,
                         const Options &options);
    std::optional<Outcome> refuseHost();
    Outcome runClient(ApplyRun &run, bool dryRun, const QString &done);
    void checkCliSpeaks(const QString &cli, const DaemonProbe::Result &probe);
    std::optional<QString> anotherUsersSession() const;

    WindowsHost m_host;
    std::atomic_bool m_cancelled{false};
    QHash<QString, QString> m_digests;
};
