#pragma once

#include "answers/Answers.h"
#include "host/WindowsHost.h"

#include <QCoreApplication>
#include <QString>

// Before anything on the host changes: the dockerd.exe an apply would place is asked its version, and the
// host's build must run that engine (WindowsReleases), else the apply stops with the reason. It runs from a
// folder of this user's own on this machine, never from one of the host's folders.
class EngineCheck
{
    Q_DECLARE_TR_FUNCTIONS(EngineCheck)

public:
    // What `dockerd.exe --version` says for these bytes; empty with the reason when it does not run or
    // says something else.
    static QString versionOf(const WindowsHost &host, const QByteArray &dockerd, QString *error);
    // The answers' local binaries (binaries.source local) on the host the answers describe. key: the answer
    // the binaries came from, for the message. False with "key: why".
    static bool check(const WindowsHost &host, const Answers &answers, const char *key, QString *error);
};
