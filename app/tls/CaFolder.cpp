#include "CaFolder.h"

#include "CertificateFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>

#ifdef Q_OS_WIN
#include <windows.h>

#include <aclapi.h>
#include <sddl.h>
#else
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {

#ifdef Q_OS_WIN

const wchar_t *native(const QString &path)
{
    return reinterpret_cast<const wchar_t *>(path.utf16());
}

QString sidText(PSID sid)
{
    wchar_t *text = nullptr;
    if (!ConvertSidToStringSidW(sid, &text))
        return QStringLiteral("?");
    const QString result = QString::fromWCharArray(text);
    LocalFree(text);
    return result;
}

// DOMAIN\name as Windows says it in its own language, or the SID when no name is known.
QString accountName(PSID sid)
{
    wchar_t name[256], domain[256];
    DWORD nameSize = 256, domainSize = 256;
    SID_NAME_USE use;
    if (!LookupAccountSidW(nullptr, sid, name, &nameSize, domain, &domainSize, &use))
        return sidText(sid);
    const QString account = QString::fromWCharArray(name);
    return domainSize ? QString::fromWCharArray(domain) + QLatin1Char('\\') + account : account;
}

QString userSid()
{
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token))
        return {};
    DWORD size = 0;
    GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    QByteArray buffer(int(size), Qt::Uninitialized);
    QString sid;
    if (GetTokenInformation(token, TokenUser, buffer.data(), size, &size))
        sid = sidText(reinterpret_cast<TOKEN_USER *>(buffer.data())->User.Sid);
    CloseHandle(token);
    return sid;
}

// This user, SYSTEM, Administrators, TrustedInstaller, and the placeholders for whoever owns or creates an item.
bool trusted(const QString &sid, const QString &user)
{
    static const QStringList privileged{
        QStringLiteral("S-1-5-18"), QStringLiteral("S-1-5-32-544"),
        QStringLiteral("S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464"), QStringLiteral("S-1-3-0"),
        QStringLiteral("S-1-3-4")};
    return sid == user || privileged.contains(sid);
}

// What lets someone put a file in, take one out or change who may: the folder's add-file and add-folder rights
// (a file's write and append), delete-child, delete, and the rights to change the access list or the owner.
constexpr ACCESS_MASK Writing = FILE_WRITE_DATA | FILE_APPEND_DATA | FILE_DELETE_CHILD | DELETE | WRITE_DAC |
                                WRITE_OWNER | GENERIC_WRITE | GENERIC_ALL;

#endif

} // namespace

