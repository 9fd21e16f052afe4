/* A stand-in for dockerd.exe under Wine: records the argv Windows hands it, one argument a line in
 * UTF-8, in the file named by BERTH_ARGV_LOG (else C:\berth-standin\dockerd-argv.txt), and
 * answers --version. Run as the daemon it writes a log line to stdout every half second until it
 * is stopped, unless BERTH_DOCKERD_EXIT is set, when it exits at once after recording.
 * --register-service [--service-name NAME] FLAGS... registers it as a service the way dockerd does
 * (ImagePath <this program> --run-service [--service-name NAME] FLAGS..., see register_service), and fails as
 * dockerd does when the service's event log source is there already (left by an sc.exe delete);
 * --unregister-service [--service-name NAME] deletes that service.
 * While it runs as the daemon it serves the Engine API's /_ping and /version on the named pipe
 * \\.\pipe\docker_engine (dockerd's default -H on Windows; another with -H npipe:////./pipe/NAME), answering as
 * dockerd's Go server does:
 * an HTTP/1.0 request gets an HTTP/1.0 answer with Content-Length and Api-Version, then the
 * connection closes; any other path is a 404 with a JSON message. While it runs its own .exe cannot be
 * replaced or deleted, as on Windows; run as a service it lingers 1.5 s after it reports STOPPED.
 * Built with -DSTANDIN_VERSION="X.Y.Z" it is that release (its --version, /version and Server header), as
 * each release's dockerd.exe has its version built in. Two builds stand for broken releases:
 * -DSTANDIN_DOES_NOT_RUN exits as Windows does for a program whose DLL is missing (0xC0000135) before it
 * prints anything, and -DSTANDIN_FAILS_TO_START answers --version but, started as the daemon or the
 * service, says why it cannot start and exits 1, as dockerd does when it cannot start its daemon;
 * -DSTANDIN_NO_API runs but never serves its API, as a daemon stuck in its start-up does;
 * -DSTANDIN_VALIDATES_FIRST checks the system before --register-service as 29.2.0 and 29.2.1 do (moby#51997,
 * fixed by moby#52006): without the Containers feature it exits 0 and registers nothing.
 * Like every dockerd from 23.0 on (moby's checkSystem in daemon/daemon_windows.go, since moby#43254), a
 * STANDIN_VERSION of 23 or later refuses to start the daemon below build 17763. The build comes from the
 * registry's CurrentBuildNumber, which the tests set (Wine's RtlGetVersion cannot say 14393). And as every
 * dockerd, it does not start without the Containers feature (the vmcompute service's key: WinePrefix's template
 * has it, a test of a host without the feature removes it). */
#include "standin-service.h"

#include <shellapi.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <windows.h>

static void record(int argc, wchar_t **argv)
{
    wchar_t path[MAX_PATH];
    if (!GetEnvironmentVariableW(L"BERTH_ARGV_LOG", path, MAX_PATH)) {
        /* Outside C:\ProgramData\docker, so that the host's own files stay as Berth left them. */
        CreateDirectoryW(L"C:\\berth-standin", NULL);
        wcscpy(path, L"C:\\berth-standin\\dockerd-argv.txt");
    }
    FILE *file = _wfopen(path, L"wb");
    if (!file)
        return;
    for (int i = 1; i < argc; ++i) {
        char utf8[4 * 32768];
        int n = WideCharToMultiByte(CP_UTF8, 0, argv[i], -1, utf8, sizeof utf8, NULL, NULL);
        if (n > 0)
            fprintf(file, "%s\n", utf8);
    }
    fclose(file);
}

#ifndef STANDIN_VERSION
#define STANDIN_VERSION "28.2.2-standin"
#endif

/* The Engine API versions of the release, as moby's api/common.go has them: the newest it speaks and the oldest a
 * client may ask for (29.0 raised it to 1.44). */
