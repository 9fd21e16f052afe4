#include "ClientSteps.h"

#include "DockerContextStep.h"
#include "KeptCopyStep.h"

#include "answers/FieldRules.h"
#include "apply/EnvironmentStep.h"
#include "apply/FileStep.h"
#include "host/LocalFile.h"
#include "tls/CertificateFiles.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QRegularExpression>

namespace {

struct Certificate
{
    const char *name;
    QByteArray ClientSteps::Inputs::*bytes;
};
const Certificate certificates[] = {{CertificateFiles::ca, &ClientSteps::Inputs::ca},
                                    {CertificateFiles::clientCert, &ClientSteps::Inputs::certificate},
                                    {CertificateFiles::clientKey, &ClientSteps::Inputs::key}};

std::unique_ptr<FileStep> placed(const QString &title, const QString &path, const FileStep::Content &content,
                                 bool secret)
{
    auto step = std::make_unique<FileStep>(title, path, content, false);
    step->setInheritFolders(); // Program Files and the user's profile already say who may read
    if (secret)
        step->setSecret(true, SecretFile::ThisUser);
    return step;
}

} // namespace

QString ClientSteps::endpoint(const QString &given, QString *error)
{
    static const QRegularExpression form(
        QStringLiteral("^(?:tcp://)?(\\[[0-9A-Fa-f:.]+\\]|[^:/\\[\\]]+)(?::(\\d{1,5}))?$"));
    const QRegularExpressionMatch match = form.match(given.trimmed());
    QString name = match.captured(1);
    const bool bracketed = name.startsWith(QLatin1Char('['));
    if (bracketed)
        name = name.mid(1, name.size() - 2);
    const int port = match.captured(2).isEmpty() ? 2376 : match.captured(2).toInt();
    QString why = !match.hasMatch() ? tr("it is not tcp://NAME:PORT") : FieldRules::hostName(name);
    if (why.isEmpty() && FieldRules::isIPv6(name) != bracketed)
        why = tr("an IPv6 address goes in brackets: tcp://[ADDRESS]:PORT");
    if (why.isEmpty())
        why = FieldRules::port(port);
    if (!why.isEmpty()) {
        *error = tr("--host: %1: %2").arg(given, why);
        return {};
    }
    return QStringLiteral("tcp://%1:%2").arg(bracketed ? QLatin1Char('[') + name + QLatin1Char(']') : name).arg(port);
}

