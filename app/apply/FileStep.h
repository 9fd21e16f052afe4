#pragma once

#include "Step.h"
#include "host/SecretFile.h"

#include <QByteArray>
#include <QCoreApplication>

#include <functional>
#include <optional>

// One file on the host made to hold what the answers say, or made to be absent. A file that is
// replaced or removed is backed up first; undo puts it back byte for byte, or removes what was new
// together with the folders made for it. What undo cannot put back it says in the context, where
// the run finds it and keeps the backup.
class FileStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(FileStep)

public:
    // What the file should hold given what it holds now (nullptr: it is not there). An empty
    // optional means the file must not be there; error set means it cannot be worked out.
    using Content = std::function<std::optional<QByteArray>(const QByteArray *existing, QString *error)>;

    FileStep(const QString &title, const QString &windowsPath, const Content &content, bool needsRestart = true);
    static Content fixed(const QByteArray &bytes);
    static Content absent();

    QString title() const override { return m_title; }
    bool prepare(ApplyContext &context, QString *error) override;
    QStringList changes() const override;
    bool apply(ApplyContext &context, QString *error) override;
    void undo(ApplyContext &context) override;
    bool needsRestart() const override { return m_needsRestart; }

    QString windowsPath() const { return m_windowsPath; }
    // After prepare(): whether the file was there.
    bool existed() const { return m_existed; }
    // What the file holds after this step on a host where it is not yet (a bundle's copy); empty
    // when it is to be absent; error set when it cannot be worked out.
    std::optional<QByteArray> contentOnAFreshHost(QString *error) const { return m_content(nullptr, error); }
    QList<PlanStep> describe(const Answers &) const override { return m_description; }
    void describeAs(const QList<PlanStep> &description) { m_description = description; }
    // A private key: written readable by SYSTEM and Administrators alone (or by the user Berth runs as:
    // a client's key in the user's profile) from its first byte.
    void setSecret(bool secret, SecretFile::Access access = SecretFile::SystemAndAdministrators)
    {
        m_secret = secret;
        m_access = access;
    }
    // Folders made for the file keep what they inherit (a user's profile, Program Files) instead of being
    // locked to SYSTEM and Administrators.
    void setInheritFolders() { m_lockFolders = false; }

    // In install.cmd: the bundle's copy replaces a file that differs (or the file is removed, when it is to be
    // absent). These two change that: a file that is there stays as it is (apply keeps what it holds), or
    // install.cmd leaves the file alone, for the reason given (cmd.exe cannot edit it as apply does).
    void setKeptWhenThere() { m_keptWhenThere = true; }
    void setLeftByInstallScript(const QString &why) { m_leftByInstallScript = why; }
    std::optional<BatchForm> batch(const BatchContext &context) const override;

private:
    // Folders Berth makes get a protected access list before anything is written into them (by SID:
    // SYSTEM and Administrators), as dockerd makes C:\ProgramData\docker, instead of inheriting
    // ProgramData's, under which any local user may create files.
    bool lockCreatedFolders(ApplyContext &context, QString *error);
    static QStringList backupLines();

    QString m_title;
    QString m_windowsPath;
    Content m_content;
    bool m_needsRestart;

    bool m_existed = false;
    std::optional<QByteArray> m_wanted;
    bool m_changes = false;
    QString m_backupCopy;
    QStringList m_createdFolders;
    bool m_touched = false;
    bool m_secret = false;
    SecretFile::Access m_access = SecretFile::SystemAndAdministrators;
    bool m_lockFolders = true;
    QStringList m_missing; // the levels of its folder that were not there when prepare looked (local paths)
    bool m_keptWhenThere = false;
    QString m_leftByInstallScript;
    QList<PlanStep> m_description;
};
