#pragma once

#include <QWizardPage>

class BerthWizard;
class QGridLayout;
class QLabel;
class QPushButton;

// What the host needs before Docker runs: the Containers feature, Hyper-V (for Hyper-V
// isolation), an existing Docker service, the remote port free. Each with its state and, where
// Berth has one, a fix.
class PrerequisitesPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit PrerequisitesPage(BerthWizard *wizard);

    void initializePage() override;
    int nextId() const override;

private:
    struct Row
    {
        QLabel *state;
        QPushButton *fix;
    };
    Row addRow(QGridLayout *grid, const QString &what, const char *name, const QString &tooltip, bool withFix);
    void showFacts();
    void fixed(const QString &feature, bool ok, const QString &message);

    BerthWizard *m_wizard;
    Row m_containers;
    Row m_hyperV;
    Row m_service;
    Row m_port;
    QLabel *m_fixResult;
};
