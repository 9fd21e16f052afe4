#include "LocalArchive.h"

#include <QFile>
#include <QFileInfo>

#include <quazip.h>
#include <quazipfile.h>

namespace {

QByteArray readWhole(const QString &path, QString *error)
{
    QFile file(path);
    if (file.size() > LocalArchive::MaxEntrySize) {
        *error = LocalArchive::tr("%1 is larger than %2 MiB").arg(path).arg(LocalArchive::MaxEntrySize >> 20);
        return {};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = LocalArchive::tr("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    return file.readAll();
}

bool isZip(const QString &path)
{
    return path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive);
}

} // namespace

QHash<QString, QByteArray> LocalArchive::readEntries(const QString &zipPath, const QStringList &wanted, QString *error)
{
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdUnzip)) {
        *error = tr("%1 is not a zip file Berth can open (error %2)").arg(zipPath).arg(zip.getZipError());
        return {};
    }
    QHash<QString, QByteArray> found;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info))
            continue;
        const QString name = info.name;
        for (const QString &want : wanted) {
            const bool matches = name.compare(want, Qt::CaseInsensitive) == 0 ||
                                 name.endsWith(QLatin1Char('/') + want, Qt::CaseInsensitive);
            if (!matches || found.contains(want))
                continue;
            if (info.uncompressedSize > quint64(MaxEntrySize)) {
                *error = tr("%1 in %2 is larger than %3 MiB").arg(name, zipPath).arg(MaxEntrySize >> 20);
                return {};
            }
            QuaZipFile entry(&zip);
            if (!entry.open(QIODevice::ReadOnly)) {
                *error = tr("cannot read %1 in %2 (error %3)").arg(name, zipPath).arg(entry.getZipError());
                return {};
            }
            const QByteArray bytes = entry.read(MaxEntrySize + 1);
            entry.close();
            if (entry.getZipError() != UNZ_OK || quint64(bytes.size()) != info.uncompressedSize) {
                *error = tr("%1 in %2 is damaged or cut short").arg(name, zipPath);
                return {};
            }
            found.insert(want, bytes);
        }
    }
    for (const QString &want : wanted) {
        if (!found.contains(want)) {
            *error = tr("%1 holds no %2").arg(zipPath, want);
            return {};
        }
    }
    return found;
}

QHash<QString, QByteArray> LocalArchive::dockerBinaries(const QString &localPath, QString *error)
{
    if (isZip(localPath)) {
        const QHash<QString, QByteArray> entries =
            readEntries(localPath, {QStringLiteral("docker/dockerd.exe"), QStringLiteral("docker/docker.exe")}, error);
        if (entries.isEmpty())
            return {};
        return {{QStringLiteral("dockerd.exe"), entries.value(QStringLiteral("docker/dockerd.exe"))},
                {QStringLiteral("docker.exe"), entries.value(QStringLiteral("docker/docker.exe"))}};
    }
    const QString client = QFileInfo(localPath).absolutePath() + QStringLiteral("/docker.exe");
    if (!QFileInfo::exists(client)) {
        *error = tr("%1 is not a zip, and no docker.exe stands beside it").arg(localPath);
        return {};
    }
    QHash<QString, QByteArray> files{{QStringLiteral("dockerd.exe"), readWhole(localPath, error)}};
    if (error->isEmpty())
        files.insert(QStringLiteral("docker.exe"), readWhole(client, error));
    return error->isEmpty() ? files : QHash<QString, QByteArray>();
}

QByteArray LocalArchive::nssmExecutable(const QString &localPath, bool win64, QString *error)
{
    if (!isZip(localPath))
        return readWhole(localPath, error);
    const QString want = win64 ? QStringLiteral("win64/nssm.exe") : QStringLiteral("win32/nssm.exe");
    return readEntries(localPath, {want}, error).value(want);
}
