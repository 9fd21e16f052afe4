#include "FleetCertificates.h"

#include "host/LocalFile.h"
#include "host/SecretFile.h"
#include "tls/CaFolder.h"
#include "tls/CertificateCheck.h"
#include "tls/CertificateFiles.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>

namespace {

bool writeAll(const QString &folder, const QList<QPair<const char *, QByteArray>> &files, QString *error)
{
    for (const auto &[name, bytes] : files) {
        if (!SecretFile::write(CertificateFiles::local(folder, name), bytes, error))
            return false;
    }
    return true;
}

QSet<QString> lowered(const QStringList &names)
{
    QSet<QString> set;
    for (const QString &name : names)
        set.insert(name.toLower());
    return set;
}

} // namespace

FleetCertificates::Facts FleetCertificates::facts(const QByteArray &pem)
{
    QTemporaryDir scratch;
    const QString file = scratch.filePath(QStringLiteral("cert.pem"));
    QString error;
    if (!scratch.isValid() || !SecretFile::write(file, pem, &error))
        return {};
    return {CertificateCheck::serial(file), CertificateCheck::start(file), CertificateCheck::expiry(file),
            CertificateCheck::names(file)};
}

bool FleetCertificates::open(const QString &folder, KeyType type, int days, QString *error)
{
    m_folder = folder;
    m_type = type;
    m_days = days;
    if (!CaFolder::prepare(folder, error))
        return false;
    const QString caFile = CertificateFiles::local(folder, CertificateFiles::ca);
    const QString caKeyFile = CertificateFiles::local(folder, CertificateFiles::caKey);
    const bool hasCa = QFile::exists(caFile), hasKey = QFile::exists(caKeyFile);
    if (hasCa != hasKey) {
        *error = tr("%1 holds %2 without %3: the fleet's CA needs both (the certificate and the key that signs)")
                     .arg(QDir::toNativeSeparators(folder),
                          QLatin1String(hasCa ? CertificateFiles::ca : CertificateFiles::caKey),
                          QLatin1String(hasCa ? CertificateFiles::caKey : CertificateFiles::ca));
        return false;
    }
    if (hasCa) {
        m_ca = {LocalFile::read(caFile), LocalFile::read(caKeyFile)};
        const QDateTime end = CertificateCheck::expiry(caFile);
        if (!end.isValid() || end <= QDateTime::currentDateTimeUtc()) {
            *error = tr("%1: the fleet's CA is not a certificate or has expired (%2); a new CA means every host and "
                        "client must be given it: name a new folder with --ca")
                         .arg(QDir::toNativeSeparators(caFile), end.toString(Qt::ISODate));
            return false;
        }
        m_said << tr("The fleet's CA: %1 (until %2).").arg(QDir::toNativeSeparators(caFile), end.toString(Qt::ISODate));
        if (end < QDateTime::currentDateTimeUtc().addDays(CertificateCheck::RenewDays))
            m_said << tr("Warning: the fleet's CA ends within %1 days. Certificates it signs end with it; make a new "
                         "CA folder and roll it out to the hosts and clients before then.")
                          .arg(CertificateCheck::RenewDays);
    } else {
        m_ca = CertificateMaker::makeCa(type, CaDays, error);
        if (m_ca.certificate.isEmpty() ||
            !writeAll(folder, {{CertificateFiles::ca, m_ca.certificate}, {CertificateFiles::caKey, m_ca.key}}, error))
            return false;
        m_said << tr("Made the fleet's CA in %1; its key stays there, out of the fleet's folder. Keep the folder: "
                     "the next run signs with it, and clients keep trusting it.")
                      .arg(QDir::toNativeSeparators(folder));
    }
    // The admin's client pair: kept while it is good for more than 30 days under this CA.
    const CertificateCheck::Result client = CertificateCheck::checkClient(folder);
    if (!client.ok() || client.renewDue) {
        const CertificateMaker::Pem made = CertificateMaker::makeClient(m_ca, type, days, error);
        if (made.certificate.isEmpty() ||
            !writeAll(folder,
                      {{CertificateFiles::clientCert, made.certificate}, {CertificateFiles::clientKey, made.key}},
                      error))
            return false;
        m_said << tr("Made the client's certificate (%1 days).").arg(days);
    }
    return true;
}

std::optional<ApplySteps::ServerFiles> FleetCertificates::server(const QStringList &names,
                                                                 const std::optional<ApplySteps::ServerFiles> &previous,
                                                                 bool *made, QString *error) const
{
    if (previous && previous->ca == m_ca.certificate) {
        QTemporaryDir scratch;
        QString ignored;
        if (scratch.isValid() && writeAll(scratch.path(),
                                          {{CertificateFiles::ca, previous->ca},
                                           {CertificateFiles::serverCert, previous->certificate},
                                           {CertificateFiles::serverKey, previous->key}},
                                          &ignored)) {
            const CertificateCheck::Result check = CertificateCheck::check(scratch.path(), names);
            const QString certFile = CertificateFiles::local(scratch.path(), CertificateFiles::serverCert);
            if (check.ok() && !check.renewDue && lowered(CertificateCheck::names(certFile)) == lowered(names)) {
                *made = false;
                return previous;
            }
        }
    }
    const CertificateMaker::Pem pair = CertificateMaker::makeServer(m_ca, names, m_type, m_days, error);
    if (pair.certificate.isEmpty())
        return std::nullopt;
    *made = true;
    return ApplySteps::ServerFiles{m_ca.certificate, pair.certificate, pair.key};
}
