#include "FirewallPage.h"

#include "BerthWizard.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

FirewallPage::FirewallPage(BerthWizard *wizard) : AnswersPage(wizard)
{
    setTitle(tr("Firewall"));
    setSubTitle(tr("A Windows Firewall rule lets clients on other machines reach the remote port."));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    addFlag(form, tr("&Open the port in Windows Firewall"), "firewall.enabled",
            tr("netsh advfirewall adds an inbound rule for the port. Needed for remote access unless another "
               "firewall rule allows it."));
    m_ruleOnly << addText(form, tr("&Rule name:"), "firewall.ruleName",
                          tr("The name the rule shows in Windows Firewall; Berth finds it again by this name."));
    m_ruleOnly << addNumber(form, tr("&Port:"), "firewall.port",
                            tr("The TCP port the rule opens; the same as the TLS page's port."), 1, 65535);
    auto *remote = new QLineEdit(this);
    remote->setClearButtonEnabled(true);
    remote->setPlaceholderText(tr("any address"));
    addRow(form, tr("Allowed &remote addresses:"), remote, "firewall.remoteAddresses",
           tr("Addresses or networks allowed in, separated by commas: 192.0.2.10, 10.0.0.0/8, LocalSubnet. "
              "Empty: any address."),
           [this, remote] { remote->setText(answers().firewall.remoteAddresses.join(QStringLiteral(", "))); });
    connect(remote, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (loading())
            return;
        QStringList addresses;
        for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!part.trimmed().isEmpty())
                addresses << part.trimmed();
        }
        answers().firewall.remoteAddresses = addresses;
        refresh();
    });
    m_ruleOnly << remote;
    layout->addWidget(problemsLabel());
    layout->addStretch();
    watchKeys({QStringLiteral("firewall.")});
}

void FirewallPage::updateControls()
{
    for (QWidget *control : std::as_const(m_ruleOnly))
        showRow(control, answers().firewall.enabled);
}

int FirewallPage::nextId() const
{
    return BerthWizard::Page_Summary;
}