QString CaFolder::strangers(const QString &path, bool secret)
{
#ifdef Q_OS_WIN
    PSID owner = nullptr;
    PACL dacl = nullptr;
    PSECURITY_DESCRIPTOR security = nullptr;
    const DWORD read = GetNamedSecurityInfoW(native(QDir::toNativeSeparators(path)), SE_FILE_OBJECT,
                                             OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION, &owner, nullptr,
                                             &dacl, nullptr, &security);
    if (read != ERROR_SUCCESS)
        return tr("who may write it cannot be read (%1)").arg(qt_error_string(int(read)));
    const QString user = userSid();
    QStringList said;
    if (owner && !trusted(sidText(owner), user))
        said << tr("%1 owns it").arg(accountName(owner));
    if (!dacl) {
        said << tr("it has no access list, so everyone may write it");
    } else {
        QStringList writers;
        for (DWORD i = 0; i < dacl->AceCount; ++i) {
            void *entry = nullptr;
            if (!GetAce(dacl, i, &entry))
                continue;
            const auto *header = static_cast<ACE_HEADER *>(entry);
            if (header->AceType == ACCESS_DENIED_ACE_TYPE || header->AceType == ACCESS_DENIED_CALLBACK_ACE_TYPE)
                continue; // a denial takes nothing away that matters here
            if (header->AceType != ACCESS_ALLOWED_ACE_TYPE && header->AceType != ACCESS_ALLOWED_CALLBACK_ACE_TYPE) {
                writers << tr("an entry of a kind Berth does not read (type %1)").arg(header->AceType);
                continue;
            }
            const auto *allowed = static_cast<ACCESS_ALLOWED_ACE *>(entry);
            PSID sid = const_cast<DWORD *>(&allowed->SidStart);
            const QString name = accountName(sid);
            const ACCESS_MASK reach = secret ? Writing | FILE_READ_DATA | GENERIC_READ : Writing;
            if ((allowed->Mask & reach) && !trusted(sidText(sid), user) && !writers.contains(name))
                writers << name;
        }
        if (!writers.isEmpty())
            said << (secret ? tr("%1 may read or write it") : tr("%1 may write in it"))
                        .arg(writers.join(QStringLiteral(", ")));
    }
    LocalFree(security);
    return said.join(QStringLiteral("; "));
#else
    QStringList said;
    struct stat link, status;
    const QByteArray name = QFile::encodeName(path);
    if (::lstat(name.constData(), &link) != 0 || ::stat(name.constData(), &status) != 0)
        return tr("it cannot be read");
    const uid_t me = ::geteuid();
    for (const uid_t owner : {link.st_uid, status.st_uid}) {
        if (owner == me || owner == 0)
            continue;
        const passwd *account = ::getpwuid(owner);
        const QString who = account ? QString::fromLocal8Bit(account->pw_name) : QString::number(owner);
        if (!said.contains(tr("user %1 owns it").arg(who)))
            said << tr("user %1 owns it").arg(who);
    }
    if (status.st_mode & S_IWGRP) {
        const group *members = ::getgrgid(status.st_gid);
        said << tr("group %1 may write in it")
                    .arg(members ? QString::fromLocal8Bit(members->gr_name) : QString::number(status.st_gid));
    }
    if (status.st_mode & S_IWOTH)
        said << tr("every user may write in it");
    if (secret && (status.st_mode & (S_IRGRP | S_IROTH)))
        said << tr("others may read it");
    return said.join(QStringLiteral("; "));
#endif
}

bool CaFolder::prepare(const QString &folder, QString *error)
{
    const QString shown = QDir::toNativeSeparators(folder);
    if (!QFileInfo::exists(folder)) {
        const QString absolute = QFileInfo(folder).absoluteFilePath();
        bool made = QDir().mkpath(QFileInfo(absolute).absolutePath());
#ifdef Q_OS_WIN
        // Protected from its first moment: this user, SYSTEM and Administrators, for the folder and what goes in.
        const QString descriptor = QStringLiteral("D:P(A;OICI;FA;;;%1)(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)").arg(userSid());
        PSECURITY_DESCRIPTOR security = nullptr;
        made = made && ConvertStringSecurityDescriptorToSecurityDescriptorW(native(descriptor), SDDL_REVISION_1,
                                                                            &security, nullptr);
        SECURITY_ATTRIBUTES attributes{sizeof attributes, security, FALSE};
        made = made && CreateDirectoryW(native(QDir::toNativeSeparators(absolute)), &attributes);
        LocalFree(security);
#else
        made = made && ::mkdir(QFile::encodeName(absolute).constData(), 0700) == 0;
#endif
        if (!made) {
            *error = tr("cannot make the folder %1").arg(shown);
            return false;
        }
    }
    for (const QString &path : {folder, CertificateFiles::local(folder, CertificateFiles::ca),
                                CertificateFiles::local(folder, CertificateFiles::caKey)}) {
        if (path != folder && !QFileInfo::exists(path))
            continue;
        const QString who = strangers(path, path.endsWith(QLatin1String(CertificateFiles::caKey)));
        if (!who.isEmpty()) {
            *error = tr("%1 is not yours alone: %2. Whoever can write there can put in a CA of their own, which "
                        "Berth would sign with and hand to hosts and clients. Name a folder only you can write.")
                         .arg(QDir::toNativeSeparators(path), who);
            return false;
        }
    }
    return true;
}
