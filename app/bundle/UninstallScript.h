#pragma once

#include "answers/Answers.h"

#include <QString>

// uninstall.cmd of a bundle: the manual procedure's removal on the target host. It stops and removes the
// service (or the scheduled task), the firewall rule, dockerd.exe and docker.exe and the start
// configuration; "uninstall.cmd /all" also deletes C:\ProgramData\docker (images, containers,
// certificates). Running it again finds nothing left to remove and says so.
class UninstallScript
{
public:
    static QString render(const Answers &answers);
};
