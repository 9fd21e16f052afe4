#pragma once

#include "WindowsHost.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Who owns a file or folder on the host and who else may change what is in it, read from its security descriptor
// in SDDL as PowerShell's Get-Acl gives it ("O:BAG:SYD:PAI(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)"). A folder that SYSTEM
// runs something from must be SYSTEM's, Administrators' or TrustedInstaller's, and writable by no one else: a local
// user who owns it, or may add to it, can replace what SYSTEM runs.
struct FolderSecurity
{
    Q_DECLARE_TR_FUNCTIONS(FolderSecurity)

public:
    QString owner;      // the owner's SID, abbreviations expanded (S-1-5-32-544)
    QStringList others; // SIDs besides SYSTEM, Administrators, TrustedInstaller and CREATOR OWNER that an allowing
                        // entry lets add, delete, or change who may (an entry only new items inherit counts too)
    QString problem;    // the text is no security descriptor Berth reads

    static FolderSecurity parse(const QString &sddl);
    static QString expandSid(const QString &sidOrAbbreviation);

    // SYSTEM, Administrators or TrustedInstaller.
    static bool administrative(const QString &sid);
    // What an administrator's work leaves as owner: the above, a service (S-1-5-80-...) or a container's virtual
    // account (S-1-5-93-...), none of which a local user signs in as.
    static bool putThereByAdministrators(const QString &sid);
    // The beginnings of the SIDs of services (S-1-5-80-) and containers' virtual accounts (S-1-5-93-).
    static QStringList serviceAccountPrefixes();

    bool trusted() const { return problem.isEmpty() && administrative(owner) && others.isEmpty(); }
    // "owned by S-1-5-21-...; S-1-5-32-545 may write in it", for a message; empty when trusted.
    QString why() const;

    // The names (SIDs and their SDDL abbreviations) that administrative() and, for an entry's account, CREATOR OWNER
    // and OWNER RIGHTS stand for; the rights letters an entry may hold that let add, delete or change who may
    // (writing) or that do not; the mask of such rights in a number (0x...). For install.cmd's reading of the same.
    static QStringList administrativeNames();
    static QStringList ownerStandInNames();
    static QStringList sidAbbreviations(); // SY, BA, ... (expandSid gives each one's SID)
    static QStringList rightsLetters(bool writing);
    static quint32 writingRights();

    // install.cmd's subroutines that read a folder's descriptor as read() does and judge it as trusted() does:
    // :readSecurity (Get-Acl for %secured%, into %sddl%: nothing when it gives none, or one with a character no
    // descriptor holds) and :sddlTrusted (trusted=1, or 0 and why=the reason). What Get-Acl gives reaches no
    // command line before it is known to hold only a descriptor's characters. source: where :readSecurity reads the
    // descriptor from instead of Get-Acl, a for /f usebackq set such as ("C:\\file") (tests give it so).
    static QStringList batch(const QString &source = QString());

    // Get-Acl for each path (Windows paths, which must exist), in one PowerShell run for a batch of them; the
    // descriptors in the same order, or empty with the reason.
    static QList<FolderSecurity> read(const WindowsHost &host, const QStringList &paths, QString *error);
};
