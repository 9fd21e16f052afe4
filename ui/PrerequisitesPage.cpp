#include "PrerequisitesPage.h"

#include "answers/AnswerKeys.h"

#include "BerthWizard.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

PrerequisitesPage::PrerequisitesPage(BerthWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Prerequisites"));
    setSubTitle(tr("What this host needs before the Docker engine runs. Berth can fix some of it."));
    auto *layout = new QVBoxLayout(this);
    auto *grid = new QGridLayout;
    layout->addLayout(grid);
    m_containers = addRow(grid, tr("Containers feature"), "containers",
                          tr("Windows containers need the Containers feature (it installs the Host Compute "
                             "Service, vmcompute). Enabling it needs a restart."),
                          true);
    m_hyperV = addRow(grid, tr("Hyper-V"), "hyperV",
                      tr("Needed only for Hyper-V isolation, where each container runs in a small virtual "
                         "machine. Process isolation does not need it."),
                      true);
    m_service = addRow(grid, tr("Docker service"), "service",
                       tr("A Docker service that is there already is changed only where the answers differ."), false);
    m_port = addRow(grid, tr("Remote port"), "port",
                    tr("The TCP port for remote access must not be taken by another program."), false);
    m_containers.fix->setText(tr("&Enable the Containers feature"));
    m_hyperV.fix->setText(tr("Enable &Hyper-V"));
    connect(m_containers.fix, &QPushButton::clicked, this, [this] {
        m_containers.fix->setEnabled(false);
        m_fixResult->setText(tr("Enabling the Containers feature ..."));
        m_wizard->tasks()->enableFeature(QStringLiteral("Containers"));
    });
    connect(m_hyperV.fix, &QPushButton::clicked, this, [this] {
        m_hyperV.fix->setEnabled(false);
        m_fixResult->setText(tr("Enabling Hyper-V ..."));
        m_wizard->tasks()->enableFeature(QStringLiteral("Microsoft-Hyper-V"));
    });
    m_fixResult = new QLabel(this);
    m_fixResult->setObjectName(QStringLiteral("fixResult"));
    m_fixResult->setWordWrap(true);
    m_fixResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_fixResult);
    layout->addStretch();
    connect(wizard, &BerthWizard::hostSurveyed, this, &PrerequisitesPage::showFacts);
    connect(wizard->tasks(), &HostTasks::featureEnabled, this, &PrerequisitesPage::fixed);
}

PrerequisitesPage::Row PrerequisitesPage::addRow(QGridLayout *grid, const QString &what, const char *name,
                                                 const QString &tooltip, bool withFix)
{
    const int row = grid->rowCount();
    auto *caption = new QLabel(QStringLiteral("<b>%1</b>").arg(what.toHtmlEscaped()), this);
    caption->setToolTip(tooltip);
    auto *state = new QLabel(this);
    state->setObjectName(QLatin1String(name) + QStringLiteral("State"));
    state->setWordWrap(true);
    state->setToolTip(tooltip);
    state->setAccessibleName(what);
    state->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    grid->addWidget(caption, row, 0, Qt::AlignTop);
    grid->addWidget(state, row, 1);
    QPushButton *fix = nullptr;
    if (withFix) {
        fix = new QPushButton(this);
        fix->setObjectName(QLatin1String(name) + QStringLiteral("Fix"));
        fix->setToolTip(tooltip);
        grid->addWidget(fix, row, 2, Qt::AlignTop);
    }
    grid->setColumnStretch(1, 1);
    return {state, fix};
}

void PrerequisitesPage::initializePage()
{
    showFacts();
}

void PrerequisitesPage::showFacts()
{
    const HostFacts &facts = m_wizard->facts();
    const bool known = m_wizard->surveyed();
    m_containers.state->setText(!known                    ? tr("Looking ...")
                                : facts.containersFeature ? tr("Enabled.")
                                                          : tr("Not enabled: containers cannot run until it is."));
    m_containers.fix->setVisible(known && !facts.containersFeature);
    const bool wantsHyperV = m_wizard->answers().runtime.isolation == Isolation::HyperV;
    m_hyperV.state->setText(!known         ? tr("Looking ...")
                            : facts.hyperV ? tr("Enabled.")
                            : wantsHyperV  ? tr("Not enabled, and the answers ask for Hyper-V isolation.")
                                           : tr("Not enabled; not needed for process isolation."));
    m_hyperV.fix->setVisible(known && !facts.hyperV);
    const HostInspector::Result &inspected = m_wizard->inspected();
    m_service.state->setText(!known ? tr("Looking ...")
                             : inspected.found
                                 ? tr("%1 is installed (%2, %3).")
                                       .arg(inspected.answers.service.name, wordOf(inspected.answers.service.manager),
                                            facts.serviceRunning ? tr("running") : tr("not running"))
                                 : tr("None yet."));
    const int port = m_wizard->answers().tls.enabled ? m_wizard->answers().tls.port : 0;
    m_port.state->setText(
        !known               ? tr("Looking ...")
        : port == 0          ? tr("Remote access is off: no port is opened.")
        : facts.port != port ? tr("TCP %1: checked when Berth applies.").arg(port)
        : facts.portTaken()  ? tr("TCP %1 is in use by another program: choose another port on the TLS page.").arg(port)
                             : tr("TCP %1 is free.").arg(port));
}

void PrerequisitesPage::fixed(const QString &feature, bool ok, const QString &message)
{
    m_fixResult->setText(message);
    QPushButton *button = feature == QLatin1String("Containers") ? m_containers.fix : m_hyperV.fix;
    button->setEnabled(!ok);
}

int PrerequisitesPage::nextId() const
{
    return BerthWizard::Page_Binaries;
}
