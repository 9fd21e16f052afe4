#include "ClientSetup.h"

#include "fetch/ZipWriter.h"
#include "render/ServiceCommands.h"
#include "tls/CertificateFiles.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>

// Lines to paste: every value quoted for the shell that reads it, so that a folder's name stays a name. PowerShell:
// single quotes (no $(...) runs); sh: single quotes, a ' inside as '\''; cmd: set "NAME=VALUE", which keeps & | < >
// ^ as they are, but no quoting in cmd.exe stops % from expanding or holds a ", so such a value gets no cmd line.
QStringList ClientSetup::environment(const QString &host, const QString &certDir)
{
    const QString native = QDir::toNativeSeparators(QDir(certDir).absolutePath());
    auto sh = [](QString value) {
        return QLatin1Char('\'') + value.replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\'');
    };
    auto ps = [](const QString &value) { // quoted even when bare: a bare word after = would be run as a command
        const QString literal = ServiceCommands::powershellLiteral(value);
        return literal.startsWith(QLatin1Char('\'')) ? literal : QLatin1Char('\'') + literal + QLatin1Char('\'');
    };
    QStringList lines{
        tr("PowerShell:"),
        QStringLiteral("  $env:DOCKER_HOST = %1; $env:DOCKER_TLS_VERIFY = '1'; $env:DOCKER_CERT_PATH = %2")
            .arg(ps(host), ps(native)),
        tr("cmd:")};
    // ! too: cmd.exe with delayed expansion (/V:ON, or the registry's default) takes it; a control character (a line
    // break) would end the line and run the rest.
    const QString unsafe = QStringLiteral("%\"!");
    QString held;
    for (const QChar c : host + native)
        if ((unsafe.contains(c) || c.category() == QChar::Other_Control) && held.isEmpty())
            held = c.category() == QChar::Other_Control ? QStringLiteral("a control character") : QString(c);
    if (held.isEmpty())
        lines << QStringLiteral("  set \"DOCKER_HOST=%1\"& set DOCKER_TLS_VERIFY=1& set \"DOCKER_CERT_PATH=%2\"")
                     .arg(host, native);
    else
        lines << tr("  (none: %1 holds %2, which cmd.exe cannot take literally; use PowerShell's line)")
                     .arg(native, held);
    lines
        << tr("sh:")
        << QStringLiteral("  export DOCKER_HOST=%1 DOCKER_TLS_VERIFY=1 DOCKER_CERT_PATH=%2").arg(sh(host), sh(native));
    return lines;
}

namespace {

QString contextName(const QString &host)
{
    QString name = QStringLiteral("berth-") + QUrl(host).host();
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.+-]")), QStringLiteral("-"));
    return name;
}

QString contextEndpoint(const QString &host, const QString &certDir)
{
    const QString dir = QDir::toNativeSeparators(QDir(certDir).absolutePath());
    const QString slash = QDir::separator();
    return QStringLiteral("host=%1,ca=%2%3ca.pem,cert=%2%3cert.pem,key=%2%3key.pem").arg(host, dir, slash);
}

} // namespace

QString ClientSetup::contextCommand(const QString &host, const QString &certDir)
{
    // Double quotes hold the folder together for PowerShell, cmd and sh alike; a folder with a
    // double quote, $, ` or % in it gets no line to paste, nor one with a comma, which docker
    // reads as the end of a field.
    const QString endpoint = contextEndpoint(host, certDir);
    if (QDir(certDir).absolutePath().contains(QRegularExpression(QStringLiteral("[\"$`%!,]"))))
        return {};
    return tr("A docker context for them, if you want one: %1")
        .arg(QStringLiteral("docker context create %1 --docker \"%2\"").arg(contextName(host), endpoint));
}

QString ClientSetup::dockerContext(const QString &host, const QString &certDir)
{
    const QString docker = QStandardPaths::findExecutable(QStringLiteral("docker"));
    if (docker.isEmpty())
        return tr("docker context %1 was not made: the docker CLI is not on this machine's PATH")
            .arg(contextName(host));
    const QString name = contextName(host);
    const QString endpoint = contextEndpoint(host, certDir);
    // update when the context is there already, so that a second run changes it rather than fails
    for (const char *verb : {"update", "create"}) {
        QProcess process;
        process.start(docker,
                      {QStringLiteral("context"), QLatin1String(verb), name, QStringLiteral("--docker"), endpoint});
        if (process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
            return tr("docker context %1 points at %2: docker --context %1 version").arg(name, host);
    }
    return tr("docker context %1 could not be made; use the lines above").arg(name);
}

bool ClientSetup::zip(const QString &certDir, const QString &zipPath, QString *error)
{
    ZipWriter::Entries entries;
    for (const char *name : CertificateFiles::client) {
        QFile in(CertificateFiles::local(certDir, name));
        if (!in.open(QIODevice::ReadOnly)) {
            *error = tr("cannot put %1 into %2").arg(in.fileName(), zipPath);
            return false;
        }
        entries.append({QLatin1String(name), in.readAll()});
    }
    return ZipWriter::write(zipPath, entries, error);
}
