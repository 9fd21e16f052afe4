#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

// Takes the few files Berth needs out of a zip on this machine (checked whole by ZipReader), or a
// lone .exe. Only the named entries are read, and no entry name ever becomes a path on disk.
class LocalArchive
{
    Q_DECLARE_TR_FUNCTIONS(LocalArchive)

public:
    static constexpr qint64 MaxEntrySize = 512ll * 1024 * 1024; // for a lone .exe, as for an entry

    // For each wanted name, the first entry whose path ends with it (compared without case,
    // "/" as separator): {"docker/dockerd.exe"} finds "docker/dockerd.exe".
    static QHash<QString, QByteArray> readEntries(const QString &zipPath, const QStringList &wanted, QString *error);

    // dockerd.exe and docker.exe from the Docker zip, or from a dockerd.exe with docker.exe beside it.
    static QHash<QString, QByteArray> dockerBinaries(const QString &localPath, QString *error);
    // nssm.exe for the host's architecture from the NSSM zip, or a lone nssm.exe.
    static QByteArray nssmExecutable(const QString &localPath, bool win64, QString *error);
};
