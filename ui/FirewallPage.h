#pragma once

#include "AnswersPage.h"

// The Windows Firewall rule for the remote port: open it or not, its name, the addresses allowed.
class FirewallPage : public AnswersPage
{
    Q_OBJECT

public:
    explicit FirewallPage(BerthWizard *wizard);

    int nextId() const override;

protected:
    void updateControls() override;

private:
    QList<QWidget *> m_ruleOnly;
};
