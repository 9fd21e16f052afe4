#pragma once

#include "answers/Answers.h"

#include <QString>

class RegistryKey;

// A service's startup type in each of the words that name it: the answer (service.details.startup),
// the registry (Start and DelayedAutostart under the service's key), NSSM's Start value and
// sc.exe's start= word. The one table every reading and writing of a startup type walks.
struct StartType
{
    StartupType answer;
    int start; // the registry's Start: 2 automatic, 3 on demand, 4 disabled
    bool delayed;
    const char *nssm;
    const char *sc;

    static const StartType &forAnswer(StartupType answer);
    static const StartType *forNssm(const QString &nssmValue);
    // What a service's key says; nullptr for a start the table does not know (boot, system drivers).
    static const StartType *of(const RegistryKey &service);
};
