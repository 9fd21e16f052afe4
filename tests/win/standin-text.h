/* What the stand-ins for Windows' console programs (sc.exe, netsh.exe, netstat.exe, icacls.exe) share:
 * the language they speak, and writing as those programs write. BERTH_WINDOWS_LANGUAGE=de makes them print
 * the labels a German Windows prints; the constants (RUNNING, 4, SUCCESS in German: ERFOLG) follow what
 * the real programs translate and what they do not. Text goes to a console as UTF-16, and to a file or a
 * pipe in the console's output code page (else the OEM code page), as Windows' own programs write it.
 * Included by each stand-in's .c file (each is its own program). */
#pragma once

#include <windows.h>

#include <stdarg.h>
#include <stdio.h>
#include <wchar.h>

static inline int german(void)
{
    wchar_t language[16];
    DWORD n = GetEnvironmentVariableW(L"BERTH_WINDOWS_LANGUAGE", language, 16);
    return n > 0 && n < 16 && _wcsicmp(language, L"de") == 0;
}

/* The English or the German text, as the language says. */
static inline const wchar_t *tr(const wchar_t *english, const wchar_t *deutsch)
{
    return german() ? deutsch : english;
}

static inline void write_text(DWORD which, const wchar_t *text)
{
    HANDLE handle = GetStdHandle(which);
    DWORD mode, written;
    if (handle == NULL || handle == INVALID_HANDLE_VALUE)
        return;
    if (GetConsoleMode(handle, &mode)) {
        WriteConsoleW(handle, text, (DWORD)wcslen(text), &written, NULL);
        return;
    }
    UINT page = GetConsoleOutputCP() ? GetConsoleOutputCP() : GetOEMCP();
    int size = WideCharToMultiByte(page, 0, text, -1, NULL, 0, NULL, NULL);
    char *bytes = (char *)HeapAlloc(GetProcessHeap(), 0, size);
    WideCharToMultiByte(page, 0, text, -1, bytes, size, NULL, NULL);
    WriteFile(handle, bytes, (DWORD)(size - 1), &written, NULL);
    HeapFree(GetProcessHeap(), 0, bytes);
}

/* printf to stdout (out) or stderr (err); "\n" becomes CRLF as in Windows' programs. */
static inline void vprint(DWORD which, const wchar_t *format, va_list args)
{
    static wchar_t text[65536], crlf[131072];
    vswprintf(text, 65536, format, args);
    wchar_t *o = crlf;
    for (const wchar_t *p = text; *p; ++p) {
        if (*p == L'\n' && (p == text || p[-1] != L'\r'))
            *o++ = L'\r';
        *o++ = *p;
    }
    *o = 0;
    write_text(which, crlf);
}

static inline void out(const wchar_t *format, ...)
{
    va_list args;
    va_start(args, format);
    vprint(STD_OUTPUT_HANDLE, format, args);
    va_end(args);
}

static inline void err(const wchar_t *format, ...)
{
    va_list args;
    va_start(args, format);
    vprint(STD_ERROR_HANDLE, format, args);
    va_end(args);
}
