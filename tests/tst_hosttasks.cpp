#include "tasks/HostTasks.h"
#include "tls/CertificateMaker.h"

#include <QDir>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// What the wizard asks of the host, answered off its thread: each answer arrives by a signal on the
// asking thread, a burst of certificate checks is checked once more at the end (newest wins), and a
// job lives until its finished() has been delivered. The host here is a folder without Windows
// programs; the Wine tests drive the same tasks through the wizard.
class TestHostTasks : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;

    WindowsHost host() const { return WindowsHost(m_root.path(), {}); }

private slots:
    void initTestCase()
    {
        QVERIFY(QDir(m_root.path()).mkpath(QStringLiteral("ProgramData/docker/certs.d")));
        QString error;
        QVERIFY2(CertificateMaker::makeAll(m_root.path() + QStringLiteral("/ProgramData/docker/certs.d"),
                                           {QStringLiteral("docker01")}, CertificateMaker::EcdsaP256, 30, &error),
                 qPrintable(error));
    }

    void certificatesAreCheckedAside()
    {
        HostTasks tasks(host());
        QSignalSpy checked(&tasks, &HostTasks::certificatesChecked);
        const QString certDir = QStringLiteral("C:\\ProgramData\\docker\\certs.d");
        tasks.checkCertificates(certDir, {QStringLiteral("docker01")});
        QVERIFY(checked.isEmpty()); // the answer comes later, by the event loop
        QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 30000);
        QCOMPARE(checked.at(0).at(0).toString(), certDir);
        auto result = checked.at(0).at(1).value<CertificateCheck::Result>();
        QVERIFY2(result.ok(), qPrintable(result.problems.join(QLatin1Char('\n'))));

        tasks.checkCertificates(certDir, {QStringLiteral("docker01"), QStringLiteral("docker02")});
        QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 2, 30000);
        result = checked.at(1).at(1).value<CertificateCheck::Result>();
        QVERIFY(!result.ok());
        QVERIFY2(result.problems.join(QLatin1Char('\n')).contains(QLatin1String("docker02")),
                 qPrintable(result.problems.join(QLatin1Char('\n'))));
    }

    // Typing a folder name asks at every keystroke: one check runs meanwhile, then the newest; only
    // the newest is answered, as the older answers are out of date.
    void aBurstOfChecksAnswersTheNewest()
    {
        HostTasks tasks(host());
        QSignalSpy checked(&tasks, &HostTasks::certificatesChecked);
        const QStringList typed{QStringLiteral("C:\\P"), QStringLiteral("C:\\Pr"), QStringLiteral("C:\\Pro"),
                                QStringLiteral("C:\\ProgramData\\docker\\certs.d")};
        for (const QString &folder : typed)
            tasks.checkCertificates(folder, {QStringLiteral("docker01")});
        QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 30000);
        QTest::qWait(300);
        QCOMPARE(checked.size(), 1);
        QCOMPARE(checked.at(0).at(0).toString(), typed.last());
        QVERIFY(checked.at(0).at(1).value<CertificateCheck::Result>().ok());
    }

    // Everything a job says arrives before its end, and the job is gone once its end was delivered.
    void aJobSpeaksThenEndsThenGoes()
    {
        HostTasks tasks(host());
        QPointer<ApplyJob> job = tasks.newJob();
        QStringList heard;
        bool ended = false;
        connect(job, &ApplyJob::said, this, [&](const QString &line) {
            QVERIFY(!ended);
            heard << line;
        });
        connect(job, &ApplyJob::complained, this, [&](const QString &line) {
            QVERIFY(!ended);
            heard << line;
        });
        // As the Apply page listens: queued to this thread, in the order the job spoke (a QSignalSpy
        // would record the end at once, on the job's thread).
        QList<ApplyJob::Outcome> outcomes;
        QString error;
        connect(job, &ApplyJob::finished, this, [&](ApplyJob::Outcome outcome, const QString &why) {
            outcomes << outcome;
            error = why;
            ended = true;
        });
        Answers answers;
        answers.service.stdoutPath = QStringLiteral("D:\\logs\\daemon.log"); // not on this host
        tasks.apply(job, answers, ApplyJob::Options());
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), 1, 30000);
        QCOMPARE(outcomes.first(), ApplyJob::Invalid);
        QVERIFY2(error.startsWith(QLatin1String("service.io.stdout")), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(job.isNull(), 30000);
        QCOMPARE(outcomes.size(), 1);
    }

    // Closing the wizard during an apply stops it: the tasks cancel the job and wait for it.
    void goingAwayCancelsTheJob()
    {
        QPointer<ApplyJob> job;
        {
            HostTasks tasks(host());
            job = tasks.newJob();
            tasks.apply(job, Answers(), ApplyJob::Options());
        }
        QVERIFY(job.isNull());
    }

    void surveyOfAnEmptyHostFindsNoDocker()
    {
        HostTasks tasks(host());
        QSignalSpy surveyed(&tasks, &HostTasks::surveyed);
        tasks.survey(QStringLiteral("Docker"), 0);
        QTRY_COMPARE_WITH_TIMEOUT(surveyed.size(), 1, 30000);
        const auto survey = surveyed.at(0).at(0).value<HostTasks::Survey>();
        QVERIFY(!survey.inspected.found);
        QVERIFY(!survey.interrupted.found);
        QVERIFY(!survey.facts.serviceExists);
    }
};

QTEST_GUILESS_MAIN(TestHostTasks)
#include "tst_hosttasks.moc"
