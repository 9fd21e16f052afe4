/* A stand-in for Windows PowerShell 5.1's powershell.exe, whose Wine build prints nothing and exits 0.
 * It runs what Berth hands PowerShell, with PowerShell's own rules, so that a script that would go wrong on
 * Windows goes wrong here too:
 *   powershell.exe [-NoProfile] [-NonInteractive] [-ExecutionPolicy P] -Command V_TEXT | -File PATH
 *   - statements split at newlines and ';', pipelines at '|', '#' comments, `$var = ...` assignments;
 *   - single-quoted strings end at any of ' ‘ ’ ‚ ‛ (each doubled stands for itself), double-quoted ones at
 *     " “ ” „ and expand $var, $env:NAME and $(...), with ` as the escape character; a bare word is text;
 *   - -File reads the script as 5.1 does: UTF-8 or UTF-16 with a byte order mark, else the ANSI code page;
 *   - the cmdlets Berth uses, with their documented parameters: New-ScheduledTaskAction (-Execute -Argument
 *     -WorkingDirectory), New-ScheduledTaskTrigger -AtStartup, New-ScheduledTaskSettingsSet [-Priority]
 *     [-ExecutionTimeLimit TICKS] (Task Scheduler's PT72H when not given) [-AllowStartIfOnBatteries]
 *     [-DontStopIfGoingOnBatteries] (taken, not recorded: nothing here runs on battery),
 *     Register-ScheduledTask (-TaskName -Action -Trigger -Settings -User -RunLevel [-Force] | -TaskName -Xml
 *     [-Force]), Get-ScheduledTask -TaskName, Start-/Stop-/Unregister-ScheduledTask (-TaskName or from the
 *     pipeline; Unregister needs -Confirm:$false, there being no one to ask), Get-FileHash -Algorithm SHA256
 *     -LiteralPath, Get-Content -LiteralPath -Raw, Set-Content -LiteralPath -Value [-Encoding ASCII], Remove-Item,
 *     Out-Null, Get-ChildItem -LiteralPath [-Recurse] [-Force] (each item's FullName; into links, as 5.1 goes),
 *     `foreach ($name in PIPELINE) { STATEMENTS }`, -EncodedCommand BASE64 (UTF-16LE),
 *     Get-Acl -LiteralPath (its .Sddl and .GetOwner([System.Security.Principal.SecurityIdentifier]).Value: the
 *     icacls stand-in's records, else what Windows gives an
 *     item an administrator made there), $ErrorActionPreference = 'Stop' (the first error ends the script, exit
 *     1), and (EXPR).Property (a task's State,
 *     TaskName, Settings.ExecutionTimeLimit and Actions.Arguments, as its XML holds them); Get-Process -Name
 *     NAME (every process of that image, with its Id and Path; none is an error), Where-Object PROPERTY -EQ VALUE
 *     on a process's Path or Id (without case, as -eq), Stop-Process -Force (from the pipeline, or -Id);
 *   - anything else is "not recognized" and fails that statement; the exit code is 1 when the last one failed.
 * Tasks are kept where Windows keeps their definitions, C:\Windows\System32\Tasks\NAME (task XML, UTF-16).
 * Start-ScheduledTask runs the task's action as a process of its own, watched by a detached copy of this
 * program (state in C:\berth-standin\tasks\NAME.pid); a second start while it runs does nothing; Stop ends
 * the action's process, not what it started (dockerd.exe under cmd.exe keeps running, the harder case of
 * what Task Scheduler's documentation leaves open). */
#include "standin-acl.h"

#include <windows.h>

#include <bcrypt.h>
#include <fcntl.h>
#include <io.h>
#include <tlhelp32.h>
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>

#define MAXTOK 16384

static int is_single_quote(wchar_t c)
{
    return c == 0x27 || c == 0x2018 || c == 0x2019 || c == 0x201A || c == 0x201B;
}

static int is_double_quote(wchar_t c)
{
    return c == 0x22 || c == 0x201C || c == 0x201D || c == 0x201E;
}

static wchar_t *text_copy(const wchar_t *text)
{
    size_t n = wcslen(text) + 1;
    wchar_t *copy = (wchar_t *)malloc(n * sizeof(wchar_t));
    memcpy(copy, text, n * sizeof(wchar_t));
    return copy;
}

static void write_utf8(FILE *stream, const wchar_t *text)
{
    int size = WideCharToMultiByte(CP_UTF8, 0, text, -1, NULL, 0, NULL, NULL);
    char *bytes = (char *)malloc(size);
    WideCharToMultiByte(CP_UTF8, 0, text, -1, bytes, size, NULL, NULL);
    fputs(bytes, stream);
    fflush(stream);
    free(bytes);
}

static int silently; /* -ErrorAction SilentlyContinue on the command that fails */

static int fail(const wchar_t *command, const wchar_t *message)
{
    if (!silently) {
        wchar_t line[8192];
        swprintf(line, 8192, L"%ls : %ls\r\n", command, message);
        write_utf8(stderr, line);
    }
    return 0;
}

/* ---- values ---- */

enum Kind { V_NONE, V_TEXT, V_BOOLEAN, V_ACTION, V_TRIGGER, V_SETTINGS, V_TASK, V_HASH, V_PROCESSES, V_ACL, V_ITEMS, V_ITEM };

struct Value
{
    enum Kind kind;
    wchar_t *text;    /* V_TEXT; a V_TASK's name; a V_HASH's digest; V_PROCESSES: "ID\tPATH\n" each; V_ACL: SDDL;
                       * V_ITEMS: "FULLNAME\n" each (Get-ChildItem's files and folders); V_ITEM: one's FullName */
    wchar_t *execute; /* V_ACTION */
    wchar_t *argument;
    wchar_t *directory;
    int number; /* V_BOOLEAN, V_SETTINGS' priority */
};

static struct Value none(void)
{
    struct Value v = {V_NONE, NULL, NULL, NULL, NULL, 0};
    return v;
}

static struct Value text(const wchar_t *t)
{
    struct Value v = none();
    v.kind = V_TEXT;
    v.text = text_copy(t);
    return v;
}

static struct
{
    wchar_t name[64];
    struct Value value;
} variables[64];
static int variable_count;

static struct Value lookup(const wchar_t *name)
{
    if (_wcsicmp(name, L"true") == 0 || _wcsicmp(name, L"false") == 0) {
        struct Value v = none();
        v.kind = V_BOOLEAN;
        v.number = _wcsicmp(name, L"true") == 0;
        return v;
    }
    if (_wcsicmp(name, L"null") == 0)
        return none();
    if (_wcsnicmp(name, L"env:", 4) == 0) {
        wchar_t buffer[32768];
        DWORD n = GetEnvironmentVariableW(name + 4, buffer, 32768);
        return n ? text(buffer) : none();
    }
    for (int i = 0; i < variable_count; ++i)
        if (_wcsicmp(variables[i].name, name) == 0)
            return variables[i].value;
    return none();
}

static void assign(const wchar_t *name, struct Value value)
{
    for (int i = 0; i < variable_count; ++i)
        if (_wcsicmp(variables[i].name, name) == 0) {
            variables[i].value = value;
            return;
        }
    if (variable_count < 64) {
        wcsncpy(variables[variable_count].name, name, 63);
        variables[variable_count++].value = value;
    }
}

static const wchar_t *as_text(struct Value v)
{
    switch (v.kind) {
    case V_TEXT:
    case V_TASK:
    case V_HASH:
        return v.text;
    case V_BOOLEAN:
        return v.number ? L"True" : L"False";
    default:
        return L"";
    }
}

/* ---- tokens ---- */

enum TokenKind {
    T_WORD, T_SQUOTED, T_DQUOTED, T_VARIABLE, T_PARAMETER, T_PIPE, T_END, T_OPEN, T_CLOSE, T_MEMBER, T_EQUALS,
    T_BLOCK, T_BLOCK_END
};

struct Token
{
    enum TokenKind kind;
    wchar_t *text;
    wchar_t *attached; /* -Name:value */
};

static struct Token tokens[MAXTOK];
static int token_count;
static int syntax_error;

