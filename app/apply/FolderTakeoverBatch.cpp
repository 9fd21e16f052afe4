// FolderTakeoverStep's part of install.cmd: the folders Docker runs from that were there before are taken over
// and looked into as apply does it (FolderTakeoverStep.cpp), with FolderSecurity's rules in batch
// (FolderSecurityBatch.cpp) and the same record of folders not yet looked into (HKLM\SOFTWARE\Berth, Unchecked).
//
// C:\ProgramData\docker, where install.cmd keeps its own locked folder, is taken over first, before that folder is
// made (:workFolder calls :takeOverLock); what is in it is looked at with the step, once Docker is stopped and
// writes nothing there any more.
#include "FolderTakeoverStep.h"

#include "ApplyJournal.h"
#include "render/BatchText.h"

namespace {

const QString DockerFolder = QStringLiteral("C:\\ProgramData\\docker");

QString reg()
{
    return QStringLiteral("%SystemRoot%\\System32\\reg.exe");
}

QString key()
{
    return BatchText::quoted(ApplyJournal::registryKey());
}

// What is in %takeOver%, all the way down: each item's owner (a SID: a descriptor's text could hold a line break,
// in a conditional entry's string), then its path, and a last line that says the listing got to its end
// ($ErrorActionPreference = 'Stop': an item Get-Acl cannot read ends it before). Encoded, so that nothing in it is
// cmd.exe's to read.
QString scanCommand()
{
    const QString script = QStringLiteral(
        "$ErrorActionPreference = 'Stop'\n"
        "foreach ($i in Get-ChildItem -LiteralPath $env:takeOver -Recurse -Force) { (Get-Acl -LiteralPath "
        "$i.FullName).GetOwner([System.Security.Principal.SecurityIdentifier]).Value; $i.FullName }\n"
        "'BERTH-SCAN-END'\n");
    const QByteArray utf16(reinterpret_cast<const char *>(script.utf16()), script.size() * 2);
    return QStringLiteral("%SystemRoot%\\System32\\WindowsPowerShell\\v1.0\\powershell.exe -NoProfile -NonInteractive "
                          "-EncodedCommand ") +
           QString::fromLatin1(utf16.toBase64());
}

QStringList subroutines()
{
    const QString administrators = FolderSecurity::administrativeNames().join(QLatin1Char(' '));
    QStringList lines;
    // A link or junction leads elsewhere, and whoever made it may point it elsewhere again.
    lines << QStringLiteral(":takeOverLink") << QStringLiteral("set \"takeOverAttributes=\"")
          << QStringLiteral("for %%f in (\"%takeOver%\") do set \"takeOverAttributes=%%~af\"")
          << QStringLiteral("if not defined takeOverAttributes exit /b 0")
          << QStringLiteral("if \"%takeOverAttributes:l=%\"==\"%takeOverAttributes%\" exit /b 0")
          << QStringLiteral("echo \"%takeOver%\" is a link, not a folder: install.cmd writes nothing through it.")
          << QStringLiteral("set bad=1") << QStringLiteral("exit /b 1") << QString();
    // %takeOver% -> takeOverUntrusted (not SYSTEM's and Administrators' alone), takeOverListed (taken over and not
    // yet looked into: in the record, compared without case as Windows compares paths), takeOverWhy.
    // takeOverAlways=1: a path that holds = (or ^ or %, which call changes), which cmd.exe can neither find in the
    // record nor take out of it; such a folder is looked into each run.
    lines << QStringLiteral(":takeOverJudge") << QStringLiteral("set takeOverUntrusted=0")
          << QStringLiteral("set takeOverListed=0") << QStringLiteral("call :takeOverLink")
          << QStringLiteral("if %bad%==1 exit /b 1") << QStringLiteral("set \"secured=%takeOver%\"")
          << QStringLiteral("call :readSecurity") << QStringLiteral("call :sddlTrusted")
          << QStringLiteral("set \"takeOverWhy=%why%\"") << QStringLiteral("if %trusted%==0 set takeOverUntrusted=1")
          << QStringLiteral("if %takeOverAlways%==1 set takeOverListed=1") << QStringLiteral("call :readUnchecked")
          << QStringLiteral("set \"probe=|%unchecked%|\"")
          << QStringLiteral("call set \"rest=%%probe:|%takeOver%|=%%\"")
          << QStringLiteral("if not \"%rest%\"==\"%probe%\" set takeOverListed=1")
          << QStringLiteral("if %takeOverUntrusted%==0 if %takeOverListed%==1 set \"takeOverWhy=taken over, what is in "
                            "it not looked at yet\"")
          << QStringLiteral("exit /b 0") << QString();
    // Before the stop: only says so. (No parentheses in a line after if: Wine's cmd.exe takes them for a block.)
    lines << QStringLiteral(":takeOverNeed") << QStringLiteral("if not exist \"%takeOver%\\\" exit /b 0")
          << QStringLiteral("call :takeOverJudge") << QStringLiteral("if %bad%==1 exit /b 1")
          << QStringLiteral("if %takeOverUntrusted%==0 if %takeOverListed%==0 exit /b 0")
          << QStringLiteral("if %takeOverUntrusted%==1 echo       \"%takeOver%\" is to be taken over and looked into: "
                            "%takeOverWhy%")
          << QStringLiteral("if %takeOverUntrusted%==0 echo       \"%takeOver%\" is to be looked into: %takeOverWhy%")
          << QStringLiteral("set changed=1") << QStringLiteral("exit /b 0") << QString();
    // The lock alone (takeOverMark=1: recorded as not looked into first), on the folder itself even if it was
    // swapped for a link since the look (icacls /L); locked, it can no longer be swapped, and one that is a link now
    // is refused. It must then read as SYSTEM's and Administrators' alone: icacls keeps an entry of its own that
    // someone gave an account.
    lines << QStringLiteral(":takeOverLock") << QStringLiteral("set tookOver=0")
          << QStringLiteral("if not exist \"%takeOver%\\\" exit /b 0") << QStringLiteral("call :takeOverJudge")
          << QStringLiteral("if %bad%==1 exit /b 1") << QStringLiteral("if %takeOverUntrusted%==0 exit /b 0")
          << QStringLiteral("echo       take over \"%takeOver%\": %takeOverWhy%; owner Administrators, only SYSTEM "
                            "and Administrators may use it")
          << QStringLiteral("set changed=1") << QStringLiteral("set tookOver=1")
          << QStringLiteral("if %takeOverMark%==1 call :markUnchecked") << QStringLiteral("if %bad%==1 exit /b 1")
          << QStringLiteral("set \"lockTarget=%takeOver%\"") << QStringLiteral("call :lockOnly")
          << QStringLiteral("if %bad%==1 exit /b 1") << QStringLiteral("call :takeOverLink")
          << QStringLiteral("if %bad%==1 exit /b 1") << QStringLiteral("call :readSecurity")
          << QStringLiteral("call :sddlTrusted") << QStringLiteral("if %trusted%==1 exit /b 0")
          << QStringLiteral(
                 "echo \"%takeOver%\" is still not SYSTEM's and Administrators' alone after install.cmd took "
                 "it over: %why%. An entry of its own stays: remove it with icacls \"%takeOver%\" /remove:g "
                 "*SID, and run install.cmd again.")
          << QStringLiteral("set bad=1") << QStringLiteral("exit /b 1") << QString();
    // After the stop: the take-over, then everything in the folder must be an administrator's.
    lines << QStringLiteral(":takeOver") << QStringLiteral("set takeOverMark=1") << QStringLiteral("call :takeOverLock")
          << QStringLiteral("if %bad%==1 exit /b 1") << QStringLiteral("if not exist \"%takeOver%\\\" exit /b 0")
          << QStringLiteral("call :takeOverJudge") << QStringLiteral("if %bad%==1 exit /b 1")
          << QStringLiteral("if %takeOverListed%==0 exit /b 0")
          << QStringLiteral("if %tookOver%==0 echo       look into \"%takeOver%\": %takeOverWhy%")
          << QStringLiteral("call :takeOverScan") << QStringLiteral("if %bad%==1 exit /b 1")
          << QStringLiteral("if %strangers%==0 goto :takeOverPassed")
          << QStringLiteral("echo \"%takeOver%\" holds what someone other than an administrator put there: %strangers% "
                            "in all, the first named above. install.cmd locked the folder to SYSTEM and "
                            "Administrators and placed nothing in it: look at those, remove them, and run install.cmd "
                            "again.")
          << QStringLiteral("set bad=1") << QStringLiteral("exit /b 1") << QStringLiteral(":takeOverPassed")
          << QStringLiteral("if %takeOverAlways%==0 call :unmarkUnchecked") << QStringLiteral("exit /b %bad%")
          << QString();
    // Two lines an item, its owner's SID then its path: neither can hold a line break. A path is printed, when the
    // owner before it was not an administrator, from a for variable (which cmd.exe does not read again); :scanLine
    // never expands a path, and expands an owner only once `set scanFirst` shows it holds a SID's characters alone.
    // (The loop's commands in parentheses: Wine's cmd.exe ends a loop's body at the first & otherwise.)
    lines << QStringLiteral(":takeOverScan") << QStringLiteral("set strangers=0") << QStringLiteral("set scanEnded=0")
          << QStringLiteral("set \"scanShow=\"") << QStringLiteral("set \"scanPrint=\"")
          << QStringLiteral("set \"scanPathNext=\"")
          << QStringLiteral("for /f \"usebackq eol=| tokens=1* delims=:\" %%a in (`") + scanCommand() +
                 QStringLiteral(" 2^>nul`) do (set \"scanFirst=%%a\"& call :scanLine& if defined scanPrint echo       "
                                "\"%%a:%%b\")")
          << QStringLiteral("if %scanEnded%==1 exit /b 0")
          << QStringLiteral("echo Cannot read who owns everything in \"%takeOver%\": PowerShell's Get-ChildItem and "
                            "Get-Acl did not get to its end.")
          << QStringLiteral("set bad=1") << QStringLiteral("exit /b 1") << QString();
    lines << QStringLiteral(":scanLine") << QStringLiteral("set \"scanPrint=\"")
          << QStringLiteral("if defined scanPathNext (set \"scanPathNext=\"& set \"scanPrint=%scanShow%\"& set "
                            "\"scanShow=\"& exit /b 0)")
          << QStringLiteral("set scanPathNext=1") << QStringLiteral("set \"owner=(not read)\"")
          << QStringLiteral("set byAdministrators=0") << QStringLiteral("set \"scanOdd=\"")
          << QStringLiteral("for /f \"delims=ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-=acinrst\" %%x in ('set scanFirst') "
                            "do set scanOdd=1")
          << QStringLiteral("if defined scanOdd goto :scanStranger")
          << QStringLiteral(
                 "if \"%scanFirst%\"==\"BERTH-SCAN-END\" (set scanEnded=1& set \"scanPathNext=\"& exit /b 0)")
          << QStringLiteral("set \"owner=%scanFirst%\"")
          << QStringLiteral("for %%a in (%1) do if \"%owner%\"==\"%%a\" set byAdministrators=1").arg(administrators);
    for (const QString &prefix : FolderSecurity::serviceAccountPrefixes())
        lines << QStringLiteral("if \"%owner:~0,%1%\"==\"%2\" set byAdministrators=1")
                     .arg(QString::number(prefix.size()), prefix);
    lines << QStringLiteral("if %byAdministrators%==1 exit /b 0") << QStringLiteral(":scanStranger")
          << QStringLiteral("set /a strangers+=1") << QStringLiteral("if %strangers% gtr 10 exit /b 0")
          << QStringLiteral("set \"expanded=%owner%\"") << QStringLiteral("call :expandSid")
          << QStringLiteral("echo       owned by %expanded%:") << QStringLiteral("set scanShow=1")
          << QStringLiteral("exit /b 0") << QString();
    // HKLM\SOFTWARE\Berth, value Unchecked: folders joined with |, as apply keeps them.
    lines << QStringLiteral(":readUnchecked") << QStringLiteral("set \"unchecked=\"")
          << QStringLiteral("for /f \"usebackq tokens=2,*\" %%a in (`%1 query %2 /v Unchecked 2^>nul`) do if "
                            "\"%%a\"==\"REG_SZ\" set \"unchecked=%%b\"")
                 .arg(reg(), key())
          << QStringLiteral("exit /b 0") << QString();
    lines << QStringLiteral(":markUnchecked") << QStringLiteral("call :readUnchecked")
          << QStringLiteral("%1 add %2 /v Unchecked /t REG_SZ /d \"%unchecked%|%takeOver%\" /f >nul 2>&1")
                 .arg(reg(), key())
          << QStringLiteral("if errorlevel 1 (echo Cannot write %1. & set bad=1 & exit /b 1)")
                 .arg(ApplyJournal::registryKey())
          << QStringLiteral("exit /b 0") << QString();
    lines << QStringLiteral(":unmarkUnchecked") << QStringLiteral("call :readUnchecked")
          << QStringLiteral("if not defined unchecked exit /b 0") << QStringLiteral("set \"probe=|%unchecked%|\"")
          << QStringLiteral("call set \"probe=%%probe:|%takeOver%|=|%%\"")
          << QStringLiteral("set \"probe=%probe:~1,-1%\"")
          << QStringLiteral("if defined probe %1 add %2 /v Unchecked /t REG_SZ /d \"%probe%\" /f >nul 2>&1")
                 .arg(reg(), key())
          << QStringLiteral("if not defined probe %1 delete %2 /v Unchecked /f >nul 2>&1").arg(reg(), key())
          << QStringLiteral("exit /b 0") << QString();
    return lines + FolderSecurity::batch();
}

} // namespace

