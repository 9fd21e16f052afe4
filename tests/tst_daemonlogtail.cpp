#include "logtail/DaemonLogTail.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The tail engine of the log page and `berth tail`, on real files.
class TestDaemonLogTail : public QObject
{
    Q_OBJECT

private:
    QString m_path;
    QTemporaryDir m_dir;

    void append(const QByteArray &bytes)
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::Append));
        file.write(bytes);
    }
    static QStringList collect(DaemonLogTail &tail)
    {
        QStringList lines;
        const QMetaObject::Connection connection =
            QObject::connect(&tail, &DaemonLogTail::lineAppended, [&lines](const QString &line) { lines << line; });
        tail.poll();
        QObject::disconnect(connection);
        return lines;
    }

private slots:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("daemon.log"));
        QFile::remove(m_path);
        QFile::remove(m_path + QStringLiteral(".1"));
    }

    void aGibibyteLogOpensAtItsEndWithBoundedReads()
    {
        append("time=\"start\" level=info msg=\"first line\"\n");
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(1ll << 30)); // sparse: a gibibyte on paper
        file.close();
        QByteArray lines;
        for (int i = 0; i < 100; ++i)
            lines += "\ntime=\"t\" level=info msg=\"line " + QByteArray::number(i) + '"';
        append(lines + "\n");
        DaemonLogTail tail(m_path);
        const QStringList last = tail.lastLines(10);
        QCOMPARE(last.size(), 10);
        QCOMPARE(last.first(), QStringLiteral("time=\"t\" level=info msg=\"line 90\""));
        QCOMPARE(last.last(), QStringLiteral("time=\"t\" level=info msg=\"line 99\""));
        QVERIFY2(tail.bytesRead() < 256 * 1024, qPrintable(QString::number(tail.bytesRead())));
    }

    void followsAppendsAndWaitsForPartialLines()
    {
        append("one\r\ntwo\r\nthr");
        DaemonLogTail tail(m_path);
        QCOMPARE(tail.lastLines(5), (QStringList{QStringLiteral("one"), QStringLiteral("two")}));
        append("ee\r\nfou");
        QCOMPARE(collect(tail), QStringList{QStringLiteral("three")});
        append("r\n");
        QCOMPARE(collect(tail), QStringList{QStringLiteral("four")});
        QCOMPARE(collect(tail), QStringList());
    }

    void truncationAndRotationStartOver()
    {
        append("a long line that was there before\nanother one\n");
        DaemonLogTail tail(m_path);
        tail.lastLines(1);
        QSignalSpy restarted(&tail, &DaemonLogTail::restarted);
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(0));
        file.close();
        append("after truncation\n");
        QCOMPARE(collect(tail), QStringList{QStringLiteral("after truncation")});
        QCOMPARE(restarted.size(), 1);
        QVERIFY(restarted.first().first().toString().contains(QLatin1String("truncated")));

        // Rotation: the file is renamed and a new, longer one takes its name.
        QVERIFY(QFile::rename(m_path, m_path + QStringLiteral(".1")));
        append("rotated in, and longer than what was followed before it\nsecond\n");
        QCOMPARE(collect(tail), (QStringList{QStringLiteral("rotated in, and longer than what was followed before it"),
                                             QStringLiteral("second")}));
        QCOMPARE(restarted.size(), 2);
        QVERIFY(restarted.last().first().toString().contains(QLatin1String("rotated")));
    }

    // Cut and written past the old read position between two looks: the size alone says "grown",
    // the bytes before the position say "cut". Only the new text is shown, from its start.
    void truncationOutgrownBetweenTwoLooksIsSeen()
    {
        append("time=\"1\" msg=\"old one\"\ntime=\"2\" msg=\"old two\"\n");
        DaemonLogTail tail(m_path);
        tail.lastLines(5);
        QSignalSpy restarted(&tail, &DaemonLogTail::restarted);
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate)); // same file, same identity
        file.write("time=\"3\" msg=\"new after the cut, longer than all that was there before it\"\n");
        file.close();
        QCOMPARE(collect(tail), QStringList{QStringLiteral(
                                    "time=\"3\" msg=\"new after the cut, longer than all that was there before it\"")});
        QCOMPARE(restarted.size(), 1);
        QVERIFY(restarted.first().first().toString().contains(QLatin1String("truncated")));
        append("time=\"4\" msg=\"appended\"\n");
        QCOMPARE(collect(tail), QStringList{QStringLiteral("time=\"4\" msg=\"appended\"")});
        QCOMPARE(restarted.size(), 1);
        // Cut to nothing, then written: no stale look at bytes that are gone.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.close();
        QCOMPARE(collect(tail), QStringList());
        append("fresh\n");
        QCOMPARE(collect(tail), QStringList{QStringLiteral("fresh")});
        QCOMPARE(restarted.size(), 2);
    }

    void utf8AndUtf16()
    {
        append(QStringLiteral("größe=1\nnaïve\n").toUtf8());
        DaemonLogTail utf8(m_path);
        QCOMPARE(utf8.lastLines(2), (QStringList{QStringLiteral("größe=1"), QStringLiteral("naïve")}));

        QFile::remove(m_path);
        QStringEncoder utf16(QStringEncoder::Utf16LE);
        append("\xff\xfe" + QByteArray(utf16(QStringLiteral("héllo\r\nwörld\r\n"))));
        DaemonLogTail tail(m_path);
        QCOMPARE(tail.lastLines(5), (QStringList{QStringLiteral("héllo"), QStringLiteral("wörld")}));
        append(utf16(QStringLiteral("more\r\n")));
        QCOMPARE(collect(tail), QStringList{QStringLiteral("more")});

        QFile::remove(m_path);
        append(utf16(QStringLiteral("no byte order mark\r\nsecond line\r\n")));
        DaemonLogTail bare(m_path);
        QCOMPARE(bare.lastLines(1), QStringList{QStringLiteral("second line")});
    }

    void followUsesATimer()
    {
        append("start\n");
        DaemonLogTail tail(m_path);
        tail.lastLines(1);
        QSignalSpy lines(&tail, &DaemonLogTail::lineAppended);
        tail.follow(20);
        append("from the timer\n");
        QTRY_COMPARE_WITH_TIMEOUT(lines.size(), 1, 30000);
        QCOMPARE(lines.first().first().toString(), QStringLiteral("from the timer"));
        tail.stop();
    }
};

QTEST_GUILESS_MAIN(TestDaemonLogTail)
#include "tst_daemonlogtail.moc"