static void push(enum TokenKind kind, const wchar_t *start, size_t length)
{
    if (token_count >= MAXTOK)
        return;
    wchar_t *t = (wchar_t *)calloc(length + 1, sizeof(wchar_t));
    memcpy(t, start, length * sizeof(wchar_t));
    tokens[token_count].kind = kind;
    tokens[token_count].text = t;
    tokens[token_count].attached = NULL;
    ++token_count;
}

static int is_name_char(wchar_t c)
{
    return iswalnum(c) || c == L'_' || c == L':';
}

/* The quoted string from *p (at its opening quote); the raw text between the quotes, with a single-quoted
 * string's doubled quotes already made single. */
static const wchar_t *quoted(const wchar_t *p, enum TokenKind *kind, wchar_t *out)
{
    size_t n = 0;
    if (is_single_quote(*p)) {
        *kind = T_SQUOTED;
        for (++p; *p; ++p) {
            if (is_single_quote(*p)) {
                if (is_single_quote(p[1])) {
                    out[n++] = *++p;
                    continue;
                }
                out[n] = 0;
                return p + 1;
            }
            out[n++] = *p;
        }
    } else {
        *kind = T_DQUOTED;
        for (++p; *p; ++p) {
            if (*p == L'`' && p[1]) {
                out[n++] = *p++;
                out[n++] = *p;
                continue;
            }
            if (is_double_quote(*p)) {
                if (is_double_quote(p[1])) {
                    out[n++] = L'`';
                    out[n++] = *++p;
                    continue;
                }
                out[n] = 0;
                return p + 1;
            }
            out[n++] = *p;
        }
    }
    syntax_error = 1; /* the string never ends */
    out[n] = 0;
    return p;
}

static void tokenize(const wchar_t *script)
{
    static wchar_t buffer[65536];
    const wchar_t *p = script;
    int depth = 0;
    while (*p) {
        wchar_t c = *p;
        if (c == L' ' || c == L'\t' || c == L'\r') {
            ++p;
        } else if (c == L'\n' || c == L';') {
            if (depth == 0)
                push(T_END, p, 1);
            ++p;
        } else if (c == L'#') {
            while (*p && *p != L'\n')
                ++p;
        } else if (c == L'|') {
            push(T_PIPE, p++, 1);
        } else if (c == L'{') {
            push(T_BLOCK, p++, 1);
        } else if (c == L'}') {
            push(T_BLOCK_END, p++, 1);
        } else if (c == L'(') {
            ++depth;
            push(T_OPEN, p++, 1);
        } else if (c == L')') {
            --depth;
            push(T_CLOSE, p++, 1);
            if (*p == L'.') { /* a member, or a chain of them: (...).Settings.ExecutionTimeLimit */
                const wchar_t *start = ++p;
                while (is_name_char(*p) || (*p == L'.' && is_name_char(p[1])))
                    ++p;
                push(T_MEMBER, start, (size_t)(p - start));
            }
        } else if (c == L'=' && p[1] != L'=') {
            push(T_EQUALS, p++, 1);
        } else if (is_single_quote(c) || is_double_quote(c)) {
            enum TokenKind kind;
            p = quoted(p, &kind, buffer);
            push(kind, buffer, wcslen(buffer));
        } else if (c == L'$' && (is_name_char(p[1]))) {
            const wchar_t *start = ++p;
            while (is_name_char(*p))
                ++p;
            push(T_VARIABLE, start, (size_t)(p - start));
            if (*p == L'.' && is_name_char(p[1])) { /* $item.FullName */
                const wchar_t *member = ++p;
                while (is_name_char(*p))
                    ++p;
                push(T_MEMBER, member, (size_t)(p - member));
            }
        } else if (c == L'-' && iswalpha(p[1])) {
            const wchar_t *start = ++p;
            while (iswalnum(*p) || *p == L'_')
                ++p;
            push(T_PARAMETER, start, (size_t)(p - start));
            if (*p == L':') {
                const wchar_t *value = ++p;
                while (*p && !iswspace(*p) && *p != L';' && *p != L'|' && *p != L')')
                    ++p;
                wchar_t *attached = (wchar_t *)calloc((size_t)(p - value) + 1, sizeof(wchar_t));
                memcpy(attached, value, (size_t)(p - value) * sizeof(wchar_t));
                tokens[token_count - 1].attached = attached;
            }
        } else {
            const wchar_t *start = p;
            while (*p && !iswspace(*p) && *p != L';' && *p != L'|' && *p != L'(' && *p != L')' && *p != L'{' &&
                   *p != L'}' && !is_single_quote(*p) && !is_double_quote(*p))
                ++p;
            push(T_WORD, start, (size_t)(p - start));
        }
    }
    push(T_END, L"", 0);
}

/* ---- evaluation ---- */

static struct Value run_pipeline(int *at, int *ok);
static struct Value task_element(const wchar_t *name, const wchar_t *element);

/* A double-quoted string's text with its variables and subexpressions put in. */
static wchar_t *expand(const wchar_t *raw)
{
    static wchar_t out[65536];
    size_t n = 0;
    for (const wchar_t *p = raw; *p && n < 65000; ++p) {
        if (*p == L'`' && p[1]) {
            ++p;
            out[n++] = *p == L'n' ? L'\n' : *p == L't' ? L'\t' : *p == L'0' ? 0 : *p;
        } else if (*p == L'$' && p[1] == L'(') {
            /* $( ... ): the text up to the matching parenthesis, run as a pipeline. */
            int depth = 0;
            const wchar_t *start = p + 2, *q = p + 1;
            for (; *q; ++q) {
                if (*q == L'(')
                    ++depth;
                else if (*q == L')' && --depth == 0)
                    break;
            }
            wchar_t inner[4096];
            size_t length = (size_t)(q - start);
            wcsncpy(inner, start, length);
            inner[length] = 0;
            int saved = token_count, ok = 1, at = token_count;
            tokenize(inner);
            struct Value v = run_pipeline(&at, &ok);
            token_count = saved;
            const wchar_t *t = as_text(v);
            wcscpy(out + n, t);
            n += wcslen(t);
            p = *q ? q : q - 1;
        } else if (*p == L'$' && is_name_char(p[1])) {
            wchar_t name[256];
            size_t k = 0;
            for (++p; is_name_char(*p) && k < 255; ++p)
                name[k++] = *p;
            /* "$x:" is not a drive of x: a trailing colon is text. */
            if (k > 0 && name[k - 1] == L':' && _wcsnicmp(name, L"env:", 4) != 0) {
                --k;
                --p;
            }
            name[k] = 0;
            --p;
            const wchar_t *t = as_text(lookup(name));
            wcscpy(out + n, t);
            n += wcslen(t);
        } else {
            out[n++] = *p;
        }
    }
    out[n] = 0;
    return text_copy(out);
}

static struct Value argument_value(int *at, int *ok)
{
    struct Token *t = &tokens[*at];
    switch (t->kind) {
    case T_SQUOTED:
        ++*at;
        return text(t->text);
    case T_DQUOTED:
        ++*at;
        return text(expand(t->text));
    case T_VARIABLE:
        ++*at;
        if (tokens[*at].kind == T_MEMBER) { /* a file's or folder's FullName, the one property read of them */
            struct Value v = lookup(t->text);
            const wchar_t *member = tokens[(*at)++].text;
            return v.kind == V_ITEM && _wcsicmp(member, L"FullName") == 0 ? text(v.text) : none();
        }
        return lookup(t->text);
    case T_WORD:
        ++*at;
        return text(t->text);
    case T_OPEN: {
        ++*at;
        struct Value v = run_pipeline(at, ok);
        if (tokens[*at].kind == T_CLOSE)
            ++*at;
        if (*at > 0 && tokens[*at].kind == T_MEMBER) {
            const wchar_t *member = tokens[(*at)++].text;
            if (_wcsicmp(member, L"Sddl") == 0 && v.kind == V_ACL)
                return text(v.text);
            /* .GetOwner([System.Security.Principal.SecurityIdentifier]).Value: the owner's SID. */
            if (_wcsicmp(member, L"GetOwner") == 0 && v.kind == V_ACL && tokens[*at].kind == T_OPEN &&
                tokens[*at + 1].kind == T_WORD &&
                (_wcsicmp(tokens[*at + 1].text, L"[System.Security.Principal.SecurityIdentifier]") == 0 ||
                 _wcsicmp(tokens[*at + 1].text, L"[Security.Principal.SecurityIdentifier]") == 0) &&
                tokens[*at + 2].kind == T_CLOSE && tokens[*at + 3].kind == T_MEMBER &&
                _wcsicmp(tokens[*at + 3].text, L"Value") == 0) {
                *at += 4;
                return text(v.argument);
            }
            if (_wcsicmp(member, L"Hash") == 0 && v.kind == V_HASH)
                return text(v.text);
            if (_wcsicmp(member, L"State") == 0 && v.kind == V_TASK)
                return text(v.argument ? v.argument : L"Ready");
            if (_wcsicmp(member, L"TaskName") == 0 && v.kind == V_TASK)
                return text(v.text);
            /* What Get-ScheduledTask's object holds of the task's definition: the settings' time limit as Task
             * Scheduler writes it (PT72H, PT0S), and the action's arguments (one action: the text itself). */
            if (v.kind == V_TASK &&
                (_wcsicmp(member, L"Settings.ExecutionTimeLimit") == 0 || _wcsicmp(member, L"Actions.Arguments") == 0))
                return task_element(v.text, _wcsicmp(member, L"Actions.Arguments") == 0 ? L"Arguments"
                                                                                       : L"ExecutionTimeLimit");
            return none();
        }
        return v;
    }
    default:
        return none();
    }
}

