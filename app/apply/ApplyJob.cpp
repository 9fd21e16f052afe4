#include "ApplyJob.h"

#include "answers/AnswerKeys.h"

#include "ApplyJournal.h"
#include "ApplyRun.h"
#include "ApplySteps.h"
#include "CertificatesForApply.h"
#include "DaemonAnswersStep.h"
#include "DockerUpgrade.h"
#include "EngineCheck.h"
#include "FileStep.h"
#include "FolderTakeoverStep.h"
#include "RestartToFinish.h"
#include "Uninstaller.h"
#include "WindowsFeatures.h"
#include "answers/AnswersValidator.h"
#include "bundle/BundleBuilder.h"
#include "fetch/BinaryFetch.h"
#include "fetch/Downloader.h"
#include "host/DaemonAnswer.h"
#include "host/HostFacts.h"
#include "render/ServiceCommands.h"
#include "tls/CertificateFiles.h"
#include "tls/DaemonProbe.h"

#include <QFileInfo>
#include <QNetworkAccessManager>

ApplyJob::ApplyJob(const WindowsHost &host, QObject *parent) : QObject(parent), m_host(host) {}

ApplyJob::Outcome ApplyJob::finish(Outcome outcome, const QString &error)
{
    if (!error.isEmpty())
        emit complained(error);
    if (outcome == Invalid || outcome == Failed || outcome == Cancelled)
        emit complained(tr("Nothing was changed."));
    emit finished(outcome, error);
    return outcome;
}

// Downloads what the answers download into the cache and points the answers at the local files.
// A dry run downloads nothing: what is not in the cache yet is only named.
bool ApplyJob::fetchBinaries(Answers &answers, bool dryRun, QString *error, bool dockerOnly)
{
    // A client places docker.exe alone: nssm.exe, which a host's answers may name, is neither needed nor fetched.
    if (dockerOnly) {
        Answers docker = answers;
        docker.nssm.source = Source::Keep;
        const bool ok = fetchBinaries(docker, dryRun, error, false);
        answers.binaries = docker.binaries;
        return ok;
    }
    const bool binaries = answers.binaries.source == Source::Download;
    const bool nssm = answers.service.manager == ServiceManager::Nssm && answers.nssm.source == Source::Download;
    // A local file with a pin is checked against it (BinaryFetch::fetch) before anything of it is used.
    const bool local = answers.binaries.source == Source::Local ||
                       (answers.service.manager == ServiceManager::Nssm && answers.nssm.source == Source::Local);
    if (!binaries && !nssm && !local)
        return true;
    QNetworkAccessManager network;
    BinaryFetch fetch(&network, BinaryFetch::defaultCacheFolder());
    fetch.setCancelCheck([this] { return isCancelled(); });
    if (dryRun) {
        const QString zip =
            answers.binaries.package == Package::Exe ? answers.binaries.dockerdUrl : answers.effectiveZipUrl();
        if (binaries && !QFileInfo::exists(fetch.cachePath(zip))) {
            emit said(tr("Would download %1").arg(zip));
            answers.binaries.source = Source::Keep;
        }
        if (nssm && !QFileInfo::exists(fetch.cachePath(answers.nssm.url))) {
            emit said(tr("Would download %1").arg(answers.nssm.url));
            answers.nssm.source = Source::Keep;
        }
    }
    const BinaryFetch::Progress progress = [this](const QString &url, qint64 done, qint64 total, double rate) {
        emit downloadProgress(url, done, total, rate);
    };
    QStringList digests;
    const bool ok = fetch.fetch(answers, progress, &digests, error);
    for (const QString &digest : digests)
        emit said(digest);
    m_digests = fetch.sums();
    return ok;
}

