/* A stand-in for the docker CLI (docker.exe), of which there is no Windows build here. It plays
 *   docker --version
 *   docker context create NAME --docker "host=URL,ca=FILE,cert=FILE,key=FILE" [--description TEXT]
 *   docker context update NAME --docker "..." [--description TEXT]
 *   docker context rm [-f] NAME (with -f a context that is not there is no error, as in docker/cli; the current
 *   context only with -f, which takes config.json's currentContext out; current as docker/cli resolves it:
 *   DOCKER_HOST set means "default", else DOCKER_CONTEXT, else config.json)
 *   docker context use NAME (config.json's currentContext; "default" takes it out)
 * as docker/cli's context store does it (cli/context/store): the configuration folder is DOCKER_CONFIG or
 * %USERPROFILE%\.docker; a context's metadata is contexts\meta\<SHA-256 of its name in hex>\meta.json,
 * {"Name":...,"Metadata":{"Description":...},"Endpoints":{"docker":{"Host":...,"SkipTLSVerify":false}}}, and its
 * TLS files are copied to contexts\tls\<same digest>\docker\ca.pem, cert.pem, key.pem. --docker is read as one
 * CSV record (encoding/csv: "..." holds a comma, "" is a quote); a key it does not know, a name that is not
 * [a-zA-Z0-9][a-zA-Z0-9_.+-]+, "default", creating one that exists and changing one that does not all fail
 * with docker's words and exit 1.
 *   docker [-H npipe:////./pipe/NAME] version [--format|-f TEMPLATE]
 * asks the daemon on its named pipe (-H, else DOCKER_HOST, else npipe:////./pipe/docker_engine) as the CLI does:
 * GET /_ping for the daemon's API version, then GET /vX.Y/version with the lower of it and the client's own
 * (its release's, client_api); the daemon's error (a client too old for its MinAPIVersion) is "Error response from
 * daemon: ...", no pipe is docker's "error during connect", both exit 1. TEMPLATE: {{.Server.Version}},
 * {{.Server.APIVersion}},
 * {{.Server.MinAPIVersion}} or {{.Client.APIVersion}}. Built with mingw-w64 by the project's tests; never shipped. */
#include <windows.h>

#include <bcrypt.h>
#include <shlobj.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#ifndef STANDIN_VERSION
#define STANDIN_VERSION "28.2.2-standin"
#endif
/* The newest API version the release's CLI speaks, as docker/cli's api/defaultversion of that release: 28.2 speaks
 * 1.50, 20.10 (Server 2016's last) 1.41, older than engine 29's MinAPIVersion 1.44. */
static const char *client_api(void)
{
#ifdef STANDIN_API
    return STANDIN_API;
#else
    const int major = atoi(STANDIN_VERSION), minor = atoi(strchr(STANDIN_VERSION, '.') + 1);
    return major >= 29   ? "1.52"
           : major == 28 ? (minor >= 3 ? "1.51" : "1.50")
           : major == 27 ? "1.47"
           : major == 26 ? "1.45"
           : major == 25 ? "1.44"
           : major == 24 ? "1.43"
           : major == 23 ? "1.42"
                         : "1.41";
#endif
}

static int fail(const wchar_t *format, const wchar_t *a)
{
    fwprintf(stderr, format, a);
    fwprintf(stderr, L"\n");
    return 1;
}

static void config_folder(wchar_t *out)
{
    if (GetEnvironmentVariableW(L"DOCKER_CONFIG", out, MAX_PATH) > 0)
        return;
    GetEnvironmentVariableW(L"USERPROFILE", out, MAX_PATH);
    wcscat(out, L"\\.docker");
}

