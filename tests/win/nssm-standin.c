/* A stand-in for nssm.exe 2.24 under Wine. It keeps its settings where NSSM keeps them, so that
 * `reg query` sees what it would see on Windows:
 *   HKLM\SYSTEM\CurrentControlSet\Services\<name>            ImagePath (this program), DisplayName,
 *                                                            Description, Start, DelayedAutostart,
 *                                                            DependOnService, ObjectName
 *   HKLM\SYSTEM\CurrentControlSet\Services\<name>\Parameters Application, AppDirectory, AppParameters,
 *                                                            AppStdout, AppStderr, AppNoConsole, ...
 * Commands: install NAME APP [ARGS...], set NAME PARAM VALUE..., get NAME PARAM, reset NAME PARAM,
 * remove NAME confirm. Started by the service manager, it runs Application with AppParameters in
 * AppDirectory, stdout and stderr appended to AppStdout and AppStderr, in a job object so that
 * stopping the service ends the whole process tree (as NSSM's AppKillProcessTree does). As NSSM 2.24's
 * service.cpp does with its defaults (AppExit Default Restart, AppThrottle 1500 ms): it reports RUNNING once the
 * application has run 1.5 s or exited, starts an application that exits again, and one that ran less than 1.5 s
 * only after a pause that doubles each time (2 s, 4 s, ... 128 s), during which the service is PAUSED
 * (throttle_restart). So a daemon that exits at once is never STOPPED: it is RUNNING, PAUSED, RUNNING... */
#include "standin-service.h"

#include <shellapi.h>
#include <stdio.h>
#include <wchar.h>
#include <windows.h>

#define SERVICES L"SYSTEM\\CurrentControlSet\\Services\\"

static wchar_t service_name[257];

static int fail(const wchar_t *what, DWORD error)
{
    fwprintf(stderr, L"%ls (error %lu)\n", what, error);
    return 1;
}

static const wchar_t *service_params[] = {L"DisplayName", L"Description", L"Start", L"DependOnService",
                                          L"ObjectName",  L"Type",        NULL};

static int is_service_param(const wchar_t *name)
{
    for (int i = 0; service_params[i]; ++i)
        if (_wcsicmp(name, service_params[i]) == 0)
            return 1;
    return 0;
}

static LSTATUS open_key(const wchar_t *name, int parameters, REGSAM access, HKEY *key)
{
    wchar_t path[512];
    swprintf(path, 512, L"%ls%ls%ls", SERVICES, name, parameters ? L"\\Parameters" : L"");
    if (access & KEY_SET_VALUE)
        return RegCreateKeyExW(HKEY_LOCAL_MACHINE, path, 0, NULL, 0, access, NULL, key, NULL);
    return RegOpenKeyExW(HKEY_LOCAL_MACHINE, path, 0, access, key);
}

static int set_string(const wchar_t *name, int parameters, const wchar_t *value_name, const wchar_t *value, DWORD type)
{
    HKEY key;
    LSTATUS rc = open_key(name, parameters, KEY_SET_VALUE, &key);
    if (rc != ERROR_SUCCESS)
        return fail(L"Can't open service registry settings!", rc);
    rc = RegSetValueExW(key, value_name, 0, type, (const BYTE *)value, (DWORD)((wcslen(value) + 1) * sizeof(wchar_t)));
    RegCloseKey(key);
    return rc == ERROR_SUCCESS ? 0 : fail(L"Error setting parameter!", rc);
}

static int set_dword(const wchar_t *name, int parameters, const wchar_t *value_name, DWORD value)
{
    HKEY key;
    LSTATUS rc = open_key(name, parameters, KEY_SET_VALUE, &key);
    if (rc != ERROR_SUCCESS)
        return fail(L"Can't open service registry settings!", rc);
    rc = RegSetValueExW(key, value_name, 0, REG_DWORD, (const BYTE *)&value, sizeof value);
    RegCloseKey(key);
    return rc == ERROR_SUCCESS ? 0 : fail(L"Error setting parameter!", rc);
}

static void join(wchar_t *out, size_t size, int argc, wchar_t **argv, int from)
{
    out[0] = 0;
    for (int i = from; i < argc; ++i) {
        if (i > from)
            wcsncat(out, L" ", size - wcslen(out) - 1);
        wcsncat(out, argv[i], size - wcslen(out) - 1);
    }
}

