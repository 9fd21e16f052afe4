#include "DaemonScript.h"

#include "DaemonFlags.h"
#include "tls/CertificateFiles.h"

#include <QRegularExpression>

namespace {

const QString System32 = QStringLiteral("C:\\Windows\\System32");
const QString ProgramData = QStringLiteral("C:\\ProgramData\\");

// Characters cmd.exe never splits a word at nor treats specially, in any context (if exist too).
bool isPlain(const QString &value)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_.:\\\\\\-\\[\\]#$~@{}+/]+$"));
    return plain.match(value).hasMatch();
}

// The pieces of the script that depend on the answers.
struct ScriptWords
{
    QString certsValue;     // what "set certs=" holds
    bool certsPlain = true; // whether %certs% may stand unquoted
    QString dockerdCheck;   // the file the script tests for
    QString dockerd;        // how the script starts dockerd
    QString legacyDaemon;   // how it starts the pre-split "docker daemon"
    QString options;        // " -G ... -D ..." or empty
    QString tcpHost;

    explicit ScriptWords(const Answers &a)
    {
        const QString &dir = a.tls.certDir;
        certsValue = dir.startsWith(ProgramData, Qt::CaseInsensitive)
                         ? QStringLiteral("%ProgramData%\\") + dir.mid(ProgramData.size())
                         : dir;
        certsPlain = isPlain(dir);
        if (a.binaries.installDir.compare(System32, Qt::CaseInsensitive) == 0) {
            dockerdCheck = QStringLiteral("%systemroot%\\system32\\dockerd.exe");
            dockerd = QStringLiteral("dockerd");
            legacyDaemon = QStringLiteral("docker daemon");
        } else {
            const QString installDir = a.binaries.installDir.endsWith(QLatin1Char('\\'))
                                           ? a.binaries.installDir.chopped(1)
                                           : a.binaries.installDir;
            dockerdCheck = DaemonScript::batchWord(installDir + QStringLiteral("\\dockerd.exe"));
            dockerd = dockerdCheck;
            legacyDaemon =
                DaemonScript::batchWord(installDir + QStringLiteral("\\docker.exe")) + QStringLiteral(" daemon");
        }
        for (const QString &flag : DaemonFlags::options(a))
            options += QLatin1Char(' ') + DaemonScript::batchArgument(flag);
        tcpHost = DaemonScript::batchWord(DaemonFlags::tcpHost(a));
    }

    QString certsSet() const
    {
        return certsPlain ? QStringLiteral("set certs=") + certsValue
                          : QStringLiteral("set \"certs=") + certsValue + QLatin1Char('"');
    }
    QString cert(const char *name) const
    {
        const QString path = QStringLiteral("%certs%\\") + QLatin1String(name);
        return certsPlain ? path : QLatin1Char('"') + path + QLatin1Char('"');
    }
    QString secureFlags() const
    {
        return QStringLiteral(" -H npipe:// -H ") + tcpHost + QStringLiteral(" --tlsverify --tlscacert=") +
               cert(CertificateFiles::ca) + QStringLiteral(" --tlscert=") + cert(CertificateFiles::serverCert) +
               QStringLiteral(" --tlskey=") + cert(CertificateFiles::serverKey) + options;
    }
};

QByteArray withCrlf(const QStringList &lines)
{
    // ASCII only: validation refuses other characters in what the script holds (cmd.exe reads the OEM code page).
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toLatin1();
}

QByteArray flagsInScript(const ScriptWords &w)
{
    return withCrlf({
        QStringLiteral("@echo off"),
        w.certsSet(),
        QString(),
        QStringLiteral("if exist %ProgramData%\\docker (goto :run)"),
        QStringLiteral("mkdir %ProgramData%\\docker"),
        QString(),
        QStringLiteral(":run"),
        QStringLiteral("if exist ") + w.cert(CertificateFiles::serverCert) +
            QStringLiteral(" (if exist %ProgramData%\\docker\\tag.txt (goto :secure))"),
        QString(),
        QStringLiteral("if not exist ") + w.dockerdCheck + QStringLiteral(" (goto :legacy)"),
        QString(),
        // The manual procedure ends both plain lines with a space; kept so that defaults stay byte for byte.
        w.dockerd + QStringLiteral(" -H npipe://") + w.options + QLatin1Char(' '),
        QStringLiteral("goto :eof"),
        QString(),
        QStringLiteral(":legacy"),
        w.legacyDaemon + QStringLiteral(" -H npipe://") + w.options + QLatin1Char(' '),
        QStringLiteral("goto :eof"),
        QString(),
        QStringLiteral(":secure"),
        QStringLiteral("if not exist ") + w.dockerdCheck + QStringLiteral(" (goto :legacysecure)"),
        w.dockerd + w.secureFlags(),
        QStringLiteral("goto :eof"),
        QString(),
        QStringLiteral(":legacysecure"),
        w.legacyDaemon + w.secureFlags(),
    });
}

// daemon.json holds every setting, so the script passes none: dockerd refuses to start when a
// setting comes both from a flag and from daemon.json.
QByteArray flagsInDaemonJson(const ScriptWords &w)
{
    return withCrlf({
        QStringLiteral("@echo off"),
        QString(),
        QStringLiteral("if exist %ProgramData%\\docker (goto :run)"),
        QStringLiteral("mkdir %ProgramData%\\docker"),
        QString(),
        QStringLiteral(":run"),
        QStringLiteral("if not exist ") + w.dockerdCheck + QStringLiteral(" (goto :legacy)"),
        QString(),
        w.dockerd,
        QStringLiteral("goto :eof"),
        QString(),
        QStringLiteral(":legacy"),
        w.legacyDaemon,
    });
}

} // namespace

QString DaemonScript::batchArgument(const QString &value)
{
    // An external program's argument may hold = unquoted (isolation=hyperv): cmd.exe splits at = only
    // in its own commands, such as if exist.
    QString withoutEquals = value;
    withoutEquals.remove(QLatin1Char('='));
    return isPlain(withoutEquals) && !value.startsWith(QLatin1Char('=')) ? value : batchWord(value);
}

QString DaemonScript::batchWord(const QString &value)
{
    return isPlain(value) ? value : QLatin1Char('"') + value + QLatin1Char('"');
}

QByteArray DaemonScript::render(const Answers &answers)
{
    const ScriptWords words(answers);
    if (answers.daemon.configStyle == ConfigStyle::DaemonJson)
        return flagsInDaemonJson(words);
    return flagsInScript(words);
}
