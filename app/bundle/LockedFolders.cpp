#include "LockedFolders.h"

#include "apply/FolderTakeoverStep.h"
#include "render/BatchText.h"
#include "render/ServiceCommands.h"

namespace {

const QString Parent = QStringLiteral("C:\\ProgramData\\docker\\berth-backup");

// A command for the folder in %lockTarget%.
QString onLockTarget(const HostCommand &command)
{
    return BatchText::line(command).replace(QStringLiteral("BERTHLOCKTARGET"), QStringLiteral("\"%lockTarget%\""));
}

} // namespace

QStringList LockedFolders::batch()
{
    const QString parent = BatchText::quoted(Parent);
    // Paths go in variables, never through call's arguments: call expands % once more.
    // There before: each is taken over once it is known to be there (FolderTakeoverStep), never before the look that
    // makes it when it is not (a folder made between the two would be used unjudged); what is in
    // C:\ProgramData\docker is looked at once Docker is stopped. berth-backup's contents are only ever written.
    return QStringList{
               QStringLiteral(":workFolder"), QStringLiteral("set \"want=C:\\ProgramData\\docker\""),
               // Made here, it goes again with a run that places nothing (a damaged bundle stops before any change).
               QStringLiteral("if not exist \"%want%\\\" set madeDocker=1"), QStringLiteral("call :lockedFolder"),
               QStringLiteral("if %bad%==1 exit /b 1")}
           << FolderTakeoverStep::batchFirst()
           << QStringList{
                  QStringLiteral("if not exist \"%1\\\" set madeBackups=1").arg(Parent),
                  BatchText::setVariable(QStringLiteral("want"), Parent), QStringLiteral("call :lockedFolder"),
                  QStringLiteral("if %bad%==1 exit /b 1"), BatchText::setVariable(QStringLiteral("takeOver"), Parent),
                  QStringLiteral("set takeOverMark=0"), QStringLiteral("set takeOverAlways=0"),
                  QStringLiteral("call :takeOverLock"), QStringLiteral("if %bad%==1 exit /b 1"),
                  // A name nobody can have made before: mkdir fails on one that is there, and another is tried.
                  QStringLiteral("set tries=0"), QStringLiteral(":workAgain"), QStringLiteral("set /a tries+=1"),
                  QStringLiteral(
                      "if %tries% gtr 50 (echo Cannot make a folder of its own in %1. & set bad=1 & exit /b 1)")
                      .arg(parent),
                  QStringLiteral("set \"work=%1\\bundle-%RANDOM%%RANDOM%\"").arg(Parent),
                  QStringLiteral("mkdir \"%work%\" >nul 2>&1"), QStringLiteral("if errorlevel 1 goto :workAgain"),
                  QStringLiteral("set \"lockTarget=%work%\""), QStringLiteral("call :lock"),
                  QStringLiteral("exit /b %bad%"), QString(),
                  // %want%, each missing level from the top down. A level that appears between the look and mkdir was
                  // made by someone else: it is refused, never taken over. A drive's root is taken as there: Wine's
                  // cmd.exe finds no "C:\\" with if exist (Windows' does).
                  QStringLiteral(":lockedFolder"), QStringLiteral("set \"above=%want:~2%\""),
                  QStringLiteral("if not defined above exit /b 0"), QStringLiteral("if exist \"%want%\\\" exit /b 0"),
                  QStringLiteral("set \"level=%want%\""), QStringLiteral("set depth=0"),
                  QStringLiteral(":lockedFolderUp"), QStringLiteral("set /a depth+=1"),
                  QStringLiteral("if %depth% gtr 64 (echo Cannot make \"%want%\": its drive is not there. & set bad=1 "
                                 "& exit /b 1)"),
                  // The folder holding it, with its backslash (C:\ for a folder at the root, where the walk stops).
                  QStringLiteral("for %%p in (\"%level%\") do set \"parent=%%~dpp\""),
                  QStringLiteral("set \"above=%parent:~3%\""),
                  QStringLiteral("if defined above if not exist \"%parent%\" set \"level=%parent:~0,-1%\""),
                  QStringLiteral("if defined above if not exist \"%parent%\" goto :lockedFolderUp"),
                  QStringLiteral("mkdir \"%level%\" >nul 2>&1"),
                  QStringLiteral(
                      "if errorlevel 1 (echo Cannot make \"%level%\": it cannot be made, or someone made it while "
                      "install.cmd ran. & set bad=1 & exit /b 1)"),
                  QStringLiteral("set \"lockTarget=%level%\""), QStringLiteral("call :lock"),
                  QStringLiteral("if %bad%==1 exit /b 1"), QStringLiteral("goto :lockedFolder"), QString(),
                  // %lockTarget%. Until the lock, a new folder inherits its parent's access list (ProgramData lets
                  // users add files): what came in before it is named, and nothing is placed.
                  QStringLiteral(":lock"), QStringLiteral("call :lockOnly"), QStringLiteral("if %bad%==1 exit /b 1"),
                  // eol=: as no name holds a colon (the default ; would skip ;x); a name is printed from %%e, which
                  // cmd.exe does not read again, never from a variable expanded into the line.
                  QStringLiteral("set \"entry=\""),
                  QStringLiteral(
                      "for /f \"eol=: delims=\" %%e in ('dir /b /a \"%lockTarget%\" 2^>nul') do set entry=1"),
                  QStringLiteral(
                      "if defined entry for /f \"eol=: delims=\" %%e in ('dir /b /a \"%lockTarget%\" 2^>nul') do "
                      "echo \"%lockTarget%\" held \"%%e\" before install.cmd locked it: someone else put it there."),
                  QStringLiteral("if defined entry (echo Nothing was placed. & set bad=1 & exit /b 1)"),
                  QStringLiteral("exit /b 0"), QString(),
                  // Owner Administrators, only SYSTEM and Administrators (FolderTakeoverStep's take-over uses it too).
                  QStringLiteral(":lockOnly"),
                  onLockTarget(ServiceCommands::ownFolder(QStringLiteral("BERTHLOCKTARGET"))) +
                      QStringLiteral(" >nul 2>&1"),
                  QStringLiteral(
                      "if errorlevel 1 (echo Cannot make Administrators the owner of \"%lockTarget%\". & set bad=1 & "
                      "exit /b 1)"),
                  onLockTarget(ServiceCommands::lockFolder(QStringLiteral("BERTHLOCKTARGET"))) +
                      QStringLiteral(" >nul 2>&1"),
                  QStringLiteral(
                      "if errorlevel 1 (echo Cannot lock \"%lockTarget%\" to SYSTEM and Administrators. & set bad=1 & "
                      "exit /b 1)"),
                  QStringLiteral("exit /b 0"), QString(),
                  // What the run kept (backups) stays; the rest goes.
                  QStringLiteral(":tidy"), QStringLiteral("if not defined work exit /b 0"),
                  QStringLiteral("del \"%stateFile%\" \"%hashFile%\" >nul 2>&1"),
                  QStringLiteral("rd \"%work%\" >nul 2>&1"),
                  QStringLiteral("if %madeBackups%==1 rd %1 >nul 2>&1").arg(parent),
                  QStringLiteral("if %madeDocker%==1 rd \"C:\\ProgramData\\docker\" >nul 2>&1"),
                  QStringLiteral("exit /b 0"), QString()};
}
