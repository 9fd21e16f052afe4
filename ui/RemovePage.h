#pragma once

#include <QWizardPage>

class BerthWizard;
class QCheckBox;
class QLabel;

// What removal takes away, read from the host, and what it keeps if asked. Leaving it removes.
class RemovePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RemovePage(BerthWizard *wizard);

    void initializePage() override;
    bool validatePage() override;
    int nextId() const override;

private:
    BerthWizard *m_wizard;
    QLabel *m_found;
    QCheckBox *m_keepData;
    QCheckBox *m_keepCerts;
};
