// FolderSecurity's reading and judging of a security descriptor, in cmd.exe's language for install.cmd: the same
// rules (who may own, which rights let write, which accounts are passed over), taken from FolderSecurity.cpp's
// tables, so that install.cmd takes over what apply takes over. tst_bundlewine runs both on the same descriptors.
#include "FolderSecurity.h"

namespace {

// Every character a descriptor of a file or folder holds as Get-Acl writes it; anything else (a conditional
// entry's text, quotes, spaces) is not read at all.
const QString DescriptorCharacters =
    QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789;:()-");

} // namespace

QStringList FolderSecurity::batch(const QString &source)
{
    const QString getAcl =
        QStringLiteral("`%SystemRoot%\\System32\\WindowsPowerShell\\v1.0\\powershell.exe -NoProfile "
                       "-NonInteractive -Command \"(Get-Acl -LiteralPath $env:secured).Sddl\" 2^>nul`");
    const QString administrators = administrativeNames().join(QLatin1Char(' '));
    const QString passedOver = (administrativeNames() + ownerStandInNames()).join(QLatin1Char(' '));
    QStringList lines;
    // %secured%: the path, read by PowerShell from its environment, never from a command line.
    // The first line read is held whole (from a for variable, which cmd.exe does not read again), then kept only
    // when `set sddl` shows nothing but a descriptor's characters after the name (no other variable starts so).
    lines << QStringLiteral(":readSecurity") << QStringLiteral("set \"sddl=\"")
          << QStringLiteral("for /f \"usebackq delims=\" %%s in (") + (source.isEmpty() ? getAcl : source) +
                 QStringLiteral(") do if not defined sddl set \"sddl=%%s\"")
          << QStringLiteral("if not defined sddl exit /b 0") << QStringLiteral("set \"badDescriptor=\"")
          << QStringLiteral("for /f \"delims=") + DescriptorCharacters +
                 QStringLiteral("=\" %%x in ('set sddl') do set badDescriptor=1")
          << QStringLiteral("if defined badDescriptor set \"sddl=\"") << QStringLiteral("exit /b 0") << QString();
    // %sddl% -> trusted=1, or trusted=0 and why. The owner: between "O:" and the G: or D: that follows it.
    lines << QStringLiteral(":sddlTrusted") << QStringLiteral("set trusted=0")
          << QStringLiteral("set \"why=Get-Acl gave no security descriptor that Berth reads\"")
          << QStringLiteral("if not defined sddl exit /b 0")
          << QStringLiteral("if not \"%sddl:~0,2%\"==\"O:\" exit /b 0") << QStringLiteral("set \"owner=\"")
          << QStringLiteral("for /f \"tokens=2 delims=:\" %%o in (\"%sddl%\") do set \"owner=%%o\"")
          << QStringLiteral("if not defined owner exit /b 0")
          << QStringLiteral("if not \"%owner:~-1%\"==\"G\" if not \"%owner:~-1%\"==\"D\" exit /b 0")
          << QStringLiteral("set \"owner=%owner:~0,-1%\"") << QStringLiteral("set ownerOk=0")
          << QStringLiteral("for %%a in (%1) do if \"%owner%\"==\"%%a\" set ownerOk=1").arg(administrators)
          << QStringLiteral("set \"expanded=%owner%\"") << QStringLiteral("call :expandSid")
          << QStringLiteral("if %ownerOk%==0 (set \"why=owned by %expanded%\"& exit /b 0)")
          // The access list: after the first D:, its flags (capitals only: NO_ACCESS_CONTROL is no list at all)
          // up to the first entry, the entries in parentheses one after the other, nothing after them.
          << QStringLiteral("set \"dacl=%sddl:*D:=%\"") << QStringLiteral("if not defined dacl goto :sddlFlagsOnly")
          << QStringLiteral("if \"%dacl%\"==\"%sddl%\" exit /b 0") << QStringLiteral("set \"aces=%dacl:*(=%\"")
          << QStringLiteral("if \"%aces%\"==\"%dacl%\" goto :sddlFlagsOnly")
          << QStringLiteral("call set \"flags=%%dacl:(%aces%=%%\"")
          << QStringLiteral(
                 "if defined flags for /f \"delims=ABCDEFGHIJKLMNOPQRSTUVWXYZ\" %%x in (\"%flags%\") do exit "
                 "/b 0")
          << QStringLiteral("if not \"%aces:~-1%\"==\")\" exit /b 0") << QStringLiteral("set \"aces=%aces:~0,-1%\"")
          << QStringLiteral("if not defined aces exit /b 0") << QStringLiteral("set \"inner=%aces:)(=%\"")
          << QStringLiteral("if not defined inner exit /b 0")
          << QStringLiteral("if not \"%inner:(=%\"==\"%inner%\" exit /b 0")
          << QStringLiteral("if not \"%inner:)=%\"==\"%inner%\" exit /b 0")
          << QStringLiteral("set \"aces=%aces:)(=\" \"%\"") << QStringLiteral("set entryProblem=0")
          << QStringLiteral("set \"others=\"") << QStringLiteral("for %%e in (\"%aces%\") do call :sddlEntry %%e")
          << QStringLiteral("if %entryProblem%==1 exit /b 0")
          << QStringLiteral("if defined others (set \"why=%others:~2% may write in it\"& exit /b 0)")
          << QStringLiteral("set trusted=1") << QStringLiteral("set \"why=\"") << QStringLiteral("exit /b 0")
          << QStringLiteral(":sddlFlagsOnly")
          << QStringLiteral("if defined dacl for /f \"delims=ABCDEFGHIJKLMNOPQRSTUVWXYZ\" %%x in (\"%dacl%\") do exit "
                            "/b 0")
          << QStringLiteral("set trusted=1") << QStringLiteral("set \"why=\"") << QStringLiteral("exit /b 0")
          << QString();
    // One entry, "TYPE;FLAGS;RIGHTS;OBJECT;INHERITED-OBJECT;ACCOUNT": six fields, each marked with a dot so that
    // for /f keeps an empty one. An allowing entry that lets an account other than those passed over write adds it
    // to others; rights that are not read make the descriptor one Berth does not read.
    lines << QStringLiteral(":sddlEntry") << QStringLiteral("set \"entry=.%~1\"")
          << QStringLiteral("set \"entry=%entry:;=;.%\"")
          << QStringLiteral("set \"type=\"& set \"rights=\"& set \"sid=\"& set \"more=\"")
          << QStringLiteral("for /f \"tokens=1-6* delims=;\" %%a in (\"%entry%\") do (set \"type=%%a\"& set "
                            "\"rights=%%c\"& set \"sid=%%f\"& set \"more=%%g\")")
          << QStringLiteral("if not defined sid (set entryProblem=1& exit /b 0)")
          << QStringLiteral("if defined more (set entryProblem=1& exit /b 0)")
          << QStringLiteral("set \"type=%type:~1%\"") << QStringLiteral("set \"rights=%rights:~1%\"")
          << QStringLiteral("set \"sid=%sid:~1%\"") << QStringLiteral("call :sddlRights")
          << QStringLiteral("if %rightsOk%==0 (set entryProblem=1& exit /b 0)") << QStringLiteral("set allows=0")
          << QStringLiteral("for %%t in (A XA OA ZA) do if \"%type%\"==\"%%t\" set allows=1")
          << QStringLiteral("if %allows%==0 exit /b 0") << QStringLiteral("if %writing%==0 exit /b 0")
          << QStringLiteral("if not defined sid (set entryProblem=1& exit /b 0)")
          << QStringLiteral("for %%a in (%1) do if \"%sid%\"==\"%%a\" exit /b 0").arg(passedOver)
          << QStringLiteral("set \"expanded=%sid%\"") << QStringLiteral("call :expandSid")
          << QStringLiteral("set \"others=%others%, %expanded%\"") << QStringLiteral("exit /b 0") << QString();
    // %rights% -> rightsOk, writing: two letters at a time, or a number of up to eight hexadecimal digits.
    lines << QStringLiteral(":sddlRights") << QStringLiteral("set rightsOk=0") << QStringLiteral("set writing=0")
          << QStringLiteral("if not defined rights exit /b 0")
          << QStringLiteral("if /i \"%rights:~0,2%\"==\"0x\" goto :sddlNumber")
          << QStringLiteral("set \"letters=%rights%\"") << QStringLiteral(":sddlLetters")
          << QStringLiteral("if not defined letters (set rightsOk=1& exit /b 0)")
          << QStringLiteral("set \"pair=%letters:~0,2%\"") << QStringLiteral("set \"letters=%letters:~2%\"")
          << QStringLiteral("set known=0")
          // (Wine's cmd.exe runs no parenthesised block after a loop's if: one setting a line.)
          << QStringLiteral("for %%p in (%1) do if \"%pair%\"==\"%%p\" set known=1")
                 .arg(rightsLetters(true).join(QLatin1Char(' ')))
          << QStringLiteral("for %%p in (%1) do if \"%pair%\"==\"%%p\" set writing=1")
                 .arg(rightsLetters(true).join(QLatin1Char(' ')))
          << QStringLiteral("for %%p in (%1) do if \"%pair%\"==\"%%p\" set known=1")
                 .arg(rightsLetters(false).join(QLatin1Char(' ')))
          << QStringLiteral("if %known%==0 exit /b 0") << QStringLiteral("goto :sddlLetters")
          << QStringLiteral(":sddlNumber") << QStringLiteral("set \"digits=%rights:~2%\"")
          << QStringLiteral(":sddlZero") << QStringLiteral("if not defined digits exit /b 0")
          << QStringLiteral("if \"%digits:~0,1%\"==\"0\" if not \"%digits%\"==\"0\" (set \"digits=%digits:~1%\"& goto "
                            ":sddlZero)")
          // More than eight digits: the ninth character, read from a padded copy (Wine's cmd.exe gives the last
          // character for an offset past the end).
          << QStringLiteral("set \"probe=%digits%#########\"")
          << QStringLiteral("if not \"%probe:~8,1%\"==\"#\" exit /b 0")
          << QStringLiteral("for /f \"delims=0123456789abcdefABCDEF\" %%x in (\"%digits%\") do exit /b 0")
          << QStringLiteral("set \"masked=\"")
          << QStringLiteral("set /a \"masked=0x%digits% & 0x%1\" >nul 2>&1").arg(QString::number(writingRights(), 16))
          << QStringLiteral("if not \"%masked%\"==\"0\" set writing=1") << QStringLiteral("set rightsOk=1")
          << QStringLiteral("exit /b 0") << QString();
    // %expanded%: an SDDL abbreviation becomes its SID, for a message.
    lines << QStringLiteral(":expandSid");
    for (const QString &abbreviation : sidAbbreviations())
        lines << QStringLiteral("if \"%expanded%\"==\"%1\" set \"expanded=%2\"")
                     .arg(abbreviation, expandSid(abbreviation));
    lines << QStringLiteral("exit /b 0") << QString();
    return lines;
}
