#pragma once

#include "AnswersPage.h"

// NSSM's Details tab: Display name, Description, Startup type.
class DetailsPage : public AnswersPage
{
    Q_OBJECT

public:
    explicit DetailsPage(BerthWizard *wizard);

    int nextId() const override;

protected:
    void updateControls() override;

private:
    QCheckBox *m_noConsole;
    QCheckBox *m_conDrv;
};
