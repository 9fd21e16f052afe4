#include "FleetBuilder.h"

#include "FleetCertificates.h"
#include "FleetHosts.h"
#include "FleetScripts.h"
#include "answers/AnswerKeys.h"
#include "bundle/BundleBuilder.h"
#include "fetch/ZipReader.h"
#include "fetch/ZipWriter.h"
#include "host/LocalFile.h"
#include "tls/CertificateFiles.h"
#include "tls/ClientSetup.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryDir>

#include <filesystem>
#include <optional>

namespace {

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// The server's three files of a host's last bundle, when it has them.
std::optional<ApplySteps::ServerFiles> serverFilesOf(const QString &zipPath)
{
    if (!QFile::exists(zipPath))
        return std::nullopt;
    ZipReader zip(zipPath);
    QString error;
    if (!zip.open(&error))
        return std::nullopt;
    const auto entry = [&](const char *name) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const QString found = zip.find(QStringLiteral("certs/") + QLatin1String(name));
        return found.isEmpty() || !zip.read(found, &buffer, &error) ? QByteArray() : buffer.data();
    };
    ApplySteps::ServerFiles files{entry(CertificateFiles::ca), entry(CertificateFiles::serverCert),
                                  entry(CertificateFiles::serverKey)};
    if (files.ca.isEmpty() || files.certificate.isEmpty() || files.key.isEmpty())
        return std::nullopt;
    return files;
}

// Puts made in place of target unless target holds the same bytes already; whether it did.
bool replaceIfDifferent(const QString &made, const QString &target, bool *replaced, QString *error)
{
    *replaced = LocalFile::read(made) != LocalFile::read(target) || !QFile::exists(target);
    if (!*replaced) {
        QFile::remove(made);
        return true;
    }
    std::error_code failure;
    std::filesystem::rename(std::filesystem::path(made.toStdWString()), std::filesystem::path(target.toStdWString()),
                            failure);
    if (failure) {
        *error = FleetBuilder::tr("cannot put %1 in place: %2")
                     .arg(QDir::toNativeSeparators(target), QString::fromStdString(failure.message()));
        return false;
    }
    return true;
}

// A file that is no secret, written whole when its bytes differ.
bool writeIfDifferent(const QString &path, const QByteArray &bytes, bool *written, QString *error)
{
    *written = !QFile::exists(path) || LocalFile::read(path) != bytes;
    if (!*written)
        return true;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = FleetBuilder::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

QJsonObject certificateJson(const FleetCertificates::Facts &facts)
{
    return {{QStringLiteral("serial"), facts.serial},
            {QStringLiteral("notBefore"), facts.notBefore.toString(Qt::ISODate)},
            {QStringLiteral("notAfter"), facts.notAfter.toString(Qt::ISODate)}};
}

bool inside(const QString &folder, const QString &parent)
{
    const QString a = QDir::cleanPath(QFileInfo(folder).absoluteFilePath()) + QLatin1Char('/');
    const QString b = QDir::cleanPath(QFileInfo(parent).absoluteFilePath()) + QLatin1Char('/');
    return a.startsWith(b, Qt::CaseInsensitive);
}

} // namespace

FleetBuilder::FleetBuilder(QObject *parent) : QObject(parent) {}

QString FleetBuilder::defaultCaFolder(const QString &out)
{
    return QDir::cleanPath(QFileInfo(out).absoluteFilePath()) + QStringLiteral("-ca");
}

