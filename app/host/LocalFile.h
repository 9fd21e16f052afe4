#pragma once

#include <QByteArray>
#include <QString>

// Reading a whole file on the machine that runs Berth (or under --root), where a file that is
// not there or cannot be read simply reads as empty.
class LocalFile
{
public:
    static QByteArray read(const QString &path);
    // Whether the file could be replaced now: on Windows a running program's .exe cannot be (it is
    // open without write or delete sharing); elsewhere, and for a file that is not there, true.
    static bool isReplaceable(const QString &path);
};
