#pragma once

#include "answers/Answers.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Makes the files of Docker's TLS guide with OpenSSL: a CA (ca.pem, ca-key.pem), a server
// certificate for the host's names (server-cert.pem, server-key.pem, extendedKeyUsage serverAuth)
// and a client certificate (cert.pem, key.pem, clientAuth).
class CertificateMaker
{
    Q_DECLARE_TR_FUNCTIONS(CertificateMaker)

public:
    // tls.keyType's choice, and its words (rsa4096, ecdsa-p256) for --key.
    using KeyType = ::KeyType;
    static constexpr KeyType Rsa4096 = KeyType::Rsa4096;
    static constexpr KeyType EcdsaP256 = KeyType::EcdsaP256;
    static bool parseKeyType(const QString &name, KeyType *type);

    struct Pem
    {
        QByteArray certificate;
        QByteArray key;
    };

    static Pem makeCa(KeyType type, int days, QString *error);
    // Signed by the CA (its certificate and key in PEM).
    static Pem makeServer(const Pem &ca, const QStringList &subjectAltNames, KeyType type, int days, QString *error);
    static Pem makeClient(const Pem &ca, KeyType type, int days, QString *error);

    // All six files into folder, keys readable by the owner only. A CA already in the folder
    // (ca.pem with ca-key.pem) is kept and signs the new certificates: renewal keeps the CA that
    // clients already trust. Any of the six files without that CA (a client's ~/.docker, say) is
    // refused, never overwritten.
    static bool makeAll(const QString &folder, const QStringList &subjectAltNames, KeyType type, int days,
                        QString *error);
};
