#include "ApplyPage.h"
#include "BerthWizard.h"
#include "NginxServer.h"
#include "WizardDriver.h"
#include "answers/AnswerKeys.h"
#include "answers/AnswersValidator.h"
#include "answers/FieldRules.h"
#include "cli/Startup.h"
#include "fetch/LocalArchive.h"
#include "fetch/ZipWriter.h"
#include "tls/CertificateMaker.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString golden(const char *name)
{
    return QStringLiteral(BERTH_TEST_DATA "/wizard/") + QLatin1String(name);
}

} // namespace

// The wizard on a host folder without Windows programs: what the pages collect, how they check
// it, and the log page. The Wine tests drive apply, reconfigure and removal on a Windows layer.
class TestBerthWizard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;
    QTemporaryDir m_root;

    static WindowsHost host(const QString &root) { return WindowsHost(root, {}); }

private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setOrganizationName(QStringLiteral("BerthTest"));
        QCoreApplication::setApplicationName(QStringLiteral("BerthTest"));
    }

    void opensOnTheWelcomePageInModernStyle()
    {
        Answers answers;
        answers.tls.port = 2399;
        BerthWizard wizard(answers, host(m_root.path()));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(BerthWizard::Page_Welcome));
        QCOMPARE(wizard.wizardStyle(), QWizard::ModernStyle);
        QCOMPARE(wizard.answers().tls.port, 2399);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.surveyed(), 60000);
        // Nothing is installed in an empty root: only install and bundle can be chosen.
        QVERIFY(!wizard.findChild<QAbstractButton *>(QStringLiteral("modeReconfigure"))->isEnabled());
        QVERIFY(!wizard.findChild<QAbstractButton *>(QStringLiteral("modeRemove"))->isEnabled());
        // What the registry says: nothing in an empty folder here, the Windows (Wine) one as a Windows program.
        const QString summary = wizard.findChild<QLabel *>(QStringLiteral("hostSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("build %1").arg(wizard.facts().build)), qPrintable(summary));
    }

#ifndef Q_OS_WIN
    // Started on a machine that is not Windows, with no folder standing for a host: it says so and
    // opens on what works here, a bundle for a Windows host.
    void notWindowsOpensOnTheBundle()
    {
        BerthWizard wizard(Answers(), WindowsHost::fromEnvironment(QString()));
        wizard.show();
        WizardDriver drive(wizard);
        QVERIFY(wizard.surveyed());
        const QString summary = wizard.findChild<QLabel *>(QStringLiteral("hostSummary"))->text();
        QVERIFY2(summary.contains(QLatin1String("This machine is not Windows")), qPrintable(summary));
        QVERIFY(!summary.contains(QLatin1String("administrator")));
        QVERIFY(!summary.contains(QLatin1String("registry")));
        for (const char *name : {"modeInstall", "modeReconfigure", "modeRemove"})
            QVERIFY2(!wizard.findChild<QAbstractButton *>(QLatin1String(name))->isEnabled(), name);
        QVERIFY(wizard.findChild<QAbstractButton *>(QStringLiteral("modeBundle"))->isChecked());
        QVERIFY(drive.nextEnabled());
        drive.next();
        QCOMPARE(drive.page(), int(BerthWizard::Page_Binaries));
    }
#endif

    // The wizard's own buttons are Qt's words, translated by Qt's translations, which Berth carries
    // inside itself: a copied Berth folder on Windows has no Qt folder to find them in.
    void qtButtonsSpeakTheChosenLanguage()
    {
        Startup::installTranslators(*QCoreApplication::instance(), QStringLiteral("de"));
        {
            BerthWizard wizard(Answers(), host(m_root.path()));
            QCOMPARE(wizard.buttonText(QWizard::NextButton), QStringLiteral("&Weiter >"));
            QCOMPARE(wizard.buttonText(QWizard::CancelButton), QStringLiteral("Abbrechen"));
            QCOMPARE(wizard.page(BerthWizard::Page_Welcome)->title(), QStringLiteral("Willkommen bei Berth"));
        }
        for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }

    // Install mode by keys to the Summary page; the answers saved there equal the golden file.
    void installModeByKeysGivesTheGoldenAnswers()
    {
        BerthWizard wizard(Answers(), host(m_root.path()));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        WizardDriver drive(wizard);
        QTRY_VERIFY_WITH_TIMEOUT(drive.nextEnabled(), 60000);
        drive.next();
        QCOMPARE(drive.page(), int(BerthWizard::Page_Prerequisites));
        drive.next();

        QCOMPARE(drive.page(), int(BerthWizard::Page_Binaries));
        QVERIFY2(drive.type("binaries.version", QStringLiteral("x.y")), qPrintable(drive.error()));
        QVERIFY(!drive.nextEnabled());
        QCOMPARE(drive.problem("binaries.version"), FieldRules::dockerVersion(QStringLiteral("x.y")));
        QVERIFY(drive.type("binaries.version", QStringLiteral("27.5.1")));
        QVERIFY(drive.nextEnabled());
        QVERIFY(drive.problem("binaries.version").isEmpty());
        drive.next();

        QCOMPARE(drive.page(), int(BerthWizard::Page_ServiceManager));
        drive.next();
        QCOMPARE(drive.page(), int(BerthWizard::Page_Application));
        QVERIFY(drive.type("service.name", QStringLiteral("bad/name")));
        QVERIFY(!drive.nextEnabled());
        QVERIFY(!drive.problem("service.name").isEmpty());
        QVERIFY(AnswersValidator::validate(wizard.answers())
                    .contains(QStringLiteral("service.name: ") + drive.problem("service.name")));
        QVERIFY(drive.type("service.name", QStringLiteral("DockerEngine")));
        QVERIFY(drive.nextEnabled());
        drive.next();

        QCOMPARE(drive.page(), int(BerthWizard::Page_Details));
        QVERIFY(drive.type("service.details.displayName", QStringLiteral("Docker Engine")));
        QVERIFY(drive.choose("service.details.startup", QStringLiteral("delayed-auto")));
        drive.next();
        QCOMPARE(drive.page(), int(BerthWizard::Page_Io));
        QVERIFY(drive.type("service.io.stderr", QStringLiteral("C:\\ProgramData\\docker\\daemon-errors.log")));
        drive.next();

        QCOMPARE(drive.page(), int(BerthWizard::Page_Tls));
        QVERIFY(drive.toggle("tls.enabled"));
        QVERIFY(!drive.nextEnabled()); // certificates to make, but no names for them yet
        QVERIFY(drive.keys("newName", QStringLiteral("docker01.example.com")));
        QVERIFY(drive.keys("newName", QStringLiteral("192.0.2.10")));
        QCOMPARE(drive.page(), int(BerthWizard::Page_Tls)); // Return added a name, it did not go on
        QVERIFY(drive.type("tlsClientFolder", m_root.filePath(QStringLiteral("client"))));
        // The admin's docker CLI changes only when asked; the choice is kept for the next start.
        auto *context = wizard.currentPage()->findChild<QCheckBox *>(QStringLiteral("tlsDockerContext"));
        QVERIFY(context && context->isVisible() && !context->isChecked() && !wizard.dockerContext);
        QVERIFY(drive.toggle("tlsDockerContext"));
        QVERIFY(wizard.dockerContext);
        QVERIFY(drive.nextEnabled());
        QVERIFY(drive.screenshot(QStringLiteral(BERTH_SCREENSHOTS), QStringLiteral("install-tls-on")));
        drive.next();

        QCOMPARE(drive.page(), int(BerthWizard::Page_Runtime));
        QVERIFY(drive.toggle("runtime.debug"));
        drive.next();
        QCOMPARE(drive.page(), int(BerthWizard::Page_Firewall));
        QVERIFY(wizard.currentPage()->findChild<QCheckBox *>(QStringLiteral("firewall.enabled"))->isChecked());
        QVERIFY(drive.type("firewall.remoteAddresses", QStringLiteral("192.0.2.0/24, LocalSubnet")));
        drive.next();

        QCOMPARE(drive.page(), int(BerthWizard::Page_Summary));
        const QString plan = wizard.currentPage()->findChild<QPlainTextEdit *>(QStringLiteral("plan"))->toPlainText();
        QVERIFY2(plan.contains(QLatin1String("runDockerDaemon.cmd")) && plan.contains(QLatin1String("(a new file)")),
                 qPrintable(plan));
        QVERIFY(plan.contains(QLatin1String("nssm.exe set DockerEngine DisplayName \"Docker Engine\"")));
        const QString saved = m_root.filePath(QStringLiteral("answers.json"));
        QVERIFY(drive.type("answersFile", saved));
        QTest::keyClick(wizard.currentPage()->findChild<QLineEdit *>(QStringLiteral("answersFile")), Qt::Key_Return);
        QCOMPARE(drive.page(), int(BerthWizard::Page_Summary)); // Return saved; it did not apply
        // BERTH_UPDATE_GOLDEN=1 rewrites the golden file from this run; review its diff before committing.
        if (qEnvironmentVariableIsSet("BERTH_UPDATE_GOLDEN")) {
            QFile::remove(golden("install.json"));
            QFile::copy(saved, golden("install.json"));
        }
        QCOMPARE(readJson(saved), readJson(golden("install.json")));
        QCOMPARE(wizard.answers().toJson(), readJson(golden("install.json")));
        QVERIFY(drive.nextEnabled());

        // Leaving the Summary page remembers the answers for the next start.
        QVERIFY(wizard.currentPage()->validatePage());
        Answers remembered;
        QVERIFY(BerthWizard::rememberedAnswers(&remembered));
        QCOMPARE(remembered.toJson(), readJson(golden("install.json")));
        BerthWizard next(Answers(), host(m_root.path()));
        QVERIFY(next.dockerContext);
    }

    // What the wizard remembers can be written by any program of the user (HKCU), and the wizard runs as an
    // administrator: it keeps no secret there (a proxy's password), and it takes back only what an answer file may
    // hold (issue 24 item 6).
    void rememberedAnswersKeepNoSecretAndTrustNothing()
    {
        Answers answers;
        answers.download.proxy = QStringLiteral("http://admin:s3cret-pass@proxy.example:3128");
        answers.tls.port = 2402;
        BerthWizard wizard(answers, host(m_root.path()));
        wizard.rememberAnswers();
        const QByteArray stored = QSettings().value(QStringLiteral("answers")).toByteArray();
        QVERIFY2(!stored.contains("s3cret-pass") && !stored.contains("admin"), stored.constData());
        Answers remembered;
        QVERIFY(BerthWizard::rememberedAnswers(&remembered));
        QCOMPARE(remembered.download.proxy, QStringLiteral("http://proxy.example:3128"));
        QCOMPARE(remembered.tls.port, 2402);

        // Written there by another program: a value an answer file may not hold, or a key twice, is not taken.
        for (const QByteArray &planted : {QByteArray(R"({"version":1,"runtime":{"pipeGroup":"Users"}})"),
                                          QByteArray(R"({"version":1,"tls":{"port":2403},"tls":{"port":2376}})"),
                                          QByteArray(R"({"version":1,"tls":{"enabled":true,"port":0}})")}) {
            QSettings().setValue(QStringLiteral("answers"), planted);
            Answers taken;
            taken.tls.port = 1;
            QVERIFY2(!BerthWizard::rememberedAnswers(&taken), planted.constData());
            QCOMPARE(taken.tls.port, 1);
        }
        QSettings().remove(QStringLiteral("answers"));
    }

#ifdef Q_OS_WIN
    // As a Windows program the wizard remembers its answers where Windows programs do: the current
    // user's registry (QSettings' native format), as reg.exe shows it.
    void rememberedAnswersLiveInTheRegistry()
    {
        QSettings::setDefaultFormat(QSettings::NativeFormat);
        const QString key = QStringLiteral("HKCU\\Software\\BerthTest\\BerthTest");
        auto reg = [](const QStringList &arguments) {
            QProcess process;
            process.start(QStringLiteral("C:\\Windows\\System32\\reg.exe"), arguments);
            process.waitForFinished(30000);
            return QString::fromLocal8Bit(process.readAllStandardOutput());
        };
        Answers answers;
        answers.tls.port = 2401;
        BerthWizard wizard(answers, host(m_root.path()));
        wizard.rememberAnswers();
        QVERIFY(QSettings().fileName().startsWith(QLatin1String("\\HKEY_CURRENT_USER\\Software\\BerthTest")));
        const QString stored = reg({QStringLiteral("query"), key, QStringLiteral("/v"), QStringLiteral("answers")});
        QVERIFY2(stored.contains(QLatin1String("\"port\":2401")), qPrintable(stored));
        Answers remembered;
        QVERIFY(BerthWizard::rememberedAnswers(&remembered));
        QCOMPARE(remembered.tls.port, 2401);
        reg({QStringLiteral("delete"), key, QStringLiteral("/f")});
        QSettings::setDefaultFormat(QSettings::IniFormat);
    }
#endif

    // Bundle mode by keys for a Nano Server: the scheduled task follows the edition, the bundle and
    // the client's zip are written, and the answers equal the golden file.
    void bundleModeByKeysMakesTheBundle()
    {
        QTemporaryDir files;
        QString error;
        const QByteArray exe = QByteArrayLiteral("MZ stand-in");
        QVERIFY2(ZipWriter::write(
                     files.filePath(QStringLiteral("docker.zip")),
                     {{QStringLiteral("docker/dockerd.exe"), exe}, {QStringLiteral("docker/docker.exe"), exe}}, &error),
                 qPrintable(error));
        Answers given;
        given.binaries.source = Source::Local;
        given.binaries.localPath = files.filePath(QStringLiteral("docker.zip"));
        BerthWizard wizard(given, host(m_root.path()));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        WizardDriver drive(wizard);
        const QString shots = QStringLiteral(BERTH_SCREENSHOTS);
        QVERIFY(drive.toggle("modeBundle"));
        QVERIFY(drive.nextEnabled());
        QVERIFY(drive.screenshot(shots, QStringLiteral("bundle")));
        drive.next();
        QCOMPARE(drive.page(), int(BerthWizard::Page_Binaries));
        QVERIFY(drive.screenshot(shots, QStringLiteral("bundle")));
        drive.next();
        QCOMPARE(drive.page(), int(BerthWizard::Page_ServiceManager));
        QVERIFY(drive.choose("host.edition", QStringLiteral("nano")));
        QCOMPARE(wizard.answers().service.manager, ServiceManager::ScheduledTask);
        QVERIFY(drive.screenshot(shots, QStringLiteral("bundle")));
        drive.next();
        QCOMPARE(drive.page(), int(BerthWizard::Page_Application));
        QVERIFY(!drive.type("service.application.path", QStringLiteral("x"))); // NSSM's fields are not shown
        QVERIFY(drive.screenshot(shots, QStringLiteral("bundle")));
        drive.next();
        QCOMPARE(drive.page(), int(BerthWizard::Page_Tls));
        QVERIFY(drive.toggle("tls.enabled"));
        QVERIFY(drive.keys("newName", QStringLiteral("nano01.example.com")));
        QVERIFY(drive.type("tlsClientFolder", files.filePath(QStringLiteral("client"))));
        QVERIFY(drive.choose("tls.keyType", QStringLiteral("ecdsa-p256")));
        QVERIFY(drive.screenshot(shots, QStringLiteral("bundle")));
        drive.next();
        QCOMPARE(drive.page(), int(BerthWizard::Page_Runtime));
        QVERIFY(drive.choose("runtime.isolation", QStringLiteral("hyperv")));
        QVERIFY(drive.screenshot(shots, QStringLiteral("bundle")));
        drive.next();
        QCOMPARE(drive.page(), int(BerthWizard::Page_Firewall));
        QVERIFY(drive.screenshot(shots, QStringLiteral("bundle")));
        drive.next();
        QCOMPARE(drive.page(), int(BerthWizard::Page_Summary));
        const QString zip = files.filePath(QStringLiteral("nano01.zip"));
        QVERIFY(drive.type("bundleFile", zip));
        QVERIFY(drive.screenshot(shots, QStringLiteral("bundle")));
        QJsonObject answers = wizard.answers().toJson();
        QJsonObject binaries = answers.value(QStringLiteral("binaries")).toObject();
        binaries.insert(QStringLiteral("localPath"), QStringLiteral("docker.zip")); // the test's temporary folder
        answers.insert(QStringLiteral("binaries"), binaries);
        if (qEnvironmentVariableIsSet("BERTH_UPDATE_GOLDEN")) {
            QFile out(golden("bundle.json"));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(QJsonDocument(answers).toJson());
        }
        QCOMPARE(answers, readJson(golden("bundle.json")));
        drive.next();
        QCOMPARE(drive.page(), int(BerthWizard::Page_Apply));
        auto *apply = static_cast<ApplyPage *>(wizard.currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(apply->isComplete(), 60000);
        QVERIFY(drive.screenshot(shots, QStringLiteral("bundle")));
        QCOMPARE(apply->outcome(), ApplyJob::Bundled);
        QVERIFY(QFile::exists(zip));
        QVERIFY(QFile::exists(files.filePath(QStringLiteral("nano01-client.zip"))));
        QVERIFY(QFile::exists(files.filePath(QStringLiteral("client/ca-key.pem"))));
        const QHash<QString, QByteArray> entries = LocalArchive::readEntries(
            zip, {QStringLiteral("register-task.ps1"), QStringLiteral("certs/server-key.pem")}, &error);
        QVERIFY2(entries.size() == 2, qPrintable(error));
        // Windows PowerShell 5.1 reads a script without a byte order mark in the ANSI code page.
        QVERIFY(entries.value(QStringLiteral("register-task.ps1")).startsWith("\xef\xbb\xbf"));
        QVERIFY(LocalArchive::readEntries(zip, {QStringLiteral("nssm.exe")}, &error).isEmpty());
        QCOMPARE(drive.nextId(), -1); // the last page: Finish
    }

#ifndef Q_OS_WIN
    // "Stop and undo" during a download stops it at once: nothing is kept in the download cache
    // and nothing on the host has changed. (nginx is a program of this machine, which the Windows
    // build's run under Wine cannot start; the Linux run covers it.)
    void stopDuringTheDownloadKeepsNothing()
    {
        NginxServer server;
        QVERIFY2(server.unavailableReason().isEmpty(), qPrintable(server.unavailableReason()));
        QByteArray big(40 * 1024 * 1024, 'x'); // 20 s at the server's 2 MiB/s
        QFile file(server.root() + QStringLiteral("/docker-28.2.2.zip"));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(big) == big.size());
        file.close();
        QTemporaryDir cache, root;
        const std::optional<QByteArray> before =
            qEnvironmentVariableIsSet("BERTH_CACHE_DIR") ? std::optional(qgetenv("BERTH_CACHE_DIR")) : std::nullopt;
        qputenv("BERTH_CACHE_DIR", cache.path().toLocal8Bit());
        const auto restore = qScopeGuard([before] {
            if (before)
                qputenv("BERTH_CACHE_DIR", *before);
            else
                qunsetenv("BERTH_CACHE_DIR");
        });
        Answers answers;
        answers.binaries.zipUrl = server.url(QStringLiteral("slow/docker-28.2.2.zip"));
        answers.download.allowHttp = true;
        answers.service.manager = ServiceManager::Native;
        BerthWizard wizard(answers, host(root.path()));
        wizard.show();
        WizardDriver drive(wizard);
        QTRY_VERIFY_WITH_TIMEOUT(drive.nextEnabled(), 60000);
        while (drive.page() != BerthWizard::Page_Summary && drive.nextEnabled())
            drive.next();
        QCOMPARE(drive.page(), int(BerthWizard::Page_Summary));
        drive.next();
        QCOMPARE(drive.page(), int(BerthWizard::Page_Apply));
        QWidget *bar = wizard.currentPage()->findChild<QWidget *>(QStringLiteral("downloadBar"));
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 20000);
        QVERIFY(drive.press("cancelApply"));
        auto *apply = static_cast<ApplyPage *>(wizard.currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(apply->isComplete(), 15000); // well before the 20 s download ends
        QCOMPARE(apply->outcome(), ApplyJob::Cancelled);
        QVERIFY(wizard.currentPage()
                    ->findChild<QLabel *>(QStringLiteral("applyResult"))
                    ->text()
                    .startsWith(QLatin1String("Stopped.")));
        QVERIFY(QDir(cache.path()).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty());
        QDirIterator left(cache.path(), QDir::Files, QDirIterator::Subdirectories);
        QVERIFY2(!left.hasNext(), qPrintable(left.hasNext() ? left.next() : QString()));
        QVERIFY(QDir(root.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
    }
#endif

    // A change on one page that breaks a rule of two keys shows on the page of the key it names.
    void combinationProblemsShowOnTheirPage()
    {
        Answers answers;
        answers.tls.enabled = true;
        answers.tls.subjectAltNames = {QStringLiteral("localhost")};
        answers.firewall.enabled = true;
        answers.firewall.port = 2377;
        BerthWizard wizard(answers, host(m_root.path()));
        wizard.show();
        WizardDriver drive(wizard);
        QTRY_VERIFY_WITH_TIMEOUT(drive.nextEnabled(), 60000);
        while (drive.page() != BerthWizard::Page_Firewall && drive.nextEnabled())
            drive.next();
        QCOMPARE(drive.page(), int(BerthWizard::Page_Firewall));
        QVERIFY(!drive.nextEnabled());
        QVERIFY(!drive.problem("firewall.port").isEmpty());
        QVERIFY(drive.type("firewall.port", QStringLiteral("2376")));
        QVERIFY(drive.nextEnabled());
    }

    // Certificates the admin brings are checked as the folder and names are typed, off the window's
    // thread: the page says what it found and goes on only with certificates that fit.
    void theTlsPageChecksTheFolderAside()
    {
        QTemporaryDir root;
        const QString local = root.path() + QStringLiteral("/certs");
        QVERIFY(QDir().mkpath(local));
        QString error;
        QVERIFY2(
            CertificateMaker::makeAll(local, {QStringLiteral("docker01")}, CertificateMaker::EcdsaP256, 30, &error),
            qPrintable(error));
        Answers answers;
        answers.tls.enabled = true;
        answers.tls.generate = false;
        answers.tls.certDir = QStringLiteral("C:\\certs");
        answers.tls.subjectAltNames = {QStringLiteral("docker01")};
        BerthWizard wizard(answers, host(root.path()));
        wizard.show();
        WizardDriver drive(wizard);
        QTRY_VERIFY_WITH_TIMEOUT(drive.nextEnabled(), 60000);
        while (drive.page() != BerthWizard::Page_Tls && drive.nextEnabled())
            drive.next();
        QCOMPARE(drive.page(), int(BerthWizard::Page_Tls));
        const auto *check = wizard.currentPage()->findChild<QLabel *>(QStringLiteral("certificateCheck"));
        QTRY_VERIFY2_WITH_TIMEOUT(check->text().contains(QLatin1String("fit these names")), qPrintable(check->text()),
                                  60000);
        QVERIFY(drive.nextEnabled());
        QVERIFY(drive.keys("newName", QStringLiteral("docker02")));
        QTRY_VERIFY2_WITH_TIMEOUT(check->text().contains(QLatin1String("cannot be used")), qPrintable(check->text()),
                                  60000);
        QVERIFY2(check->text().contains(QLatin1String("docker02")), qPrintable(check->text()));
        QVERIFY(!drive.nextEnabled());
        QVERIFY(drive.type("tls.certDir", QStringLiteral("C:\\elsewhere")));
        QTRY_VERIFY2_WITH_TIMEOUT(check->text().contains(QLatin1String("C:\\elsewhere cannot be used")),
                                  qPrintable(check->text()), 60000);
        QVERIFY(!drive.nextEnabled());
    }

    // A choice offers exactly the words its answer key takes, in the key's order: the key's row is the
    // one place they are listed.
    void everyChoiceOffersItsKeysWords()
    {
        BerthWizard wizard(Answers(), host(m_root.path()));
        int checked = 0;
        for (int id : wizard.pageIds()) {
            for (QComboBox *combo : wizard.page(id)->findChildren<QComboBox *>()) {
                const QByteArray name = combo->objectName().toLatin1();
                const auto known = std::find_if(answerKeys().begin(), answerKeys().end(),
                                                [&](const AnswerKey &key) { return name == key.path; });
                if (known == answerKeys().end())
                    continue;
                QStringList words;
                for (int i = 0; i < combo->count(); ++i)
                    words << combo->itemData(i).toString();
                QCOMPARE(words, known->choices);
                ++checked;
            }
        }
        QCOMPARE(checked, 9);
    }

    // Every control a person can reach with Tab has a name a screen reader says, and every input
    // explains itself in a tooltip.
    void everyControlHasAnAccessibleNameAndInputsATooltip()
    {
        BerthWizard wizard(Answers(), host(m_root.path()));
        const QList<int> ids = wizard.pageIds();
        QCOMPARE(ids.size(), 16);
        for (int id : ids) {
            for (QWidget *widget : wizard.page(id)->findChildren<QWidget *>()) {
                if (widget->focusPolicy() == Qt::NoFocus || qobject_cast<QLabel *>(widget) ||
                    widget->objectName().startsWith(QLatin1String("qt_")) || !widget->parent() ||
                    widget->parentWidget()->inherits("QAbstractSpinBox") ||
                    widget->parentWidget()->inherits("QComboBox") || widget->inherits("QScrollBar") ||
                    widget->parentWidget()->inherits("QAbstractScrollArea"))
                    continue;
                const auto *button = qobject_cast<QAbstractButton *>(widget);
                const QString name =
                    button && widget->accessibleName().isEmpty() ? button->text() : widget->accessibleName();
                QVERIFY2(!name.isEmpty(),
                         qPrintable(QStringLiteral("page %1: %2 (%3) has no accessible name")
                                        .arg(id)
                                        .arg(widget->objectName(), QLatin1String(widget->metaObject()->className()))));
                if (qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget) ||
                    qobject_cast<QSpinBox *>(widget) || qobject_cast<QCheckBox *>(widget))
                    QVERIFY2(
                        !widget->toolTip().isEmpty(),
                        qPrintable(QStringLiteral("page %1: %2 has no tooltip").arg(id).arg(widget->objectName())));
            }
        }
    }
};

QTEST_MAIN(TestBerthWizard)
#include "tst_berthwizard.moc"
