#pragma once

#include "Step.h"

#include <QCoreApplication>

#include <functional>

// Stops or starts the Docker service and waits for it. The apply run puts a Stop before the first
// change when the service is running (files in use cannot be replaced, and dockerd reads its
// settings only at start), and a Start at the end when anything changed or it is not running.
class ServiceRunStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(ServiceRunStep)

public:
    enum Action { Stop, Start };
    explicit ServiceRunStep(Action action);

    QString title() const override;
    bool prepare(ApplyContext &context, QString *error) override;
    QStringList changes() const override;
    bool apply(ApplyContext &context, QString *error) override;
    void undo(ApplyContext &context) override;
    bool needsRestart() const override { return false; }
    std::optional<BatchForm> batch(const BatchContext &context) const override; // ServiceRunBatch.cpp

    bool wasRunning() const { return m_wasRunning; }
    // Set by the run: another step changed what the daemon reads.
    void setChangesPending(bool pending) { m_changesPending = pending; }

private:
    void noteLogs(ApplyContext &context);
    bool daemonAnswers(ApplyContext &context, QString *error, const std::function<QString()> &notRunning);

    Action m_action;
    bool m_scheduledTask = false;
    bool m_wasRunning = false;
    bool m_changesPending = false;
    bool m_acted = false;
    // The service's log files and their sizes before the start (-1: not there), so that undoing
    // the start leaves them as they were.
    QList<QPair<QString, qint64>> m_logs;
};