struct Arguments
{
    int count;
    wchar_t *names[32];
    struct Value values[32];
    struct Value positional[8];
    int positionals;
};

static const wchar_t *switches[] = {L"AtStartup", L"Force", L"Raw", L"Recurse", L"NoNewWindow", NULL};

static int is_switch(const wchar_t *name)
{
    for (int i = 0; switches[i]; ++i)
        if (_wcsicmp(name, switches[i]) == 0)
            return 1;
    return 0;
}

static struct Value *parameter(struct Arguments *a, const wchar_t *name)
{
    for (int i = 0; i < a->count; ++i)
        if (_wcsicmp(a->names[i], name) == 0)
            return &a->values[i];
    return NULL;
}

static const wchar_t *parameter_text(struct Arguments *a, const wchar_t *name)
{
    struct Value *v = parameter(a, name);
    return v ? as_text(*v) : NULL;
}

/* ---- tasks ---- */

static void task_file(const wchar_t *name, wchar_t *path)
{
    swprintf(path, MAX_PATH, L"C:\\Windows\\System32\\Tasks\\%ls", name);
}

static void state_file(const wchar_t *name, wchar_t *path)
{
    swprintf(path, MAX_PATH, L"C:\\berth-standin\\tasks\\%ls.pid", name);
}

static wchar_t *read_text_file(const wchar_t *path, int ansi_without_bom)
{
    HANDLE file = CreateFileW(path, GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL, OPEN_EXISTING, 0, NULL);
    if (file == INVALID_HANDLE_VALUE)
        return NULL;
    DWORD size = GetFileSize(file, NULL), got = 0;
    unsigned char *bytes = (unsigned char *)calloc(size + 4, 1);
    ReadFile(file, bytes, size, &got, NULL);
    CloseHandle(file);
    wchar_t *result;
    if (got >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) {
        result = (wchar_t *)calloc(got / 2 + 1, sizeof(wchar_t));
        memcpy(result, bytes + 2, got - 2);
    } else {
        UINT page = ansi_without_bom ? CP_ACP : CP_UTF8;
        unsigned char *start = bytes;
        if (got >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) {
            page = CP_UTF8;
            start += 3;
            got -= 3;
        }
        int n = MultiByteToWideChar(page, 0, (char *)start, (int)got, NULL, 0);
        result = (wchar_t *)calloc(n + 1, sizeof(wchar_t));
        MultiByteToWideChar(page, 0, (char *)start, (int)got, result, n);
    }
    free(bytes);
    return result;
}

static void xml_escape(const wchar_t *in, wchar_t *out)
{
    for (*out = 0; *in; ++in) {
        if (*in == L'&')
            wcscat(out, L"&amp;");
        else if (*in == L'<')
            wcscat(out, L"&lt;");
        else if (*in == L'>')
            wcscat(out, L"&gt;");
        else {
            size_t n = wcslen(out);
            out[n] = *in;
            out[n + 1] = 0;
        }
    }
}

static int write_task(const wchar_t *name, const wchar_t *xml)
{
    wchar_t path[MAX_PATH];
    CreateDirectoryW(L"C:\\Windows\\System32\\Tasks", NULL);
    task_file(name, path);
    HANDLE file = CreateFileW(path, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
    if (file == INVALID_HANDLE_VALUE)
        return 0;
    DWORD written;
    WriteFile(file, "\xFF\xFE", 2, &written, NULL);
    WriteFile(file, xml, (DWORD)(wcslen(xml) * sizeof(wchar_t)), &written, NULL);
    CloseHandle(file);
    return 1;
}

/* The element's text in a task's XML (Command, Arguments, WorkingDirectory), unescaped. */
static void xml_element(const wchar_t *xml, const wchar_t *element, wchar_t *value)
{
    wchar_t open[64], close[64];
    swprintf(open, 64, L"<%ls>", element);
    swprintf(close, 64, L"</%ls>", element);
    value[0] = 0;
    const wchar_t *start = wcsstr(xml, open), *end;
    if (!start || !(end = wcsstr(start, close)))
        return;
    start += wcslen(open);
    size_t n = 0;
    for (const wchar_t *p = start; p < end; ++p) {
        if (wcsncmp(p, L"&amp;", 5) == 0) {
            value[n++] = L'&';
            p += 4;
        } else if (wcsncmp(p, L"&lt;", 4) == 0) {
            value[n++] = L'<';
            p += 3;
        } else if (wcsncmp(p, L"&gt;", 4) == 0) {
            value[n++] = L'>';
            p += 3;
        } else if (wcsncmp(p, L"&quot;", 6) == 0) {
            value[n++] = L'"';
            p += 5;
        } else if (wcsncmp(p, L"&apos;", 6) == 0) {
            value[n++] = L'\'';
            p += 5;
        } else {
            value[n++] = *p;
        }
    }
    value[n] = 0;
}

static int task_exists(const wchar_t *name)
{
    wchar_t path[MAX_PATH];
    task_file(name, path);
    return GetFileAttributesW(path) != INVALID_FILE_ATTRIBUTES;
}

static struct Value task_element(const wchar_t *name, const wchar_t *element)
{
    wchar_t path[MAX_PATH], value[8192];
    task_file(name, path);
    wchar_t *xml = read_text_file(path, 0);
    if (!xml)
        return none();
    xml_element(xml, element, value);
    free(xml);
    return text(value);
}

/* The watching process and the action's process of a running task; 0 when it does not run. */
static DWORD running_action(const wchar_t *name)
{
    wchar_t path[MAX_PATH];
    state_file(name, path);
    FILE *file = _wfopen(path, L"r");
    if (!file)
        return 0;
    unsigned long host = 0, action = 0;
    fscanf(file, "%lu %lu", &host, &action);
    fclose(file);
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, (DWORD)host);
    DWORD code = 0;
    int alive = process && GetExitCodeProcess(process, &code) && code == STILL_ACTIVE;
    if (process)
        CloseHandle(process);
    return alive ? (DWORD)action : 0;
}

static void stop_task(const wchar_t *name)
{
    DWORD action = running_action(name);
    if (!action)
        return;
    HANDLE process = OpenProcess(PROCESS_TERMINATE | SYNCHRONIZE, FALSE, action);
    if (process) {
        TerminateProcess(process, 0x41306); /* SCHED_S_TASK_TERMINATED */
        WaitForSingleObject(process, 10000);
        CloseHandle(process);
    }
    for (int i = 0; i < 100 && running_action(name); ++i)
        Sleep(50);
}

/* powershell.exe -BerthTaskHost NAME: runs the task's action and waits for it, so that the task counts as
 * running exactly as long as its action does. Never given by Berth: this program's own way to watch. */