static void digest_of(const wchar_t *name, wchar_t *hex)
{
    char utf8[512];
    int size = WideCharToMultiByte(CP_UTF8, 0, name, -1, utf8, sizeof utf8, NULL, NULL) - 1;
    BCRYPT_ALG_HANDLE algorithm;
    unsigned char digest[32];
    BCryptOpenAlgorithmProvider(&algorithm, BCRYPT_SHA256_ALGORITHM, NULL, 0);
    BCryptHash(algorithm, NULL, 0, (unsigned char *)utf8, (ULONG)size, digest, sizeof digest);
    BCryptCloseAlgorithmProvider(algorithm, 0);
    for (int i = 0; i < 32; ++i)
        swprintf(hex + 2 * i, 3, L"%02x", digest[i]);
}

static void context_paths(const wchar_t *name, wchar_t *meta, wchar_t *tls)
{
    wchar_t config[MAX_PATH], hex[65];
    config_folder(config);
    digest_of(name, hex);
    swprintf(meta, MAX_PATH, L"%ls\\contexts\\meta\\%ls", config, hex);
    swprintf(tls, MAX_PATH, L"%ls\\contexts\\tls\\%ls", config, hex);
}

static int valid_name(const wchar_t *name)
{
    if (!iswalnum(name[0]) || name[0] > 127 || !name[1])
        return 0;
    for (const wchar_t *c = name + 1; *c; ++c)
        if (*c > 127 || !(iswalnum(*c) || wcschr(L"_.+-", *c)))
            return 0;
    return 1;
}

static void remove_tree(const wchar_t *folder)
{
    wchar_t pattern[MAX_PATH], path[MAX_PATH];
    WIN32_FIND_DATAW found;
    swprintf(pattern, MAX_PATH, L"%ls\\*", folder);
    HANDLE search = FindFirstFileW(pattern, &found);
    if (search != INVALID_HANDLE_VALUE) {
        do {
            if (!wcscmp(found.cFileName, L".") || !wcscmp(found.cFileName, L".."))
                continue;
            swprintf(path, MAX_PATH, L"%ls\\%ls", folder, found.cFileName);
            if (found.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY)
                remove_tree(path);
            else
                DeleteFileW(path);
        } while (FindNextFileW(search, &found));
        FindClose(search);
    }
    RemoveDirectoryW(folder);
}

/* host, ca, cert and key from one CSV record of key=value fields. */
struct Endpoint
{
    wchar_t host[1024], ca[MAX_PATH], cert[MAX_PATH], key[MAX_PATH];
};

static int parse_endpoint(const wchar_t *record, struct Endpoint *e)
{
    memset(e, 0, sizeof *e);
    const wchar_t *p = record;
    while (*p) {
        wchar_t field[2048];
        size_t n = 0;
        if (*p == L'"') {
            for (++p; *p; ++p) {
                if (*p == L'"' && p[1] == L'"')
                    field[n++] = *++p;
                else if (*p == L'"')
                    break;
                else
                    field[n++] = *p;
                if (n >= 2047)
                    return fail(L"bare \" in non-quoted-field", L"");
            }
            if (*p != L'"')
                return fail(L"extraneous or missing \" in quoted-field", L"");
            ++p;
        } else {
            for (; *p && *p != L','; ++p) {
                if (*p == L'"' || n >= 2047)
                    return fail(L"bare \" in non-quoted-field", L"");
                field[n++] = *p;
            }
        }
        field[n] = 0;
        if (*p == L',')
            ++p;
        wchar_t *equals = wcschr(field, L'=');
        if (!equals)
            return fail(L"invalid docker endpoint options: %ls: no value", field);
        *equals = 0;
        const wchar_t *value = equals + 1;
        if (!wcscmp(field, L"host"))
            wcsncpy(e->host, value, 1023);
        else if (!wcscmp(field, L"ca"))
            wcsncpy(e->ca, value, MAX_PATH - 1);
        else if (!wcscmp(field, L"cert"))
            wcsncpy(e->cert, value, MAX_PATH - 1);
        else if (!wcscmp(field, L"key"))
            wcsncpy(e->key, value, MAX_PATH - 1);
        else if (wcscmp(field, L"skip-tls-verify"))
            return fail(L"unrecognized config key: %ls", field);
    }
    return 0;
}

