#include "answers/AnswerKeys.h"
#include "answers/AnswersValidator.h"
#include "apply/ApplyRun.h"
#include "apply/ApplySteps.h"
#include "apply/FolderTakeoverStep.h"
#include "apply/Plan.h"
#include "apply/RestartToFinish.h"
#include "apply/WindowsFeatures.h"
#include "bundle/BundleBuilder.h"
#include "bundle/BundleReadme.h"
#include "bundle/InstallScript.h"
#include "bundle/LockedFolders.h"
#include "bundle/UninstallScript.h"
#include "render/BatchText.h"

#include <QDir>

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

namespace {

// The commands a line of install.cmd runs that change the host: a Windows program at the start of the
// line, its output sent away. Reading (sc.exe query, reg.exe query, netsh show rule, certutil, find, ping, a
// task's property) changes nothing.
QStringList changingCommands(const QString &script)
{
    static const QRegularExpression program(QStringLiteral("^\"?(C:\\\\|%SystemRoot%)"));
    static const QRegularExpression redirection(QStringLiteral("( >nul| 2>&1)+$"));
    QStringList commands;
    for (QString line : script.split(QStringLiteral("\r\n"))) {
        if (!program.match(line).hasMatch())
            continue;
        line.remove(redirection);
        if (line.contains(QLatin1String(" query ")) || line.contains(QLatin1String(" show rule ")) ||
            line.contains(QLatin1String(" version --format ")) || line.contains(QLatin1String("ping.exe")) ||
            line.contains(QLatin1String("certutil.exe -hashfile ")) ||
            line.contains(QLatin1String("(Get-ScheduledTask -TaskName ")) || // a task's property, read
            line.endsWith(QLatin1String("-File register-task.ps1")))
            continue;
        if (!commands.contains(line))
            commands << line;
    }
    commands.sort();
    return commands;
}

// Each way install.cmd registers Docker, by the word a test names it with; Nano Server's is a scheduled task.
const QStringList Managers{QStringLiteral("nssm"), QStringLiteral("native"), QStringLiteral("scheduled-task"),
                           QStringLiteral("nano")};
Answers forManager(const QString &manager)
{
    Answers answers;
    answers.service.manager = fromWord<ServiceManager>(manager).value_or(ServiceManager::ScheduledTask);
    if (manager == QLatin1String("nano"))
        answers.host.edition = Edition::Nano;
    return answers;
}

// install.cmd's main flow (up to :failed) and its subroutines by label, each a list of lines.
struct ScriptParts
{
    QStringList main;
    QHash<QString, QStringList> subroutines;
    QString where(const QString &line) const // "" for the main flow, else the label of the block holding it
    {
        for (auto it = subroutines.begin(); it != subroutines.end(); ++it) {
            if (it.value().contains(line))
                return it.key();
        }
        return QString();
    }
};

ScriptParts partsOf(const QString &script)
{
    ScriptParts parts;
    QString label;
    bool inMain = true;
    for (const QString &line : script.split(QStringLiteral("\r\n"))) {
        if (line == QLatin1String(":failed"))
            inMain = false;
        if (inMain) {
            parts.main << line;
            continue;
        }
        if (line.isEmpty()) {
            label.clear();
            continue;
        }
        if (label.isEmpty())
            label = line; // a block's first line is its label; labels inside it (:waitAgain) belong to it
        parts.subroutines[label] << line;
    }
    return parts;
}

// Whether a line runs only behind an `if`: on an if line itself, or in a block every call of which is behind
// one (or in a block that is).
bool conditional(const ScriptParts &parts, const QString &line, int depth = 0)
{
    const QString block = parts.where(line);
    if (block.isEmpty())
        return line.startsWith(QLatin1String("if "));
    if (line.startsWith(QLatin1String("if ")) || depth > 5)
        return true;
    const QString call = QStringLiteral("call ") + block;
    bool called = false;
    QStringList all = parts.main;
    for (const QStringList &lines : parts.subroutines)
        all << lines;
    for (const QString &caller : std::as_const(all)) {
        if (!caller.contains(call) || caller.contains(call + QLatin1Char('x')))
            continue;
        called = true;
        if (!caller.startsWith(QLatin1String("if ")) && !conditional(parts, caller, depth + 1))
            return false;
    }
    return called;
}

// The text each echo of a script prints, where a parenthesis outside double quotes would be cmd's: inside a block
// it ends the block; Wine's cmd.exe also ends an unparenthesised if there and runs the rest as a command.
QStringList echoedParentheses(const QString &script)
{
    QStringList found;
    static const QRegularExpression echo(QStringLiteral("(^|[ (])echo "));
    for (const QString &line : script.split(QStringLiteral("\r\n"))) {
        for (QRegularExpressionMatchIterator it = echo.globalMatch(line); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            const QString before = line.left(match.capturedStart());
            int depth = before.count(QLatin1Char('(')) - before.count(QLatin1Char(')'));
            QString text = line.mid(match.capturedEnd());
            const qsizetype end = text.indexOf(QLatin1String(" & "));
            if (end >= 0)
                text.truncate(end);
            while (end < 0 && depth-- > 0 && text.endsWith(QLatin1Char(')')))
                text.chop(1);
            text.remove(QRegularExpression(QStringLiteral("\"[^\"]*\"")));
            text.remove(QStringLiteral("^("));
            text.remove(QStringLiteral("^)"));
            if (text.contains(QLatin1Char('(')) || text.contains(QLatin1Char(')')))
                found << line;
        }
    }
    return found;
}

} // namespace

