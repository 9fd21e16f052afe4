#include "HostCommand.h"

#include <QJsonArray>

QString HostCommand::quoteArgument(const QString &argument)
{
    if (!argument.isEmpty() && !argument.contains(QLatin1Char(' ')) && !argument.contains(QLatin1Char('\t')) &&
        !argument.contains(QLatin1Char('"')))
        return argument;
    // Backslashes are literal except before a quote, where each one must be doubled.
    QString quoted = QStringLiteral("\"");
    int backslashes = 0;
    for (const QChar c : argument) {
        if (c == QLatin1Char('\\')) {
            ++backslashes;
            continue;
        }
        if (c == QLatin1Char('"'))
            quoted += QString(backslashes * 2 + 1, QLatin1Char('\\'));
        else
            quoted += QString(backslashes, QLatin1Char('\\'));
        backslashes = 0;
        quoted += c;
    }
    quoted += QString(backslashes * 2, QLatin1Char('\\'));
    return quoted + QLatin1Char('"');
}

QString HostCommand::commandLine() const
{
    QStringList parts{quoteArgument(program)};
    for (const QString &argument : arguments)
        parts.append(quoteArgument(argument));
    return parts.join(QLatin1Char(' '));
}

QJsonObject HostCommand::toJson() const
{
    return QJsonObject{{QStringLiteral("program"), program},
                       {QStringLiteral("arguments"), QJsonArray::fromStringList(arguments)},
                       {QStringLiteral("purpose"), purpose}};
}

QStringList HostCommand::splitCommandLine(const QString &commandLine)
{
    QStringList arguments;
    QString current;
    bool inQuotes = false;
    bool inArgument = false;
    int backslashes = 0;
    for (const QChar c : commandLine) {
        if (c == QLatin1Char('\\')) {
            ++backslashes;
            inArgument = true;
            continue;
        }
        if (c == QLatin1Char('"')) {
            current += QString(backslashes / 2, QLatin1Char('\\'));
            if (backslashes % 2 == 1)
                current += c;
            else
                inQuotes = !inQuotes;
            backslashes = 0;
            inArgument = true;
            continue;
        }
        current += QString(backslashes, QLatin1Char('\\'));
        backslashes = 0;
        if ((c == QLatin1Char(' ') || c == QLatin1Char('\t')) && !inQuotes) {
            if (inArgument)
                arguments.append(current);
            current.clear();
            inArgument = false;
            continue;
        }
        current += c;
        inArgument = true;
    }
    current += QString(backslashes, QLatin1Char('\\'));
    if (inArgument)
        arguments.append(current);
    return arguments;
}