ApplyJob::Outcome ApplyJob::apply(Answers answers, const Options &options)
{
    if (!m_host.exists())
        return finish(Invalid, WindowsHost::missingReason());
    for (const auto &[key, path] : answers.hostPaths()) {
        const QString why = m_host.pathProblem(path);
        if (!why.isEmpty())
            return finish(Invalid, QLatin1String(key) + QStringLiteral(": ") + why);
    }
    const ApplyJournal::Entry journal = ApplyJournal::read(m_host);
    const QString interrupted = ApplyJournal::interruptedMessage(journal);
    if (!interrupted.isEmpty())
        emit complained(interrupted);
    const HostFacts facts = HostFacts::read(m_host, answers.service.name, answers.tls.enabled ? answers.tls.port : 0);
    for (const QString &line : facts.report())
        emit said(line);
    if (!facts.administrator || facts.portTaken())
        return finish(Failed);
    if (answers.host.build == 0) {
        const Answers before = answers;
        answers.host.build = facts.build;
        answers.follow(before); // the engine version follows the build, unless the answers chose one
    }
    if (facts.edition && facts.edition != answers.host.edition)
        emit said(tr("Note: the answers say host.edition %1, the registry says %2.")
                      .arg(wordOf(answers.host.edition), wordOf(*facts.edition)));
    const QStringList problems = AnswersValidator::validate(answers);
    if (!problems.isEmpty()) {
        for (int i = 0; i + 1 < problems.size(); ++i)
            emit complained(problems.at(i));
        return finish(Invalid, problems.last());
    }

    QString error;
    const char *binariesKey = answers.binaries.source == Source::Local   ? "binaries.localPath"
                              : answers.binaries.package == Package::Exe ? "binaries.dockerdUrl"
                              : answers.binaries.zipUrl.isEmpty()        ? "binaries.version"
                                                                         : "binaries.zipUrl";
    if (!fetchBinaries(answers, options.dryRun, &error))
        return finish(isCancelled() ? Cancelled : Failed, error);
    if (!EngineCheck::check(m_host, answers, binariesKey, &error))
        return finish(Invalid, error);
    std::optional<ApplySteps::ServerFiles> fresh;
    CertificatesForApply certificates(m_host, answers);
    connect(&certificates, &CertificatesForApply::said, this, &ApplyJob::said);
    if (!certificates.prepare(options.clientOut, options.dryRun, options.dockerContext, &fresh, &error))
        return finish(error.startsWith(QLatin1String("tls.generate")) ? Invalid : Failed, error);
    if (isCancelled())
        return finish(Cancelled, tr("Cancelled before anything on the host changed."));
    std::vector<std::unique_ptr<Step>> steps =
        ApplySteps::build(answers, &error, facts.win64, fresh ? &*fresh : nullptr);
    if (steps.empty())
        return finish(Failed, error);
    // The last thing before the steps, when everything that can refuse has been checked.
    QStringList restartFor;
    if (const QStringList features = WindowsFeatures::missing(facts, answers); !features.isEmpty()) {
        if (facts.edition == Edition::Nano)
            return finish(Failed, WindowsFeatures::nanoServerRefusal(features));
        QString message;
        if (options.dryRun) {
            emit said(tr("Would enable the Windows feature %1 (dism.exe); Docker would start after Windows restarts.")
                          .arg(features.join(QStringLiteral(", "))));
        } else {
            switch (WindowsFeatures::enable(m_host, features, &message)) {
            case WindowsFeatures::Failed:
                return finish(Failed, message);
            case WindowsFeatures::RestartNeeded:
                restartFor = features;
                break;
            case WindowsFeatures::Enabled:
                break;
            }
            emit said(message);
        }
    }
    ApplyContext context(m_host, answers);
    ApplyRun applyRun(context, std::move(steps));
    if (!restartFor.isEmpty())
        applyRun.startAfterRestart();
    const Outcome outcome =
        run(applyRun, options.dryRun, interrupted, journal.restart.isEmpty() ? nullptr : &journal.answers);
    if (!restartFor.isEmpty() && (outcome == Applied || outcome == NothingToChange))
        return awaitRestart(answers, context.backup.isUsed() ? context.backup.windowsFolder() : QString(), restartFor,
                            options);
    if (outcome != Applied)
        return outcome;
    if (context.backup.isUsed())
        emit said(tr("Replaced files were saved in %1.").arg(context.backup.windowsFolder()));
    emit said(tr("Applied."));
    probe(answers, options.clientOut);
    const QString sum = m_digests.value(answers.effectiveZipUrl());
    if (answers.downloadsUnpinnedZip() && !sum.isEmpty())
        emit downloadPinned(sum);
    return finish(Applied);
}

