#pragma once

#include "Step.h"
#include "host/FolderSecurity.h"

#include <QCoreApplication>

// The folders an apply writes into that were there before it (C:\ProgramData\docker and its config folder,
// binaries.installDir, tls.certDir, runtime.dataRoot), made SYSTEM's and Administrators' alone before anything goes
// in: SYSTEM runs what is there (runDockerDaemon.cmd, dockerd.exe) and dockerd reads its configuration and
// certificates there. A folder owned by SYSTEM, Administrators or TrustedInstaller that no one else may write is
// left as it is. Any other, such as one a local user made before Berth ran, or one that inherits ProgramData's
// "Users may add files and folders" (the manual procedure's mkdir), is taken over: owner Administrators, inheritance
// off, SYSTEM and Administrators only, as dockerd makes its own root. Then everything in it is looked at, and
// anything whose owner is not SYSTEM, Administrators, TrustedInstaller, a service or a container's account was put
// there by someone else: the apply stops, naming it, before it places anything. A folder Berth makes itself is made
// locked (FileStep). install.cmd does the same (FolderTakeoverBatch.cpp). The take-over is kept when an apply rolls
// back: giving a folder back to a user would give them again what SYSTEM runs.
class FolderTakeoverStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(FolderTakeoverStep)

public:
    explicit FolderTakeoverStep(const QStringList &folders) : m_folders(folders) {}
    // The folders the answers' apply writes into (outer ones first).
    static QStringList foldersFor(const Answers &answers);

    QString title() const override { return tr("Lock the folders Docker runs from"); }
    bool prepare(ApplyContext &context, QString *error) override;
    QStringList changes() const override;
    bool apply(ApplyContext &context, QString *error) override;
    void undo(ApplyContext &) override {}
    bool needsRestart() const override { return false; }
    // install.cmd's form (FolderTakeoverBatch.cpp): the same take-over and look, in batch.
    std::optional<BatchForm> batch(const BatchContext &context) const override;
    // The lines with which install.cmd takes C:\ProgramData\docker over before it makes its own folder there.
    static QStringList batchFirst();

private:
    // What is in folder (all the way down, links not followed) that someone other than an administrator put there.
    QStringList strangersIn(ApplyContext &context, const QString &folder, QString *error) const;

    QStringList m_folders;
    QList<QPair<QString, QString>> m_open; // the folders to take over, with why
};
