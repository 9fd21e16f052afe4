#include "LocalFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

QByteArray LocalFile::read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool LocalFile::isReplaceable(const QString &path)
{
#ifdef Q_OS_WIN
    const HANDLE file = CreateFileW(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(path).utf16()),
                                    GENERIC_WRITE | DELETE, 0, nullptr, OPEN_EXISTING, 0, nullptr);
    if (file != INVALID_HANDLE_VALUE) {
        CloseHandle(file);
        return true;
    }
    return GetLastError() != ERROR_SHARING_VIOLATION && GetLastError() != ERROR_ACCESS_DENIED;
#else
    Q_UNUSED(path)
    return true;
#endif
}

namespace {

bool isLink(const QFileInfo &entry)
{
    return entry.isSymLink() || entry.isJunction();
}

// Whether path is one of keep or a folder on the way to one; paths compared as absolute ones, as the entries are.
bool holdsKept(const QString &path, const QStringList &keep)
{
    for (const QString &each : keep) {
        const QString kept = QFileInfo(each).absoluteFilePath();
        if (kept.compare(path, Qt::CaseInsensitive) == 0 ||
            kept.startsWith(path + QLatin1Char('/'), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

void LocalFile::removeTree(const QString &folder, const QStringList &keep)
{
    if (folder.isEmpty()) // a path the host refused: never the current folder
        return;
    const QFileInfo self(folder);
    if (isLink(self)) {
        if (!QFile::remove(folder))
            QDir().rmdir(folder); // a junction, or a link to a folder on Windows
        return;
    }
    const QDir dir(folder);
    for (const QFileInfo &entry :
         dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
        const QString path = entry.absoluteFilePath();
        const bool kept = holdsKept(path, keep);
        if (entry.isDir() && !isLink(entry)) {
            removeTree(path, keep);
        } else if (!kept) {
            if (!QFile::remove(path) && isLink(entry))
                QDir().rmdir(path);
        }
    }
    QDir().rmdir(folder); // only when nothing is left in it
}
