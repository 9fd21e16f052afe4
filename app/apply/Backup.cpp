#include "Backup.h"

#include "FileWriter.h"
#include "host/LocalFile.h"
#include "host/SecretFile.h"

#include <QDir>
#include <QFile>

Backup::Backup(const WindowsHost &host, const QDateTime &when)
    : Backup(host, QStringLiteral("C:\\ProgramData\\docker\\berth-backup"), SecretFile::SystemAndAdministrators, when)
{
}

Backup::Backup(const WindowsHost &host, const QString &windowsParent, SecretFile::Access access, const QDateTime &when)
    : m_host(host),
      m_windowsFolder(windowsParent + QLatin1Char('\\') + when.toString(QStringLiteral("yyyyMMdd-HHmmss"))),
      m_access(access)
{
}

QString Backup::copyOf(const QString &windowsPath) const
{
    // Under the drive's letter, so that C:\x and D:\x are two copies.
    return m_windowsFolder + QLatin1Char('\\') + windowsPath.left(1).toUpper() + QLatin1Char('\\') + windowsPath.mid(3);
}

QString Backup::save(const QString &windowsPath, QString *error)
{
    const QString target = m_host.localPath(copyOf(windowsPath));
    // A host's backups are SYSTEM's and Administrators' from the first moment (a rollback copies them back over what
    // SYSTEM runs); a client's are in the user's own profile.
    m_createdFolders += FileWriter::makeFolders(QFileInfo(target).absolutePath(), error,
                                                m_access == SecretFile::SystemAndAdministrators);
    if (!error->isEmpty())
        return {};
    m_used = true;
    // A backup may hold a private key: readable as the original is (SYSTEM and Administrators on a host).
    QFile source(m_host.localPath(windowsPath));
    if (!source.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(windowsPath, source.errorString());
        return {};
    }
    if (!SecretFile::write(target, source.readAll(), error, m_access))
        return {};
    return target;
}

void Backup::discard()
{
    if (!m_used)
        return;
    LocalFile::removeTree(m_host.localPath(m_windowsFolder));
    FileWriter::removeEmptyFolders(m_createdFolders);
    m_createdFolders.clear();
    m_used = false;
}
