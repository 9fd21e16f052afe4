#include "FileWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

bool FileWriter::write(const QString &localPath, const QByteArray &bytes, QString *error)
{
    QSaveFile file(localPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(localPath, file.errorString());
        return false;
    }
    return true;
}

bool FileWriter::copy(const QString &from, const QString &to, QString *error)
{
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(from, source.errorString());
        return false;
    }
    QSaveFile target(to);
    if (!target.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(to, target.errorString());
        return false;
    }
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() || target.write(chunk) != chunk.size()) {
            *error = tr("cannot copy %1 to %2: %3").arg(from, to, target.errorString());
            target.cancelWriting();
            return false;
        }
    }
    if (!target.commit()) {
        *error = tr("cannot write %1: %2").arg(to, target.errorString());
        return false;
    }
    return true;
}

QStringList FileWriter::makeFolders(const QString &localFolder, QString *error)
{
    QStringList missing;
    for (QString folder = QDir::cleanPath(localFolder); !QFileInfo::exists(folder);
         folder = QFileInfo(folder).absolutePath())
        missing.prepend(folder);
    if (!missing.isEmpty() && !QDir().mkpath(localFolder))
        *error = tr("cannot make the folder %1").arg(localFolder);
    return missing;
}

void FileWriter::removeEmptyFolders(const QStringList &folders)
{
    for (auto it = folders.crbegin(); it != folders.crend(); ++it)
        QDir().rmdir(*it);
}
