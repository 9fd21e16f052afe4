#include "BerthWizard.h"

#include "ApplicationPage.h"
#include "ApplyPage.h"
#include "BinariesPage.h"
#include "DaemonLogPage.h"
#include "DetailsPage.h"
#include "FirewallPage.h"
#include "IoPage.h"
#include "PrerequisitesPage.h"
#include "RemovePage.h"
#include "RuntimePage.h"
#include "ServiceManagerPage.h"
#include "SummaryPage.h"
#include "TlsPage.h"
#include "WelcomePage.h"
#include "apply/ApplyJob.h"

#include <QDir>
#include <QIcon>
#include <QJsonDocument>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>

BerthWizard::BerthWizard(const Answers &answers, const WindowsHost &host, QWidget *parent)
    : QWizard(parent), m_answers(answers), m_given(answers), m_host(host)
{
    setObjectName(QStringLiteral("berthWizard"));
    setWindowTitle(tr("Berth: Docker engine for Windows"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/berth.svg")));
    setWizardStyle(QWizard::ModernStyle);
    setMinimumSize(760, 560);
    setPixmap(QWizard::LogoPixmap, QIcon(QStringLiteral(":/icons/berth.svg")).pixmap(48, 48));
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    m_clientFolder = QSettings()
                         .value(QStringLiteral("clientFolder"),
                                QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                    .filePath(QStringLiteral("docker-client")))
                         .toString();
    bundleFile = QSettings()
                     .value(QStringLiteral("bundleFile"), QDir::home().filePath(QStringLiteral("docker-bundle.zip")))
                     .toString();
    dockerContext = QSettings().value(QStringLiteral("dockerContext"), false).toBool();
    setPage(Page_Welcome, new WelcomePage(this));
    setPage(Page_Prerequisites, new PrerequisitesPage(this));
    setPage(Page_Binaries, new BinariesPage(this));
    setPage(Page_ServiceManager, new ServiceManagerPage(this));
    setPage(Page_Application, new ApplicationPage(this));
    setPage(Page_Details, new DetailsPage(this));
    setPage(Page_Io, new IoPage(this));
    setPage(Page_Tls, new TlsPage(this));
    setPage(Page_Runtime, new RuntimePage(this));
    setPage(Page_Firewall, new FirewallPage(this));
    setPage(Page_Summary, new SummaryPage(this));
    setPage(Page_Remove, new RemovePage(this));
    setPage(Page_Apply, new ApplyPage(this));
    setPage(Page_DaemonLog, new DaemonLogPage(this));
    setStartId(Page_Welcome);
    // Return always means Next: a focused Browse or Enable button must not take it.
    for (int id : pageIds()) {
        for (QPushButton *button : page(id)->findChildren<QPushButton *>())
            button->setAutoDefault(false);
    }
    survey();
}

BerthWizard::~BerthWizard()
{
    for (QThread *thread : std::as_const(m_threads))
        thread->wait();
}

void BerthWizard::runAside(std::function<void()> work, std::function<void()> done)
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

void BerthWizard::survey()
{
    if (!m_host.exists()) {
        // Not Windows, and no folder stands for a host: a bundle is what can be made here.
        m_mode = Bundle;
        m_surveyed = true;
        emit hostSurveyed();
        return;
    }
    m_surveyed = false;
    const QString name = m_answers.service.name;
    const int port = m_answers.tls.enabled ? m_answers.tls.port : 0;
    // Reading the host runs reg.exe and sc.exe; the window stays responsive meanwhile.
    runAside(
        [this, name, port] {
            m_facts = HostFacts::read(m_host, name, port);
            m_inspected = HostInspector::inspect(m_host, name);
            m_interrupted = ApplyJournal::read(m_host);
        },
        [this] {
            m_surveyed = true;
            // Untouched answers follow the edition the registry states.
            if (!m_facts.edition.isEmpty() && m_mode != Bundle && m_answers == m_given)
                m_answers.host.edition = m_given.host.edition = m_facts.edition;
            // Applying the interrupted apply's answers again finishes it.
            if (m_interrupted.found && m_interrupted.problem.isEmpty() && m_mode == Install)
                m_answers = m_given = m_interrupted.answers;
            emit hostSurveyed();
        });
}

void BerthWizard::enableFeature(const QString &feature)
{
    const HostCommand command{QStringLiteral("C:\\Windows\\System32\\dism.exe"),
                              {QStringLiteral("/online"), QStringLiteral("/enable-feature"),
                               QStringLiteral("/featurename:") + feature, QStringLiteral("/all"),
                               QStringLiteral("/norestart")},
                              tr("Enable the %1 feature").arg(feature)};
    auto result = std::make_shared<WindowsHost::Result>();
    runAside([this, command, result] { *result = m_host.run(command, 1800000); },
             [this, result, feature, command] {
                 // dism.exe exits 3010 when the feature is enabled and a restart completes it.
                 const bool ok = result->ok() || (result->started && result->exitCode == 3010);
                 emit featureEnabled(
                     feature, ok,
                     ok ? tr("%1 is enabled; restart the host to finish, then run Berth again.").arg(feature)
                        : tr("%1, from: %2").arg(result->summary(), command.commandLine()));
             });
}

void BerthWizard::previewChanges()
{
    auto lines = std::make_shared<QStringList>();
    const Answers answers = m_answers;
    const QString clientFolder = m_clientFolder;
    runAside(
        [this, lines, answers, clientFolder] {
            ApplyJob job(m_host);
            // The job lives on this thread: its signals arrive here directly.
            connect(&job, &ApplyJob::said, &job, [lines](const QString &line) { lines->append(line); });
            connect(&job, &ApplyJob::complained, &job, [lines](const QString &line) { lines->append(line); });
            ApplyJob::Options options;
            options.dryRun = true;
            options.clientOut = clientFolder;
            job.apply(answers, options);
        },
        [this, lines] { emit changesPreviewed(*lines); });
}

void BerthWizard::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    m_answers = mode == Reconfigure && m_inspected.found ? m_inspected.answers : m_given;
}

bool BerthWizard::rememberedAnswers(Answers *answers)
{
    const QByteArray json = QSettings().value(QStringLiteral("answers")).toByteArray();
    if (json.isEmpty())
        return false;
    QStringList problems;
    const Answers remembered = Answers::fromJson(QJsonDocument::fromJson(json).object(), &problems);
    if (!problems.isEmpty())
        return false;
    *answers = remembered;
    return true;
}

void BerthWizard::rememberAnswers() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("answers"), QJsonDocument(m_answers.toJson()).toJson(QJsonDocument::Compact));
    settings.setValue(QStringLiteral("clientFolder"), m_clientFolder);
    settings.setValue(QStringLiteral("bundleFile"), bundleFile);
    settings.setValue(QStringLiteral("dockerContext"), dockerContext);
}

void BerthWizard::reject()
{
    if (m_running) {
        emit cancelRequested();
        return;
    }
    QWizard::reject();
}
