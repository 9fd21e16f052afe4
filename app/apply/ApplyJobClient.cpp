// ApplyJob for a client machine: setting it up to manage a Docker host, and taking that away again.
#include "ApplyJob.h"

#include "ApplyRun.h"
#include "client/ClientPlaces.h"
#include "client/ClientSteps.h"
#include "fetch/LocalArchive.h"
#include "host/HostFacts.h"
#include "host/LocalFile.h"
#include "host/SecretFile.h"
#include "tls/CertificateCheck.h"
#include "tls/CertificateFiles.h"
#include "tls/DaemonProbe.h"
#include "tls/DockerApi.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

namespace {

// The client's three files from a folder or a zip (into a folder of this user's alone), checked: they
// chain, the key is the certificate's, none has expired.
bool readClientFiles(const ApplyJob::Options &options, ClientSteps::Inputs *in, QString *error)
{
    if (options.certDir.isEmpty() == options.certsZip.isEmpty()) {
        *error = ApplyJob::tr("the client's certificates: give either --cert-dir or --certs-zip");
        return false;
    }
    QTemporaryDir unpacked;
    QString folder = options.certDir;
    if (!options.certsZip.isEmpty()) {
        const QHash<QString, QByteArray> entries =
            LocalArchive::readEntries(options.certsZip,
                                      {QLatin1String(CertificateFiles::ca), QLatin1String(CertificateFiles::clientCert),
                                       QLatin1String(CertificateFiles::clientKey)},
                                      error);
        if (entries.isEmpty()) {
            *error = QStringLiteral("--certs-zip: ") + *error;
            return false;
        }
        folder = unpacked.path();
        for (auto it = entries.begin(); it != entries.end(); ++it) {
            if (!SecretFile::write(folder + QLatin1Char('/') + it.key(), it.value(), error))
                return false;
        }
    }
    const CertificateCheck::Result check = CertificateCheck::checkClient(folder);
    if (!check.ok()) {
        *error = (options.certsZip.isEmpty() ? QStringLiteral("--cert-dir: ") : QStringLiteral("--certs-zip: ")) +
                 check.problems.join(QStringLiteral("; "));
        return false;
    }
    in->ca = LocalFile::read(CertificateFiles::local(folder, CertificateFiles::ca));
    in->certificate = LocalFile::read(CertificateFiles::local(folder, CertificateFiles::clientCert));
    in->key = LocalFile::read(CertificateFiles::local(folder, CertificateFiles::clientKey));
    return true;
}

} // namespace

ApplyJob::Outcome ApplyJob::runClient(ApplyRun &applyRun, bool dryRun, const QString &done)
{
    applyRun.setCancelCheck([this] { return isCancelled(); });
    connect(&applyRun, &ApplyRun::stepStarted, this, &ApplyJob::stepStarted);
    connect(&applyRun, &ApplyRun::stepFinished, this, &ApplyJob::stepFinished);
    const ApplyRun::Outcome outcome = applyRun.run(dryRun);
    if (outcome == ApplyRun::Applied || outcome == ApplyRun::RolledBack)
        EnvironmentStep::announce();
    switch (outcome) {
    case ApplyRun::NotStarted:
        return finish(Failed, applyRun.error());
    case ApplyRun::NothingToChange:
        emit said(tr("Nothing changes: %1").arg(done));
        return NothingToChange;
    case ApplyRun::DryRun:
        emit said(tr("Would change (dry run, nothing was changed):"));
        for (const QString &line : applyRun.plannedChanges())
            emit said(QStringLiteral("  ") + line);
        return finish(DryRun);
    case ApplyRun::RolledBack:
        return finish(isCancelled() ? Cancelled : RolledBack, applyRun.error());
    case ApplyRun::Applied:
        break;
    }
    return Applied;
}

