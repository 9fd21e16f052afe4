#pragma once

#include "apply/ApplyJob.h"

#include <QWizardPage>

class BerthWizard;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

// Carries out the apply (or the removal, or the bundle) on a worker thread and shows every step
// with its state, the download with rate and time left, and errors in words. Cancel rolls back.
class ApplyPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ApplyPage(BerthWizard *wizard);
    ~ApplyPage() override;

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

    ApplyJob::Outcome outcome() const { return m_outcome; }

private:
    void start();
    void cancel();
    void say(const QString &line, bool problem);
    void stepStarted(int index, int count, const QString &title);
    void stepFinished(int index, bool ok, const QString &message);
    void pinned(const QString &sha256);
    void progress(const QString &url, qint64 done, qint64 total, double rate);
    void finished(ApplyJob::Outcome outcome, const QString &error);

    BerthWizard *m_wizard;
    QListWidget *m_steps;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QPlainTextEdit *m_messages;
    QLabel *m_result;
    QPushButton *m_cancel;
    ApplyJob *m_job = nullptr;
    bool m_done = false;
    ApplyJob::Outcome m_outcome = ApplyJob::Failed;
};
