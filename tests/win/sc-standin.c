/* A stand-in for sc.exe, whose Wine build has no `config` and no `qc` and speaks English only. It does
 * what Windows' sc.exe does, through the same service API, for the commands Berth and its scripts use:
 *   query NAME, start NAME, stop NAME, delete NAME, create NAME OPTION= VALUE..., config NAME OPTION= VALUE...,
 *   description NAME [TEXT], qc NAME
 * As the real one: an option is a word ending in "=" and its value is the next argument ("start= auto";
 * "start=auto" is refused with the usage text); it exits with the Windows error code of what failed (1060
 * for a service that is not there), 0 otherwise. BERTH_WINDOWS_LANGUAGE=de prints a German Windows'
 * labels (STATUS for STATE, FEHLER for FAILED); the state's number and constant are never translated. */
#include "standin-text.h"

#include <windows.h>

#include <stdio.h>
#include <wchar.h>

static int failed(const wchar_t *call, DWORD error)
{
    const wchar_t *text;
    switch (error) {
    case 5:
        text = tr(L"Access is denied.", L"Zugriff verweigert");
        break;
    case 87:
        text = tr(L"The parameter is incorrect.", L"Falscher Parameter.");
        break;
    case 1056:
        text = tr(L"An instance of the service is already running.", L"Eine Instanz des Dienstes wird bereits ausgeführt.");
        break;
    case 1060:
        text = tr(L"The specified service does not exist as an installed service.",
                  L"Der angegebene Dienst ist kein installierter Dienst.");
        break;
    case 1062:
        text = tr(L"The service has not been started.", L"Der Dienst wurde nicht gestartet.");
        break;
    case 1072:
        text = tr(L"The specified service has been marked for deletion.",
                  L"Der angegebene Dienst wurde zum Löschen markiert.");
        break;
    case 1073:
        text = tr(L"The specified service already exists.", L"Der angegebene Dienst ist bereits vorhanden.");
        break;
    default:
        text = L"";
    }
    out(L"[SC] %ls %ls %lu:\n\n%ls\n\n", call, tr(L"FAILED", L"FEHLER"), error, text);
    return (int)error;
}

static int succeeded(const wchar_t *call)
{
    out(L"[SC] %ls %ls\n", call, tr(L"SUCCESS", L"ERFOLG"));
    return 0;
}

static const wchar_t *state_name(DWORD state)
{
    static const wchar_t *names[] = {L"", L"STOPPED", L"START_PENDING", L"STOP_PENDING", L"RUNNING",
                                     L"CONTINUE_PENDING", L"PAUSE_PENDING", L"PAUSED"};
    return state < 8 ? names[state] : L"";
}

static void print_status(const wchar_t *name, const SERVICE_STATUS_PROCESS *s, int with_pid)
{
    out(L"\nSERVICE_NAME: %ls \n", name);
    out(L"        %-19ls: %lx  %ls  \n", tr(L"TYPE", L"TYP"), s->dwServiceType,
        s->dwServiceType & SERVICE_WIN32_OWN_PROCESS ? L"WIN32_OWN_PROCESS" : L"WIN32_SHARE_PROCESS");
    out(L"        %-19ls: %lu  %ls \n", tr(L"STATE", L"STATUS"), s->dwCurrentState, state_name(s->dwCurrentState));
    out(L"                                (%ls, %ls, %ls)\n",
        s->dwControlsAccepted & SERVICE_ACCEPT_STOP ? L"STOPPABLE" : L"NOT_STOPPABLE",
        s->dwControlsAccepted & SERVICE_ACCEPT_PAUSE_CONTINUE ? L"PAUSABLE" : L"NOT_PAUSABLE",
        s->dwControlsAccepted & SERVICE_ACCEPT_SHUTDOWN ? L"ACCEPTS_SHUTDOWN" : L"IGNORES_SHUTDOWN");
    out(L"        %-19ls: %lu  (0x%lx)\n", tr(L"WIN32_EXIT_CODE", L"WIN32_EXITCODE"), s->dwWin32ExitCode,
        s->dwWin32ExitCode);
    out(L"        %-19ls: %lu  (0x%lx)\n", tr(L"SERVICE_EXIT_CODE", L"DIENST_EXITCODE"),
        s->dwServiceSpecificExitCode, s->dwServiceSpecificExitCode);
    out(L"        %-19ls: 0x%lx\n", L"CHECKPOINT", s->dwCheckPoint);
    out(L"        %-19ls: 0x%lx\n", tr(L"WAIT_HINT", L"WARTE_HINWEIS"), s->dwWaitHint);
    if (with_pid) {
        out(L"        %-19ls: %lu\n", L"PID", s->dwProcessId);
        out(L"        %-19ls: \n", L"FLAGS");
    }
    out(L"\n");
}