static int task_host(const wchar_t *name)
{
    wchar_t path[MAX_PATH], command[1024], arguments[8192], directory[MAX_PATH], line[16384];
    task_file(name, path);
    wchar_t *xml = read_text_file(path, 0);
    if (!xml)
        return 1;
    xml_element(xml, L"Command", command);
    xml_element(xml, L"Arguments", arguments);
    xml_element(xml, L"WorkingDirectory", directory);
    swprintf(line, 16384, L"\"%ls\" %ls", command, arguments);
    STARTUPINFOW si = {sizeof si};
    PROCESS_INFORMATION pi;
    if (!CreateProcessW(NULL, line, NULL, NULL, FALSE, CREATE_NO_WINDOW, NULL, *directory ? directory : NULL, &si,
                        &pi))
        return 1;
    CreateDirectoryW(L"C:\\berth-standin", NULL);
    CreateDirectoryW(L"C:\\berth-standin\\tasks", NULL);
    state_file(name, path);
    FILE *state = _wfopen(path, L"w");
    if (state) {
        fprintf(state, "%lu %lu\n", GetCurrentProcessId(), pi.dwProcessId);
        fclose(state);
    }
    WaitForSingleObject(pi.hProcess, INFINITE);
    DeleteFileW(path);
    return 0;
}

static int start_task(const wchar_t *name)
{
    if (!task_exists(name))
        return fail(L"Start-ScheduledTask", L"The system cannot find the file specified.");
    if (running_action(name))
        return 1; /* a running task is not started twice */
    wchar_t self[MAX_PATH], line[1024];
    GetModuleFileNameW(NULL, self, MAX_PATH);
    swprintf(line, 1024, L"\"%ls\" -BerthTaskHost \"%ls\"", self, name);
    STARTUPINFOW si = {sizeof si};
    PROCESS_INFORMATION pi;
    if (!CreateProcessW(NULL, line, NULL, NULL, FALSE, DETACHED_PROCESS | CREATE_NEW_PROCESS_GROUP, NULL, NULL, &si,
                        &pi))
        return fail(L"Start-ScheduledTask", L"The task could not be started.");
    CloseHandle(pi.hThread);
    CloseHandle(pi.hProcess);
    for (int i = 0; i < 100 && !running_action(name); ++i)
        Sleep(50);
    return 1;
}

static struct Value task_value(const wchar_t *name)
{
    struct Value v = none();
    v.kind = V_TASK;
    v.text = text_copy(name);
    v.argument = (wchar_t *)(running_action(name) ? L"Running" : L"Ready");
    return v;
}

/* ---- Get-Acl ---- */

/* A SID as SDDL writes it: the abbreviation of a well-known one, else the SID itself. */
static const wchar_t *sddl_sid(const wchar_t *sid)
{
    static const wchar_t *known[][2] = {{L"S-1-5-18", L"SY"}, {L"S-1-5-32-544", L"BA"}, {L"S-1-5-32-545", L"BU"},
                                        {L"S-1-1-0", L"WD"},  {L"S-1-5-11", L"AU"},     {L"S-1-3-0", L"CO"}};
    for (size_t i = 0; i < sizeof known / sizeof known[0]; ++i)
        if (_wcsicmp(sid, known[i][0]) == 0)
            return known[i][1];
    return sid;
}

/* One icacls grant, "*SID:(OI)(CI)F", as an SDDL entry. */
static void grant_ace(const wchar_t *grant, wchar_t *out)
{
    wchar_t sid[128], flags[16] = L"";
    const wchar_t *colon = wcsrchr(grant, L':');
    out[0] = 0;
    if (!colon || colon == grant || grant[0] != L'*')
        return; /* not a grant the icacls stand-in writes */
    swprintf(sid, 128, L"%.*ls", (int)(colon - grant - 1), grant + 1);
    const wchar_t *p = colon + 1;
    for (; *p == L'('; p = wcschr(p, L')') + 1) {
        if (wcsncmp(p, L"(OI)", 4) == 0)
            wcscat(flags, L"OI");
        else if (wcsncmp(p, L"(CI)", 4) == 0)
            wcscat(flags, L"CI");
        else if (wcsncmp(p, L"(IO)", 4) == 0)
            wcscat(flags, L"IO");
        else if (wcsncmp(p, L"(NP)", 4) == 0)
            wcscat(flags, L"NP");
    }
    const wchar_t *rights = wcscmp(p, L"F") == 0    ? L"FA"
                            : wcscmp(p, L"M") == 0  ? L"0x1301bf"
                            : wcscmp(p, L"RX") == 0 ? L"0x1200a9"
                            : wcscmp(p, L"R") == 0  ? L"FR"
                            : wcscmp(p, L"W") == 0  ? L"0x100116"
                            : wcscmp(p, L"D") == 0  ? L"SD"
                                                    : NULL;
    out[0] = 0;
    if (rights)
        swprintf(out, 256, L"(A;%ls;%ls;;;%ls)", flags, rights, sddl_sid(sid));
}

/* What a folder passes on to what is made in it, by where it is: C:\ProgramData lets Users add files and folders,
 * a folder at the drive's root lets Authenticated Users change what is made in it, Windows and Program Files let
 * others read only. */
static const wchar_t *inherited_aces(const wchar_t *path)
{
    if (_wcsnicmp(path, L"C:\\ProgramData\\", 15) == 0)
        return L"(A;OICIID;FA;;;SY)(A;OICIID;FA;;;BA)(A;OICIIOID;GA;;;CO)(A;OICIID;0x1200a9;;;BU)"
               L"(A;CIID;DCLCRPCR;;;BU)";
    if (_wcsnicmp(path, L"C:\\Windows\\", 11) == 0 || _wcsnicmp(path, L"C:\\Program Files", 16) == 0 ||
        _wcsnicmp(path, L"C:\\Users\\", 9) == 0)
        return L"(A;OICIID;FA;;;SY)(A;OICIID;FA;;;BA)(A;OICIIOID;GA;;;CO)(A;OICIID;0x1200a9;;;BU)";
    return L"(A;OICIID;FA;;;SY)(A;OICIID;FA;;;BA)(A;OICIID;0x1200a9;;;BU)(A;OICIIOID;SDGXGWGR;;;AU)"
           L"(A;ID;0x1301bf;;;AU)";
}

/* Get-Acl -LiteralPath PATH, as its .Sddl says. Wine keeps no access lists, so the icacls stand-in's records
 * (C:\berth-standin\icacls.txt) stand for them: the last owner and the last access list recorded for PATH; without
 * a record, what Windows gives an item an elevated administrator made there: owner Administrators, and what its
 * folder passes on (inherited_aces). */
static struct Value get_acl(const wchar_t *path, int *ok)
{
    struct Value v = none();
    if (GetFileAttributesW(path) == INVALID_FILE_ATTRIBUTES) {
        wchar_t message[4096];
        swprintf(message, 4096, L"Cannot find path '%ls' because it does not exist.", path);
        *ok = fail(L"Get-Acl", message);
        return v;
    }
    wchar_t wanted[4096], owner[128] = L"BA", dacl[8192] = L"";
    wcsncpy(wanted, path, 4095);
    wanted[4095] = 0;
    acl_trim(wanted);
    const struct AclRecord record = acl_record(wanted);
    if (record.owner[0])
        wcsncpy(owner, sddl_sid(record.owner + 1), 127);
    if (record.kind[0]) {
        wcscpy(dacl, wcscmp(record.kind, L"protected") == 0 ? L"D:PAI" : L"D:AI");
        for (int i = 0; i < record.count; ++i) {
            wchar_t ace[256];
            grant_ace(record.grants[i], ace);
            wcscat(dacl, ace);
        }
        if (wcscmp(record.kind, L"protected") != 0)
            wcscat(dacl, inherited_aces(wanted));
    }
    if (!dacl[0])
        swprintf(dacl, 8192, L"D:AI%ls", inherited_aces(wanted));
    wchar_t sddl[8448];
    swprintf(sddl, 8448, L"O:%lsG:SY%ls", owner, dacl);
    v.kind = V_ACL;
    v.text = text_copy(sddl);
    v.argument = text_copy(record.owner[0] ? record.owner + 1 : L"S-1-5-32-544"); /* GetOwner(...).Value */
    return v;
}

/* ---- Get-ChildItem ---- */

/* What is in folder, as Get-ChildItem lists it: without -Force, hidden and system items are left out; with
 * -Recurse, each folder's items, then what is in its folders. Windows PowerShell 5.1 goes into a folder that is a
 * link or junction too (PowerShell 6 stopped doing so); a path longer than Windows takes ends the listing with an
 * error, as a loop of links does there. */
