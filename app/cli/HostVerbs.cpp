#include "HostVerbs.h"

#include "host/LocalFile.h"

#include "CommandLine.h"
#include "TlsVerbs.h"
#include "answers/AnswersValidator.h"
#include "apply/ApplyRun.h"
#include "apply/ApplySteps.h"
#include "apply/Uninstaller.h"
#include "fetch/BinaryFetch.h"
#include "fetch/Downloader.h"
#include "host/HostFacts.h"
#include "inspect/HostInspector.h"
#include "logtail/DaemonLogTail.h"
#include "tls/CertificateCheck.h"
#include "tls/CertificateMaker.h"
#include "tls/DaemonProbe.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>

#include <cstdio>
#include <optional>

namespace {

void say(const QString &line)
{
    const QByteArray bytes = (line + QLatin1Char('\n')).toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void complain(const QString &line)
{
    const QByteArray bytes = (line + QLatin1Char('\n')).toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

// Downloads what the answers download into the cache and points the answers at the local files.
// A dry run downloads nothing: what is not in the cache yet is only named.
bool fetchBinaries(Answers &answers, bool dryRun, QString *error)
{
    const bool binaries = answers.binaries.source == QLatin1String("download");
    const bool nssm =
        answers.service.manager == QLatin1String("nssm") && answers.nssm.source == QLatin1String("download");
    if (!binaries && !nssm)
        return true;
    QNetworkAccessManager network;
    BinaryFetch fetch(&network, BinaryFetch::defaultCacheFolder());
    if (dryRun) {
        const QString zip =
            answers.binaries.package == QLatin1String("exe") ? answers.binaries.dockerdUrl : answers.effectiveZipUrl();
        if (binaries && !QFileInfo::exists(fetch.cachePath(zip))) {
            say(HostVerbs::tr("Would download %1").arg(zip));
            answers.binaries.source = QStringLiteral("keep");
        }
        if (nssm && !QFileInfo::exists(fetch.cachePath(answers.nssm.url))) {
            say(HostVerbs::tr("Would download %1").arg(answers.nssm.url));
            answers.nssm.source = QStringLiteral("keep");
        }
    }
    QElapsedTimer lastReport;
    lastReport.start();
    const BinaryFetch::Progress progress = [&](const QString &url, qint64 done, qint64 total, double rate) {
        if (lastReport.elapsed() < 1000 && done != total)
            return;
        lastReport.restart();
        say(HostVerbs::tr("Downloading %1: %2").arg(url, Downloader::describeProgress(done, total, rate)));
    };
    QStringList digests;
    const bool ok = fetch.fetch(answers, progress, &digests, error);
    for (const QString &digest : digests)
        say(digest);
    return ok;
}

// Remote access with tls.generate: when the host's cert folder holds no certificates that pass
// the check for the answers' names, new ones are made. The server's three files go to the host
// through the apply; the CA key and the client's files go to clientOut only.
bool prepareCertificates(const WindowsHost &host, const Answers &answers, const QString &clientOut, bool dryRun,
                         std::optional<ApplySteps::ServerFiles> *fresh, QString *error)
{
    if (!answers.tls.enabled || !answers.tls.generate)
        return true;
    const CertificateCheck::Result present =
        CertificateCheck::check(host.localPath(answers.tls.certDir), answers.tls.subjectAltNames);
    for (const QString &warning : present.warnings)
        say(warning);
    if (present.ok())
        return true;
    if (dryRun) {
        say(HostVerbs::tr("Would make new certificates for %1")
                .arg(answers.tls.subjectAltNames.join(QStringLiteral(", "))));
        return true;
    }
    if (clientOut.isEmpty()) {
        *error =
            HostVerbs::tr("tls.generate: Berth makes new certificates for this host; name a folder on this machine "
                          "for the CA key and the client's files with --client-out DIR");
        return false;
    }
    CertificateMaker::KeyType type = CertificateMaker::Rsa4096;
    CertificateMaker::parseKeyType(answers.tls.keyType, &type);
    if (!QDir().mkpath(clientOut) ||
        !CertificateMaker::makeAll(clientOut, answers.tls.subjectAltNames, type, answers.tls.days, error))
        return false;
    *fresh = ApplySteps::ServerFiles{LocalFile::read(clientOut + QStringLiteral("/ca.pem")),
                                     LocalFile::read(clientOut + QStringLiteral("/server-cert.pem")),
                                     LocalFile::read(clientOut + QStringLiteral("/server-key.pem"))};
    // The server's key lives on the server only.
    QFile::remove(clientOut + QStringLiteral("/server-key.pem"));
    QFile::remove(clientOut + QStringLiteral("/server-cert.pem"));
    say(HostVerbs::tr("Made new certificates; the CA key and the client's files are in %1 and stay off the host.")
            .arg(clientOut));
    const QString dockerHost =
        QStringLiteral("tcp://%1:%2").arg(answers.tls.subjectAltNames.first()).arg(answers.tls.port);
    for (const QString &line : TlsVerbs::clientEnvironment(dockerHost, clientOut))
        say(line);
    const QString context = TlsVerbs::dockerContext(dockerHost, clientOut);
    if (!context.isEmpty())
        say(context);
    return true;
}

} // namespace

int HostVerbs::apply(Answers answers, const QString &root, bool dryRun, const QString &clientOut)
{
    const WindowsHost host = WindowsHost::fromEnvironment(root);
    const HostFacts facts = HostFacts::read(host, answers.service.name, answers.tls.enabled ? answers.tls.port : 0);
    for (const QString &line : facts.report())
        say(line);
    if (!facts.administrator || facts.portTaken()) {
        complain(tr("Nothing was changed."));
        return CommandLine::Failed;
    }
    if (answers.host.build == 0)
        answers.host.build = facts.build;
    if (!facts.edition.isEmpty() && facts.edition != answers.host.edition)
        say(tr("Note: the answers say host.edition %1, the registry says %2.")
                .arg(answers.host.edition, facts.edition));
    const QStringList problems = AnswersValidator::validate(answers);
    if (!problems.isEmpty()) {
        for (const QString &problem : problems)
            complain(problem);
        return CommandLine::Invalid;
    }

    QString error;
    if (!fetchBinaries(answers, dryRun, &error)) {
        complain(error);
        complain(tr("Nothing was changed."));
        return CommandLine::Failed;
    }
    std::optional<ApplySteps::ServerFiles> fresh;
    if (!prepareCertificates(host, answers, clientOut, dryRun, &fresh, &error)) {
        complain(error);
        complain(tr("Nothing was changed."));
        return error.startsWith(QLatin1String("tls.generate")) ? CommandLine::Invalid : CommandLine::Failed;
    }
    std::vector<std::unique_ptr<Step>> steps =
        ApplySteps::build(answers, &error, facts.win64, fresh ? &*fresh : nullptr);
    if (steps.empty()) {
        complain(error);
        return CommandLine::Failed;
    }
    ApplyContext context(host, answers);
    ApplyRun run(context, std::move(steps));
    QObject::connect(&run, &ApplyRun::stepStarted, [](int index, int count, const QString &title) {
        say(QStringLiteral("[%1/%2] %3 ...").arg(index + 1).arg(count).arg(title));
    });
    QObject::connect(&run, &ApplyRun::stepFinished, [](int, bool ok, const QString &message) {
        say(ok ? tr("      done") : tr("      failed: %1").arg(message));
    });
    const ApplyRun::Outcome outcome = run.run(dryRun);
    switch (outcome) {
    case ApplyRun::NotStarted:
        complain(run.error());
        complain(tr("Nothing was changed."));
        return CommandLine::Failed;
    case ApplyRun::NothingToChange:
        say(tr("Nothing changes: the host is already as the answers say."));
        return CommandLine::Done;
    case ApplyRun::DryRun:
        say(tr("Would change (dry run, nothing was changed):"));
        for (const QString &line : run.plannedChanges())
            say(QStringLiteral("  ") + line);
        return CommandLine::Done;
    case ApplyRun::RolledBack:
        complain(run.error());
        return CommandLine::Failed;
    case ApplyRun::Applied:
        break;
    }
    if (context.backup.isUsed())
        say(tr("Replaced files were saved in %1.").arg(context.backup.windowsFolder()));
    say(tr("Applied."));
    // The same probe as the wizard's log page, where the client's files are at hand.
    if (answers.tls.enabled && !clientOut.isEmpty() && !answers.tls.subjectAltNames.isEmpty() &&
        QFileInfo::exists(clientOut + QStringLiteral("/cert.pem"))) {
        QNetworkAccessManager network;
        const QString address =
            QStringLiteral("tcp://%1:%2").arg(answers.tls.subjectAltNames.first()).arg(answers.tls.port);
        const DaemonProbe::Result probe = DaemonProbe::probe(&network, address, clientOut, 5000);
        say(probe.ok ? tr("Check: Docker %1 (API %2) answers at %3.").arg(probe.version, probe.apiVersion, address)
                     : tr("Check: the daemon does not answer at %1 yet: %2").arg(address, probe.error));
    }
    return CommandLine::Done;
}

int HostVerbs::inspect(const QString &root, const QString &serviceName)
{
    const WindowsHost host = WindowsHost::fromEnvironment(root);
    const HostInspector::Result result = HostInspector::inspect(host, serviceName);
    for (const QString &problem : result.problems)
        complain(problem);
    if (!result.found) {
        complain(tr("No Docker service or scheduled task named %1 is on this host.").arg(serviceName));
        return CommandLine::Failed;
    }
    const QByteArray json = QJsonDocument(result.answers.toJson()).toJson(QJsonDocument::Indented);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    return CommandLine::Done;
}

int HostVerbs::tail(const Answers &answers, const QString &root, int lines, bool follow)
{
    const WindowsHost host = WindowsHost::fromEnvironment(root);
    const QString path = host.localPath(answers.service.stdoutPath);
    if (!QFileInfo::exists(path)) {
        complain(tr("%1 is not there (yet): the service has not written its log").arg(answers.service.stdoutPath));
        return CommandLine::Failed;
    }
    DaemonLogTail tail(path);
    for (const QString &line : tail.lastLines(lines))
        say(line);
    if (!follow)
        return CommandLine::Done;
    QObject::connect(&tail, &DaemonLogTail::lineAppended, [](const QString &line) { say(line); });
    QObject::connect(&tail, &DaemonLogTail::restarted,
                     [](const QString &why) { say(QStringLiteral("-- ") + why + QStringLiteral(" --")); });
    tail.follow();
    return QCoreApplication::exec();
}

int HostVerbs::uninstall(const QString &root, const QString &serviceName, bool keepData, bool keepCerts)
{
    const WindowsHost host = WindowsHost::fromEnvironment(root);
    const Uninstaller::Result result = Uninstaller::run(host, serviceName, keepData, keepCerts);
    if (!result.found) {
        say(tr("No Docker is installed here: nothing to remove."));
        return CommandLine::Done;
    }
    for (const QString &line : result.removed)
        say(tr("Removed: %1").arg(line));
    for (const QString &line : result.kept)
        say(tr("Kept: %1").arg(line));
    for (const QString &line : result.failures)
        complain(tr("Failed: %1").arg(line));
    return result.failures.isEmpty() ? CommandLine::Done : CommandLine::Failed;
}
