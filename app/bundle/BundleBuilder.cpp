#include "BundleBuilder.h"

#include "BundleReadme.h"
#include "InstallScript.h"
#include "UninstallScript.h"
#include "answers/AnswersValidator.h"
#include "apply/Plan.h"
#include "fetch/BinaryFetch.h"
#include "fetch/LocalArchive.h"
#include "fetch/ZipWriter.h"
#include "host/LocalFile.h"
#include "render/ServiceCommands.h"
#include "tls/CertificateMaker.h"
#include "tls/ClientSetup.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>

namespace {

QString joinPath(const QString &folder, const QString &name)
{
    return folder.endsWith(QLatin1Char('\\')) ? folder + name : folder + QLatin1Char('\\') + name;
}

QByteArray crlf(const QString &text)
{
    QString lines = text;
    lines.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
    return lines.toUtf8();
}

} // namespace

BundleBuilder::BundleBuilder(QObject *parent) : QObject(parent) {}

QString BundleBuilder::clientZipPath(const QString &out)
{
    const QString base = out.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive) ? out.chopped(4) : out;
    return base + QStringLiteral("-client.zip");
}

bool BundleBuilder::certificates(const Answers &a, const QString &clientOut, QList<QPair<QString, QByteArray>> &files,
                                 QString *error)
{
    if (!a.tls.enabled || !a.tls.generate)
        return true;
    if (clientOut.isEmpty()) {
        m_invalid = true;
        *error = tr("tls.generate: Berth makes the host's certificates for the bundle; name a folder on this machine "
                    "for the CA key and the client's files with --client-out DIR");
        return false;
    }
    CertificateMaker::KeyType type = CertificateMaker::Rsa4096;
    CertificateMaker::parseKeyType(a.tls.keyType, &type);
    if (!QDir().mkpath(clientOut) ||
        !CertificateMaker::makeAll(clientOut, a.tls.subjectAltNames, type, a.tls.days, error))
        return false;
    for (const char *name : {"ca.pem", "server-cert.pem", "server-key.pem"})
        files.append({QStringLiteral("certs/") + QLatin1String(name),
                      LocalFile::read(clientOut + QLatin1Char('/') + QLatin1String(name))});
    // The server's files live on the server only; the client's never go there.
    QFile::remove(clientOut + QStringLiteral("/server-key.pem"));
    QFile::remove(clientOut + QStringLiteral("/server-cert.pem"));
    return true;
}

bool BundleBuilder::build(Answers a, const Options &options, QString *error, std::function<bool()> cancelled)
{
    m_cancelled = cancelled ? std::move(cancelled) : [] { return false; };
    m_entries.clear();
    m_clientZip.clear();
    QStringList problems = AnswersValidator::validate(a);
    if (a.binaries.source == QLatin1String("keep"))
        problems << tr("binaries.source: a bundle carries the binaries; \"keep\" is for a host that has them");
    if (a.service.manager == QLatin1String("nssm") && a.nssm.source == QLatin1String("keep"))
        problems << tr("nssm.source: a bundle carries nssm.exe; \"keep\" is for a host that has it");
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

    // What install.cmd copies where, and what the zip holds.
    QList<QPair<QString, QByteArray>> files;
    QList<InstallScript::Placed> placed;
    const QHash<QString, QByteArray> binaries = LocalArchive::dockerBinaries(a.binaries.localPath, error);
    if (binaries.isEmpty())
        return false;
    for (const QString &name : {QStringLiteral("dockerd.exe"), QStringLiteral("docker.exe")}) {
        files.append({name, binaries.value(name)});
        placed.append({name, joinPath(a.binaries.installDir, name)});
    }
    if (a.service.manager == QLatin1String("nssm")) {
        // Windows containers run on 64-bit Windows only: NSSM's win64 build.
        const QByteArray nssm = LocalArchive::nssmExecutable(a.nssm.localPath, true, error);
        if (nssm.isEmpty())
            return false;
        files.append({QStringLiteral("nssm.exe"), nssm});
        placed.append({QStringLiteral("nssm.exe"), ServiceCommands::nssmExe()});
    }
    for (const PlanStep &step : Plan::forAnswers(a)) {
        if (step.kind != PlanStep::WriteFile)
            continue;
        const QString name = step.path.section(QLatin1Char('\\'), -1);
        files.append({name, step.content});
        placed.append({name, step.path});
    }
    const qsizetype beforeCerts = files.size();
    if (!certificates(a, options.clientOut, files, error))
        return false;
    for (qsizetype i = beforeCerts; i < files.size(); ++i) {
        const QString name = files.at(i).first.section(QLatin1Char('/'), -1);
        placed.append({QStringLiteral("certs\\") + name, joinPath(a.tls.certDir, name)});
    }
    const bool script =
        a.daemon.configStyle != QLatin1String("daemon-json") && a.service.manager != QLatin1String("native");
    if (a.tls.enabled && script) {
        files.append({QStringLiteral("tag.txt"), QByteArrayLiteral("berth\r\n")});
        placed.append({QStringLiteral("tag.txt"), QStringLiteral("C:\\ProgramData\\docker\\tag.txt")});
    }
    for (InstallScript::Placed &file : placed) {
        for (const auto &[name, bytes] : std::as_const(files)) {
            if (QString(name).replace(QLatin1Char('/'), QLatin1Char('\\')) == file.source)
                file.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        }
    }
    files.append({QStringLiteral("install.cmd"), InstallScript::render(a, placed).toUtf8()});
    files.append({QStringLiteral("uninstall.cmd"), UninstallScript::render(a).toUtf8()});
    if (a.service.manager == QLatin1String("scheduled-task"))
        files.append({QStringLiteral("register-task.ps1"), crlf(InstallScript::taskScript(a))});
    files.append({QStringLiteral("README.txt"), crlf(BundleReadme::text(a, QFileInfo(options.out).fileName()))});
    files.append({QStringLiteral("answers.json"), QJsonDocument(a.toJson()).toJson(QJsonDocument::Indented)});

    QByteArray sums;
    for (const auto &[name, bytes] : std::as_const(files))
        sums += QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() + "  " + name.toUtf8() + '\n';
    files.append({QStringLiteral("SHA256SUMS"), sums});
    if (m_cancelled()) {
        *error = tr("cancelled; no bundle was written");
        return false;
    }
    if (!ZipWriter::write(options.out, files, error))
        return false;
    for (const auto &file : std::as_const(files))
        m_entries << file.first;
    emit said(tr("Wrote %1 (%2 files).").arg(QDir::toNativeSeparators(options.out)).arg(files.size()));

    if (a.tls.enabled && a.tls.generate) {
        m_clientZip = clientZipPath(options.out);
        if (!ClientSetup::zip(options.clientOut, m_clientZip, error))
            return false;
        emit said(tr("Wrote %1 for the machines that run docker; the CA key stays in %2.")
                      .arg(QDir::toNativeSeparators(m_clientZip), QDir::toNativeSeparators(options.clientOut)));
        const QString host = a.tls.subjectAltNames.isEmpty() ? QStringLiteral("HOST") : a.tls.subjectAltNames.first();
        for (const QString &line :
             ClientSetup::environment(QStringLiteral("tcp://%1:%2").arg(host).arg(a.tls.port), options.clientOut))
            emit said(line);
    }
    return true;
}
