#include "BundleReadme.h"

#include "answers/AnswerKeys.h"

#include "render/ServiceCommands.h"

#include <QRegularExpression>

// -Path reads [ ] * ? as wildcards (the \\* after the folder is one): in the folder's name, each is escaped with `.
static QString wildcardEscaped(QString name)
{
    static const QRegularExpression wildcard(QStringLiteral("([][*?`])"));
    return name.replace(wildcard, QStringLiteral("`\\1"));
}

QString BundleReadme::text(const Answers &a, const QString &zipName, const QString &bundleId)
{
    const QString target = hostFolder(bundleId);
    const QString folder = zipName.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive) ? zipName.chopped(4) : zipName;
    const QString host = a.tls.subjectAltNames.isEmpty() ? QStringLiteral("HOST") : a.tls.subjectAltNames.first();
    QStringList lines{
        tr("Docker for Windows, prepared by Berth"),
        QString(),
        tr("This bundle installs dockerd.exe and docker.exe in %1 and runs the daemon as %2 (%3), as the answers "
           "in answers.json say. SHA256SUMS holds the SHA-256 of every other file.")
            .arg(a.binaries.installDir, a.service.name, wordOf(a.service.manager)),
        QString(),
        tr("1. On your machine, unpack it:"),
        // The zip's name is whatever --out said: pasted, it is a literal, so $(...) in it stays text.
        QStringLiteral("   Expand-Archive -LiteralPath %1 -DestinationPath %2")
            .arg(ServiceCommands::powershellLiteral(QStringLiteral(".\\") + zipName),
                 ServiceCommands::powershellLiteral(QStringLiteral(".\\") + folder)),
        QString(),
        tr("2. Open a remote PowerShell session to the host and copy the folder there. A host outside your "
           "domain (Nano Server often is) must first be trusted on your machine:"),
        QStringLiteral("   Set-Item WSMan:\\localhost\\Client\\TrustedHosts -Value %1 -Concatenate").arg(host),
        QStringLiteral("   $session = New-PSSession -ComputerName %1 -Credential (Get-Credential)").arg(host),
        // The files, not the folder: Copy-Item puts a folder inside a destination that exists already,
        // and a second copy would leave the first install.cmd where it runs.
        QStringLiteral(
            "   Invoke-Command -Session $session -ScriptBlock { New-Item -ItemType Directory -Force -Path %1 "
            "| Out-Null }")
            .arg(target),
        QStringLiteral("   Copy-Item -ToSession $session -Path %1 -Destination %2 -Recurse -Force")
            .arg(ServiceCommands::powershellLiteral(QStringLiteral(".\\") + wildcardEscaped(folder) +
                                                    QStringLiteral("\\*")),
                 target),
        QString(),
        tr("3. Run the install script there, as administrator:"),
        QStringLiteral("   Invoke-Command -Session $session -ScriptBlock { & %1\\install.cmd }").arg(target),
        tr("   It checks every file against SHA256SUMS before it changes anything, reports each step and stops "
           "at the first failure. Running it again is safe: what is in place already stays as it is."),
        QString(),
        tr("4. Read the daemon's log:"),
        QStringLiteral("   Invoke-Command -Session $session -ScriptBlock { Get-Content -LiteralPath %1 -Tail 20 }")
            .arg(ServiceCommands::powershellLiteral(a.service.stdoutPath)),
    };
    if (a.tls.enabled) {
        lines << QString() << tr("5. Remote clients use the files of the client zip (never copy them to the host):")
              << QStringLiteral("   ") + ServiceCommands::clientDockerHostLine(a);
    }
    lines << QString() << tr("To remove Docker again (\"/all\" also deletes C:\\ProgramData\\docker):")
          << QStringLiteral("   Invoke-Command -Session $session -ScriptBlock { & %1\\uninstall.cmd }").arg(target);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
