#pragma once

#include <QByteArray>
#include <QString>

// Reading a whole file on the machine that runs Berth (or under --root), where a file that is
// not there or cannot be read simply reads as empty.
class LocalFile
{
public:
    static QByteArray read(const QString &path);
};