static int list_items(const wchar_t *folder, int recurse, int force, wchar_t **list, size_t *size, int depth)
{
    wchar_t pattern[4096];
    if (depth > 64 || swprintf(pattern, 4096, L"%ls\\*", folder) < 0 || wcslen(folder) > 3800)
        return fail(L"Get-ChildItem", L"The specified path, file name, or both are too long.");
    WIN32_FIND_DATAW found;
    HANDLE find = FindFirstFileW(pattern, &found);
    if (find == INVALID_HANDLE_VALUE)
        return 1; /* an empty folder */
    wchar_t *folders = text_copy(L"");
    do {
        if (wcscmp(found.cFileName, L".") == 0 || wcscmp(found.cFileName, L"..") == 0)
            continue;
        if (!force && (found.dwFileAttributes & (FILE_ATTRIBUTE_HIDDEN | FILE_ATTRIBUTE_SYSTEM)))
            continue;
        wchar_t path[4096];
        swprintf(path, 4096, L"%ls\\%ls", folder, found.cFileName);
        size_t used = wcslen(*list), more = wcslen(path) + 2;
        if (used + more >= *size) {
            *size = (*size + more) * 2;
            *list = (wchar_t *)realloc(*list, *size * sizeof(wchar_t));
        }
        wcscat(*list, path);
        wcscat(*list, L"\n");
        if (recurse && (found.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY)) {
            size_t held = wcslen(folders);
            folders = (wchar_t *)realloc(folders, (held + wcslen(path) + 2) * sizeof(wchar_t));
            wcscat(folders, path);
            wcscat(folders, L"\n");
        }
    } while (FindNextFileW(find, &found));
    FindClose(find);
    int ok = 1;
    for (wchar_t *next = folders, *end; ok && *next; next = end + 1) {
        end = wcschr(next, L'\n');
        *end = 0;
        ok = list_items(next, recurse, force, list, size, depth + 1);
    }
    free(folders);
    return ok;
}

static struct Value get_child_items(const wchar_t *path, int recurse, int force, int *ok)
{
    struct Value v = none();
    DWORD attributes = GetFileAttributesW(path);
    if (attributes == INVALID_FILE_ATTRIBUTES) {
        wchar_t message[4096];
        swprintf(message, 4096, L"Cannot find path '%ls' because it does not exist.", path);
        *ok = fail(L"Get-ChildItem", message);
        return v;
    }
    wchar_t folder[4096];
    wcsncpy(folder, path, 4095);
    folder[4095] = 0;
    size_t n = wcslen(folder);
    while (n > 3 && folder[n - 1] == L'\\')
        folder[--n] = 0;
    size_t size = 4096;
    wchar_t *list = (wchar_t *)calloc(size, sizeof(wchar_t));
    if (!(attributes & FILE_ATTRIBUTE_DIRECTORY)) { /* a file: itself */
        swprintf(list, size, L"%ls\n", folder);
    } else if (!(*ok = list_items(folder, recurse, force, &list, &size, 0))) {
        free(list);
        return v;
    }
    v.kind = V_ITEMS;
    v.text = list;
    return v;
}

/* ---- cmdlets ---- */

static int same(const wchar_t *a, const wchar_t *b)
{
    return _wcsicmp(a, b) == 0;
}

/* Each cmdlet takes only the parameters it documents; anything else fails as PowerShell's binder does. */
static int only(struct Arguments *a, const wchar_t *command, const wchar_t **allowed)
{
    for (int i = 0; i < a->count; ++i) {
        int known = same(a->names[i], L"ErrorAction") || same(a->names[i], L"Confirm") ||
                    same(a->names[i], L"Verbose");
        for (int k = 0; allowed[k] && !known; ++k)
            known = same(a->names[i], allowed[k]);
        if (!known) {
            wchar_t message[512];
            swprintf(message, 512, L"A parameter cannot be found that matches parameter name '%ls'.", a->names[i]);
            return fail(command, message);
        }
    }
    return 1;
}

/* ---- processes ---- */

/* Get-Process -Name NAME: every process whose image is NAME.exe, with its Id and Path (the image's full path, as
 * Windows PowerShell's Path property reads it from the process's main module). */
static struct Value get_process(const wchar_t *name, int *ok)
{
    struct Value v = none();
    wchar_t image[MAX_PATH];
    swprintf(image, MAX_PATH, L"%ls.exe", name);
    size_t size = 1, used = 0;
    wchar_t *list = (wchar_t *)calloc(size, sizeof(wchar_t));
    HANDLE snapshot = CreateToolhelp32Snapshot(TH32CS_SNAPPROCESS, 0);
    PROCESSENTRY32W entry = {sizeof entry};
    for (BOOL more = Process32FirstW(snapshot, &entry); more; more = Process32NextW(snapshot, &entry)) {
        if (_wcsicmp(entry.szExeFile, image) != 0 && _wcsicmp(entry.szExeFile, name) != 0)
            continue;
        wchar_t path[MAX_PATH] = L"";
        DWORD length = MAX_PATH;
        HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, entry.th32ProcessID);
        if (process) {
            if (!QueryFullProcessImageNameW(process, 0, path, &length))
                path[0] = 0;
            CloseHandle(process);
        }
        wchar_t line[MAX_PATH + 32];
        const int n = swprintf(line, MAX_PATH + 32, L"%lu\t%ls\n", (unsigned long)entry.th32ProcessID, path);
        list = (wchar_t *)realloc(list, (size + n) * sizeof(wchar_t));
        wcscpy(list + used, line);
        used += n;
        size += n;
    }
    CloseHandle(snapshot);
    if (used == 0) {
        wchar_t message[512];
        swprintf(message, 512,
                 L"Cannot find a process with the name \"%ls\". Verify the process name and call the cmdlet again.",
                 name);
        *ok = fail(L"Get-Process", message);
        free(list);
        return v;
    }
    v.kind = V_PROCESSES;
    v.text = list;
    return v;
}

/* Where-Object PROPERTY -EQ VALUE (the simplified syntax) over processes: Id, Path; -eq compares strings without
 * case, as PowerShell's does. */
static struct Value where_process(const wchar_t *property, const wchar_t *wanted, struct Value input)
{
    struct Value v = none();
    if (input.kind != V_PROCESSES)
        return v;
    wchar_t *kept = text_copy(input.text);
    kept[0] = 0;
    const wchar_t *line = input.text;
    while (*line) {
        const wchar_t *end = wcschr(line, L'\n');
        const wchar_t *tab = wcschr(line, L'\t');
        wchar_t id[32], path[MAX_PATH];
        swprintf(id, 32, L"%.*ls", (int)(tab - line), line);
        swprintf(path, MAX_PATH, L"%.*ls", (int)(end - tab - 1), tab + 1);
        const wchar_t *value = same(property, L"Id") ? id : path;
        if (_wcsicmp(value, wanted) == 0)
            wcsncat(kept, line, end - line + 1);
        line = end + 1;
    }
    if (kept[0]) {
        v.kind = V_PROCESSES;
        v.text = kept;
    }
    return v;
}

/* Stop-Process -Force: each process that came down the pipeline, or -Id ID. */
static int stop_processes(const wchar_t *ids)
{
    const wchar_t *line = ids;
    while (*line) {
        const DWORD id = (DWORD)wcstoul(line, NULL, 10);
        HANDLE process = OpenProcess(PROCESS_TERMINATE | SYNCHRONIZE, FALSE, id);
        if (!process) {
            wchar_t message[256];
            swprintf(message, 256, L"Cannot find a process with the process identifier %lu.", (unsigned long)id);
            return fail(L"Stop-Process", message);
        }
        TerminateProcess(process, 0xFFFFFFFF);
        CloseHandle(process);
        const wchar_t *end = wcschr(line, L'\n');
        if (!end)
            break;
        line = end + 1;
    }
    return 1;
}

