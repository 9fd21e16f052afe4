#include "CertificateCheck.h"

#include "host/LocalFile.h"
#include "tls/CertificateFiles.h"

#include <QFile>
#include <QHostAddress>
#include <QTimeZone>
#include <QtEndian>

#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <memory>

namespace {

struct X509Free
{
    void operator()(X509 *p) const { X509_free(p); }
};
struct KeyFree
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};
using Cert = std::unique_ptr<X509, X509Free>;
using Key = std::unique_ptr<EVP_PKEY, KeyFree>;

Cert readCert(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    Cert cert(PEM_read_bio_X509(bio, nullptr, nullptr, nullptr));
    BIO_free(bio);
    return cert;
}

Key readKey(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    Key key(PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr));
    BIO_free(bio);
    return key;
}

// An expired certificate is a problem, one that expires within RenewDays a warning, and due for renewal.
void checkDates(X509 *cert, const QString &certPath, CertificateCheck::Result &result)
{
    int days = 0, seconds = 0;
    ASN1_TIME_diff(&days, &seconds, nullptr, X509_get0_notAfter(cert));
    if (days < 0 || (days == 0 && seconds <= 0))
        result.problems << CertificateCheck::tr("%1 has expired").arg(certPath);
    else if (days < CertificateCheck::RenewDays) {
        result.warnings << CertificateCheck::tr("%1 expires in %n days", nullptr, days).arg(certPath);
        result.renewDue = true;
    }
}

void checkPair(const QString &folder, const char *certName, const char *keyName, X509 *ca, unsigned long usage,
               const char *usageName, CertificateCheck::Result &result, Cert *out)
{
    const QString certPath = folder + QLatin1Char('/') + QLatin1String(certName);
    const QString keyPath = folder + QLatin1Char('/') + QLatin1String(keyName);
    Cert cert = readCert(LocalFile::read(certPath));
    Key key = readKey(LocalFile::read(keyPath));
    if (!cert) {
        result.problems << CertificateCheck::tr("%1 is missing or is not a PEM certificate").arg(certPath);
        return;
    }
    if (!key)
        result.problems << CertificateCheck::tr("%1 is missing or is not a PEM private key").arg(keyPath);
    else if (X509_check_private_key(cert.get(), key.get()) != 1)
        result.problems << CertificateCheck::tr("%1 does not match %2: they are not a pair").arg(keyPath, certPath);
    if (ca) {
        X509_STORE *store = X509_STORE_new();
        X509_STORE_add_cert(store, ca);
        X509_STORE_CTX *context = X509_STORE_CTX_new();
        X509_STORE_CTX_init(context, store, cert.get(), nullptr);
        X509_VERIFY_PARAM_set_flags(X509_STORE_CTX_get0_param(context), X509_V_FLAG_NO_CHECK_TIME);
        if (X509_verify_cert(context) != 1)
            result.problems << CertificateCheck::tr("%1 does not chain to ca.pem: %2")
                                   .arg(certPath, QString::fromLatin1(X509_verify_cert_error_string(
                                                      X509_STORE_CTX_get_error(context))));
        X509_STORE_CTX_free(context);
        X509_STORE_free(store);
    }
    checkDates(cert.get(), certPath, result);
    if (usage && !(X509_get_extended_key_usage(cert.get()) & usage))
        result.problems
            << CertificateCheck::tr("%1 lacks the extended key usage %2").arg(certPath, QLatin1String(usageName));
    if (out)
        *out = std::move(cert);
}

} // namespace

namespace {

Cert checkCa(const QString &folder, CertificateCheck::Result &result)
{
    Cert ca = readCert(LocalFile::read(CertificateFiles::local(folder, CertificateFiles::ca)));
    if (!ca)
        result.problems << CertificateCheck::tr("%1/ca.pem is missing or is not a PEM certificate").arg(folder);
    else
        checkDates(ca.get(), CertificateFiles::local(folder, CertificateFiles::ca),
                   result); // the chain is checked without dates
    return ca;
}

} // namespace