// Carries out the steps with the journal kept, and says how it went. Applied is for the caller to finish.
ApplyJob::Outcome ApplyJob::run(ApplyRun &run, bool dryRun, const QString &interrupted, const Answers *afterRestart,
                                const QString &upgradeTo)
{
    ApplyJournal journal(m_host);
    journal.setUpgrade(upgradeTo);
    run.setJournal(&journal);
    run.setCancelCheck([this] { return isCancelled(); });
    connect(&run, &ApplyRun::stepStarted, this, &ApplyJob::stepStarted);
    connect(&run, &ApplyRun::stepFinished, this, &ApplyJob::stepFinished);
    switch (run.run(dryRun)) {
    case ApplyRun::NotStarted:
        return finish(Failed, run.error());
    case ApplyRun::NothingToChange:
        if (run.startsAfterRestart())
            return NothingToChange; // for the caller, which says what follows the restart
        emit said(tr("Nothing changes: the host is already as the answers say."));
        if (afterRestart && !dryRun) {
            // Docker started with Windows, as a service or task does: done when it answers.
            const DaemonAnswer::Result answer =
                DaemonAnswer::wait(m_host, *afterRestart, afterRestart->service.timeout * 1000);
            if (!answer.ok)
                return finish(Failed, tr("After the restart, Docker does not answer: %1").arg(answer.error));
            emit said(tr("After the restart, Docker %1 answers on its named pipe.").arg(answer.version));
        }
        if (!interrupted.isEmpty() && !dryRun) {
            journal.end(); // the host is whole: nothing is left to finish
            emit said(tr("The interrupted apply had nothing left to do; its journal was removed."));
        }
        return finish(NothingToChange);
    case ApplyRun::DryRun:
        emit said(tr("Would change (dry run, nothing was changed):"));
        for (const QString &line : run.plannedChanges())
            emit said(QStringLiteral("  ") + line);
        return finish(DryRun);
    case ApplyRun::RolledBack:
        return finish(isCancelled() ? Cancelled : RolledBack, run.error());
    case ApplyRun::Applied:
        break;
    }
    return Applied;
}

// Every step but Docker's start has run; the journal keeps the answers until the apply is finished after the restart.
ApplyJob::Outcome ApplyJob::awaitRestart(const Answers &answers, const QString &backupFolder,
                                         const QStringList &features, const Options &options)
{
    ApplyJournal journal(m_host);
    QString error;
    Answers kept = answers;
    BinaryFetch::pinLocalFiles(kept); // after the restart, SYSTEM installs only what this apply read
    if (!journal.awaitRestart(kept, backupFolder, features, &error))
        return finish(Failed, error);
    if (!backupFolder.isEmpty())
        emit said(tr("Replaced files were saved in %1.").arg(backupFolder));
    emit said(tr("Docker is set up and starts once Windows has restarted, which completes %1.")
                  .arg(features.join(QStringLiteral(", "))));
    if (options.restart && RestartToFinish::canFinishItself(m_host)) {
        QStringList lines;
        if (RestartToFinish::schedule(m_host, &lines, &error)) {
            for (const QString &line : std::as_const(lines))
                emit said(line);
            return finish(RestartNeeded);
        }
        emit complained(error);
    } else if (options.restart) {
        emit said(tr("This Berth does not run on that Windows, so it cannot finish there by itself after a restart."));
    }
    emit said(tr("Restart Windows, then run berth recover there: it starts Docker and checks that the daemon "
                 "answers."));
    return finish(RestartNeeded);
}

// The same probe as the wizard's log page, where the client's files are at hand.
void ApplyJob::probe(const Answers &answers, const QString &clientOut)
{
    if (!answers.tls.enabled || clientOut.isEmpty() || answers.tls.subjectAltNames.isEmpty() ||
        !QFileInfo::exists(CertificateFiles::local(clientOut, CertificateFiles::clientCert)))
        return;
    QNetworkAccessManager network;
    const QString address = answers.clientEndpoint(QString());
    const DaemonProbe::Result probe = DaemonProbe::probe(&network, address, clientOut, 5000);
    emit said(probe.ok ? tr("Check: Docker %1 (API %2) answers at %3.").arg(probe.version, probe.apiVersion, address)
                       : tr("Check: the daemon does not answer at %1 yet: %2").arg(address, probe.error));
}

