#pragma once

#include "Backup.h"
#include "answers/Answers.h"
#include "host/WindowsHost.h"

// What every step of one apply shares.
struct ApplyContext
{
    ApplyContext(const WindowsHost &host, const Answers &answers) : host(host), answers(answers), backup(host) {}
    ApplyContext(const WindowsHost &host, const Answers &answers, const Backup &place)
        : host(host), answers(answers), backup(place)
    {
    }

    const WindowsHost &host;
    Answers answers;
    Backup backup;
    // What an undo could not put back, with where its copy is: the run then keeps the backup.
    QStringList undoFailures;
    // What the daemon said it is when the start asked it on its named pipe (DaemonAnswer); empty before.
    QString daemonVersion;
};
