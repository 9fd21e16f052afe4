#include "Backup.h"

#include "FileWriter.h"
#include "host/LocalFile.h"
#include "host/SecretFile.h"

#include <QDir>
#include <QFile>

Backup::Backup(const WindowsHost &host, const QDateTime &when)
    : m_host(host), m_windowsFolder(QStringLiteral("C:\\ProgramData\\docker\\berth-backup\\") +
                                    when.toString(QStringLiteral("yyyyMMdd-HHmmss")))
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
    m_createdFolders += FileWriter::makeFolders(QFileInfo(target).absolutePath(), error);
    if (!error->isEmpty())
        return {};
    m_used = true;
    // A backup may hold a private key: readable by SYSTEM and Administrators alone, as the original.
    QFile source(m_host.localPath(windowsPath));
    if (!source.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(windowsPath, source.errorString());
        return {};
    }
    if (!SecretFile::write(target, source.readAll(), error, SecretFile::SystemAndAdministrators))
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