static SC_HANDLE open_service(const wchar_t *name, DWORD access, const wchar_t *call, int *code)
{
    SC_HANDLE manager = OpenSCManagerW(NULL, NULL, SC_MANAGER_ALL_ACCESS);
    if (!manager) {
        *code = failed(L"OpenSCManager", GetLastError());
        return NULL;
    }
    SC_HANDLE service = OpenServiceW(manager, name, access);
    if (!service)
        *code = failed(call, GetLastError());
    CloseServiceHandle(manager);
    return service;
}

static int query(const wchar_t *name)
{
    int code = 0;
    SC_HANDLE service = open_service(name, SERVICE_QUERY_STATUS, L"EnumQueryServicesStatus:OpenService", &code);
    if (!service)
        return code;
    SERVICE_STATUS_PROCESS status;
    DWORD size;
    if (!QueryServiceStatusEx(service, SC_STATUS_PROCESS_INFO, (BYTE *)&status, sizeof status, &size))
        return failed(L"QueryServiceStatusEx", GetLastError());
    print_status(name, &status, 0);
    CloseServiceHandle(service);
    return 0;
}

static int start(const wchar_t *name)
{
    int code = 0;
    SC_HANDLE service = open_service(name, SERVICE_START | SERVICE_QUERY_STATUS, L"OpenService", &code);
    if (!service)
        return code;
    if (!StartServiceW(service, 0, NULL))
        return failed(L"StartService", GetLastError());
    SERVICE_STATUS_PROCESS status;
    DWORD size;
    QueryServiceStatusEx(service, SC_STATUS_PROCESS_INFO, (BYTE *)&status, sizeof status, &size);
    print_status(name, &status, 1);
    CloseServiceHandle(service);
    return 0;
}

static int stop(const wchar_t *name)
{
    int code = 0;
    SC_HANDLE service = open_service(name, SERVICE_STOP | SERVICE_QUERY_STATUS, L"OpenService", &code);
    if (!service)
        return code;
    SERVICE_STATUS status;
    if (!ControlService(service, SERVICE_CONTROL_STOP, &status))
        return failed(L"ControlService", GetLastError());
    SERVICE_STATUS_PROCESS shown = {status.dwServiceType, status.dwCurrentState, status.dwControlsAccepted,
                                    status.dwWin32ExitCode, status.dwServiceSpecificExitCode, status.dwCheckPoint,
                                    status.dwWaitHint, 0, 0};
    print_status(name, &shown, 0);
    CloseServiceHandle(service);
    return 0;
}

static int delete_service(const wchar_t *name)
{
    int code = 0;
    SC_HANDLE service = open_service(name, DELETE, L"OpenService", &code);
    if (!service)
        return code;
    if (!DeleteService(service))
        return failed(L"DeleteService", GetLastError());
    CloseServiceHandle(service);
    return succeeded(L"DeleteService");
}

