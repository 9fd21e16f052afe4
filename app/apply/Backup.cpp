#include "Backup.h"

#include "FileWriter.h"

#include <QDir>
#include <QFile>

Backup::Backup(const WindowsHost &host, const QDateTime &when)
    : m_host(host), m_windowsFolder(QStringLiteral("C:\\ProgramData\\docker\\berth-backup\\") +
                                    when.toString(QStringLiteral("yyyyMMdd-HHmmss")))
{
}

QString Backup::save(const QString &windowsPath, QString *error)
{
    const QString target = m_host.localPath(m_windowsFolder + QLatin1Char('\\') + windowsPath.mid(3));
    m_createdFolders += FileWriter::makeFolders(QFileInfo(target).absolutePath(), error);
    if (!error->isEmpty())
        return {};
    m_used = true;
    if (!FileWriter::copy(m_host.localPath(windowsPath), target, error))
        return {};
    return target;
}

void Backup::discard()
{
    if (!m_used)
        return;
    QDir(m_host.localPath(m_windowsFolder)).removeRecursively();
    FileWriter::removeEmptyFolders(m_createdFolders);
    m_createdFolders.clear();
    m_used = false;
}
