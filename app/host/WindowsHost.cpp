#include "WindowsHost.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>

// The folder standing for C:, absolute and canonical once: every path Berth compares (the files --keep-certs keeps,
// the folder it removes) starts with the same text, whatever the working folder or a link on the way.
static QString canonicalRoot(const QString &root)
{
    if (root.isEmpty())
        return {};
    // "C:" alone is the current folder of drive C to Qt and Windows; as a root it means the drive.
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:$"));
    const QFileInfo info(drive.match(root).hasMatch() ? root + QLatin1Char('/') : root);
    const QString canonical = info.canonicalFilePath();
    return QDir::cleanPath(canonical.isEmpty() ? info.absoluteFilePath() : canonical);
}

WindowsHost::WindowsHost(const QString &root, const QStringList &launcher)
    : m_root(canonicalRoot(root)), m_launcher(launcher)
{
}

WindowsHost WindowsHost::fromEnvironment(const QString &root)
{
    const QStringList launcher = qEnvironmentVariable("BERTH_LAUNCHER").split(QLatin1Char(' '), Qt::SkipEmptyParts);
#ifdef Q_OS_WIN
    return WindowsHost(root.isEmpty() ? QStringLiteral("C:/") : root, launcher);
#else
    return WindowsHost(root, launcher);
#endif
}

QString WindowsHost::missingReason()
{
    return tr("This machine is not Windows, so there is no Docker to install or change here. Berth can prepare a "
              "bundle for a Windows host (berth bundle) and make certificates (berth certs) on it; to change a "
              "host, run Berth on that host, or name a folder that stands for its C:\\ with --root.");
}

bool WindowsHost::isThisWindows() const
{
#ifdef Q_OS_WIN
    return m_launcher.isEmpty() && m_root.compare(QLatin1String("C:/"), Qt::CaseInsensitive) == 0;
#else
    return false;
#endif
}

QString WindowsHost::pathProblem(const QString &windowsPath) const
{
    static const QRegularExpression full(QStringLiteral("^[A-Za-z]:\\\\"));
    if (!full.match(windowsPath).hasMatch())
        return tr("%1 is not a full Windows path (like C:\\folder\\file)").arg(windowsPath);
    const QStringList parts = windowsPath.mid(3).split(QLatin1Char('\\'), Qt::SkipEmptyParts);
    if (parts.contains(QStringLiteral(".")) || parts.contains(QStringLiteral("..")))
        return tr("%1 names a folder . or ..").arg(windowsPath);
    const QChar drive = windowsPath.at(0).toUpper();
    if (drive != QLatin1Char('C') && !isThisWindows())
        return tr("%1 is on drive %2:, and the folder that stands for this host (--root) stands for C: alone")
            .arg(windowsPath, QString(drive));
    return {};
}

QString WindowsHost::localPath(const QString &windowsPath) const
{
    if (!pathProblem(windowsPath).isEmpty())
        return {};
    const QChar drive = windowsPath.at(0).toUpper();
    QString path = drive == QLatin1Char('C') ? m_root : QString(drive) + QStringLiteral(":/");
    const QStringList parts = windowsPath.mid(3).split(QLatin1Char('\\'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        QString name = part;
        if (!QFileInfo::exists(path + QLatin1Char('/') + part)) {
            const QStringList entries =
                QDir(path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
            for (const QString &entry : entries) {
                if (entry.compare(part, Qt::CaseInsensitive) == 0) {
                    name = entry;
                    break;
                }
            }
        }
        path += (path.endsWith(QLatin1Char('/')) ? QString() : QStringLiteral("/")) + name;
    }
    return path;
}

struct WindowsHost::CommandRecord
{
    QMutex mutex;
    QStringList lines;
};

void WindowsHost::recordCommands()
{
    m_record = std::make_shared<CommandRecord>();
}

QStringList WindowsHost::commandLog() const
{
    if (!m_record)
        return {};
    QMutexLocker lock(&m_record->mutex);
    return m_record->lines;
}

WindowsHost::Result WindowsHost::run(const HostCommand &command, int timeoutMs) const
{
    if (m_record) {
        QMutexLocker lock(&m_record->mutex);
        m_record->lines.append(command.commandLine());
    }
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    if (!command.withoutVariables.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &name : command.withoutVariables)
            environment.remove(name);
        process.setProcessEnvironment(environment);
    }
    if (m_launcher.isEmpty()) {
        process.setProgram(command.program);
        process.setArguments(command.arguments);
    } else {
        process.setProgram(m_launcher.first());
        process.setArguments(m_launcher.mid(1) + QStringList{command.program} + command.arguments);
    }
    Result result;
    result.lowByteOnly = !m_launcher.isEmpty();
    process.start();
    if (!process.waitForStarted(30000)) {
        result.error = tr("%1 could not be started: %2").arg(command.program, process.errorString());
        return result;
    }
    result.started = true;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.timedOut = true;
        result.error = tr("%1 did not finish within %2 seconds").arg(command.program).arg(timeoutMs / 1000);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.outBytes = process.readAllStandardOutput();
    result.out = QString::fromLocal8Bit(result.outBytes);
    result.err = QString::fromLocal8Bit(process.readAllStandardError());
    return result;
}

QString WindowsHost::Result::summary() const
{
    if (!error.isEmpty())
        return error;
    const QString text = (err.trimmed().isEmpty() ? out : err).trimmed();
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return tr("exit code %1%2")
        .arg(exitCode)
        .arg(lines.isEmpty() ? QString()
                             : QStringLiteral(": ") + lines.mid(0, 3).join(QStringLiteral(" / ")).trimmed());
}