static int usage(const wchar_t *command)
{
    out(L"%ls:\n        %ls\n", tr(L"DESCRIPTION", L"BESCHREIBUNG"),
        tr(L"Modifies a service entry in the registry and Service Database.",
           L"Ändert einen Diensteintrag in der Registrierung und der Dienstdatenbank."));
    out(L"%ls:\n        sc <server> %ls [service name] <option1> <option2>...\n\n", tr(L"USAGE", L"SYNTAX"), command);
    out(L"%ls:\n%ls\n", tr(L"OPTIONS", L"OPTIONEN"),
        tr(L"NOTE: The option name includes the equal sign.\n      A space is required between the equal sign and "
           L"the value.",
           L"HINWEIS: Der Optionsname enthält das Gleichheitszeichen.\n      Zwischen dem Gleichheitszeichen und dem "
           L"Wert muss ein Leerzeichen stehen."));
    out(L" type= <own|share|interact|kernel|filesys|rec|userown|usershare>\n");
    out(L" start= <boot|system|auto|demand|disabled|delayed-auto>\n");
    out(L" error= <normal|severe|critical|ignore>\n binPath= <BinaryPathName>\n group= <LoadOrderGroup>\n");
    out(L" tag= <yes|no>\n depend= <Dependencies(separated by / (forward slash))>\n obj= <AccountName|ObjectName>\n");
    out(L" DisplayName= <display name>\n password= <password>\n");
    return 1639; /* ERROR_INVALID_COMMAND_LINE */
}

struct Options
{
    DWORD type, start, error;
    int delayed; /* -1: unchanged */
    const wchar_t *bin, *group, *display, *object, *password;
    wchar_t depend[1024];
    int has_depend;
};

/* OPTION= VALUE pairs from argv[from]; 0 when every one is known and has its value. */
static int parse_options(int argc, wchar_t **argv, int from, struct Options *o)
{
    o->type = o->start = o->error = SERVICE_NO_CHANGE;
    o->delayed = -1;
    o->bin = o->group = o->display = o->object = o->password = NULL;
    o->has_depend = 0;
    for (int i = from; i < argc; i += 2) {
        const wchar_t *option = argv[i];
        size_t n = wcslen(option);
        if (n < 2 || option[n - 1] != L'=' || i + 1 >= argc)
            return 1;
        const wchar_t *value = argv[i + 1];
        if (_wcsicmp(option, L"start=") == 0) {
            static const wchar_t *starts[] = {L"boot", L"system", L"auto", L"demand", L"disabled"};
            o->delayed = 0;
            if (_wcsicmp(value, L"delayed-auto") == 0) {
                o->start = SERVICE_AUTO_START;
                o->delayed = 1;
                continue;
            }
            for (DWORD s = 0; s < 5; ++s)
                if (_wcsicmp(value, starts[s]) == 0)
                    o->start = s;
            if (o->start == SERVICE_NO_CHANGE)
                return 1;
        } else if (_wcsicmp(option, L"type=") == 0) {
            if (_wcsicmp(value, L"own") == 0)
                o->type = SERVICE_WIN32_OWN_PROCESS;
            else if (_wcsicmp(value, L"share") == 0)
                o->type = SERVICE_WIN32_SHARE_PROCESS;
            else
                return 1;
        } else if (_wcsicmp(option, L"error=") == 0) {
            static const wchar_t *errors[] = {L"ignore", L"normal", L"severe", L"critical"};
            for (DWORD e = 0; e < 4; ++e)
                if (_wcsicmp(value, errors[e]) == 0)
                    o->error = e;
            if (o->error == SERVICE_NO_CHANGE)
                return 1;
        } else if (_wcsicmp(option, L"binPath=") == 0) {
            o->bin = value;
        } else if (_wcsicmp(option, L"group=") == 0) {
            o->group = value;
        } else if (_wcsicmp(option, L"DisplayName=") == 0) {
            o->display = value;
        } else if (_wcsicmp(option, L"obj=") == 0) {
            o->object = value;
        } else if (_wcsicmp(option, L"password=") == 0) {
            o->password = value;
        } else if (_wcsicmp(option, L"depend=") == 0) {
            /* "a/b" becomes the double-NUL-terminated list "a\0b\0\0". */
            size_t k = 0;
            for (const wchar_t *p = value; *p && k < 1020; ++p)
                o->depend[k++] = *p == L'/' ? 0 : *p;
            o->depend[k++] = 0;
            o->depend[k] = 0;
            o->has_depend = 1;
        } else {
            return 1;
        }
    }
    return 0;
}