std::vector<std::unique_ptr<Step>> ClientSteps::setUp(const WindowsHost &host, const ClientPlaces &places,
                                                      const Inputs &in, const Backup &backup, QString *error)
{
    std::vector<std::unique_ptr<Step>> steps;
    QList<const FileStep *> files;
    QList<const EnvironmentStep *> variables;
    const EnvironmentStep *path = nullptr;

    bool cliInFolder = true;
    if (in.dockerExe) {
        auto cli = placed(tr("Place docker.exe"), places.dockerExe(), FileStep::fixed(*in.dockerExe), false);
        files << cli.get();
        // What it replaces is kept in this user's profile: its digest goes where only administrators write.
        auto digest = std::make_unique<KeptCopyStep>(cli.get(), &backup);
        steps.push_back(std::move(cli));
        steps.push_back(std::move(digest));
    } else if (const QString kept = places.dockerCli(host); kept != places.dockerExe()) {
        if (kept.isEmpty()) {
            *error = tr("binaries.source: keep, but no docker.exe is in %1 or %2 to keep")
                         .arg(places.dockerFolder(), ClientPlaces::systemDockerExe());
            return {};
        }
        cliInFolder = false; // System32 is on every Path already
    }
    if (cliInFolder) {
        auto onPath = std::make_unique<EnvironmentStep>(
            in.allUsers ? EnvironmentStep::machineKey() : EnvironmentStep::userKey(), QStringLiteral("Path"),
            EnvironmentStep::withFolder(places.dockerFolder()));
        path = onPath.get();
        steps.push_back(std::move(onPath));
    }
    for (const Certificate &c : certificates) {
        auto file =
            placed(tr("Place %1").arg(QLatin1String(c.name)), CertificateFiles::onHost(places.certFolder(), c.name),
                   FileStep::fixed(in.*c.bytes), CertificateFiles::isKey(QLatin1String(c.name)));
        files << file.get();
        steps.push_back(std::move(file));
    }
    // A context named after the host, for docker --context NAME once DOCKER_HOST points elsewhere.
    const auto certificate = [&](const char *name) { return CertificateFiles::onHost(places.certFolder(), name); };
    auto dockerContext = std::make_unique<DockerContextStep>(
        places, DockerContextStep::nameFor(in.host),
        DockerContextStep::Endpoint{in.host, certificate(CertificateFiles::ca),
                                    certificate(CertificateFiles::clientCert), certificate(CertificateFiles::clientKey),
                                    in.ca, in.certificate, in.key});
    const DockerContextStep *contextStep = dockerContext.get();
    steps.push_back(std::move(dockerContext));
    const QStringList values{in.host, QStringLiteral("1"), places.certFolder()};
    for (qsizetype i = 0; i < variableNames().size(); ++i) {
        auto variable = std::make_unique<EnvironmentStep>(EnvironmentStep::userKey(), variableNames().at(i),
                                                          EnvironmentStep::text(values.at(i)));
        variables << variable.get();
        steps.push_back(std::move(variable));
    }

    const Backup *copies = &backup;
    const QString endpoint = in.host;
    const QString recordPath = places.record();
    const QString dockerFolder = places.dockerFolder();
    auto record = [=](const QByteArray *existing, QString *why) -> std::optional<QByteArray> {
        ClientRecord now;
        now.host = endpoint;
        for (const FileStep *f : files) {
            if (!f->changes().isEmpty())
                now.files.append({f->windowsPath(), f->existed() ? copies->copyOf(f->windowsPath()) : QString(),
                                  f->windowsPath().endsWith(QLatin1String(CertificateFiles::clientKey))});
        }
        for (const EnvironmentStep *v : variables) {
            if (v->changesSomething())
                now.variables.append({v->key(), v->name(), v->before(), v->wanted()});
        }
        if (path && path->changesSomething())
            now.paths.append({path->key(), dockerFolder});
        if (!contextStep->changes().isEmpty()) {
            QStringList kept;
            for (const QString &tls : contextStep->tlsBefore())
                kept << copies->copyOf(tls);
            now.contexts.append({contextStep->name(), contextStep->existed(), contextStep->hostBefore(), kept});
        }
        if (!existing)
            return now.isEmpty() ? std::nullopt : std::optional<QByteArray>(now.toJson());
        const ClientRecord earlier = ClientRecord::fromJson(*existing, why);
        if (!why->isEmpty()) {
            *why = tr("%1: %2; move it away to set this machine up anew").arg(recordPath, *why);
            return std::nullopt;
        }
        return now.mergedInto(earlier).toJson();
    };
    steps.push_back(placed(tr("Write the record of this set-up"), recordPath, record, false));
    return steps;
}

const QStringList &ClientSteps::variableNames()
{
    static const QStringList names{QStringLiteral("DOCKER_HOST"), QStringLiteral("DOCKER_TLS_VERIFY"),
                                   QStringLiteral("DOCKER_CERT_PATH")};
    return names;
}

