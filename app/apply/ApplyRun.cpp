#include "ApplyRun.h"

#include "ApplyJournal.h"
#include "ServiceRunStep.h"

ApplyRun::ApplyRun(ApplyContext &context, std::vector<std::unique_ptr<Step>> steps, QObject *parent, Service service)
    : QObject(parent), m_context(context)
{
    if (service == Alone) {
        m_steps = std::move(steps);
        return;
    }
    m_steps = aroundService(std::move(steps));
    m_stop = static_cast<ServiceRunStep *>(m_steps.front().get());
    m_start = static_cast<ServiceRunStep *>(m_steps.back().get());
}

std::vector<std::unique_ptr<Step>> ApplyRun::aroundService(std::vector<std::unique_ptr<Step>> steps)
{
    std::vector<std::unique_ptr<Step>> around;
    around.push_back(std::make_unique<ServiceRunStep>(ServiceRunStep::Stop));
    for (auto &step : steps)
        around.push_back(std::move(step));
    around.push_back(std::make_unique<ServiceRunStep>(ServiceRunStep::Start));
    return around;
}

void ApplyRun::checkAfterStart(std::unique_ptr<Step> step)
{
    m_steps.push_back(std::move(step));
}

ApplyRun::~ApplyRun() = default;

QStringList ApplyRun::plannedChanges() const
{
    QStringList lines;
    for (const Step *step : m_changing) {
        for (const QString &change : step->changes())
            lines.append(step->title() + QStringLiteral(": ") + change);
    }
    return lines;
}

ApplyRun::Outcome ApplyRun::run(bool dryRun)
{
    m_changing.clear();
    bool restart = false;
    for (auto &step : m_steps) {
        QString why;
        if (!step->prepare(m_context, &why)) {
            m_error = tr("%1: %2").arg(step->title(), why);
            return NotStarted;
        }
        restart = restart || (step->needsRestart() && !step->changes().isEmpty());
    }
    if (m_start) {
        m_stop->setChangesPending(restart);
        m_start->setChangesPending(restart);
    }
    for (auto &step : m_steps) {
        if (!step->changes().isEmpty() && !(m_startAfterRestart && step.get() == m_start))
            m_changing.push_back(step.get());
    }
    if (m_changing.empty())
        return NothingToChange;
    if (dryRun)
        return DryRun;
    QString why;
    if (m_journal && !m_journal->begin(m_context.answers, m_context.backup.windowsFolder(), &why)) {
        m_error = tr("the journal that lets an interrupted apply be finished cannot be written: %1").arg(why);
        return NotStarted;
    }

    const int count = int(m_changing.size());
    for (int i = 0; i < count; ++i) {
        Step *step = m_changing[size_t(i)];
        if (m_journal)
            m_journal->stepStarted(step->title());
        emit stepStarted(i, count, step->title());
        QString why;
        const bool cancelled = m_cancelled && m_cancelled();
        bool ok = !cancelled && step->apply(m_context, &why);
        if (cancelled)
            why = tr("cancelled before it began");
        if (ok && i == m_injectedFailure) {
            ok = false;
            why = tr("failure injected by a test");
        }
        emit stepFinished(i, ok, why);
        if (ok)
            continue;
        for (int j = cancelled ? i - 1 : i; j >= 0; --j)
            m_changing[size_t(j)]->undo(m_context);
        if (m_context.undoFailures.isEmpty()) {
            m_context.backup.discard();
            m_error = tr("\"%1\" failed: %2. Everything this apply changed has been put back.").arg(step->title(), why);
        } else {
            // Never throw a backup away while anything could not be put back from it.
            m_error = tr("\"%1\" failed: %2. These could not be put back: %3. The backup stays in %4.")
                          .arg(step->title(), why, m_context.undoFailures.join(QStringLiteral("; ")),
                               m_context.backup.windowsFolder());
        }
        if (m_journal)
            m_journal->end();
        emit rolledBack(m_error);
        return RolledBack;
    }
    if (m_journal)
        m_journal->end();
    return Applied;
}
