#include "SecretFile.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#ifdef Q_OS_WIN
#include <windows.h>

#include <sddl.h>

#include <fcntl.h>
#include <io.h>
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
QString SecretFile::accessList(Access access)
{
    if (access == SystemAndAdministrators)
        return QStringLiteral("D:P(A;;FA;;;SY)(A;;FA;;;BA)");
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

HANDLE createNew(const QString &path, SecretFile::Access access, QString *why)
{
    const QString descriptor = SecretFile::accessList(access);
    PSECURITY_DESCRIPTOR security = nullptr;
    if (descriptor.isEmpty() ||
        !ConvertStringSecurityDescriptorToSecurityDescriptorW(reinterpret_cast<const wchar_t *>(descriptor.utf16()),
                                                              SDDL_REVISION_1, &security, nullptr)) {
        *why = SecretFile::tr("cannot make an access list for this user: %1").arg(lastError());
        return INVALID_HANDLE_VALUE;
    }
    SECURITY_ATTRIBUTES attributes{sizeof attributes, security, FALSE};
    const HANDLE file = CreateFileW(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(path).utf16()),
                                    GENERIC_WRITE, 0, &attributes, CREATE_NEW, FILE_ATTRIBUTE_NORMAL, nullptr);
    LocalFree(security);
    if (file == INVALID_HANDLE_VALUE)
        *why = lastError();
    return file;
}

// A new file for a secret, open for writing: its descriptor for QFile::open(int fd, ...); -1 on failure.
int openNew(const QString &path, SecretFile::Access access, QString *why)
{
    const HANDLE file = createNew(path, access, why);
    if (file == INVALID_HANDLE_VALUE)
        return -1;
    return _open_osfhandle(reinterpret_cast<intptr_t>(file), _O_BINARY | _O_WRONLY);
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

int openNew(const QString &path, SecretFile::Access, QString *why)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        *why = QString::fromLocal8Bit(std::strerror(errno));
    return fd;
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

bool SecretFile::write(const QString &path, const QByteArray &bytes, QString *error, Access access)
{
    Writer writer(path, access);
    if (!writer.open(error))
        return false;
    if (writer.device()->write(bytes) != bytes.size()) {
        *error = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), writer.device()->errorString());
        return false;
    }
    return writer.commit(error);
}

SecretFile::Writer::Writer(const QString &path, Access access)
    : m_path(path), m_temporary(temporaryName(path)), m_access(access)
{
}

SecretFile::Writer::~Writer()
{
    if (m_file)
        m_file->close();
    delete m_file;
    if (!m_committed)
        QFile::remove(m_temporary);
}

bool SecretFile::Writer::open(QString *error)
{
    QString why;
    const int fd = openNew(m_temporary, m_access, &why);
    if (fd < 0) {
        *error = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), why);
        return false;
    }
    m_file = new QFile;
    if (!m_file->open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)) {
        *error = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), m_file->errorString());
        return false;
    }
    return true;
}

QIODevice *SecretFile::Writer::device()
{
    return m_file;
}

bool SecretFile::Writer::commit(QString *error)
{
    QString why;
    const bool flushed = m_file && m_file->flush();
#ifndef Q_OS_WIN
    const bool synced = flushed && ::fsync(m_file->handle()) == 0;
#else
    const bool synced = flushed;
#endif
    if (m_file)
        m_file->close();
    if (!synced) {
        *error =
            tr("cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), m_file ? m_file->errorString() : QString());
        return false;
    }
    if (!replace(m_temporary, m_path, &why)) {
        *error = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), why);
        return false;
    }
    m_committed = true;
    return true;
}