static struct Value cmdlet(const wchar_t *name, struct Arguments *a, struct Value input, int *ok)
{
    struct Value v = none();
    const wchar_t *action = parameter_text(a, L"ErrorAction");
    silently = action && same(action, L"SilentlyContinue");
    if (same(name, L"Out-Null"))
        return none();
    if (same(name, L"New-ScheduledTaskAction")) {
        static const wchar_t *allowed[] = {L"Execute", L"Argument", L"WorkingDirectory", L"Id", NULL};
        if (!(*ok = only(a, name, allowed)))
            return v;
        const wchar_t *execute = parameter_text(a, L"Execute");
        if (!execute || !*execute) {
            *ok = fail(name, L"Cannot validate argument on parameter 'Execute'. The argument is null or empty.");
            return v;
        }
        v.kind = V_ACTION;
        v.execute = text_copy(execute);
        v.argument = text_copy(parameter_text(a, L"Argument") ? parameter_text(a, L"Argument") : L"");
        v.directory = text_copy(parameter_text(a, L"WorkingDirectory") ? parameter_text(a, L"WorkingDirectory") : L"");
        return v;
    }
    if (same(name, L"New-ScheduledTaskTrigger")) {
        static const wchar_t *allowed[] = {L"AtStartup", L"AtLogOn", NULL};
        if (!(*ok = only(a, name, allowed)))
            return v;
        if (!parameter(a, L"AtStartup")) {
            *ok = fail(name, L"Parameter set cannot be resolved using the specified named parameters.");
            return v;
        }
        v.kind = V_TRIGGER;
        return v;
    }
    if (same(name, L"New-ScheduledTaskSettingsSet")) {
        static const wchar_t *allowed[] = {L"Priority", L"ExecutionTimeLimit", L"AllowStartIfOnBatteries",
                                           L"DontStopIfGoingOnBatteries", NULL};
        if (!(*ok = only(a, name, allowed)))
            return v;
        v.kind = V_SETTINGS;
        v.number = parameter_text(a, L"Priority") ? _wtoi(parameter_text(a, L"Priority")) : 7;
        /* Task Scheduler's default is 72 hours; a number converts to a TimeSpan of that many ticks, as PowerShell
         * converts it, and zero (PT0S) lets the task run without a limit. */
        v.text = text_copy(L"PT72H");
        const wchar_t *limit = parameter_text(a, L"ExecutionTimeLimit");
        if (limit) {
            wchar_t *end = NULL;
            const long long ticks = wcstoll(limit, &end, 10);
            if (!*limit || *end || ticks < 0) {
                wchar_t message[512];
                swprintf(message, 512,
                         L"Cannot bind parameter 'ExecutionTimeLimit'. Cannot convert value \"%ls\" to type "
                         L"\"System.TimeSpan\".",
                         limit);
                *ok = fail(name, message);
                return v;
            }
            wchar_t duration[64];
            swprintf(duration, 64, L"PT%lldS", ticks / 10000000);
            v.text = text_copy(duration);
        }
        return v;
    }
    if (same(name, L"Register-ScheduledTask")) {
        static const wchar_t *allowed[] = {L"TaskName", L"Action", L"Trigger", L"Settings", L"User", L"RunLevel",
                                           L"Force",    L"Xml",    NULL};
        if (!(*ok = only(a, name, allowed)))
            return v;
        const wchar_t *task = parameter_text(a, L"TaskName");
        if (!task || !*task || wcspbrk(task, L"\\/:*?\"<>|")) {
            *ok = fail(name, L"The task name is not valid. (0x8007007B)");
            return v;
        }
        if (task_exists(task) && !parameter(a, L"Force")) {
            *ok = fail(name, L"Cannot create a file when that file already exists.");
            return v;
        }
        const wchar_t *xml = parameter_text(a, L"Xml");
        if (xml) {
            *ok = write_task(task, xml);
            return task_value(task);
        }
        struct Value *exec = parameter(a, L"Action");
        if (!exec || exec->kind != V_ACTION || !parameter(a, L"Trigger") || parameter(a, L"Trigger")->kind != V_TRIGGER) {
            *ok = fail(name, L"Cannot process argument transformation on parameter 'Action'.");
            return v;
        }
        const wchar_t *level = parameter_text(a, L"RunLevel");
        if (level && !same(level, L"Highest") && !same(level, L"Limited")) {
            *ok = fail(name, L"Cannot bind parameter 'RunLevel'.");
            return v;
        }
        const wchar_t *user = parameter_text(a, L"User");
        static wchar_t body[32768], command[4096], arguments[16384], directory[4096];
        xml_escape(exec->execute, command);
        xml_escape(exec->argument, arguments);
        xml_escape(exec->directory, directory);
        struct Value *settings = parameter(a, L"Settings");
        swprintf(body, 32768,
                 L"<?xml version=\"1.0\" encoding=\"UTF-16\"?>\r\n"
                 L"<Task version=\"1.2\" xmlns=\"http://schemas.microsoft.com/windows/2004/02/mit/task\">\r\n"
                 L"  <RegistrationInfo>\r\n    <URI>\\%ls</URI>\r\n  </RegistrationInfo>\r\n"
                 L"  <Triggers>\r\n    <BootTrigger>\r\n      <Enabled>true</Enabled>\r\n    </BootTrigger>\r\n"
                 L"  </Triggers>\r\n  <Principals>\r\n    <Principal id=\"Author\">\r\n      <UserId>%ls</UserId>\r\n"
                 L"      <RunLevel>%ls</RunLevel>\r\n    </Principal>\r\n  </Principals>\r\n"
                 L"  <Settings>\r\n    <ExecutionTimeLimit>%ls</ExecutionTimeLimit>\r\n    <Priority>%d</Priority>\r\n"
                 L"  </Settings>\r\n"
                 L"  <Actions Context=\"Author\">\r\n    <Exec>\r\n      <Command>%ls</Command>\r\n"
                 L"      <Arguments>%ls</Arguments>\r\n      <WorkingDirectory>%ls</WorkingDirectory>\r\n"
                 L"    </Exec>\r\n  </Actions>\r\n</Task>\r\n",
                 task, user && same(user, L"SYSTEM") ? L"S-1-5-18" : (user ? user : L""),
                 level && same(level, L"Highest") ? L"HighestAvailable" : L"LeastPrivilege",
                 settings && settings->kind == V_SETTINGS ? settings->text : L"PT72H",
                 settings && settings->kind == V_SETTINGS ? settings->number : 7, command, arguments, directory);
        if (!write_task(task, body)) {
            *ok = fail(name, L"Access is denied.");
            return v;
        }
        return task_value(task);
    }
    const wchar_t *task = parameter_text(a, L"TaskName");
    if (!task && input.kind == V_TASK)
        task = input.text;
    if (same(name, L"Get-ScheduledTask")) {
        static const wchar_t *allowed[] = {L"TaskName", L"TaskPath", NULL};
        if (!(*ok = only(a, name, allowed)))
            return v;
        if (!task || !task_exists(task)) {
            wchar_t message[512];
            swprintf(message, 512, L"No MSFT_ScheduledTask objects found with property 'TaskName' equal to '%ls'.",
                     task ? task : L"");
            *ok = fail(name, message);
            return v;
        }
        return task_value(task);
    }
    if (same(name, L"Start-ScheduledTask") || same(name, L"Stop-ScheduledTask") ||
        same(name, L"Unregister-ScheduledTask")) {
        static const wchar_t *allowed[] = {L"TaskName", L"TaskPath", L"InputObject", NULL};
        if (!(*ok = only(a, name, allowed)))
            return v;
        if (!task) {
            *ok = input.kind == V_NONE && !parameter(a, L"TaskName") ? 1 : fail(name, L"The task name is missing.");
            return v; /* nothing came down the pipeline: nothing to do */
        }
        if (same(name, L"Start-ScheduledTask")) {
            *ok = start_task(task);
            return v;
        }
        if (!task_exists(task)) {
            *ok = fail(name, L"The system cannot find the file specified.");
            return v;
        }
        if (same(name, L"Stop-ScheduledTask")) {
            stop_task(task);
            return v;
        }
        const wchar_t *confirm = parameter(a, L"Confirm") ? parameter_text(a, L"Confirm") : NULL;
        if (!confirm || !same(confirm, L"False")) {
            *ok = fail(name, L"Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is not "
                             L"available.");
            return v;
        }
        stop_task(task);
        wchar_t path[MAX_PATH];
        task_file(task, path);
        DeleteFileW(path);
        return v;
    }
    if (same(name, L"Get-Process")) {
        static const wchar_t *allowed[] = {L"Name", NULL};
        if (!(*ok = only(a, name, allowed)))
            return v;
        const wchar_t *process = parameter_text(a, L"Name") ? parameter_text(a, L"Name")
                                 : a->positionals                 ? as_text(a->positional[0])
                                                                  : NULL;
        if (!process) {
            *ok = fail(name, L"Every process: not played by this stand-in.");
            return v;
        }
        return get_process(process, ok);
    }
    if (same(name, L"Where-Object")) {
        static const wchar_t *allowed[] = {L"EQ", L"Property", L"Value", NULL};
        if (!(*ok = only(a, name, allowed)))
            return v;
        const wchar_t *property = parameter_text(a, L"Property") ? parameter_text(a, L"Property")
                                  : a->positionals                  ? as_text(a->positional[0])
                                                                    : NULL;
        const wchar_t *wanted = parameter_text(a, L"Value") ? parameter_text(a, L"Value") : parameter_text(a, L"EQ");
        if (!property || !wanted || !(same(property, L"Path") || same(property, L"Id"))) {
            *ok = fail(name, L"Only PROPERTY -EQ VALUE on a process's Path or Id: not played by this stand-in.");
            return v;
        }
        return where_process(property, wanted, input);
    }
    if (same(name, L"Stop-Process")) {
        static const wchar_t *allowed[] = {L"Force", L"Id", L"InputObject", NULL};
        if (!(*ok = only(a, name, allowed)))
            return v;
        if (parameter(a, L"Id")) {
            wchar_t line[64];
            swprintf(line, 64, L"%ls\n", parameter_text(a, L"Id"));
            *ok = stop_processes(line);
        } else if (input.kind == V_PROCESSES) {
            *ok = stop_processes(input.text);
        } /* nothing came down the pipeline: nothing to stop */
        return v;
    }
    if (same(name, L"Get-Acl")) {
        static const wchar_t *allowed[] = {L"LiteralPath", NULL};
        if (!(*ok = only(a, name, allowed)))
            return v;
        const wchar_t *path = parameter_text(a, L"LiteralPath");
        if (!path) {
            *ok = fail(name, L"Berth's stand-in reads -LiteralPath PATH only.");
            return v;
        }
        return get_acl(path, ok);
    }
    if (same(name, L"Get-FileHash")) {
        static const wchar_t *allowed[] = {L"Algorithm", L"LiteralPath", L"Path", NULL};
        if (!(*ok = only(a, name, allowed)))
            return v;
        const wchar_t *path = parameter_text(a, L"LiteralPath") ? parameter_text(a, L"LiteralPath")
                                                                 : parameter_text(a, L"Path");
        const wchar_t *algorithm = parameter_text(a, L"Algorithm");
        if (!path || (algorithm && !same(algorithm, L"SHA256"))) {
            *ok = fail(name, L"Cannot bind parameter.");
            return v;
        }
        HANDLE file = CreateFileW(path, GENERIC_READ, FILE_SHARE_READ, NULL, OPEN_EXISTING, 0, NULL);
        if (file == INVALID_HANDLE_VALUE) {
            *ok = fail(name, L"Cannot find path because it does not exist.");
            return v;
        }
        BCRYPT_ALG_HANDLE provider;
        BCRYPT_HASH_HANDLE hash;
        BCryptOpenAlgorithmProvider(&provider, BCRYPT_SHA256_ALGORITHM, NULL, 0);
        BCryptCreateHash(provider, &hash, NULL, 0, NULL, 0, 0);
        static unsigned char buffer[1 << 16];
        DWORD got;
        while (ReadFile(file, buffer, sizeof buffer, &got, NULL) && got)
            BCryptHashData(hash, buffer, got, 0);
        CloseHandle(file);
        unsigned char digest[32];
        BCryptFinishHash(hash, digest, 32, 0);
        wchar_t hex[65];
        for (int i = 0; i < 32; ++i)
            swprintf(hex + 2 * i, 3, L"%02X", digest[i]);
        v.kind = V_HASH;
        v.text = text_copy(hex);
        return v;
    }
    if (same(name, L"Get-ChildItem")) {
        static const wchar_t *allowed[] = {L"LiteralPath", L"Recurse", L"Force", NULL};
        if (!(*ok = only(a, name, allowed)))
            return v;
        const wchar_t *path = parameter_text(a, L"LiteralPath");
        if (!path) {
            *ok = fail(name, L"Berth's stand-in lists -LiteralPath PATH only.");
            return v;
        }
        return get_child_items(path, parameter(a, L"Recurse") != NULL, parameter(a, L"Force") != NULL, ok);
    }
    if (same(name, L"Get-Content")) {
        static const wchar_t *allowed[] = {L"LiteralPath", L"Path", L"Raw", NULL};
        if (!(*ok = only(a, name, allowed)))
            return v;
        const wchar_t *path = parameter_text(a, L"LiteralPath") ? parameter_text(a, L"LiteralPath")
                                                                 : parameter_text(a, L"Path");
        wchar_t *content = path ? read_text_file(path, 1) : NULL;
        if (!content) {
            *ok = fail(name, L"Cannot find path because it does not exist.");
            return v;
        }
        return text(content);
    }
    if (same(name, L"Set-Content")) { /* 5.1: the text, then CRLF; -Encoding ASCII as Berth asks */
        static const wchar_t *allowed[] = {L"LiteralPath", L"Value", L"Encoding", NULL};
        if (!(*ok = only(a, name, allowed)))
            return v;
        const wchar_t *path = parameter_text(a, L"LiteralPath"), *value = parameter_text(a, L"Value");
        const wchar_t *encoding = parameter_text(a, L"Encoding");
        if (!path || (encoding && !same(encoding, L"ASCII"))) {
            *ok = fail(name, L"Berth's stand-in writes -LiteralPath PATH -Value TEXT [-Encoding ASCII] only.");
            return v;
        }
        FILE *file = _wfopen(path, L"wb");
        if (!file) {
            *ok = fail(name, L"Access to the path is denied.");
            return v;
        }
        for (const wchar_t *c = value ? value : L""; *c; ++c)
            fputc(*c < 128 ? (char)*c : '?', file); /* ASCII: what it cannot hold becomes ? */
        fputs("\r\n", file);
        fclose(file);
        return v;
    }
    if (same(name, L"Remove-Item")) {
        static const wchar_t *allowed[] = {L"LiteralPath", L"Path", L"Force", L"Recurse", NULL};
        if (!(*ok = only(a, name, allowed)))
            return v;
        const wchar_t *path = parameter_text(a, L"LiteralPath")  ? parameter_text(a, L"LiteralPath")
                              : parameter_text(a, L"Path")       ? parameter_text(a, L"Path")
                              : a->positionals                   ? as_text(a->positional[0])
                                                                 : NULL;
        if (!path || !DeleteFileW(path)) {
            wchar_t message[4096];
            swprintf(message, 4096, L"Cannot find path '%ls' because it does not exist.", path ? path : L"");
            *ok = fail(name, message);
        }
        return v;
    }
    wchar_t message[4096];
    swprintf(message, 4096,
             L"The term '%ls' is not recognized as the name of a cmdlet, function, script file, or operable "
             L"program.",
             name);
    *ok = fail(name, message);
    return v;
}

