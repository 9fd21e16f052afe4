#include "PipeServer.h"

#ifdef Q_OS_WIN
#include <windows.h>
#endif

std::optional<PipeServer::Server> PipeServer::of(const WindowsHost &host, const QString &pipe)
{
#ifdef Q_OS_WIN
    if (!host.isThisWindows())
        return std::nullopt;
    Server server;
    const QString name = QStringLiteral("\\\\.\\pipe\\") + pipe;
    const std::wstring wide = name.toStdWString();
    // Anonymous: the server learns nothing of this process's token, and cannot act as it.
    HANDLE handle = INVALID_HANDLE_VALUE;
    for (int tries = 0; tries < 10; ++tries) {
        handle = CreateFileW(wide.c_str(), GENERIC_READ, 0, nullptr, OPEN_EXISTING,
                             SECURITY_SQOS_PRESENT | SECURITY_ANONYMOUS, nullptr);
        if (handle != INVALID_HANDLE_VALUE || GetLastError() != ERROR_PIPE_BUSY)
            break;
        WaitNamedPipeW(wide.c_str(), 1000);
    }
    if (handle == INVALID_HANDLE_VALUE) {
        server.error = tr("cannot open %1 (Windows error %2)").arg(name).arg(GetLastError());
        return server;
    }
    ULONG id = 0;
    const bool known = GetNamedPipeServerProcessId(handle, &id);
    const DWORD why = GetLastError();
    CloseHandle(handle);
    if (!known) {
        server.error = tr("Windows does not say which process serves %1 (error %2)").arg(name).arg(why);
        return server;
    }
    server.processId = id;
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, id);
    if (!process) {
        server.error =
            tr("cannot open process %1, which serves %2 (Windows error %3)").arg(id).arg(name).arg(GetLastError());
        return server;
    }
    wchar_t image[32768];
    DWORD size = 32768;
    const bool named = QueryFullProcessImageNameW(process, 0, image, &size);
    const DWORD unnamed = GetLastError();
    CloseHandle(process);
    if (!named) {
        server.error = tr("Windows does not name the program of process %1, which serves %2 (error %3)")
                           .arg(id)
                           .arg(name)
                           .arg(unnamed);
        return server;
    }
    server.image = QString::fromWCharArray(image, int(size));
    return server;
#else
    Q_UNUSED(host)
    Q_UNUSED(pipe)
    return std::nullopt;
#endif
}