/* Windows keeps the flag as the service's DelayedAutostart value; Wine's service manager takes the call
 * but keeps nothing, so the stand-in writes the value as Windows would have. */
static void set_delayed(SC_HANDLE service, const wchar_t *name, int delayed)
{
    if (delayed < 0)
        return;
    SERVICE_DELAYED_AUTO_START_INFO info = {delayed};
    ChangeServiceConfig2W(service, SERVICE_CONFIG_DELAYED_AUTO_START_INFO, &info);
    wchar_t path[512];
    HKEY key;
    swprintf(path, 512, L"SYSTEM\\CurrentControlSet\\Services\\%ls", name);
    if (RegOpenKeyExW(HKEY_LOCAL_MACHINE, path, 0, KEY_SET_VALUE, &key) == ERROR_SUCCESS) {
        DWORD value = (DWORD)delayed;
        RegSetValueExW(key, L"DelayedAutostart", 0, REG_DWORD, (const BYTE *)&value, sizeof value);
        RegCloseKey(key);
    }
}

static int config(int argc, wchar_t **argv)
{
    struct Options o;
    if (argc < 5 || parse_options(argc, argv, 3, &o))
        return usage(L"config");
    int code = 0;
    SC_HANDLE service = open_service(argv[2], SERVICE_CHANGE_CONFIG, L"OpenService", &code);
    if (!service)
        return code;
    if (!ChangeServiceConfigW(service, o.type, o.start, o.error, o.bin, o.group, NULL,
                              o.has_depend ? o.depend : NULL, o.object, o.password, o.display))
        return failed(L"ChangeServiceConfig", GetLastError());
    set_delayed(service, argv[2], o.delayed);
    CloseServiceHandle(service);
    return succeeded(L"ChangeServiceConfig");
}

static int create(int argc, wchar_t **argv)
{
    struct Options o;
    if (argc < 5 || parse_options(argc, argv, 3, &o) || !o.bin)
        return usage(L"create");
    SC_HANDLE manager = OpenSCManagerW(NULL, NULL, SC_MANAGER_ALL_ACCESS);
    if (!manager)
        return failed(L"OpenSCManager", GetLastError());
    SC_HANDLE service = CreateServiceW(
        manager, argv[2], o.display ? o.display : argv[2], SERVICE_ALL_ACCESS,
        o.type == SERVICE_NO_CHANGE ? SERVICE_WIN32_OWN_PROCESS : o.type,
        o.start == SERVICE_NO_CHANGE ? SERVICE_DEMAND_START : o.start,
        o.error == SERVICE_NO_CHANGE ? SERVICE_ERROR_NORMAL : o.error, o.bin, o.group, NULL,
        o.has_depend ? o.depend : NULL, o.object, o.password);
    if (!service)
        return failed(L"CreateService", GetLastError());
    set_delayed(service, argv[2], o.delayed);
    CloseServiceHandle(service);
    CloseServiceHandle(manager);
    return succeeded(L"CreateService");
}

static int description(int argc, wchar_t **argv)
{
    int code = 0;
    SC_HANDLE service = open_service(argv[2], SERVICE_CHANGE_CONFIG, L"OpenService", &code);
    if (!service)
        return code;
    SERVICE_DESCRIPTIONW text = {argc > 3 ? argv[3] : (wchar_t *)L""};
    if (!ChangeServiceConfig2W(service, SERVICE_CONFIG_DESCRIPTION, &text))
        return failed(L"ChangeServiceConfig2", GetLastError());
    CloseServiceHandle(service);
    return succeeded(L"ChangeServiceConfig2");
}

