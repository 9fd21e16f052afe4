#pragma once

#include "answers/Answers.h"

#include <QByteArray>

// runDockerDaemon.cmd. With default answers it is the manual procedure's script byte for byte (CRLF line
// ends); a choice changes only the lines it must. Values are written bare where cmd.exe reads them
// as one word, and in double quotes otherwise, so that dockerd receives them intact; validation has
// already refused what no quoting can carry (%, ").
class DaemonScript
{
public:
    static QByteArray render(const Answers &answers);

    // How cmd.exe must see one value: bare when it is one word to cmd, else in double quotes.
    static QString batchWord(const QString &value);
    // The same for an argument to an external program, where = may stand bare.
    static QString batchArgument(const QString &value);
};
