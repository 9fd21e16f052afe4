/* The icacls stand-in's records, C:\berth-standin\icacls.txt, which stand for the access lists Wine does not keep:
 * one line a change, "FILE|owner|*SID" or "FILE|inherited, protected or protected-copied|*SID:PERM,...". The last
 * owner and the last access list recorded for a file are what it has. icacls.exe starts each change from them;
 * powershell.exe's Get-Acl shows them. Included by each stand-in's .c file (each is its own program). */
#pragma once

#include <windows.h>

#include <stdio.h>
#include <string.h>
#include <wchar.h>

struct AclRecord
{
    wchar_t owner[128]; /* "*SID", or empty when none was recorded */
    wchar_t kind[32];   /* inherited, protected or protected-copied; empty when no access list was recorded */
    wchar_t grants[32][128];
    int count;
};

/* path without the backslashes that may end it (C:\ keeps its own). */
static inline void acl_trim(wchar_t *path)
{
    for (size_t n = wcslen(path); n > 3 && path[n - 1] == L'\\'; --n)
        path[n - 1] = 0;
}

/* What is recorded for path (compared without case, as Windows compares names). */
static inline struct AclRecord acl_record(const wchar_t *path)
{
    struct AclRecord record;
    memset(&record, 0, sizeof record);
    wchar_t wanted[4096];
    wcsncpy(wanted, path, 4095);
    wanted[4095] = 0;
    acl_trim(wanted);
    FILE *records = _wfopen(L"C:\\berth-standin\\icacls.txt", L"rb");
    char raw[8192];
    while (records && fgets(raw, sizeof raw, records)) {
        wchar_t line[8192];
        MultiByteToWideChar(CP_UTF8, 0, raw, -1, line, 8192);
        line[wcscspn(line, L"\r\n")] = 0;
        wchar_t *bar = wcschr(line, L'|');
        if (!bar)
            continue;
        *bar = 0;
        acl_trim(line);
        wchar_t *kind = bar + 1, *rest = wcschr(kind, L'|');
        if (!rest || _wcsicmp(line, wanted) != 0)
            continue;
        *rest++ = 0;
        if (wcscmp(kind, L"owner") == 0) {
            wcsncpy(record.owner, rest, 127);
            continue;
        }
        wcsncpy(record.kind, kind, 31);
        record.count = 0;
        for (wchar_t *grant = rest; grant && *grant && record.count < 32;) {
            wchar_t *comma = wcschr(grant, L',');
            if (comma)
                *comma = 0;
            wcsncpy(record.grants[record.count], grant, 127);
            record.grants[record.count++][127] = 0;
            grant = comma ? comma + 1 : NULL;
        }
    }
    if (records)
        fclose(records);
    return record;
}
