#include "ZipReader.h"

#include <QDir>
#include <QRegularExpression>
#include <QSaveFile>

#include <quazip.h>
#include <quazipfile.h>

ZipReader::ZipReader(const QString &zipPath, qint64 maxEntrySize, qint64 maxTotalSize)
    : m_path(zipPath), m_maxEntrySize(maxEntrySize), m_maxTotalSize(maxTotalSize)
{
}

ZipReader::~ZipReader()
{
    delete m_zip;
}

QString ZipReader::refusal(const QString &name, quint32 externalAttributes)
{
    const quint32 unixMode = externalAttributes >> 16;
    if ((unixMode & 0170000) == 0120000)
        return tr("it is a symbolic link");
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:"));
    if (name.startsWith(QLatin1Char('/')) || name.startsWith(QLatin1Char('\\')) || drive.match(name).hasMatch())
        return tr("its name is absolute");
    const QStringList parts = QString(name).replace(QLatin1Char('\\'), QLatin1Char('/')).split(QLatin1Char('/'));
    if (parts.contains(QStringLiteral("..")))
        return tr("its name climbs out with \"..\"");
    const QString cleaned = QDir::cleanPath(QStringLiteral("/target/") + name);
    if (!cleaned.startsWith(QLatin1String("/target/")))
        return tr("its name leaves the folder");
    return {};
}

bool ZipReader::open(QString *error)
{
    m_zip = new QuaZip(m_path);
    if (!m_zip->open(QuaZip::mdUnzip)) {
        *error = tr("%1 is not a zip file Berth can read: it is damaged, cut short or of another kind (zip error %2)")
                     .arg(m_path)
                     .arg(m_zip->getZipError());
        return false;
    }
    qint64 total = 0;
    for (bool more = m_zip->goToFirstFile(); more; more = m_zip->goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!m_zip->getCurrentFileInfo(&info)) {
            *error = tr("%1 has an entry Berth cannot read: the zip is damaged").arg(m_path);
            return false;
        }
        const QString why = refusal(info.name, info.externalAttr);
        if (!why.isEmpty()) {
            *error = tr("%1 is refused: the entry \"%2\" cannot be taken out safely (%3)").arg(m_path, info.name, why);
            return false;
        }
        total += qint64(info.uncompressedSize);
        if (qint64(info.uncompressedSize) > m_maxEntrySize || total > m_maxTotalSize) {
            *error = tr("%1 is refused: \"%2\" would make it larger than Berth takes (%3 MiB an entry, %4 MiB in all)")
                         .arg(m_path, info.name)
                         .arg(m_maxEntrySize >> 20)
                         .arg(m_maxTotalSize >> 20);
            return false;
        }
        m_entries.append(info.name);
    }
    if (m_zip->getZipError() != UNZ_OK) {
        *error = tr("%1 is damaged or cut short (zip error %2)").arg(m_path).arg(m_zip->getZipError());
        return false;
    }
    return true;
}

QString ZipReader::find(const QString &wanted) const
{
    for (const QString &entry : m_entries) {
        if (entry.compare(wanted, Qt::CaseInsensitive) == 0 ||
            entry.endsWith(QLatin1Char('/') + wanted, Qt::CaseInsensitive))
            return entry;
    }
    return {};
}

bool ZipReader::read(const QString &entry, QIODevice *out, QString *error)
{
    if (!m_zip || !m_zip->setCurrentFile(entry)) {
        *error = tr("%1 holds no %2").arg(m_path, entry);
        return false;
    }
    QuaZipFileInfo64 info;
    m_zip->getCurrentFileInfo(&info);
    QuaZipFile file(m_zip);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1 in %2 (zip error %3)").arg(entry, m_path).arg(file.getZipError());
        return false;
    }
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    qint64 done = 0;
    for (;;) {
        const qint64 got = file.read(chunk.data(), chunk.size());
        if (got < 0 || (got == 0 && done < qint64(info.uncompressedSize))) {
            *error = tr("%1 in %2 is damaged or cut short").arg(entry, m_path);
            return false;
        }
        if (got == 0)
            break;
        done += got;
        if (done > qint64(info.uncompressedSize) || done > m_maxEntrySize) {
            *error = tr("%1 in %2 is larger than its header says").arg(entry, m_path);
            return false;
        }
        if (out->write(chunk.constData(), got) != got) {
            *error = tr("cannot write %1: %2").arg(entry, out->errorString());
            return false;
        }
    }
    file.close();
    if (file.getZipError() != UNZ_OK) {
        *error = tr("%1 in %2 is damaged: its checksum does not match").arg(entry, m_path);
        return false;
    }
    return true;
}

bool ZipReader::extractTo(const QString &entry, const QString &targetFolder, const QString &fileName, QString *error)
{
    // fileName is Berth's own (dockerd.exe), never the archive's; still, check it stays inside.
    const QString target = QDir::cleanPath(targetFolder + QLatin1Char('/') + fileName);
    if (!target.startsWith(QDir::cleanPath(targetFolder) + QLatin1Char('/'))) {
        *error = tr("%1 would leave %2").arg(fileName, targetFolder);
        return false;
    }
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(target, out.errorString());
        return false;
    }
    if (!read(entry, &out, error)) {
        out.cancelWriting();
        return false;
    }
    if (!out.commit()) {
        *error = tr("cannot write %1: %2").arg(target, out.errorString());
        return false;
    }
    return true;
}
