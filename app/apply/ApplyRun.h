#pragma once

#include "ApplyContext.h"
#include "Step.h"

#include <QObject>

#include <functional>

#include <memory>
#include <vector>

class ApplyJournal;
class ServiceRunStep;

// Carries out an apply: every step reads the host first; only the steps with something to change
// run; a failed step undoes itself and every step before it, in reverse. Progress goes out as
// signals, which the wizard's Apply page and the command line both listen to.
class ApplyRun : public QObject
{
    Q_OBJECT

public:
    enum Outcome { NotStarted, NothingToChange, DryRun, Applied, RolledBack };

    // The steps in order; Stop and Start of the Docker service are put around them here, unless the steps
    // are Alone (a client machine's, which has no service).
    enum Service { AroundService, Alone };
    ApplyRun(ApplyContext &context, std::vector<std::unique_ptr<Step>> steps, QObject *parent = nullptr,
             Service service = AroundService);
    ~ApplyRun() override;
    // The steps with the service's Stop before them and its Start after them, as a run AroundService has them
    // (install.cmd renders the same list).
    static std::vector<std::unique_ptr<Step>> aroundService(std::vector<std::unique_ptr<Step>> steps);

    // A step after the start (the daemon's API answers): when it fails, the start is undone with the rest.
    void checkAfterStart(std::unique_ptr<Step> step);

    // Docker cannot start before the host restarts (a Windows feature): every step but the start runs.
    void startAfterRestart() { m_startAfterRestart = true; }
    bool startsAfterRestart() const { return m_startAfterRestart; }

    Outcome run(bool dryRun);
    QString error() const { return m_error; }
    // After run(): what the steps that had something to change would change (or changed).
    QStringList plannedChanges() const;

    // For tests of the rollback: the step at this index (among those that change something) is
    // taken as failed once it has run.
    void setInjectedFailure(int changingStepIndex) { m_injectedFailure = changingStepIndex; }

    // Asked before each step; true fails the apply there, which undoes what ran before.
    void setCancelCheck(std::function<bool()> cancelled) { m_cancelled = std::move(cancelled); }
    // Kept from before the first change to the end: a run killed in between leaves it behind.
    void setJournal(ApplyJournal *journal) { m_journal = journal; }

signals:
    void stepStarted(int index, int count, const QString &title);
    void stepFinished(int index, bool ok, const QString &message);
    void rolledBack(const QString &reason);

private:
    ApplyContext &m_context;
    std::vector<std::unique_ptr<Step>> m_steps;
    std::vector<Step *> m_changing;
    ServiceRunStep *m_stop = nullptr;
    ServiceRunStep *m_start = nullptr;
    QString m_error;
    int m_injectedFailure = -1;
    std::function<bool()> m_cancelled;
    ApplyJournal *m_journal = nullptr;
    bool m_startAfterRestart = false;
};
