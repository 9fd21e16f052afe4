#pragma once

#include <QWizardPage>

class BerthWizard;
class QButtonGroup;
class QLabel;

// What Berth will do; the mode (install, reconfigure, update, remove, bundle); the edition, build and
// rights Berth found on this host, and the Docker installed with the newest release on offer.
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
    QString releasesLine() const;

    BerthWizard *m_wizard;
    QButtonGroup *m_modes;
    QLabel *m_host;
};
