/* A stand-in for shutdown.exe, whose Wine build ends the prefix's programs at once. It takes what Windows'
 * shutdown.exe takes for a restart, /r [/f] [/t SECONDS] [/c "COMMENT"] [/d p:MAJOR:MINOR], and /a to abort one
 * (learn.microsoft.com, "shutdown"): /t from 0 to 315360000 (ten years), a comment of at most 512 characters,
 * anything else refused with 87 as shutdown.exe refuses it ("The parameter is incorrect."). A restart restarts
 * nothing here: it is recorded as the value Restart (the command line) under HKLM\SOFTWARE\BerthStandin, which
 * /a removes, or fails with 1116 when no restart is pending, as on Windows; a second restart while one is
 * pending fails with 1190 ("A system shutdown has already been scheduled."). The test plays the restart
 * (WinePrefix::restart). */
#include "standin-text.h"

#include <windows.h>

#include <stdlib.h>
#include <wchar.h>

static int incorrect(void)
{
    err(L"%ls\n", tr(L"The parameter is incorrect.(87)", L"Falscher Parameter.(87)"));
    return 87;
}

int wmain(int argc, wchar_t **argv)
{
    int restart = 0, abort_it = 0;
    for (int i = 1; i < argc; ++i) {
        const wchar_t *a = argv[i];
        if (_wcsicmp(a, L"/r") == 0)
            restart = 1;
        else if (_wcsicmp(a, L"/a") == 0)
            abort_it = 1;
        else if (_wcsicmp(a, L"/f") == 0)
            ;
        else if (_wcsicmp(a, L"/t") == 0 && i + 1 < argc) {
            wchar_t *end;
            const unsigned long seconds = wcstoul(argv[++i], &end, 10);
            if (*end || end == argv[i] || seconds > 315360000UL)
                return incorrect();
        } else if (_wcsicmp(a, L"/c") == 0 && i + 1 < argc) {
            if (wcslen(argv[++i]) > 512)
                return incorrect();
        } else if (_wcsicmp(a, L"/d") == 0 && i + 1 < argc) {
            ++i;
        } else
            return incorrect();
    }
    HKEY key;
    if (RegCreateKeyExW(HKEY_LOCAL_MACHINE, L"SOFTWARE\\BerthStandin", 0, NULL, 0, KEY_ALL_ACCESS, NULL, &key, NULL) !=
        ERROR_SUCCESS)
        return 5;
    if (abort_it && !restart) {
        const LONG gone = RegDeleteValueW(key, L"Restart");
        RegCloseKey(key);
        if (gone == ERROR_SUCCESS)
            return 0;
        err(L"%ls\n", tr(L"Unable to abort the system shutdown because no shutdown was in progress.(1116)",
                         L"Das Herunterfahren des Systems konnte nicht abgebrochen werden, da kein Herunterfahren "
                         L"ausgeführt wurde.(1116)"));
        return 1116;
    }
    if (!restart || abort_it) {
        RegCloseKey(key);
        return incorrect();
    }
    if (RegQueryValueExW(key, L"Restart", NULL, NULL, NULL, NULL) == ERROR_SUCCESS) {
        RegCloseKey(key);
        err(L"%ls\n", tr(L"A system shutdown has already been scheduled.(1190)",
                         L"Das Herunterfahren des Systems wurde bereits geplant.(1190)"));
        return 1190;
    }
    const wchar_t *line = GetCommandLineW();
    RegSetValueExW(key, L"Restart", 0, REG_SZ, (const BYTE *)line, (DWORD)((wcslen(line) + 1) * sizeof(wchar_t)));
    RegCloseKey(key);
    return 0;
}
