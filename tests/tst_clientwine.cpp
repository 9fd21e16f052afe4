#include "TestFiles.h"
#include "TlsDaemon.h"
#include "WineHost.h"
#include "client/KeptCopyStep.h"

#include "apply/ApplyRun.h"
#include "apply/EnvironmentStep.h"
#include "fetch/LocalArchive.h"
#include "tls/CertificateMaker.h"
#include "tls/ClientSetup.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// berth client on a Wine machine: what it changes (the registry read back with reg export, the files
// and their permissions), that Debian's dockerd answers through what it set up, that a second run changes
// nothing, and that --remove leaves the user's environment and files exactly as they were.
class TestClientWine : public QObject
{
    Q_OBJECT

private:
    static QString userKey() { return EnvironmentStep::userKey(); }
    static QString profile(const WineHost &host)
    {
        const WinePrefix::Result echo =
            host.run(QStringLiteral("C:\\Windows\\System32\\cmd.exe"),
                     {QStringLiteral("/d"), QStringLiteral("/c"), QStringLiteral("echo %USERPROFILE%")});
        return QString::fromLocal8Bit(echo.out).trimmed();
    }
    static QString dockerExe() { return QStringLiteral("C:\\Program Files\\Docker\\docker.exe"); }
    // A value of HKCU\Environment as reg query prints it, or empty.
    static QString variable(const WineHost &host, const QString &key, const QString &name)
    {
        const WinePrefix::Result query =
            host.run(QStringLiteral("reg.exe"), {QStringLiteral("query"), key, QStringLiteral("/v"), name});
        for (const QString &line : QString::fromLocal8Bit(query.out).split(QLatin1Char('\n'))) {
            const QStringList parts = line.trimmed().split(QStringLiteral("    "));
            if (parts.size() >= 3 && parts.at(0).compare(name, Qt::CaseInsensitive) == 0)
                return parts.mid(2).join(QStringLiteral("    "));
        }
        return {};
    }
    // Mode 0600: what Wine makes of an access list that names only the user (tests/win/README.md).
    static bool ownerOnly(const QString &path)
    {
        const QFile::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                          QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        const QFile::Permissions mode = QFileInfo(path).permissions();
        return QFileInfo::exists(path) && !(mode & others) && (mode & QFileDevice::ReadOwner);
    }
    // berth on the Wine machine as a user there runs it: the tests' DOCKER_CONFIG is a folder of the Linux
    // side (for the Linux docker CLI), which Windows' docker CLI would take for its own.
    static WinePrefix::Result berth(const WineHost &host, QStringList arguments)
    {
        QProcessEnvironment env = host.berthEnvironment();
        env.remove(QStringLiteral("DOCKER_CONFIG"));
        arguments << QStringLiteral("--root") << host.driveC();
        return WinePrefix::runProcess(QStringLiteral(BERTH_EXECUTABLE), arguments, env, 300000);
    }
    // What the docker CLI's context store says of a context (cli/context/store): its endpoint and its TLS files.
    static QString contextFolder(const WineHost &host, const QString &config, const QString &kind, const QString &name)
    {
        return host.hostPath(
            config + QStringLiteral("\\contexts\\") + kind + QLatin1Char('\\') +
            QString::fromLatin1(QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex()));
    }
    static QString contextHost(const WineHost &host, const QString &config, const QString &name)
    {
        const QJsonObject meta =
            QJsonDocument::fromJson(TestFiles::read(contextFolder(host, config, QStringLiteral("meta"), name) +
                                                    QStringLiteral("/meta.json")))
                .object();
        return meta.value(QStringLiteral("Endpoints"))
            .toObject()
            .value(QStringLiteral("docker"))
            .toObject()
            .value(QStringLiteral("Host"))
            .toString();
    }
    static QByteArray contextFile(const WineHost &host, const QString &config, const QString &name, const char *file)
    {
        return TestFiles::read(contextFolder(host, config, QStringLiteral("tls"), name) + QStringLiteral("/docker/") +
                               QLatin1String(file));
    }
    static bool reg(const WineHost &host, const QStringList &arguments)
    {
        return host.run(QStringLiteral("reg.exe"), arguments).exitCode == 0;
    }

