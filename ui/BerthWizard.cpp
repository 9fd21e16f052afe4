#include "BerthWizard.h"

#include "answers/AnswerKeys.h"
#include "answers/AnswersValidator.h"
#include "answers/WindowsReleases.h"
#include "bundle/BundleBuilder.h"

#include "ApplicationPage.h"
#include "ApplyPage.h"
#include "BinariesPage.h"
#include "ClientPage.h"
#include "DaemonLogPage.h"
#include "DetailsPage.h"
#include "FirewallPage.h"
#include "IoPage.h"
#include "PrerequisitesPage.h"
#include "ReleasesPage.h"
#include "RemovePage.h"
#include "RuntimePage.h"
#include "ServiceManagerPage.h"
#include "SummaryPage.h"
#include "TlsPage.h"
#include "WelcomePage.h"

#include <QDir>
#include <QIcon>
#include <QJsonDocument>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

BerthWizard::BerthWizard(const Answers &answers, const WindowsHost &host, QWidget *parent)
    : QWizard(parent), m_tasks(new HostTasks(host, this)), m_answers(answers), m_given(answers)
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
    clientHost = QSettings().value(QStringLiteral("clientHost")).toString();
    clientFiles = QSettings().value(QStringLiteral("clientFiles")).toString();
    clientAllUsers = QSettings().value(QStringLiteral("clientAllUsers"), false).toBool();
    clientCli = fromWord<Source>(QSettings().value(QStringLiteral("clientCli")).toString()).value_or(Source::Download);
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
    setPage(Page_Releases, new ReleasesPage(this));
    setPage(Page_Client, new ClientPage(this));
    setStartId(Page_Welcome);
    connect(m_tasks, &HostTasks::surveyed, this, &BerthWizard::takeSurvey);
    connect(m_tasks, &HostTasks::releasesRead, this, [this](const QStringList &versions, const QString &error) {
        m_releases = versions;
        m_releasesError = error;
        m_releasesKnown = true;
        emit releasesRead();
    });
    // Return always means Next: a focused Browse or Enable button must not take it.
    for (int id : pageIds()) {
        for (QPushButton *button : page(id)->findChildren<QPushButton *>())
            button->setAutoDefault(false);
    }
    survey();
}

BerthWizard::~BerthWizard() = default;

void BerthWizard::survey()
{
    if (!host().exists()) {
        // Not Windows, and no folder stands for a host: a bundle is what can be made here.
        m_mode = Bundle;
        m_surveyed = true;
        emit hostSurveyed();
        return;
    }
    m_surveyed = false;
    m_tasks->survey(m_answers.service.name, m_answers.tls.enabled ? m_answers.tls.port : 0);
}

void BerthWizard::takeSurvey(const HostTasks::Survey &survey)
{
    m_survey = survey;
    m_surveyed = true;
    // Untouched answers follow the edition and build the registry states, and so the engine this Windows runs.
    if (m_mode != Bundle && m_answers == m_given) {
        const Answers before = m_answers;
        if (facts().edition)
            m_answers.host.edition = *facts().edition;
        m_answers.follow(before);
        // The engine this build runs, as apply will choose it; host.build itself stays "read when applying", so that
        // saved answers serve other hosts too.
        if (m_answers.host.build == 0 && facts().build >= WindowsReleases::FirstContainerBuild) {
            Answers onThisHost = m_answers;
            onThisHost.host.build = facts().build;
            onThisHost.follow(m_answers);
            m_answers.binaries.version = onThisHost.binaries.version;
        }
        m_given = m_answers;
    }
    // Applying the interrupted apply's answers again finishes it.
    if (interrupted().found && interrupted().problem.isEmpty() && m_mode == Install)
        m_answers = m_given = interrupted().answers;
    emit hostSurveyed();
    if (inspected().found && !m_releasesKnown)
        m_tasks->readReleases(upgradeAnswers());
}

Answers BerthWizard::upgradeAnswers() const
{
    Answers answers = inspected().answers;
    answers.binaries.indexUrl = m_given.binaries.indexUrl;
    answers.download = m_given.download;
    return answers;
}

void BerthWizard::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    m_answers = mode == Upgrade && inspected().found       ? upgradeAnswers()
                : mode == Reconfigure && inspected().found ? inspected().answers
                                                           : m_given;
}

Answers BerthWizard::clientAnswers() const
{
    Answers answers = m_answers;
    answers.binaries.source = clientCli;
    return answers;
}

ApplyJob::Options BerthWizard::clientOptions() const
{
    ApplyJob::Options options;
    options.endpoint = clientHost;
    (clientFiles.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive) ? options.certsZip : options.certDir) =
        QDir::fromNativeSeparators(clientFiles);
    options.allUsers = clientAllUsers;
    return options;
}

bool BerthWizard::rememberedAnswers(Answers *answers)
{
    // Any program of this user may write there (HKCU on Windows), and the wizard runs as an administrator: what is
    // there is taken only as an answer file would be (JSON with no key twice, every value valid), else the wizard
    // starts from the defaults.
    const QByteArray json = QSettings().value(QStringLiteral("answers")).toByteArray();
    if (json.isEmpty())
        return false;
    QStringList problems;
    const Answers remembered = Answers::fromText(json, QStringLiteral("answers"), &problems);
    if (problems.isEmpty())
        problems = AnswersValidator::validate(remembered);
    if (!problems.isEmpty())
        return false;
    *answers = remembered;
    return true;
}

void BerthWizard::rememberAnswers() const
{
    QSettings settings;
    // No secret: a proxy's user name and password are asked for again.
    settings.setValue(
        QStringLiteral("answers"),
        QJsonDocument(BundleBuilder::withoutProxyCredentials(m_answers).toJson()).toJson(QJsonDocument::Compact));
    settings.setValue(QStringLiteral("clientFolder"), m_clientFolder);
    settings.setValue(QStringLiteral("bundleFile"), bundleFile);
    settings.setValue(QStringLiteral("dockerContext"), dockerContext);
    settings.setValue(QStringLiteral("clientHost"), clientHost);
    settings.setValue(QStringLiteral("clientFiles"), clientFiles);
    settings.setValue(QStringLiteral("clientAllUsers"), clientAllUsers);
    settings.setValue(QStringLiteral("clientCli"), wordOf(clientCli));
}

void BerthWizard::reject()
{
    if (m_running) {
        emit cancelRequested();
        return;
    }
    QWizard::reject();
}
