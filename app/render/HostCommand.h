#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// One run of a Windows program: what Berth hands to QProcess, never a shell string.
struct HostCommand
{
    QString program; // a Windows path on the host: C:\Windows\System32\sc.exe
    QStringList arguments;
    QString purpose; // what it does, in the admin's words
    QStringList withoutVariables; // environment variables the program must not inherit from Berth

    bool operator==(const HostCommand &) const = default;

    // The command line Windows builds from program and arguments, as CommandLineToArgvW reads it
    // back; for showing the admin, and what the program receives on the host.
    QString commandLine() const;
    QJsonObject toJson() const;

    static QString quoteArgument(const QString &argument);
    // The argv a Windows program gets from a command line (CommandLineToArgvW's rules).
    static QStringList splitCommandLine(const QString &commandLine);
};
