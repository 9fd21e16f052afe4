#pragma once

#include "answers/Answers.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// A step's part of a bundle's install.cmd, in cmd.exe's language: what the step reads on the host before
// anything changes, what it changes once Docker is stopped, and the subroutines those lines call. install.cmd is
// the apply's steps' forms in the apply's order (InstallScript), so that it decides what apply decides, where
// apply decides it.
//
// The lines share the script's variables: changed=1 when the host differs from the bundle, restart=1 when the
// difference is one the daemon reads only at start (Step::needsRestart), running=1 while Docker runs, bad=1 when a
// subroutine failed. A line that fails goes to :failed (BatchForm::failed).
struct BatchForm
{
    QString heading;         // the numbered line shown before its change ("[4/9] Place dockerd.exe")
    QStringList compare;     // before the stop: reads the host, sets changed and restart
    QStringList change;      // after the stop, in the apply's order
    QStringList subroutines; // ":label" blocks the lines above call; a label two steps share is written once

    // install.cmd's line "BERTH-DAEMON: VERSION", once the daemon has answered on its named pipe, in every
    // language: what the fleet tools take as done.
    static constexpr char DaemonWord[] = "BERTH-DAEMON";

    // What a step gives that has nothing to do in install.cmd, with the reason as a comment.
    static BatchForm nothing(const QString &why);
    static QString failed() { return QStringLiteral("if errorlevel 1 goto :failed"); }
    static QString subroutineFailed() { return QStringLiteral("if %bad%==1 goto :failed"); }
};

// What install.cmd knows besides the answers: how the bundle carries each file a step places.
struct BatchContext
{
    struct Carried
    {
        QString source; // in the bundle, with "\" separators
        QString sha256; // of that file: a target with the same digest is not copied again
    };
    const Answers &answers;
    QHash<QString, Carried> files; // by the Windows path on the host, in lower case

    const Carried *carried(const QString &windowsPath) const
    {
        const auto it = files.constFind(windowsPath.toLower());
        return it == files.constEnd() ? nullptr : &*it;
    }
};
