#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Reading a whole file on the machine that runs Berth (or under --root), where a file that is
// not there or cannot be read simply reads as empty.
class LocalFile
{
public:
    static QByteArray read(const QString &path);
    // Whether the file could be replaced now: on Windows a running program's .exe cannot be (it is
    // open without write or delete sharing); elsewhere, and for a file that is not there, true.
    static bool isReplaceable(const QString &path);
    // Removes a folder and what it holds, except the paths in keep (and the folders on the way to them),
    // without ever following a symbolic link or a junction: a link is removed, never what it points to
    // (a local user's junction in C:\ProgramData\docker must not make an administrator empty another
    // folder). Paths compare without regard to case, as Windows' do.
    static void removeTree(const QString &folder, const QStringList &keep = {});
};
