#pragma once

#include "render/HostCommand.h"

#include <QString>

// Text for a batch file that cmd.exe runs as Windows would run the program with its arguments:
// % doubled everywhere, and & | < > ^ escaped where they stand outside quotes.
namespace BatchText {

inline QString escaped(const QString &commandLine)
{
    QString out;
    bool quoted = false;
    for (const QChar c : commandLine) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        if (c == QLatin1Char('%'))
            out += QLatin1Char('%');
        else if (!quoted && QStringLiteral("&|<>^").contains(c))
            out += QLatin1Char('^');
        out += c;
    }
    return out;
}

// A path in double quotes, for a batch file: inside the quotes & | < > ^ are themselves, only % is doubled.
inline QString quoted(const QString &path)
{
    return escaped(QLatin1Char('"') + path + QLatin1Char('"'));
}

// `set "NAME=VALUE"`: the value arrives whole, whatever it holds but a double quote (which no path,
// and no value Berth lets into a script, can hold). Later used as "%NAME%", it stays one word.
inline QString setVariable(const QString &name, const QString &value)
{
    return QStringLiteral("set ") + escaped(QLatin1Char('"') + name + QLatin1Char('=') + value + QLatin1Char('"'));
}

inline QString line(const HostCommand &command)
{
    return escaped(command.commandLine());
}

} // namespace BatchText