static int query_config(const wchar_t *name)
{
    int code = 0;
    SC_HANDLE service = open_service(name, SERVICE_QUERY_CONFIG, L"OpenService", &code);
    if (!service)
        return code;
    static BYTE buffer[8192];
    QUERY_SERVICE_CONFIGW *c = (QUERY_SERVICE_CONFIGW *)buffer;
    DWORD size;
    if (!QueryServiceConfigW(service, c, sizeof buffer, &size))
        return failed(L"QueryServiceConfig", GetLastError());
    static const wchar_t *starts[] = {L"BOOT_START", L"SYSTEM_START", L"AUTO_START", L"DEMAND_START", L"DISABLED"};
    static const wchar_t *errors[] = {L"IGNORE", L"NORMAL", L"SEVERE", L"CRITICAL"};
    succeeded(L"QueryServiceConfig");
    out(L"\nSERVICE_NAME: %ls\n", name);
    out(L"        %-19ls: %lx  %ls\n", tr(L"TYPE", L"TYP"), c->dwServiceType, L"WIN32_OWN_PROCESS");
    out(L"        %-19ls: %lu   %ls\n", tr(L"START_TYPE", L"STARTTYP"), c->dwStartType,
        c->dwStartType < 5 ? starts[c->dwStartType] : L"");
    out(L"        %-19ls: %lu   %ls\n", tr(L"ERROR_CONTROL", L"FEHLERSTEUERUNG"), c->dwErrorControl,
        c->dwErrorControl < 4 ? errors[c->dwErrorControl] : L"");
    out(L"        %-19ls: %ls\n", tr(L"BINARY_PATH_NAME", L"BINÄRPFADNAME"), c->lpBinaryPathName);
    out(L"        %-19ls: %ls\n", tr(L"LOAD_ORDER_GROUP", L"LADEREIHENFOLGEGRUPPE"),
        c->lpLoadOrderGroup ? c->lpLoadOrderGroup : L"");
    out(L"        %-19ls: %lu\n", L"TAG", c->dwTagId);
    out(L"        %-19ls: %ls\n", tr(L"DISPLAY_NAME", L"ANZEIGENAME"), c->lpDisplayName);
    out(L"        %-19ls: ", tr(L"DEPENDENCIES", L"ABHÄNGIGKEITEN"));
    for (const wchar_t *d = c->lpDependencies; d && *d; d += wcslen(d) + 1)
        out(L"%ls\n                           : ", d);
    out(L"\n        %-19ls: %ls\n", tr(L"SERVICE_START_NAME", L"DIENSTSTARTNAME"),
        c->lpServiceStartName ? c->lpServiceStartName : L"");
    CloseServiceHandle(service);
    return 0;
}

int wmain(int argc, wchar_t **argv)
{
    if (argc < 3) {
        out(L"%ls:\n        SC is a command line program used for communicating with the\n        Service Control "
            L"Manager and services.\n",
            tr(L"DESCRIPTION", L"BESCHREIBUNG"));
        return argc < 2 ? 0 : 1639;
    }
    const wchar_t *command = argv[1];
    if (_wcsicmp(command, L"query") == 0)
        return query(argv[2]);
    if (_wcsicmp(command, L"start") == 0)
        return start(argv[2]);
    if (_wcsicmp(command, L"stop") == 0)
        return stop(argv[2]);
    if (_wcsicmp(command, L"delete") == 0)
        return delete_service(argv[2]);
    if (_wcsicmp(command, L"config") == 0)
        return config(argc, argv);
    if (_wcsicmp(command, L"create") == 0)
        return create(argc, argv);
    if (_wcsicmp(command, L"description") == 0)
        return description(argc, argv);
    if (_wcsicmp(command, L"qc") == 0)
        return query_config(argv[2]);
    err(L"sc stand-in: %ls is not one of the commands it plays (query start stop delete config create "
        L"description qc)\n",
        command);
    return 1639;
}
