#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// A tool of this machine (unzip, sha256sum, openssl, ansible) run to check what Berth made: its exit code and
// its output and errors together.
struct LinuxTool
{
    int exitCode = -1;
    QString out;

    static LinuxTool run(const QString &program, const QStringList &arguments, const QString &directory = QString(),
                         int timeoutMs = 300000)
    {
        QProcess process;
        process.setWorkingDirectory(directory);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, arguments);
        if (!process.waitForFinished(timeoutMs))
            return {-1, QStringLiteral("%1 did not finish: %2").arg(program, process.errorString())};
        return {process.exitCode(), QString::fromLocal8Bit(process.readAll())};
    }
};
