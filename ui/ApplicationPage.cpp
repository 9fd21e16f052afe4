#include "ApplicationPage.h"

#include "BerthWizard.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

ApplicationPage::ApplicationPage(BerthWizard *wizard) : AnswersPage(wizard)
{
    setTitle(tr("Application"));
    setSubTitle(tr("NSSM's Application tab: the program the service runs."));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_path = addText(form, tr("&Path:"), "service.application.path",
                     tr("The program the service starts. The manual procedure runs cmd.exe, which runs "
                        "runDockerDaemon.cmd, so that the script's output lands in daemon.log."));
    m_directory = addText(form, tr("&Startup directory:"), "service.application.startupDirectory",
                          tr("The folder the program starts in."));
    m_arguments = addText(form, tr("&Arguments:"), "service.application.arguments",
                          tr("What the program is given. \"/s /c ... < nul\" runs the script once and gives it "
                             "no keyboard input."));
    addText(form, tr("Service &name:"), "service.name",
            tr("The name Windows knows the service by: sc.exe, services.msc and \"net start\" use it."));
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("applicationNote"));
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    layout->addWidget(problemsLabel());
    layout->addStretch();
}

void ApplicationPage::updateControls()
{
    const ServiceManager manager = answers().service.manager;
    const bool nssm = manager == ServiceManager::Nssm;
    showRow(m_path, nssm);
    showRow(m_directory, nssm);
    showRow(m_arguments, nssm);
    m_note->setText(nssm                                ? QString()
                    : manager == ServiceManager::Native ? tr("dockerd.exe registers itself under this name.")
                                                        : tr("The scheduled task takes this name."));
    m_note->setVisible(!nssm);
}

int ApplicationPage::nextId() const
{
    return answers().service.manager == ServiceManager::ScheduledTask ? BerthWizard::Page_Tls
                                                                      : BerthWizard::Page_Details;
}
