#pragma once

#include <QWizardPage>

class BerthWizard;
class QButtonGroup;
class QLabel;

// What Berth will do; the mode (install, reconfigure, remove, bundle); the edition, build and
// rights Berth found on this host.
class WelcomePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit WelcomePage(BerthWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    void showSurvey();

    BerthWizard *m_wizard;
    QButtonGroup *m_modes;
    QLabel *m_host;
};
