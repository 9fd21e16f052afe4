#include "WineHost.h"

#include "cli/CommandLine.h"

#include "tls/CertificateMaker.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>

#include <quazip.h>
#include <quazipfile.h>

namespace {

// A test helper that cannot do its part stops the test there, rather than let it fail later for a reason
// that is not the one it reports.
void settledOrFatal(bool done, const QByteArray &what)
{
    if (!done)
        qFatal("WineHost could not %s", what.constData());
}

QString sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("absent");
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

bool WineHost::writeZip(const QString &zipPath, const QList<QPair<QString, QString>> &entries)
{
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto &[name, source] : entries) {
        QFile in(source);
        QuaZipFile out(&zip);
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            return false;
        out.write(in.readAll());
        out.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

// index.html in dir, linking docker-VERSION.zip for each (version, stand-in release folder) as
// download.docker.com does, with the parent link and a file that is not a release around them.
bool WineHost::publishReleases(const QString &dir, const QList<QPair<QString, QString>> &releases)
{
    QDir().mkpath(dir);
    QByteArray html = "<html><head><title>Index of /win/static/stable/x86_64/</title></head><body>\n"
                      "<h1>Index of /win/static/stable/x86_64/</h1><hr><pre><a href=\"../\">../</a>\n"
                      "<a href=\"docker-rootless-extras-28.3.0.zip\">docker-rootless-extras-28.3.0.zip</a>\n";
    for (const auto &[version, release] : releases) {
        const QString zip = QStringLiteral("docker-%1.zip").arg(version);
        const QString exe = standin(qPrintable(QStringLiteral("releases/%1/dockerd.exe").arg(release)));
        // A release's docker.exe is its CLI, which apply and upgrade run to ask the daemon.
        const QString cli = standin(qPrintable(QStringLiteral("releases/%1/docker.exe").arg(release)));
        if (!writeZip(dir + QLatin1Char('/') + zip,
                      {{QStringLiteral("docker/dockerd.exe"), exe}, {QStringLiteral("docker/docker.exe"), cli}}))
            return false;
        html += "<a href=\"" + zip.toUtf8() + "\">" + zip.toUtf8() + "</a>  19-Jun-2025 10:20  49152\n";
    }
    html += "</pre><hr></body></html>\n";
    QFile index(dir + QStringLiteral("/index.html"));
    return index.open(QIODevice::WriteOnly) && index.write(html) == html.size();
}

QString WineHost::standin(const char *name)
{
    return QStringLiteral(BERTH_STANDIN_DIR "/") + QLatin1String(name);
}

WineHost::WineHost(int build, const QString &installationType)
{
    if (!unavailableReason().isEmpty())
        return;
    const QString key = QStringLiteral("HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion");
    for (const auto &[name, value] :
         QList<QPair<QString, QString>>{{QStringLiteral("CurrentBuild"), QString::number(build)},
                                        {QStringLiteral("CurrentBuildNumber"), QString::number(build)},
                                        {QStringLiteral("InstallationType"), installationType},
                                        {QStringLiteral("EditionID"), QStringLiteral("ServerStandard")}}) {
        // What Wine said goes into the message: this is where the flake in tests/win/README.md was seen.
        const Result added = run(QStringLiteral("reg.exe"), {QStringLiteral("add"), key, QStringLiteral("/v"), name,
                                                             QStringLiteral("/d"), value, QStringLiteral("/f")});
        settledOrFatal(added.exitCode == 0, "reg.exe add " + name.toUtf8() + " (exit code " +
                                                QByteArray::number(added.exitCode) + "): " + added.out + added.err);
    }
    // Wine gives services %ProgramData% = C:\users\Public, where Windows gives them C:\ProgramData
    // as it gives everyone else. The seed's script finds its files through %ProgramData%, so the
    // service's view is pointed at the real folder.
    QFile::link(QStringLiteral("../../ProgramData/docker"), driveC() + QStringLiteral("/users/Public/docker"));
    // Windows' own programs where Wine's are stubs or speak English only (tests/win/README.md).
    const QString system32 = hostPath(QStringLiteral("C:\\Windows\\System32"));
    for (const char *program : {"sc.exe", "netsh.exe", "netstat.exe", "icacls.exe", "dism.exe", "shutdown.exe"}) {
        QFile::remove(system32 + QLatin1Char('/') + QLatin1String(program));
        settledOrFatal(QFile::copy(standin(program), system32 + QLatin1Char('/') + QLatin1String(program)),
                       QByteArray("copy the stand-in ") + program);
    }
    const QString powershell = hostPath(QStringLiteral("C:\\Windows\\System32\\WindowsPowerShell\\v1.0"));
    QDir().mkpath(powershell);
    QFile::remove(powershell + QStringLiteral("/powershell.exe"));
    settledOrFatal(QFile::copy(standin("powershell.exe"), powershell + QStringLiteral("/powershell.exe")),
                   "copy the stand-in powershell.exe");
    // The engine the host runs: below build 17763 (Server 2016, Nano Server) the 20.10 line, as dockerd 23.0
    // and later refuse to start there (the stand-in too).
    const QString dockerd = build < 17763 ? standin("releases/20.10.24/dockerd.exe") : standin("dockerd.exe");
    settledOrFatal(writeZip(m_files.filePath(QStringLiteral("docker.zip")),
                            {{QStringLiteral("docker/dockerd.exe"), dockerd},
                             {QStringLiteral("docker/docker.exe"), standin("docker.exe")}}),
                   "write docker.zip");
    settledOrFatal(writeZip(m_files.filePath(QStringLiteral("nssm-2.24.zip")),
                            {{QStringLiteral("nssm-2.24/win64/nssm.exe"), standin("nssm.exe")},
                             {QStringLiteral("nssm-2.24/win32/nssm.exe"), standin("nssm.exe")}}),
                   "write nssm-2.24.zip");
}

Answers WineHost::answers() const
{
    Answers a;
    a.binaries.source = Source::Local;
    a.binaries.localPath = m_files.filePath(QStringLiteral("docker.zip"));
    a.nssm.source = Source::Local;
    a.nssm.localPath = m_files.filePath(QStringLiteral("nssm-2.24.zip"));
    return a;
}

QString WineHost::answersFile(const Answers &answers) const
{
    static int counter = 0;
    const QString name = m_files.filePath(QStringLiteral("answers-%1.json").arg(++counter));
    QFile file(name);
    const QByteArray json = QJsonDocument(answers.toJson()).toJson();
    settledOrFatal(file.open(QIODevice::WriteOnly) && file.write(json) == json.size() && file.flush(),
                   "write " + name.toUtf8());
    return name;
}

QProcessEnvironment WineHost::berthEnvironment() const
{
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("BERTH_LAUNCHER"), QStringLiteral("wine"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C")); // the tests read Berth's English messages
    env.insert(QStringLiteral("BERTH_CACHE_DIR"), m_files.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("DOCKER_CONFIG"),
               m_files.filePath(QStringLiteral("docker-config"))); // contexts stay here
    return env;
}

QStringList WineHost::onThisHost(const QStringList &arguments) const
{
    for (const CommandLine::Verb &verb : CommandLine::verbs()) {
        if (verb.name == arguments.value(0) && verb.options.contains(QLatin1String("root")))
            return arguments + QStringList{QStringLiteral("--root"), driveC()};
    }
    return arguments; // a verb for another host (bundle) or none
}

void WineHost::startBerth(QProcess &process, const QStringList &arguments) const
{
    process.setProcessEnvironment(berthEnvironment());
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(BERTH_EXECUTABLE), onThisHost(arguments));
}

QString WineHost::killBerthDuringStep(const QStringList &arguments, int at) const
{
    QProcess berth;
    startBerth(berth, arguments);
    static const QRegularExpression started(QStringLiteral("^\\[(\\d+)/(\\d+)\\] (.*) \\.\\.\\.$"),
                                            QRegularExpression::MultilineOption);
    QByteArray out;
    while (berth.state() != QProcess::NotRunning && berth.waitForReadyRead(120000)) {
        out += berth.readAllStandardOutput();
        QRegularExpressionMatchIterator it = started.globalMatch(QString::fromUtf8(out));
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const int step = match.captured(1).toInt(), count = match.captured(2).toInt();
            if (step == (at > 0 ? at : count)) {
                berth.kill(); // SIGKILL: nothing of Berth runs after this
                berth.waitForFinished();
                return match.captured(3);
            }
        }
    }
    return QStringLiteral("(berth ended before that step: %1)").arg(QString::fromUtf8(out));
}

WinePrefix::Result WineHost::berth(const QStringList &arguments) const
{
    return runProcess(QStringLiteral(BERTH_EXECUTABLE), onThisHost(arguments), berthEnvironment(), 300000);
}

QString WineHost::regQuery(const QString &key) const
{
    const Result result = run(QStringLiteral("reg.exe"), {QStringLiteral("query"), key, QStringLiteral("/s")});
    return result.exitCode == 0 ? QString::fromLocal8Bit(result.out) : QStringLiteral("(no key %1)").arg(key);
}

QString WineHost::regExport(const QString &key) const
{
    const QString local = driveC() + QStringLiteral("/berth-export.reg");
    QFile::remove(local);
    run(QStringLiteral("reg.exe"),
        {QStringLiteral("export"), key, QStringLiteral("C:\\berth-export.reg"), QStringLiteral("/y")});
    QFile file(local);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("(no key %1)").arg(key);
    const QByteArray bytes = file.readAll().mid(2); // after the byte order mark
    file.close();
    QFile::remove(local);
    return QString::fromUtf16(reinterpret_cast<const char16_t *>(bytes.constData()), bytes.size() / 2);
}

QString WineHost::serviceState(const QString &name) const
{
    // The state's constant, which no language translates (the label before it is STATUS in German).
    const WinePrefix::Result result = run(QStringLiteral("sc.exe"), {QStringLiteral("query"), name});
    const QString out = QString::fromLocal8Bit(result.out);
    static const QRegularExpression state(QStringLiteral(
        ":\\s*\\d+\\s+(STOPPED|START_PENDING|STOP_PENDING|RUNNING|CONTINUE_PENDING|PAUSE_PENDING|PAUSED)\\b"));
    const QRegularExpressionMatch match = state.match(out);
    if (match.hasMatch())
        return match.captured(1);
    // Missing is sc.exe's error 1060; anything else (no output at all) is said as it is, so that a failure shows it.
    if (result.exitCode == 1060 || out.contains(QLatin1String(" 1060:")))
        return QStringLiteral("MISSING");
    return QStringLiteral("UNREADABLE (exit %1): %2 %3")
        .arg(result.exitCode)
        .arg(out, QString::fromLocal8Bit(result.err).right(400));
}

QString WineHost::snapshot(const QString &serviceName) const
{
    QStringList lines;
    const QString programData = driveC() + QStringLiteral("/ProgramData");
    QDirIterator it(programData, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        // A running daemon keeps writing its log: only that it is there can stay the same.
        const QString what = it.fileInfo().isDir()                  ? QStringLiteral("dir")
                             : path.endsWith(QLatin1String(".log")) ? QStringLiteral("log")
                                                                    : sha256(path);
        lines << path.mid(programData.size()) + QStringLiteral(" ") + what;
    }
    lines.sort();
    for (const char *name : {"dockerd.exe", "docker.exe", "nssm.exe"})
        lines << QLatin1String(name) + QStringLiteral(" ") +
                     sha256(hostPath(QStringLiteral("C:\\Windows\\System32\\") + QLatin1String(name)));
    lines << regQuery(QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\") + serviceName);
    return lines.join(QLatin1Char('\n'));
}

QByteArray WineHost::difference(const QString &before, const QString &after)
{
    const QStringList a = before.split(QLatin1Char('\n')), b = after.split(QLatin1Char('\n'));
    QStringList lines;
    for (const QString &line : a)
        if (!b.contains(line))
            lines << QStringLiteral("- ") + line;
    for (const QString &line : b)
        if (!a.contains(line))
            lines << QStringLiteral("+ ") + line;
    return lines.join(QLatin1Char('\n')).toLocal8Bit();
}

bool WineHost::placeServerCertificates(const QString &certDir) const
{
    QString error;
    const CertificateMaker::Pem ca = CertificateMaker::makeCa(CertificateMaker::EcdsaP256, 30, &error);
    const CertificateMaker::Pem server =
        CertificateMaker::makeServer(ca, {QStringLiteral("127.0.0.1")}, CertificateMaker::EcdsaP256, 30, &error);
    const QString folder =
        hostPath(QStringLiteral("C:\\ProgramData")) + QLatin1Char('/') +
        certDir.mid(QStringLiteral("C:\\ProgramData\\").size()).replace(QLatin1Char('\\'), QLatin1Char('/'));
    QDir().mkpath(folder);
    for (const auto &[name, bytes] : QList<QPair<const char *, QByteArray>>{
             {"ca.pem", ca.certificate}, {"server-cert.pem", server.certificate}, {"server-key.pem", server.key}}) {
        QFile file(folder + QLatin1Char('/') + QLatin1String(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return false;
    }
    return error.isEmpty();
}

void WineHost::useInThisProcess() const
{
    const QProcessEnvironment wine = environment();
    for (const char *name : {"WINEPREFIX", "WINEDEBUG", "WINEDLLOVERRIDES"}) {
        if (!m_environmentBefore.contains(name))
            m_environmentBefore.insert(name,
                                       qEnvironmentVariableIsSet(name) ? std::optional(qgetenv(name)) : std::nullopt);
        qputenv(name, wine.value(QLatin1String(name)).toLocal8Bit());
    }
}

WineHost::~WineHost()
{
    // The process's environment as it was: no later test talks to this prefix, which is gone.
    for (auto it = m_environmentBefore.cbegin(); it != m_environmentBefore.cend(); ++it) {
        if (it.value())
            qputenv(it.key().constData(), *it.value());
        else
            qunsetenv(it.key().constData());
    }
}
