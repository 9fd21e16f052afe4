#include "RuntimePage.h"

#include "BerthWizard.h"

#include "answers/AnswersValidator.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

RuntimePage::RuntimePage(BerthWizard *wizard) : AnswersPage(wizard)
{
    setTitle(tr("Runtime"));
    setSubTitle(tr("How containers are isolated, who may use the named pipe, and how the daemon is configured."));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    addChoice(form, tr("Default &isolation:"), "runtime.isolation",
              tr("Process isolation shares the host's kernel; Hyper-V isolation gives each container its own "
                 "small virtual machine. A container can still ask for the other with --isolation."),
              {tr("The edition's default"), tr("Process"), tr("Hyper-V")});
    m_meaning = new QLabel(this);
    m_meaning->setObjectName(QStringLiteral("isolationMeaning"));
    m_meaning->setWordWrap(true);
    form->addRow(QString(), m_meaning);
    addText(form, tr("Named pipe &group:"), "runtime.pipeGroup",
            tr("A Windows group whose members may use docker without being administrators "
               "(dockerd -G). Empty: administrators only."));
    m_pipeWarning = new QLabel(this);
    m_pipeWarning->setObjectName(QStringLiteral("pipeGroupWarning"));
    m_pipeWarning->setWordWrap(true);
    form->addRow(QString(), m_pipeWarning);
    addText(form, tr("Data &folder:"), "runtime.dataRoot",
            tr("Where Docker keeps images, containers and volumes (dockerd --data-root), for instance on a "
               "volume of their own: D:\\docker. Empty: C:\\ProgramData\\docker."));
    addFlag(form, tr("&Debug logging"), "runtime.debug",
            tr("dockerd -D: much more detail in daemon.log, for finding a fault."));
    addChoice(form, tr("&Configuration in:"), "daemon.configStyle",
              tr("Flags in runDockerDaemon.cmd, as the manual procedure does, or keys in "
                 "C:\\ProgramData\\docker\\config\\daemon.json, where other tools look for them."),
              {tr("The start script's flags"), tr("daemon.json")});
    layout->addWidget(problemsLabel());
    layout->addStretch();
    watchKeys({QStringLiteral("runtime."), QStringLiteral("daemon.")});
}

void RuntimePage::updateControls()
{
    const Answers &a = answers();
    const Edition edition = a.host.edition;
    QString text;
    if (edition == Edition::Client)
        text = tr("On Windows 10 and 11 the default is Hyper-V isolation; process isolation needs build 17763 "
                  "(1809) or later and an image of the same build.");
    else
        text = tr("On Windows Server the default is process isolation: fastest, but the image's Windows build must "
                  "match the host's. Hyper-V isolation runs older images too and needs the Hyper-V feature.");
    if (a.runtime.isolation == Isolation::HyperV && berth()->surveyed() && !berth()->facts().hyperV &&
        berth()->mode() != BerthWizard::Bundle)
        text += QLatin1Char(' ') + tr("Hyper-V is not enabled on this host yet (see Prerequisites).");
    m_meaning->setText(text);
    // The same warning `berth validate` prints, without its key: the field is beside it.
    const QStringList warnings = AnswersValidator::warnings(a);
    QString pipe;
    for (const QString &warning : warnings) {
        if (warning.startsWith(QLatin1String("runtime.pipeGroup: ")))
            pipe = warning.mid(19);
    }
    m_pipeWarning->setText(pipe.isEmpty() ? QString() : tr("Note: %1.").arg(pipe));
    m_pipeWarning->setVisible(!pipe.isEmpty());
}

int RuntimePage::nextId() const
{
    return BerthWizard::Page_Firewall;
}
