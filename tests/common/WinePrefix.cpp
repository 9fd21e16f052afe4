#include "WinePrefix.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QStandardPaths>

namespace {

// Named for what the template holds: a template made before it held the Containers feature is made again.
const QString ReadyMarker = QStringLiteral("berth-template-ready-containers");

// The Containers feature as Windows Server has it once enabled: the Host Compute Service's key (dockerd, and
// the stand-in, refuse to start without it; HostFacts reads it).
const QStringList ContainersFeature{
    QStringLiteral("add"), QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\vmcompute"),
    QStringLiteral("/v"),  QStringLiteral("DisplayName"),
    QStringLiteral("/d"),  QStringLiteral("Host Compute Service"),
    QStringLiteral("/f")};

QProcessEnvironment wineEnvironment(const QString &prefix)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("WINEPREFIX"), prefix);
    // Wine's own errors about starting a process or loading its image, for the flake in tests/win/README.md.
    env.insert(QStringLiteral("WINEDEBUG"), QStringLiteral("-all,err+process,err+module"));
    // The stand-ins in System32 (tests/win) before Wine's own programs of those names, where a test put them.
    env.insert(QStringLiteral("WINEDLLOVERRIDES"),
               QStringLiteral("mscoree,mshtml=;sc.exe,netsh.exe,netstat.exe,icacls.exe,certutil.exe,powershell.exe,"
                              "dism.exe,shutdown.exe=n,b"));
    return env;
}

// Runs a Wine tool with its output thrown away: Wine's background processes inherit the first
// command's handles (shared/notes/wine.md).
bool runQuietly(const QString &program, const QStringList &arguments, const QString &prefix, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(wineEnvironment(prefix));
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return false;
    }
    return process.exitStatus() == QProcess::NormalExit;
}

} // namespace

QString WinePrefix::templatePrefix(QString *error)
{
    const QString dir =
        qEnvironmentVariable("BERTH_WINE_TEMPLATE", QDir::tempPath() + QStringLiteral("/berth-wine-template"));
    QLockFile lock(dir + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.lock()) {
        *error = QStringLiteral("cannot lock %1").arg(dir);
        return {};
    }
    if (QFile::exists(dir + QLatin1Char('/') + ReadyMarker))
        return dir;
    QDir(dir).removeRecursively();
    if (!runQuietly(QStringLiteral("wineboot"), {QStringLiteral("-i")}, dir, 300000) ||
        !runQuietly(QStringLiteral("wine"), QStringList{QStringLiteral("reg.exe")} + ContainersFeature, dir, 120000) ||
        !runQuietly(QStringLiteral("wineserver"), {QStringLiteral("-w")}, dir, 120000) ||
        !QDir(dir + QStringLiteral("/drive_c/windows/system32")).exists()) {
        *error = QStringLiteral("wineboot -i could not make a prefix in %1").arg(dir);
        return {};
    }
    QFile marker(dir + QLatin1Char('/') + ReadyMarker);
    marker.open(QIODevice::WriteOnly);
    return dir;
}

WinePrefix::WinePrefix()
{
    if (QStandardPaths::findExecutable(QStringLiteral("wine")).isEmpty()) {
        m_unavailable = QStringLiteral("wine is not installed (apt-get install wine wine64)");
        return;
    }
    QString error;
    const QString source = templatePrefix(&error);
    if (source.isEmpty()) {
        m_unavailable = error;
        return;
    }
    QProcess copy;
    copy.start(QStringLiteral("cp"), {QStringLiteral("-a"), source + QStringLiteral("/."), m_dir.path()});
    if (!copy.waitForFinished(120000) || copy.exitCode() != 0) {
        m_unavailable = QStringLiteral("could not copy the template prefix: ") +
                        QString::fromLocal8Bit(copy.readAllStandardError());
        return;
    }
    QFile::remove(m_dir.path() + QLatin1Char('/') + ReadyMarker);
    // One persistent server for this prefix, started with its output thrown away.
    runQuietly(QStringLiteral("wineserver"), {QStringLiteral("-p")}, m_dir.path(), 30000);
    runQuietly(QStringLiteral("wine"), {QStringLiteral("cmd.exe"), QStringLiteral("/c"), QStringLiteral("exit 0")},
               m_dir.path(), 120000);
}