QStringList FolderTakeoverStep::batchFirst()
{
    return {BatchText::setVariable(QStringLiteral("takeOver"), DockerFolder), QStringLiteral("set takeOverAlways=0"),
            QStringLiteral("set takeOverMark=1"), QStringLiteral("call :takeOverLock"),
            QStringLiteral("if %bad%==1 exit /b 1")};
}

std::optional<BatchForm> FolderTakeoverStep::batch(const BatchContext &) const
{
    BatchForm form;
    form.heading = title();
    // install.cmd's own folder is in C:\ProgramData\docker, whatever the answers say of the script's.
    QStringList folders = m_folders;
    if (!folders.contains(DockerFolder, Qt::CaseInsensitive))
        folders.prepend(DockerFolder);
    for (const QString &folder : std::as_const(folders)) {
        const bool unmatchable =
            folder.contains(QLatin1Char('=')) || folder.contains(QLatin1Char('^')) || folder.contains(QLatin1Char('%'));
        const QString always = QStringLiteral("set takeOverAlways=%1").arg(unmatchable ? 1 : 0);
        form.compare << BatchText::setVariable(QStringLiteral("takeOver"), folder) << always
                     << QStringLiteral("call :takeOverNeed") << BatchForm::subroutineFailed();
        form.change << BatchText::setVariable(QStringLiteral("takeOver"), folder) << always
                    << QStringLiteral("call :takeOver") << BatchForm::subroutineFailed();
    }
    form.subroutines = subroutines();
    return form;
}
