#pragma once

#include "Step.h"
#include "render/HostCommand.h"

#include <QCoreApplication>
#include <QList>

// A step whose changes are Windows commands worked out in prepare(): it lists them, runs them in
// order and stops at the first that fails. Subclasses undo using ranCount(): how many ran.
class CommandStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(CommandStep)

public:
    QStringList changes() const override;
    bool apply(ApplyContext &context, QString *error) override;

protected:
    // Asked after each command that succeeded: why it did not do its work, which fails the step; empty when it did.
    virtual QString checkAfter(ApplyContext &, const HostCommand &) { return {}; }

    QList<HostCommand> m_commands;
    int ranCount() const { return m_ran; }

private:
    int m_ran = 0;
};
