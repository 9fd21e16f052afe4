#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

// Writes a zip whole or not at all, readable by its owner alone from the first byte (it may hold a
// private key): the entries go to a temporary file that replaces the zip only when every entry is
// written (SecretFile::Writer under QuaZip).
class ZipWriter
{
    Q_DECLARE_TR_FUNCTIONS(ZipWriter)

public:
    using Entries = QList<QPair<QString, QByteArray>>; // name inside the zip ("/" separators), bytes
    // time: the entries' date, valid to make the same bytes from the same entries (a fleet's second run);
    // without it, now.
    static bool write(const QString &zipPath, const Entries &entries, QString *error, const QDateTime &time = {});
};
