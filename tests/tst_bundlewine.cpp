#include "LinuxTool.h"
#include "WineHost.h"

#include "apply/ScheduledTaskStep.h"
#include "fetch/LocalArchive.h"
#include "host/FolderSecurity.h"
#include "host/ServiceRegistration.h"
#include "render/ServiceCommands.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Tool = LinuxTool;

Tool runTool(const QString &program, const QStringList &arguments, const QString &directory = QString())
{
    return LinuxTool::run(program, arguments, directory, 120000);
}

QByteArray LocalFileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString text(const WinePrefix::Result &result)
{
    return QString::fromLocal8Bit(result.out + result.err);
}

} // namespace

// `berth bundle` and the scripts in it, run by Wine's own cmd.exe, sc.exe and reg.exe on a fresh
// prefix that stands for the other host.
class TestBundleWine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;

    // Makes the bundle with `berth bundle`, unpacks it with unzip into C:\berth-bundle of the host
    // and checks it with sha256sum -c, as the issue asks.
    QString unpack(const WineHost &host, const Answers &answers, const QString &name, QString *listing)
    {
        const QString zip = m_work.filePath(name + QStringLiteral(".zip"));
        const WinePrefix::Result made = host.berth(
            {QStringLiteral("bundle"), QStringLiteral("--answers"), host.answersFile(answers), QStringLiteral("--out"),
             zip, QStringLiteral("--client-out"), m_work.filePath(name + QStringLiteral("-client"))});
        if (made.exitCode != 0)
            return QStringLiteral("berth bundle: ") + text(made);
        const QString folder = host.driveC() + QStringLiteral("/berth-bundle");
        const Tool unzip = runTool(QStringLiteral("unzip"),
                                   {QStringLiteral("-q"), QStringLiteral("-o"), zip, QStringLiteral("-d"), folder});
        if (unzip.exitCode != 0)
            return QStringLiteral("unzip: ") + unzip.out;
        const Tool sums =
            runTool(QStringLiteral("sha256sum"), {QStringLiteral("-c"), QStringLiteral("SHA256SUMS")}, folder);
        if (sums.exitCode != 0)
            return QStringLiteral("sha256sum -c: ") + sums.out;
        *listing = runTool(QStringLiteral("unzip"), {QStringLiteral("-Z1"), zip}).out;
        return {};
    }

    // The host's answers with remote access: an ECDSA key (quick to make), a certificate for 127.0.0.1.
    static Answers withTls(const WineHost &host)
    {
        Answers answers = host.answers();
        answers.tls.enabled = true;
        answers.tls.keyType = KeyType::EcdsaP256;
        answers.tls.subjectAltNames = {QStringLiteral("127.0.0.1")};
        return answers;
    }

    // Wine's certutil.exe prints nothing: the stand-in hashes as Windows' does.
    static WinePrefix::Result runScript(const WineHost &host, const QString &script, const QStringList &arguments = {})
    {
        QFile::remove(host.hostPath(QStringLiteral("C:\\windows\\system32\\certutil.exe")));
        QFile::copy(WineHost::standin("certutil.exe"),
                    host.hostPath(QStringLiteral("C:\\windows\\system32")) + QStringLiteral("/certutil.exe"));
        return host.run(QStringLiteral("cmd.exe"),
                        QStringList{QStringLiteral("/c"), QStringLiteral("C:\\berth-bundle\\") + script} + arguments,
                        {}, 240000);
    }

