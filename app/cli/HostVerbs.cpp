#include "HostVerbs.h"

#include "CommandLine.h"
#include "Console.h"
#include "answers/WindowsReleases.h"
#include "apply/ApplyJob.h"
#include "apply/ApplyJournal.h"
#include "apply/RestartToFinish.h"
#include "fetch/Downloader.h"
#include "host/ServiceControl.h"
#include "inspect/HostInspector.h"
#include "logtail/DaemonLogTail.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QThread>

#include <memory>

namespace {

// Every line the job says, and its downloads at most once a second and when each ends.
void listen(const ApplyJob &job)
{
    QObject::connect(&job, &ApplyJob::said, [](const QString &line) { Console::out(line); });
    QObject::connect(&job, &ApplyJob::complained, [](const QString &line) { Console::err(line); });
    auto lastReport = std::make_shared<QElapsedTimer>();
    lastReport->start();
    QObject::connect(
        &job, &ApplyJob::downloadProgress, [lastReport](const QString &url, qint64 done, qint64 total, double rate) {
            if (lastReport->elapsed() < 1000 && done != total)
                return;
            lastReport->restart();
            Console::out(HostVerbs::tr("Downloading %1: %2").arg(url, Downloader::describeProgress(done, total, rate)));
        });
    QObject::connect(&job, &ApplyJob::stepStarted, [](int index, int count, const QString &title) {
        Console::out(QStringLiteral("[%1/%2] %3 ...").arg(index + 1).arg(count).arg(title));
    });
    QObject::connect(&job, &ApplyJob::stepFinished, [](int, bool ok, const QString &message) {
        Console::out(ok ? HostVerbs::tr("      done") : HostVerbs::tr("      failed: %1").arg(message));
    });
}

int exitCode(ApplyJob::Outcome outcome)
{
    switch (outcome) {
    case ApplyJob::Invalid:
        return CommandLine::Invalid;
    case ApplyJob::Failed:
    case ApplyJob::RolledBack:
    case ApplyJob::Cancelled:
        return CommandLine::Failed;
    case ApplyJob::RestartNeeded:
        return CommandLine::RestartNeeded;
    default:
        return CommandLine::Done;
    }
}

} // namespace

int HostVerbs::apply(Answers answers, const QString &root, bool dryRun, const QString &clientOut, bool dockerContext,
                     bool restart)
{
    ApplyJob job(WindowsHost::fromEnvironment(root));
    listen(job);
    ApplyJob::Options options;
    options.dryRun = dryRun;
    options.restart = restart;
    options.clientOut = clientOut;
    options.dockerContext = dockerContext;
    return exitCode(job.apply(answers, options));
}

int HostVerbs::upgrade(const std::optional<Answers> &installed, const QString &root, const QString &serviceName,
                       const QString &version, bool dryRun, const QString &certDir)
{
    const WindowsHost host = WindowsHost::fromEnvironment(root);
    if (!host.exists()) {
        Console::err(WindowsHost::missingReason());
        return CommandLine::Invalid;
    }
    Answers answers;
    if (installed) {
        answers = *installed;
    } else {
        const HostInspector::Result read = HostInspector::inspect(host, serviceName);
        if (!read.found) {
            Console::err(tr("No Docker service or scheduled task named %1 is on this host: nothing to upgrade "
                            "(berth apply installs it).")
                             .arg(serviceName));
            return CommandLine::Failed;
        }
        answers = read.answers;
    }
    ApplyJob job(host);
    listen(job);
    ApplyJob::Options options;
    options.dryRun = dryRun;
    options.certDir = certDir;
    return exitCode(job.upgrade(answers, version, options));
}

int HostVerbs::client(const std::optional<Answers> &answers, const ApplyJob::Options &given, const QString &root,
                      bool dryRun)
{
    ApplyJob job(WindowsHost::fromEnvironment(root));
    listen(job);
    ApplyJob::Options options = given;
    options.dryRun = dryRun;
    return exitCode(answers ? job.setUpClient(*answers, options) : job.removeClient(options));
}

