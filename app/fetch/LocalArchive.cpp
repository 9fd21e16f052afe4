#include "LocalArchive.h"

#include <QFile>
#include <QFileInfo>

#include "ZipReader.h"

#include <QBuffer>

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

// What is packed as a Windows program must be one: a file Berth takes for dockerd.exe, docker.exe or nssm.exe
// begins as every such file does, with MZ (a key or a certificate named so does not).
bool isProgram(const QString &name, const QByteArray &bytes, const QString &from, QString *error)
{
    if (bytes.startsWith("MZ"))
        return true;
    *error = LocalArchive::tr("%1 from %2 is not a Windows program (it does not begin with MZ): Berth packs only "
                              "what is what it is named")
                 .arg(name, from);
    return false;
}

} // namespace

QHash<QString, QByteArray> LocalArchive::readEntries(const QString &zipPath, const QStringList &wanted, QString *error)
{
    ZipReader zip(zipPath);
    if (!zip.open(error))
        return {};
    QHash<QString, QByteArray> found;
    for (const QString &want : wanted) {
        const QString entry = zip.find(want);
        if (entry.isEmpty()) {
            *error = tr("%1 holds no %2").arg(zipPath, want);
            return {};
        }
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!zip.read(entry, &buffer, error))
            return {};
        found.insert(want, bytes);
    }
    return found;
}

QHash<QString, QByteArray> LocalArchive::dockerBinaries(const QString &localPath, QString *error)
{
    QHash<QString, QByteArray> files;
    QString client = localPath; // where docker.exe comes from
    if (isZip(localPath)) {
        const QHash<QString, QByteArray> entries =
            readEntries(localPath, {QStringLiteral("docker/dockerd.exe"), QStringLiteral("docker/docker.exe")}, error);
        if (entries.isEmpty())
            return {};
        files = {{QStringLiteral("dockerd.exe"), entries.value(QStringLiteral("docker/dockerd.exe"))},
                 {QStringLiteral("docker.exe"), entries.value(QStringLiteral("docker/docker.exe"))}};
    } else {
        client = QFileInfo(localPath).absolutePath() + QStringLiteral("/docker.exe");
        if (!QFileInfo::exists(client)) {
            *error = tr("%1 is not a zip, and no docker.exe stands beside it").arg(localPath);
            return {};
        }
        files.insert(QStringLiteral("dockerd.exe"), readWhole(localPath, error));
        if (error->isEmpty())
            files.insert(QStringLiteral("docker.exe"), readWhole(client, error));
        if (!error->isEmpty())
            return {};
    }
    if (!isProgram(QStringLiteral("dockerd.exe"), files.value(QStringLiteral("dockerd.exe")), localPath, error) ||
        !isProgram(QStringLiteral("docker.exe"), files.value(QStringLiteral("docker.exe")), client, error))
        return {};
    return files;
}

QByteArray LocalArchive::nssmExecutable(const QString &localPath, bool win64, QString *error)
{
    const QString want = win64 ? QStringLiteral("win64/nssm.exe") : QStringLiteral("win32/nssm.exe");
    QString why;
    const QByteArray bytes =
        isZip(localPath) ? readEntries(localPath, {want}, &why).value(want) : readWhole(localPath, &why);
    if (why.isEmpty() && isProgram(QStringLiteral("nssm.exe"), bytes, localPath, &why))
        return bytes;
    *error = why;
    return {};
}
