#include "DaemonAnswer.h"

#include "PipeServer.h"

#include "render/ServiceCommands.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

HostCommand DaemonAnswer::command(const Answers &a)
{
    return {ServiceCommands::dockerExe(a),
            {QStringLiteral("-H"), QStringLiteral("npipe:////./pipe/") + QLatin1String(PipeName),
             QStringLiteral("version"), QStringLiteral("--format"), QStringLiteral("{{.Server.Version}}")},
            tr("Ask the daemon for its version on its named pipe")};
}

DaemonAnswer::Result DaemonAnswer::wait(const WindowsHost &host, const Answers &answers, int timeoutMs,
                                        const std::function<QString()> &notRunning, qint64 logSince)
{
    Result result;
    if (!QFileInfo::exists(host.localPath(ServiceCommands::dockerExe(answers)))) {
        result.error = tr("%1 is not there to ask the daemon").arg(ServiceCommands::dockerExe(answers));
        return result;
    }
    QElapsedTimer clock;
    clock.start();
    WindowsHost::Result last;
    QString ended;
    do {
        last = host.run(command(answers), 30000);
        if (last.ok() && !last.out.trimmed().isEmpty()) {
            result.error = impostor(host, answers);
            result.ok = result.error.isEmpty();
            result.version = last.out.trimmed();
            return result;
        }
        if (notRunning)
            ended = notRunning();
        if (!ended.isEmpty())
            break;
        QThread::msleep(1000);
    } while (clock.elapsed() < timeoutMs);
    const QString asked = tr("%1 says: %2").arg(command(answers).commandLine(), last.summary());
    result.error =
        ended.isEmpty()
            ? tr("the daemon did not answer on its named pipe within %1 s (%2)").arg(timeoutMs / 1000).arg(asked)
            : tr("%1 before the daemon answered (%2)").arg(ended, asked);
    const QString words = lastWords(host, answers, logSince);
    if (!words.isEmpty())
        result.error += tr("; the daemon's last words: %1").arg(words);
    return result;
}

QString DaemonAnswer::impostor(const WindowsHost &host, const Answers &answers)
{
    const std::optional<PipeServer::Server> server = PipeServer::of(host, QLatin1String(PipeName));
    if (!server)
        return {}; // no pipe of the host's here (a folder that stands for C:\): docker.exe's answer is all there is
    if (!server->error.isEmpty())
        return tr("Berth cannot tell which program answered on \\\\.\\pipe\\docker_engine: %1").arg(server->error);
    const QString dockerd = ServiceCommands::dockerdExe(answers);
    if (server->image.compare(dockerd, Qt::CaseInsensitive) == 0)
        return {};
    return tr("%1 (process %2) answered on \\\\.\\pipe\\docker_engine, not %3: another program holds Docker's pipe, "
              "and Berth does not take its word for Docker's")
        .arg(server->image)
        .arg(server->processId)
        .arg(dockerd);
}

QString DaemonAnswer::lastWords(const WindowsHost &host, const Answers &answers, qint64 since)
{
    if (answers.service.manager == ServiceManager::Native)
        return {}; // dockerd's own service writes to the event log
    QFile file(host.localPath(answers.service.stdoutPath));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    if (since > file.size())
        since = 0; // written anew (the scheduled task's > daemon.log)
    file.seek(qMax<qint64>(since, qMax<qint64>(0, file.size() - 4096)));
    QStringList lines;
    for (const QString &line : QString::fromLocal8Bit(file.readAll()).split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed()); // without the \r of a Windows program's line end
    }
    return lines.mid(qMax<qsizetype>(0, lines.size() - 3)).join(QStringLiteral(" / "));
}
