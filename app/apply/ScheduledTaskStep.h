#pragma once

#include "CommandStep.h"
#include "render/HostCommand.h"

#include <QCoreApplication>

// The manual procedure's scheduled task for Nano Server, registered through PowerShell. The task's own file
// (C:\Windows\System32\Tasks\NAME) tells whether it is there and what it runs.
class ScheduledTaskStep : public CommandStep
{
    Q_DECLARE_TR_FUNCTIONS(ScheduledTaskStep)

public:
    QList<PlanStep> describe(const Answers &answers) const override;
    std::optional<BatchForm> batch(const BatchContext &context) const override;
    QString title() const override { return tr("Register the scheduled task"); }
    bool prepare(ApplyContext &context, QString *error) override;
    bool apply(ApplyContext &context, QString *error) override;
    void undo(ApplyContext &context) override;

    static QString wantedArguments(const struct Answers &answers);

private:
    HostCommand unregister(const QString &name) const;
    QString taskWindowsPath() const;

    QString m_name;
    QString m_taskFile;
    bool m_existed = false;
};