static void json_string(FILE *out, const wchar_t *text)
{
    fputc('"', out);
    for (const wchar_t *c = text; *c; ++c) {
        if (*c == L'"' || *c == L'\\')
            fprintf(out, "\\%c", (char)*c);
        else if (*c < 0x20 || *c > 0x7e)
            fprintf(out, "\\u%04x", (unsigned)*c);
        else
            fputc((char)*c, out);
    }
    fputc('"', out);
}

static int write_context(const wchar_t *name, const struct Endpoint *e, const wchar_t *description)
{
    wchar_t meta[MAX_PATH], tls[MAX_PATH], file[MAX_PATH];
    context_paths(name, meta, tls);
    /* The TLS files first, read as docker reads them: a missing one fails the whole command. */
    const wchar_t *sources[] = {e->ca, e->cert, e->key}, *names[] = {L"ca.pem", L"cert.pem", L"key.pem"};
    for (int i = 0; i < 3; ++i)
        if (sources[i][0] && GetFileAttributesW(sources[i]) == INVALID_FILE_ATTRIBUTES)
            return fail(L"open %ls: The system cannot find the file specified.", sources[i]);
    remove_tree(tls);
    wchar_t folder[MAX_PATH];
    swprintf(folder, MAX_PATH, L"%ls\\docker", tls);
    for (int i = 0; i < 3; ++i) {
        if (!sources[i][0])
            continue;
        SHCreateDirectoryExW(NULL, folder, NULL);
        swprintf(file, MAX_PATH, L"%ls\\%ls", folder, names[i]);
        if (!CopyFileW(sources[i], file, FALSE))
            return fail(L"cannot copy %ls", sources[i]);
    }
    SHCreateDirectoryExW(NULL, meta, NULL);
    swprintf(file, MAX_PATH, L"%ls\\meta.json", meta);
    FILE *out = _wfopen(file, L"wb");
    if (!out)
        return fail(L"cannot write %ls", file);
    fprintf(out, "{\"Name\":");
    json_string(out, name);
    fprintf(out, ",\"Metadata\":{");
    if (description && description[0]) {
        fprintf(out, "\"Description\":");
        json_string(out, description);
    }
    fprintf(out, "},\"Endpoints\":{\"docker\":{\"Host\":");
    json_string(out, e->host);
    fprintf(out, ",\"SkipTLSVerify\":false}}}");
    fclose(out);
    return 0;
}

/* config.json's currentContext (cli/config/configfile), in UTF-8: read, and set ("" takes the member out, as
 * docker/cli's omitempty does). */
static void config_json(wchar_t *path)
{
    config_folder(path);
    wcscat(path, L"\\config.json");
}

static void read_current(char *name, size_t size)
{
    wchar_t path[MAX_PATH];
    config_json(path);
    name[0] = 0;
    FILE *in = _wfopen(path, L"rb");
    if (!in)
        return;
    char text[65536];
    const size_t n = fread(text, 1, sizeof text - 1, in);
    fclose(in);
    text[n] = 0;
    const char *key = strstr(text, "\"currentContext\"");
    const char *open = key ? strchr(key + 16, '"') : NULL;
    const char *close = open ? strchr(open + 1, '"') : NULL;
    if (close && (size_t)(close - open - 1) < size)
        snprintf(name, size, "%.*s", (int)(close - open - 1), open + 1);
}

