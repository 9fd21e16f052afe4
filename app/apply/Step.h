#pragma once

#include "BatchForm.h"
#include "PlanStep.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

struct ApplyContext;

// One part of an apply: it reads the host, says what it would change, changes it, and can undo
// exactly what it changed. An apply is a list of these run in order (ApplyRun).
class Step
{
public:
    virtual ~Step() = default;

    virtual QString title() const = 0;
    // Reads the host and works out what must change. False, with the reason, when the step cannot
    // work on this host; nothing has been changed yet then.
    virtual bool prepare(ApplyContext &context, QString *error) = 0;
    // What apply would change, one line each; empty when the host is already as the answers say.
    virtual QStringList changes() const = 0;
    virtual bool apply(ApplyContext &context, QString *error) = 0;
    // Puts back what apply changed. Runs only after apply was called, even if apply failed midway.
    virtual void undo(ApplyContext &context) = 0;
    // What the step does for the answers, for `plan`, the Summary page and the bundle's install.cmd:
    // commands it may run, files it writes. Nothing here reads the host. Empty for a step that only
    // checks, or whose work another step's description already names.
    virtual QList<PlanStep> describe(const struct Answers &) const { return {}; }
    // The same work in a bundle's install.cmd (BatchForm). None: the step has not been given one, which a test
    // catches for every step an apply or a bundle uses.
    virtual std::optional<BatchForm> batch(const BatchContext &) const { return std::nullopt; }
    // Whether a change here means a running daemon must restart to see it.
    virtual bool needsRestart() const { return true; }
};
