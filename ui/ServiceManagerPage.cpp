#include "ServiceManagerPage.h"

#include "BerthWizard.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ServiceManagerPage::ServiceManagerPage(BerthWizard *wizard) : AnswersPage(wizard)
{
    setTitle(tr("Service manager"));
    setSubTitle(tr("What starts dockerd.exe when the host starts, and keeps it running."));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    addChoice(form, tr("Host &edition:"), "host.edition",
              tr("The Windows edition of the host Docker goes to. Nano Server has no service manager for "
                 "NSSM and runs dockerd from a scheduled task."),
              {tr("Windows Server"), tr("Nano Server"), tr("Windows 10 or 11")});
    addChoice(form, tr("&Manager:"), "service.manager",
              tr("NSSM runs cmd.exe with runDockerDaemon.cmd and writes its output to daemon.log, as the manual "
                 "procedure does. The native service is dockerd --register-service. The scheduled task is "
                 "the manual procedure's way on Nano Server."),
              {tr("NSSM (as the manual procedure)"), tr("dockerd's own Windows service"),
               tr("Scheduled task at start-up (Nano Server)")});
    m_nssmSource = addChoice(form, tr("NSSM &source:"), "nssm.source",
                             tr("nssm.cc is often unreachable: a local nssm-2.24.zip works without internet."),
                             {tr("Download"), tr("A zip on this machine"), tr("Keep the nssm.exe on the host")});
    m_nssmUrl = addText(form, tr("NSSM &URL:"), "nssm.url", tr("Where the NSSM zip is downloaded from."));
    m_nssmPath = addText(form, tr("NSSM &zip:"), "nssm.localPath",
                         tr("nssm-2.24.zip on this machine; Berth takes win64\\nssm.exe or win32\\nssm.exe from it "
                            "by the host's architecture."));
    auto *browse = new QPushButton(tr("&Browse..."), this);
    browse->setObjectName(QStringLiteral("browseNssm"));
    browse->setToolTip(tr("Choose nssm-2.24.zip on this machine."));
    addBeside(m_nssmPath, browse);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("NSSM zip"), m_nssmPath->text(), tr("Zip files (*.zip)"));
        if (!file.isEmpty())
            m_nssmPath->setText(file);
    });
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("managerExplanation"));
    m_explanation->setWordWrap(true);
    layout->addWidget(m_explanation);
    layout->addWidget(problemsLabel());
    layout->addStretch();
    watchKeys({QStringLiteral("service.manager"), QStringLiteral("host."), QStringLiteral("nssm.")});
}

void ServiceManagerPage::updateControls()
{
    const Answers &a = answers();
    const bool nssm = a.service.manager == ServiceManager::Nssm;
    showRow(m_nssmSource, nssm);
    showRow(m_nssmUrl, nssm && a.nssm.source == Source::Download);
    showRow(m_nssmPath, nssm && a.nssm.source == Source::Local);
    if (nssm)
        m_explanation->setText(tr("The next pages are NSSM's Application, Details and I/O tabs."));
    else if (a.service.manager == ServiceManager::Native)
        m_explanation->setText(tr("dockerd registers itself; it writes its log to the Windows event log, so the "
                                  "I/O page is left out."));
    else
        m_explanation->setText(tr("The task runs runDockerDaemon.cmd at start-up as SYSTEM with the highest run "
                                  "level, and its output goes to daemon.log."));
}

int ServiceManagerPage::nextId() const
{
    return BerthWizard::Page_Application;
}
