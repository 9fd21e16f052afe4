#pragma once

#include "answers/Answers.h"
#include "apply/ApplyJournal.h"
#include "tasks/HostTasks.h"

#include <QWizard>

// The wizard a Windows admin double-clicks. Pages collect answers; the engine in app/ acts. The
// wizard holds the answers every page edits, what Berth found on the host, and the chosen mode.
class BerthWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        Page_Welcome,
        Page_Prerequisites,
        Page_Binaries,
        Page_ServiceManager,
        Page_Application,
        Page_Details,
        Page_Io,
        Page_Tls,
        Page_Runtime,
        Page_Firewall,
        Page_Summary,
        Page_Remove,
        Page_Apply,
        Page_DaemonLog,
        Page_Releases,
        Page_Client,
    };
    enum Mode { Install, Reconfigure, Remove, Bundle, Upgrade, Client };
    Q_ENUM(Mode)

    BerthWizard(const Answers &answers, const WindowsHost &host, QWidget *parent = nullptr);
    ~BerthWizard() override;

    Answers &answers() { return m_answers; }
    const WindowsHost &host() const { return m_tasks->host(); }
    // What the pages ask of the host; each answer comes by a signal.
    HostTasks *tasks() const { return m_tasks; }
    Mode mode() const { return m_mode; }
    // Install and bundle start from the answers Berth was opened with; reconfigure and upgrade from the
    // host (an upgrade's releases and downloads as Berth was opened with).
    void setMode(Mode mode);

    // What the survey of the host found; valid once surveyed() is true.
    bool surveyed() const { return m_surveyed; }
    const HostFacts &facts() const { return m_survey.facts; }
    const HostInspector::Result &inspected() const { return m_survey.inspected; }
    const HostTasks::Survey &surveyResult() const { return m_survey; }
    // An apply that was killed midway, found by the survey; its answers become the wizard's.
    const ApplyJournal::Entry &interrupted() const { return m_survey.interrupted; }
    // What the installed dockerd.exe says it is; empty when none is installed or it does not say.
    QString installedVersion() const { return m_survey.dockerVersion; }
    void survey();

    // The releases binaries.indexUrl offers, newest first, once read after the survey found Docker;
    // releasesError says why there are none.
    bool releasesKnown() const { return m_releasesKnown; }
    const QStringList &releases() const { return m_releases; }
    QString releasesError() const { return m_releasesError; }
    // Upgrade mode: the release chosen.
    QString upgradeTo;

    // Where certificates that Berth makes leave the CA key and the client's files (this machine).
    QString clientFolder() const { return m_clientFolder; }
    void setClientFolder(const QString &folder) { m_clientFolder = folder; }
    // And whether to add a docker context for them to this machine's docker CLI (remembered).
    bool dockerContext = false;
    // Client mode: the host to manage, the client's files (a folder or a zip), the Docker folder on every
    // user's Path, and where docker.exe comes from (binaries.source; the rest of binaries.* as the answers
    // say). Remembered; the answers' own binaries.source stays as it is for the other modes.
    QString clientHost;
    QString clientFiles;
    bool clientAllUsers = false;
    Source clientCli = Source::Download;
    Answers clientAnswers() const;
    ApplyJob::Options clientOptions() const;
    // Bundle mode: the zip to write on this machine.
    QString bundleFile;
    bool keepData = false;
    bool keepCerts = false;

    // The answers kept between runs (QSettings), and whether any were kept.
    static bool rememberedAnswers(Answers *answers);
    void rememberAnswers() const;

    // The Apply page tells the wizard while it runs, so that Cancel rolls back instead of closing.
    void setRunning(bool running) { m_running = running; }

signals:
    void hostSurveyed();
    void releasesRead();
    void cancelRequested();

public slots:
    void reject() override;

private:
    void takeSurvey(const HostTasks::Survey &survey);
    Answers upgradeAnswers() const;

    HostTasks *m_tasks;
    Answers m_answers;
    Answers m_given;
    Mode m_mode = Install;
    bool m_surveyed = false;
    bool m_running = false;
    HostTasks::Survey m_survey;
    bool m_releasesKnown = false;
    QStringList m_releases;
    QString m_releasesError;
    QString m_clientFolder;
};