static const char *api_version(void)
{
    const int major = atoi(STANDIN_VERSION), minor = atoi(strchr(STANDIN_VERSION, '.') + 1);
    return major >= 29   ? "1.52"
           : major == 28 ? (minor >= 3 ? "1.51" : "1.50")
           : major == 27 ? "1.47"
           : major == 26 ? "1.45"
           : major == 25 ? "1.44"
           : major == 24 ? "1.43"
           : major == 23 ? "1.42"
                         : "1.41";
}

static const char *min_api_version(void)
{
    const int major = atoi(STANDIN_VERSION);
    return major >= 29 ? "1.44" : major >= 25 ? "1.24" : "1.12";
}

static DWORD registry_build(void)
{
    wchar_t text[32] = L"";
    DWORD size = sizeof text;
    if (RegGetValueW(HKEY_LOCAL_MACHINE, L"SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion", L"CurrentBuildNumber",
                     RRF_RT_REG_SZ, NULL, text, &size) != ERROR_SUCCESS)
        return 0;
    return (DWORD)wcstoul(text, NULL, 10);
}

/* The Containers feature installs the Host Compute Service, vmcompute, and its vmcompute.dll. */
static int containers_feature(void)
{
    HKEY key;
    if (RegOpenKeyExW(HKEY_LOCAL_MACHINE, L"SYSTEM\\CurrentControlSet\\Services\\vmcompute", 0, KEY_READ, &key) !=
        ERROR_SUCCESS)
        return 0;
    RegCloseKey(key);
    return 1;
}

/* moby's checkSystem: engines from 23.0 on need build 17763 (osversion.RS5), and every engine vmcompute.dll, which
 * only the Containers feature brings. Empty when the daemon may start. */
static const char *system_problem(void)
{
    if (atoi(STANDIN_VERSION) >= 23 && registry_build() < 17763)
        return "this version of Windows does not support the docker daemon (Windows build 17763 or higher is "
               "required)";
    if (!containers_feature())
        return "failed to load vmcompute.dll, ensure that the Containers feature is installed";
    return NULL;
}

static void answer(HANDLE pipe, const char *request)
{
    char path[256] = "";
    char protocol[16] = "HTTP/1.1";
    sscanf(request, "GET %255s %15s", path, protocol);
    char body[512];
    const char *status = "200 OK";
    const char *type = "text/plain; charset=utf-8";
    if (strcmp(path, "/_ping") == 0 || strncmp(path, "/_ping?", 7) == 0) {
        strcpy(body, "OK");
    } else if (strncmp(path, "/v1.", 4) == 0 && atof(path + 2) < atof(min_api_version())) {
        /* moby's api/server/middleware/version.go: a client older than MinAPIVersion is refused with 400. */
        status = "400 Bad Request";
        snprintf(body, sizeof body,
                 "{\"message\":\"client version %.*s is too old. Minimum supported API version is %s, please upgrade "
                 "your client to a newer version\"}\n",
                 (int)strcspn(path + 2, "/"), path + 2, min_api_version());
        type = "application/json";
    } else if (strcmp(path, "/version") == 0 || (strncmp(path, "/v1.", 4) == 0 && strstr(path, "/version"))) {
        snprintf(body, sizeof body,
                 "{\"Platform\":{\"Name\":\"Docker Engine - Community\"},\"Version\":\"" STANDIN_VERSION "\","
                 "\"ApiVersion\":\"%s\",\"MinAPIVersion\":\"%s\",\"Os\":\"windows\",\"Arch\":\"amd64\","
                 "\"KernelVersion\":\"10.0 17763\"}\n",
                 api_version(), min_api_version());
        type = "application/json";
    } else {
        status = "404 Not Found";
        snprintf(body, sizeof body, "{\"message\":\"page not found\"}\n");
        type = "application/json";
    }
    char response[1024];
    const int size = snprintf(response, sizeof response,
                              "%s %s\r\nApi-Version: %s\r\nContent-Type: %s\r\nOstype: windows\r\n"
                              "Server: Docker/" STANDIN_VERSION " (windows)\r\nContent-Length: %u\r\n\r\n%s",
                              strcmp(protocol, "HTTP/1.0") == 0 ? "HTTP/1.0" : "HTTP/1.1", status, api_version(), type,
                              (unsigned)strlen(body), body);
    DWORD written = 0;
    WriteFile(pipe, response, (DWORD)size, &written, NULL);
    FlushFileBuffers(pipe);
}

