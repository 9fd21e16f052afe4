#include "WineHost.h"

#include "apply/ApplyJournal.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

// berth apply killed midway (kill -9, as a power loss leaves it): the next run says so, berth
// recover finishes the apply with the answers it had, and the host ends as a whole apply leaves it.
class TestRecoverWine : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        if (!QFile::exists(WineHost::standin("nssm.exe")))
            QSKIP("the Windows stand-ins were not built: install gcc-mingw-w64-x86-64");
    }

    void killedApplyIsFinished_data()
    {
        QTest::addColumn<int>("at");
        QTest::newRow("during the first step") << 1;
        QTest::newRow("during the third step") << 3;
        QTest::newRow("during the last step (the start)") << 0;
    }
    void killedApplyIsFinished()
    {
        QFETCH(int, at);
        WineHost host;
        if (!host.unavailableReason().isEmpty())
            QSKIP(qPrintable(host.unavailableReason()));
        Answers answers = host.answers();
        answers.tls.enabled = false;
        // The journal keeps the answers whole, through reg.exe's command line and back.
        // (A description may not hold a double quote; the JSON around it has many, and its backslashes
        // before a quote are what command lines get wrong. ASCII: Berth on Linux hands Wine its
        // arguments in the C locale here, which is no test of Windows' own Unicode command lines.)
        answers.service.description = QStringLiteral("Docker 'engine' in C:\\x\\ at 50% ^&|<> %PATH% !x!\\");
        const QString file = host.answersFile(answers);
        const QString step = host.killBerthDuringStep({QStringLiteral("apply"), QStringLiteral("--answers"), file}, at);
        QVERIFY2(!step.startsWith(QLatin1Char('(')), qPrintable(step));
        qInfo("killed during \"%s\"", qPrintable(step));
        QThread::sleep(2); // what the killed apply had started (a Windows program) ends on its own

        // Every run against the host says so, naming the step.
        const QString key = ApplyJournal::registryKey();
        QVERIFY2(host.regQuery(key).contains(QLatin1String("Journal    REG_SZ    {")), qPrintable(host.regQuery(key)));
        host.useInThisProcess();
        const ApplyJournal::Entry entry = ApplyJournal::read(WindowsHost(host.driveC(), {QStringLiteral("wine")}));
        QVERIFY2(entry.found && entry.problem.isEmpty(), qPrintable(entry.problem));
        QCOMPARE(entry.answers.service.description, answers.service.description);
        QCOMPARE(entry.step, step);
        const WinePrefix::Result inspected = host.berth({QStringLiteral("inspect")});
        QVERIFY2(QString::fromUtf8(inspected.err).contains(QStringLiteral("was interrupted during \"%1\"").arg(step)),
                 inspected.err.constData());

        const WinePrefix::Result recovered = host.berth({QStringLiteral("recover")});
        QVERIFY2(recovered.exitCode == 0, (recovered.out + recovered.err).constData());
        QVERIFY2(recovered.out.contains("Finishing the apply that started on"), recovered.out.constData());
        QVERIFY2(!host.regQuery(key).contains(QLatin1String("Journal    REG_SZ")), qPrintable(host.regQuery(key)));
        QCOMPARE(host.serviceState(), QStringLiteral("RUNNING"));

        // Finished means as a whole apply leaves the host: another apply finds nothing to change.
        const QString before = host.snapshot();
        const WinePrefix::Result again = host.berth({QStringLiteral("apply"), QStringLiteral("--answers"), file});
        QVERIFY2(again.exitCode == 0 && again.out.contains("Nothing changes"), (again.out + again.err).constData());
        QVERIFY2(host.snapshot() == before, WineHost::difference(before, host.snapshot()).constData());
        QVERIFY(!again.err.contains("interrupted"));

        const WinePrefix::Result nothing = host.berth({QStringLiteral("recover")});
        QCOMPARE(nothing.exitCode, 0);
        QVERIFY(nothing.out.contains("nothing to recover"));
    }
};

QTEST_GUILESS_MAIN(TestRecoverWine)
#include "tst_recoverwine.moc"
