#pragma once

#include "AnswersPage.h"

// NSSM's Application tab: Path, Startup directory, Arguments, and the Service name.
class ApplicationPage : public AnswersPage
{
    Q_OBJECT

public:
    explicit ApplicationPage(BerthWizard *wizard);

    int nextId() const override;

protected:
    void updateControls() override;

private:
    QLineEdit *m_path;
    QLineEdit *m_directory;
    QLineEdit *m_arguments;
    QLabel *m_note;
};
