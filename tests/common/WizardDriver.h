#pragma once

#include "BerthWizard.h"

#include <QDir>
#include <QString>
#include <QWizardPage>

// Drives the wizard the way an admin does: keys into the focused control, Return for Next. Every
// control is found by its objectName (the answer key it edits) on the current page.
class WizardDriver
{
public:
    explicit WizardDriver(BerthWizard &wizard) : m_wizard(wizard) {}

    // False (with the reason in error()) when the control is missing, hidden or disabled.
    bool type(const char *name, const QString &text);
    bool choose(const char *name, const QString &word); // a combo box item by its answer word
    bool toggle(const char *name);                      // a check box, with Space
    bool press(const char *name);                       // a button, with Space
    bool keys(const char *name, const QString &text);   // type into a control without clearing it, then Return
    // Return on the wizard: the default button (Next, Commit, Finish).
    void next();
    bool nextEnabled() const;
    int page() const { return m_wizard.currentId(); }
    int nextId() const { return m_wizard.currentPage()->nextId(); }
    // A screenshot of the current page to dir/<prefix>-<page id>-<page class>.png.
    bool screenshot(const QString &dir, const QString &prefix);
    // The problem shown beside a control, "" when none.
    QString problem(const char *name) const;
    QString error() const { return m_error; }

private:
    QWidget *control(const char *name);

    BerthWizard &m_wizard;
    QString m_error;
};
