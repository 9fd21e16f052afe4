#include "ApplyPage.h"
#include "BerthWizard.h"
#include "DaemonLogPage.h"
#include "DaemonLogView.h"
#include "NginxServer.h"
#include "WineHost.h"
#include "WizardDriver.h"
#include "tls/CertificateCheck.h"
#include "tls/CertificateMaker.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

// The wizard against a Windows layer (Wine): install to the end with the live log of the service
// it started, reconfigure prefilled from what is installed, and removal. Screenshots of every page
// of these modes go to the build folder.
class TestWizardWine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;
    const QString m_shots = QStringLiteral(BERTH_SCREENSHOTS);

    // Next through the pages until the one wanted, a screenshot of each on the way.
    static bool walkTo(WizardDriver &drive, int page, const QString &mode, const QString &shots)
    {
        for (int steps = 0; steps < 15; ++steps) {
            drive.screenshot(shots, mode);
            if (drive.page() == page)
                return true;
            if (!drive.nextEnabled())
                return false;
            drive.next();
        }
        return false;
    }

    static ApplyPage *finishApply(BerthWizard &wizard)
    {
        auto *apply = static_cast<ApplyPage *>(wizard.page(BerthWizard::Page_Apply));
        return QTest::qWaitFor([&] { return apply->isComplete(); }, 240000) ? apply : nullptr;
    }

    // The steps with their states, the messages and the result, as the Apply page shows them.
    static QString applyText(BerthWizard &wizard)
    {
        QWizardPage *page = wizard.page(BerthWizard::Page_Apply);
        QStringList lines;
        const auto *steps = page->findChild<QListWidget *>(QStringLiteral("steps"));
        for (int i = 0; i < steps->count(); ++i)
            lines << steps->item(i)->text();
        lines << page->findChild<QPlainTextEdit *>(QStringLiteral("applyMessages"))->toPlainText()
              << page->findChild<QLabel *>(QStringLiteral("applyResult"))->text();
        return lines.join(QLatin1Char('\n'));
    }