static int write_current(const char *name)
{
    wchar_t path[MAX_PATH];
    config_json(path);
    char text[65536] = "{}", out[70000];
    FILE *in = _wfopen(path, L"rb");
    if (in) {
        const size_t n = fread(text, 1, sizeof text - 1, in);
        text[n] = 0;
        fclose(in);
    }
    /* Take the member out, with the comma that joined it to the next or the previous one. */
    char *key = strstr(text, "\"currentContext\"");
    char *open = key ? strchr(key + 16, '"') : NULL;
    char *close = open ? strchr(open + 1, '"') : NULL;
    if (close) {
        char *after = close + 1, *from = key;
        while (*after && strchr(" \t\r\n", *after))
            ++after;
        if (*after == ',') {
            ++after; /* "currentContext":"x", "next": ... */
        } else {     /* the last member: the comma before it goes */
            char *before = key;
            while (before > text && strchr(" \t\r\n", before[-1]))
                --before;
            if (before > text && before[-1] == ',')
                from = before - 1;
        }
        memmove(from, after, strlen(after) + 1);
    }
    char *brace = strchr(text, '{');
    if (!brace)
        return fail(L"cannot read %ls", path);
    const int empty = brace[strspn(brace + 1, " \t\r\n") + 1] == '}';
    if (name[0])
        snprintf(out, sizeof out, "%.*s{\"currentContext\":\"%s\"%s%s", (int)(brace - text), text, name,
                 empty ? "" : ",", brace + 1);
    else
        snprintf(out, sizeof out, "%s", text);
    wchar_t folder[MAX_PATH];
    config_folder(folder);
    SHCreateDirectoryExW(NULL, folder, NULL);
    FILE *file = _wfopen(path, L"wb");
    if (!file)
        return fail(L"cannot write %ls", path);
    fputs(out, file);
    fclose(file);
    return 0;
}

/* The context a command runs against, as cli/command/cli.go's resolveContextName: DOCKER_HOST means the default
 * one, else DOCKER_CONTEXT, else config.json's currentContext. */
static void current_context(char *name, size_t size)
{
    wchar_t value[1024];
    if (GetEnvironmentVariableW(L"DOCKER_HOST", value, 1024) > 0) {
        snprintf(name, size, "default");
        return;
    }
    if (GetEnvironmentVariableW(L"DOCKER_CONTEXT", value, 1024) > 0) {
        WideCharToMultiByte(CP_UTF8, 0, value, -1, name, (int)size, NULL, NULL);
        return;
    }
    read_current(name, size);
    if (!name[0])
        snprintf(name, size, "default");
}

static int context(int argc, wchar_t **argv)
{
    const wchar_t *verb = argc > 2 ? argv[2] : L"";
    const wchar_t *name = NULL, *docker = NULL, *description = NULL;
    int force = 0;
    for (int i = 3; i < argc; ++i) {
        if (!wcscmp(argv[i], L"--docker") && i + 1 < argc)
            docker = argv[++i];
        else if (!wcscmp(argv[i], L"--description") && i + 1 < argc)
            description = argv[++i];
        else if (!wcscmp(argv[i], L"-f") || !wcscmp(argv[i], L"--force"))
            force = 1;
        else if (argv[i][0] == L'-')
            return fail(L"unknown flag: %ls", argv[i]);
        else
            name = argv[i];
    }
    if (!name)
        return fail(L"\"docker context %ls\" requires exactly 1 argument.", verb);
    wchar_t meta[MAX_PATH], tls[MAX_PATH], file[MAX_PATH];
    context_paths(name, meta, tls);
    swprintf(file, MAX_PATH, L"%ls\\meta.json", meta);
    const int exists = GetFileAttributesW(file) != INVALID_FILE_ATTRIBUTES;
    char utf8[512], current[512];
    WideCharToMultiByte(CP_UTF8, 0, name, -1, utf8, sizeof utf8, NULL, NULL);
    current_context(current, sizeof current);
    if (!wcscmp(verb, L"use")) {
        /* cli/command/context/use.go: "default" takes currentContext out. */
        if (wcscmp(name, L"default") && !exists)
            return fail(L"context \"%ls\" does not exist", name);
        if (write_current(wcscmp(name, L"default") ? utf8 : ""))
            return 1;
        wprintf(L"%ls\n", name);
        fwprintf(stderr, L"Current context is now \"%ls\"\n", name);
        return 0;
    }
    if (!wcscmp(verb, L"rm")) {
        /* cli/command/context/remove.go: "default" is never removed; a missing one is an error unless forced; the
         * current one only with -f, which sets currentContext back to the default. Which one is current comes
         * from the environment too: with DOCKER_HOST set it is "default", and config.json is left as it was. */
        if (!wcscmp(name, L"default"))
            return fail(L"context \"%ls\" cannot be removed", name);
        if (!exists && !force)
            return fail(L"context \"%ls\" does not exist", name);
        if (!strcmp(current, utf8)) {
            if (!force)
                return fail(L"context \"%ls\" is in use, set -f flag to force remove", name);
            if (write_current(""))
                return 1;
        }
        remove_tree(meta);
        remove_tree(tls);
        wprintf(L"%ls\n", name);
        return 0;
    }
    if (wcscmp(verb, L"create") && wcscmp(verb, L"update"))
        return fail(L"docker context: unknown command: %ls", verb);
    if (!wcscmp(name, L"default"))
        return fail(L"\"%ls\" is a reserved context name", name);
    if (!valid_name(name))
        return fail(
            L"context name %ls is invalid, names are validated against regexp \"^[a-zA-Z0-9][a-zA-Z0-9_.+-]+$\"", name);
    if (!wcscmp(verb, L"create") && exists)
        return fail(L"context \"%ls\" already exists", name);
    if (!wcscmp(verb, L"update") && !exists)
        return fail(L"context \"%ls\" does not exist", name);
    struct Endpoint endpoint;
    if (!docker || parse_endpoint(docker, &endpoint))
        return docker ? 1 : fail(L"the stand-in needs --docker%ls", L"");
    if (write_context(name, &endpoint, description))
        return 1;
    wprintf(L"%ls\n", name);
    fwprintf(stderr, L"Successfully %ls context \"%ls\"\n", wcscmp(verb, L"create") ? L"updated" : L"created", name);
    return 0;
}

