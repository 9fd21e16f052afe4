#include "BinaryFetch.h"

#include "DockerReleases.h"
#include "Downloader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

namespace {

QString fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

void BinaryFetch::pinLocalFiles(Answers &a)
{
    BinariesSettings &b = a.binaries;
    if (b.source == Source::Local) {
        const auto pin = [](QString &sha256, const QString &path) {
            if (sha256.isEmpty() && QFileInfo::exists(path))
                sha256 = fileSha256(path);
        };
        if (b.package == Package::Exe) {
            pin(b.dockerdSha256, b.localPath);
            pin(b.dockerSha256, QFileInfo(b.localPath).absolutePath() + QStringLiteral("/docker.exe"));
        } else {
            pin(b.sha256, b.localPath);
        }
    }
    if (a.service.manager == ServiceManager::Nssm && a.nssm.source == Source::Local && a.nssm.sha256.isEmpty())
        a.nssm.sha256 = fileSha256(a.nssm.localPath);
}

BinaryFetch::BinaryFetch(QNetworkAccessManager *network, const QString &cacheFolder)
    : m_network(network), m_cache(cacheFolder)
{
}

QString BinaryFetch::defaultCacheFolder()
{
    const QString configured = qEnvironmentVariable("BERTH_CACHE_DIR");
    if (!configured.isEmpty())
        return configured;
#ifdef Q_OS_WIN
    // %LOCALAPPDATA%\Berth\downloads: local to this machine, never roamed with the profile.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/Berth/downloads");
#else
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/berth/downloads");
#endif
}

QString BinaryFetch::cachePath(const QString &url) const
{
    // Named by a hash of the URL alone: nothing the URL says (..%5C, a device name such as NUL)
    // becomes part of a path. The kind stays visible, for what reads the file (a zip or not).
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha256).toHex());
    const QString path = QUrl(url).path(QUrl::FullyEncoded);
    const QString kind = path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive)   ? QStringLiteral(".zip")
                         : path.endsWith(QLatin1String(".exe"), Qt::CaseInsensitive) ? QStringLiteral(".exe")
                                                                                     : QString();
    return m_cache + QLatin1Char('/') + hash.left(16) + QLatin1Char('/') + hash + kind;
}

bool BinaryFetch::fetchOne(const QString &url, const QString &pin, const char *pinKey, const Answers &answers,
                           const Progress &progress, QStringList *digests, QString *localPath, QString *error)
{
    *localPath = cachePath(url);
    if (QFileInfo::exists(*localPath)) {
        const QString digest = fileSha256(*localPath);
        if (pin.isEmpty() || digest.compare(pin, Qt::CaseInsensitive) == 0) {
            digests->append(tr("%1 (from the download cache): SHA-256 %2").arg(url, digest));
            m_sums.insert(url, digest.toLower());
            return true;
        }
        QFile::remove(*localPath);
    }
    QDir().mkpath(QFileInfo(*localPath).absolutePath());
    Downloader downloader(m_network);
    QObject::connect(&downloader, &Downloader::progress, [&](qint64 done, qint64 total, double rate, qint64) {
        if (progress)
            progress(url, done, total, rate);
    });
    DownloadRequest request;
    request.url = QUrl(url);
    request.destination = *localPath;
    request.expectedSha256 = pin;
    request.pinKey = QLatin1String(pinKey);
    request.maxBytes = DownloadLimit; // pinned too: its digest is known only at the end, the disk fills before
    request.allowHttp = answers.download.allowHttp;
    QTimer cancelCheck;
    if (m_cancelled) {
        QObject::connect(&cancelCheck, &QTimer::timeout, &downloader, [&] {
            if (m_cancelled())
                downloader.cancel();
        });
        cancelCheck.start(100);
    }
    if (!downloader.run(request, error))
        return false;
    digests->append(tr("%1: SHA-256 %2").arg(url, downloader.sha256()));
    m_sums.insert(url, downloader.sha256().toLower());
    return true;
}