// The scripts of a bundle as text; tst_bundlewine runs them under Wine.
class TestBundleScripts : public QObject
{
    Q_OBJECT

private slots:
    // install.cmd runs what apply runs: its commands are those of `berth plan`, read from apply's own steps
    // (a scheduled task's registration through register-task.ps1), for every answer file of the tests, every
    // manager, with the host's build known or found on the host, and a service name cmd.exe would choke on.
    void installScriptRunsThePlansCommands_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("manager");
        QTest::addColumn<int>("build");
        const QStringList files =
            QDir(QStringLiteral(BERTH_TEST_DATA "/answers")).entryList({QStringLiteral("*.json")});
        QVERIFY(files.size() >= 12);
        for (const QString &file : files) {
            for (const char *manager : {"nssm", "native", "scheduled-task"}) {
                for (int build : {0, 14393})
                    QTest::addRow("%s %s %d", qPrintable(file), manager, build)
                        << file << QString::fromLatin1(manager) << build;
            }
        }
        QTest::addRow("hostile name") << QString() << QStringLiteral("nssm") << 0;
        QTest::addRow("the host's certificates") << QStringLiteral("-") << QStringLiteral("native") << 0;
    }
    void installScriptRunsThePlansCommands()
    {
        QFETCH(QString, file);
        QFETCH(QString, manager);
        QFETCH(int, build);
        QStringList problems;
        Answers a = file.isEmpty() || file == QLatin1String("-")
                        ? Answers()
                        : Answers::fromFile(QStringLiteral(BERTH_TEST_DATA "/answers/") + file, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        a.service.manager = fromWord<ServiceManager>(manager).value();
        a.host.build = build;
        if (file == QLatin1String("-")) {
            a = Answers();
            a.tls.enabled = true;
            a.tls.generate = false;
        } else if (file.isEmpty()) {
            a.service.name = QStringLiteral("Dock&er %PATH% ^x");
            a.firewall.enabled = a.tls.enabled = true;
            a.tls.subjectAltNames = {QStringLiteral("docker01")};
        }
        const QString install = InstallScript::render(a, {});
        const QString task = InstallScript::taskScript(Plan::forAnswers(a));
        QStringList planned;
        for (const PlanStep &step : Plan::forAnswers(a)) {
            if (step.kind != PlanStep::RunCommand)
                continue;
            // The task's scripts run from register-task.ps1, as PowerShell runs them with -Command.
            if (manager == QLatin1String("scheduled-task") && step.part == PlanStep::Service) {
                QVERIFY2(task.contains(step.command.arguments.last()), qPrintable(step.command.arguments.last()));
                continue;
            }
            const QString line = BatchText::line(step.command);
            if (!planned.contains(line))
                planned << line;
        }
        planned.sort();
        // Besides the plan's, what only a host without the Windows features Docker needs runs: dism.exe, and the
        // restart with the task that finishes after it, as WindowsFeatures and RestartToFinish write them.
        QStringList changing = changingCommands(install);
        const QStringList featureCommands = changingCommands(
            (WindowsFeatures::batch(a).subroutines + RestartToFinish::batch(QLatin1String(InstallScript::ResultWord)))
                .join(QStringLiteral("\r\n")));
        QCOMPARE(featureCommands.size(), a.host.edition == Edition::Nano ? 3 : 4); // (dism,) xcopy, task, shutdown
        for (const QString &command : featureCommands)
            QVERIFY2(changing.removeOne(command), qPrintable(command));
        // And the locks of the folders install.cmd makes (LockedFolders), as apply locks each folder it makes.
        const QStringList folderCommands = changingCommands(LockedFolders::batch().join(QStringLiteral("\r\n")));
        QCOMPARE(folderCommands.size(), 2); // icacls /setowner, icacls /inheritance:r /grant:r
        for (const QString &command : folderCommands)
            QVERIFY2(changing.removeOne(command), qPrintable(command));
        // And the record of folders taken over and not yet looked into (FolderTakeoverStep), which apply keeps too
        // and, as the take-over itself, does not plan: it depends on what the host holds.
        const QStringList takeOverCommands = changingCommands(
            FolderTakeoverStep({}).batch(BatchContext{a, {}})->subroutines.join(QStringLiteral("\r\n")));
        QCOMPARE(takeOverCommands.size(), 1); // reg.exe add, Unchecked
        for (const QString &command : takeOverCommands)
            QVERIFY2(changing.removeOne(command), qPrintable(command));
        QCOMPARE(changing, planned);
        QVERIFY(planned.size() >= 3);

        // Every step apply runs writes its own batch form: a step without one would leave install.cmd behind apply.
        QString unused;
        for (const auto &step :
             ApplyRun::aroundService(ApplySteps::build(a, &unused, true, nullptr, ApplySteps::Describe)))
            QVERIFY2(step->batch(BatchContext{a, {}}).has_value(), qPrintable(step->title()));

        // Under the same conditions: what apply runs only when the host asks for it runs in install.cmd only behind
        // an `if` (or in a subroutine called only so). Not the rule's removal: install.cmd deletes and adds it on
        // every run, and reads the rule before and after to tell whether that changed anything.
        const ScriptParts parts = partsOf(install);
        for (const PlanStep &step : Plan::forAnswers(a)) {
            if (step.kind != PlanStep::RunCommand || step.when.isEmpty() || step.part == PlanStep::Firewall ||
                (manager == QLatin1String("scheduled-task") && step.part == PlanStep::Service))
                continue;
            const QString line = BatchText::line(step.command);
            QString found;
            for (const QString &each : install.split(QStringLiteral("\r\n"))) {
                if (each.startsWith(line) || each.startsWith(QStringLiteral("if ")) && each.contains(line))
                    found = each;
            }
            QVERIFY2(!found.isEmpty(), qPrintable(line));
            QVERIFY2(conditional(parts, found),
                     qPrintable(QStringLiteral("runs always, apply only when %1: %2").arg(step.when, found)));
        }

        // Its steps are counted, one number each, the last the count.
        static const QRegularExpression numbered(QStringLiteral("^echo \\[(\\d+)/(\\d+)\\] "),
                                                 QRegularExpression::MultilineOption);
        int expected = 1;
        int count = 0;
        for (auto it = numbered.globalMatch(install); it.hasNext(); ++expected) {
            const QRegularExpressionMatch match = it.next();
            QCOMPARE(match.captured(1).toInt(), expected);
            count = match.captured(2).toInt();
        }
        QCOMPARE(expected - 1, count);
    }

    void batchTextEscapesWhatCmdWouldEat()
    {
        QCOMPARE(BatchText::escaped(QStringLiteral("a&b \"c&d\" 50%")), QStringLiteral("a^&b \"c&d\" 50%%"));
        QCOMPARE(BatchText::line({QStringLiteral("C:\\x.exe"), {QStringLiteral("a|b"), QStringLiteral("c d")}, {}}),
                 QStringLiteral("C:\\x.exe a^|b \"c d\""));
    }

    // Wine's cmd.exe runs the right side of || always, mis-reads && after a pipe and ends an if at a parenthesis an
    // echo prints; Windows does none of that, so the scripts use none (and a parenthesis in an echo inside a block
    // would end the block on Windows too).
    void scriptsAvoidWhatWineGetsWrong()
    {
        for (const QString &manager : Managers) {
            Answers answers = forManager(manager);
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
                const QStringList parentheses = echoedParentheses(script);
                QVERIFY2(parentheses.isEmpty(), qPrintable(parentheses.join(QLatin1Char('\n'))));
            }
            QVERIFY(install.contains(
                QLatin1String("set \"target=C:\\Windows\\System32\\dockerd.exe\"\r\ncall :differs ab12\r\n")));
            QCOMPARE(install.contains(QLatin1String("register-task.ps1")),
                     manager != QLatin1String("nssm") && manager != QLatin1String("native"));
        }
    }

    // install.cmd makes each folder it places a file in as apply does, locked before anything goes in; works in a
    // folder of its own (never a fixed name in %TEMP%, which is %SystemRoot%\Temp for SYSTEM, where users write);
    // keeps what it replaces there; and moves a secret into place from there (issue 24, items 1 and 11).
    void installScriptLocksWhatItMakes()
    {
        for (const QString &manager : Managers) {
            Answers answers = forManager(manager);
            answers.host.build = 14393;
            answers.tls.enabled = true;
            answers.tls.subjectAltNames = {QStringLiteral("docker01")};
            answers.daemon.configStyle = ConfigStyle::DaemonJson;
            QList<InstallScript::Placed> carried;
            for (const char *path :
                 {"C:\\ProgramData\\docker\\certs.d\\ca.pem", "C:\\ProgramData\\docker\\certs.d\\server-cert.pem",
                  "C:\\ProgramData\\docker\\certs.d\\server-key.pem", "C:\\ProgramData\\docker\\config\\daemon.json"})
                carried.append({QString::fromLatin1(path).section(QLatin1Char('\\'), -1), QString::fromLatin1(path),
                                QStringLiteral("ab12")});
            const QString install = InstallScript::render(answers, carried);
            QVERIFY2(!install.contains(QLatin1String("TEMP"), Qt::CaseInsensitive), qPrintable(manager));
            // The only folders made: a level of %want% (then locked), the run's own, a backup's folder inside it.
            const QStringList allowed{QStringLiteral("mkdir \"%level%\" >nul 2>&1"),
                                      QStringLiteral("mkdir \"%work%\" >nul 2>&1"),
                                      QStringLiteral("for %%f in (\"%copyTo%\") do if not exist \"%%~dpf\" mkdir "
                                                     "\"%%~dpf\"")};
            for (const QString &line : install.split(QStringLiteral("\r\n")))
                QVERIFY2(!line.contains(QLatin1String("mkdir")) || allowed.contains(line), qPrintable(line));
            const ScriptParts parts = partsOf(install);
            const QStringList level = parts.subroutines.value(QStringLiteral(":lockedFolder"));
            const qsizetype made = level.indexOf(QStringLiteral("mkdir \"%level%\" >nul 2>&1"));
            QVERIFY(made > 0);
            QVERIFY(level.at(made + 1).startsWith(QLatin1String("if errorlevel 1 (echo Cannot make")));
            QCOMPARE(level.at(made + 3), QStringLiteral("call :lock"));
            QCOMPARE(parts.subroutines.value(QStringLiteral(":lock")).value(1), QStringLiteral("call :lockOnly"));
            const QStringList lock = parts.subroutines.value(QStringLiteral(":lockOnly"));
            QVERIFY2(lock.size() > 4 && lock.at(1).contains(QLatin1String("/setowner *S-1-5-32-544")) &&
                         lock.at(3).contains(QLatin1String("/inheritance:r /grant:r *S-1-5-18:(OI)(CI)F /grant:r "
                                                           "*S-1-5-32-544:(OI)(CI)F")),
                     qPrintable(lock.join(QLatin1Char('\n'))));
            for (const char *folder : {"C:\\ProgramData\\docker\\certs.d", "C:\\ProgramData\\docker\\config"})
                QVERIFY2(install.contains(
                             QStringLiteral("set \"want=%1\"\r\ncall :lockedFolder\r\n").arg(QLatin1String(folder))),
                         folder);
            QVERIFY(install.contains(QLatin1String(
                "set \"target=C:\\ProgramData\\docker\\certs.d\\server-key.pem\"\r\ncall :placeSecret ")));
            QVERIFY(!install.contains(QLatin1String("server-key.pem\"\r\ncall :place ")));
            const QStringList secret = parts.subroutines.value(QStringLiteral(":placeSecret"));
            QVERIFY(secret.contains(QStringLiteral("set \"fresh=%work%\\incoming\"")));
            QVERIFY(secret.contains(QStringLiteral("move /y \"%fresh%\" \"%target%\" >nul 2>&1")));
            // What is placed is copied first and hashed again: the bundle's folder may be a user's.
            const QStringList fresh = parts.subroutines.value(QStringLiteral(":fresh"));
            QVERIFY2(fresh.size() > 4 && fresh.at(1) == QStringLiteral("copy /y \"%source%\" \"%fresh%\" >nul 2>&1") &&
                         fresh.contains(QStringLiteral("set \"hashed=%fresh%\"")) &&
                         fresh.contains(QStringLiteral("if /i \"%actual%\"==\"%~1\" exit /b 0")),
                     qPrintable(fresh.join(QLatin1Char('\n'))));
            for (const QString &label : {QStringLiteral(":place"), QStringLiteral(":placeSecret")}) {
                const QString block = parts.subroutines.value(label).join(QLatin1Char('\n'));
                QVERIFY2(block.contains(QLatin1String("call :fresh %~1")) && !block.contains(QLatin1String("%source%")),
                         qPrintable(block));
            }
            const QStringList backup = parts.subroutines.value(QStringLiteral(":backup"));
            QVERIFY2(backup.join(QLatin1Char('\n')).contains(QLatin1String("copy /y \"%target%\" \"%copyTo%\"")) &&
                         backup.join(QLatin1Char('\n')).contains(QLatin1String("copyTo=%work%\\%drive:~0,1%%%~pnxf")),
                     qPrintable(backup.join(QLatin1Char('\n'))));
            // The run's folder is made before the first hash (SHA256SUMS) writes into it.
            QVERIFY(install.indexOf(QLatin1String("call :workFolder")) <
                    install.indexOf(QLatin1String("Check every file against SHA256SUMS")));
        }
    }

    // Inside double quotes cmd.exe takes & | < > ^ as they are: a caret there would stay in the value.
    void quotedValuesKeepTheirCharacters()
    {
        QCOMPARE(BatchText::quoted(QStringLiteral("Docker & Co ^c (x)")), QStringLiteral("\"Docker & Co ^c (x)\""));
        QCOMPARE(BatchText::quoted(QStringLiteral("50%")), QStringLiteral("\"50%%\""));
        QCOMPARE(BatchText::setVariable(QStringLiteral("target"), QStringLiteral("C:\\x & calc & rem\\dockerd.exe")),
                 QStringLiteral("set \"target=C:\\x & calc & rem\\dockerd.exe\""));
        Answers answers;
        answers.binaries.installDir = QStringLiteral("C:\\x & calc & rem");
        const QString install = InstallScript::render(
            answers, {{QStringLiteral("dockerd.exe"), QStringLiteral("C:\\x & calc & rem\\dockerd.exe"),
                       QStringLiteral("ab12")}});
        // Paths reach the subroutines in variables, used in quotes; never %~2 bare, never through call.
        QVERIFY(
            install.contains(QLatin1String("set \"target=C:\\x & calc & rem\\dockerd.exe\"\r\ncall :place ab12\r\n")));
        QCOMPARE(install.count(QLatin1String("%~2")), 1); // a file name from SHA256SUMS, in :verify
        QVERIFY(install.contains(QLatin1String("set \"hashed=%~2\"")));
        QVERIFY(install.contains(QLatin1String("echo       \"%target%\"")));
    }

    // install.cmd is read in the host's OEM code page: a value outside ASCII is refused by name.
    void bundleValuesAreAscii()
    {
        Answers answers;
        QVERIFY(BundleBuilder::asciiProblems(answers).isEmpty());
        answers.service.description = QStringLiteral("Docker für alle");
        answers.binaries.installDir = QStringLiteral("C:\\Programme\\Döcker");
        const QStringList problems = BundleBuilder::asciiProblems(answers);
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems.join(QLatin1Char('\n')).contains(QStringLiteral("service.details.description: holds \"ü\"")),
                 qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(problems.join(QLatin1Char('\n')).contains(QStringLiteral("binaries.installDir: holds \"ö\"")));
    }

    // A proxy's user name and password stay on this machine: the bundle's answers.json has the proxy alone.
    void bundleAnswersCarryNoProxyCredentials()
    {
        Answers answers;
        answers.download.proxy = QStringLiteral("http://alice:s3cret@proxy.corp:3128");
        const Answers carried = BundleBuilder::forTheBundle(answers);
        QCOMPARE(carried.download.proxy, QStringLiteral("http://proxy.corp:3128"));
        QVERIFY(!QJsonDocument(carried.toJson()).toJson().contains("s3cret"));
    }

    // The preparing machine's paths stay there: answers.json says "keep" for files the bundle placed, and an
    // apply with it on the host is valid and keeps them.
    void bundleAnswersCarryNoLocalPaths()
    {
        Answers answers;
        answers.binaries.source = Source::Local;
        answers.binaries.localPath = QStringLiteral("D:\\Users\\alice\\Downloads\\docker-28.2.2.zip");
        answers.nssm.source = Source::Local;
        answers.nssm.localPath = QStringLiteral("\\\\fileserver\\alice-private\\nssm-2.24.zip");
        const Answers carried = BundleBuilder::forTheBundle(answers);
        QVERIFY(!QJsonDocument(carried.toJson()).toJson().contains("alice"));
        QCOMPARE(carried.binaries.source, Source::Keep);
        QCOMPARE(carried.nssm.source, Source::Keep);
        QCOMPARE(AnswersValidator::validate(carried), QStringList());
        answers.binaries.source = Source::Download;
        QCOMPARE(BundleBuilder::forTheBundle(answers).binaries.source, Source::Download);
    }

    void readmeNamesTheCommands()
    {
        Answers answers;
        answers.tls.enabled = true;
        answers.tls.subjectAltNames = {QStringLiteral("nano01")};
        answers.service.stdoutPath = QStringLiteral("C:\\logs\\$(calc)\\daemon.log");
        const QString readme =
            BundleReadme::text(answers, QStringLiteral("nano01 $(calc) it's[1].zip"), QStringLiteral("0123abcd4567"));
        QVERIFY2(readme.contains(QLatin1String("Expand-Archive -LiteralPath '.\\nano01 $(calc) it''s[1].zip' "
                                               "-DestinationPath '.\\nano01 $(calc) it''s[1]'")),
                 qPrintable(readme));
        QVERIFY(readme.contains(QLatin1String("New-PSSession -ComputerName nano01")));
        // The files go into a folder of this bundle's own; a folder that exists would get a copy nested in it.
        QVERIFY(readme.contains(
            QLatin1String("New-Item -ItemType Directory -Force -Path C:\\berth-bundle-0123abcd4567 | Out-Null")));
        QVERIFY(readme.contains(QLatin1String("Copy-Item -ToSession $session -Path '.\\nano01 $(calc) it''s`[1`]\\*' "
                                              "-Destination C:\\berth-bundle-0123abcd4567 "
                                              "-Recurse -Force")));
        QVERIFY(readme.contains(QLatin1String("& C:\\berth-bundle-0123abcd4567\\install.cmd")));
        // A path pasted into PowerShell is a literal: $(calc) stays text.
        QVERIFY(readme.contains(QLatin1String("Get-Content -LiteralPath 'C:\\logs\\$(calc)\\daemon.log' -Tail 20")));
        QVERIFY(readme.contains(QLatin1String("$env:DOCKER_HOST = \"tcp://nano01:2376\"")));
    }
};

QTEST_GUILESS_MAIN(TestBundleScripts)
#include "tst_bundlescripts.moc"
