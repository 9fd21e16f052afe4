#pragma once

#include <QStringList>
#include <QWizardPage>

class BerthWizard;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Every file Berth will write, with a diff against the host, and every command, as `plan` shows
// them; problems that stop the apply; Save answers. Leaving it starts the apply.
class SummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SummaryPage(BerthWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void save();
    void changesPreviewed(const QStringList &lines);
    void showPlan();

    BerthWizard *m_wizard;
    QPlainTextEdit *m_plan;
    QLabel *m_problems;
    QLineEdit *m_answersFile;
    QWidget *m_bundleRow;
    QLineEdit *m_bundleFile;
    QLabel *m_saved;
    bool m_valid = false;
    QStringList m_planText;
    QStringList m_changes;
};