private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setOrganizationName(QStringLiteral("BerthTest"));
        QCoreApplication::setApplicationName(QStringLiteral("BerthWineTest"));
    }

    // The Prerequisites page says what the host's registry says: the Containers feature
    // (vmcompute) and Hyper-V (vmms), each with its fix while it is missing.
    void prerequisitesShowWhatTheHostHas()
    {
        WineHost wine;
        if (!wine.unavailableReason().isEmpty())
            QSKIP(qPrintable(wine.unavailableReason()));
        QVERIFY(wine.removeContainersFeature());
        wine.useInThisProcess();
        const WindowsHost host(wine.driveC(), {QStringLiteral("wine")});
        BerthWizard wizard(Answers(), host);
        wizard.show();
        WizardDriver drive(wizard);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.surveyed(), 120000);
        drive.next();
        QCOMPARE(drive.page(), int(BerthWizard::Page_Prerequisites));
        const auto state = [&](const char *name) {
            return wizard.currentPage()->findChild<QLabel *>(QLatin1String(name))->text();
        };
        QVERIFY2(state("containersState").startsWith(QLatin1String("Not enabled")),
                 qPrintable(state("containersState")));
        QVERIFY(state("hyperVState").startsWith(QLatin1String("Not enabled")));
        QVERIFY(wizard.currentPage()->findChild<QWidget *>(QStringLiteral("containersFix"))->isVisible());
        for (const char *service : {"vmcompute", "vmms"}) {
            const WinePrefix::Result added =
                wine.run(QStringLiteral("reg.exe"),
                         {QStringLiteral("add"),
                          QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\") + QLatin1String(service),
                          QStringLiteral("/f")});
            QCOMPARE(added.exitCode, 0);
        }
        wizard.survey();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.surveyed(), 120000);
        QCOMPARE(state("containersState"), QStringLiteral("Enabled."));
        QCOMPARE(state("hyperVState"), QStringLiteral("Enabled."));
        QVERIFY(!wizard.currentPage()->findChild<QWidget *>(QStringLiteral("containersFix"))->isVisible());
        drive.screenshot(m_shots, QStringLiteral("install-prerequisites-met"));
    }

    // Client mode on a Windows client without Docker: offered first and chosen; the Client page, the set-up's
    // dry run on the Summary, then the set-up itself; DOCKER_HOST is this user's. The host is not there to
    // answer: the set-up stands and the page says why the check failed.
    void clientModeSetsUpThisComputer()
    {
        WineHost wine(19045, QStringLiteral("Client"));
        if (!wine.unavailableReason().isEmpty())
            QSKIP(qPrintable(wine.unavailableReason()));
        wine.useInThisProcess();
        // The tests' DOCKER_CONFIG is the Linux docker CLI's folder; Windows' docker CLI would take it for its own.
        const QByteArray dockerConfig = qgetenv("DOCKER_CONFIG");
        qunsetenv("DOCKER_CONFIG");
        const auto restore = qScopeGuard([&] {
            if (!dockerConfig.isEmpty())
                qputenv("DOCKER_CONFIG", dockerConfig);
        });
        const WindowsHost host(wine.driveC(), {QStringLiteral("wine")});
        QTemporaryDir certs;
        QString error;
        QVERIFY2(CertificateMaker::makeAll(certs.path(), {QStringLiteral("docker-host.example")},
                                           CertificateMaker::EcdsaP256, 30, &error),
                 qPrintable(error));
        BerthWizard wizard(wine.answers(), host);
        wizard.show();
        WizardDriver drive(wizard);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.surveyed(), 120000);
        auto *client = wizard.currentPage()->findChild<QAbstractButton *>(QStringLiteral("modeClient"));
        QVERIFY(client->isChecked());
        QCOMPARE(wizard.currentPage()->layout()->indexOf(client), 0);
        drive.screenshot(m_shots, QStringLiteral("client"));
        drive.next();
        QCOMPARE(drive.page(), int(BerthWizard::Page_Client));
        QVERIFY(drive.type("clientHost", QStringLiteral("tcp://docker-host.example:99999")));
        QVERIFY2(drive.problem("clientHost").contains(QLatin1String("not a port")),
                 qPrintable(drive.problem("clientHost")));
        QVERIFY(!drive.nextEnabled());
        QVERIFY(drive.type("clientHost", QStringLiteral("docker-host.example")));
        QVERIFY(drive.problem("clientHost").isEmpty());
        QVERIFY(drive.type("clientFiles", certs.path()));
        QVERIFY(drive.toggle("clientCliLocal"));
        drive.screenshot(m_shots, QStringLiteral("client"));
        QVERIFY(drive.nextEnabled());
        drive.next();
        QCOMPARE(drive.page(), int(BerthWizard::Page_Summary));
        const auto *planView = wizard.currentPage()->findChild<QPlainTextEdit *>(QStringLiteral("plan"));
        QTRY_VERIFY_WITH_TIMEOUT(planView->toPlainText().contains(QLatin1String("(a dry run of the set-up)")), 120000);
        QVERIFY2(planView->toPlainText().contains(QLatin1String("DOCKER_HOST in HKCU\\Environment: (not set) becomes "
                                                                "tcp://docker-host.example:2376")),
                 qPrintable(planView->toPlainText()));
        drive.screenshot(m_shots, QStringLiteral("client"));
        drive.next();
        ApplyPage *apply = finishApply(wizard);
        QVERIFY(apply);
        drive.screenshot(m_shots, QStringLiteral("client"));
        QVERIFY2(apply->outcome() == ApplyJob::Applied, qPrintable(applyText(wizard)));
        QVERIFY2(applyText(wizard).contains(QLatin1String("Check: the daemon does not answer at "
                                                          "tcp://docker-host.example:2376")),
                 qPrintable(applyText(wizard)));
        QCOMPARE(apply->nextId(), -1);
        QVERIFY(wine.regQuery(QStringLiteral("HKCU\\Environment"))
                    .contains(QLatin1String("tcp://docker-host.example:2376")));
        QVERIFY(QFile::exists(wine.hostPath(QStringLiteral("C:\\Program Files\\Docker\\docker.exe"))));
        // Remembered for the next time.
        QCOMPARE(QSettings().value(QStringLiteral("clientHost")).toString(), QStringLiteral("docker-host.example"));
    }

    // A host whose server certificate expires within 30 days: the Welcome page says so with the firewall rule,
    // and Renew certificates leads to the TLS page with new certificates to be made; applied, the host has them.
    void renewsCertificatesDueSoon()
    {
        WineHost wine;
        if (!wine.unavailableReason().isEmpty())
            QSKIP(qPrintable(wine.unavailableReason()));
        Answers answers = wine.answers();
        answers.tls.enabled = true;
        answers.tls.generate = false;
        answers.tls.subjectAltNames = {QStringLiteral("127.0.0.1")};
        answers.firewall.enabled = true;
        QVERIFY(wine.placeServerCertificates(answers.tls.certDir)); // valid for 30 days
        const WinePrefix::Result applied =
            wine.berth({QStringLiteral("apply"), QStringLiteral("--answers"), wine.answersFile(answers)});
        QVERIFY2(applied.exitCode == 0, applied.out + applied.err);
        wine.useInThisProcess();
        const WindowsHost host(wine.driveC(), {QStringLiteral("wine")});

        BerthWizard wizard(Answers(), host);
        QTemporaryDir client;
        wizard.setClientFolder(client.path());
        wizard.show();
        WizardDriver drive(wizard);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.surveyed(), 120000);
        const QString welcome = wizard.currentPage()->findChild<QLabel *>(QStringLiteral("hostSummary"))->text();
        QVERIFY2(
            welcome.contains(QLatin1String("A Docker service named Docker is installed (nssm) and running.")) &&
                welcome.contains(
                    QLatin1String("Remote access: TLS on port 2376. The server certificate expires on ")) &&
                welcome.contains(QLatin1String(", in 29 days: renew it.")) &&
                welcome.contains(QLatin1String("Firewall: rule \"Docker daemon\" lets TCP 2376 in from any address.")),
            qPrintable(welcome));
        drive.screenshot(m_shots, QStringLiteral("renew"));
        QVERIFY(drive.press("renewCertificates"));
        QCOMPARE(drive.page(), int(BerthWizard::Page_Tls));
        QCOMPARE(wizard.mode(), BerthWizard::Reconfigure);
        QVERIFY(wizard.answers().tls.generate);
        const auto *check = wizard.currentPage()->findChild<QLabel *>(QStringLiteral("certificateCheck"));
        QTRY_VERIFY_WITH_TIMEOUT(check->text().startsWith(QLatin1String("New certificates will be made: ")), 60000);
        QVERIFY2(check->text().contains(QLatin1String("expires in 29 days")), qPrintable(check->text()));
        drive.screenshot(m_shots, QStringLiteral("renew"));
        QVERIFY(walkTo(drive, BerthWizard::Page_Summary, QStringLiteral("renew"), m_shots));
        drive.next();
        ApplyPage *apply = finishApply(wizard);
        QVERIFY(apply);
        QVERIFY2(apply->outcome() == ApplyJob::Applied, qPrintable(applyText(wizard)));
        const QDateTime expiry = CertificateCheck::expiry(
            wine.hostPath(QStringLiteral("C:\\ProgramData\\docker\\certs.d\\server-cert.pem")));
        QVERIFY2(QDateTime::currentDateTimeUtc().daysTo(expiry) > 300, qPrintable(expiry.toString(Qt::ISODate)));
        QVERIFY(QFile::exists(client.filePath(QStringLiteral("ca-key.pem"))));
    }

    void installReconfigureRemove()
    {
        WineHost wine;
        if (!wine.unavailableReason().isEmpty())
            QSKIP(qPrintable(wine.unavailableReason()));
        wine.useInThisProcess();
        const WindowsHost host(wine.driveC(), {QStringLiteral("wine")});

        // Install, prefilled with answers that take the binaries from local zips.
        {
            BerthWizard wizard(wine.answers(), host);
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            WizardDriver drive(wizard);
            QTRY_VERIFY_WITH_TIMEOUT(wizard.surveyed(), 120000);
            QCOMPARE(wizard.facts().build, 17763);
            QVERIFY(!wizard.inspected().found);
            QVERIFY(walkTo(drive, BerthWizard::Page_Summary, QStringLiteral("install"), m_shots));
            drive.next();
            QCOMPARE(drive.page(), int(BerthWizard::Page_Apply));
            ApplyPage *apply = finishApply(wizard);
            QVERIFY(apply);
            drive.screenshot(m_shots, QStringLiteral("install"));
            QVERIFY2(apply->outcome() == ApplyJob::Applied, qPrintable(applyText(wizard)));
            QCOMPARE(wine.serviceState(), QStringLiteral("RUNNING"));
            drive.next();
            QCOMPARE(drive.page(), int(BerthWizard::Page_DaemonLog));
            auto *log = static_cast<DaemonLogPage *>(wizard.currentPage());
            // The stand-in daemon keeps writing through NSSM into daemon.log; the page follows it.
            QTRY_VERIFY_WITH_TIMEOUT(log->view()->shownLines().filter(QStringLiteral("API listen on")).size() >= 2,
                                     30000);
            auto *status = log->findChild<QLabel *>(QStringLiteral("daemonStatus"));
            QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QLatin1String("Service Docker: running")), 30000);
            drive.screenshot(m_shots, QStringLiteral("install"));
        }

        // Reconfigure: the pages open with what is installed; one change is applied, nothing else.
        {
            BerthWizard wizard(Answers(), host);
            wizard.show();
            WizardDriver drive(wizard);
            QTRY_VERIFY_WITH_TIMEOUT(wizard.surveyed(), 120000);
            QVERIFY(wizard.inspected().found);
            QVERIFY(drive.toggle("modeReconfigure"));
            QVERIFY(walkTo(drive, BerthWizard::Page_Details, QStringLiteral("reconfigure"), m_shots));
            const auto *displayName =
                wizard.currentPage()->findChild<QLineEdit *>(QStringLiteral("service.details.displayName"));
            QCOMPARE(displayName->text(), QStringLiteral("Docker"));
            QCOMPARE(wizard.answers().binaries.source, Source::Keep);
            QVERIFY(drive.type("service.details.displayName", QStringLiteral("Docker CE")));
            QVERIFY(walkTo(drive, BerthWizard::Page_Summary, QStringLiteral("reconfigure"), m_shots));
            const auto *planView = wizard.currentPage()->findChild<QPlainTextEdit *>(QStringLiteral("plan"));
            QVERIFY2(planView->toPlainText().contains(
                         QLatin1String("(the file on the host is already like this: unchanged)")),
                     qPrintable(planView->toPlainText()));
            // The dry run against the host names the one NSSM value that changes, and no file.
            QTRY_VERIFY_WITH_TIMEOUT(planView->toPlainText().contains(QLatin1String("(a dry run of the apply)")),
                                     120000);
            const QString changes = planView->toPlainText().section(QStringLiteral("Every step of the plan:"), 0, 0);
            QVERIFY2(changes.contains(QLatin1String("set Docker DisplayName \"Docker CE\"")) &&
                         !changes.contains(QLatin1String("set Docker Description")) &&
                         !changes.contains(QLatin1String("Write runDockerDaemon.cmd")),
                     qPrintable(changes));
            drive.next();
            ApplyPage *apply = finishApply(wizard);
            QVERIFY(apply);
            drive.screenshot(m_shots, QStringLiteral("reconfigure"));
            QVERIFY2(apply->outcome() == ApplyJob::Applied, qPrintable(applyText(wizard)));
            QVERIFY(applyText(wizard).contains(QLatin1String("Register the service with NSSM")));
            QVERIFY(!applyText(wizard).contains(QLatin1String("Write runDockerDaemon.cmd")));
            QVERIFY(wine.regQuery(QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\Docker"))
                        .contains(QLatin1String("Docker CE")));
        }

        // Update: the Welcome page names the installed release and the newer one on offer; the Releases page
        // lists them; the Summary is the update's dry run; only dockerd.exe and docker.exe change.
        {
            NginxServer server;
            if (!server.unavailableReason().isEmpty())
                QSKIP(qPrintable(server.unavailableReason()));
            QVERIFY(WineHost::publishReleases(server.root() + QStringLiteral("/stable"),
                                              {{QStringLiteral("27.5.1"), QStringLiteral("27.5.1")},
                                               {QStringLiteral("28.3.0"), QStringLiteral("28.3.0")}}));
            Answers opened;
            opened.binaries.indexUrl = server.url(QStringLiteral("stable/"));
            opened.download.allowHttp = true;
            const QString before = wine.snapshot();
            BerthWizard wizard(opened, host);
            wizard.show();
            WizardDriver drive(wizard);
            QTRY_VERIFY_WITH_TIMEOUT(wizard.surveyed() && wizard.releasesKnown(), 120000);
            const QString welcome = wizard.currentPage()->findChild<QLabel *>(QStringLiteral("hostSummary"))->text();
            QVERIFY2(welcome.contains(QLatin1String("Docker 28.2.2-standin; a newer release is on offer: 28.3.0")),
                     qPrintable(welcome));
            QVERIFY(drive.toggle("modeUpgrade"));
            drive.screenshot(m_shots, QStringLiteral("update"));
            drive.next();
            QCOMPARE(drive.page(), int(BerthWizard::Page_Releases));
            const auto *releases = wizard.currentPage()->findChild<QListWidget *>(QStringLiteral("releases"));
            QCOMPARE(releases->count(), 2);
            QCOMPARE(releases->item(0)->text(), QStringLiteral("28.3.0 (newest)"));
            QCOMPARE(releases->currentRow(), 0);
            drive.screenshot(m_shots, QStringLiteral("update"));
            drive.next();
            QCOMPARE(drive.page(), int(BerthWizard::Page_Summary));
            const auto *planView = wizard.currentPage()->findChild<QPlainTextEdit *>(QStringLiteral("plan"));
            QTRY_VERIFY_WITH_TIMEOUT(planView->toPlainText().contains(QLatin1String("(a dry run of the update)")),
                                     120000);
            QVERIFY2(planView->toPlainText().contains(QLatin1String("Upgrading from 28.2.2-standin to 28.3.0.")) &&
                         !planView->toPlainText().contains(QLatin1String("Every step of the plan")),
                     qPrintable(planView->toPlainText()));
            drive.screenshot(m_shots, QStringLiteral("update"));
            drive.next();
            ApplyPage *apply = finishApply(wizard);
            QVERIFY(apply);
            drive.screenshot(m_shots, QStringLiteral("update"));
            QVERIFY2(apply->outcome() == ApplyJob::Applied, qPrintable(applyText(wizard)));
            QVERIFY(applyText(wizard).contains(QLatin1String("Docker is now 28.3.0 (was 28.2.2-standin).")));
            const WinePrefix::Result version =
                wine.run(QStringLiteral("C:\\Windows\\System32\\dockerd.exe"), {QStringLiteral("--version")});
            QVERIFY2(version.out.startsWith("Docker version 28.3.0,"), version.out);
            QCOMPARE(wine.serviceState(), QStringLiteral("RUNNING"));
            // Nothing but the binaries (and the backup of the old ones) changed.
            QStringList changed = QString::fromLocal8Bit(WineHost::difference(before, wine.snapshot()))
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            changed.removeIf([](const QString &line) {
                return line.mid(2).startsWith(QLatin1String("/docker/berth-backup")) ||
                       line.mid(2).startsWith(QLatin1String("dockerd.exe ")) ||
                       line.mid(2).startsWith(QLatin1String("docker.exe ")) ||
                       line.mid(2).startsWith(QLatin1String("/docker/daemon.log"));
            });
            QVERIFY2(changed.isEmpty(), qPrintable(changed.join(QLatin1Char('\n'))));
        }

        // Remove, keeping the data.
        {
            BerthWizard wizard(Answers(), host);
            wizard.show();
            WizardDriver drive(wizard);
            QTRY_VERIFY_WITH_TIMEOUT(wizard.surveyed(), 120000);
            QVERIFY(drive.toggle("modeRemove"));
            drive.screenshot(m_shots, QStringLiteral("remove"));
            drive.next();
            QCOMPARE(drive.page(), int(BerthWizard::Page_Remove));
            QVERIFY(wizard.currentPage()
                        ->findChild<QLabel *>(QStringLiteral("removeFound"))
                        ->text()
                        .contains(QLatin1String("Service: Docker (nssm)")));
            QVERIFY(drive.toggle("keepData"));
            drive.screenshot(m_shots, QStringLiteral("remove"));
            drive.next();
            ApplyPage *apply = finishApply(wizard);
            QVERIFY(apply);
            drive.screenshot(m_shots, QStringLiteral("remove"));
            QVERIFY2(apply->outcome() == ApplyJob::Removed, qPrintable(applyText(wizard)));
            QVERIFY(wine.regQuery(QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\Docker"))
                        .startsWith(QLatin1String("(no key")));
            QVERIFY(QFile::exists(wine.hostPath(QStringLiteral("C:\\ProgramData\\docker\\daemon.log"))));
        }
    }
};

QTEST_MAIN(TestWizardWine)
#include "tst_wizardwine.moc"