std::vector<std::unique_ptr<Step>> ClientSteps::removal(const WindowsHost &host, const ClientPlaces &places,
                                                        const ClientRecord &record, QString *error)
{
    std::vector<std::unique_ptr<Step>> steps;
    QStringList ours{places.dockerExe()};
    for (const Certificate &c : certificates)
        ours << CertificateFiles::onHost(places.certFolder(), c.name);
    const QString backups = places.backupParent() + QLatin1Char('\\');
    const auto isCopy = [&](const QString &copy) {
        return copy.startsWith(backups, Qt::CaseInsensitive) && host.pathProblem(copy).isEmpty();
    };
    // The variables first, so that no docker.exe started from here on takes the set-up's DOCKER_HOST for the host it
    // works with (Wine gives a new process HKCU\Environment's variables over its parent's); then the contexts, before
    // docker.exe goes with the files.
    for (const ClientRecord::PathEntry &p : record.paths) {
        // A record is the user's file: it could name System32, which the elevated removal would take off the Path.
        if (p.folder.compare(places.dockerFolder(), Qt::CaseInsensitive) != 0) {
            *error = tr("%1 names a folder of the Path that Berth does not add: %2").arg(places.record(), p.folder);
            return {};
        }
        steps.push_back(
            std::make_unique<EnvironmentStep>(p.key, QStringLiteral("Path"), EnvironmentStep::withoutFolder(p.folder)));
    }
    for (const ClientRecord::Variable &v : record.variables) {
        // Changed since by someone else: theirs stays.
        steps.push_back(std::make_unique<EnvironmentStep>(
            v.key, v.name, [v](const EnvironmentStep::Value &now) { return now == v.set ? v.before : now; }));
    }
    for (const ClientRecord::Context &c : record.contexts) {
        std::optional<DockerContextStep::Endpoint> before;
        if (c.existed) {
            before = DockerContextStep::Endpoint{c.host, {}, {}, {}, {}, {}, {}};
            for (const QString &copy : c.copies) {
                if (!isCopy(copy) || !QFileInfo::exists(host.localPath(copy))) {
                    *error = tr("%1: the copy of the docker context %2's file is not in Berth's backups: %3")
                                 .arg(places.record(), c.name, copy);
                    return {};
                }
                const QByteArray bytes = LocalFile::read(host.localPath(copy));
                if (copy.endsWith(QLatin1String("\\ca.pem"), Qt::CaseInsensitive))
                    std::tie(before->ca, before->caBytes) = std::pair{copy, bytes};
                else if (copy.endsWith(QLatin1String("\\cert.pem"), Qt::CaseInsensitive))
                    std::tie(before->cert, before->certBytes) = std::pair{copy, bytes};
                else
                    std::tie(before->key, before->keyBytes) = std::pair{copy, bytes};
            }
        }
        steps.push_back(std::make_unique<DockerContextStep>(places, c.name, before));
    }
    for (const ClientRecord::File &f : record.files) {
        if (!ours.contains(f.path, Qt::CaseInsensitive)) {
            *error = tr("%1 names a file Berth does not place: %2").arg(places.record(), f.path);
            return {};
        }
        if (!f.copy.isEmpty() && !isCopy(f.copy)) {
            *error = tr("%1 names a copy outside Berth's backups: %2").arg(places.record(), f.copy);
            return {};
        }
        FileStep::Content content = FileStep::absent();
        if (!f.copy.isEmpty()) {
            const QString local = host.localPath(f.copy);
            if (!QFileInfo::exists(local)) {
                *error = tr("the copy of %1 that the set-up kept is gone: %2").arg(f.path, f.copy);
                return {};
            }
            const QByteArray bytes = LocalFile::read(local);
            // Into Program Files only what the set-up kept: the user may have rewritten the copy since.
            const bool programFiles = f.path.compare(places.dockerExe(), Qt::CaseInsensitive) == 0;
            const QString digest =
                QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
            const QString recorded = programFiles ? KeptCopyStep::recorded(host, f.copy) : QString();
            if (programFiles && recorded != digest) {
                *error =
                    tr("the copy of %1 in %2 is not what the set-up kept: its SHA-256 %3 is not the one recorded "
                       "in %4 (%5); Berth puts nothing of it into %1")
                        .arg(f.path, f.copy, digest, KeptCopyStep::key(), recorded.isEmpty() ? tr("none") : recorded);
                return {};
            }
            content = FileStep::fixed(bytes);
        }
        steps.push_back(placed(f.copy.isEmpty() ? tr("Remove %1").arg(f.path) : tr("Put back %1").arg(f.path), f.path,
                               content, f.secret));
        if (!f.copy.isEmpty() && f.path.compare(places.dockerExe(), Qt::CaseInsensitive) == 0)
            steps.push_back(std::make_unique<KeptCopyStep>(f.copy));
    }
    steps.push_back(placed(tr("Remove the record of the set-up"), places.record(), FileStep::absent(), false));
    return steps;
}
