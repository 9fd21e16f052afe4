#include "Console.h"

#include <cstdio>

#ifdef Q_OS_WIN
#include <windows.h>

namespace {

enum class Stream { Out, Err };

HANDLE handleOf(Stream stream)
{
    return GetStdHandle(stream == Stream::Out ? STD_OUTPUT_HANDLE : STD_ERROR_HANDLE);
}

void writeAll(HANDLE handle, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        DWORD written = 0;
        if (!WriteFile(handle, bytes.constData() + done, DWORD(bytes.size() - done), &written, nullptr) || written == 0)
            return;
        done += written;
    }
}

bool isConsole(HANDLE handle)
{
    DWORD mode = 0;
    return handle != nullptr && handle != INVALID_HANDLE_VALUE && GetConsoleMode(handle, &mode);
}

void writeConsole(HANDLE handle, const QString &text)
{
    const std::wstring wide = text.toStdWString();
    DWORD written = 0;
    for (size_t done = 0; done < wide.size(); done += written) {
        if (!WriteConsoleW(handle, wide.data() + done, DWORD(qMin<size_t>(wide.size() - done, 8192)), &written,
                           nullptr) ||
            written == 0)
            return;
    }
}

// Text for a file or a pipe: what `type`, `more` and PowerShell decode it with, the console's
// output code page (chcp), else the OEM code page, as Windows' own console programs write.
QByteArray encodeForRedirect(const QString &text)
{
    const UINT codePage = GetConsoleOutputCP() != 0 ? GetConsoleOutputCP() : GetOEMCP();
    const std::wstring wide = text.toStdWString();
    const int size = WideCharToMultiByte(codePage, 0, wide.data(), int(wide.size()), nullptr, 0, nullptr, nullptr);
    QByteArray bytes(size, Qt::Uninitialized);
    WideCharToMultiByte(codePage, 0, wide.data(), int(wide.size()), bytes.data(), size, nullptr, nullptr);
    return bytes;
}

void writeLine(Stream stream, const QString &line)
{
    const HANDLE handle = handleOf(stream);
    if (isConsole(handle))
        writeConsole(handle, line + QLatin1Char('\n'));
    else if (handle != nullptr && handle != INVALID_HANDLE_VALUE)
        writeAll(handle, encodeForRedirect(QString(line).replace(QLatin1Char('\n'), QStringLiteral("\r\n")) +
                                           QStringLiteral("\r\n")));
}

} // namespace

void Console::out(const QString &line)
{
    writeLine(Stream::Out, line);
}

void Console::err(const QString &line)
{
    writeLine(Stream::Err, line);
}

void Console::data(const QByteArray &bytes)
{
    const HANDLE handle = handleOf(Stream::Out);
    if (isConsole(handle))
        writeConsole(handle, QString::fromUtf8(bytes));
    else if (handle != nullptr && handle != INVALID_HANDLE_VALUE)
        writeAll(handle, bytes);
}

void Console::attachToParentConsole()
{
    // A GUI program has no standard handles unless its caller redirected them; keep those, and
    // otherwise write to the console of the cmd.exe or PowerShell that started it, if any.
    const bool outRedirected = handleOf(Stream::Out) != nullptr;
    const bool errRedirected = handleOf(Stream::Err) != nullptr;
    if ((outRedirected && errRedirected) || !AttachConsole(ATTACH_PARENT_PROCESS))
        return;
    const HANDLE console = CreateFileW(L"CONOUT$", GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE,
                                       nullptr, OPEN_EXISTING, 0, nullptr);
    if (console == INVALID_HANDLE_VALUE)
        return;
    if (!outRedirected)
        SetStdHandle(STD_OUTPUT_HANDLE, console);
    if (!errRedirected)
        SetStdHandle(STD_ERROR_HANDLE, console);
}

#else

namespace {

void writeAll(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void Console::out(const QString &line)
{
    writeAll(stdout, (line + QLatin1Char('\n')).toLocal8Bit());
}

void Console::err(const QString &line)
{
    writeAll(stderr, (line + QLatin1Char('\n')).toLocal8Bit());
}

void Console::data(const QByteArray &bytes)
{
    writeAll(stdout, bytes);
}

void Console::attachToParentConsole() {}

#endif