/* One command of a pipeline from tokens[*at]: a cmdlet with its arguments, or an expression. */
static struct Value run_command(int *at, struct Value input, int *ok)
{
    struct Token *t = &tokens[*at];
    if (t->kind != T_WORD)
        return argument_value(at, ok);
    const wchar_t *name = t->text;
    ++*at;
    struct Arguments a;
    a.count = a.positionals = 0;
    while (tokens[*at].kind != T_END && tokens[*at].kind != T_PIPE && tokens[*at].kind != T_CLOSE &&
           tokens[*at].kind != T_BLOCK_END && a.count < 32) {
        struct Token *p = &tokens[*at];
        if (p->kind == T_PARAMETER) {
            ++*at;
            a.names[a.count] = p->text;
            if (p->attached) {
                a.values[a.count] = p->attached[0] == L'$' ? lookup(p->attached + 1) : text(p->attached);
            } else if (is_switch(p->text) || tokens[*at].kind == T_PARAMETER || tokens[*at].kind == T_END ||
                       tokens[*at].kind == T_PIPE || tokens[*at].kind == T_CLOSE || tokens[*at].kind == T_BLOCK_END) {
                a.values[a.count] = lookup(L"true");
            } else {
                a.values[a.count] = argument_value(at, ok);
            }
            ++a.count;
        } else if (a.positionals < 8) {
            a.positional[a.positionals++] = argument_value(at, ok);
        } else {
            ++*at;
        }
    }
    /* A first positional argument of the scheduled-task cmdlets is -TaskName. */
    if (a.positionals && !parameter(&a, L"TaskName") && wcsstr(name, L"ScheduledTask") && a.count < 32) {
        a.names[a.count] = (wchar_t *)L"TaskName";
        a.values[a.count++] = a.positional[0];
    }
    int done = 1;
    struct Value v = cmdlet(name, &a, input, &done);
    silently = 0;
    *ok = *ok && done;
    return v;
}