CertificateCheck::Result CertificateCheck::checkClient(const QString &folder)
{
    Result result;
    const Cert ca = checkCa(folder, result);
    checkPair(folder, CertificateFiles::clientCert, CertificateFiles::clientKey, ca.get(), XKU_SSL_CLIENT, "clientAuth",
              result, nullptr);
    return result;
}

CertificateCheck::Result CertificateCheck::check(const QString &folder, const QStringList &names, bool client)
{
    Result result;
    const Cert ca = checkCa(folder, result);
    Cert server;
    checkPair(folder, CertificateFiles::serverCert, CertificateFiles::serverKey, ca.get(), XKU_SSL_SERVER, "serverAuth",
              result, &server);
    if (server) {
        for (const QString &name : names) {
            const QByteArray text = name.toUtf8();
            const bool covered =
                QHostAddress(name).isNull()
                    ? X509_check_host(server.get(), text.constData(), size_t(text.size()), 0, nullptr) == 1
                    : X509_check_ip_asc(server.get(), text.constData(), 0) == 1;
            if (!covered)
                result.problems << tr("%1/server-cert.pem does not name %2, which clients will use").arg(folder, name);
        }
    }
    if (client)
        checkPair(folder, CertificateFiles::clientCert, CertificateFiles::clientKey, ca.get(), XKU_SSL_CLIENT,
                  "clientAuth", result, nullptr);
    return result;
}

namespace {

QDateTime timeOf(const ASN1_TIME *time)
{
    struct tm when = {};
    if (!time || ASN1_TIME_to_tm(time, &when) != 1)
        return {};
    return QDateTime(QDate(when.tm_year + 1900, when.tm_mon + 1, when.tm_mday),
                     QTime(when.tm_hour, when.tm_min, when.tm_sec), Qt::UTC);
}

} // namespace

QDateTime CertificateCheck::expiry(const QString &certFile)
{
    const Cert cert = readCert(LocalFile::read(certFile));
    return cert ? timeOf(X509_get0_notAfter(cert.get())) : QDateTime();
}

QDateTime CertificateCheck::start(const QString &certFile)
{
    const Cert cert = readCert(LocalFile::read(certFile));
    return cert ? timeOf(X509_get0_notBefore(cert.get())) : QDateTime();
}

QString CertificateCheck::serial(const QString &certFile)
{
    const Cert cert = readCert(LocalFile::read(certFile));
    BIGNUM *number = cert ? ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert.get()), nullptr) : nullptr;
    if (!number)
        return {};
    char *hex = BN_bn2hex(number);
    const QString text = QString::fromLatin1(hex);
    OPENSSL_free(hex);
    BN_free(number);
    return text;
}

QStringList CertificateCheck::names(const QString &certFile)
{
    const Cert cert = readCert(LocalFile::read(certFile));
    QStringList names;
    auto *general =
        cert ? static_cast<GENERAL_NAMES *>(X509_get_ext_d2i(cert.get(), NID_subject_alt_name, nullptr, nullptr))
             : nullptr;
    for (int i = 0; general && i < sk_GENERAL_NAME_num(general); ++i) {
        const GENERAL_NAME *name = sk_GENERAL_NAME_value(general, i);
        if (name->type == GEN_DNS) {
            names << QString::fromLatin1(reinterpret_cast<const char *>(ASN1_STRING_get0_data(name->d.dNSName)),
                                         ASN1_STRING_length(name->d.dNSName));
        } else if (name->type == GEN_IPADD) {
            const int size = ASN1_STRING_length(name->d.iPAddress);
            const auto *bytes = ASN1_STRING_get0_data(name->d.iPAddress);
            if (size == 4)
                names << QHostAddress(qFromBigEndian<quint32>(bytes)).toString();
            else if (size == 16)
                names << QHostAddress(bytes).toString();
        }
    }
    GENERAL_NAMES_free(general);
    return names;
}
