#include "SecretFile.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#ifdef Q_OS_WIN
#include <windows.h>

#include <sddl.h>
#else
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#endif

namespace {

QString temporaryName(const QString &path)
{
    return path + QStringLiteral(".berth-%1.tmp").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

#ifdef Q_OS_WIN

QString lastError()
{
    return qt_error_string(int(GetLastError()));
}

} // namespace

// "D:P(A;;FA;;;S-1-5-21-...)": a protected list (nothing inherited from the folder) with one entry,
// full control for the user this process runs as.
QString SecretFile::accessList()
{
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token))
        return {};
    QString descriptor;
    DWORD size = 0;
    GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    QByteArray buffer(int(size), Qt::Uninitialized);
    wchar_t *sid = nullptr;
    if (GetTokenInformation(token, TokenUser, buffer.data(), size, &size) &&
        ConvertSidToStringSidW(reinterpret_cast<TOKEN_USER *>(buffer.data())->User.Sid, &sid)) {
        descriptor = QStringLiteral("D:P(A;;FA;;;%1)").arg(QString::fromWCharArray(sid));
        LocalFree(sid);
    }
    CloseHandle(token);
    return descriptor;
}

namespace {

bool writeNew(const QString &path, const QByteArray &bytes, QString *why)
{
    const QString descriptor = SecretFile::accessList();
    PSECURITY_DESCRIPTOR security = nullptr;
    if (descriptor.isEmpty() ||
        !ConvertStringSecurityDescriptorToSecurityDescriptorW(reinterpret_cast<const wchar_t *>(descriptor.utf16()),
                                                              SDDL_REVISION_1, &security, nullptr)) {
        *why = SecretFile::tr("cannot make an access list for this user: %1").arg(lastError());
        return false;
    }
    SECURITY_ATTRIBUTES attributes{sizeof attributes, security, FALSE};
    const HANDLE file = CreateFileW(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(path).utf16()),
                                    GENERIC_WRITE, 0, &attributes, CREATE_NEW, FILE_ATTRIBUTE_NORMAL, nullptr);
    LocalFree(security);
    if (file == INVALID_HANDLE_VALUE) {
        *why = lastError();
        return false;
    }
    DWORD written = 0;
    const bool ok = WriteFile(file, bytes.constData(), DWORD(bytes.size()), &written, nullptr) &&
                    written == DWORD(bytes.size()) && FlushFileBuffers(file);
    if (!ok)
        *why = lastError();
    CloseHandle(file);
    return ok;
}

bool replace(const QString &from, const QString &to, QString *why)
{
    if (MoveFileExW(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(from).utf16()),
                    reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(to).utf16()),
                    MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return true;
    *why = lastError();
    return false;
}

#else

bool writeNew(const QString &path, const QByteArray &bytes, QString *why)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        *why = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            *why = QString::fromLocal8Bit(std::strerror(errno));
            ::close(fd);
            return false;
        }
        done += n;
    }
    const bool synced = ::fsync(fd) == 0;
    if (!synced)
        *why = QString::fromLocal8Bit(std::strerror(errno));
    return ::close(fd) == 0 && synced;
}

bool replace(const QString &from, const QString &to, QString *why)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return true;
    *why = QString::fromLocal8Bit(std::strerror(errno));
    return false;
}

#endif

} // namespace

bool SecretFile::write(const QString &path, const QByteArray &bytes, QString *error)
{
    const QString temporary = temporaryName(path);
    QString why;
    if (writeNew(temporary, bytes, &why) && replace(temporary, path, &why))
        return true;
    QFile::remove(temporary);
    *error = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), why);
    return false;
}