static wchar_t pipe_name[MAX_PATH] = L"\\\\.\\pipe\\docker_engine";

/* The first -H npipe:////./pipe/NAME (or --host, --host=) names the pipe, as dockerd's listeners take it. */
static void choose_pipe(int argc, wchar_t **argv)
{
    static const wchar_t prefix[] = L"npipe:////./pipe/";
    for (int i = 1; i < argc; ++i) {
        const wchar_t *value = NULL;
        if ((wcscmp(argv[i], L"-H") == 0 || wcscmp(argv[i], L"--host") == 0) && i + 1 < argc)
            value = argv[i + 1];
        else if (wcsncmp(argv[i], L"--host=", 7) == 0)
            value = argv[i] + 7;
        if (value && _wcsnicmp(value, prefix, wcslen(prefix)) == 0) {
            swprintf(pipe_name, MAX_PATH, L"\\\\.\\pipe\\%ls", value + wcslen(prefix));
            return;
        }
    }
}

static HANDLE new_instance(DWORD first)
{
    return CreateNamedPipeW(pipe_name, PIPE_ACCESS_DUPLEX | first, PIPE_TYPE_BYTE | PIPE_READMODE_BYTE | PIPE_WAIT,
                            PIPE_UNLIMITED_INSTANCES, 4096, 4096, 0, NULL);
}

/* One connection at a time is enough for a probe; each is answered once and closed. The next
 * instance is made as soon as one is connected, so the pipe's name exists between two clients, as
 * it does for dockerd (go-winio's listener keeps an instance open): a client that comes in between
 * waits for the pipe instead of finding nothing there. */
static volatile LONG api_closed;

static DWORD WINAPI serve_api(void *unused)
{
    (void)unused;
    /* The first instance as go-winio's ListenPipe makes it (FILE_FLAG_FIRST_PIPE_INSTANCE): a pipe of that name that
     * another program holds already is not joined, and dockerd ends, as "failed to load listeners". */
    HANDLE pipe = new_instance(FILE_FLAG_FIRST_PIPE_INSTANCE);
    if (pipe == INVALID_HANDLE_VALUE) {
        fprintf(stderr, "failed to load listeners: open %ls: Access is denied.\n", pipe_name);
        fflush(stderr);
        ExitProcess(1);
    }
    while (pipe != INVALID_HANDLE_VALUE) {
        const BOOL connected = ConnectNamedPipe(pipe, NULL) || GetLastError() == ERROR_PIPE_CONNECTED;
        if (api_closed) {
            CloseHandle(pipe);
            return 0;
        }
        const HANDLE next = new_instance(0);
        if (connected) {
            char request[4096];
            DWORD used = 0;
            while (used < sizeof request - 1) {
                DWORD got = 0;
                if (!ReadFile(pipe, request + used, (DWORD)(sizeof request - 1 - used), &got, NULL) || got == 0)
                    break;
                used += got;
                request[used] = 0;
                if (strstr(request, "\r\n\r\n"))
                    break;
            }
            request[used] = 0;
            if (strstr(request, "\r\n\r\n"))
                answer(pipe, request);
        }
        DisconnectNamedPipe(pipe);
        CloseHandle(pipe);
        pipe = next;
    }
    return 1;
}

/* A shutdown closes the API first, as dockerd's does: the waiting instance is woken by a connection of its own. */
static void close_api(void)
{
    InterlockedExchange(&api_closed, 1);
    const HANDLE wake = CreateFileW(pipe_name, GENERIC_READ | GENERIC_WRITE, 0, NULL, OPEN_EXISTING, 0, NULL);
    if (wake != INVALID_HANDLE_VALUE)
        CloseHandle(wake);
}

