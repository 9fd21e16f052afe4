#include "TlsVerbs.h"

#include "tls/ClientSetup.h"

#include "CommandLine.h"
#include "Console.h"
#include "answers/Answers.h"
#include "answers/FieldRules.h"
#include "tls/CertificateCheck.h"
#include "tls/CertificateMaker.h"
#include "tls/DaemonProbe.h"
#include "tls/DockerApi.h"
#include "tls/SuggestedNames.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>

int TlsVerbs::certs(const QString &out, const QStringList &names, const QString &days, const QString &keyType,
                    const QString &host, const QString &zipPath, bool dockerContext)
{
    QStringList problems;
    if (out.isEmpty())
        problems << tr("--out: name the folder for the files");
    if (names.isEmpty())
        problems
            << tr("--san: name at least one DNS name or address that clients use to reach the host (this machine: %1)")
                   .arg(SuggestedNames::forThisMachine().join(QLatin1Char(',')));
    for (const QString &name : names) {
        const QString why = FieldRules::hostName(name);
        if (!why.isEmpty())
            problems << QStringLiteral("--san: ") + why;
    }
    bool isNumber = false;
    const int validity = days.isEmpty() ? 365 : days.toInt(&isNumber);
    if (!days.isEmpty() && (!isNumber || validity < 1 || validity > 36500))
        problems << tr("--days: %1 is not a number of days from 1 to 36500").arg(days);
    CertificateMaker::KeyType type = CertificateMaker::Rsa4096;
    if (!keyType.isEmpty() && !CertificateMaker::parseKeyType(keyType, &type))
        problems << tr("--key: %1 is not rsa4096 or ecdsa-p256").arg(keyType);
    for (const QString &problem : problems)
        Console::err(problem);
    if (!problems.isEmpty())
        return CommandLine::Invalid;

    QString error;
    if (!CertificateMaker::makeAll(out, names, type, validity, &error)) {
        Console::err(error);
        return CommandLine::Failed;
    }
    const CertificateCheck::Result check = CertificateCheck::check(out, names, true);
    for (const QString &problem : check.problems)
        Console::err(problem);
    if (!check.ok())
        return CommandLine::Failed;
    Console::out(tr("Made in %1: ca.pem, ca-key.pem, server-cert.pem, server-key.pem, cert.pem, key.pem.").arg(out));
    Console::out(tr("server-cert.pem, server-key.pem and ca.pem go to the host; keep ca-key.pem and key.pem off it."));
    const QString dockerHost = host.isEmpty() ? Answers::tcpEndpoint(names.first(), 2376) : host;
    for (const QString &line : ClientSetup::environment(dockerHost, out))
        Console::out(line);
    const QString context =
        dockerContext ? ClientSetup::dockerContext(dockerHost, out) : ClientSetup::contextCommand(dockerHost, out);
    if (!context.isEmpty())
        Console::out(context);
    if (!zipPath.isEmpty()) {
        if (!ClientSetup::zip(out, zipPath, &error)) {
            Console::err(error);
            return CommandLine::Failed;
        }
        Console::out(tr("The client's ca.pem, cert.pem and key.pem are also in %1.").arg(zipPath));
    }
    return CommandLine::Done;
}

int TlsVerbs::probe(const QString &host, const QString &certDir)
{
    QNetworkAccessManager network;
    const DaemonProbe::Result result = DaemonProbe::probe(&network, host, certDir);
    if (!result.ok) {
        Console::err(result.error);
        return CommandLine::Failed;
    }
    // A docker CLI older than the daemon's MinAPIVersion is refused (engine 29 takes docker CLI 25 and later).
    const QString cli = DockerApi::firstCliFor(result.minApiVersion);
    if (!cli.isEmpty())
        Console::out(tr("Docker %1 (API %2, clients from API %3: docker CLI %4 or later) on %5 answers at %6")
                         .arg(result.version, result.apiVersion, result.minApiVersion, cli, result.os, host));
    else
        Console::out(
            tr("Docker %1 (API %2) on %3 answers at %4").arg(result.version, result.apiVersion, result.os, host));
    return CommandLine::Done;
}