/* One request on a new connection to the pipe; the body of the answer in body, its status code returned (0: no
 * pipe, with the system's words in body). */
static int request(const wchar_t *pipe, const char *path, char *body, size_t size)
{
    HANDLE h = INVALID_HANDLE_VALUE;
    for (int tries = 0; tries < 50; ++tries) {
        h = CreateFileW(pipe, GENERIC_READ | GENERIC_WRITE, 0, NULL, OPEN_EXISTING, 0, NULL);
        if (h != INVALID_HANDLE_VALUE || GetLastError() != ERROR_PIPE_BUSY)
            break;
        WaitNamedPipeW(pipe, 100);
    }
    if (h == INVALID_HANDLE_VALUE) {
        snprintf(body, size, "%s",
                 GetLastError() == ERROR_FILE_NOT_FOUND ? "The system cannot find the file specified."
                                                        : "The pipe cannot be opened.");
        return 0;
    }
    char head[512];
    const int n = snprintf(head, sizeof head,
                           "GET %s HTTP/1.1\r\nHost: api.moby.localhost\r\nUser-Agent: Docker-Client/" STANDIN_VERSION
                           " (windows)\r\nConnection: close\r\n\r\n",
                           path);
    DWORD done = 0;
    WriteFile(h, head, (DWORD)n, &done, NULL);
    static char answer[65536];
    DWORD used = 0, got = 0;
    while (used < sizeof answer - 1 && ReadFile(h, answer + used, (DWORD)(sizeof answer - 1 - used), &got, NULL) &&
           got > 0)
        used += got;
    answer[used] = 0;
    CloseHandle(h);
    int status = 0;
    sscanf(answer, "HTTP/%*s %d", &status);
    const char *start = strstr(answer, "\r\n\r\n");
    snprintf(body, size, "%s", start ? start + 4 : "");
    if (status == 200 && strcmp(path, "/_ping") == 0) { /* the API version is a header of the ping's answer */
        const char *api = strstr(answer, "Api-Version: ");
        snprintf(body, size, "%.*s", api ? (int)strcspn(api + 13, "\r\n") : 0, api ? api + 13 : "");
    }
    return status;
}