static int install(const wchar_t *name, const wchar_t *app, const wchar_t *args)
{
    wchar_t self[MAX_PATH], quoted[MAX_PATH + 2], dir[MAX_PATH];
    GetModuleFileNameW(NULL, self, MAX_PATH);
    swprintf(quoted, MAX_PATH + 2, L"%ls", self);
    SC_HANDLE manager = OpenSCManagerW(NULL, NULL, SC_MANAGER_ALL_ACCESS);
    if (!manager)
        return fail(L"Error opening service manager!", GetLastError());
    SC_HANDLE service = CreateServiceW(manager, name, name, SERVICE_ALL_ACCESS, SERVICE_WIN32_OWN_PROCESS,
                                       SERVICE_AUTO_START, SERVICE_ERROR_NORMAL, quoted, NULL, NULL, NULL, NULL, NULL);
    if (!service) {
        DWORD error = GetLastError();
        CloseServiceHandle(manager);
        return fail(L"Error creating service!", error);
    }
    CloseServiceHandle(service);
    CloseServiceHandle(manager);
    wcscpy(dir, app);
    wchar_t *slash = wcsrchr(dir, L'\\');
    if (slash)
        *slash = 0;
    if (set_string(name, 1, L"Application", app, REG_EXPAND_SZ) ||
        set_string(name, 1, L"AppDirectory", dir, REG_EXPAND_SZ) ||
        set_string(name, 1, L"AppParameters", args, REG_EXPAND_SZ))
        return 1;
    HKEY key;
    if (RegCreateKeyExW(HKEY_LOCAL_MACHINE, SERVICES L"", 0, NULL, 0, KEY_SET_VALUE, NULL, &key, NULL) == ERROR_SUCCESS)
        RegCloseKey(key);
    set_string(name, 0, L"ObjectName", L"LocalSystem", REG_SZ);
    wprintf(L"Service \"%ls\" installed successfully!\n", name);
    return 0;
}

static int set_service_param(const wchar_t *name, const wchar_t *param, const wchar_t *value, int argc, wchar_t **argv,
                             int from)
{
    SC_HANDLE manager = OpenSCManagerW(NULL, NULL, SC_MANAGER_ALL_ACCESS);
    SC_HANDLE service = manager ? OpenServiceW(manager, name, SERVICE_ALL_ACCESS) : NULL;
    if (!service)
        return fail(L"Can't open service!", GetLastError());
    BOOL ok = TRUE;
    if (_wcsicmp(param, L"DisplayName") == 0) {
        ok = ChangeServiceConfigW(service, SERVICE_NO_CHANGE, SERVICE_NO_CHANGE, SERVICE_NO_CHANGE, NULL, NULL, NULL,
                                  NULL, NULL, NULL, value);
    } else if (_wcsicmp(param, L"Description") == 0) {
        SERVICE_DESCRIPTIONW description = {(wchar_t *)value};
        ok = ChangeServiceConfig2W(service, SERVICE_CONFIG_DESCRIPTION, &description);
    } else if (_wcsicmp(param, L"Start") == 0) {
        DWORD start = SERVICE_AUTO_START, delayed = 0;
        if (wcscmp(value, L"SERVICE_DELAYED_AUTO_START") == 0)
            delayed = 1;
        else if (wcscmp(value, L"SERVICE_DEMAND_START") == 0)
            start = SERVICE_DEMAND_START;
        else if (wcscmp(value, L"SERVICE_DISABLED") == 0)
            start = SERVICE_DISABLED;
        else if (wcscmp(value, L"SERVICE_AUTO_START") != 0)
            return fail(L"Invalid startup type!", ERROR_INVALID_PARAMETER);
        ok = ChangeServiceConfigW(service, SERVICE_NO_CHANGE, start, SERVICE_NO_CHANGE, NULL, NULL, NULL, NULL, NULL,
                                  NULL, NULL);
        if (ok) {
            CloseServiceHandle(service);
            CloseServiceHandle(manager);
            if (delayed)
                return set_dword(name, 0, L"DelayedAutostart", 1);
            HKEY key;
            if (open_key(name, 0, KEY_SET_VALUE, &key) == ERROR_SUCCESS) {
                RegDeleteValueW(key, L"DelayedAutostart");
                RegCloseKey(key);
            }
            return 0;
        }
    } else if (_wcsicmp(param, L"DependOnService") == 0) {
        wchar_t list[4096] = {0};
        size_t at = 0;
        for (int i = from; i < argc && at + wcslen(argv[i]) + 2 < 4096; ++i) {
            wcscpy(list + at, argv[i]);
            at += wcslen(argv[i]) + 1;
        }
        list[at] = 0;
        ok = ChangeServiceConfigW(service, SERVICE_NO_CHANGE, SERVICE_NO_CHANGE, SERVICE_NO_CHANGE, NULL, NULL, NULL,
                                  list, NULL, NULL, NULL);
    } else {
        ok = FALSE;
        SetLastError(ERROR_NOT_SUPPORTED);
    }
    DWORD error = GetLastError();
    CloseServiceHandle(service);
    CloseServiceHandle(manager);
    return ok ? 0 : fail(L"Error setting parameter!", error);
}