    QTemporaryDir m_certs;
    QTemporaryDir m_otherCerts;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(CertificateMaker::makeAll(m_certs.path(), {QStringLiteral("127.0.0.1")}, CertificateMaker::EcdsaP256,
                                           30, &error),
                 qPrintable(error));
        QVERIFY2(CertificateMaker::makeAll(m_otherCerts.path(), {QStringLiteral("127.0.0.1")},
                                           CertificateMaker::EcdsaP256, 30, &error),
                 qPrintable(error));
    }

    void init()
    {
        if (!QFile::exists(WineHost::standin("dockerd.exe")))
            QSKIP("the Windows stand-ins were not built: install gcc-mingw-w64-x86-64");
    }

    // Set up against a running daemon, again (nothing changes), removed (all as it was), removed again.
    void setsUpReachesTheDaemonAndRemovesToWhatWasThere()
    {
        WineHost host;
        if (!host.unavailableReason().isEmpty())
            QSKIP(qPrintable(host.unavailableReason()));
        TlsDaemon daemon;
        const QString why = TlsDaemon::start(daemon, m_certs.path());
        if (!why.isEmpty())
            QSKIP(qPrintable(why));
        const QString endpoint = QStringLiteral("tcp://127.0.0.1:%1").arg(daemon.port);
        const QString home = profile(host);
        QVERIFY2(home.startsWith(QLatin1String("C:\\")), qPrintable(home));
        const QString certFolder = home + QStringLiteral("\\.docker");

        // What the user had: a Path of their own, a DOCKER_HOST of another host, a ca.pem of another CA.
        QVERIFY(reg(host, {QStringLiteral("add"), userKey(), QStringLiteral("/v"), QStringLiteral("Path"),
                           QStringLiteral("/t"), QStringLiteral("REG_EXPAND_SZ"), QStringLiteral("/d"),
                           QStringLiteral("%USERPROFILE%\\bin;C:\\Tools;"), QStringLiteral("/f")}));
        QVERIFY(reg(host, {QStringLiteral("add"), userKey(), QStringLiteral("/v"), QStringLiteral("DOCKER_HOST"),
                           QStringLiteral("/d"), QStringLiteral("tcp://old-host:2376"), QStringLiteral("/f")}));
        const QByteArray oldCa = TestFiles::read(m_otherCerts.filePath(QStringLiteral("ca.pem")));
        QVERIFY(TestFiles::write(host.hostPath(certFolder) + QStringLiteral("/ca.pem"), oldCa));
        // And a docker context of the name Berth gives it, pointing at the old host with the other CA's files,
        // made by the docker CLI (the stand-in, which keeps the store as docker/cli does).
        const QString context = QStringLiteral("berth-127.0.0.1");
        const auto windowsPath = [](const QString &path) {
            return QStringLiteral("Z:") + QString(path).replace(QLatin1Char('/'), QLatin1Char('\\'));
        };
        const WinePrefix::Result oldContext =
            host.run(WineHost::standin("docker.exe"),
                     {QStringLiteral("context"), QStringLiteral("create"), context, QStringLiteral("--docker"),
                      QStringLiteral("host=tcp://old-host:2376,ca=%1,cert=%2,key=%3")
                          .arg(windowsPath(m_otherCerts.filePath(QStringLiteral("ca.pem"))),
                               windowsPath(m_otherCerts.filePath(QStringLiteral("cert.pem"))),
                               windowsPath(m_otherCerts.filePath(QStringLiteral("key.pem"))))},
                     {{QStringLiteral("DOCKER_CONFIG"), QString()}}); // empty: the default, as for docker
        QVERIFY2(oldContext.exitCode == 0, oldContext.err);
        QCOMPARE(contextHost(host, certFolder, context), QStringLiteral("tcp://old-host:2376"));
        const QString userBefore = host.regExport(userKey());
        const QString machineBefore = host.regExport(EnvironmentStep::machineKey());
        QVERIFY(userBefore.contains(QLatin1String("tcp://old-host:2376")));

        const QString answers = host.answersFile(host.answers());
        const QStringList setUp{
            QStringLiteral("client"), QStringLiteral("--host"),    endpoint, QStringLiteral("--cert-dir"),
            m_certs.path(),           QStringLiteral("--answers"), answers};
        const WinePrefix::Result first = berth(host, setUp);
        QVERIFY2(first.exitCode == 0, first.out + first.err);
        QVERIFY2(first.out.contains("Check: Docker ") && first.out.contains(endpoint.toUtf8()), first.out + first.err);

        // The variables, for this user only.
        QCOMPARE(variable(host, userKey(), QStringLiteral("DOCKER_HOST")), endpoint);
        QCOMPARE(variable(host, userKey(), QStringLiteral("DOCKER_TLS_VERIFY")), QStringLiteral("1"));
        QCOMPARE(variable(host, userKey(), QStringLiteral("DOCKER_CERT_PATH")), certFolder);
        QCOMPARE(variable(host, userKey(), QStringLiteral("Path")),
                 QStringLiteral("%USERPROFILE%\\bin;C:\\Tools;;C:\\Program Files\\Docker"));
        QCOMPARE(host.regExport(EnvironmentStep::machineKey()), machineBefore);
        // The files: docker.exe from the zip, the client's three, the key the owner's alone; the old ca.pem
        // kept in the backup, owner-only too.
        QString error;
        const QByteArray cli =
            LocalArchive::dockerBinaries(host.answers().binaries.localPath, &error).value(QStringLiteral("docker.exe"));
        QVERIFY(!cli.isEmpty());
        QCOMPARE(TestFiles::read(host.hostPath(dockerExe())), cli);
        for (const char *name : {"ca.pem", "cert.pem", "key.pem"})
            QCOMPARE(TestFiles::read(host.hostPath(certFolder + QLatin1Char('\\') + QLatin1String(name))),
                     TestFiles::read(m_certs.filePath(QLatin1String(name))));
        QVERIFY(ownerOnly(host.hostPath(certFolder + QStringLiteral("\\key.pem"))));
        QVERIFY2(first.out.contains("What was replaced is kept in"), first.out);
        const QString backups = host.hostPath(certFolder + QStringLiteral("\\berth-backup"));
        const QStringList made = QDir(backups).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(made.size(), 1);
        const QString copy = backups + QLatin1Char('/') + made.first() + QStringLiteral("/C") +
                             QString(certFolder).mid(2).replace(QLatin1Char('\\'), QLatin1Char('/')) +
                             QStringLiteral("/ca.pem");
        QCOMPARE(TestFiles::read(copy), oldCa);
        QVERIFY(ownerOnly(copy));

        // The context points at the host with the client's files.
        QCOMPARE(contextHost(host, certFolder, context), endpoint);
        QCOMPARE(contextFile(host, certFolder, context, "ca.pem"),
                 TestFiles::read(m_certs.filePath(QStringLiteral("ca.pem"))));
        QCOMPARE(contextFile(host, certFolder, context, "key.pem"),
                 TestFiles::read(m_certs.filePath(QStringLiteral("key.pem"))));

        // Again: nothing changes, and the daemon is asked again.
        const QString userAfter = host.regExport(userKey());
        const WinePrefix::Result second = berth(host, setUp);
        QVERIFY2(second.exitCode == 0, second.out + second.err);
        QVERIFY2(second.out.contains("Nothing changes") && second.out.contains("Check: Docker "), second.out);
        QCOMPARE(host.regExport(userKey()), userAfter);

        // Removed: the user's environment exactly as it was, the old ca.pem back, the rest gone.
        const WinePrefix::Result removed = berth(host, {QStringLiteral("client"), QStringLiteral("--remove")});
        QVERIFY2(removed.exitCode == 0, removed.out + removed.err);
        QCOMPARE(host.regExport(userKey()), userBefore);
        QCOMPARE(host.regExport(EnvironmentStep::machineKey()), machineBefore);
        QVERIFY(!QFile::exists(host.hostPath(dockerExe())));
        QCOMPARE(TestFiles::read(host.hostPath(certFolder + QStringLiteral("\\ca.pem"))), oldCa);
        for (const char *name : {"cert.pem", "key.pem", "berth-client.json"})
            QVERIFY2(!QFile::exists(host.hostPath(certFolder + QLatin1Char('\\') + QLatin1String(name))), name);
        QCOMPARE(contextHost(host, certFolder, context), QStringLiteral("tcp://old-host:2376"));
        QCOMPARE(contextFile(host, certFolder, context, "ca.pem"),
                 TestFiles::read(m_otherCerts.filePath(QStringLiteral("ca.pem"))));
        QCOMPARE(contextFile(host, certFolder, context, "cert.pem"),
                 TestFiles::read(m_otherCerts.filePath(QStringLiteral("cert.pem"))));
        const WinePrefix::Result again = berth(host, {QStringLiteral("client"), QStringLiteral("--remove")});
        QVERIFY2(again.exitCode == 0 && again.out.contains("nothing to remove"), again.out + again.err);
    }

    // --all-users (and the client's zip): the Docker folder on the machine's Path, the user's untouched;
    // removal gives it back.
    void allUsersPutsTheFolderOnTheMachinePath()
    {
        WineHost host;
        if (!host.unavailableReason().isEmpty())
            QSKIP(qPrintable(host.unavailableReason()));
        const QString machineBefore = host.regExport(EnvironmentStep::machineKey());
        const QString pathBefore = variable(host, EnvironmentStep::machineKey(), QStringLiteral("PATH"));
        QVERIFY(!pathBefore.isEmpty());
        // The client's zip as certs --client-zip makes it, instead of a folder.
        QTemporaryDir zips;
        const QString zip = zips.filePath(QStringLiteral("client.zip"));
        QString error;
        QVERIFY2(ClientSetup::zip(m_certs.path(), zip, &error), qPrintable(error));
        // Answers that would download nssm.exe for a host: a client never places it, so it is not fetched (here
        // from a name that does not resolve, as nssm.cc often does not).
        Answers answers = host.answers();
        answers.nssm.source = Source::Download;
        answers.nssm.url = QStringLiteral("https://nssm.invalid/release/nssm-2.24.zip");
        const WinePrefix::Result set =
            berth(host, {QStringLiteral("client"), QStringLiteral("--host"), QStringLiteral("docker-host.example"),
                         QStringLiteral("--certs-zip"), zip, QStringLiteral("--answers"), host.answersFile(answers),
                         QStringLiteral("--all-users")});
        QVERIFY2(set.exitCode == 0, set.out + set.err);
        QVERIFY2(!set.out.contains("nssm") && !set.err.contains("nssm"), set.out + set.err);
        // No daemon there: the set-up stands and says so.
        QVERIFY2(set.err.contains("Check: the daemon does not answer at tcp://docker-host.example:2376"), set.err);
        QCOMPARE(variable(host, EnvironmentStep::machineKey(), QStringLiteral("PATH")),
                 pathBefore + QStringLiteral(";C:\\Program Files\\Docker"));
        QVERIFY(variable(host, userKey(), QStringLiteral("Path")).isEmpty());
        QCOMPARE(TestFiles::read(host.hostPath(profile(host) + QStringLiteral("\\.docker\\key.pem"))),
                 TestFiles::read(m_certs.filePath(QStringLiteral("key.pem"))));
        QCOMPARE(variable(host, userKey(), QStringLiteral("DOCKER_HOST")),
                 QStringLiteral("tcp://docker-host.example:2376"));
        // The user made Berth's context the current one (docker context use), and runs the removal from a window
        // that has the DOCKER_HOST the set-up gave: the context goes, and config.json names it no more.
        const QString configFile =
            host.hostPath(profile(host) + QStringLiteral("\\.docker")) + QStringLiteral("/config.json");
        const WinePrefix::Result use =
            host.run(WineHost::standin("docker.exe"),
                     {QStringLiteral("context"), QStringLiteral("use"), QStringLiteral("berth-docker-host.example")},
                     {{QStringLiteral("DOCKER_CONFIG"), QString()}});
        QVERIFY2(use.exitCode == 0, use.err);
        QVERIFY(TestFiles::read(configFile).contains("\"currentContext\":\"berth-docker-host.example\""));
        QProcessEnvironment window = host.berthEnvironment();
        window.remove(QStringLiteral("DOCKER_CONFIG"));
        window.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("tcp://docker-host.example:2376"));
        const WinePrefix::Result removed = WinePrefix::runProcess(
            QStringLiteral(BERTH_EXECUTABLE),
            {QStringLiteral("client"), QStringLiteral("--remove"), QStringLiteral("--root"), host.driveC()}, window,
            300000);
        QVERIFY2(removed.exitCode == 0, removed.out + removed.err);
        QVERIFY2(!TestFiles::read(configFile).contains("currentContext"), TestFiles::read(configFile).constData());
        QCOMPARE(host.regExport(EnvironmentStep::machineKey()), machineBefore);
        QVERIFY(variable(host, userKey(), QStringLiteral("DOCKER_HOST")).isEmpty());
    }

    // Windows puts the machine's Path before the user's: a docker.exe in System32 (as the manual procedure places it
    // on a host) is the one `docker` runs, and the set-up says so instead of letting the user find out.
    void anotherDockerExeFirstOnThePathIsSaid()
    {
        WineHost host;
        if (!host.unavailableReason().isEmpty())
            QSKIP(qPrintable(host.unavailableReason()));
        const QString system = host.hostPath(QStringLiteral("C:\\Windows\\System32")) + QStringLiteral("/docker.exe");
        QVERIFY(QFile::copy(WineHost::standin("docker.exe"), system));
        const WinePrefix::Result set =
            berth(host, {QStringLiteral("client"), QStringLiteral("--host"), QStringLiteral("docker-host.example"),
                         QStringLiteral("--cert-dir"), m_certs.path(), QStringLiteral("--answers"),
                         host.answersFile(host.answers())});
        QVERIFY2(set.exitCode == 0, set.out + set.err);
        QVERIFY2(set.err.contains("\\docker.exe is on the machine's Path, which Windows puts before this user's") &&
                     set.err.toLower().contains("c:\\windows\\system32\\docker.exe"),
                 set.out + set.err);
        const WinePrefix::Result removed = berth(host, {QStringLiteral("client"), QStringLiteral("--remove")});
        QVERIFY2(removed.exitCode == 0, removed.out + removed.err);
        QVERIFY(QFile::exists(system));
    }

    // The docker.exe a set-up replaced in Program Files goes back only as the set-up kept it: the copy lies in the
    // user's profile, where any program of theirs may rewrite it, so the elevated --remove checks it against the
    // SHA-256 the set-up recorded where only administrators write (HKLM) and refuses a rewritten one; the kept bytes
    // go back, and the recorded digest goes with them.
    void aRewrittenCopyNeverGoesIntoProgramFiles()
    {
        WineHost host;
        if (!host.unavailableReason().isEmpty())
            QSKIP(qPrintable(host.unavailableReason()));
        const QByteArray old("the docker.exe that was there\r\n");
        QVERIFY(QDir().mkpath(host.hostPath(QStringLiteral("C:\\Program Files\\Docker"))));
        QVERIFY(TestFiles::write(host.hostPath(dockerExe()), old));
        const WinePrefix::Result set =
            berth(host, {QStringLiteral("client"), QStringLiteral("--host"), QStringLiteral("docker-host.example"),
                         QStringLiteral("--cert-dir"), m_certs.path(), QStringLiteral("--answers"),
                         host.answersFile(host.answers())});
        QVERIFY2(set.exitCode == 0, set.out + set.err);
        const QByteArray placed = TestFiles::read(host.hostPath(dockerExe()));
        QVERIFY(placed != old);
        const QString backups = host.hostPath(profile(host) + QStringLiteral("\\.docker\\berth-backup"));
        const QStringList made = QDir(backups).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(made.size(), 1);
        const QString copy =
            backups + QLatin1Char('/') + made.first() + QStringLiteral("/C/Program Files/Docker/docker.exe");
        QCOMPARE(TestFiles::read(copy), old);
        const QString digest = QString::fromLatin1(QCryptographicHash::hash(old, QCryptographicHash::Sha256).toHex());
        const auto recorded = [&] {
            return QString::fromLocal8Bit(
                host.run(QStringLiteral("reg.exe"), {QStringLiteral("query"), KeptCopyStep::key()}).out);
        };
        QVERIFY2(recorded().contains(digest), qPrintable(recorded()));

        QVERIFY(TestFiles::write(copy, "a program of the user's own\r\n"));
        const WinePrefix::Result refused = berth(host, {QStringLiteral("client"), QStringLiteral("--remove")});
        QVERIFY2(refused.exitCode != 0 && refused.err.contains("is not what the set-up kept") &&
                     refused.err.contains(digest.toUtf8()),
                 refused.out + refused.err);
        QCOMPARE(TestFiles::read(host.hostPath(dockerExe())), placed);

        QVERIFY(TestFiles::write(copy, old));
        const WinePrefix::Result removed = berth(host, {QStringLiteral("client"), QStringLiteral("--remove")});
        QVERIFY2(removed.exitCode == 0, removed.out + removed.err);
        QCOMPARE(TestFiles::read(host.hostPath(dockerExe())), old);
        QVERIFY2(!recorded().contains(digest), qPrintable(recorded()));
    }

    // Nothing that reaches reg.exe, a file name or a URL gets there unchecked; a refusal changes nothing.
    void refusesHostileInputAndChangesNothing()
    {
        WineHost host;
        if (!host.unavailableReason().isEmpty())
            QSKIP(qPrintable(host.unavailableReason()));
        const QString userBefore = host.regExport(userKey());
        const QString home = host.hostPath(profile(host));
        for (const QString &bad :
             {QStringLiteral("tcp://a b:2376"), QStringLiteral("tcp://host:2376;calc"), QStringLiteral("host\"&calc"),
              QStringLiteral("tcp://[::1"), QStringLiteral("tcp://h:99999"), QStringLiteral("%PATH%"),
              QStringLiteral("host\r\n/f"), QStringLiteral("::1"), QStringLiteral("unix:///var/run/docker.sock"),
              QStringLiteral("tcp://host:2376/../x"), QStringLiteral("-h"), QString()}) {
            const WinePrefix::Result refused =
                berth(host, {QStringLiteral("client"), QStringLiteral("--host"), bad, QStringLiteral("--cert-dir"),
                             m_certs.path(), QStringLiteral("--answers"), host.answersFile(host.answers())});
            QVERIFY2(refused.exitCode == 2, qPrintable(bad + QString::fromUtf8(refused.out + refused.err)));
            QVERIFY2(refused.err.contains("--host"), refused.err);
        }
        // Client files that are not a pair from one CA.
        QTemporaryDir mixed;
        QFile::copy(m_certs.filePath(QStringLiteral("ca.pem")), mixed.filePath(QStringLiteral("ca.pem")));
        QFile::copy(m_otherCerts.filePath(QStringLiteral("cert.pem")), mixed.filePath(QStringLiteral("cert.pem")));
        QFile::copy(m_certs.filePath(QStringLiteral("key.pem")), mixed.filePath(QStringLiteral("key.pem")));
        const WinePrefix::Result mismatch =
            berth(host, {QStringLiteral("client"), QStringLiteral("--host"), QStringLiteral("h"),
                         QStringLiteral("--cert-dir"), mixed.path(), QStringLiteral("--answers"),
                         host.answersFile(host.answers())});
        QCOMPARE(mismatch.exitCode, 2);
        QVERIFY2(mismatch.err.contains("--cert-dir: ") && mismatch.err.contains("not a pair"), mismatch.err);
        QCOMPARE(host.regExport(userKey()), userBefore);
        QVERIFY(!QFileInfo::exists(home + QStringLiteral("/.docker")));

        // A record that names a file Berth never places steers no removal.
        const QString cmd = host.hostPath(QStringLiteral("C:\\Windows\\System32\\cmd.exe"));
        QVERIFY(TestFiles::write(home + QStringLiteral("/.docker/berth-client.json"),
                                 "{\"record\": \"Berth client set-up\", \"host\": \"tcp://h:2376\", "
                                 "\"files\": [{\"path\": \"C:\\\\Windows\\\\System32\\\\cmd.exe\"}]}"));
        const WinePrefix::Result steered = berth(host, {QStringLiteral("client"), QStringLiteral("--remove")});
        QCOMPARE(steered.exitCode, 1);
        QVERIFY2(steered.err.contains("names a file Berth does not place"), steered.err);
        QVERIFY(QFile::exists(cmd));
    }

    // A failure after the variables were set puts each back as it was: set, changed or removed.
    void aFailedRunPutsTheVariablesBack()
    {
        WineHost host;
        if (!host.unavailableReason().isEmpty())
            QSKIP(qPrintable(host.unavailableReason()));
        host.useInThisProcess();
        QVERIFY(reg(host, {QStringLiteral("add"), userKey(), QStringLiteral("/v"), QStringLiteral("BERTH_A"),
                           QStringLiteral("/d"), QStringLiteral("was \"quoted\" & 100%"), QStringLiteral("/f")}));
        QVERIFY(reg(host, {QStringLiteral("add"), userKey(), QStringLiteral("/v"), QStringLiteral("BERTH_B"),
                           QStringLiteral("/t"), QStringLiteral("REG_EXPAND_SZ"), QStringLiteral("/d"),
                           QStringLiteral("%SystemRoot%\\x\\"), QStringLiteral("/f")}));
        const QString before = host.regExport(userKey());
        const WindowsHost windows(host.driveC(), {QStringLiteral("wine")});
        std::vector<std::unique_ptr<Step>> steps;
        steps.push_back(std::make_unique<EnvironmentStep>(
            userKey(), QStringLiteral("berth_a"), EnvironmentStep::text(QStringLiteral("new & \"odd\" ^ %x%"))));
        steps.push_back(
            std::make_unique<EnvironmentStep>(userKey(), QStringLiteral("BERTH_B"), EnvironmentStep::absent()));
        steps.push_back(std::make_unique<EnvironmentStep>(userKey(), QStringLiteral("BERTH_C"),
                                                          EnvironmentStep::withFolder(QStringLiteral("C:\\Tools\\"))));
        ApplyContext context(windows, Answers());
        ApplyRun run(context, std::move(steps), nullptr, ApplyRun::Alone);
        run.setInjectedFailure(2);
        QCOMPARE(run.run(false), ApplyRun::RolledBack);
        QVERIFY2(context.undoFailures.isEmpty(), qPrintable(context.undoFailures.join(QLatin1Char('\n'))));
        QCOMPARE(host.regExport(userKey()), before);
    }
};

QTEST_GUILESS_MAIN(TestClientWine)
#include "tst_clientwine.moc"
