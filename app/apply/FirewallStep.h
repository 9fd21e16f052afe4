#pragma once

#include "CommandStep.h"
#include "render/HostCommand.h"

#include <QCoreApplication>

// The inbound rule for the daemon's TCP port, through netsh advfirewall: added when remote
// access is on, replaced when it differs, deleted when the answers turn it off.
class FirewallStep : public CommandStep
{
    Q_DECLARE_TR_FUNCTIONS(FirewallStep)

public:
    QString title() const override { return tr("Firewall rule"); }
    bool prepare(ApplyContext &context, QString *error) override;
    void undo(ApplyContext &context) override;
    bool needsRestart() const override { return false; }

    struct Rule
    {
        bool exists = false;
        QString localPort;
        QString remoteIp;
    };
    // What `netsh advfirewall firewall show rule name=NAME` says of the rule.
    static Rule parseShowRule(const QString &output);

private:
    Rule m_before;
    bool m_wanted = false;
};