static void start_api(void)
{
#ifdef STANDIN_NO_API
    return;
#endif
    CloseHandle(CreateThread(NULL, 0, serve_api, NULL, 0, NULL));
}

/* On Windows a running program's .exe cannot be written, replaced or deleted; Wine does not hold it so.
 * While the daemon runs it keeps its own file open without write or delete sharing, as Windows would. */
static void lock_self(void)
{
    wchar_t self[MAX_PATH];
    GetModuleFileNameW(NULL, self, MAX_PATH);
    CreateFileW(self, GENERIC_READ, FILE_SHARE_READ, NULL, OPEN_EXISTING, 0, NULL);
}

static void WINAPI service_main(DWORD argc, wchar_t **argv)
{
    begin_service(argc > 0 ? argv[0] : L"docker");
#ifdef STANDIN_FAILS_TO_START
    status.dwWin32ExitCode = 1;
    report(SERVICE_STOPPED);
    return;
#endif
    if (system_problem()) {
        status.dwWin32ExitCode = 1;
        report(SERVICE_STOPPED);
        return;
    }
    lock_self();
    start_api();
    report(SERVICE_RUNNING);
    WaitForSingleObject(stop_event, INFINITE);
    close_api();
    /* moby's service handler reports Stopped and the process then ends its own shutdown: for a while after
     * STOPPED it still runs and holds its .exe (1.5 s here), which a stop that trusts STOPPED would trip over.
     * Wine's service manager ends a service's process as soon as it reports STOPPED, which Windows does not: the
     * hold is handed to a copy of this program (--hold-image), which keeps the file as this process would. */
    wchar_t self[MAX_PATH], command[MAX_PATH + 32];
    GetModuleFileNameW(NULL, self, MAX_PATH);
    swprintf(command, MAX_PATH + 32, L"\"%ls\" --hold-image", self);
    STARTUPINFOW startup = {sizeof startup};
    PROCESS_INFORMATION holder;
    HANDLE held = CreateEventW(NULL, TRUE, FALSE, L"berth-standin-image-held");
    if (CreateProcessW(self, command, NULL, NULL, FALSE, DETACHED_PROCESS, NULL, NULL, &startup, &holder)) {
        WaitForSingleObject(held, 5000);
        CloseHandle(holder.hProcess);
        CloseHandle(holder.hThread);
    }
    CloseHandle(held);
    report(SERVICE_STOPPED);
    Sleep(1500);
}

static const wchar_t *service_name_of(int argc, wchar_t **argv)
{
    for (int i = 1; i + 1 < argc; ++i)
        if (wcscmp(argv[i], L"--service-name") == 0)
            return argv[i + 1];
    return L"docker";
}

/* Go's syscall.EscapeArg, which golang.org/x/sys/windows/svc/mgr.CreateService applies to the program
 * and to each argument: quotes only around a space or tab, backslashes doubled only before a quote. */
static void escape_arg(const wchar_t *s, wchar_t *out)
{
    int space = 0, special = 0;
    for (const wchar_t *p = s; *p; ++p) {
        if (*p == L' ' || *p == L'\t')
            space = 1;
        if (*p == L'"' || *p == L'\\')
            special = 1;
    }
    if (!*s) {
        wcscat(out, L"\"\"");
        return;
    }
    if (!space && !special) {
        wcscat(out, s);
        return;
    }
    wchar_t *o = out + wcslen(out);
    int slashes = 0;
    if (space)
        *o++ = L'"';
    for (const wchar_t *p = s; *p; ++p) {
        if (*p == L'\\') {
            ++slashes;
        } else if (*p == L'"') {
            for (; slashes > 0; --slashes)
                *o++ = L'\\';
            *o++ = L'\\';
        } else {
            slashes = 0;
        }
        *o++ = *p;
    }
    if (space) {
        for (; slashes > 0; --slashes)
            *o++ = L'\\';
        *o++ = L'"';
    }
    *o = 0;
}

