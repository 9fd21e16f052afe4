#pragma once

#include "FileStep.h"

#include <QCoreApplication>

// After the service is started with a new dockerd.exe: its API must answer, as the version the
// upgrade put there, within a minute; if it does not, the run rolls back (the start too). Asked where
// this machine can ask it (DaemonStatus::endpoint); elsewhere the service staying up is all there is.
class DaemonAnswersStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(DaemonAnswersStep)

public:
    DaemonAnswersStep(const FileStep *dockerd, const QString &expectedVersion, const QString &clientFolder);

    QString title() const override { return tr("Ask the daemon's API"); }
    bool prepare(ApplyContext &context, QString *error) override;
    QStringList changes() const override;
    bool apply(ApplyContext &context, QString *error) override;
    void undo(ApplyContext &) override {}
    bool needsRestart() const override { return false; }

    static constexpr int TimeoutMs = 60000;

private:
    const FileStep *m_dockerd;
    QString m_expected;
    QString m_clientFolder;
    QString m_endpoint;
    QString m_certDir;
};
