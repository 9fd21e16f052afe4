#pragma once

#include "answers/Answers.h"
#include "apply/ApplyJournal.h"
#include "host/HostFacts.h"
#include "host/WindowsHost.h"
#include "inspect/HostInspector.h"

#include <QWizard>

#include <functional>

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
    };
    enum Mode { Install, Reconfigure, Remove, Bundle };
    Q_ENUM(Mode)

    BerthWizard(const Answers &answers, const WindowsHost &host, QWidget *parent = nullptr);
    ~BerthWizard() override;

    Answers &answers() { return m_answers; }
    const WindowsHost &host() const { return m_host; }
    Mode mode() const { return m_mode; }
    // Install and bundle start from the answers Berth was opened with; reconfigure from the host.
    void setMode(Mode mode);

    // What the survey of the host found; valid once surveyed() is true.
    bool surveyed() const { return m_surveyed; }
    const HostFacts &facts() const { return m_facts; }
    const HostInspector::Result &inspected() const { return m_inspected; }
    // An apply that was killed midway, found by the survey; its answers become the wizard's.
    const ApplyJournal::Entry &interrupted() const { return m_interrupted; }
    void survey();
    // Runs dism.exe to enable a Windows feature (Containers, Microsoft-Hyper-V); featureEnabled follows.
    void enableFeature(const QString &feature);
    // A dry run of the apply for the current answers against this host; changesPreviewed follows
    // with what it would change, in the words of `berth apply --dry-run`.
    void previewChanges();

    // Where certificates that Berth makes leave the CA key and the client's files (this machine).
    QString clientFolder() const { return m_clientFolder; }
    void setClientFolder(const QString &folder) { m_clientFolder = folder; }
    // And whether to add a docker context for them to this machine's docker CLI (remembered).
    bool dockerContext = false;
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
    void cancelRequested();
    void featureEnabled(const QString &feature, bool ok, const QString &message);
    void changesPreviewed(const QStringList &lines);

public slots:
    void reject() override;

private:
    // Runs work that reads or changes the host off the window's thread; done follows on it.
    void runAside(std::function<void()> work, std::function<void()> done);

    QList<QThread *> m_threads;
    Answers m_answers;
    Answers m_given;
    WindowsHost m_host;
    Mode m_mode = Install;
    bool m_surveyed = false;
    bool m_running = false;
    HostFacts m_facts;
    HostInspector::Result m_inspected;
    ApplyJournal::Entry m_interrupted;
    QString m_clientFolder;
};
