#include "LocalFile.h"

#include <QFile>

QByteArray LocalFile::read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
