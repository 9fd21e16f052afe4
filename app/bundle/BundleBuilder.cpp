#include "BundleBuilder.h"

#include "BundleReadme.h"
#include "InstallScript.h"
#include "UninstallScript.h"
#include "answers/AnswersValidator.h"
#include "apply/CertificatesForApply.h"
#include "apply/FileStep.h"
#include "apply/Plan.h"
#include "fetch/BinaryFetch.h"
#include "fetch/ZipReader.h"
#include "fetch/ZipWriter.h"
#include "tls/CertificateFiles.h"
#include "tls/ClientSetup.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

#include <optional>

namespace {

QByteArray crlf(const QString &text)
{
    QString lines = text;
    lines.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
    return lines.toUtf8();
}

// Whether the zip has exactly these entries, by name in this order, and the same SHA256SUMS (the last
// entry, which covers every other's bytes).
bool holdsTheSame(const QString &zipPath, const ZipWriter::Entries &files)
{
    ZipReader zip(zipPath);
    QString error;
    if (!zip.open(&error))
        return false;
    QStringList names;
    for (const auto &file : files)
        names << file.first;
    if (zip.entries() != names)
        return false;
    QBuffer sums;
    sums.open(QIODevice::WriteOnly);
    return zip.read(QStringLiteral("SHA256SUMS"), &sums, &error) && sums.data() == files.last().second;
}

} // namespace

BundleBuilder::BundleBuilder(QObject *parent) : QObject(parent) {}

QString BundleBuilder::clientZipPath(const QString &out)
{
    const QString base = out.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive) ? out.chopped(4) : out;
    return base + QStringLiteral("-client.zip");
}

bool BundleBuilder::certificates(const Answers &a, const QString &clientOut,
                                 std::optional<ApplySteps::ServerFiles> *server, QString *error)
{
    if (!a.tls.enabled || !a.tls.generate)
        return true;
    if (clientOut.isEmpty()) {
        m_invalid = true;
        *error = tr("tls.generate: Berth makes the host's certificates for the bundle; name a folder on this machine "
                    "for the CA key and the client's files with --client-out DIR");
        return false;
    }
    ApplySteps::ServerFiles made;
    if (!CertificatesForApply::makeNew(a.tls, clientOut, &made, error))
        return false;
    *server = made;
    return true;
}

// install.cmd and uninstall.cmd carry these keys' values, and cmd.exe reads a script in the host's OEM
// code page: a letter outside ASCII would arrive as another one. berth apply, which hands them to the
// programs directly, takes them.
QStringList BundleBuilder::asciiProblems(const Answers &a)
{
    QStringList problems;
    const QJsonObject json = a.toJson();
    const std::function<void(const QString &, const QJsonValue &)> walk = [&](const QString &key,
                                                                              const QJsonValue &value) {
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                walk(key + QLatin1Char('.') + it.key(), it.value());
        } else if (value.isArray()) {
            for (const QJsonValue &item : value.toArray())
                walk(key, item);
        } else {
            const QString text = value.toString();
            for (const QChar c : text) {
                if (c.unicode() > 0x7e) {
                    problems << tr("%1: holds \"%2\", which install.cmd cannot carry (cmd.exe reads a script in the "
                                   "host's OEM code page); berth apply on the host can set it")
                                    .arg(key, QString(c));
                    return;
                }
            }
        }
    };
    for (const char *section : {"service", "firewall", "runtime"})
        walk(QLatin1String(section), json.value(QLatin1String(section)));
    walk(QStringLiteral("binaries.installDir"), a.binaries.installDir);
    walk(QStringLiteral("tls.certDir"), a.tls.certDir);
    return problems;
}

Answers BundleBuilder::withoutProxyCredentials(Answers answers)
{
    QUrl proxy(answers.download.proxy);
    if (!proxy.userInfo().isEmpty()) {
        proxy.setUserInfo(QString());
        answers.download.proxy = proxy.toString();
    }
    return answers;
}

Answers BundleBuilder::forTheBundle(Answers answers)
{
    // A proxy's credentials are this machine's, and a bundle travels: they stay here.
    answers = withoutProxyCredentials(answers);
    // A local zip's path is the preparing machine's (a user's Downloads, a share): it says nothing true on the
    // host, where the bundle's files are in installDir once install.cmd has run; apply there keeps them.
    if (answers.binaries.source == Source::Local) {
        answers.binaries.source = Source::Keep;
        answers.binaries.localPath.clear();
    }
    if (answers.nssm.source == Source::Local) {
        answers.nssm.source = Source::Keep;
        answers.nssm.localPath.clear();
    }
    return answers;
}

