#pragma once

#include <QDir>
#include <QFile>
#include <QString>

#ifdef Q_OS_WIN
#include <windows.h>

#include <aclapi.h>
#include <sddl.h>
#else
#include <sys/stat.h>
#endif

// Who may open a file, as the system itself says: what tests of secrets check.
namespace FileAccess {

#ifdef Q_OS_WIN
inline bool underWine()
{
    return GetProcAddress(GetModuleHandleW(L"ntdll.dll"), "wine_get_version") != nullptr;
}

// The SID of the user running the test, as text (S-1-5-...).
inline QString userSid()
{
    HANDLE token = nullptr;
    OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token);
    char user[256];
    DWORD size = sizeof user;
    GetTokenInformation(token, TokenUser, user, size, &size);
    CloseHandle(token);
    wchar_t *sid = nullptr;
    ConvertSidToStringSidW(reinterpret_cast<TOKEN_USER *>(user)->User.Sid, &sid);
    const QString text = QString::fromWCharArray(sid);
    LocalFree(sid);
    return text;
}
#endif

#ifdef Q_OS_WIN
// The access list Windows gives for path, in SDDL.
inline QString sddl(const QString &path)
{
    PACL dacl = nullptr;
    PSECURITY_DESCRIPTOR security = nullptr;
    if (GetNamedSecurityInfoW(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(path).utf16()), SE_FILE_OBJECT,
                              DACL_SECURITY_INFORMATION, nullptr, nullptr, &dacl, nullptr, &security) != ERROR_SUCCESS)
        return QStringLiteral("no security information");
    wchar_t *text = nullptr;
    ConvertSecurityDescriptorToStringSecurityDescriptorW(security, SDDL_REVISION_1, DACL_SECURITY_INFORMATION, &text,
                                                         nullptr);
    const QString result = QString::fromWCharArray(text);
    LocalFree(text);
    LocalFree(security);
    return result;
}
#endif

// "owner-only", or what is wrong with the file's access.
inline QString describe(const QString &path)
{
#ifdef Q_OS_WIN
    const QString sddl = FileAccess::sddl(path);
    if (underWine()) {
        // Wine keeps no access lists: it turns them into Unix permissions and shows those back as
        // SYSTEM and the owner with full control, plus Everyone (WD) for what others may do.
        const QString expected = QStringLiteral("D:(A;;FA;;;SY)(A;;FA;;;%1)").arg(userSid());
        return sddl == expected ? QStringLiteral("owner-only") : sddl;
    }
    if (!sddl.startsWith(QLatin1String("D:P"))) // SE_DACL_PROTECTED
        return QStringLiteral("inherits from its folder: ") + sddl;
    return sddl == QStringLiteral("D:P(A;;FA;;;%1)").arg(userSid()) ? QStringLiteral("owner-only") : sddl;
#else
    struct stat status;
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return QStringLiteral("not there");
    const int mode = status.st_mode & 07777;
    return mode == 0600 ? QStringLiteral("owner-only") : QStringLiteral("mode %1").arg(mode, 0, 8);
#endif
}

} // namespace FileAccess