private slots:
    // install.cmd judges a folder's descriptor in batch (FolderSecurity::batch), apply in C++ (FolderSecurity::parse):
    // Wine's cmd.exe runs the batch form on descriptors as Windows writes them, and on broken and hostile ones, and
    // it must say what the C++ says; what it cannot read it never trusts, and nothing in a descriptor runs.
    void installScriptJudgesDescriptorsAsApplyDoes()
    {
        WineHost host;
        if (!host.unavailableReason().isEmpty())
            QSKIP(qPrintable(host.unavailableReason()));
        const QString ti = QStringLiteral("S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464");
        // Both say the same of these.
        const QStringList same{
            QStringLiteral("O:BAG:SYD:PAI(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)"),
            QStringLiteral("O:BAG:SYD:P(A;OICI;GA;;;BA)(A;OICI;GA;;;SY)"),
            QStringLiteral(
                "O:BAG:SYD:AI(A;OICIID;FA;;;SY)(A;OICIID;FA;;;BA)(A;OICIIOID;GA;;;CO)(A;OICIID;0x1200a9;;;BU)"
                "(A;CIID;DCLCRPCR;;;BU)"),
            QStringLiteral(
                "O:%1G:%1D:PAI(A;;FA;;;%1)(A;CIIO;GA;;;%1)(A;;0x1301bf;;;SY)(A;OICIIO;GA;;;SY)"
                "(A;;0x1301bf;;;BA)(A;OICIIO;GA;;;BA)(A;;0x1200a9;;;BU)(A;OICIIO;GXGR;;;BU)(A;OICIIO;GA;;;CO)"
                "(A;;0x1200a9;;;AC)(A;OICIIO;GXGR;;;AC)")
                .arg(ti),
            QStringLiteral("O:S-1-5-21-1-2-3-1001G:S-1-5-21-1-2-3-513D:PAI(A;OICI;FA;;;SY)"),
            QStringLiteral("O:S-1-5-18D:PAI(A;OICI;FA;;;SY)"),
            QStringLiteral("O:BAD:PAI(A;OICI;FA;;;SY)"),
            QStringLiteral("O:BAG:SYD:NO_ACCESS_CONTROL"),
            QStringLiteral("O:BAG:SYD:"),
            QStringLiteral("O:BAG:SYD:P"),
            QStringLiteral("O:BAG:SYD:PAI(D;OICI;FA;;;WD)(A;OICI;FA;;;SY)"),
            QStringLiteral("O:BAG:SYD:PAI(A;OICI;FR;;;WD)(A;OICI;FA;;;SY)"),
            QStringLiteral("O:BAG:SYD:PAI(A;OICI;0x1301bf;;;AU)"),
            QStringLiteral("O:BAG:SYD:PAI(A;OICI;0x120089;;;AU)"),
            QStringLiteral("O:BAG:SYD:PAI(A;OICI;0x00000000001f01ff;;;BU)"),
            QStringLiteral("O:BAG:SYD:PAI(A;OICI;0x80000000;;;BU)"),
            QStringLiteral("O:BAG:SYD:PAI(A;OICI;0X40000000;;;BU)"),
            QStringLiteral("O:BAG:SYD:PAI(A;OICI;0xffffffff;;;BU)"),
            QStringLiteral("O:BAG:SYD:PAI(A;OICI;0x10000;;;BU)"),
            QStringLiteral("O:BAG:SYD:PAI(A;OICIIO;GA;;;CO)(A;;FA;;;OW)"),
            QStringLiteral("O:BAG:SYD:PAI(A;;FA;;;BA)(A;;FA;;;sy)"),
            QStringLiteral("O:BAG:SYD:PAI(XA;;FA;;;S-1-5-32-545)(OA;;CC;;;BU)(ZA;;WD;;;IU)"),
            QStringLiteral("O:BAG:SYD:(A;;FA;;;SY)(OA;;CC;;;BU)(A;;LCSWRPLO;;;AU)"),
            QStringLiteral("O:BAG:SYD:PAI(A;OICI;FA;;;SY"),
            QStringLiteral("O:BAG:SYD:PAI(A;OICI;FA;;SY)"),
            QStringLiteral("O:BAG:SYD:PAI(A;OICI;FA;;;SY;x)"),
            QStringLiteral("O:BAG:SYD:PAI(A;OICI;ZZ;;;SY)"),
            QStringLiteral("O:BAG:SYD:PAI(A;OICI;FAF;;;SY)"),
            QStringLiteral("O:BAG:SYD:PAI(A;OICI;0xZZ;;;SY)"),
            QStringLiteral("O:BAG:SYD:PAI(A;OICI;0x;;;SY)"),
            QStringLiteral("O:BAG:SYD:PAI(;;FA;;;SY)"),
            QStringLiteral("O:BAG:SYD:PAI(A;OICI;;;;SY)"),
            QStringLiteral("O:BAG:SYD:PAI()"),
            QStringLiteral("O:BAG:SYD:PAI(A;;FA;;;SY)x(A;;FA;;;BA)"),
            QStringLiteral("O:BAG:SYD:PAI(A;;FA;;;SY)(A;;FA;;;BA)x"),
            QStringLiteral("O:BAG:SYD:paI(A;;FA;;;SY)"),
            QStringLiteral("O:BAG:SYD:PAI((A;;FA;;;SY))"),
            QStringLiteral("O:syG:SYD:PAI(A;;FA;;;SY)"),
            QStringLiteral("O:BAX:PAI(A;;FA;;;SY)"),
            QStringLiteral("G:SYO:BAD:PAI(A;;FA;;;SY)"),
            QStringLiteral("O:"),
            QStringLiteral("not a descriptor"),
            QStringLiteral("O:BAG:SYD:PAI(XA;;FA;;;WD;(@User.x == \"a&b\"))"),
            QStringLiteral("O:BAG:SYD:PAI(A;;FA;;;SY)\" & echo pwned>C:\\berth-sddl\\pwned1 & \""),
            QStringLiteral("O:BAG:SYD:PAI(A;;FA;;;SY)(A;;FA;;;BU)%PATH%^&echo pwned>C:\\berth-sddl\\pwned2"),
            QStringLiteral("O:BA&echo pwned>C:\\berth-sddl\\pwned3&G:SYD:PAI(A;;FA;;;SY)"),
            QStringLiteral("O:BAG:SYD:PAI(A;;FA;;;SY)) & echo pwned>C:\\berth-sddl\\pwned4 & rem (")};
        // A descriptor with an audit list, which Get-Acl leaves out unless asked (-Audit): the batch form does not
        // read it, and so does not trust it; it never trusts what the C++ does not.
        const QStringList stricter{QStringLiteral("O:BAG:SYD:PAI(A;OICI;FA;;;SY)S:AI(AU;SA;FA;;;WD)")};
        const QStringList all = same + stricter;

        const QString folder = host.hostPath(QStringLiteral("C:\\berth-sddl"));
        QVERIFY(QDir().mkpath(folder));
        QFile corpus(folder + QStringLiteral("/corpus.txt"));
        QVERIFY(corpus.open(QIODevice::WriteOnly));
        corpus.write(all.join(QStringLiteral("\r\n")).toLatin1() + "\r\n");
        corpus.close();
        QStringList script{
            QStringLiteral("@echo off"),
            QStringLiteral("setlocal EnableExtensions DisableDelayedExpansion"),
            QStringLiteral("for /f \"usebackq eol=: delims=\" %%c in (\"C:\\berth-sddl\\corpus.txt\") do "
                           "(>\"C:\\berth-sddl\\one.txt\" echo %%c& call :judge)"),
            QStringLiteral("exit /b 0"),
            QStringLiteral(":judge"),
            QStringLiteral("call :readSecurity"),
            QStringLiteral("call :sddlTrusted"),
            QStringLiteral("echo RESULT %trusted%"),
            QStringLiteral("exit /b 0"),
            QString()};
        script << FolderSecurity::batch(QStringLiteral("\"C:\\berth-sddl\\one.txt\""));
        QFile cmd(folder + QStringLiteral("/judge.cmd"));
        QVERIFY(cmd.open(QIODevice::WriteOnly));
        cmd.write(script.join(QStringLiteral("\r\n")).toLatin1() + "\r\n");
        cmd.close();

        const WinePrefix::Result run =
            host.run(QStringLiteral("cmd.exe"), {QStringLiteral("/c"), QStringLiteral("C:\\berth-sddl\\judge.cmd")});
        QCOMPARE(run.exitCode, 0);
        QStringList results;
        for (const QString &line : QString::fromLatin1(run.out).split(QLatin1Char('\n')))
            if (line.startsWith(QLatin1String("RESULT ")))
                results << line.mid(7).trimmed();
        QVERIFY2(results.size() == all.size(), run.out + run.err);
        for (qsizetype i = 0; i < all.size(); ++i) {
            const bool apply = FolderSecurity::parse(all.at(i)).trusted();
            const bool batch = results.at(i) == QLatin1String("1");
            if (i < same.size())
                QVERIFY2(batch == apply, qPrintable(QStringLiteral("%1: install.cmd %2, apply %3")
                                                        .arg(all.at(i), results.at(i),
                                                             apply ? QStringLiteral("1") : QStringLiteral("0"))));
            else
                QVERIFY2(!batch && apply, qPrintable(all.at(i)));
        }
        for (int i = 1; i <= 4; ++i)
            QVERIFY2(!QFileInfo::exists(folder + QStringLiteral("/pwned%1").arg(i)), run.out + run.err);
        QVERIFY2(results.count(QStringLiteral("1")) >= 8, qPrintable(results.join(QLatin1Char(' '))));
    }

    // install.cmd leaves the host as `berth apply` leaves another fresh host with the same answers;
    // a second run changes nothing; uninstall.cmd removes it.
    void installScriptDoesWhatApplyDoes()
    {
        WineHost applied;
        if (!applied.unavailableReason().isEmpty())
            QSKIP(qPrintable(applied.unavailableReason()));
        const Answers answers = applied.answers();
        const WinePrefix::Result apply =
            applied.berth({QStringLiteral("apply"), QStringLiteral("--answers"), applied.answersFile(answers)});
        QVERIFY2(apply.exitCode == 0, qPrintable(text(apply)));

        WineHost target;
        QString listing;
        const QString problem = unpack(target, answers, QStringLiteral("plain"), &listing);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QStringList entries = listing.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(entries,
                 (QStringList{QStringLiteral("dockerd.exe"), QStringLiteral("docker.exe"), QStringLiteral("nssm.exe"),
                              QStringLiteral("runDockerDaemon.cmd"), QStringLiteral("install.cmd"),
                              QStringLiteral("uninstall.cmd"), QStringLiteral("README.txt"),
                              QStringLiteral("answers.json"), QStringLiteral("SHA256SUMS")}));

        const WinePrefix::Result first = runScript(target, QStringLiteral("install.cmd"));
        QVERIFY2(first.exitCode == 0, qPrintable(text(first)));
        // apply's steps, each numbered: the check, the comparison, the Windows features, stop, the folders' take-over,
        // five files, NSSM, firewall, start.
        for (int step = 1; step <= 13; ++step)
            QVERIFY2(text(first).contains(QStringLiteral("[%1/13]").arg(step)), qPrintable(text(first)));
        QVERIFY2(text(first).contains(QLatin1String("answers on its named pipe")), qPrintable(text(first)));
        QVERIFY2(text(first).trimmed().endsWith(QLatin1String("BERTH-RESULT: changed")), qPrintable(text(first)));
        QCOMPARE(target.serviceState(), QStringLiteral("RUNNING"));
        const QString installed = target.snapshot();
        // Compared without case: NSSM records its own path as the loader found it (C:\windows\system32 when
        // cmd.exe looked it up), and Windows paths do not differ by case.
        QVERIFY2(installed.toLower() == applied.snapshot().toLower(),
                 WineHost::difference(applied.snapshot(), installed).constData());

        const WinePrefix::Result second = runScript(target, QStringLiteral("install.cmd"));
        QVERIFY2(second.exitCode == 0, qPrintable(text(second)));
        QVERIFY2(text(second).contains(QLatin1String("the files are as the bundle has them")) &&
                     text(second).contains(QLatin1String("registered already")),
                 qPrintable(text(second)));
        // Nothing changed, and the line a deployment tool reads says so.
        QVERIFY2(text(second).trimmed().endsWith(QLatin1String("BERTH-RESULT: unchanged")), qPrintable(text(second)));
        QVERIFY2(target.snapshot() == installed, WineHost::difference(installed, target.snapshot()).constData());
        QCOMPARE(target.serviceState(), QStringLiteral("RUNNING"));

        const WinePrefix::Result removed = runScript(target, QStringLiteral("uninstall.cmd"));
        QVERIFY2(removed.exitCode == 0, qPrintable(text(removed)));
        QVERIFY(target.regQuery(QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\Docker"))
                    .startsWith(QLatin1String("(no key")));
        QVERIFY(!QFile::exists(target.hostPath(QStringLiteral("C:\\Windows\\System32\\dockerd.exe"))));
        QVERIFY(QFile::exists(target.hostPath(QStringLiteral("C:\\ProgramData\\docker\\daemon.log"))));
    }

    // A changed byte stops the script at its first step, before it changes anything.
    void damagedBundleChangesNothing()
    {
        WineHost target;
        if (!target.unavailableReason().isEmpty())
            QSKIP(qPrintable(target.unavailableReason()));
        QString listing;
        const QString problem = unpack(target, target.answers(), QStringLiteral("damaged"), &listing);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QFile docker(target.driveC() + QStringLiteral("/berth-bundle/docker.exe"));
        QVERIFY(docker.open(QIODevice::ReadWrite));
        docker.seek(100);
        docker.write("X");
        docker.close();
        const QString before = target.snapshot();
        const WinePrefix::Result result = runScript(target, QStringLiteral("install.cmd"));
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(text(result).contains(QLatin1String("\"docker.exe\" has SHA-256")) &&
                     text(result).contains(QLatin1String("the bundle was changed or damaged")) &&
                     !text(result).contains(QLatin1String("[2/")),
                 qPrintable(text(result)));
        QCOMPARE(target.snapshot(), before);
    }

    // A host without the Containers feature: install.cmd enables it, installs everything but the start and exits 3010
    // with BERTH-RESULT: restart. With --no-restart (as the fleet tools run it) it says to run it again after a
    // restart, and that run starts Docker and ends with the daemon's answer. Without, it copies the bundle where only
    // administrators write, registers the task that runs that copy once at the next start, and restarts Windows; at
    // that start (the stand-in's Start-ScheduledTask playing Task Scheduler) the task's run ends with the daemon's
    // answer and removes the task. The old install.cmd started a daemon that cannot start there, and failed.
    void installScriptEnablesTheContainersFeatureAndFinishesAfterTheRestart()
    {
        WineHost host(20348);
        if (!host.unavailableReason().isEmpty())
            QSKIP(qPrintable(host.unavailableReason()));
        QVERIFY(host.removeContainersFeature());
        QString listing;
        QString problem = unpack(host, host.answers(), QStringLiteral("features"), &listing);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const WinePrefix::Result first =
            runScript(host, QStringLiteral("install.cmd"), {QStringLiteral("--no-restart")});
        QVERIFY2(first.exitCode == (3010 & 0xFF), qPrintable(text(first))); // a Linux exit status keeps 8 bits
        QVERIFY2(text(first).contains(QLatin1String("BERTH-RESULT: restart")) &&
                     text(first).contains(QLatin1String("Restart Windows, then run install.cmd again")) &&
                     !text(first).contains(QLatin1String("BERTH-DAEMON")),
                 qPrintable(text(first)));
        QVERIFY(host.regQuery(QStringLiteral("HKLM\\SOFTWARE\\BerthStandin\\PendingFeatures"))
                    .contains(QLatin1String("Containers    REG_SZ    vmcompute")));
        QVERIFY(host.restart());
        const WinePrefix::Result second =
            runScript(host, QStringLiteral("install.cmd"), {QStringLiteral("--no-restart")});
        QVERIFY2(second.exitCode == 0 && text(second).contains(QLatin1String("BERTH-DAEMON: ")),
                 qPrintable(text(second)));

        WineHost alone(20348);
        QVERIFY(alone.removeContainersFeature());
        problem = unpack(alone, alone.answers(), QStringLiteral("features-alone"), &listing);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const WinePrefix::Result own = runScript(alone, QStringLiteral("install.cmd"));
        QVERIFY2(own.exitCode == (3010 & 0xFF) && text(own).contains(QLatin1String("Windows restarts in 60 seconds")),
                 qPrintable(text(own)));
        QVERIFY(QFile::exists(alone.hostPath(QStringLiteral("C:\\Program Files\\Berth\\bundle\\install.cmd"))));
        QVERIFY(QFile::exists(alone.hostPath(QStringLiteral("C:\\Program Files\\Berth\\bundle\\dockerd.exe"))));
        QVERIFY(alone.regQuery(QStringLiteral("HKLM\\SOFTWARE\\BerthStandin")).contains(QLatin1String("/r /t 60")));
        const QString taskFile =
            alone.hostPath(QStringLiteral("C:\\Windows\\System32\\Tasks\\Berth finishes after restart"));
        QVERIFY(QFile::exists(taskFile));
        QVERIFY(alone.restart());
        const WinePrefix::Result started =
            alone.run(QStringLiteral("C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe"),
                      {QStringLiteral("-Command"),
                       QStringLiteral("Start-ScheduledTask -TaskName 'Berth finishes after restart'")});
        QVERIFY2(started.exitCode == 0, qPrintable(text(started)));
        const QString log = alone.hostPath(QStringLiteral("C:\\Program Files\\Berth\\after-restart.log"));
        QTRY_VERIFY_WITH_TIMEOUT(LocalFileBytes(log).contains("BERTH-RESULT: ") || !QFile::exists(taskFile), 180000);
        QTRY_VERIFY2_WITH_TIMEOUT(
            LocalFileBytes(log).contains("BERTH-RESULT: "),
            qPrintable(QString::fromLocal8Bit(LocalFileBytes(log)) +
                       QString::fromUtf16(reinterpret_cast<const char16_t *>(LocalFileBytes(taskFile).constData()),
                                          LocalFileBytes(taskFile).size() / 2)),
            60000);
        QVERIFY2(LocalFileBytes(log).contains("BERTH-DAEMON: "), LocalFileBytes(log).constData());
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(taskFile), 60000); // its run's last act
    }

    // certutil cannot hash an empty file (0x800703ee) and says so on standard output: install.cmd takes no such
    // line for a digest but asks PowerShell; when neither gives one (a folder in a file's place), it stops and
    // shows what certutil said.
    void fileCertutilCannotHashIsAskedOfPowerShell()
    {
        WineHost target;
        if (!target.unavailableReason().isEmpty())
            QSKIP(qPrintable(target.unavailableReason()));
        QString listing;
        const QString problem = unpack(target, target.answers(), QStringLiteral("empty"), &listing);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString folder = target.driveC() + QStringLiteral("/berth-bundle");
        QFile empty(folder + QStringLiteral("/empty.txt"));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QFile sums(folder + QStringLiteral("/SHA256SUMS"));
        QVERIFY(sums.open(QIODevice::Append));
        sums.write("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  empty.txt\n");
        sums.close();
        const WinePrefix::Result result = runScript(target, QStringLiteral("install.cmd"));
        QVERIFY2(result.exitCode == 0 && !text(result).contains(QLatin1String("has SHA-256")),
                 qPrintable(text(result)));

        QVERIFY(QFile::remove(empty.fileName()));
        QVERIFY(QDir().mkdir(empty.fileName()));
        const QString before = target.snapshot();
        const WinePrefix::Result unreadable = runScript(target, QStringLiteral("install.cmd"));
        QCOMPARE(unreadable.exitCode, 1);
        QVERIFY2(text(unreadable).contains(QLatin1String("Cannot compute the SHA-256 of \"empty.txt\"")) &&
                     text(unreadable).contains(QLatin1String("CertUtil: -hashfile command FAILED")) &&
                     !text(unreadable).contains(QLatin1String("[2/")),
                 qPrintable(text(unreadable)));
        QCOMPARE(target.snapshot(), before);
    }

    // Remote access: the server's certificates are in the bundle and the daemon takes them; the
    // client's key is only in the client zip. The service's script runs under Wine as on Windows.
    void remoteAccessBundleKeepsTheClientKeyOut()
    {
        WineHost target;
        if (!target.unavailableReason().isEmpty())
            QSKIP(qPrintable(target.unavailableReason()));
        Answers answers = withTls(target);
        answers.firewall.enabled = true;
        QString listing;
        const QString problem = unpack(target, answers, QStringLiteral("tls"), &listing);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(listing.contains(QLatin1String("certs/server-key.pem")));
        for (const char *clientOnly : {"key.pem\n", "cert.pem\n", "ca-key.pem"})
            QVERIFY2(!listing.split(QLatin1Char('\n')).contains(QString::fromLatin1(clientOnly).trimmed()), clientOnly);
        const QByteArray clientKey = LocalFileBytes(m_work.filePath(QStringLiteral("tls-client/key.pem")));
        QVERIFY(!clientKey.isEmpty());
        QDirIterator files(target.driveC() + QStringLiteral("/berth-bundle"), QDir::Files,
                           QDirIterator::Subdirectories);
        while (files.hasNext())
            QVERIFY2(LocalFileBytes(files.next()) != clientKey, qPrintable(files.filePath()));
        const QString clientZip =
            runTool(QStringLiteral("unzip"), {QStringLiteral("-Z1"), m_work.filePath(QStringLiteral("tls-client.zip"))})
                .out;
        QCOMPARE(clientZip.split(QLatin1Char('\n'), Qt::SkipEmptyParts),
                 (QStringList{QStringLiteral("ca.pem"), QStringLiteral("cert.pem"), QStringLiteral("key.pem")}));

        // A tag.txt of the admin's stays as it is, as apply keeps it: only its being there matters to the script.
        QDir().mkpath(target.hostPath(QStringLiteral("C:\\ProgramData\\docker")));
        QFile tag(target.hostPath(QStringLiteral("C:\\ProgramData\\docker\\tag.txt")));
        QVERIFY(tag.open(QIODevice::WriteOnly));
        tag.write("set by hand\r\n");
        tag.close();
        const WinePrefix::Result result = runScript(target, QStringLiteral("install.cmd"));
        QVERIFY2(result.exitCode == 0, qPrintable(text(result)));
        QCOMPARE(LocalFileBytes(tag.fileName()), QByteArray("set by hand\r\n"));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(target.hostPath(QStringLiteral("C:\\berth-standin\\dockerd-argv.txt"))),
                                 30000);
        const QString argv =
            QString::fromUtf8(LocalFileBytes(target.hostPath(QStringLiteral("C:\\berth-standin\\dockerd-argv.txt"))));
        QVERIFY2(argv.contains(QLatin1String("--tlsverify")) && argv.contains(QLatin1String("-H\n0.0.0.0:2376\n")) &&
                     argv.contains(QLatin1String("server-key.pem")),
                 qPrintable(argv));

        // The rule deleted by hand: no file differs, the script puts the rule back and says the host changed.
        const WinePrefix::Result deleted =
            target.run(QStringLiteral("netsh.exe"),
                       {QStringLiteral("advfirewall"), QStringLiteral("firewall"), QStringLiteral("delete"),
                        QStringLiteral("rule"), QStringLiteral("name=Docker daemon")});
        QVERIFY2(deleted.exitCode == 0, qPrintable(text(deleted)));
        const WinePrefix::Result back = runScript(target, QStringLiteral("install.cmd"));
        QVERIFY2(back.exitCode == 0 && text(back).contains(QLatin1String("the files are as the bundle has them")) &&
                     text(back).trimmed().endsWith(QLatin1String("BERTH-RESULT: changed")),
                 qPrintable(text(back)));
        const WinePrefix::Result again = runScript(target, QStringLiteral("install.cmd"));
        QVERIFY2(text(again).trimmed().endsWith(QLatin1String("BERTH-RESULT: unchanged")), qPrintable(text(again)));
    }

    // An administrator's install.cmd on a fresh host (issue 24, items 1 and 11). Each folder it makes is owned by
    // Administrators and locked to SYSTEM and Administrators (by SID) before anything goes in, the key's folder
    // before the key. It works in a locked folder of its own, never a fixed name in %TEMP%: a folder planted there
    // where the old script wrote its state made every hash of the host the same, and a first install said
    // "unchanged". A second bundle, with another key, keeps the key it replaces in that run's folder.
    void installScriptLocksTheFoldersItMakes()
    {
        WineHost target;
        if (!target.unavailableReason().isEmpty())
            QSKIP(qPrintable(target.unavailableReason()));
        Answers answers = withTls(target);
        QString listing;
        QString problem = unpack(target, answers, QStringLiteral("locked"), &listing);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const WinePrefix::Result temp =
            target.run(QStringLiteral("cmd.exe"), {QStringLiteral("/c"), QStringLiteral("echo %TEMP%")});
        const QString tempFolder = target.hostPath(QString::fromLocal8Bit(temp.out).trimmed());
        QVERIFY2(QFileInfo(tempFolder).isDir(), qPrintable(tempFolder));
        for (const char *planted : {"berth-install-state.txt", "berth-install-hash.txt"})
            QVERIFY(QDir(tempFolder).mkpath(QLatin1String(planted)));

        const WinePrefix::Result first = runScript(target, QStringLiteral("install.cmd"));
        QVERIFY2(first.exitCode == 0, qPrintable(text(first)));
        QVERIFY2(text(first).trimmed().endsWith(QLatin1String("BERTH-RESULT: changed")), qPrintable(text(first)));
        QVERIFY2(!text(first).contains(QLatin1String("What it replaced is kept")), qPrintable(text(first)));
        QCOMPARE(QDir(tempFolder).entryList({QStringLiteral("berth-*")}, QDir::AllEntries | QDir::Hidden),
                 (QStringList{QStringLiteral("berth-install-hash.txt"), QStringLiteral("berth-install-state.txt")}));
        QVERIFY(QDir(tempFolder + QStringLiteral("/berth-install-state.txt")).isEmpty());
        // Nothing was kept: the run's folder and the backups' folder it made are gone again.
        QVERIFY(!QFileInfo::exists(target.hostPath(QStringLiteral("C:\\ProgramData\\docker\\berth-backup"))));

        // The icacls stand-in's record, in the order install.cmd ran it.
        const QList<QByteArray> acls =
            LocalFileBytes(target.hostPath(QStringLiteral("C:\\berth-standin\\icacls.txt"))).split('\n');
        const QByteArray owned = "|owner|*S-1-5-32-544";
        const QByteArray locked = "|protected|*S-1-5-18:(OI)(CI)F,*S-1-5-32-544:(OI)(CI)F";
        const QByteArray docker = "C:\\ProgramData\\docker";
        const QByteArray certs = "C:\\ProgramData\\docker\\certs.d";
        const QByteArray backups = "C:\\ProgramData\\docker\\berth-backup";
        QCOMPARE(acls.value(0), docker + owned);
        QCOMPARE(acls.value(1), docker + locked);
        QCOMPARE(acls.value(2), backups + owned);
        QCOMPARE(acls.value(3), backups + locked);
        QVERIFY2(acls.value(4).startsWith(backups + "\\bundle-") && acls.value(4).endsWith(owned), acls.value(4));
        QVERIFY2(acls.value(5).startsWith(backups + "\\bundle-") && acls.value(5).endsWith(locked), acls.value(5));
        const qsizetype certsLocked = acls.indexOf(certs + locked);
        QVERIFY(certsLocked > 5 && acls.at(certsLocked - 1) == certs + owned);
        const qsizetype keyLocked = acls.indexOf(certs + "\\server-key.pem|protected|*S-1-5-18:F,*S-1-5-32-544:F");
        QVERIFY(keyLocked > certsLocked);
        const QByteArray firstKey =
            LocalFileBytes(target.hostPath(QStringLiteral("C:\\ProgramData\\docker\\certs.d\\server-key.pem")));
        QVERIFY(firstKey.contains("PRIVATE KEY"));

        // A bundle with another key: the key it replaces is kept in that run's folder, under its own path.
        problem = unpack(target, answers, QStringLiteral("renewed"), &listing);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const WinePrefix::Result second = runScript(target, QStringLiteral("install.cmd"));
        QVERIFY2(second.exitCode == 0, qPrintable(text(second)));
        static const QRegularExpression keptIn(
            QStringLiteral("What it replaced is kept in \"(C:\\\\ProgramData\\\\docker"
                           "\\\\berth-backup\\\\bundle-\\d+)\"\\."));
        const QRegularExpressionMatch kept = keptIn.match(text(second));
        QVERIFY2(kept.hasMatch(), qPrintable(text(second)));
        QCOMPARE(LocalFileBytes(target.hostPath(kept.captured(1) +
                                                QStringLiteral("\\C\\ProgramData\\docker\\certs.d\\server-key.pem"))),
                 firstKey);
        QVERIFY(LocalFileBytes(target.hostPath(QStringLiteral("C:\\ProgramData\\docker\\certs.d\\server-key.pem"))) !=
                firstKey);
    }

    // install.cmd into a C:\ProgramData\docker that was there before it, as apply does (tst_applywine): made by hand,
    // it inherits ProgramData's "Users may add files and folders", and is taken over (owner Administrators, SYSTEM
    // and Administrators only) before anything goes in; the second run changes nothing. Made by a local user with a
    // daemon.json of theirs: taken over too, and install.cmd names what the user put there, places nothing and exits
    // 1, and again on the next run (HKLM\SOFTWARE\Berth, Unchecked, as apply keeps it); once those are gone, it
    // installs.
    void installScriptTakesOverAFolderMadeBeforeIt()
    {
        const QString user = QStringLiteral("S-1-5-21-1004336348-1177238915-682003330-1001");
        const QString lockedRecord =
            QStringLiteral("C:\\ProgramData\\docker|protected|*S-1-5-18:(OI)(CI)F,*S-1-5-32-544:(OI)(CI)F\n");
        const auto records = [](const WineHost &host) {
            return QString::fromUtf8(LocalFileBytes(host.hostPath(QStringLiteral("C:\\berth-standin\\icacls.txt"))));
        };
        {
            WineHost target;
            if (!target.unavailableReason().isEmpty())
                QSKIP(qPrintable(target.unavailableReason()));
            QVERIFY(QDir().mkpath(target.hostPath(QStringLiteral("C:\\ProgramData\\docker"))));
            QString listing;
            const QString problem = unpack(target, target.answers(), QStringLiteral("handmade"), &listing);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            const WinePrefix::Result first = runScript(target, QStringLiteral("install.cmd"));
            QVERIFY2(first.exitCode == 0 &&
                         text(first).contains(QLatin1String("take over \"C:\\ProgramData\\docker\": S-1-5-32-545 may "
                                                            "write in it")),
                     qPrintable(text(first)));
            QVERIFY2(records(target).contains(QLatin1String("C:\\ProgramData\\docker|owner|*S-1-5-32-544\n")) &&
                         records(target).contains(lockedRecord),
                     qPrintable(records(target)));
            QVERIFY2(!target.regQuery(QStringLiteral("HKLM\\SOFTWARE\\Berth")).contains(QLatin1String("Unchecked")),
                     qPrintable(target.regQuery(QStringLiteral("HKLM\\SOFTWARE\\Berth"))));
            const WinePrefix::Result again = runScript(target, QStringLiteral("install.cmd"));
            QVERIFY2(again.exitCode == 0 && text(again).trimmed().endsWith(QLatin1String("BERTH-RESULT: unchanged")) &&
                         !text(again).contains(QLatin1String("take over")),
                     qPrintable(text(again)));
        }
        WineHost target;
        const QString config = target.hostPath(QStringLiteral("C:\\ProgramData\\docker\\config"));
        QVERIFY(QDir().mkpath(config));
        const QByteArray planted = "{\"hosts\": [\"tcp://0.0.0.0:2375\"]}\n";
        QFile daemonJson(config + QStringLiteral("/daemon.json"));
        QVERIFY(daemonJson.open(QIODevice::WriteOnly));
        daemonJson.write(planted);
        daemonJson.close();
        for (const QString &path :
             {QStringLiteral("C:\\ProgramData\\docker"), QStringLiteral("C:\\ProgramData\\docker\\config"),
              QStringLiteral("C:\\ProgramData\\docker\\config\\daemon.json")}) {
            const WinePrefix::Result owned = target.run(QStringLiteral("C:\\Windows\\System32\\icacls.exe"),
                                                        {path, QStringLiteral("/setowner"), QLatin1Char('*') + user});
            QVERIFY2(owned.exitCode == 0, owned.out + owned.err);
        }
        QString listing;
        const QString problem = unpack(target, target.answers(), QStringLiteral("planted"), &listing);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        for (int run = 0; run < 2; ++run) {
            const WinePrefix::Result refused = runScript(target, QStringLiteral("install.cmd"));
            QCOMPARE(refused.exitCode, 1);
            const QString said = text(refused);
            QVERIFY2(!said.contains(QLatin1String("Can't recognize")), qPrintable(said));
            QVERIFY2(said.contains(QStringLiteral("owned by %1:").arg(user)) &&
                         said.contains(QLatin1String("\"C:\\ProgramData\\docker\\config\"")) &&
                         said.contains(QLatin1String("\"C:\\ProgramData\\docker\\config\\daemon.json\"")) &&
                         said.contains(QLatin1String("\"C:\\ProgramData\\docker\" holds what someone other than an "
                                                     "administrator put there: 2 in all")),
                     qPrintable(said));
            // The first run took the folder over; the second looked into it again all the same.
            QVERIFY2(said.contains(run == 0
                                       ? QStringLiteral("take over \"C:\\ProgramData\\docker\": owned by %1").arg(user)
                                       : QStringLiteral("look into \"C:\\ProgramData\\docker\": taken over, "
                                                        "what is in it not looked at yet")),
                     qPrintable(said));
            QVERIFY(!QFile::exists(target.hostPath(QStringLiteral("C:\\ProgramData\\docker\\runDockerDaemon.cmd"))));
            QCOMPARE(LocalFileBytes(config + QStringLiteral("/daemon.json")), planted);
            QVERIFY2(records(target).contains(QStringLiteral("C:\\ProgramData\\docker|owner|*S-1-5-32-544\n") +
                                              lockedRecord),
                     qPrintable(records(target)));
            QVERIFY2(target.regQuery(QStringLiteral("HKLM\\SOFTWARE\\Berth"))
                         .contains(QLatin1String("C:\\ProgramData\\docker")),
                     qPrintable(target.regQuery(QStringLiteral("HKLM\\SOFTWARE\\Berth"))));
        }
        // The admin looked, and removed what the user had put there: the next run installs, and the record goes.
        QVERIFY(QDir(config).removeRecursively());
        const WinePrefix::Result installed = runScript(target, QStringLiteral("install.cmd"));
        QVERIFY2(installed.exitCode == 0, qPrintable(text(installed)));
        QVERIFY(QFile::exists(target.hostPath(QStringLiteral("C:\\ProgramData\\docker\\runDockerDaemon.cmd"))));
        QVERIFY2(!target.regQuery(QStringLiteral("HKLM\\SOFTWARE\\Berth")).contains(QLatin1String("Unchecked")),
                 qPrintable(target.regQuery(QStringLiteral("HKLM\\SOFTWARE\\Berth"))));
    }

    // Values cmd.exe would take for commands, in every place install.cmd and uninstall.cmd carry them:
    // nothing runs that the values hold (each would make a folder pwned<N> where the script runs), and
    // every value arrives whole.
    void hostileValuesRunNothing()
    {
        WineHost target;
        if (!target.unavailableReason().isEmpty())
            QSKIP(qPrintable(target.unavailableReason()));
        Answers answers = target.answers();
        answers.binaries.installDir = QStringLiteral("C:\\Docker (x) & mkdir pwned1 & rem ^c");
        answers.service.displayName = QStringLiteral("a (x) & mkdir pwned2 & b ^c 50%");
        answers.service.description = QStringLiteral("50% & mkdir pwned3 ^& (y)");
        QString listing;
        const QString problem = unpack(target, answers, QStringLiteral("hostile"), &listing);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        auto pwned = [&] {
            QStringList found;
            QDirIterator it(target.driveC(), {QStringLiteral("pwned*")}, QDir::Dirs, QDirIterator::Subdirectories);
            while (it.hasNext())
                found << it.next();
            return found;
        };
        const WinePrefix::Result installed = runScript(target, QStringLiteral("install.cmd"));
        QVERIFY2(installed.exitCode == 0, qPrintable(text(installed)));
        QCOMPARE(pwned(), QStringList());
        QVERIFY(QFile::exists(target.hostPath(QStringLiteral("C:\\Docker (x) & mkdir pwned1 & rem ^c\\dockerd.exe"))));
        const QString service = target.regExport(QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\Docker"));
        QVERIFY2(service.contains(QLatin1String("\"DisplayName\"=\"a (x) & mkdir pwned2 & b ^c 50%\"")),
                 qPrintable(service));
        QVERIFY2(service.contains(QLatin1String("\"Description\"=\"50% & mkdir pwned3 ^& (y)\"")), qPrintable(service));
        QCOMPARE(target.serviceState(), QStringLiteral("RUNNING"));
        QVERIFY(runScript(target, QStringLiteral("install.cmd")).exitCode == 0);
        const WinePrefix::Result removed = runScript(target, QStringLiteral("uninstall.cmd"));
        QVERIFY2(removed.exitCode == 0, qPrintable(text(removed)));
        QVERIFY(!QFile::exists(target.hostPath(QStringLiteral("C:\\Docker (x) & mkdir pwned1 & rem ^c\\dockerd.exe"))));
        QCOMPARE(pwned(), QStringList());
    }

    // A scheduled task's action holds the log paths: install.cmd compares the task's arguments with the ones it
    // wants, values cmd.exe would take as syntax included, and a second run finds them equal.
    void hostileLogPathsInATaskRunNothing()
    {
        WineHost target(14393, QStringLiteral("Nano Server"));
        if (!target.unavailableReason().isEmpty())
            QSKIP(qPrintable(target.unavailableReason()));
        Answers answers = target.answers();
        answers.host.edition = Edition::Nano;
        answers.service.manager = ServiceManager::ScheduledTask;
        answers.service.stdoutPath = QStringLiteral("C:\\ProgramData\\docker\\out (x) & mkdir pwned4 & !y! ^z.log");
        answers.service.stderrPath = QStringLiteral("C:\\ProgramData\\docker\\err ^& mkdir pwned5 !TEMP!.log");
        QString listing;
        const QString problem = unpack(target, answers, QStringLiteral("hostile-task"), &listing);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const WinePrefix::Result first = runScript(target, QStringLiteral("install.cmd"));
        QVERIFY2(first.exitCode == 0 && text(first).trimmed().endsWith(QLatin1String("BERTH-RESULT: changed")),
                 qPrintable(text(first)));
        const WinePrefix::Result second = runScript(target, QStringLiteral("install.cmd"));
        QVERIFY2(second.exitCode == 0 && text(second).contains(QLatin1String("registered already")),
                 qPrintable(text(second)));
        QVERIFY2(text(second).trimmed().endsWith(QLatin1String("BERTH-RESULT: unchanged")), qPrintable(text(second)));
        QVERIFY(QFile::exists(target.hostPath(answers.service.stdoutPath)));
        QDirIterator it(target.driveC(), {QStringLiteral("pwned*")}, QDir::Dirs, QDirIterator::Subdirectories);
        QVERIFY2(!it.hasNext(), qPrintable(it.hasNext() ? it.next() : QString()));
    }

    // A zip of the dockerd stand-in with some bytes after it: another dockerd.exe, as a newer release is.
    QString newerDockerZip(const WineHost &host)
    {
        const QString unpacked = m_work.filePath(QStringLiteral("newer"));
        QDir().mkpath(unpacked + QStringLiteral("/docker"));
        // The engine the host runs (WineHost's docker.zip: 20.10 below build 17763), changed.
        QString error;
        const QHash<QString, QByteArray> binaries = LocalArchive::dockerBinaries(host.zip("docker.zip"), &error);
        if (binaries.value(QStringLiteral("dockerd.exe")).isEmpty())
            qFatal("the host's docker.zip holds no dockerd.exe: %s", qPrintable(error));
        // Each changed, the CLI still the CLI: install.cmd asks the daemon through it.
        for (const QString name : {QStringLiteral("dockerd.exe"), QStringLiteral("docker.exe")}) {
            QFile file(unpacked + QStringLiteral("/docker/") + name);
            file.open(QIODevice::WriteOnly);
            file.write(binaries.value(name) + "berth: a newer release");
        }
        const QString zip = m_work.filePath(QStringLiteral("docker-newer.zip"));
        QFile::remove(zip);
        runTool(QStringLiteral("zip"), {QStringLiteral("-q"), QStringLiteral("-r"), zip, QStringLiteral("docker")},
                unpacked);
        return zip;
    }

    // Nano Server: the procedure's scheduled task, registered and run through PowerShell (the stand-in
    // plays Windows PowerShell 5.1). A second run changes nothing; a newer bundle replaces dockerd.exe while
    // the task runs, which a running program's file refuses on Windows unless the task and its daemon are
    // stopped first; uninstall.cmd ends the task and removes the binaries.
    void nanoBundleRunsTheScheduledTask()
    {
        WineHost target(14393, QStringLiteral("Nano Server"));
        if (!target.unavailableReason().isEmpty())
            QSKIP(qPrintable(target.unavailableReason()));
        Answers answers = target.answers();
        answers.host.edition = Edition::Nano;
        answers.service.manager = ServiceManager::ScheduledTask;
        QString listing;
        QString problem = unpack(target, answers, QStringLiteral("nano"), &listing);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(listing.contains(QLatin1String("register-task.ps1")));
        QVERIFY(!listing.contains(QLatin1String("nssm.exe")));
        const WinePrefix::Result first = runScript(target, QStringLiteral("install.cmd"));
        QVERIFY2(first.exitCode == 0 && text(first).contains(QLatin1String("Docker is installed.")),
                 qPrintable(text(first)));
        auto taskState = [&] {
            return QString::fromLocal8Bit(
                       target
                           .run(QStringLiteral("C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe"),
                                {QStringLiteral("-Command"),
                                 QStringLiteral("(Get-ScheduledTask -TaskName Docker).State")})
                           .out)
                .trimmed();
        };
        QCOMPARE(taskState(), QStringLiteral("Running"));
        QFile log(target.hostPath(QStringLiteral("C:\\ProgramData\\docker\\daemon.log")));
        QTRY_VERIFY_WITH_TIMEOUT(log.size() > 0, 10000);

        const WinePrefix::Result second = runScript(target, QStringLiteral("install.cmd"));
        QVERIFY2(second.exitCode == 0 && text(second).contains(QLatin1String("registered already")),
                 qPrintable(text(second)));
        QVERIFY2(text(second).trimmed().endsWith(QLatin1String("BERTH-RESULT: unchanged")), qPrintable(text(second)));
        QCOMPARE(taskState(), QStringLiteral("Running"));

        // A task registered by hand as the manual procedure does it (Task Scheduler's 72-hour limit, after which the
        // daemon would be orphaned), or one whose action writes elsewhere, is registered again as apply would.
        const QString taskFile = target.hostPath(QStringLiteral("C:\\Windows\\System32\\Tasks\\Docker"));
        const QString registration = ServiceCommands::registration(answers).first().arguments.last();
        const QString wanted = ScheduledTaskStep::wantedArguments(answers);
        for (const QString &byHand :
             {QString(registration).replace(QStringLiteral(" -ExecutionTimeLimit 0"), QString()),
              QString(registration).replace(QStringLiteral("daemon.log"), QStringLiteral("other.log"))}) {
            QVERIFY(byHand != registration);
            const WinePrefix::Result made =
                target.run(QStringLiteral("C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe"),
                           {QStringLiteral("-Command"),
                            QStringLiteral("Unregister-ScheduledTask -TaskName Docker -Confirm:$false\n") + byHand});
            QVERIFY2(made.exitCode == 0, made.err.constData());
            const QByteArray handMade = LocalFileBytes(taskFile);
            QVERIFY(!ServiceRegistration::taskRunsWithoutLimit(handMade) ||
                    ServiceRegistration::taskArguments(handMade) != wanted);
            const WinePrefix::Result again = runScript(target, QStringLiteral("install.cmd"));
            QVERIFY2(again.exitCode == 0 && text(again).contains(QLatin1String("it is registered again")),
                     qPrintable(text(again)));
            QVERIFY2(text(again).trimmed().endsWith(QLatin1String("BERTH-RESULT: changed")), qPrintable(text(again)));
            const QByteArray registered = LocalFileBytes(taskFile);
            QVERIFY(ServiceRegistration::taskRunsWithoutLimit(registered));
            QCOMPARE(ServiceRegistration::taskArguments(registered), wanted);
            QCOMPARE(taskState(), QStringLiteral("Running"));
        }

        answers.binaries.localPath = newerDockerZip(target);
        problem = unpack(target, answers, QStringLiteral("nano-newer"), &listing);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const WinePrefix::Result newer = runScript(target, QStringLiteral("install.cmd"));
        QVERIFY2(newer.exitCode == 0 && text(newer).contains(QLatin1String("Docker is installed.")),
                 qPrintable(text(newer)));
        QVERIFY(LocalFileBytes(target.hostPath(QStringLiteral("C:\\Windows\\System32\\dockerd.exe")))
                    .endsWith("berth: a newer release"));
        QCOMPARE(taskState(), QStringLiteral("Running"));

        const WinePrefix::Result removed = runScript(target, QStringLiteral("uninstall.cmd"));
        QVERIFY2(removed.exitCode == 0, qPrintable(text(removed)));
        QCOMPARE(taskState(), QString());
        QVERIFY(!QFile::exists(target.hostPath(QStringLiteral("C:\\Windows\\System32\\dockerd.exe"))));
    }

    // Done is when the daemon answers on its named pipe, in install.cmd as in apply: a daemon that exits at once
    // (NSSM pauses it; the task ends), one that refuses build 14393 (dockerd 23+, in a bundle made without knowing
    // the build), and one that runs but never answers each end install.cmd with exit 1, the daemon's last words and
    // no BERTH-RESULT line. install.cmd used to take NSSM's or sc.exe's RUNNING as done and say "changed".
    void installScriptFailsWhenTheDaemonDoesNotAnswer_data()
    {
        QTest::addColumn<int>("manager");
        QTest::addColumn<int>("build");
        QTest::addColumn<QString>("release");
        QTest::addColumn<QString>("why");
        QTest::newRow("nssm, exits at once") << int(ServiceManager::Nssm) << 17763 << "fails-to-start"
                                             << "is PAUSED";
        QTest::newRow("nssm, refuses build 14393") << int(ServiceManager::Nssm) << 14393 << ""
                                                   << "this version of Windows does not support the docker daemon";
        QTest::newRow("native, never answers") << int(ServiceManager::Native) << 17763 << "no-api"
                                               << "did not answer on its named pipe within 15 seconds";
        QTest::newRow("task, exits at once") << int(ServiceManager::ScheduledTask) << 17763 << "fails-to-start"
                                             << "failed to start daemon";
    }
    void installScriptFailsWhenTheDaemonDoesNotAnswer()
    {
        QFETCH(int, manager);
        QFETCH(int, build);
        QFETCH(QString, release);
        QFETCH(QString, why);
        WineHost target(build);
        if (!target.unavailableReason().isEmpty())
            QSKIP(qPrintable(target.unavailableReason()));
        const QString folder = release.isEmpty() ? QString() : QStringLiteral("releases/%1/").arg(release);
        const QString zip =
            m_work.filePath(QStringLiteral("silent-%1.zip").arg(QString::fromLatin1(QTest::currentDataTag())));
        QVERIFY(WineHost::writeZip(zip, {{QStringLiteral("docker/dockerd.exe"),
                                          WineHost::standin(qPrintable(folder + QStringLiteral("dockerd.exe")))},
                                         {QStringLiteral("docker/docker.exe"),
                                          WineHost::standin(qPrintable(folder + QStringLiteral("docker.exe")))}}));
        Answers answers = target.answers();
        answers.host.build = 0; // made for any host
        answers.binaries.localPath = zip;
        answers.service.manager = ServiceManager(manager);
        answers.service.timeout = 15;
        QString listing;
        const QString problem = unpack(target, answers, QStringLiteral("silent"), &listing);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const WinePrefix::Result run = runScript(target, QStringLiteral("install.cmd"));
        QVERIFY2(run.exitCode == 1 && text(run).contains(QLatin1String("Docker does not run")) &&
                     text(run).contains(why) && !text(run).contains(QLatin1String("BERTH-RESULT")),
                 qPrintable(text(run)));
    }

    // A bundle that changes only NSSM's settings (the log file) restarts the daemon, as apply does: the daemon
    // writes to the new log. install.cmd used to set the values and leave the daemon running with the old ones.
    void nssmSettingsAloneRestartTheDaemon()
    {
        WineHost target;
        if (!target.unavailableReason().isEmpty())
            QSKIP(qPrintable(target.unavailableReason()));
        Answers answers = target.answers();
        QString listing;
        QString problem = unpack(target, answers, QStringLiteral("logs"), &listing);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const WinePrefix::Result first = runScript(target, QStringLiteral("install.cmd"));
        QVERIFY2(first.exitCode == 0, qPrintable(text(first)));
        answers.service.stdoutPath = answers.service.stderrPath = QStringLiteral("C:\\ProgramData\\docker\\moved.log");
        problem = unpack(target, answers, QStringLiteral("logs-moved"), &listing);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const WinePrefix::Result moved = runScript(target, QStringLiteral("install.cmd"));
        QVERIFY2(moved.exitCode == 0 && text(moved).contains(QLatin1String("the files are as the bundle has them")) &&
                     text(moved).trimmed().endsWith(QLatin1String("BERTH-RESULT: changed")),
                 qPrintable(text(moved)));
        QTRY_VERIFY_WITH_TIMEOUT(
            QFileInfo(target.hostPath(QStringLiteral("C:\\ProgramData\\docker\\moved.log"))).size() > 0, 10000);
        QCOMPARE(target.serviceState(), QStringLiteral("RUNNING"));
    }

    // A host's bundle from berth fleet installs as any bundle does, with the fleet's certificate; a second run
    // says "unchanged", which is what Ansible's changed_when and Deploy-Fleet.ps1 read.
    void fleetBundleInstalls()
    {
        WineHost target;
        if (!target.unavailableReason().isEmpty())
            QSKIP(qPrintable(target.unavailableReason()));
        Answers base = target.answers();
        base.tls.keyType = KeyType::EcdsaP256;
        const QString csv = m_work.filePath(QStringLiteral("fleet.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,addresses,edition\r\ndocker-01.example.com,127.0.0.1,server\r\n"
                   "docker-02.example.com,10.0.0.2,server\r\n");
        file.close();
        const QString out = m_work.filePath(QStringLiteral("fleet"));
        const WinePrefix::Result made =
            target.berth({QStringLiteral("fleet"), QStringLiteral("--answers"), target.answersFile(base),
                          QStringLiteral("--hosts"), csv, QStringLiteral("--out"), out});
        QVERIFY2(made.exitCode == 0, qPrintable(text(made)));
        const QString folder = target.driveC() + QStringLiteral("/berth-bundle");
        const Tool unzip = runTool(QStringLiteral("unzip"), {QStringLiteral("-q"), QStringLiteral("-o"),
                                                             out + QStringLiteral("/hosts/docker-01.example.com.zip"),
                                                             QStringLiteral("-d"), folder});
        QVERIFY2(unzip.exitCode == 0, qPrintable(unzip.out));
        const WinePrefix::Result first = runScript(target, QStringLiteral("install.cmd"));
        QVERIFY2(first.exitCode == 0 && text(first).trimmed().endsWith(QLatin1String("BERTH-RESULT: changed")),
                 qPrintable(text(first)));
        QCOMPARE(target.serviceState(), QStringLiteral("RUNNING"));
        QCOMPARE(LocalFileBytes(target.hostPath(QStringLiteral("C:\\ProgramData\\docker\\certs.d\\ca.pem"))),
                 LocalFileBytes(out + QStringLiteral("-ca/ca.pem")));
        QVERIFY(target
                    .regQuery(QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\SharedAccess\\Parameters\\"
                                             "FirewallPolicy\\FirewallRules"))
                    .contains(QLatin1String("LPort=2376")));
        const WinePrefix::Result second = runScript(target, QStringLiteral("install.cmd"));
        QVERIFY2(second.exitCode == 0 && text(second).trimmed().endsWith(QLatin1String("BERTH-RESULT: unchanged")),
                 qPrintable(text(second)));
    }

    // The native service on a second run of a bundle with other flags is registered again, as `berth
    // apply` would (the service's command line is compared), instead of keeping the old flags.
    void nativeBundleRegistersNewFlagsAgain()
    {
        WineHost target;
        if (!target.unavailableReason().isEmpty())
            QSKIP(qPrintable(target.unavailableReason()));
        Answers answers = target.answers();
        answers.service.manager = ServiceManager::Native;
        answers.service.displayName = QStringLiteral("Docker Engine");
        answers.runtime.pipeGroup = QStringLiteral("docker users");
        QString listing;
        QVERIFY(unpack(target, answers, QStringLiteral("native"), &listing).isEmpty());
        const WinePrefix::Result first = runScript(target, QStringLiteral("install.cmd"));
        QVERIFY2(first.exitCode == 0, qPrintable(text(first)));
        const QString key = QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\Docker");
        QVERIFY2(target.regQuery(key).contains(QLatin1String("-G \"docker users\"\r\n")),
                 qPrintable(target.regQuery(key)));

        const WinePrefix::Result again = runScript(target, QStringLiteral("install.cmd"));
        QVERIFY2(again.exitCode == 0 && !text(again).contains(QLatin1String("registered again")),
                 qPrintable(text(again)));
        QVERIFY2(text(again).trimmed().endsWith(QLatin1String("BERTH-RESULT: unchanged")), qPrintable(text(again)));

        answers.runtime.debug = true;
        QVERIFY(unpack(target, answers, QStringLiteral("native-debug"), &listing).isEmpty());
        const WinePrefix::Result changed = runScript(target, QStringLiteral("install.cmd"));
        QVERIFY2(changed.exitCode == 0 && text(changed).contains(QLatin1String("registered again")),
                 qPrintable(text(changed)));
        QVERIFY2(text(changed).trimmed().endsWith(QLatin1String("BERTH-RESULT: changed")), qPrintable(text(changed)));
        QVERIFY2(target.regQuery(key).contains(QLatin1String("-G \"docker users\" -D")),
                 qPrintable(target.regQuery(key)));
        QCOMPARE(target.serviceState(), QStringLiteral("RUNNING"));

        // uninstall.cmd unregisters through dockerd, which takes the service's event log source along (sc.exe delete
        // would leave it, and the next registration fail on it): the bundle installs again.
        const QString source =
            QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\EventLog\\Application\\Docker");
        QVERIFY(target.regQuery(source).contains(QLatin1String("EventMessageFile")));
        const WinePrefix::Result removed = runScript(target, QStringLiteral("uninstall.cmd"));
        QVERIFY2(removed.exitCode == 0, qPrintable(text(removed)));
        QVERIFY2(target.regQuery(source).startsWith(QLatin1String("(no key")), qPrintable(target.regQuery(source)));
        const WinePrefix::Result reinstalled = runScript(target, QStringLiteral("install.cmd"));
        QVERIFY2(reinstalled.exitCode == 0, qPrintable(text(reinstalled)));
        QCOMPARE(target.serviceState(), QStringLiteral("RUNNING"));
    }
};

QTEST_MAIN(TestBundleWine)
#include "tst_bundlewine.moc"
