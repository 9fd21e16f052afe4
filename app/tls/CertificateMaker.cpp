#include "CertificateMaker.h"

#include "CaFolder.h"

#include "answers/AnswerKeys.h"

#include "apply/FileWriter.h"
#include "host/LocalFile.h"
#include "host/SecretFile.h"
#include "tls/CertificateFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>

#include <openssl/bio.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace {

template <typename T, void (*Free)(T *)> struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

Key newKey(CertificateMaker::KeyType type)
{
    EVP_PKEY *key = type == CertificateMaker::EcdsaP256 ? EVP_EC_gen("P-256") : EVP_RSA_gen(4096);
    return Key(key);
}

QByteArray toPem(X509 *cert)
{
    Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(size));
}

QByteArray toPem(EVP_PKEY *key)
{
    Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(size));
}

Cert certFromPem(const QByteArray &pem)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return Cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

Key keyFromPem(const QByteArray &pem)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return Key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const QString &value)
{
    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value.toLatin1().constData());
    if (!extension)
        return false;
    const bool ok = X509_add_ext(cert, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return ok;
}

// A certificate for key, named commonName, signed by issuerKey (itself when issuer is null).
Cert newCertificate(EVP_PKEY *key, const QString &commonName, X509 *issuer, EVP_PKEY *issuerKey, int days)
{
    Cert cert(X509_new());
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM *number = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(number, X509_get_serialNumber(cert.get()));
    BN_free(number);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -300);
    // Whole days, never days * 86400 in a long: that is 32 bits on Windows and wraps after 24855 days.
    X509_time_adj_ex(X509_getm_notAfter(cert.get()), days, 0, nullptr);
    X509_set_pubkey(cert.get(), key);
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(commonName.toUtf8().constData()), -1, -1, 0);
    X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer) : name);
    return cert;
}

bool sign(X509 *cert, EVP_PKEY *key)
{
    return X509_sign(cert, key, EVP_sha256()) > 0;
}

} // namespace

bool CertificateMaker::parseKeyType(const QString &name, KeyType *type)
{
    const std::optional<KeyType> chosen = fromWord<KeyType>(name);
    if (chosen)
        *type = *chosen;
    return chosen.has_value();
}

CertificateMaker::Pem CertificateMaker::makeCa(KeyType type, int days, QString *error)
{
    Key key = newKey(type);
    Cert cert = key ? newCertificate(key.get(), QStringLiteral("Berth Docker CA"), nullptr, nullptr, days) : nullptr;
    if (!cert || !addExtension(cert.get(), cert.get(), NID_basic_constraints, QStringLiteral("critical,CA:TRUE")) ||
        !addExtension(cert.get(), cert.get(), NID_key_usage, QStringLiteral("critical,keyCertSign,cRLSign")) ||
        !addExtension(cert.get(), cert.get(), NID_subject_key_identifier, QStringLiteral("hash")) ||
        !sign(cert.get(), key.get())) {
        *error = tr("OpenSSL could not make the CA");
        return {};
    }
    return {toPem(cert.get()), toPem(key.get())};
}

static CertificateMaker::Pem makeLeaf(const CertificateMaker::Pem &ca, const QString &commonName, const QString &usage,
                                      const QStringList &names, CertificateMaker::KeyType type, int days,
                                      QString *error)
{
    Cert caCert = certFromPem(ca.certificate);
    Key caKey = keyFromPem(ca.key);
    Key key = newKey(type);
    if (!caCert || !caKey || !key) {
        *error = CertificateMaker::tr("the CA's certificate or key cannot be read");
        return {};
    }
    Cert cert = newCertificate(key.get(), commonName, caCert.get(), caKey.get(), days);
    QStringList altNames;
    for (const QString &name : names)
        altNames << (QHostAddress(name).isNull() ? QStringLiteral("DNS:") : QStringLiteral("IP:")) + name;
    bool ok = addExtension(cert.get(), caCert.get(), NID_basic_constraints, QStringLiteral("critical,CA:FALSE")) &&
              addExtension(cert.get(), caCert.get(), NID_key_usage,
                           QStringLiteral("critical,digitalSignature,keyEncipherment")) &&
              addExtension(cert.get(), caCert.get(), NID_ext_key_usage, usage) &&
              addExtension(cert.get(), caCert.get(), NID_authority_key_identifier, QStringLiteral("keyid"));
    if (ok && !altNames.isEmpty())
        ok = addExtension(cert.get(), caCert.get(), NID_subject_alt_name, altNames.join(QLatin1Char(',')));
    if (!ok || !sign(cert.get(), caKey.get())) {
        *error = CertificateMaker::tr("OpenSSL could not make the certificate for %1").arg(commonName);
        return {};
    }
    return {toPem(cert.get()), toPem(key.get())};
}

CertificateMaker::Pem CertificateMaker::makeServer(const Pem &ca, const QStringList &names, KeyType type, int days,
                                                   QString *error)
{
    return makeLeaf(ca, names.value(0, QStringLiteral("docker")), QStringLiteral("serverAuth"), names, type, days,
                    error);
}

CertificateMaker::Pem CertificateMaker::makeClient(const Pem &ca, KeyType type, int days, QString *error)
{
    return makeLeaf(ca, QStringLiteral("client"), QStringLiteral("clientAuth"), {}, type, days, error);
}

bool CertificateMaker::makeAll(const QString &folder, const QStringList &names, KeyType type, int days, QString *error)
{
    const auto &names6 = CertificateFiles::all;
    if (!CaFolder::prepare(folder, error))
        return false;
    Pem ca{LocalFile::read(CertificateFiles::local(folder, CertificateFiles::ca)),
           LocalFile::read(CertificateFiles::local(folder, CertificateFiles::caKey))};
    if (!certFromPem(ca.certificate) || !keyFromPem(ca.key)) {
        // Certificates of another CA (a client's ~/.docker holds ca.pem, cert.pem and key.pem
        // without the CA key) are someone's working set-up: never replaced by a new CA.
        QStringList there;
        for (const char *name : names6) {
            if (QFileInfo::exists(CertificateFiles::local(folder, name)))
                there << QLatin1String(name);
        }
        if (!there.isEmpty()) {
            *error = tr("%1 already holds %2 without a CA that Berth can use (ca.pem with its ca-key.pem); "
                        "Berth does not replace them with a new CA. Name an empty folder, or move those files away.")
                         .arg(QDir::toNativeSeparators(folder), there.join(QStringLiteral(", ")));
            return false;
        }
        ca = makeCa(type, days, error);
    }
    if (ca.key.isEmpty())
        return false;
    const Pem server = makeServer(ca, names, type, days, error);
    const Pem client = server.key.isEmpty() ? Pem() : makeClient(ca, type, days, error);
    if (client.key.isEmpty())
        return false;
    const QByteArray contents[] = {ca.certificate,     ca.key,    server.certificate, server.key,
                                   client.certificate, client.key};
    QList<QPair<const char *, QByteArray>> files;
    for (int i = 0; i < 6; ++i)
        files.append({names6[i], contents[i]});
    for (const auto &[name, bytes] : files) {
        const QString path = CertificateFiles::local(folder, name);
        if (!(CertificateFiles::isKey(QLatin1String(name)) ? SecretFile::write(path, bytes, error)
                                                           : FileWriter::write(path, bytes, error)))
            return false;
    }
    return true;
}
