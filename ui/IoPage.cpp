#include "IoPage.h"

#include "BerthWizard.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

IoPage::IoPage(BerthWizard *wizard) : AnswersPage(wizard)
{
    setTitle(tr("I/O"));
    setSubTitle(tr("NSSM's I/O tab: where what the daemon prints is written. The log page follows this file."));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    addText(form, tr("&Output (stdout):"), "service.io.stdout",
            tr("The file the daemon's output is appended to. The manual procedure uses "
               "C:\\ProgramData\\docker\\daemon.log."));
    addText(form, tr("&Error (stderr):"), "service.io.stderr",
            tr("The file the daemon's errors are appended to; the same file as the output keeps them in order."));
    layout->addWidget(problemsLabel());
    layout->addStretch();
}

int IoPage::nextId() const
{
    return BerthWizard::Page_Tls;
}
