#include "DetailsPage.h"

#include "BerthWizard.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

DetailsPage::DetailsPage(BerthWizard *wizard) : AnswersPage(wizard)
{
    setTitle(tr("Details"));
    setSubTitle(tr("NSSM's Details tab: how the service shows in services.msc and when it starts."));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    addText(form, tr("&Display name:"), "service.details.displayName", tr("The name services.msc shows."));
    addText(form, tr("D&escription:"), "service.details.description",
            tr("The text services.msc shows under the name."));
    addChoice(form, tr("&Startup type:"), "service.details.startup",
              tr("Automatic starts Docker with Windows; delayed start waits until the host has settled; "
                 "manual waits for you to start it."),
              {tr("Automatic"), tr("Automatic (Delayed Start)"), tr("Manual"), tr("Disabled")});
    addNumber(form, tr("&Wait for Docker (seconds):"), "service.timeout",
              tr("How long a start may take until the daemon answers on its named pipe, and a stop until it has "
                 "ended. A first start that builds its networks, or a stop with Hyper-V containers, can take minutes."),
              10, 3600);
    m_noConsole = addFlag(form, tr("Start without a &console window (AppNoConsole)"), "service.noConsole",
                          tr("NSSM 2.24 otherwise leaves the service paused on Windows 10 1703 and later."));
    m_conDrv = addFlag(form, tr("Start after &ConDrv on Windows Server 2016"), "service.dependOnConDrv",
                       tr("On build 14393 containers do not come back after a restart unless Docker waits for the "
                          "console driver (moby#27544)."));
    layout->addWidget(problemsLabel());
    layout->addStretch();
    watchKeys({QStringLiteral("service.details."), QStringLiteral("service.timeout")});
}

void DetailsPage::updateControls()
{
    const bool nssm = answers().service.manager == ServiceManager::Nssm;
    showRow(m_noConsole, nssm);
    showRow(m_conDrv, nssm);
}

int DetailsPage::nextId() const
{
    return answers().service.manager == ServiceManager::Nssm ? BerthWizard::Page_Io : BerthWizard::Page_Tls;
}
