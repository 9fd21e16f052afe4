#include "ZipWriter.h"

#include "host/SecretFile.h"
#include <QDateTime>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

bool ZipWriter::write(const QString &zipPath, const Entries &entries, QString *error, const QDateTime &time)
{
    // A bundle holds the host's private key and a client zip the client's: owner-only from the first byte.
    SecretFile::Writer file(zipPath);
    if (!file.open(error))
        return false;
    QuaZip zip(file.device());
    zip.setAutoClose(false);
    if (!zip.open(QuaZip::mdCreate)) {
        *error = tr("cannot write %1 (zip error %2)").arg(zipPath).arg(zip.getZipError());
        return false;
    }
    // A given time as the clock in UTC reads it, so the bytes do not depend on this machine's time zone.
    const QDateTime now = time.isValid() ? time.toUTC() : QDateTime::currentDateTime();
    for (const auto &[name, bytes] : entries) {
        QuaZipFile out(&zip);
        QuaZipNewInfo info(name);
        info.dateTime = now;
        if (!out.open(QIODevice::WriteOnly, info) || out.write(bytes) != bytes.size()) {
            *error = tr("cannot put %1 into %2").arg(name, zipPath);
            return false;
        }
        out.close();
        if (out.getZipError() != 0) {
            *error = tr("cannot put %1 into %2 (zip error %3)").arg(name, zipPath).arg(out.getZipError());
            return false;
        }
    }
    zip.close();
    if (zip.getZipError() != 0) {
        *error = tr("cannot write %1 (zip error %2)").arg(zipPath).arg(zip.getZipError());
        return false;
    }
    return file.commit(error);
}
