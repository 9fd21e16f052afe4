#pragma once

#include <QWizardPage>

class BerthWizard;
class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;

// Client mode: this computer set up to manage a Docker host, as berth client does: the host's endpoint, the
// client's files (a folder or the client zip Berth makes), where the docker CLI comes from, and whether
// the Docker folder goes on every user's Path. Each field says its problem beside it.
class ClientPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ClientPage(BerthWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    void check();

    BerthWizard *m_wizard;
    QLineEdit *m_host;
    QLabel *m_hostProblem;
    QLineEdit *m_files;
    QLabel *m_filesProblem;
    QRadioButton *m_download;
    QRadioButton *m_keep;
    QRadioButton *m_local;
    QCheckBox *m_allUsers;
    QLabel *m_note;
};
