/* A stand-in for icacls.exe, whose Wine build exits 0 whatever it is given. It plays
 *   icacls FILE [/inheritance:e|d|r] [/grant[:r] ACCOUNT:PERM [ACCOUNT:PERM...]]...
 *   icacls FILE /setowner ACCOUNT
 * as icacls does: an ACCOUNT is a SID written *S-1-5-18 or a name, and names resolve only in the host's
 * language (BERTH_WINDOWS_LANGUAGE: en by default, or de, where Administrators is Administratoren); a name
 * that does not resolve fails with 1332 ("No mapping between account names and security IDs was done"),
 * a missing file with 2, anything else it does not know with 87. On success it records the resulting access
 * list, one line a file in C:\berth-standin\icacls.txt: "FILE|inherited or protected|SID:PERM,SID:PERM",
 * so that a test can see who may read the file (Wine keeps no access lists to ask); /setowner records
 * "FILE|owner|*SID". As icacls, /setowner is a form of its own: nothing else goes with it. A command starts from the
 * file's last record: explicit entries of accounts it does not name stay, as they do on Windows. */
#include "standin-acl.h"
#include "standin-text.h"

#include <windows.h>

#include <stdio.h>
#include <wchar.h>

struct Account
{
    const wchar_t *english, *deutsch, *sid;
};

static const struct Account accounts[] = {
    {L"SYSTEM", L"SYSTEM", L"S-1-5-18"},
    {L"NT AUTHORITY\\SYSTEM", L"NT-AUTORITÄT\\SYSTEM", L"S-1-5-18"},
    {L"Administrators", L"Administratoren", L"S-1-5-32-544"},
    {L"BUILTIN\\Administrators", L"VORDEFINIERT\\Administratoren", L"S-1-5-32-544"},
    {L"Users", L"Benutzer", L"S-1-5-32-545"},
    {L"Everyone", L"Jeder", L"S-1-1-0"},
    {L"Authenticated Users", L"Authentifizierte Benutzer", L"S-1-5-11"},
};

static const wchar_t *resolve(const wchar_t *account)
{
    if (account[0] == L'*')
        return wcsncmp(account + 1, L"S-1-", 4) == 0 ? account + 1 : NULL;
    for (size_t i = 0; i < sizeof accounts / sizeof accounts[0]; ++i)
        if (_wcsicmp(account, german() ? accounts[i].deutsch : accounts[i].english) == 0)
            return accounts[i].sid;
    return NULL;
}

static int processed(const wchar_t *file, int ok, DWORD error)
{
    if (ok)
        out(L"%ls: %ls\n", tr(L"processed file", L"Bearbeitete Datei"), file);
    out(german() ? L"%d Dateien erfolgreich verarbeitet, bei %d Dateien ist ein Verarbeitungsfehler aufgetreten.\n"
                 : L"Successfully processed %d files; Failed processing %d files\n",
        ok ? 1 : 0, ok ? 0 : 1);
    return ok ? 0 : (int)error;
}

static int valid_permission(const wchar_t *p)
{
    /* Inheritance flags in parentheses, then a simple right or a list of rights in parentheses. */
    while (*p == L'(') {
        const wchar_t *close = wcschr(p, L')');
        if (!close)
            return 0;
        if (close[1] == 0) /* (R,W) as the rights themselves */
            return 1;
        p = close + 1;
    }
    static const wchar_t *simple[] = {L"N", L"F", L"M", L"RX", L"R", L"W", L"D", NULL};
    for (int i = 0; simple[i]; ++i)
        if (wcscmp(p, simple[i]) == 0)
            return 1;
    return 0;
}

static void record(const wchar_t *wide)
{
    CreateDirectoryW(L"C:\\berth-standin", NULL);
    FILE *file = _wfopen(L"C:\\berth-standin\\icacls.txt", L"ab");
    if (!file)
        return;
    char line[8192];
    WideCharToMultiByte(CP_UTF8, 0, wide, -1, line, sizeof line, NULL, NULL);
    fputs(line, file);
    fclose(file);
}

static int no_such_file(const wchar_t *file)
{
    out(L"%ls: %ls\n", file,
        tr(L"The system cannot find the file specified.", L"Das System kann die angegebene Datei nicht finden."));
    return processed(file, 0, 2);
}

/* The explicit entries and the inheritance of FILE's last access-list record, into grants; their number. */
static int previous_grants(const wchar_t *file, wchar_t grants[32][128], const wchar_t **inheritance)
{
    const struct AclRecord record = acl_record(file);
    if (!record.kind[0])
        return 0;
    *inheritance = wcscmp(record.kind, L"protected") == 0          ? L"protected"
                   : wcscmp(record.kind, L"protected-copied") == 0 ? L"protected-copied"
                                                                   : L"inherited";
    for (int i = 0; i < record.count; ++i)
        wcscpy(grants[i], record.grants[i]);
    return record.count;
}