static struct Value run_pipeline(int *at, int *ok)
{
    struct Value value = run_command(at, none(), ok);
    while (tokens[*at].kind == T_PIPE) {
        ++*at;
        value = run_command(at, value, ok);
    }
    return value;
}

static void print_value(struct Value v)
{
    wchar_t line[8192];
    if (v.kind == V_TEXT || v.kind == V_BOOLEAN || v.kind == V_HASH)
        swprintf(line, 8192, L"%ls\r\n", as_text(v));
    else if (v.kind == V_TASK)
        swprintf(line, 8192, L"\r\nTaskPath                                       TaskName                          State\r\n"
                             L"--------                                       --------                          -----\r\n"
                             L"\\                                              %-33ls %ls\r\n\r\n",
                 v.text, v.argument);
    else
        return;
    write_utf8(stdout, line);
}

static int stopping(void)
{
    return _wcsicmp(as_text(lookup(L"ErrorActionPreference")), L"Stop") == 0;
}

/* The statements from tokens[at] up to end (a T_BLOCK_END, or the script's last T_END): 1 when the last one
 * succeeded, 0 when it failed, -1 when a failure under $ErrorActionPreference = 'Stop' ends the script. */
static int run_statements(int at, int end)
{
    int last_ok = 1;
    while (at < end) {
        if (tokens[at].kind == T_END) {
            ++at;
            continue;
        }
        int ok = 1;
        if (tokens[at].kind == T_WORD && _wcsicmp(tokens[at].text, L"foreach") == 0) {
            /* foreach ($name in PIPELINE) { STATEMENTS }: the statements once for each object. */
            if (tokens[at + 1].kind != T_OPEN || tokens[at + 2].kind != T_VARIABLE || tokens[at + 3].kind != T_WORD ||
                _wcsicmp(tokens[at + 3].text, L"in") != 0) {
                fail(L"ParserError", L"Missing opening '(' after keyword 'foreach'.");
                return -1;
            }
            const wchar_t *name = tokens[at + 2].text;
            at += 4;
            struct Value items = run_pipeline(&at, &ok);
            if (!ok && stopping())
                return -1;
            if (tokens[at].kind != T_CLOSE || tokens[at + 1].kind != T_BLOCK) {
                fail(L"ParserError", L"Missing statement body in foreach loop.");
                return -1;
            }
            int body = at + 2, close = body;
            for (int depth = 1; close < end; ++close) {
                if (tokens[close].kind == T_BLOCK)
                    ++depth;
                else if (tokens[close].kind == T_BLOCK_END && --depth == 0)
                    break;
            }
            if (close >= end) {
                fail(L"ParserError", L"Missing closing '}' in statement block.");
                return -1;
            }
            const wchar_t *list = items.kind == V_ITEMS ? items.text : NULL;
            while (list && *list) {
                const wchar_t *line_end = wcschr(list, L'\n');
                size_t length = line_end ? (size_t)(line_end - list) : wcslen(list);
                struct Value item = none();
                item.kind = V_ITEM;
                item.text = (wchar_t *)calloc(length + 1, sizeof(wchar_t));
                memcpy(item.text, list, length * sizeof(wchar_t));
                assign(name, item);
                int result = run_statements(body, close);
                if (result < 0)
                    return -1;
                ok = result;
                list = line_end ? line_end + 1 : list + length;
            }
            at = close + 1;
        } else if (tokens[at].kind == T_VARIABLE && tokens[at + 1].kind == T_EQUALS) {
            const wchar_t *name = tokens[at].text;
            at += 2;
            assign(name, run_pipeline(&at, &ok));
        } else {
            struct Value v = run_pipeline(&at, &ok);
            print_value(v);
        }
        if (at < end && tokens[at].kind != T_END) { /* something the statement could not take */
            wchar_t message[512];
            swprintf(message, 512, L"Unexpected token '%ls' in expression or statement.", tokens[at].text);
            fail(L"ParserError", message);
            return -1;
        }
        last_ok = ok;
        /* $ErrorActionPreference = 'Stop': the first error ends the script, and PowerShell exits 1. */
        if (!ok && stopping())
            return -1;
    }
    return last_ok;
}

static int run_script(const wchar_t *script)
{
    token_count = 0;
    syntax_error = 0;
    tokenize(script);
    if (syntax_error) {
        write_utf8(stderr, L"The string is missing the terminator.\r\n");
        return 1;
    }
    return run_statements(0, token_count) == 1 ? 0 : 1;
}

/* -EncodedCommand: the script as UTF-16LE, in base64. */
static wchar_t *decoded_command(const wchar_t *base64)
{
    static const char digits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    size_t n = wcslen(base64), count = 0;
    unsigned char *bytes = (unsigned char *)calloc(n + 2, 1);
    unsigned int bits = 0, held = 0;
    for (size_t i = 0; i < n && base64[i] != L'='; ++i) {
        const char *digit = base64[i] < 128 ? strchr(digits, (char)base64[i]) : NULL;
        if (!digit || !*digit) {
            free(bytes);
            return NULL;
        }
        bits = (bits << 6) | (unsigned int)(digit - digits);
        held += 6;
        if (held >= 8) {
            held -= 8;
            bytes[count++] = (unsigned char)(bits >> held);
        }
    }
    wchar_t *script = (wchar_t *)calloc(count / 2 + 1, sizeof(wchar_t));
    for (size_t i = 0; i + 1 < count; i += 2)
        script[i / 2] = (wchar_t)(bytes[i] | (bytes[i + 1] << 8));
    free(bytes);
    return script;
}

int wmain(int argc, wchar_t **argv)
{
    /* Lines end in CRLF as PowerShell writes them, not CR CR LF through the C runtime's text mode: a file it
     * writes is hashed (install.cmd compares a task's arguments so). */
    _setmode(_fileno(stdout), _O_BINARY);
    _setmode(_fileno(stderr), _O_BINARY);
    for (int i = 1; i < argc; ++i) {
        const wchar_t *a = argv[i];
        if (same(a, L"-BerthTaskHost") && i + 1 < argc)
            return task_host(argv[i + 1]);
        if (same(a, L"-NoProfile") || same(a, L"-NonInteractive") || same(a, L"-NoLogo"))
            continue;
        if (same(a, L"-ExecutionPolicy") && i + 1 < argc) {
            ++i;
            continue;
        }
        if (same(a, L"-Command") && i + 1 < argc) {
            /* Everything after -Command is the command, joined with spaces. */
            static wchar_t script[65536];
            script[0] = 0;
            for (int k = i + 1; k < argc; ++k) {
                if (k > i + 1)
                    wcscat(script, L" ");
                wcsncat(script, argv[k], 65000 - wcslen(script));
            }
            return run_script(script);
        }
        if (same(a, L"-EncodedCommand") && i + 1 < argc) {
            wchar_t *script = decoded_command(argv[i + 1]);
            if (!script) {
                write_utf8(stderr, L"Cannot process the command because the value specified with -EncodedCommand is "
                                   L"not properly encoded. The value must be Base64 encoded.\r\n");
                return 1;
            }
            return run_script(script);
        }
        if (same(a, L"-File") && i + 1 < argc) {
            wchar_t *script = read_text_file(argv[i + 1], 1);
            if (!script) {
                wchar_t message[1024];
                swprintf(message, 1024, L"The argument '%ls' to the -File parameter does not exist.\r\n", argv[i + 1]);
                write_utf8(stderr, message);
                return 1;
            }
            return run_script(script);
        }
        wchar_t message[1024];
        swprintf(message, 1024, L"powershell stand-in: %ls is not an option it plays\r\n", a);
        write_utf8(stderr, message);
        return 1;
    }
    return 0;
}
