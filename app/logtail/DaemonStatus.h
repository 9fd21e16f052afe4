#pragma once

#include "answers/Answers.h"
#include "host/WindowsHost.h"

#include <QCoreApplication>
#include <QString>

// The log page's status line: whether the service runs (sc.exe query) and whether the API answers
// (the same probe as `berth probe`), with the engine's version.
class DaemonStatus
{
    Q_DECLARE_TR_FUNCTIONS(DaemonStatus)

public:
    // clientFolder: where the client's certificates are on this machine, for remote access.
    static QString describe(const WindowsHost &host, const Answers &answers, const QString &clientFolder);
    // Where this machine can ask the daemon's API: tcp:// with the client's files in clientFolder (certDir is
    // set to it), the named pipe when Berth runs on the host itself, or empty when neither.
    static QString endpoint(const WindowsHost &host, const Answers &answers, const QString &clientFolder,
                            QString *certDir);
};
