#pragma once

#include "CommandStep.h"
#include "answers/Answers.h"
#include "host/FirewallRules.h"
#include "render/HostCommand.h"

#include <QCoreApplication>

// The inbound rule for the daemon's TCP port, through netsh advfirewall: added when remote
// access is on, replaced when it differs, deleted when the answers turn it off. What stands is read
// from the firewall's own store in the registry (FirewallRules), the same in every language; an undo
// adds back each rule it deleted as it was (a block rule stays a block rule).
class FirewallStep : public CommandStep
{
    Q_DECLARE_TR_FUNCTIONS(FirewallStep)

public:
    QString title() const override { return tr("Firewall rule"); }
    bool prepare(ApplyContext &context, QString *error) override;
    QList<PlanStep> describe(const Answers &answers) const override;
    std::optional<BatchForm> batch(const BatchContext &context) const override;
    static HostCommand removal(const Answers &answers);
    void undo(ApplyContext &context) override;
    bool needsRestart() const override { return false; }

    // Whether a rule is the one the answers ask for: enabled, inbound, allow, TCP on the port, from
    // those addresses, in every profile.
    static bool isWanted(const FirewallRule &rule, const Answers &answers);

private:
    QList<FirewallRule> m_before; // every rule of that name, as it was
    bool m_wanted = false;
};