bool WinePrefix::restart() const
{
    // What a restart completes: the features dism.exe staged (the stand-in's record, tests/win/dism-standin.c).
    const QString pending = QStringLiteral("HKLM\\SOFTWARE\\BerthStandin\\PendingFeatures");
    const Result staged = run(QStringLiteral("reg.exe"), {QStringLiteral("query"), pending});
    for (const QByteArray &line : staged.out.split('\n')) {
        const QList<QByteArray> words = line.simplified().split(' ');
        if (words.size() != 3 || words.at(1) != "REG_SZ")
            continue;
        if (run(QStringLiteral("reg.exe"),
                {QStringLiteral("add"),
                 QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\") + QString::fromUtf8(words.at(2)),
                 QStringLiteral("/f")})
                .exitCode != 0)
            return false;
    }
    run(QStringLiteral("reg.exe"), {QStringLiteral("delete"), pending, QStringLiteral("/f")});
    run(QStringLiteral("reg.exe"), {QStringLiteral("delete"), QStringLiteral("HKLM\\SOFTWARE\\BerthStandin"),
                                    QStringLiteral("/v"), QStringLiteral("Restart"), QStringLiteral("/f")});
    // Every program of the prefix ends; the next one starts Wine's service manager, which starts the services
    // whose start type is automatic, as Windows does at boot.
    if (!runQuietly(QStringLiteral("wineserver"), {QStringLiteral("-k")}, m_dir.path(), 30000))
        return false;
    runQuietly(QStringLiteral("wineserver"), {QStringLiteral("-w")}, m_dir.path(), 30000);
    runQuietly(QStringLiteral("wineserver"), {QStringLiteral("-p")}, m_dir.path(), 30000);
    return runQuietly(QStringLiteral("wine"),
                      {QStringLiteral("cmd.exe"), QStringLiteral("/c"), QStringLiteral("exit 0")}, m_dir.path(),
                      120000);
}

bool WinePrefix::removeContainersFeature() const
{
    return run(QStringLiteral("reg.exe"), {QStringLiteral("delete"), ContainersFeature.at(1), QStringLiteral("/f")})
               .exitCode == 0;
}

WinePrefix::~WinePrefix()
{
    if (m_unavailable.isEmpty())
        runQuietly(QStringLiteral("wineserver"), {QStringLiteral("-k")}, m_dir.path(), 30000);
}

QProcessEnvironment WinePrefix::environment() const
{
    return wineEnvironment(m_dir.path());
}

QString WinePrefix::hostPath(const QString &windowsPath) const
{
    QString path = driveC();
    const QStringList parts = windowsPath.mid(3).split(QLatin1Char('\\'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QStringList entries = QDir(path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        QString name = part;
        for (const QString &entry : entries) {
            if (entry.compare(part, Qt::CaseInsensitive) == 0) {
                name = entry;
                break;
            }
        }
        path += QLatin1Char('/') + name;
    }
    return path;
}

WinePrefix::Result WinePrefix::run(const QString &program, const QStringList &arguments,
                                   const QHash<QString, QString> &env, int timeoutMs) const
{
    QProcessEnvironment environment = this->environment();
    for (auto it = env.begin(); it != env.end(); ++it)
        environment.insert(it.key(), it.value());
    return runProcess(QStringLiteral("wine"), QStringList{program} + arguments, environment, timeoutMs);
}

WinePrefix::Result WinePrefix::runProcess(const QString &program, const QStringList &arguments,
                                          const QProcessEnvironment &environment, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, arguments);
    Result result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out";
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}
