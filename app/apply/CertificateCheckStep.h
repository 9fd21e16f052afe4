#pragma once

#include "Step.h"

#include <QCoreApplication>

// Remote access with the files already in tls.certDir: they must pass CertificateCheck before
// dockerd starts with --tlsverify. It changes nothing: it stops an apply before any change.
class CertificateCheckStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(CertificateCheckStep)

public:
    QList<PlanStep> describe(const Answers &answers) const override;
    QString title() const override { return tr("Server certificates"); }
    bool prepare(ApplyContext &context, QString *error) override;
    QStringList changes() const override { return {}; }
    bool apply(ApplyContext &, QString *) override { return true; }
    void undo(ApplyContext &) override {}
    std::optional<BatchForm> batch(const BatchContext &context) const override;
};
