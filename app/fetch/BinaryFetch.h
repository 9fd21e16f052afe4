#pragma once

#include "answers/Answers.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <functional>

class QNetworkAccessManager;

// Gets what the answers download (the Docker zip or the manual procedure's two executables, and the NSSM
// zip) into the download cache, and answers where they now are as local files. A file in the
// cache for the same URL (and the pinned digest, if any) is not fetched again. Every file can be
// pinned (binaries.sha256, binaries.dockerdSha256 and binaries.dockerSha256, nssm.sha256), local
// files too.
class BinaryFetch
{
    Q_DECLARE_TR_FUNCTIONS(BinaryFetch)

public:
    using Progress = std::function<void(const QString &what, qint64 done, qint64 total, double bytesPerSecond)>;

    // The most a download may be (Docker's zips are about 50 to 150 MiB), and the release index (a few KiB): a server
    // that sends more is stopped as the bytes arrive.
    static constexpr qint64 DownloadLimit = qint64(1) << 30;
    static constexpr qint64 IndexLimit = 16 * 1024 * 1024;

    BinaryFetch(QNetworkAccessManager *network, const QString &cacheFolder);

    // The answers with binaries.source and nssm.source made "local" where they were "download";
    // false with the reason when a download fails. Each file's SHA-256 goes to digests.
    bool fetch(Answers &answers, const Progress &progress, QStringList *digests, QString *error);

    // The Docker CE versions binaries.indexUrl offers, newest first; empty with the reason when the page
    // cannot be read or lists none.
    QStringList offeredVersions(const Answers &answers, QString *error);

    // Asked while downloading; true stops the download at once and nothing of it is kept.
    void setCancelCheck(std::function<bool()> cancelled) { m_cancelled = std::move(cancelled); }
    // The SHA-256 of every file fetch() got or found in the cache, by URL.
    QHash<QString, QString> sums() const { return m_sums; }
    // BERTH_CACHE_DIR, or the user's cache folder (%LOCALAPPDATA%\Berth\downloads on Windows).
    static QString defaultCacheFolder();
    // Each local file the answers use pinned to its SHA-256 now, where no pin is given: answers kept for a later
    // run (after a restart, as SYSTEM) then take only the files this run read.
    static void pinLocalFiles(Answers &answers);
    QString cachePath(const QString &url) const;

private:
    void useProxy(const Answers &answers);
    bool fetchOne(const QString &url, const QString &pin, const char *pinKey, const Answers &answers,
                  const Progress &progress, QStringList *digests, QString *localPath, QString *error);
    static bool checkPin(const QString &path, const QString &pin, const char *pinKey, QStringList *digests,
                         QString *error);

    QNetworkAccessManager *m_network;
    QString m_cache;
    std::function<bool()> m_cancelled;
    QHash<QString, QString> m_sums;
};