/* The text of a JSON string field, or "" (the stand-in daemon's answers have no escapes). */
static void field(const char *json, const char *name, char *out, size_t size)
{
    char key[64];
    snprintf(key, sizeof key, "\"%s\":\"", name);
    const char *at = strstr(json, key);
    snprintf(out, size, "%.*s", at ? (int)strcspn(at + strlen(key), "\"") : 0, at ? at + strlen(key) : "");
}

static double api_number(const char *api)
{
    return atof(api);
}

static int version(int argc, wchar_t **argv, const wchar_t *host)
{
    const wchar_t *format = NULL;
    for (int i = 2; i + 1 < argc; ++i)
        if (!wcscmp(argv[i], L"--format") || !wcscmp(argv[i], L"-f"))
            format = argv[i + 1];
    wchar_t pipe[512];
    if (wcsncmp(host, L"npipe://", 8) != 0)
        return fail(L"docker stand-in: only npipe:// hosts, not %ls", host);
    swprintf(pipe, 512, L"%ls", host + 8);
    for (wchar_t *c = pipe; *c; ++c)
        if (*c == L'/')
            *c = L'\\';
    char url[512];
    WideCharToMultiByte(CP_UTF8, 0, host + 8, -1, url, sizeof url, NULL, NULL);
    char server_api[64] = "", body[8192];
    const int ping = request(pipe, "/_ping", server_api, sizeof server_api);
    if (ping == 0) {
        fprintf(stderr,
                "error during connect: this error may indicate that the docker daemon is not running: Get "
                "\"http://%%2F%%2F.%%2Fpipe%%2Fdocker_engine/v%s/version\": open %s: %s\n",
                client_api(), url, server_api);
        return 1;
    }
    const char *api = server_api[0] && api_number(server_api) < api_number(client_api()) ? server_api : client_api();
    char path[64];
    snprintf(path, sizeof path, "/v%s/version", api);
    const int status = request(pipe, path, body, sizeof body);
    if (status != 200) {
        char message[1024];
        field(body, "message", message, sizeof message);
        fprintf(stderr, "Error response from daemon: %s\n", message[0] ? message : body);
        return 1;
    }
    char value[256];
    if (!format) {
        field(body, "Version", value, sizeof value);
        printf("Client:\n Version:           " STANDIN_VERSION
               "\n API version:       %s\n\nServer:\n Engine:\n  Version:          %s\n",
               api, value);
        return 0;
    }
    if (!wcscmp(format, L"{{.Client.APIVersion}}"))
        snprintf(value, sizeof value, "%s", api);
    else if (!wcscmp(format, L"{{.Server.Version}}"))
        field(body, "Version", value, sizeof value);
    else if (!wcscmp(format, L"{{.Server.APIVersion}}"))
        field(body, "ApiVersion", value, sizeof value);
    else if (!wcscmp(format, L"{{.Server.MinAPIVersion}}"))
        field(body, "MinAPIVersion", value, sizeof value);
    else
        return fail(L"docker stand-in: the template %ls is not one it plays", format);
    printf("%s\n", value);
    return 0;
}

int wmain(int argc, wchar_t **argv)
{
    /* Global options before the command: -H HOST (else DOCKER_HOST, else the default pipe). */
    static wchar_t host[1024] = L"npipe:////./pipe/docker_engine";
    GetEnvironmentVariableW(L"DOCKER_HOST", host, 1024);
    while (argc > 2 && (!wcscmp(argv[1], L"-H") || !wcscmp(argv[1], L"--host"))) {
        wcsncpy(host, argv[2], 1023);
        argv[2] = argv[0];
        argv += 2;
        argc -= 2;
    }
    if (argc > 1 && !wcscmp(argv[1], L"version"))
        return version(argc, argv, host);
    if (argc > 1 && (!wcscmp(argv[1], L"--version") || !wcscmp(argv[1], L"-v"))) {
        printf("Docker version " STANDIN_VERSION ", build berth\n");
        return 0;
    }
    if (argc > 1 && !wcscmp(argv[1], L"context"))
        return context(argc, argv);
    return fail(L"docker stand-in: only --version, version and context create/update/rm/use%ls", L"");
}
