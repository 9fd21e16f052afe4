#include "ApplySteps.h"

#include "CertificateCheckStep.h"
#include "DaemonVersionStep.h"
#include "FileStep.h"
#include "FirewallStep.h"
#include "FolderTakeoverStep.h"
#include "KeyPermissionsStep.h"
#include "NativeServiceStep.h"
#include "NssmServiceStep.h"
#include "Plan.h"
#include "ScheduledTaskStep.h"
#include "fetch/LocalArchive.h"
#include "render/DaemonFlags.h"
#include "render/DaemonJson.h"
#include "render/DaemonScript.h"
#include "render/ServiceCommands.h"
#include "tls/CertificateFiles.h"

#include <QJsonDocument>

namespace {

// In the script style, a daemon.json left on the host must not set what the script's flags set:
// dockerd would refuse to start. Only those keys go; the rest of the file stays as it is.
FileStep::Content daemonJsonWithoutConflicts(const Answers &answers)
{
    return [answers](const QByteArray *existing, QString *error) -> std::optional<QByteArray> {
        if (!existing)
            return std::nullopt;
        const QJsonDocument document = QJsonDocument::fromJson(*existing);
        if (!document.isObject()) {
            *error = DaemonJson::tr("the existing daemon.json is not a JSON object (%1); Berth leaves it as it is")
                         .arg(DaemonJson::tr("another JSON value"));
            return std::nullopt;
        }
        QJsonObject json = document.object();
        const QStringList flags = DaemonFlags::all(answers, answers.tls.enabled);
        bool changed = false;
        for (const QString &key : json.keys()) {
            if (!DaemonJson::conflicts(flags, QJsonObject{{key, json.value(key)}}).isEmpty()) {
                json.remove(key);
                changed = true;
            }
        }
        return changed ? QJsonDocument(json).toJson(QJsonDocument::Indented) : *existing;
    };
}

std::optional<QByteArray> notFetched(const QByteArray *, QString *why)
{
    *why = ApplySteps::tr("only described: nothing was fetched");
    return std::nullopt;
}

} // namespace

std::vector<std::unique_ptr<Step>> ApplySteps::binaries(const Answers &a, QString *error, Purpose purpose,
                                                        const QString &expectedVersion)
{
    const bool describing = purpose == Describe;
    std::vector<std::unique_ptr<Step>> steps;
    if (a.binaries.source == Source::Keep)
        return steps; // the binaries on the host stay; nothing to place
    QHash<QString, QByteArray> binaries;
    if (!describing) {
        if (a.binaries.source != Source::Local) {
            *error = tr("binaries.source: the binaries have not been downloaded yet");
            return {};
        }
        binaries = LocalArchive::dockerBinaries(a.binaries.localPath, error);
        if (binaries.isEmpty()) {
            *error = QStringLiteral("binaries.localPath: ") + *error;
            return {};
        }
    }
    auto content = [&](const char *name) {
        return describing ? FileStep::Content(notFetched) : FileStep::fixed(binaries.value(QLatin1String(name)));
    };
    auto dockerd =
        std::make_unique<FileStep>(tr("Place dockerd.exe"), ServiceCommands::dockerdExe(a), content("dockerd.exe"));
    dockerd->describeAs({Plan::binaries(a)}); // docker.exe comes with it
    auto version = std::make_unique<DaemonVersionStep>(dockerd.get(), expectedVersion);
    steps.push_back(std::move(dockerd));
    steps.push_back(std::move(version));
    steps.push_back(std::make_unique<FileStep>(tr("Place docker.exe"), ServiceCommands::dockerExe(a),
                                               content("docker.exe"), false));
    return steps;
}

