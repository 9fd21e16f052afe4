#pragma once

#include <QWizardPage>

class BerthWizard;
class QButtonGroup;
class QLabel;
class QPushButton;
class QVBoxLayout;

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
    QString remoteAccessLine() const;
    QString firewallLine() const;
    // Remote access is on and the server certificate expires within 30 days, has expired, or cannot be read.
    bool renewDue() const;

    BerthWizard *m_wizard;
    QButtonGroup *m_modes;
    QLabel *m_host;
    QPushButton *m_renew;
    bool m_renewing = false; // Renew certificates: reconfigure, straight to the TLS page
    bool m_chosen = false;   // the admin picked a mode: the survey no longer picks one
    QVBoxLayout *m_layout = nullptr;
};