// An update or a removal needs the host, and administrator rights on it.
std::optional<ApplyJob::Outcome> ApplyJob::refuseHost()
{
    if (!m_host.exists())
        return finish(Invalid, WindowsHost::missingReason());
    if (!HostFacts::runsElevated())
        return finish(Failed, HostFacts::notElevated());
    return std::nullopt;
}

ApplyJob::Outcome ApplyJob::upgrade(const Answers &installed, const QString &version, const Options &options)
{
    if (const std::optional<Outcome> refused = refuseHost())
        return *refused;
    const QString interrupted = ApplyJournal::interruptedMessage(ApplyJournal::read(m_host));
    if (!interrupted.isEmpty())
        return finish(Failed, interrupted);
    QString error;
    const QString was = DockerUpgrade::installedVersion(m_host, installed, &error);
    if (was.isEmpty())
        return finish(Failed, error);
    emit said(tr("Installed: Docker %1 (%2).").arg(was, ServiceCommands::dockerdExe(installed)));
    QNetworkAccessManager network;
    const QStringList offered = BinaryFetch(&network, QString()).offeredVersions(installed, &error);
    if (offered.isEmpty())
        return finish(Failed, error);
    const DockerUpgrade::Choice choice = DockerUpgrade::choose(was, offered, version, installed.host);
    if (!choice.error.isEmpty())
        return finish(Invalid, choice.error);
    emit said(tr("Offered by %1: newest %2.").arg(installed.binaries.indexUrl, offered.first()));
    if (!choice.leftOut.isEmpty())
        emit said(choice.leftOut);
    emit said(choice.newer.isEmpty()
                  ? tr("No release is newer than the installed one.")
                  : tr("Newer than the installed one: %1.").arg(choice.newer.join(QStringLiteral(", "))));
    if (choice.target == was) {
        emit said(tr("Docker is already at %1: nothing to change.").arg(was));
        return finish(NothingToChange);
    }
    emit said(choice.downgrade ? tr("Going back from %1 to %2, as asked.").arg(was, choice.target)
                               : tr("Upgrading from %1 to %2.").arg(was, choice.target));

    Answers answers = DockerUpgrade::answersFor(installed, choice.target);
    if (!fetchBinaries(answers, options.dryRun, &error))
        return finish(isCancelled() ? Cancelled : Failed, error);
    if (answers.binaries.source == Source::Keep) { // a dry run, and the zip is not in the cache yet
        emit said(tr("Would then stop the service, replace dockerd.exe and docker.exe in %1, start it and check it "
                     "(dry run, nothing was changed).")
                      .arg(answers.binaries.installDir));
        return finish(DryRun);
    }
    return replaceBinaries(answers, choice.target, was, options, interrupted);
}

// The upgrade's change: dockerd.exe and docker.exe of answers put in place, Docker started again and asked for
// target. The journal says it is an upgrade, so an interrupted one is finished as one (finishUpgrade).
ApplyJob::Outcome ApplyJob::replaceBinaries(const Answers &answers, const QString &target, const QString &was,
                                            const Options &options, const QString &interrupted)
{
    QString error;
    std::vector<std::unique_ptr<Step>> steps = ApplySteps::binaries(answers, &error, ApplySteps::Apply, target);
    if (steps.empty())
        return finish(Failed, error);
    const auto *dockerd = static_cast<const FileStep *>(steps.front().get());
    // The backup goes under C:\ProgramData\docker, and a rollback copies it back over what SYSTEM runs.
    steps.insert(steps.begin(),
                 std::make_unique<FolderTakeoverStep>(
                     QStringList{answers.scriptPath().section(QLatin1Char('\\'), 0, -2), answers.binaries.installDir}));
    ApplyContext context(m_host, answers);
    ApplyRun applyRun(context, std::move(steps));
    applyRun.checkAfterStart(std::make_unique<DaemonAnswersStep>(dockerd, target, options.certDir));
    const Outcome outcome = run(applyRun, options.dryRun, interrupted, nullptr, target);
    if (outcome != Applied)
        return outcome;
    emit said(
        was.isEmpty()
            ? tr("Docker is now %1. The binaries it replaced are in %2.").arg(target, context.backup.windowsFolder())
            : tr("Docker is now %1 (was %2). The old dockerd.exe and docker.exe are in %3.")
                  .arg(target, was, context.backup.windowsFolder()));
    return finish(Applied);
}

