#pragma once

#include "Backup.h"
#include "answers/Answers.h"
#include "host/WindowsHost.h"

// What every step of one apply shares.
struct ApplyContext
{
    ApplyContext(const WindowsHost &host, const Answers &answers) : host(host), answers(answers), backup(host) {}

    const WindowsHost &host;
    Answers answers;
    Backup backup;
};