int HostVerbs::recover(const QString &root, bool restart, bool afterRestart)
{
    const WindowsHost host = WindowsHost::fromEnvironment(root);
    if (!host.exists()) {
        Console::err(WindowsHost::missingReason());
        return CommandLine::Invalid;
    }
    if (afterRestart) {
        // Berth's own task, at the start after the restart it made: it runs once, whatever follows, and never
        // restarts the host again (no loop of restarts when a feature did not come).
        Console::out(tr("%1: Berth finishes the apply after the restart.")
                         .arg(QDateTime::currentDateTime().toString(Qt::ISODate)));
        restart = false;
    }
    const ApplyJournal::Entry entry = ApplyJournal::read(host);
    if (!entry.found) {
        Console::out(tr("No apply was interrupted on this host: nothing to recover."));
        if (afterRestart)
            RestartToFinish::removeTask(host);
        return CommandLine::Done;
    }
    if (!entry.problem.isEmpty()) {
        Console::err(entry.problem);
        if (afterRestart)
            RestartToFinish::removeTask(host);
        return CommandLine::Failed;
    }
    if (afterRestart && entry.answers.service.manager != ServiceManager::ScheduledTask) {
        // At start-up the service Windows starts may be starting still: the apply waits for it rather than find it
        // not running, start it a second time and undo that.
        const ServiceControl service(host, entry.answers.service.name);
        QElapsedTimer waited;
        waited.start();
        while (service.state() == ServiceControl::StartPending &&
               waited.elapsed() < entry.answers.service.timeout * 1000)
            QThread::sleep(1);
    }
    const QString started = entry.started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    int done = CommandLine::Failed;
    if (!entry.upgradeTo.isEmpty()) {
        // The upgrade's own steps with the file it had fetched: not an apply of every answer the host was read as.
        Console::out(tr("Finishing the upgrade to Docker %1 that started on %2, with the file it had fetched.")
                         .arg(entry.upgradeTo, started));
        ApplyJob job(host);
        listen(job);
        done = exitCode(job.finishUpgrade(entry, ApplyJob::Options()));
    } else {
        Console::out(tr("Finishing the apply that started on %1, with the answers it had.").arg(started));
        done = apply(entry.answers, root, false, QString(), false, restart);
    }
    if (afterRestart) // last, whatever the end: removing a task may end its run
        RestartToFinish::removeTask(host);
    return done;
}

int HostVerbs::inspect(const QString &root, const QString &serviceName)
{
    const WindowsHost host = WindowsHost::fromEnvironment(root);
    if (!host.exists()) {
        Console::err(WindowsHost::missingReason());
        return CommandLine::Invalid;
    }
    const QString interrupted = ApplyJournal::interruptedMessage(ApplyJournal::read(host));
    if (!interrupted.isEmpty())
        Console::err(interrupted);
    const HostInspector::Result result = HostInspector::inspect(host, serviceName);
    // Where the host stands, beside the answers (the JSON on standard output stays an answer file).
    Console::err(
        tr("Windows: %1.").arg(WindowsReleases::describe(result.answers.host.edition, result.answers.host.build)));
    for (const QString &problem : result.problems)
        Console::err(problem);
    if (!result.found) {
        Console::err(tr("No Docker service or scheduled task named %1 is on this host.").arg(serviceName));
        return CommandLine::Failed;
    }
    const QByteArray json = QJsonDocument(result.answers.toJson()).toJson(QJsonDocument::Indented);
    Console::data(json);
    return CommandLine::Done;
}

int HostVerbs::tail(const Answers &answers, const QString &root, int lines, bool follow)
{
    const WindowsHost host = WindowsHost::fromEnvironment(root);
    if (!host.exists()) {
        Console::err(WindowsHost::missingReason());
        return CommandLine::Invalid;
    }
    const QString path = host.localPath(answers.service.stdoutPath);
    if (!QFileInfo::exists(path)) {
        Console::err(tr("%1 is not there (yet): the service has not written its log").arg(answers.service.stdoutPath));
        return CommandLine::Failed;
    }
    DaemonLogTail tail(path);
    for (const QString &line : tail.lastLines(lines))
        Console::out(line);
    if (!follow)
        return CommandLine::Done;
    QObject::connect(&tail, &DaemonLogTail::lineAppended, [](const QString &line) { Console::out(line); });
    QObject::connect(&tail, &DaemonLogTail::restarted,
                     [](const QString &why) { Console::out(QStringLiteral("-- ") + why + QStringLiteral(" --")); });
    tail.follow();
    return QCoreApplication::exec();
}

int HostVerbs::uninstall(const QString &root, const QString &serviceName, bool keepData, bool keepCerts)
{
    ApplyJob job(WindowsHost::fromEnvironment(root));
    listen(job);
    ApplyJob::Options options;
    options.keepData = keepData;
    options.keepCerts = keepCerts;
    return exitCode(job.uninstall(serviceName, options));
}

int HostVerbs::bundle(const Answers &answers, const QString &out, const QString &clientOut)
{
    // A bundle is made on this machine: no host is read or changed.
    ApplyJob job(WindowsHost::fromEnvironment(QString()));
    listen(job);
    ApplyJob::Options options;
    options.clientOut = clientOut;
    return exitCode(job.bundle(answers, out, options));
}

int HostVerbs::fleet(const Answers &base, const FleetBuilder::Options &options)
{
    // Made on this machine: no host is read or changed.
    ApplyJob job(WindowsHost::fromEnvironment(QString()));
    listen(job);
    return exitCode(job.fleet(base, options));
}
