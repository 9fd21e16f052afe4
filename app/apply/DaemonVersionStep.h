#pragma once

#include "FileStep.h"

#include <QCoreApplication>

// After a new dockerd.exe is put in place, it must answer --version on the host before the
// service is started with it; if it does not (or an upgrade's says another version), the apply rolls
// back to the old binaries.
class DaemonVersionStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(DaemonVersionStep)

public:
    // expected: the version it must say (an upgrade knows it); empty: any.
    explicit DaemonVersionStep(const FileStep *dockerd, const QString &expected = QString());

    QString title() const override { return tr("Check the new dockerd.exe"); }
    bool prepare(ApplyContext &, QString *) override { return true; }
    QStringList changes() const override;
    bool apply(ApplyContext &context, QString *error) override;
    void undo(ApplyContext &) override {}
    bool needsRestart() const override { return false; }
    std::optional<BatchForm> batch(const BatchContext &) const override
    {
        return BatchForm::nothing(QStringLiteral("dockerd.exe is the one SHA256SUMS names; the start below asks the "
                                                 "daemon itself"));
    }

private:
    const FileStep *m_dockerd;
    QString m_expected;
};