// A local file with a pin: the file must be the pinned one before anything of it is used.
bool BinaryFetch::checkPin(const QString &path, const QString &pin, const char *pinKey, QStringList *digests,
                           QString *error)
{
    if (pin.isEmpty())
        return true;
    const QString digest = fileSha256(path);
    if (digest.isEmpty()) {
        *error = tr("cannot read %1").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (digest.compare(pin, Qt::CaseInsensitive) != 0) {
        *error = tr("%1 is not the pinned file: its SHA-256 is %2, the pin (%3) says %4")
                     .arg(QDir::toNativeSeparators(path), digest, QLatin1String(pinKey), pin.toLower());
        return false;
    }
    digests->append(tr("%1: SHA-256 %2, as pinned").arg(QDir::toNativeSeparators(path), digest));
    return true;
}

void BinaryFetch::useProxy(const Answers &a)
{
    if (!a.download.proxy.isEmpty()) {
        const QUrl proxy(a.download.proxy);
        m_network->setProxy(QNetworkProxy(proxy.scheme() == QLatin1String("socks5") ? QNetworkProxy::Socks5Proxy
                                                                                    : QNetworkProxy::HttpProxy,
                                          proxy.host(), quint16(proxy.port()), proxy.userName(), proxy.password()));
    } else {
        QNetworkProxyFactory::setUseSystemConfiguration(true);
    }
}

QStringList BinaryFetch::offeredVersions(const Answers &a, QString *error)
{
    useProxy(a);
    // Read afresh each time (a new release is the point), into a folder of its own that goes with it.
    QTemporaryDir folder;
    if (!folder.isValid()) {
        *error = tr("no temporary folder for the index: %1").arg(folder.errorString());
        return {};
    }
    Downloader downloader(m_network);
    DownloadRequest request;
    request.url = QUrl(a.binaries.indexUrl);
    request.destination = folder.filePath(QStringLiteral("index.html"));
    request.allowHttp = a.download.allowHttp;
    request.attempts = 3;
    request.maxBytes = IndexLimit;
    QString why;
    if (!downloader.run(request, &why)) {
        *error = tr("binaries.indexUrl: %1").arg(why);
        return {};
    }
    QFile page(request.destination);
    if (!page.open(QIODevice::ReadOnly)) {
        *error = tr("binaries.indexUrl: %1 is not an index page Berth can read").arg(a.binaries.indexUrl);
        return {};
    }
    const QStringList versions = DockerReleases::parse(page.readAll());
    if (versions.isEmpty())
        *error = tr("binaries.indexUrl: %1 lists no docker-VERSION.zip").arg(a.binaries.indexUrl);
    return versions;
}

bool BinaryFetch::fetch(Answers &a, const Progress &progress, QStringList *digests, QString *error)
{
    useProxy(a);
    const BinariesSettings &b = a.binaries;
    const bool exe = b.package == Package::Exe;
    if (b.source == Source::Local) {
        const QString beside = QFileInfo(b.localPath).absolutePath() + QStringLiteral("/docker.exe");
        if (!(exe ? checkPin(b.localPath, b.dockerdSha256, "binaries.dockerdSha256", digests, error) &&
                        (b.dockerSha256.isEmpty() ||
                         checkPin(beside, b.dockerSha256, "binaries.dockerSha256", digests, error))
                  : checkPin(b.localPath, b.sha256, "binaries.sha256", digests, error)))
            return false;
    }
    if (a.service.manager == ServiceManager::Nssm && a.nssm.source == Source::Local &&
        !checkPin(a.nssm.localPath, a.nssm.sha256, "nssm.sha256", digests, error))
        return false;

    if (a.binaries.source == Source::Download) {
        QString local;
        if (exe) {
            QString client;
            if (!fetchOne(b.dockerdUrl, b.dockerdSha256, "binaries.dockerdSha256", a, progress, digests, &local,
                          error) ||
                !fetchOne(b.dockerUrl, b.dockerSha256, "binaries.dockerSha256", a, progress, digests, &client, error))
                return false;
            // LocalArchive takes docker.exe from beside dockerd.exe.
            const QString beside = QFileInfo(local).absolutePath() + QStringLiteral("/docker.exe");
            QFile::remove(beside);
            if (!QFile::copy(client, beside)) {
                *error = tr("cannot write %1").arg(beside);
                return false;
            }
        } else if (!fetchOne(a.effectiveZipUrl(), b.sha256, "binaries.sha256", a, progress, digests, &local, error)) {
            return false;
        }
        a.binaries.source = Source::Local;
        a.binaries.localPath = local;
    }
    if (a.service.manager == ServiceManager::Nssm && a.nssm.source == Source::Download) {
        QString local;
        if (!fetchOne(a.nssm.url, a.nssm.sha256, "nssm.sha256", a, progress, digests, &local, error)) {
            *error +=
                tr(". nssm.cc is often unreachable: download nssm-2.24.zip on another machine and set nssm.source "
                   "to \"local\" with nssm.localPath");
            return false;
        }
        a.nssm.source = Source::Local;
        a.nssm.localPath = local;
    }
    return true;
}
