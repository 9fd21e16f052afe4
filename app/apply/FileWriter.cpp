#include "FileWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#ifdef Q_OS_WIN
#include <windows.h>

#include <sddl.h>
#endif

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

QStringList FileWriter::missingFolders(const QString &localFolder)
{
    QStringList missing;
    for (QString folder = QDir::cleanPath(localFolder); !QFileInfo::exists(folder);
         folder = QFileInfo(folder).absolutePath())
        missing.prepend(folder);
    return missing;
}

QStringList FileWriter::makeFolders(const QString &localFolder, QString *error, bool locked)
{
    const QStringList missing = missingFolders(localFolder);
#ifdef Q_OS_WIN
    if (locked) {
        PSECURITY_DESCRIPTOR security = nullptr;
        if (!missing.isEmpty() && !ConvertStringSecurityDescriptorToSecurityDescriptorW(
                                      L"D:PAI(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)", SDDL_REVISION_1, &security, nullptr)) {
            *error = tr("cannot make an access list for %1: %2").arg(localFolder, qt_error_string(int(GetLastError())));
            return {};
        }
        SECURITY_ATTRIBUTES attributes{sizeof attributes, security, FALSE};
        QStringList made;
        for (const QString &folder : std::as_const(missing)) {
            if (!CreateDirectoryW(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(folder).utf16()),
                                  &attributes)) {
                const DWORD why = GetLastError();
                *error = why == ERROR_ALREADY_EXISTS
                             ? tr("%1 was made by someone else while Berth made the folders above it; Berth does not "
                                  "use it")
                                   .arg(folder)
                             : tr("cannot make the folder %1: %2").arg(folder, qt_error_string(int(why)));
                break;
            }
            made << folder;
        }
        LocalFree(security);
        return made;
    }
#else
    Q_UNUSED(locked)
#endif
    if (!missing.isEmpty() && !QDir().mkpath(localFolder))
        *error = tr("cannot make the folder %1").arg(localFolder);
    return missing;
}

void FileWriter::removeEmptyFolders(const QStringList &folders)
{
    for (auto it = folders.crbegin(); it != folders.crend(); ++it)
        QDir().rmdir(*it);
}
