#include "BerthWizard.h"
#include "DaemonLogPage.h"
#include "DaemonLogView.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

// The wizard's last page: the live tail of daemon.log (DaemonLogPage, DaemonLogView).
class TestDaemonLogPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;

    static WindowsHost host(const QString &root) { return WindowsHost(root, {}); }

private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    }

    // The log page opens daemon.log at its end and follows appends, rotation and truncation;
    // pause holds new lines until Follow; the level filter and the probe's status line.
    void logPageFollowsTheDaemonLog()
    {
        QTemporaryDir root;
        QDir().mkpath(root.filePath(QStringLiteral("ProgramData/docker")));
        const QString log = root.filePath(QStringLiteral("ProgramData/docker/daemon.log"));
        {
            QFile file(log);
            QVERIFY(file.open(QIODevice::WriteOnly));
            for (int i = 0; i < 1500; ++i)
                file.write(QStringLiteral("time=\"t\" level=info msg=\"line %1\"\n").arg(i).toUtf8());
        }
        BerthWizard wizard(Answers(), host(root.path()));
        auto *page = static_cast<DaemonLogPage *>(wizard.page(BerthWizard::Page_DaemonLog));
        page->initializePage();
        DaemonLogView *view = page->view();
        QCOMPARE(view->shownLines().size(), DaemonLogPage::FirstLines);
        QCOMPARE(view->shownLines().last(), QStringLiteral("time=\"t\" level=info msg=\"line 1499\""));

        const auto append = [&](const QByteArray &bytes) {
            QFile file(log);
            QVERIFY(file.open(QIODevice::Append));
            file.write(bytes);
        };
        append("time=\"t\" level=error msg=\"boom\"\n");
        QTRY_COMPARE_WITH_TIMEOUT(view->shownLines().last(), QStringLiteral("time=\"t\" level=error msg=\"boom\""),
                                  30000);

        auto *follow = page->findChild<QAbstractButton *>(QStringLiteral("followLog"));
        follow->setFocus();
        QTest::keyClick(follow, Qt::Key_Space);
        QVERIFY(!view->isFollowing());
        append("time=\"t\" level=warning msg=\"held\"\n");
        QTest::qWait(600);
        QVERIFY(!view->shownLines().contains(QStringLiteral("time=\"t\" level=warning msg=\"held\"")));
        QTest::keyClick(follow, Qt::Key_Space);
        QCOMPARE(view->shownLines().last(), QStringLiteral("time=\"t\" level=warning msg=\"held\""));

        auto *level = page->findChild<QComboBox *>(QStringLiteral("logLevel"));
        level->setCurrentIndex(level->findData(QStringLiteral("error")));
        QCOMPARE(view->shownLines(), QStringList{QStringLiteral("time=\"t\" level=error msg=\"boom\"")});
        level->setCurrentIndex(0);

        QVERIFY(QFile::rename(log, log + QStringLiteral(".1")));
        append("after rotation\n");
        QTRY_COMPARE_WITH_TIMEOUT(view->shownLines().last(), QStringLiteral("after rotation"), 30000);
        const qsizetype markers = view->shownLines().filter(QStringLiteral("-- ")).size();
        QFile truncated(log);
        QVERIFY(truncated.open(QIODevice::WriteOnly | QIODevice::Truncate));
        truncated.close();
        // Like tail -F, the truncation is seen when the file is looked at before it grows again.
        QTRY_VERIFY_WITH_TIMEOUT(view->shownLines().filter(QStringLiteral("-- ")).size() > markers, 30000);
        append("after truncation\n");
        QTRY_COMPARE_WITH_TIMEOUT(view->shownLines().last(), QStringLiteral("after truncation"), 30000);
        QVERIFY(view->shownLines().filter(QStringLiteral("-- ")).size() >= 2);

        // No service manager answers in this folder: the status line says so rather than guessing.
        auto *status = page->findChild<QLabel *>(QStringLiteral("daemonStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QLatin1String("Service Docker: ")), 30000);
        QVERIFY2(!status->text().contains(QLatin1String("running")), qPrintable(status->text()));
    }

    void levelsOfDockerdLines()
    {
        QCOMPARE(DaemonLogView::levelOf(QStringLiteral("time=\"x\" level=warning msg=\"y\"")),
                 QStringLiteral("warning"));
        QCOMPARE(DaemonLogView::levelOf(QStringLiteral("ERRO[0003] failed")), QStringLiteral("error"));
        QCOMPARE(DaemonLogView::levelOf(QStringLiteral("WARN[0000] x")), QStringLiteral("warning"));
        QCOMPARE(DaemonLogView::levelOf(QStringLiteral("goroutine 1 [running]:")), QString());
    }
};

QTEST_MAIN(TestDaemonLogPage)
#include "tst_daemonlogpage.moc"