static int get(const wchar_t *name, const wchar_t *param)
{
    HKEY key;
    int parameters = !is_service_param(param);
    if (open_key(name, parameters, KEY_QUERY_VALUE, &key) != ERROR_SUCCESS)
        return fail(L"Can't open service registry settings!", GetLastError());
    BYTE data[65536];
    DWORD size = sizeof data - 2, type = 0;
    LSTATUS rc = RegQueryValueExW(key, param, NULL, &type, data, &size);
    RegCloseKey(key);
    if (rc != ERROR_SUCCESS)
        return rc == ERROR_FILE_NOT_FOUND ? (wprintf(L"\n"), 0) : fail(L"Error getting parameter!", rc);
    if (type == REG_DWORD)
        wprintf(L"%lu\n", *(DWORD *)data);
    else {
        data[size] = data[size + 1] = 0;
        wprintf(L"%ls\n", (wchar_t *)data);
    }
    return 0;
}

static int reset(const wchar_t *name, const wchar_t *param)
{
    if (_wcsicmp(param, L"Description") == 0) {
        return set_service_param(name, param, L"", 0, NULL, 0);
    }
    HKEY key;
    if (open_key(name, !is_service_param(param), KEY_SET_VALUE, &key) != ERROR_SUCCESS)
        return fail(L"Can't open service registry settings!", GetLastError());
    RegDeleteValueW(key, param);
    RegCloseKey(key);
    return 0;
}

static int remove_service(const wchar_t *name)
{
    SC_HANDLE manager = OpenSCManagerW(NULL, NULL, SC_MANAGER_ALL_ACCESS);
    SC_HANDLE service = manager ? OpenServiceW(manager, name, DELETE) : NULL;
    if (!service)
        return fail(L"Can't open service!", GetLastError());
    BOOL ok = DeleteService(service);
    DWORD error = GetLastError();
    CloseServiceHandle(service);
    CloseServiceHandle(manager);
    if (!ok)
        return fail(L"Error removing service!", error);
    wprintf(L"Service \"%ls\" removed successfully!\n", name);
    return 0;
}

/* --- run as the service ------------------------------------------------------------------ */

static void read_param(const wchar_t *param, wchar_t *out, DWORD size)
{
    HKEY key;
    out[0] = 0;
    if (open_key(service_name, 1, KEY_QUERY_VALUE, &key) != ERROR_SUCCESS)
        return;
    wchar_t raw[32768];
    DWORD bytes = sizeof raw - sizeof(wchar_t), type;
    if (RegQueryValueExW(key, param, NULL, &type, (BYTE *)raw, &bytes) == ERROR_SUCCESS) {
        raw[bytes / sizeof(wchar_t)] = 0;
        ExpandEnvironmentStringsW(raw, out, size);
    }
    RegCloseKey(key);
}

static HANDLE open_log(const wchar_t *path, SECURITY_ATTRIBUTES *inherit)
{
    if (!path[0])
        return INVALID_HANDLE_VALUE;
    return CreateFileW(path, FILE_APPEND_DATA, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, inherit,
                       OPEN_ALWAYS, FILE_ATTRIBUTE_NORMAL, NULL);
}