ApplyJob::Outcome ApplyJob::finishUpgrade(const ApplyJournal::Entry &entry, const Options &options)
{
    if (const std::optional<Outcome> refused = refuseHost())
        return *refused;
    Answers answers = entry.answers;
    QString error;
    // The file the upgrade had fetched, as its journal pinned it, or nothing: never a download, never another file.
    if (answers.binaries.source != Source::Local)
        return finish(Failed, tr("the interrupted upgrade's journal names no downloaded file to finish with"));
    if (!fetchBinaries(answers, options.dryRun, &error))
        return finish(Failed, error);
    // What the interrupted run had replaced before it stopped is in its own backup, not in this run's.
    if (!entry.backup.isEmpty() && QFileInfo(m_host.localPath(entry.backup)).isDir())
        emit said(tr("The files the interrupted upgrade replaced are kept in %1.").arg(entry.backup));
    return replaceBinaries(answers, entry.upgradeTo, QString(), options, ApplyJournal::interruptedMessage(entry));
}

ApplyJob::Outcome ApplyJob::uninstall(const QString &serviceName, const Options &options)
{
    if (const std::optional<Outcome> refused = refuseHost())
        return *refused;
    const QString interrupted = ApplyJournal::interruptedMessage(ApplyJournal::read(m_host));
    if (!interrupted.isEmpty())
        emit complained(interrupted);
    const Uninstaller::Result result = Uninstaller::run(m_host, serviceName, options.keepData, options.keepCerts);
    if (result.failures.isEmpty() && !interrupted.isEmpty()) {
        ApplyJournal(m_host).end(); // nothing is left to finish
        emit said(tr("The interrupted apply's journal was removed with the rest."));
    }
    if (!result.found) {
        emit said(tr("No Docker is installed here: nothing to remove."));
        emit finished(NothingToRemove, QString());
        return NothingToRemove;
    }
    for (const QString &line : result.removed)
        emit said(tr("Removed: %1").arg(line));
    for (const QString &line : result.kept)
        emit said(tr("Kept: %1").arg(line));
    for (const QString &line : result.failures)
        emit complained(tr("Failed: %1").arg(line));
    const Outcome outcome = result.failures.isEmpty() ? Removed : Failed;
    emit finished(outcome, result.failures.isEmpty() ? QString() : result.failures.first());
    return outcome;
}

ApplyJob::Outcome ApplyJob::bundle(const Answers &answers, const QString &bundleFile, const Options &options)
{
    BundleBuilder builder;
    connect(&builder, &BundleBuilder::said, this, &ApplyJob::said);
    connect(&builder, &BundleBuilder::downloadProgress, this, &ApplyJob::downloadProgress);
    QString error;
    const bool ok = builder.build(answers, {bundleFile, options.clientOut}, &error, [this] { return isCancelled(); });
    if (ok) {
        emit finished(Bundled, QString());
        return Bundled;
    }
    const Outcome outcome = isCancelled() ? Cancelled : builder.answersInvalid() ? Invalid : Failed;
    for (const QString &line : error.split(QLatin1Char('\n')))
        emit complained(line);
    emit finished(outcome, error.section(QLatin1Char('\n'), 0, 0));
    return outcome;
}

ApplyJob::Outcome ApplyJob::fleet(const Answers &base, const FleetBuilder::Options &options)
{
    FleetBuilder builder;
    connect(&builder, &FleetBuilder::said, this, &ApplyJob::said);
    connect(&builder, &FleetBuilder::downloadProgress, this, &ApplyJob::downloadProgress);
    QString error;
    if (builder.build(base, options, &error, [this] { return isCancelled(); })) {
        emit finished(Bundled, QString());
        return Bundled;
    }
    const Outcome outcome = isCancelled() ? Cancelled : builder.inputInvalid() ? Invalid : Failed;
    for (const QString &line : error.split(QLatin1Char('\n')))
        emit complained(line);
    emit finished(outcome, error.section(QLatin1Char('\n'), 0, 0));
    return outcome;
}