/* As moby's cmd/dockerd/service_windows.go registerService: the service runs this program with
 * --run-service and every argument it was given except --register-service and --unregister-service
 * (so --service-name NAME stays); "Docker Engine", automatic start, ConDrv on build 14393, restart on
 * failure, and an event log source of the service's name. */
static int register_service(int argc, wchar_t **argv)
{
#ifdef STANDIN_VALIDATES_FIRST
    if (!containers_feature()) {
        fprintf(stderr, "time=\"standin\" level=error msg=\"failed to load vmcompute.dll, ensure that the Containers "
                        "feature is installed\"\n");
        return 0;
    }
#endif
    static wchar_t image[32768];
    /* getServicePath: exec.LookPath(os.Args[0]) then filepath.Abs, so the path as it was typed (its case
     * too), found on PATH when it has no folder. */
    wchar_t self[MAX_PATH];
    if (wcspbrk(argv[0], L"\\/:"))
        GetFullPathNameW(argv[0], MAX_PATH, self, NULL);
    else if (!SearchPathW(NULL, argv[0], L".exe", MAX_PATH, self, NULL))
        GetModuleFileNameW(NULL, self, MAX_PATH);
    image[0] = 0;
    escape_arg(self, image);
    wcscat(image, L" --run-service");
    for (int i = 1; i < argc; ++i) {
        if (wcscmp(argv[i], L"--register-service") == 0 || wcscmp(argv[i], L"--unregister-service") == 0)
            continue;
        wcscat(image, L" ");
        escape_arg(argv[i], image);
    }
    OSVERSIONINFOW version = {sizeof version};
    LONG(WINAPI * get_version)
    (OSVERSIONINFOW *) =
        (LONG(WINAPI *)(OSVERSIONINFOW *))GetProcAddress(GetModuleHandleW(L"ntdll.dll"), "RtlGetVersion");
    if (get_version)
        get_version(&version);
    SC_HANDLE manager = OpenSCManagerW(NULL, NULL, SC_MANAGER_ALL_ACCESS);
    if (!manager)
        return 1;
    SC_HANDLE service = CreateServiceW(manager, service_name_of(argc, argv), L"Docker Engine", SERVICE_ALL_ACCESS,
                                       SERVICE_WIN32_OWN_PROCESS, SERVICE_AUTO_START, SERVICE_ERROR_NORMAL, image, NULL,
                                       NULL, version.dwBuildNumber == 14393 ? L"ConDrv\0" : NULL, NULL, NULL);
    if (!service) {
        fprintf(stderr, "Error: could not register the service (error %lu)\n", GetLastError());
        return 1;
    }
    SC_ACTION actions[] = {{SC_ACTION_RESTART, 60000}, {SC_ACTION_RESTART, 60000}, {SC_ACTION_NONE, 0}};
    SERVICE_FAILURE_ACTIONSW failure = {24 * 3600, NULL, NULL, 3, actions};
    ChangeServiceConfig2W(service, SERVICE_CONFIG_FAILURE_ACTIONS, &failure);
    wchar_t source[512];
    swprintf(source, 512, L"SYSTEM\\CurrentControlSet\\Services\\EventLog\\Application\\%ls",
             service_name_of(argc, argv));
    HKEY key;
    DWORD disposition = 0;
    if (RegCreateKeyExW(HKEY_LOCAL_MACHINE, source, 0, NULL, 0, KEY_SET_VALUE, NULL, &key, &disposition) ==
        ERROR_SUCCESS) {
        /* golang.org/x/sys/windows/svc/eventlog.Install refuses a source that is there already, after the service
         * was created: the service stays, and dockerd exits with the error. */
        if (disposition == REG_OPENED_EXISTING_KEY) {
            RegCloseKey(key);
            fprintf(stderr,
                    "time=\"standin\" level=fatal "
                    "msg=\"SYSTEM\\\\CurrentControlSet\\\\Services\\\\EventLog\\\\Application\\\\%ls "
                    "registry key already exists\"\n",
                    service_name_of(argc, argv));
            CloseServiceHandle(service);
            CloseServiceHandle(manager);
            return 1;
        }
        DWORD types = EVENTLOG_ERROR_TYPE | EVENTLOG_WARNING_TYPE | EVENTLOG_INFORMATION_TYPE;
        RegSetValueExW(key, L"EventMessageFile", 0, REG_EXPAND_SZ, (const BYTE *)self,
                       (DWORD)((wcslen(self) + 1) * sizeof(wchar_t)));
        RegSetValueExW(key, L"TypesSupported", 0, REG_DWORD, (const BYTE *)&types, sizeof types);
        RegCloseKey(key);
    }
    CloseServiceHandle(service);
    CloseServiceHandle(manager);
    return 0;
}

