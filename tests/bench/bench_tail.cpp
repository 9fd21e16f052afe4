// Run by hand, not by ctest: writes a 1 GiB daemon.log of dockerd-like lines and times showing
// its last 1000 lines with Berth's tail engine (what the log page and `berth tail` do) against
// GNU `tail -n 1000` of the same file in the same run; prints both, their ratio and the bytes
// Berth read. Then the follow latency: lines appended one at a time, the time from the write to the
// line arriving, for Berth's follow() (a poll every DaemonLogTail::PollMs) and for GNU `tail -F`
// (inotify), median and worst of both.
#include "logtail/DaemonLogTail.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("daemon.log"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        QByteArray block;
        for (int i = 0; block.size() < 4 * 1024 * 1024; ++i)
            block += QByteArrayLiteral("time=\"2026-11-28T00:00:00.000000000Z\" level=info msg=\"API listen on "
                                       "//./pipe/docker_engine\" line=") +
                     QByteArray::number(i) + '\n';
        const qint64 target = qint64(1) << 30;
        for (qint64 written = 0; written < target; written += block.size())
            file.write(block);
    }
    std::printf("log: %s, %.0f MiB\n", qPrintable(path), QFile(path).size() / 1048576.0);

    double berthBest = 1e9, tailBest = 1e9;
    qint64 bytesRead = 0;
    for (int round = 0; round < 3; ++round) {
        QElapsedTimer timer;
        timer.start();
        DaemonLogTail tail(path);
        const QStringList lines = tail.lastLines(1000);
        berthBest = std::min(berthBest, timer.nsecsElapsed() / 1e6);
        bytesRead = tail.bytesRead();
        if (lines.size() != 1000)
            return 2;

        timer.restart();
        QProcess gnuTail;
        gnuTail.setStandardOutputFile(QProcess::nullDevice());
        gnuTail.start(QStringLiteral("tail"), {QStringLiteral("-n"), QStringLiteral("1000"), path});
        gnuTail.waitForFinished(-1);
        tailBest = std::min(tailBest, timer.nsecsElapsed() / 1e6);
    }
    std::printf("Berth lastLines(1000): %.2f ms (read %lld bytes)\n", berthBest, static_cast<long long>(bytesRead));
    std::printf("GNU tail -n 1000:      %.2f ms (includes starting the process)\n", tailBest);
    std::printf("ratio Berth / tail:    %.2f\n", berthBest / tailBest);

    const int count = 60;
    const auto latencies = [&](const std::function<void(std::function<void()>)> &watch) {
        QList<double> result;
        QElapsedTimer clock;
        QEventLoop loop;
        watch([&] {
            result << clock.nsecsElapsed() / 1e6;
            loop.quit();
        });
        QThread::msleep(300); // let the watcher settle
        QFile log(path);
        log.open(QIODevice::Append);
        for (int i = 0; i < count; ++i) {
            QThread::msleep(7 + (i * 13) % 41); // writes land anywhere in the poll interval
            clock.start();
            log.write("time=\"now\" level=info msg=\"latency\"\n");
            log.flush();
            QTimer::singleShot(2000, &loop, &QEventLoop::quit);
            loop.exec();
        }
        std::sort(result.begin(), result.end());
        return result;
    };
    DaemonLogTail follower(path);
    follower.lastLines(0);
    const QList<double> berth = latencies([&](std::function<void()> arrived) {
        QObject::connect(&follower, &DaemonLogTail::lineAppended, arrived);
        follower.follow();
    });
    follower.stop();
    QProcess gnu;
    const QList<double> gnuTail = latencies([&](std::function<void()> arrived) {
        QObject::connect(&gnu, &QProcess::readyReadStandardOutput, [&gnu, arrived] {
            gnu.readAllStandardOutput();
            arrived();
        });
        gnu.start(QStringLiteral("tail"), {QStringLiteral("-F"), QStringLiteral("-n"), QStringLiteral("0"), path});
        gnu.waitForStarted();
    });
    gnu.kill();
    gnu.waitForFinished();
    if (berth.size() != count || gnuTail.size() != count)
        return 3;
    std::printf("follow latency, %d lines: Berth median %.1f ms, worst %.1f ms (poll %d ms)\n", count,
                berth.at(count / 2), berth.last(), DaemonLogTail::PollMs);
    std::printf("                          tail -F median %.1f ms, worst %.1f ms\n", gnuTail.at(count / 2),
                gnuTail.last());
    std::printf("ratio Berth / tail -F (median): %.2f\n", berth.at(count / 2) / gnuTail.at(count / 2));
    return 0;
}
