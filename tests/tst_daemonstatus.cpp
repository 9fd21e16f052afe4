#include "answers/Answers.h"
#include "host/WindowsHost.h"
#include "logtail/DaemonStatus.h"

#include <QProcess>
#include <QTest>

// The log page's status line as a Windows program makes it (this test is built for Windows only and
// runs under Wine): sc.exe query for the service, and the Engine API over the named pipe
// \\.\pipe\docker_engine, which a local daemon answers without certificates.
class TestDaemonStatus : public QObject
{
    Q_OBJECT

private slots:
    void namedPipeProbeAnswersWhenTheDaemonRuns()
    {
        const WindowsHost host = WindowsHost::fromEnvironment(QString());
        QCOMPARE(host.root(), QStringLiteral("C:/"));
        QVERIFY(host.launcher().isEmpty());
        Answers answers;
        answers.service.name = QStringLiteral("BerthStatusTest");
        const QString silent = DaemonStatus::describe(host, answers, QString());
        QVERIFY2(silent.startsWith(QStringLiteral("Service BerthStatusTest: not installed · API at "
                                                  "npipe:////./pipe/docker_engine: nothing answers")),
                 qPrintable(silent));

        QProcess daemon;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BERTH_ARGV_LOG"), QStringLiteral("NUL"));
        daemon.setProcessEnvironment(env);
        daemon.start(QStringLiteral(BERTH_DOCKERD_STANDIN), {});
        QVERIFY2(daemon.waitForStarted(), qPrintable(daemon.errorString()));
        QString status;
        QTRY_VERIFY2_WITH_TIMEOUT((status = DaemonStatus::describe(host, answers, QString()))
                                      .endsWith(QLatin1String("answers: Docker 28.2.2-standin, API 1.50, windows")),
                                  qPrintable(status), 20000);
        QVERIFY2(status.startsWith(QStringLiteral("Service BerthStatusTest: not installed · API at "
                                                  "npipe:////./pipe/docker_engine answers")),
                 qPrintable(status));
        daemon.kill();
        daemon.waitForFinished();
    }
};

QTEST_GUILESS_MAIN(TestDaemonStatus)
#include "tst_daemonstatus.moc"
