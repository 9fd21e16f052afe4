#pragma once

#include "FileStep.h"

#include <QCoreApplication>

// After the service is started with a new dockerd.exe: the daemon must say it is the version the upgrade put there.
// The start asked it on its named pipe (DaemonAnswer); with the client's files at hand (--cert-dir), remote access
// must answer as that version too, within the service's timeout. If not, the run rolls back (the start too).
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

private:
    int m_timeoutMs = 60000;
    const FileStep *m_dockerd;
    QString m_expected;
    QString m_clientFolder;
    QString m_endpoint;
    QString m_certDir;
};
