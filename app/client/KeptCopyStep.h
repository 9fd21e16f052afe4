#pragma once

#include "apply/ApplyJournal.h"
#include "apply/Backup.h"
#include "apply/FileStep.h"
#include "render/HostCommand.h"

#include <QCoreApplication>

// The SHA-256 of the copy a client set-up keeps of a file it replaces in Program Files (docker.exe), written where
// only administrators write: HKLM\SOFTWARE\Berth\ClientCopies, one value per copy (named by the SHA-256 of its
// path). The copy itself lies in the user's profile, which any program of that user may rewrite; an elevated
// berth client --remove puts it back into Program Files only while its bytes still have the recorded digest
// (ClientSteps::removal), and then forgets the value.
class KeptCopyStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(KeptCopyStep)

public:
    // Records the digest of the copy backup keeps of what placed replaces (when it replaces something).
    KeptCopyStep(const FileStep *placed, const Backup *backup) : m_placed(placed), m_backup(backup) {}
    // Forgets the digest of copy (a removal, once the copy is back in place).
    explicit KeptCopyStep(const QString &copy) : m_copy(copy) {}

    static QString key() { return ApplyJournal::registryKey() + QStringLiteral("\\ClientCopies"); }
    // The digest recorded for copy (a Windows path), or empty.
    static QString recorded(const WindowsHost &host, const QString &copy);

    QString title() const override;
    bool prepare(ApplyContext &context, QString *error) override;
    QStringList changes() const override;
    bool apply(ApplyContext &context, QString *error) override;
    void undo(ApplyContext &context) override;
    bool needsRestart() const override { return false; }
    std::optional<BatchForm> batch(const BatchContext &) const override
    {
        return BatchForm::nothing(QStringLiteral("a client set-up is berth client's, not install.cmd's"));
    }

private:
    static QString valueName(const QString &copy);
    HostCommand add(const QString &copy, const QString &digest) const;
    HostCommand remove(const QString &copy) const;

    const FileStep *m_placed = nullptr;
    const Backup *m_backup = nullptr;
    QString m_copy;    // forgetting: the copy whose digest goes
    QString m_before;  // forgetting: the digest there was
    QString m_written; // recording: the copy whose digest went in
    bool m_done = false;
};
