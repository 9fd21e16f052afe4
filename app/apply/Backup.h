#pragma once

#include "host/SecretFile.h"
#include "host/WindowsHost.h"

#include <QCoreApplication>
#include <QDateTime>

// C:\ProgramData\docker\berth-backup\<timestamp>\: a copy of every file an apply replaces or
// removes, under its drive's letter and its path from the drive's root (C\Windows\System32\dockerd.exe).
// The folder is made with the first file.
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(Backup)

public:
    explicit Backup(const WindowsHost &host, const QDateTime &when = QDateTime::currentDateTime());
    // Another place for the timestamped folders (a client's, in the user's profile), whose copies are
    // readable as access says.
    Backup(const WindowsHost &host, const QString &windowsParent, SecretFile::Access access,
           const QDateTime &when = QDateTime::currentDateTime());

    QString windowsFolder() const { return m_windowsFolder; }
    // Where the copy of windowsPath is (or would be), as a Windows path.
    QString copyOf(const QString &windowsPath) const;
    // Copies the file at windowsPath (which must exist) into the backup; the copy's local path.
    QString save(const QString &windowsPath, QString *error);
    bool isUsed() const { return m_used; }
    // The folders save() made (local paths).
    QStringList madeFolders() const { return m_createdFolders; }
    // Removes the folder again: after a rollback, the host is as it was before the apply.
    void discard();

private:
    const WindowsHost &m_host;
    QString m_windowsFolder;
    SecretFile::Access m_access = SecretFile::SystemAndAdministrators;
    QStringList m_createdFolders;
    bool m_used = false;
};
