#include "bundle/BatchText.h"
#include "bundle/BundleReadme.h"
#include "bundle/InstallScript.h"
#include "bundle/UninstallScript.h"

#include <QRegularExpression>
#include <QTest>

// The scripts of a bundle as text; tst_bundlewine runs them under Wine.
class TestBundleScripts : public QObject
{
    Q_OBJECT

private slots:
    void batchTextEscapesWhatCmdWouldEat()
    {
        QCOMPARE(BatchText::escaped(QStringLiteral("a&b \"c&d\" 50%")), QStringLiteral("a^&b \"c&d\" 50%%"));
        QCOMPARE(BatchText::line({QStringLiteral("C:\\x.exe"), {QStringLiteral("a|b"), QStringLiteral("c d")}, {}}),
                 QStringLiteral("C:\\x.exe a^|b \"c d\""));
    }

    // Wine's cmd.exe runs the right side of || always and mis-reads && after a pipe; Windows does
    // neither, so the scripts use neither.
    void scriptsAvoidWhatWineGetsWrong()
    {
        for (const QString &manager :
             {QStringLiteral("nssm"), QStringLiteral("native"), QStringLiteral("scheduled-task")}) {
            Answers answers;
            answers.service.manager = manager;
            answers.firewall.enabled = true;
            answers.tls.enabled = true;
            const QString install = InstallScript::render(
                answers, {{QStringLiteral("dockerd.exe"), QStringLiteral("C:\\Windows\\System32\\dockerd.exe"),
                           QStringLiteral("ab12")}});
            const QString uninstall = UninstallScript::render(answers);
            for (const QString &script : {install, uninstall}) {
                QVERIFY2(!script.contains(QLatin1String("||")), qPrintable(manager));
                QVERIFY2(!script.contains(QLatin1String("&&")), qPrintable(manager));
                QVERIFY(!script.contains(QLatin1String("findstr")));
                QVERIFY(!script.contains(QRegularExpression(QStringLiteral("(^|[ \\\\])fc(\\.exe)? "))));
                QVERIFY(script.contains(QLatin1String("\r\n")));
            }
            QVERIFY(install.contains(QLatin1String("call :differs ab12 \"C:\\Windows\\System32\\dockerd.exe\"")));
            QCOMPARE(install.contains(QLatin1String("register-task.ps1")), manager == QLatin1String("scheduled-task"));
        }
    }

    void readmeNamesTheCommands()
    {
        Answers answers;
        answers.tls.enabled = true;
        answers.tls.subjectAltNames = {QStringLiteral("nano01")};
        answers.service.stdoutPath = QStringLiteral("C:\\logs\\$(calc)\\daemon.log");
        const QString readme =
            BundleReadme::text(answers, QStringLiteral("nano01.zip"), QStringLiteral("0123abcd4567"));
        QVERIFY(readme.contains(QLatin1String("Expand-Archive -Path .\\nano01.zip -DestinationPath .\\nano01")));
        QVERIFY(readme.contains(QLatin1String("New-PSSession -ComputerName nano01")));
        // The files go into a folder of this bundle's own; a folder that exists would get a copy nested in it.
        QVERIFY(readme.contains(
            QLatin1String("New-Item -ItemType Directory -Force -Path C:\\berth-bundle-0123abcd4567 | Out-Null")));
        QVERIFY(readme.contains(
            QLatin1String("Copy-Item -ToSession $session -Path .\\nano01\\* -Destination C:\\berth-bundle-0123abcd4567 "
                          "-Recurse -Force")));
        QVERIFY(readme.contains(QLatin1String("& C:\\berth-bundle-0123abcd4567\\install.cmd")));
        // A path pasted into PowerShell is a literal: $(calc) stays text.
        QVERIFY(readme.contains(QLatin1String("Get-Content -LiteralPath 'C:\\logs\\$(calc)\\daemon.log' -Tail 20")));
        QVERIFY(readme.contains(QLatin1String("$env:DOCKER_HOST = \"tcp://nano01:2376\"")));
    }
};

QTEST_GUILESS_MAIN(TestBundleScripts)
#include "tst_bundlescripts.moc"
