#pragma once

#include "Step.h"

#include <QCoreApplication>

// Remote access needs the server's files in tls.certDir before dockerd starts with --tlsverify.
// This step changes nothing: it stops an apply before anything changes when they are missing.
class CertificateCheckStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(CertificateCheckStep)

public:
    QString title() const override { return tr("Server certificates"); }
    bool prepare(ApplyContext &context, QString *error) override;
    QStringList changes() const override { return {}; }
    bool apply(ApplyContext &, QString *) override { return true; }
    void undo(ApplyContext &) override {}
};
