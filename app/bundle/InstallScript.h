#pragma once

#include "answers/Answers.h"
#include "apply/PlanStep.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// install.cmd of a bundle: the manual procedure's steps for the target host, run from the unpacked bundle. It
// checks every file against SHA256SUMS before it changes anything, reports each step, stops at
// the first failure with what failed, and can run again: files already in place are not copied,
// a service already registered is not registered again, and an unchanged running daemon is not
// restarted. It is done when the daemon answers on its named pipe, as apply is. Every command is apply's own.
// Written for Windows' cmd.exe and for Wine's: no "||" (Wine runs its right side always), no "&&"
// after a pipe, find.exe rather than findstr.exe, and digests rather than fc.exe, whose exit codes
// Wine does not set. Its last line says whether the host changed: "BERTH-RESULT: changed" or
// "BERTH-RESULT: unchanged" (ResultWord), in every language, for a deployment tool to read.
class InstallScript
{
    Q_DECLARE_TR_FUNCTIONS(InstallScript)

public:
    static constexpr char ResultWord[] = "BERTH-RESULT";

    struct Placed
    {
        QString source; // in the bundle, with "\" separators
        QString target; // a Windows path on the host
        QString sha256; // of the file in the bundle: a target with the same digest is not copied again
    };

    // files: what the bundle copies where (binaries, configuration, certificates). The script is apply's steps
    // for the answers, each in its batch form (Step::batch), between the check of SHA256SUMS and the result.
    static QString render(const Answers &answers, const QList<Placed> &files);
    // For the scheduled task (Nano Server): the manual procedure's PowerShell, after removing an older task.
    static QString taskScript(const QList<PlanStep> &plan);
};
