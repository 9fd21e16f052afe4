#include "WelcomePage.h"

#include "answers/AnswerKeys.h"
#include "answers/WindowsReleases.h"

#include "BerthWizard.h"
#include "fetch/DockerReleases.h"

#include "tls/CertificateCheck.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(BerthWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Welcome to Berth"));
    setSubTitle(tr("Berth installs, configures, reconfigures and removes the Docker engine on this Windows host, "
                   "the way the manual procedure does: dockerd.exe run as a service, its log in daemon.log."));
    auto *layout = new QVBoxLayout(this);
    m_layout = layout;
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
        {BerthWizard::Client, "modeClient", tr("&Set up this computer to manage a Docker host"),
         tr("The docker CLI on Path, the client's certificates and DOCKER_HOST for you, so that docker here reaches "
            "a host elsewhere.")},
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
    connect(m_modes, &QButtonGroup::idClicked, this, [this] {
        m_chosen = true;
        m_renewing = false;
        emit completeChanged();
    });
    layout->addSpacing(12);
    m_host = new QLabel(this);
    m_host->setObjectName(QStringLiteral("hostSummary"));
    m_host->setWordWrap(true);
    m_host->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_host->setAccessibleName(tr("What Berth found on this host"));
    layout->addWidget(m_host);
    m_renew = new QPushButton(tr("Re&new certificates"), this);
    m_renew->setObjectName(QStringLiteral("renewCertificates"));
    m_renew->setToolTip(tr("Reconfigure with new certificates, signed by the same CA where its key is in the client "
                           "folder: the TLS page comes next."));
    m_renew->hide();
    layout->addWidget(m_renew, 0, Qt::AlignLeft);
    layout->addStretch();
    connect(m_renew, &QPushButton::clicked, this, [this, wizard] {
        m_modes->button(BerthWizard::Reconfigure)->setChecked(true);
        m_renewing = true;
        wizard->next();
    });
    connect(wizard, &BerthWizard::hostSurveyed, this, &WelcomePage::showSurvey);
    connect(wizard, &BerthWizard::releasesRead, this, &WelcomePage::showSurvey);
}

void WelcomePage::initializePage()
{
    m_renewing = false;
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
    // Without a Docker service here, managing one elsewhere is offered first; chosen already on a Windows
    // client (a workstation), where that is what Berth is mostly for.
    QAbstractButton *client = m_modes->button(BerthWizard::Client);
    const bool clientFirst =
        m_wizard->surveyed() && m_wizard->host().exists() && !found && !m_wizard->interrupted().found;
    m_layout->insertWidget(clientFirst ? 0 : m_modes->buttons().size() - 1, client);
    client->setEnabled(m_wizard->host().exists());
    if (clientFirst && !m_chosen && m_wizard->facts().edition == Edition::Client)
        client->setChecked(true);
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
                             : tr("Windows: %1.").arg(WindowsReleases::describe(*facts.edition, facts.build)));
    lines << (facts.administrator ? tr("Berth runs as administrator.")
                                  : tr("Berth is not running as administrator: it can prepare a bundle, but to "
                                       "change this host start it with \"Run as administrator\"."));
    const Answers &installed = m_wizard->inspected().answers;
    if (!found)
        lines << tr("No Docker service is installed here.");
    else if (installed.service.manager == ServiceManager::ScheduledTask) // sc.exe does not know a task
        lines << tr("A Docker service named %1 is installed (%2).")
                     .arg(installed.service.name, wordOf(installed.service.manager));
    else if (facts.serviceRunning)
        lines << tr("A Docker service named %1 is installed (%2) and running.")
                     .arg(installed.service.name, wordOf(installed.service.manager));
    else
        lines << tr("A Docker service named %1 is installed (%2) and not running.")
                     .arg(installed.service.name, wordOf(installed.service.manager));
    if (found) {
        lines << releasesLine() << remoteAccessLine() << firewallLine();
    }
    m_renew->setVisible(found && renewDue());
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
    const QStringList releases = WindowsReleases::runnable(m_wizard->inspected().answers.host, m_wizard->releases());
    if (m_wizard->releases().isEmpty())
        return tr("Docker %1; the releases on offer could not be read: %2").arg(installed, m_wizard->releasesError());
    const HostSettings &host = m_wizard->inspected().answers.host;
    if (!WindowsReleases::runs(WindowsReleases::build(host), installed))
        return WindowsReleases::engineProblem(host, installed) + QLatin1Char(' ') +
               tr("Update Docker on this host to go back to it.");
    if (!releases.isEmpty() && DockerReleases::compare(releases.first(), installed) > 0)
        return tr("Docker %1; a newer release is on offer: %2 (Update Docker on this host).")
            .arg(installed, releases.first());
    return tr("Docker %1, the newest release on offer.").arg(installed);
}

