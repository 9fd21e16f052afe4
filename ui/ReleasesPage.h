#pragma once

#include <QWizardPage>

class BerthWizard;
class QLabel;
class QListWidget;

// Update mode: the installed Docker and the releases on offer (binaries.indexUrl), newest first; the
// one chosen is what the update puts in place of dockerd.exe and docker.exe, and nothing else.
class ReleasesPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ReleasesPage(BerthWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    void showReleases();
    QString chosen() const;

    BerthWizard *m_wizard;
    QLabel *m_installed;
    QListWidget *m_releases;
    QLabel *m_note;
};
