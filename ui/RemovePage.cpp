#include "RemovePage.h"

#include "answers/AnswerKeys.h"

#include "BerthWizard.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

RemovePage::RemovePage(BerthWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Remove Docker"));
    setSubTitle(tr("The manual procedure's removal: stop the service, remove it, its firewall rule and the "
                   "binaries. Nothing has changed yet."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Remove"));
    auto *layout = new QVBoxLayout(this);
    m_found = new QLabel(this);
    m_found->setObjectName(QStringLiteral("removeFound"));
    m_found->setWordWrap(true);
    m_found->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_found->setAccessibleName(tr("What Berth found"));
    layout->addWidget(m_found);
    m_keepData = new QCheckBox(tr("&Keep images, containers and volumes (C:\\ProgramData\\docker)"), this);
    m_keepData->setObjectName(QStringLiteral("keepData"));
    m_keepData->setToolTip(tr("A later install finds them again. Unchecked: the data folder is deleted."));
    m_keepData->setAccessibleName(m_keepData->text().remove(QLatin1Char('&')));
    m_keepCerts = new QCheckBox(tr("Keep the &certificates"), this);
    m_keepCerts->setObjectName(QStringLiteral("keepCerts"));
    m_keepCerts->setToolTip(tr("Clients keep working after a reinstall with the same certificates."));
    m_keepCerts->setAccessibleName(m_keepCerts->text().remove(QLatin1Char('&')));
    layout->addWidget(m_keepData);
    layout->addWidget(m_keepCerts);
    layout->addStretch();
}

void RemovePage::initializePage()
{
    const HostInspector::Result &inspected = m_wizard->inspected();
    const Answers &a = inspected.answers;
    QStringList lines;
    lines << tr("Service: %1 (%2)").arg(a.service.name, wordOf(a.service.manager));
    lines << tr("Binaries: %1\\dockerd.exe and docker.exe").arg(a.binaries.installDir);
    if (a.firewall.enabled)
        lines << tr("Firewall rule: %1").arg(a.firewall.ruleName);
    if (a.tls.enabled)
        lines << tr("Certificates: %1").arg(a.tls.certDir);
    lines << inspected.problems;
    m_found->setText(lines.join(QLatin1Char('\n')));
    m_keepData->setChecked(m_wizard->keepData);
    m_keepCerts->setChecked(m_wizard->keepCerts);
}

bool RemovePage::validatePage()
{
    m_wizard->keepData = m_keepData->isChecked();
    m_wizard->keepCerts = m_keepCerts->isChecked();
    return true;
}

int RemovePage::nextId() const
{
    return BerthWizard::Page_Apply;
}