ApplyJob::Outcome ApplyJob::setUpClient(Answers answers, const Options &options)
{
    if (!m_host.exists())
        return finish(Invalid, WindowsHost::missingReason());
    if (const std::optional<QString> refusal = anotherUsersSession())
        return finish(Invalid, *refusal);
    QString error;
    ClientSteps::Inputs in;
    in.host = ClientSteps::endpoint(options.endpoint, &error);
    if (in.host.isEmpty() || !readClientFiles(options, &in, &error))
        return finish(Invalid, error);
    in.allUsers = options.allUsers;
    ClientPlaces places;
    if (!ClientPlaces::read(m_host, &places, &error))
        return finish(Failed, error);
    if (answers.binaries.source != Source::Keep) {
        if (!fetchBinaries(answers, options.dryRun, &error, true))
            return finish(isCancelled() ? Cancelled : Failed, error);
        if (answers.binaries.source == Source::Keep) // a dry run, and the zip is not in the cache yet
            in.dockerExe = QByteArray("(not downloaded yet)");
        if (answers.binaries.source == Source::Local) {
            const QHash<QString, QByteArray> binaries =
                LocalArchive::dockerBinaries(answers.binaries.localPath, &error);
            if (binaries.isEmpty())
                return finish(Failed, QStringLiteral("binaries.localPath: ") + error);
            in.dockerExe = binaries.value(QStringLiteral("docker.exe"));
        }
    }
    // Program Files and the machine's Path are for administrators; this user's settings are not.
    const QString cli = m_host.localPath(places.dockerExe());
    const bool newCli = in.dockerExe && !(QFileInfo::exists(cli) && LocalFile::read(cli) == *in.dockerExe);
    if (!options.dryRun && !HostFacts::runsElevated()) {
        if (newCli)
            return finish(Failed, tr("placing docker.exe in %1 needs administrator rights. %2")
                                      .arg(places.dockerFolder(), HostFacts::notElevated()));
        if (in.allUsers)
            return finish(Failed, tr("--all-users changes the machine's Path, which needs administrator rights. %1")
                                      .arg(HostFacts::notElevated()));
    }
    const Backup backup(m_host, places.backupParent(), SecretFile::ThisUser);
    std::vector<std::unique_ptr<Step>> steps = ClientSteps::setUp(m_host, places, in, backup, &error);
    if (steps.empty())
        return finish(Failed, error);
    ApplyContext context(m_host, answers, backup);
    ApplyRun applyRun(context, std::move(steps), nullptr, ApplyRun::Alone);
    const Outcome outcome =
        runClient(applyRun, options.dryRun, tr("this computer is already set up to manage %1.").arg(in.host));
    if (outcome != Applied && outcome != NothingToChange)
        return outcome;
    if (outcome == Applied) {
        emit said(tr("This computer now manages %1: DOCKER_HOST, DOCKER_TLS_VERIFY and DOCKER_CERT_PATH are set for "
                     "this user and the client's files are in %2. Command windows opened from now on see them.")
                      .arg(in.host, places.certFolder()));
        const QString where = places.dockerCli(m_host);
        emit said(where == places.dockerExe() && !in.allUsers
                      ? tr("The docker CLI is %1, on this user's Path.").arg(where)
                      : tr("The docker CLI is %1, on every user's Path.").arg(where));
        const QString before = places.cliBeforeUserPath(m_host);
        if (where == places.dockerExe() && !in.allUsers && !before.isEmpty())
            emit complained(tr("Note: %1 is on the machine's Path, which Windows puts before this user's: `docker` "
                               "runs that one, not %2. Run %2 by its full name, or take %3 out of the machine's Path.")
                                .arg(before, where, before.left(before.lastIndexOf(QLatin1Char('\\')))));
        if (context.backup.isUsed())
            emit said(tr("What was replaced is kept in %1; berth client --remove puts it back.")
                          .arg(context.backup.windowsFolder()));
    }
    QNetworkAccessManager network;
    const DaemonProbe::Result probe =
        DaemonProbe::probe(&network, in.host, m_host.localPath(places.certFolder()), 10000);
    if (probe.ok) {
        emit said(
            tr("Check: Docker %1 (API %2, %3) answers at %4.").arg(probe.version, probe.apiVersion, probe.os, in.host));
        checkCliSpeaks(places.dockerCli(m_host), probe);
    } else
        emit complained(tr("Check: the daemon does not answer at %1: %2. The set-up stays; berth probe asks again.")
                            .arg(in.host, probe.error));
    return finish(outcome);
}

