#include "WelcomePage.h"

#include "answers/AnswerKeys.h"

#include "BerthWizard.h"
#include "fetch/DockerReleases.h"

#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(BerthWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Welcome to Berth"));
    setSubTitle(tr("Berth installs, configures, reconfigures and removes the Docker engine on this Windows host, "
                   "the way the manual procedure does: dockerd.exe run as a service, its log in daemon.log."));
    auto *layout = new QVBoxLayout(this);
    m_modes = new QButtonGroup(this);
    const struct
    {
        BerthWizard::Mode mode;
        const char *name;
        QString text;
        QString tip;
    } modes[] = {
        {BerthWizard::Install, "modeInstall", tr("&Install Docker on this host"),
         tr("Place dockerd.exe and docker.exe, write the start script, register the service and start it.")},
        {BerthWizard::Reconfigure, "modeReconfigure", tr("&Reconfigure Docker on this host"),
         tr("Start from what is installed here now; only what you change is applied.")},
        {BerthWizard::Upgrade, "modeUpgrade", tr("&Update Docker on this host"),
         tr("Replace dockerd.exe and docker.exe with another release, and nothing else; the old ones come back if "
            "the new daemon does not start.")},
        {BerthWizard::Remove, "modeRemove", tr("Re&move Docker from this host"),
         tr("Stop and remove the service, the firewall rule and the binaries; keep the data if you wish.")},
        {BerthWizard::Bundle, "modeBundle", tr("Prepare a &bundle for another host (Nano Server)"),
         tr("Make one zip with the binaries, the configuration and an install script to copy to a host "
            "without a desktop or without internet.")},
    };
    for (const auto &mode : modes) {
        auto *button = new QRadioButton(mode.text, this);
        button->setObjectName(QLatin1String(mode.name));
        button->setToolTip(mode.tip);
        button->setAccessibleDescription(mode.tip);
        m_modes->addButton(button, mode.mode);
        layout->addWidget(button);
    }
    m_modes->button(BerthWizard::Install)->setChecked(true);
    connect(m_modes, &QButtonGroup::idClicked, this, &WelcomePage::completeChanged);
    layout->addSpacing(12);
    m_host = new QLabel(this);
    m_host->setObjectName(QStringLiteral("hostSummary"));
    m_host->setWordWrap(true);
    m_host->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_host->setAccessibleName(tr("What Berth found on this host"));
    layout->addWidget(m_host);
    layout->addStretch();
    connect(wizard, &BerthWizard::hostSurveyed, this, &WelcomePage::showSurvey);
    connect(wizard, &BerthWizard::releasesRead, this, &WelcomePage::showSurvey);
}

void WelcomePage::initializePage()
{
    m_modes->button(m_wizard->mode())->setChecked(true);
    showSurvey();
}

void WelcomePage::showSurvey()
{
    const bool found = m_wizard->surveyed() && m_wizard->inspected().found;
    m_modes->button(BerthWizard::Reconfigure)->setEnabled(found);
    m_modes->button(BerthWizard::Remove)->setEnabled(found);
    m_modes->button(BerthWizard::Upgrade)->setEnabled(found);
    if (!found && (m_modes->checkedId() == BerthWizard::Reconfigure || m_modes->checkedId() == BerthWizard::Remove ||
                   m_modes->checkedId() == BerthWizard::Upgrade))
        m_modes->button(BerthWizard::Install)->setChecked(true);
    if (!m_wizard->surveyed()) {
        m_host->setText(tr("Looking at this host ..."));
        emit completeChanged();
        return;
    }
    if (!m_wizard->host().exists()) {
        m_modes->button(BerthWizard::Install)->setEnabled(false);
        m_modes->button(BerthWizard::Bundle)->setChecked(true);
        m_host->setText(tr("This machine is not Windows, so there is no Docker to install or change here. Berth "
                           "can prepare a bundle for a Windows host on it, with the host's certificates; to install "
                           "or change Docker on a host, run Berth there."));
        emit completeChanged();
        return;
    }
    const HostFacts &facts = m_wizard->facts();
    QStringList lines;
    // Read by the survey, off this thread: showing the page runs no reg.exe.
    const QString interrupted = ApplyJournal::interruptedMessage(m_wizard->interrupted());
    if (!interrupted.isEmpty() && m_wizard->interrupted().problem.isEmpty())
        lines << interrupted + QLatin1Char(' ') +
                     tr("Its answers are loaded: going on to Apply finishes it, as berth recover does.");
    else if (!interrupted.isEmpty())
        lines << interrupted;
    lines << (!facts.edition ? tr("Edition: the registry does not say (build %1).").arg(facts.build)
                             : tr("Edition: %1, build %2.").arg(wordOf(*facts.edition)).arg(facts.build));
    lines << (facts.administrator ? tr("Berth runs as administrator.")
                                  : tr("Berth is not running as administrator: it can prepare a bundle, but to "
                                       "change this host start it with \"Run as administrator\"."));
    lines << (found ? tr("A Docker service named %1 is installed (%2).")
                          .arg(m_wizard->inspected().answers.service.name,
                               wordOf(m_wizard->inspected().answers.service.manager))
                    : tr("No Docker service is installed here."));
    if (found)
        lines << releasesLine();
    m_host->setText(lines.join(QLatin1Char('\n')));
    emit completeChanged();
}

// The installed version, and whether a newer one is on offer.
QString WelcomePage::releasesLine() const
{
    const QString installed = m_wizard->installedVersion();
    if (installed.isEmpty())
        return tr("Its dockerd.exe does not say its version.");
    if (!m_wizard->releasesKnown())
        return tr("Docker %1; looking for newer releases ...").arg(installed);
    const QStringList &releases = m_wizard->releases();
    if (releases.isEmpty())
        return tr("Docker %1; the releases on offer could not be read: %2").arg(installed, m_wizard->releasesError());
    if (DockerReleases::compare(releases.first(), installed) > 0)
        return tr("Docker %1; a newer release is on offer: %2 (Update Docker on this host).")
            .arg(installed, releases.first());
    return tr("Docker %1, the newest release on offer.").arg(installed);
}

bool WelcomePage::isComplete() const
{
    const int mode = m_modes->checkedId();
    if (mode == BerthWizard::Bundle)
        return true;
    return m_wizard->surveyed() && m_wizard->facts().administrator;
}

bool WelcomePage::validatePage()
{
    m_wizard->setMode(BerthWizard::Mode(m_modes->checkedId()));
    return true;
}

int WelcomePage::nextId() const
{
    switch (m_modes->checkedId()) {
    case BerthWizard::Remove:
        return BerthWizard::Page_Remove;
    case BerthWizard::Bundle:
        return BerthWizard::Page_Binaries;
    case BerthWizard::Upgrade:
        return BerthWizard::Page_Releases;
    default:
        return BerthWizard::Page_Prerequisites;
    }
}