static void WINAPI service_main(DWORD argc, wchar_t **argv)
{
    if (argc > 0)
        wcsncpy(service_name, argv[0], 256);
    begin_service(service_name);
    accepted_while_starting = SERVICE_ACCEPT_STOP | SERVICE_ACCEPT_SHUTDOWN;
    report(SERVICE_START_PENDING);

    static wchar_t app[MAX_PATH], dir[MAX_PATH], params[32768], out_path[MAX_PATH], err_path[MAX_PATH];
    static wchar_t command[40000];
    read_param(L"Application", app, MAX_PATH);
    read_param(L"AppDirectory", dir, MAX_PATH);
    read_param(L"AppParameters", params, 32768);
    read_param(L"AppStdout", out_path, MAX_PATH);
    read_param(L"AppStderr", err_path, MAX_PATH);
    swprintf(command, 40000, L"\"%ls\" %ls", app, params);

    SECURITY_ATTRIBUTES inherit = {sizeof inherit, NULL, TRUE};
    STARTUPINFOW startup = {sizeof startup};
    startup.dwFlags = STARTF_USESTDHANDLES;
    startup.hStdInput = INVALID_HANDLE_VALUE;
    startup.hStdOutput = open_log(out_path, &inherit);
    startup.hStdError = _wcsicmp(out_path, err_path) == 0 ? startup.hStdOutput : open_log(err_path, &inherit);
    unsigned long throttle = 0;
    for (;;) {
        /* throttle_restart: the first start is not a restart; a restart after a short run waits, paused. */
        if (throttle++) {
            const DWORD ms = 1000u << (throttle - 1);
            if (throttle > 7)
                throttle = 8;
            report(SERVICE_PAUSED);
            if (WaitForSingleObject(stop_event, ms) == WAIT_OBJECT_0)
                break;
            report(SERVICE_START_PENDING);
        }
        PROCESS_INFORMATION process;
        HANDLE job = CreateJobObjectW(NULL, NULL);
        JOBOBJECT_EXTENDED_LIMIT_INFORMATION limits = {0};
        limits.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE;
        SetInformationJobObject(job, JobObjectExtendedLimitInformation, &limits, sizeof limits);
        if (!CreateProcessW(app, command, NULL, NULL, TRUE, CREATE_SUSPENDED | CREATE_NO_WINDOW, NULL,
                            dir[0] ? dir : NULL, &startup, &process)) {
            status.dwWin32ExitCode = GetLastError();
            CloseHandle(job);
            break;
        }
        AssignProcessToJobObject(job, process.hProcess);
        ResumeThread(process.hThread);
        /* start_service: RUNNING after a clean start of AppThrottle, or sooner if it exits; a clean start resets the
         * throttle. */
        if (WaitForSingleObject(process.hProcess, 1500) == WAIT_TIMEOUT)
            throttle = 0;
        report(SERVICE_RUNNING);

        HANDLE waits[2] = {stop_event, process.hProcess};
        const DWORD which = WaitForMultipleObjects(2, waits, FALSE, INFINITE);
        if (which == WAIT_OBJECT_0) {
            TerminateJobObject(job, 0);
            TerminateProcess(process.hProcess, 0);
            WaitForSingleObject(process.hProcess, 10000);
        }
        CloseHandle(job);
        CloseHandle(process.hProcess);
        CloseHandle(process.hThread);
        if (which == WAIT_OBJECT_0)
            break;
        /* The application exited: AppExit Default Restart. */
    }
    report(SERVICE_STOPPED);
}

int wmain(void)
{
    int argc = 0;
    wchar_t **argv = CommandLineToArgvW(GetCommandLineW(), &argc);
    if (argc < 2) {
        SERVICE_TABLE_ENTRYW table[] = {{(wchar_t *)L"", service_main}, {NULL, NULL}};
        if (StartServiceCtrlDispatcherW(table))
            return 0;
        fwprintf(stderr, L"nssm stand-in: install, set, get, reset, remove\n");
        return 1;
    }
    const wchar_t *verb = argv[1];
    static wchar_t value[32768];
    if (_wcsicmp(verb, L"install") == 0 && argc >= 4) {
        join(value, 32768, argc, argv, 4);
        return install(argv[2], argv[3], value);
    }
    if (_wcsicmp(verb, L"set") == 0 && argc >= 5) {
        join(value, 32768, argc, argv, 4);
        if (is_service_param(argv[3]))
            return set_service_param(argv[2], argv[3], value, argc, argv, 4);
        if (_wcsicmp(argv[3], L"AppNoConsole") == 0 || _wcsicmp(argv[3], L"AppStdoutCreationDisposition") == 0)
            return set_dword(argv[2], 1, argv[3], (DWORD)_wtoi(value));
        return set_string(argv[2], 1, argv[3], value, REG_EXPAND_SZ);
    }
    if (_wcsicmp(verb, L"get") == 0 && argc == 4)
        return get(argv[2], argv[3]);
    if (_wcsicmp(verb, L"reset") == 0 && argc == 4)
        return reset(argv[2], argv[3]);
    if (_wcsicmp(verb, L"remove") == 0 && argc >= 3)
        return remove_service(argv[2]);
    fwprintf(stderr, L"nssm stand-in: unknown or incomplete command\n");
    return 2;
}