std::vector<std::unique_ptr<Step>> ApplySteps::build(const Answers &a, QString *error, bool win64,
                                                     const ServerFiles *fresh, Purpose purpose)
{
    const bool describing = purpose == Describe;
    std::vector<std::unique_ptr<Step>> steps = binaries(a, error, purpose);
    if (steps.empty() && a.binaries.source != Source::Keep)
        return {};
    // Before anything goes into a folder that was there: it must be SYSTEM's and Administrators' alone.
    steps.insert(steps.begin(), std::make_unique<FolderTakeoverStep>(FolderTakeoverStep::foldersFor(a)));
    const ServiceManager manager = a.service.manager;
    if (manager == ServiceManager::Nssm && a.nssm.source != Source::Keep) {
        QByteArray nssm;
        if (!describing) {
            if (a.nssm.source != Source::Local) {
                *error = tr("nssm.source: NSSM has not been downloaded yet");
                return {};
            }
            nssm = LocalArchive::nssmExecutable(a.nssm.localPath, win64, error);
            if (nssm.isEmpty()) {
                *error = QStringLiteral("nssm.localPath: ") + *error;
                return {};
            }
        }
        auto place = std::make_unique<FileStep>(tr("Place nssm.exe"), ServiceCommands::nssmExe(),
                                                describing ? FileStep::Content(notFetched) : FileStep::fixed(nssm));
        place->describeAs({Plan::nssm(a)});
        steps.push_back(std::move(place));
    }

    const bool jsonStyle = a.daemon.configStyle == ConfigStyle::DaemonJson;
    if (a.usesStartScript()) {
        const QByteArray script = DaemonScript::render(a);
        auto write =
            std::make_unique<FileStep>(tr("Write runDockerDaemon.cmd"), a.scriptPath(), FileStep::fixed(script));
        write->describeAs({Plan::writeFile(Plan::tr("Daemon start script"), a.scriptPath(), script)});
        steps.push_back(std::move(write));
    }
    if (jsonStyle) {
        auto write =
            std::make_unique<FileStep>(tr("Write daemon.json"), a.daemonJsonPath(),
                                       [a](const QByteArray *existing, QString *why) -> std::optional<QByteArray> {
                                           const QByteArray merged =
                                               DaemonJson::render(a, existing ? *existing : QByteArray(), why);
                                           return merged.isEmpty() ? std::nullopt : std::optional<QByteArray>(merged);
                                       });
        write->describeAs(
            {Plan::writeFile(Plan::tr("Daemon configuration"), a.daemonJsonPath(), DaemonJson::render(a))});
        steps.push_back(std::move(write));
    } else {
        auto clear = std::make_unique<FileStep>(tr("Keep daemon.json clear of the script's flags"), a.daemonJsonPath(),
                                                daemonJsonWithoutConflicts(a));
        clear->setLeftByInstallScript(QStringLiteral(
            "daemon.json stays as it is: cmd.exe cannot take keys out of a JSON file as apply does; a key that "
            "sets a flag of the script makes dockerd refuse to start, which the start below reports"));
        steps.push_back(std::move(clear));
    }
    static const ServerFiles made; // described only: the files Berth would make
    if (describing && a.tls.generate)
        fresh = &made;
    if (a.tls.enabled && fresh) {
        const auto install = [&](const char *name, const QByteArray &bytes) {
            return std::make_unique<FileStep>(tr("Install %1").arg(QLatin1String(name)),
                                              CertificateFiles::onHost(a.tls.certDir, name), FileStep::fixed(bytes));
        };
        auto ca = install(CertificateFiles::ca, fresh->ca);
        ca->describeAs({Plan::certificates(a)}); // the three files and tag.txt
        steps.push_back(std::move(ca));
        steps.push_back(install(CertificateFiles::serverCert, fresh->certificate));
        auto key = install(CertificateFiles::serverKey, fresh->key);
        key->setSecret(true);
        auto permissions = std::make_unique<KeyPermissionsStep>(key.get());
        steps.push_back(std::move(key));
        steps.push_back(std::move(permissions));
    } else if (a.tls.enabled) {
        steps.push_back(std::make_unique<CertificateCheckStep>());
    }
    // The manual procedure's script takes its secure branch when tag.txt is there: it is there exactly when
    // remote access is on.
    if (a.scriptCarriesFlags()) {
        const QString tag = a.tagPath();
        auto mark = std::make_unique<FileStep>(
            tr("Mark remote access in tag.txt"), tag,
            a.tls.enabled ? FileStep::Content([](const QByteArray *existing, QString *) {
                return std::optional<QByteArray>(existing ? *existing : QByteArray("berth\r\n"));
            })
                          : FileStep::absent());
        mark->setKeptWhenThere(); // its bytes do not matter, only that it is there
        steps.push_back(std::move(mark));
    }

    if (manager == ServiceManager::Native)
        steps.push_back(std::make_unique<NativeServiceStep>());
    else if (manager == ServiceManager::ScheduledTask)
        steps.push_back(std::make_unique<ScheduledTaskStep>());
    else
        steps.push_back(std::make_unique<NssmServiceStep>());
    steps.push_back(std::make_unique<FirewallStep>());
    return steps;
}
