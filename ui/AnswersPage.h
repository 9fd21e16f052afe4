#pragma once

#include "answers/Answers.h"

#include <QWizardPage>

#include <functional>

class BerthWizard;
class QAbstractButton;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

// A page that edits answers. Each control is bound to an answer key: it is filled from the
// answers when the page opens, writes back on every change, and shows beside it the problem that
// `berth validate` reports for its key, in the same words. Next stays disabled while any key of
// the page has a problem.
class AnswersPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit AnswersPage(BerthWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

protected:
    BerthWizard *berth() const { return m_wizard; }
    Answers &answers() const;

    // A labelled row in form: the control, bound to the answer key's member (AnswerKey), and under
    // it the key's problem. The tooltip explains the field in the admin's words; the label's text
    // is also the control's accessible name.
    QLineEdit *addText(QFormLayout *form, const QString &label, const char *key, const QString &tooltip);
    QCheckBox *addFlag(QFormLayout *form, const QString &label, const char *key, const QString &tooltip);
    QSpinBox *addNumber(QFormLayout *form, const QString &label, const char *key, const QString &tooltip, int minimum,
                        int maximum);
    // texts: what the admin reads for each of the key's choices, in the key's order.
    QComboBox *addChoice(QFormLayout *form, const QString &label, const char *key, const QString &tooltip,
                         const QStringList &texts);
    // A row for a control the page writes to the answers itself; load fills it from the answers.
    void addRow(QFormLayout *form, const QString &label, QWidget *control, const char *key, const QString &tooltip,
                std::function<void()> load);
    bool loading() const { return m_loading; }
    // Puts a widget (a Browse button) to the right of a control already added.
    void addBeside(QWidget *control, QWidget *extra);
    // Shows or hides a control's whole row; a hidden row's problems do not hold the page back.
    void showRow(QWidget *control, bool shown);
    // Fills every control from the answers again (after the page changed several answers at once).
    void reload();
    // A line for problems of keys that have no control of their own on this page.
    void watchKeys(const QStringList &prefixes);
    QLabel *problemsLabel() const { return m_problems; }

    // After a change: writes are done, problems are shown again, Next is enabled or not.
    void refresh();
    // Called by refresh() so a page can enable or hide controls that depend on others.
    virtual void updateControls() {}

private:
    struct Binding
    {
        QString key;
        QWidget *control;
        QLabel *message;
        std::function<void()> load;
        QFormLayout *form;
        QLayout *cell;
        bool shown = true;
    };
    QLabel *messageLabel(QWidget *control, const QString &key);
    void written(const Answers &before);
    QStringList problemsFor(const QString &key, const QStringList &problems) const;
    bool relevant(const Binding &binding) const;

    BerthWizard *m_wizard;
    QList<Binding> m_bindings;
    QStringList m_watched;
    QLabel *m_problems = nullptr;
    QStringList m_pageProblems;
    bool m_loading = false;
};
