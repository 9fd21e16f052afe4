// Run by hand, not by ctest: times Berth's download and extraction of a 200 MiB Docker-style zip
// from a local nginx against curl + unzip of the same file in the same run, and prints the ratio
// and Berth's peak memory. Needs nginx-light, curl and unzip.
#include "NginxServer.h"

#include "fetch/Downloader.h"
#include "fetch/ZipReader.h"

#include "PeakMemory.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>

#include <quazip.h>
#include <quazipfile.h>

#include <cstdio>

namespace {

// 200 MiB of bytes from a small alphabet, so that deflate has work to do, as with a real binary.
bool makeZip(const QString &path, qint64 size)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    QuaZipFile entry(&zip);
    if (!entry.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("docker/dockerd.exe")), nullptr, 0, Z_DEFLATED,
                    1))
        return false;
    QRandomGenerator generator(42);
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (qint64 written = 0; written < size; written += chunk.size()) {
        for (char &c : chunk)
            c = char(generator.bounded(16) * 17);
        entry.write(chunk);
    }
    entry.close();
    zip.close();
    return zip.getZipError() == 0;
}

double bestOf(int runs, const std::function<bool()> &work)
{
    double best = 1e9;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer clock;
        clock.start();
        if (!work())
            return -1;
        best = qMin(best, clock.elapsed() / 1000.0);
    }
    return best;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    NginxServer server;
    if (!server.unavailableReason().isEmpty()) {
        std::printf("cannot run: %s\n", qPrintable(server.unavailableReason()));
        return 1;
    }
    const qint64 size = 200ll << 20;
    const QString zipPath = server.root() + QStringLiteral("/docker-bench.zip");
    if (!makeZip(zipPath, size)) {
        std::printf("cannot make the zip\n");
        return 1;
    }
    const QString url = server.url(QStringLiteral("docker-bench.zip"));
    QTemporaryDir work;
    const int runs = 3;

    const double tools = bestOf(runs, [&] {
        QDir(work.filePath(QStringLiteral("tools"))).removeRecursively();
        QProcess curl;
        curl.start(QStringLiteral("curl"),
                   {QStringLiteral("-sSf"), QStringLiteral("-o"), work.filePath(QStringLiteral("curl.zip")), url});
        if (!curl.waitForFinished(-1) || curl.exitCode() != 0)
            return false;
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"),
                    {QStringLiteral("-q"), QStringLiteral("-o"), work.filePath(QStringLiteral("curl.zip")),
                     QStringLiteral("docker/dockerd.exe"), QStringLiteral("-d"),
                     work.filePath(QStringLiteral("tools"))});
        return unzip.waitForFinished(-1) && unzip.exitCode() == 0;
    });

    PeakMemory::reset();
    const qint64 rssBefore = PeakMemory::kib();
    QNetworkAccessManager network;
    const double berth = bestOf(runs, [&] {
        QFile::remove(work.filePath(QStringLiteral("berth.zip")));
        Downloader downloader(&network);
        DownloadRequest request;
        request.url = QUrl(url);
        request.destination = work.filePath(QStringLiteral("berth.zip"));
        request.allowHttp = true;
        QString error;
        if (!downloader.run(request, &error))
            return false;
        ZipReader reader(request.destination);
        QDir().mkpath(work.filePath(QStringLiteral("berth")));
        return reader.open(&error) &&
               reader.extractTo(QStringLiteral("docker/dockerd.exe"), work.filePath(QStringLiteral("berth")),
                                QStringLiteral("dockerd.exe"), &error);
    });
    const qint64 rss = PeakMemory::kib();

    if (tools < 0 || berth < 0) {
        std::printf("a run failed\n");
        return 1;
    }
    std::printf("200 MiB zip from nginx on 127.0.0.1, download and extract dockerd.exe, best of %d:\n", runs);
    std::printf("  curl + unzip: %.2f s\n  Berth:        %.2f s\n  ratio Berth / (curl + unzip): %.2f\n", tools, berth,
                berth / tools);
    std::printf("  Berth's peak resident memory: %.1f MiB (%.1f MiB before the runs)\n", rss / 1024.0,
                rssBefore / 1024.0);
    return 0;
}
