#pragma once

#include "WindowsHost.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// Which program serves a named pipe on this Windows: the process at the pipe's server end
// (GetNamedPipeServerProcessId) and its image. A local user may create \\.\pipe\docker_engine while dockerd is
// stopped (for an upgrade, say) and answer docker.exe's question in its place; DaemonAnswer takes an answer as
// Docker's only when the installed dockerd.exe gave it.
class PipeServer
{
    Q_DECLARE_TR_FUNCTIONS(PipeServer)

public:
    struct Server
    {
        quint32 processId = 0;
        QString image; // the program's full path, as Windows names it
        QString error; // why it could not be told
    };
    // pipe: the name after \\.\pipe\. Only where Berth runs on the host itself (WindowsHost::isThisWindows): through a
    // folder that stands for C:\ and a launcher there is no pipe of the host's to open, and nothing is read.
    static std::optional<Server> of(const WindowsHost &host, const QString &pipe);
};