bool BundleBuilder::build(Answers a, const Options &options, QString *error, std::function<bool()> cancelled)
{
    m_cancelled = cancelled ? std::move(cancelled) : [] { return false; };
    m_keptPrevious = false;
    QStringList problems = AnswersValidator::validate(a);
    if (a.binaries.source == Source::Keep)
        problems << tr("binaries.source: a bundle carries the binaries; \"keep\" is for a host that has them");
    if (a.service.manager == ServiceManager::Nssm && a.nssm.source == Source::Keep)
        problems << tr("nssm.source: a bundle carries nssm.exe; \"keep\" is for a host that has it");
    problems << asciiProblems(a);
    m_invalid = !problems.isEmpty();
    if (m_invalid) {
        *error = problems.join(QLatin1Char('\n'));
        return false;
    }

    QNetworkAccessManager network;
    BinaryFetch fetch(&network, BinaryFetch::defaultCacheFolder());
    fetch.setCancelCheck(m_cancelled);
    QStringList digests;
    if (!fetch.fetch(
            a,
            [this](const QString &url, qint64 done, qint64 total, double rate) {
                emit downloadProgress(url, done, total, rate);
            },
            &digests, error))
        return false;
    for (const QString &digest : digests)
        emit said(digest);

    // What the zip holds, each file hashed once for install.cmd and SHA256SUMS, and what
    // install.cmd copies where.
    struct Entry
    {
        QString name;
        QByteArray bytes;
        QByteArray sha256;
    };
    QList<Entry> entries;
    QList<InstallScript::Placed> placed;
    const auto add = [&](const QString &name, const QByteArray &bytes) {
        entries.append({name, bytes, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()});
    };
    const auto place = [&](const QString &name, const QByteArray &bytes, const QString &target) {
        add(name, bytes);
        placed.append({QString(name).replace(QLatin1Char('/'), QLatin1Char('\\')), target,
                       QString::fromLatin1(entries.last().sha256)});
    };
    std::optional<ApplySteps::ServerFiles> server = options.server;
    if (!server && !certificates(a, options.clientOut, &server, error))
        return false;
    // The files an apply of these answers writes on a host where none of them is yet, in apply's order:
    // the bundle carries exactly those, and install.cmd puts each where apply would. Windows containers
    // run on 64-bit Windows only: NSSM's win64 build.
    const std::vector<std::unique_ptr<Step>> steps = ApplySteps::build(a, error, true, server ? &*server : nullptr);
    if (steps.empty())
        return false;
    for (const std::unique_ptr<Step> &step : steps) {
        const auto *file = dynamic_cast<const FileStep *>(step.get());
        if (!file)
            continue;
        const std::optional<QByteArray> bytes = file->contentOnAFreshHost(error);
        if (!error->isEmpty())
            return false;
        if (!bytes)
            continue; // a file apply makes sure is not there
        const QString name = file->windowsPath().section(QLatin1Char('\\'), -1);
        bool certificate = false; // the server's files go under certs/
        for (const char *each : CertificateFiles::server)
            certificate =
                certificate || (server && file->windowsPath().compare(CertificateFiles::onHost(a.tls.certDir, each),
                                                                      Qt::CaseInsensitive) == 0);
        place(certificate ? QStringLiteral("certs/") + name : name, *bytes, file->windowsPath());
    }
    const QList<PlanStep> plan = Plan::forAnswers(a);
    add(QStringLiteral("install.cmd"), InstallScript::render(a, placed).toUtf8());
    add(QStringLiteral("uninstall.cmd"), UninstallScript::render(a).toUtf8());
    if (a.service.manager == ServiceManager::ScheduledTask)
        // With a byte order mark: Windows PowerShell 5.1 reads a script without one in the ANSI code page.
        add(QStringLiteral("register-task.ps1"), "\xEF\xBB\xBF" + crlf(InstallScript::taskScript(plan)));
    // The bundle's name on the host: what it installs, digest by digest (README.txt itself aside).
    QCryptographicHash contents(QCryptographicHash::Sha256);
    for (const Entry &entry : std::as_const(entries))
        contents.addData(entry.sha256 + "  " + entry.name.toUtf8() + '\n');
    const QString bundleId = QString::fromLatin1(contents.result().toHex().left(12));
    add(QStringLiteral("README.txt"), crlf(BundleReadme::text(a, QFileInfo(options.out).fileName(), bundleId)));
    add(QStringLiteral("answers.json"), QJsonDocument(forTheBundle(a).toJson()).toJson(QJsonDocument::Indented));

    ZipWriter::Entries files;
    QByteArray sums;
    for (const Entry &entry : std::as_const(entries)) {
        files.append({entry.name, entry.bytes});
        sums += entry.sha256 + "  " + entry.name.toUtf8() + '\n';
    }
    files.append({QStringLiteral("SHA256SUMS"), sums});
    m_keptPrevious = !options.previous.isEmpty() && holdsTheSame(options.previous, files);
    if (m_keptPrevious)
        return true; // deflating a hundred megabytes again would give the same bytes
    if (m_cancelled()) {
        *error = tr("cancelled; no bundle was written");
        return false;
    }
    if (!ZipWriter::write(options.out, files, error, options.time))
        return false;
    emit said(tr("Wrote %1 (%2 files).").arg(QDir::toNativeSeparators(options.out)).arg(files.size()));

    if (a.tls.enabled && a.tls.generate && !options.server) {
        const QString clientZip = clientZipPath(options.out);
        if (!ClientSetup::zip(options.clientOut, clientZip, error))
            return false;
        emit said(tr("Wrote %1 for the machines that run docker; the CA key stays in %2.")
                      .arg(QDir::toNativeSeparators(clientZip), QDir::toNativeSeparators(options.clientOut)));
        for (const QString &line :
             ClientSetup::environment(a.clientEndpoint(QStringLiteral("HOST")), options.clientOut))
            emit said(line);
    }
    return true;
}