// A daemon refuses a client older than its MinAPIVersion (engine 29: docker CLI 25 and later): the set-up stays, and
// the admin learns why docker commands will fail.
void ApplyJob::checkCliSpeaks(const QString &cli, const DaemonProbe::Result &probe)
{
    if (cli.isEmpty() || probe.minApiVersion.isEmpty())
        return;
    const WindowsHost::Result version = m_host.run({cli, {QStringLiteral("--version")}, QString()});
    const QString api = DockerApi::ofCli(version.out);
    if (api.isEmpty() || DockerApi::compare(api, probe.minApiVersion) >= 0)
        return;
    emit complained(
        tr("Check: %1 speaks the Engine API up to %2, and Docker %3 takes clients from API %4 on: its "
           "commands will be refused until a docker.exe of %5 or later is placed (binaries.version).")
            .arg(cli, api, probe.version, probe.minApiVersion, DockerApi::firstCliFor(probe.minApiVersion)));
}

// A client set-up is the user's who runs it: their profile, HKCU and docker settings. Elevated with another
// account's credentials (UAC's prompt on a standard user's desktop), it would set up that account instead.
std::optional<QString> ApplyJob::anotherUsersSession() const
{
    const QString session = HostFacts::sessionUserIfNotThisOne();
    if (session.isEmpty())
        return std::nullopt;
    return tr("Berth runs as %1, but %2 is signed in to this session: the client set-up goes into the profile, the "
              "environment and the docker settings of the user who runs it, so it would be %1's, not %2's. As %2, "
              "run berth client from a prompt that is not elevated (with binaries.source keep once an administrator "
              "has placed docker.exe), or sign in as %1.")
        .arg(qEnvironmentVariable("USERNAME"), session);
}

ApplyJob::Outcome ApplyJob::removeClient(const Options &options)
{
    if (!m_host.exists())
        return finish(Invalid, WindowsHost::missingReason());
    if (const std::optional<QString> refusal = anotherUsersSession())
        return finish(Invalid, *refusal);
    QString error;
    ClientPlaces places;
    if (!ClientPlaces::read(m_host, &places, &error))
        return finish(Failed, error);
    const QString recordFile = m_host.localPath(places.record());
    if (!QFileInfo::exists(recordFile)) {
        emit said(tr("Berth has not set up this computer to manage a Docker host (%1 is not there): nothing to "
                     "remove.")
                      .arg(places.record()));
        return finish(NothingToRemove);
    }
    const ClientRecord record = ClientRecord::fromJson(LocalFile::read(recordFile), &error);
    if (!error.isEmpty())
        return finish(Failed, places.record() + QStringLiteral(": ") + error);
    const bool machineWide =
        std::any_of(record.paths.begin(), record.paths.end(),
                    [](const ClientRecord::PathEntry &p) { return p.key == EnvironmentStep::machineKey(); }) ||
        std::any_of(record.files.begin(), record.files.end(), [&](const ClientRecord::File &f) {
            return f.path.compare(places.dockerExe(), Qt::CaseInsensitive) == 0;
        });
    if (machineWide && !options.dryRun && !HostFacts::runsElevated())
        return finish(Failed, HostFacts::notElevated());
    std::vector<std::unique_ptr<Step>> steps = ClientSteps::removal(m_host, places, record, &error);
    if (steps.empty())
        return finish(Failed, error);
    ApplyContext context(m_host, Answers(), Backup(m_host, places.backupParent(), SecretFile::ThisUser));
    ApplyRun applyRun(context, std::move(steps), nullptr, ApplyRun::Alone);
    const Outcome outcome = runClient(applyRun, options.dryRun, tr("the set-up is already gone."));
    if (outcome != Applied)
        return outcome == NothingToChange ? finish(NothingToRemove) : outcome;
    emit said(tr("This computer no longer manages %1: what the set-up replaced is back, what it added is gone.")
                  .arg(record.host));
    return finish(Removed);
}
