#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QStringList>

// A zip from outside, treated as hostile. open() checks every entry before anything is taken:
// symlinks, absolute names, drive letters, "..", names that leave the folder once cleaned, and
// sizes over the caps refuse the whole archive, naming the entry. Entries are then read one at a
// time by name, streamed, never by a path the archive chose.
class ZipReader
{
    Q_DECLARE_TR_FUNCTIONS(ZipReader)

public:
    static constexpr qint64 MaxEntrySize = 512ll * 1024 * 1024;
    static constexpr qint64 MaxTotalSize = 2048ll * 1024 * 1024;

    explicit ZipReader(const QString &zipPath, qint64 maxEntrySize = MaxEntrySize, qint64 maxTotalSize = MaxTotalSize);
    ~ZipReader();

    bool open(QString *error);
    QStringList entries() const { return m_entries; }
    // The first entry whose name is wanted or ends with "/" + wanted, without regard to case.
    QString find(const QString &wanted) const;
    // Streams the entry into out; false with the reason for a damaged or truncated entry.
    bool read(const QString &entry, QIODevice *out, QString *error);
    // Writes the entry to targetFolder/fileName through QSaveFile.
    bool extractTo(const QString &entry, const QString &targetFolder, const QString &fileName, QString *error);

    // Why a name may not be taken out of an archive, or empty.
    static QString refusal(const QString &name, quint32 externalAttributes);

private:
    QString m_path;
    qint64 m_maxEntrySize;
    qint64 m_maxTotalSize;
    class QuaZip *m_zip = nullptr;
    QStringList m_entries;
};