bool FleetBuilder::build(const Answers &base, const Options &options, QString *error, std::function<bool()> cancelled)
{
    if (!cancelled)
        cancelled = [] { return false; };
    m_invalid = true;
    QFile csv(options.hosts);
    if (!csv.open(QIODevice::ReadOnly)) {
        *error = tr("--hosts: cannot read %1: %2").arg(QDir::toNativeSeparators(options.hosts), csv.errorString());
        return false;
    }
    const FleetHosts::Result read = FleetHosts::read(csv.readAll(), base, QFileInfo(options.hosts).fileName());
    if (!read.ok()) {
        *error = read.problems.join(QLatin1Char('\n'));
        return false;
    }
    const QString caFolder = options.ca.isEmpty() ? defaultCaFolder(options.out) : options.ca;
    if (inside(caFolder, options.out)) {
        *error = tr("--ca: %1 is inside %2, which goes to the hosts and the deployment tools; the CA's key stays "
                    "out of it")
                     .arg(QDir::toNativeSeparators(caFolder), QDir::toNativeSeparators(options.out));
        return false;
    }
    m_invalid = false;
    FleetCertificates certificates;
    if (!certificates.open(caFolder, base.tls.keyType, base.tls.days, error))
        return false;
    const QString hostsFolder = options.out + QStringLiteral("/hosts");
    const QString ansibleFolder = options.out + QStringLiteral("/ansible");
    for (const QString &folder : {hostsFolder, ansibleFolder}) {
        if (!QDir().mkpath(folder)) {
            *error = tr("cannot make %1").arg(QDir::toNativeSeparators(folder));
            return false;
        }
    }
    for (const QString &line : certificates.said())
        emit said(line);
    // Made in a folder of out's own file system, then moved over the old file when they differ.
    QTemporaryDir scratch(options.out + QStringLiteral("/.berth-XXXXXX"));
    if (!scratch.isValid()) {
        *error = tr("cannot make a temporary folder in %1").arg(QDir::toNativeSeparators(options.out));
        return false;
    }
    bool replaced = false;

    const QByteArray clientCert = LocalFile::read(CertificateFiles::local(caFolder, CertificateFiles::clientCert));
    const FleetCertificates::Facts clientFacts = FleetCertificates::facts(clientCert);
    ZipWriter::Entries clientEntries;
    for (const char *name : CertificateFiles::client)
        clientEntries.append({QLatin1String(name), LocalFile::read(CertificateFiles::local(caFolder, name))});
    // Every zip is made in scratch first and moved into out only once all are made: a fleet that fails at
    // its twentieth host leaves out as it was.
    QList<QPair<QString, QString>> pending; // made, its place in out
    const QString clientZip = options.out + QStringLiteral("/client.zip");
    if (!ZipWriter::write(scratch.filePath(QStringLiteral("client.zip")), clientEntries, error, clientFacts.notBefore))
        return false;
    pending.append({scratch.filePath(QStringLiteral("client.zip")), clientZip});

    // The bundles the last run made, as fleet.json has their digests: one still whole need not be made again
    // when it holds what this run would put in it.
    QHash<QString, QString> previous;
    const QJsonObject last =
        QJsonDocument::fromJson(LocalFile::read(options.out + QStringLiteral("/fleet.json"))).object();
    for (const QJsonValue &host : last.value(QStringLiteral("hosts")).toArray())
        previous.insert(host[QStringLiteral("bundle")].toString().toLower(), host[QStringLiteral("sha256")].toString());

    QList<FleetBundle> bundles;
    QJsonArray hostsJson;
    int made = 0, kept = 0, written = 0;
    for (const FleetHost &host : read.hosts) {
        if (cancelled()) {
            *error = tr("cancelled at %1; nothing in %2 changed").arg(host.name, QDir::toNativeSeparators(options.out));
            return false;
        }
        const QString bundle = host.name + QStringLiteral(".zip");
        const QString target = hostsFolder + QLatin1Char('/') + bundle;
        const QStringList names = host.answers.tls.subjectAltNames;
        bool fresh = false;
        const std::optional<ApplySteps::ServerFiles> server =
            certificates.server(names, serverFilesOf(target), &fresh, error);
        if (!server)
            return false;
        fresh ? ++made : ++kept;
        const FleetCertificates::Facts facts = FleetCertificates::facts(server->certificate);
        BundleBuilder builder;
        connect(&builder, &BundleBuilder::downloadProgress, this, &FleetBuilder::downloadProgress);
        BundleBuilder::Options bundleOptions;
        bundleOptions.out = scratch.filePath(bundle);
        bundleOptions.server = server;
        bundleOptions.time = facts.notBefore;
        const QString recorded = previous.value(QStringLiteral("hosts/") + bundle.toLower());
        const QString targetDigest = QFile::exists(target) ? sha256Of(LocalFile::read(target)) : QString();
        if (!recorded.isEmpty() && targetDigest == recorded)
            bundleOptions.previous = target;
        if (!builder.build(host.answers, bundleOptions, error, cancelled)) {
            m_invalid = builder.answersInvalid();
            *error = tr("%1 (row %2): %3").arg(host.name).arg(host.row).arg(*error);
            return false;
        }
        const QString digest = builder.keptPrevious() ? targetDigest : sha256Of(LocalFile::read(bundleOptions.out));
        replaced = !builder.keptPrevious() && digest != targetDigest;
        if (!builder.keptPrevious())
            pending.append({bundleOptions.out, target});
        emit said(tr("%1: hosts/%2 %3; certificate %4 (serial %5, until %6)")
                      .arg(host.name, bundle, replaced ? tr("written") : tr("unchanged"),
                           fresh ? tr("made") : tr("kept"), facts.serial, facts.notAfter.toString(Qt::ISODate)));
        bundles.append(
            {host.name, bundle, digest, host.answers.service.name, host.answers.service.manager, host.connection});
        QJsonObject json{{QStringLiteral("name"), host.name},
                         {QStringLiteral("addresses"), QJsonArray::fromStringList(host.addresses)},
                         {QStringLiteral("edition"), wordOf(host.answers.host.edition)},
                         {QStringLiteral("endpoint"), host.answers.clientEndpoint(host.name)},
                         {QStringLiteral("names"), QJsonArray::fromStringList(facts.names)},
                         {QStringLiteral("certificate"), certificateJson(facts)},
                         {QStringLiteral("bundle"), QStringLiteral("hosts/") + bundle},
                         {QStringLiteral("sha256"), digest}};
        hostsJson.append(json);
        if (options.dockerContext)
            emit said(ClientSetup::dockerContext(host.answers.clientEndpoint(host.name), caFolder));
    }

    if (!options.dockerContext && !read.hosts.isEmpty()) {
        const QString command =
            ClientSetup::contextCommand(read.hosts.first().answers.clientEndpoint(read.hosts.first().name), caFolder);
        if (!command.isEmpty())
            emit said(command + QLatin1Char(' ') + tr("(one per host: --context makes them all)"));
    }

    // A bundle whose host left hosts.csv stays (it holds uninstall.cmd for that host) and is said each run.
    QJsonArray removedJson;
    QStringList current;
    for (const FleetBundle &bundle : std::as_const(bundles))
        current << bundle.bundle.toLower();
    const QStringList zips = QDir(hostsFolder).entryList({QStringLiteral("*.zip")}, QDir::Files, QDir::Name);
    for (const QString &zip : zips) {
        if (current.contains(zip.toLower()))
            continue;
        removedJson.append(
            QJsonObject{{QStringLiteral("bundle"), QStringLiteral("hosts/") + zip},
                        {QStringLiteral("sha256"), sha256Of(LocalFile::read(hostsFolder + QLatin1Char('/') + zip))}});
        emit said(tr("Warning: hosts/%1 is of a host no longer in %2. Its uninstall.cmd removes Docker from that "
                     "host; delete the zip when it has no more use. Neither Ansible nor Deploy-Fleet.ps1 reach it.")
                      .arg(zip, QFileInfo(options.hosts).fileName()));
    }

    const QJsonObject fleet{
        {QStringLiteral("ca"), QJsonObject{{QStringLiteral("sha256"), sha256Of(certificates.caCertificate())},
                                           {QStringLiteral("certificate"),
                                            certificateJson(FleetCertificates::facts(certificates.caCertificate()))}}},
        {QStringLiteral("client"), QJsonObject{{QStringLiteral("zip"), QStringLiteral("client.zip")},
                                               {QStringLiteral("certificate"), certificateJson(clientFacts)}}},
        {QStringLiteral("hosts"), hostsJson},
        {QStringLiteral("removed"), removedJson}};
    const QList<QPair<QString, QByteArray>> files{
        {options.out + QStringLiteral("/fleet.json"), QJsonDocument(fleet).toJson(QJsonDocument::Indented)},
        {ansibleFolder + QStringLiteral("/inventory.yml"), FleetScripts::inventory(bundles)},
        {ansibleFolder + QStringLiteral("/site.yml"), FleetScripts::playbook()},
        {options.out + QStringLiteral("/Deploy-Fleet.ps1"), FleetScripts::deployScript(bundles)}};
    for (const auto &[made, target] : std::as_const(pending)) {
        if (!replaceIfDifferent(made, target, &replaced, error))
            return false;
        written += replaced ? 1 : 0;
    }
    for (const auto &[path, bytes] : files) {
        if (!writeIfDifferent(path, bytes, &replaced, error))
            return false;
        written += replaced ? 1 : 0;
    }
    emit said(tr("%1 hosts in %2: %3 certificates kept, %4 made; %5 files written, the others as they were.")
                  .arg(read.hosts.size())
                  .arg(QDir::toNativeSeparators(options.out))
                  .arg(kept)
                  .arg(made)
                  .arg(written));
    return true;
}