int wmain(int argc, wchar_t **argv)
{
    if (argc < 3) {
        out(L"ICACLS name /save aclfile [/T] [/C] [/L] [/Q]\n");
        return 87;
    }
    const wchar_t *file = argv[1];
    /* /L: the link itself, not what it leads to. Records are kept by path, which is the link's: taken and
     * dropped. */
    if (argc > 3 && _wcsicmp(argv[argc - 1], L"/L") == 0)
        --argc;
    if (_wcsicmp(argv[2], L"/setowner") == 0) {
        const wchar_t *sid = argc == 4 ? resolve(argv[3]) : NULL;
        if (argc != 4) {
            out(L"%ls\n", tr(L"Invalid parameter", L"Ungültiger Parameter"));
            return 87;
        }
        if (!sid) {
            out(L"%ls: %ls\n", argv[3],
                tr(L"No mapping between account names and security IDs was done.",
                   L"Zuordnungen von Kontennamen und Sicherheitskennungen wurden nicht durchgeführt."));
            return processed(file, 0, 1332);
        }
        if (GetFileAttributesW(file) == INVALID_FILE_ATTRIBUTES)
            return no_such_file(file);
        wchar_t wide[4096];
        swprintf(wide, 4096, L"%ls|owner|*%ls\n", file, sid);
        record(wide);
        return processed(file, 1, 0);
    }
    static wchar_t grants[32][128];
    int count = 0;
    const wchar_t *inheritance = L"inherited";
    /* As icacls, a command changes the file's access list, never starts it anew: the explicit entries it had (the
     * last record's) stay, /grant:r replacing only the named accounts', and /inheritance:r removes inherited
     * entries alone. */
    count = previous_grants(file, grants, &inheritance);
    for (int i = 2; i < argc; ++i) {
        const wchar_t *a = argv[i];
        if (_wcsicmp(a, L"/inheritance:r") == 0) {
            inheritance = L"protected";
        } else if (_wcsicmp(a, L"/inheritance:e") == 0) {
            inheritance = L"inherited";
        } else if (_wcsicmp(a, L"/inheritance:d") == 0) {
            inheritance = L"protected-copied";
        } else if (_wcsicmp(a, L"/grant") == 0 || _wcsicmp(a, L"/grant:r") == 0) {
            int replace = _wcsicmp(a, L"/grant:r") == 0, any = 0;
            while (i + 1 < argc && argv[i + 1][0] != L'/') {
                const wchar_t *entry = argv[++i];
                const wchar_t *colon = wcsrchr(entry, L':');
                wchar_t account[128];
                if (!colon || colon == entry || !valid_permission(colon + 1)) {
                    out(L"%ls\n", tr(L"Invalid parameter", L"Ungültiger Parameter"));
                    return 87;
                }
                swprintf(account, 128, L"%.*ls", (int)(colon - entry), entry);
                const wchar_t *sid = resolve(account);
                if (!sid) {
                    out(L"%ls: %ls\n", account,
                        tr(L"No mapping between account names and security IDs was done.",
                           L"Zuordnungen von Kontennamen und Sicherheitskennungen wurden nicht durchgeführt."));
                    return processed(file, 0, 1332);
                }
                wchar_t grant[128];
                swprintf(grant, 128, L"*%ls:%ls", sid, colon + 1);
                /* /grant:r replaces what the account had; /grant adds to it. */
                for (int k = 0; replace && k < count; ++k) {
                    if (wcsncmp(grants[k], grant, wcslen(sid) + 2) == 0) {
                        for (int m = k; m + 1 < count; ++m)
                            wcscpy(grants[m], grants[m + 1]);
                        --count;
                        --k;
                    }
                }
                if (count < 32)
                    wcscpy(grants[count++], grant);
                any = 1;
            }
            if (!any) {
                out(L"%ls\n", tr(L"Invalid parameter", L"Ungültiger Parameter"));
                return 87;
            }
        } else {
            out(L"%ls \"%ls\"\n", tr(L"Invalid parameter", L"Ungültiger Parameter"), a);
            return 87;
        }
    }
    if (GetFileAttributesW(file) == INVALID_FILE_ATTRIBUTES)
        return no_such_file(file);
    wchar_t wide[4096];
    swprintf(wide, 4096, L"%ls|%ls|", file, inheritance);
    for (int k = 0; k < count; ++k) {
        if (k)
            wcscat(wide, L",");
        wcscat(wide, grants[k]);
    }
    wcscat(wide, L"\n");
    record(wide);
    return processed(file, 1, 0);
}
