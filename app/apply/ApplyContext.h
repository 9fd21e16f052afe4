#pragma once

#include "Backup.h"
#include "answers/Answers.h"
#include "host/WindowsHost.h"
#include "render/HostCommand.h"

#include <functional>

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
    // Runs one command of an undo; when it fails, what it was to put back is named in undoFailures. `asWanted`, when
    // given, is asked after a failure whether the host is as the undo wants anyway (removing what an apply's failed
    // command never made fails, and leaves nothing behind).
    bool undo(const HostCommand &command, const std::function<bool()> &asWanted = {});
    // The folders this run made (local paths): a step that found a folder missing when it looked takes it from here
    // only, never from someone who made it in between (FileStep).
    QStringList madeFolders;
    // What the daemon said it is when the start asked it on its named pipe (DaemonAnswer); empty before.
    QString daemonVersion;
};
