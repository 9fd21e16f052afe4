/* A stand-in for dism.exe, which Wine does not have. It plays what Berth runs,
 *   dism /online /enable-feature /featurename:NAME [/all] [/norestart]
 * as DISM does (learn.microsoft.com, "DISM Operating System Package (.cab or .msu) Servicing Command-Line Options"
 * and "Enable or Disable Windows Features Using DISM"): a feature already enabled succeeds with 0; one that is
 * not is staged and the run ends with 3010 (ERROR_SUCCESS_REBOOT_REQUIRED), "Restart Windows to complete this
 * operation", since the Containers feature and Hyper-V are only there after a restart; without /norestart DISM
 * asks "Do you want to restart the computer now? (Y/N)" and takes no answer as N; a name it does not know fails
 * with 0x800f080c, an option without /online with 87. What a restart would complete is recorded under
 * HKLM\SOFTWARE\BerthStandin\PendingFeatures (the feature's name, the service it installs), for the test that
 * plays the restart (WinePrefix::restart). A feature is enabled when the service it installs is there:
 * Containers installs vmcompute (the Host Compute Service), Microsoft-Hyper-V installs vmms. */
#include "standin-text.h"

#include <windows.h>

#include <stdio.h>
#include <wchar.h>

struct Feature
{
    const wchar_t *name, *service;
};

static const struct Feature features[] = {{L"Containers", L"vmcompute"}, {L"Microsoft-Hyper-V", L"vmms"}};

static int service_exists(const wchar_t *service)
{
    wchar_t path[256];
    HKEY key;
    swprintf(path, 256, L"SYSTEM\\CurrentControlSet\\Services\\%ls", service);
    if (RegOpenKeyExW(HKEY_LOCAL_MACHINE, path, 0, KEY_READ, &key) != ERROR_SUCCESS)
        return 0;
    RegCloseKey(key);
    return 1;
}

static void banner(void)
{
    out(L"\nDeployment Image Servicing and Management tool\nVersion: 10.0.17763.1\n\nImage Version: 10.0.17763.1\n\n");
}

static int error(int code, const wchar_t *message)
{
    out(L"\nError: %d\n\n%ls\n\nThe DISM log file can be found at C:\\Windows\\Logs\\DISM\\dism.log\n", code, message);
    return code;
}

int wmain(int argc, wchar_t **argv)
{
    int online = 0, enable = 0, norestart = 0;
    const wchar_t *name = NULL;
    for (int i = 1; i < argc; ++i) {
        const wchar_t *a = argv[i];
        if (_wcsicmp(a, L"/online") == 0)
            online = 1;
        else if (_wcsicmp(a, L"/enable-feature") == 0)
            enable = 1;
        else if (_wcsnicmp(a, L"/featurename:", 13) == 0)
            name = a + 13;
        else if (_wcsicmp(a, L"/all") == 0)
            ;
        else if (_wcsicmp(a, L"/norestart") == 0)
            norestart = 1;
        else {
            banner();
            wchar_t message[512];
            swprintf(message, 512, L"The option %ls is unknown.\nFor more information, refer to the help by running "
                                   L"DISM.exe /?.", a);
            return error(87, message);
        }
    }
    banner();
    if (!online || !enable || !name || !*name)
        return error(87, L"The /enable-feature option is not recognized in this context.\nFor more information, "
                         L"refer to the help.");
    const struct Feature *feature = NULL;
    for (size_t i = 0; i < sizeof features / sizeof features[0]; ++i)
        if (_wcsicmp(name, features[i].name) == 0)
            feature = &features[i];
    if (!feature) {
        out(L"\nError: 0x800f080c\n\nFeature name %ls is unknown.\nA Windows feature name was not recognized.\nUse "
            L"the /Get-Features option to find the name of the feature in the image and try the command again.\n\n"
            L"The DISM log file can be found at C:\\Windows\\Logs\\DISM\\dism.log\n",
            name);
        return (int)0x800f080c;
    }
    out(L"Enabling feature(s)\n[==========================100.0%%==========================]\n");
    if (service_exists(feature->service)) {
        out(L"The operation completed successfully.\n");
        return 0;
    }
    HKEY pending;
    if (RegCreateKeyExW(HKEY_LOCAL_MACHINE, L"SOFTWARE\\BerthStandin\\PendingFeatures", 0, NULL, 0, KEY_WRITE, NULL,
                        &pending, NULL) != ERROR_SUCCESS)
        return error(5, L"Access is denied.");
    RegSetValueExW(pending, feature->name, 0, REG_SZ, (const BYTE *)feature->service,
                   (DWORD)((wcslen(feature->service) + 1) * sizeof(wchar_t)));
    RegCloseKey(pending);
    out(L"The operation completed successfully.\nRestart Windows to complete this operation.\n");
    if (!norestart) {
        out(L"Do you want to restart the computer now? (Y/N) ");
        wchar_t answer[8];
        if (fgetws(answer, 8, stdin) && (answer[0] == L'Y' || answer[0] == L'y'))
            out(L"\n"); /* a stand-in restarts nothing: WinePrefix::restart plays it */
    }
    return 3010;
}
