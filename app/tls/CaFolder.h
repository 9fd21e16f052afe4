#pragma once

#include <QCoreApplication>
#include <QString>

// The folder that holds a CA's key on the machine that runs Berth (certs --out, --client-out, a fleet's --ca):
// whoever can write it can put in a CA of their own, which Berth would then sign with and hand to hosts and
// clients. So it must be this user's alone: owned by the user Berth runs as (or, on Windows, SYSTEM,
// Administrators or TrustedInstaller) and writable by no one else, and so must the CA files in it. A folder that
// is not there is made so (mode 0700; on Windows with a protected access list naming this user, SYSTEM and
// Administrators, given at creation).
class CaFolder
{
    Q_DECLARE_TR_FUNCTIONS(CaFolder)

public:
    // Makes the folder when it is not there (its parents the ordinary way), then checks it and the CA files in it.
    // False, naming the folder or file and who else owns or may write it, when it is not this user's alone.
    static bool prepare(const QString &folder, QString *error);

    // Who else owns or may write path (or, for a secret such as the CA key, read it), as a sentence; empty when no
    // one. Read from the system: the owner and mode bits, or on Windows the owner and access list (an entry that
    // only new files inherit counts too, and an entry of a kind Berth does not read counts against it).
    static QString strangers(const QString &path, bool secret = false);
};
