#pragma once

#include "FileStep.h"
#include "render/HostCommand.h"

#include <QCoreApplication>

// The server's private key readable by SYSTEM and Administrators only (icacls on the host; mode
// 0600 for the file where Berth wrote it), whenever Berth puts a new key in place.
class KeyPermissionsStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(KeyPermissionsStep)

public:
    explicit KeyPermissionsStep(const FileStep *key);

    QString title() const override { return tr("Protect the server key"); }
    bool prepare(ApplyContext &, QString *) override { return true; }
    QStringList changes() const override;
    bool apply(ApplyContext &context, QString *error) override;
    void undo(ApplyContext &) override {}
    bool needsRestart() const override { return false; }

    HostCommand icacls() const;
    QList<PlanStep> describe(const Answers &answers) const override;
    std::optional<BatchForm> batch(const BatchContext &context) const override;

private:
    const FileStep *m_key;
};