bool WelcomePage::renewDue() const
{
    const QDateTime expiry = m_wizard->surveyResult().serverCertificateExpiry;
    return m_wizard->inspected().answers.tls.enabled &&
           (!expiry.isValid() || QDateTime::currentDateTimeUtc().secsTo(expiry) / 86400 < CertificateCheck::RenewDays);
}

QString WelcomePage::remoteAccessLine() const
{
    const TlsSettings &tls = m_wizard->inspected().answers.tls;
    if (!tls.enabled)
        return tr("Remote access: off; clients on this host only, through the named pipe.");
    const QDateTime expiry = m_wizard->surveyResult().serverCertificateExpiry;
    const QString on = tr("Remote access: TLS on port %1.").arg(tls.port);
    if (!expiry.isValid())
        return on + QLatin1Char(' ') + tr("The server certificate in %1 cannot be read: renew it.").arg(tls.certDir);
    const qint64 days = QDateTime::currentDateTimeUtc().secsTo(expiry) / 86400; // whole days left, as OpenSSL counts
    const QString date = QLocale().toString(expiry.toLocalTime().date(), QLocale::ShortFormat);
    if (expiry <= QDateTime::currentDateTimeUtc())
        return on + QLatin1Char(' ') + tr("The server certificate expired on %1: renew it.").arg(date);
    if (days < CertificateCheck::RenewDays)
        return on + QLatin1Char(' ') +
               tr("The server certificate expires on %1, in %n days: renew it.", nullptr, int(days)).arg(date);
    return on + QLatin1Char(' ') + tr("The server certificate is valid until %1.").arg(date);
}

QString WelcomePage::firewallLine() const
{
    const FirewallSettings &firewall = m_wizard->inspected().answers.firewall;
    if (!firewall.enabled)
        return tr("Firewall: no rule for Docker.");
    return tr("Firewall: rule \"%1\" lets TCP %2 in from %3.")
        .arg(firewall.ruleName)
        .arg(firewall.port)
        .arg(firewall.remoteAddresses.isEmpty() ? tr("any address")
                                                : firewall.remoteAddresses.join(QStringLiteral(", ")));
}

bool WelcomePage::isComplete() const
{
    const int mode = m_modes->checkedId();
    if (mode == BerthWizard::Bundle)
        return true;
    if (mode == BerthWizard::Client) // what needs administrator rights the Client page says
        return m_wizard->surveyed();
    return m_wizard->surveyed() && m_wizard->facts().administrator;
}

bool WelcomePage::validatePage()
{
    m_wizard->setMode(BerthWizard::Mode(m_modes->checkedId()));
    if (m_renewing)
        m_wizard->answers().tls.generate = true; // certificates due for renewal are made anew
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
    case BerthWizard::Client:
        return BerthWizard::Page_Client;
    case BerthWizard::Reconfigure:
        return m_renewing ? BerthWizard::Page_Tls : BerthWizard::Page_Prerequisites;
    default:
        return BerthWizard::Page_Prerequisites;
    }
}
