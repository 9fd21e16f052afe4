#include "BinaryFetch.h"

#include "Downloader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QStandardPaths>
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
    const QString key =
        QString::fromLatin1(QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    QString name = QUrl(url).fileName();
    if (name.isEmpty())
        name = QStringLiteral("download");
    return m_cache + QLatin1Char('/') + key + QLatin1Char('/') + name;
}

bool BinaryFetch::fetchOne(const QString &url, const QString &pin, const Answers &answers, const Progress &progress,
                           QStringList *digests, QString *localPath, QString *error)
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

bool BinaryFetch::fetch(Answers &a, const Progress &progress, QStringList *digests, QString *error)
{
    if (!a.download.proxy.isEmpty()) {
        const QUrl proxy(a.download.proxy);
        m_network->setProxy(QNetworkProxy(proxy.scheme() == QLatin1String("socks5") ? QNetworkProxy::Socks5Proxy
                                                                                    : QNetworkProxy::HttpProxy,
                                          proxy.host(), quint16(proxy.port()), proxy.userName(), proxy.password()));
    } else {
        QNetworkProxyFactory::setUseSystemConfiguration(true);
    }

    if (a.binaries.source == QLatin1String("download")) {
        QString local;
        if (a.binaries.package == QLatin1String("exe")) {
            QString client;
            if (!fetchOne(a.binaries.dockerdUrl, QString(), a, progress, digests, &local, error) ||
                !fetchOne(a.binaries.dockerUrl, QString(), a, progress, digests, &client, error))
                return false;
            // LocalArchive takes docker.exe from beside dockerd.exe.
            const QString beside = QFileInfo(local).absolutePath() + QStringLiteral("/docker.exe");
            QFile::remove(beside);
            if (!QFile::copy(client, beside)) {
                *error = tr("cannot write %1").arg(beside);
                return false;
            }
        } else if (!fetchOne(a.effectiveZipUrl(), a.binaries.sha256, a, progress, digests, &local, error)) {
            return false;
        }
        a.binaries.source = QStringLiteral("local");
        a.binaries.localPath = local;
    }
    if (a.service.manager == QLatin1String("nssm") && a.nssm.source == QLatin1String("download")) {
        QString local;
        if (!fetchOne(a.nssm.url, QString(), a, progress, digests, &local, error)) {
            *error +=
                tr(". nssm.cc is often unreachable: download nssm-2.24.zip on another machine and set nssm.source "
                   "to \"local\" with nssm.localPath");
            return false;
        }
        a.nssm.source = QStringLiteral("local");
        a.nssm.localPath = local;
    }
    return true;
}
