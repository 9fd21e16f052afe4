#pragma once

#include "AnswersPage.h"

// How dockerd.exe runs: under NSSM as the manual procedure does, as dockerd's own service, or as
// a scheduled task at start-up (Nano Server); and where NSSM comes from.
class ServiceManagerPage : public AnswersPage
{
    Q_OBJECT

public:
    explicit ServiceManagerPage(BerthWizard *wizard);

    int nextId() const override;

protected:
    void updateControls() override;

private:
    QComboBox *m_nssmSource;
    QLineEdit *m_nssmUrl;
    QLineEdit *m_nssmPath;
    QLabel *m_explanation;
};