static int unregister_service(int argc, wchar_t **argv)
{
    SC_HANDLE manager = OpenSCManagerW(NULL, NULL, SC_MANAGER_ALL_ACCESS);
    SC_HANDLE service = manager ? OpenServiceW(manager, service_name_of(argc, argv), DELETE) : NULL;
    wchar_t source[512];
    swprintf(source, 512, L"SYSTEM\\CurrentControlSet\\Services\\EventLog\\Application\\%ls",
             service_name_of(argc, argv));
    RegDeleteKeyW(HKEY_LOCAL_MACHINE, source);
    if (!service || !DeleteService(service)) {
        fprintf(stderr, "Error: could not unregister the service (error %lu)\n", GetLastError());
        return 1;
    }
    return 0;
}

int wmain(void)
{
#ifdef STANDIN_DOES_NOT_RUN
    return (int)0xC0000135; /* STATUS_DLL_NOT_FOUND: Windows never gets as far as main */
#endif
    int argc = 0;
    wchar_t **argv = CommandLineToArgvW(GetCommandLineW(), &argc);
    if (!argv)
        return 3;
    for (int i = 1; i < argc; ++i) {
        if (wcscmp(argv[i], L"--version") == 0 || wcscmp(argv[i], L"-v") == 0) {
            printf("Docker version " STANDIN_VERSION ", build berth\n");
            return 0;
        }
    }
    if (argc == 2 && wcscmp(argv[1], L"--hold-image") == 0) {
        lock_self();
        HANDLE held = OpenEventW(EVENT_MODIFY_STATE, FALSE, L"berth-standin-image-held");
        if (held) {
            SetEvent(held);
            CloseHandle(held);
        }
        Sleep(1500);
        return 0;
    }
    record(argc, argv);
    choose_pipe(argc, argv);
    for (int i = 1; i < argc; ++i) {
        if (wcscmp(argv[i], L"--register-service") == 0)
            return register_service(argc, argv);
        if (wcscmp(argv[i], L"--unregister-service") == 0)
            return unregister_service(argc, argv);
        if (wcscmp(argv[i], L"--run-service") == 0) {
            SERVICE_TABLE_ENTRYW table[] = {{(wchar_t *)L"", service_main}, {NULL, NULL}};
            return StartServiceCtrlDispatcherW(table) ? 0 : 1;
        }
    }
    if (GetEnvironmentVariableW(L"BERTH_DOCKERD_EXIT", NULL, 0))
        return 0;
#ifdef STANDIN_FAILS_TO_START
    fprintf(stderr, "failed to start daemon: Error initializing network controller: standin\n");
    return 1;
#endif
    if (system_problem()) {
        fprintf(stderr, "failed to start daemon: %s\n", system_problem());
        return 1;
    }
    setvbuf(stdout, NULL, _IONBF, 0);
    printf("time=\"standin\" level=info msg=\"Starting up\"\n");
    lock_self();
    start_api();
    for (unsigned long n = 1;; ++n) {
        Sleep(500);
        printf("time=\"standin\" level=info msg=\"API listen on //./pipe/docker_engine\" tick=%lu\n", n);
    }
}
