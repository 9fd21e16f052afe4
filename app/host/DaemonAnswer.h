#pragma once

#include "WindowsHost.h"
#include "answers/Answers.h"

#include <QCoreApplication>

#include <functional>

// Whether Docker runs, asked the one way every path asks it (apply, upgrade, recover, and install.cmd in batch):
// docker.exe on the host asks the daemon on its named pipe for its version. A service manager's RUNNING is not
// the answer: NSSM keeps restarting a daemon that exits, and shows a throttled one as PAUSED.
class DaemonAnswer
{
    Q_DECLARE_TR_FUNCTIONS(DaemonAnswer)

public:
    // docker.exe -H npipe:////./pipe/docker_engine version --format {{.Server.Version}}: the pipe named, so that a
    // DOCKER_HOST or context of the admin's does not send the question elsewhere.
    static HostCommand command(const Answers &answers);
    // The pipe it asks on (\\.\pipe\docker_engine), whose server PipeServer names.
    static constexpr char PipeName[] = "docker_engine";

    struct Result
    {
        bool ok = false;
        QString version; // what the daemon says it is
        QString error;   // why it did not answer in time: docker.exe's last words, the daemon's last log lines
    };
    // Asks until the daemon answers or timeoutMs have passed. notRunning: asked between tries; a reason (the
    // service or task ended, or NSSM paused it) stops the wait at once. logSince: the log's size before the start,
    // so that the error quotes what this start wrote.
    static Result wait(const WindowsHost &host, const Answers &answers, int timeoutMs,
                       const std::function<QString()> &notRunning = {}, qint64 logSince = 0);
    // Why the answer is not Docker's, or nothing: where Berth runs on the host itself, the program at the pipe's
    // server end must be the dockerd.exe the answers install (PipeServer).
    static QString impostor(const WindowsHost &host, const Answers &answers);
    // The last lines of the daemon's log (service.io.stdout) written after it had `since` bytes, for an error.
    static QString lastWords(const WindowsHost &host, const Answers &answers, qint64 since = 0);
};
