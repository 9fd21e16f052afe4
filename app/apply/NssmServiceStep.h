#pragma once

#include "CommandStep.h"
#include "host/RegistryKey.h"

#include <QCoreApplication>

// The service as NSSM runs it: the Application, Details and I/O values set with nssm.exe. A new
// service is installed; an existing one gets `nssm set` for only the values that differ. Undo
// removes a service it installed, or sets back each value it changed.
class NssmServiceStep : public CommandStep
{
    Q_DECLARE_TR_FUNCTIONS(NssmServiceStep)

public:
    QList<PlanStep> describe(const Answers &answers) const override;
    std::optional<BatchForm> batch(const BatchContext &context) const override;
    QString title() const override { return tr("Register the service with NSSM"); }
    bool prepare(ApplyContext &context, QString *error) override;
    void undo(ApplyContext &context) override;

private:
    QString m_name;
    bool m_existed = false;
    RegistryKey m_service;
    RegistryKey m_parameters;
    QStringList m_changed; // the parameter each command in m_commands sets, for undo
};
