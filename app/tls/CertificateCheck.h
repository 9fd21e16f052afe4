#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

// Checks a certificate folder before it is used or renewed: the files are there, each
// certificate chains to ca.pem, each key matches its certificate, none has expired (a warning
// within 30 days), the extended key usage is right, and the server's names cover every name asked.
class CertificateCheck
{
    Q_DECLARE_TR_FUNCTIONS(CertificateCheck)

public:
    struct Result
    {
        QStringList problems; // each one line; any problem means the files must not be used
        QStringList warnings;
        bool renewDue = false; // a certificate expires within 30 days: one that Berth makes is made anew
        bool ok() const { return problems.isEmpty(); }
    };

    // The server's files (ca.pem, server-cert.pem, server-key.pem) and, with client, the
    // client's (cert.pem, key.pem).
    static Result check(const QString &folder, const QStringList &names, bool client = false);
    // A client's files alone (ca.pem, cert.pem, key.pem), as a client machine gets them.
    static Result checkClient(const QString &folder);
    // When the certificate in the file stops being valid; invalid when the file is not a PEM certificate.
    static QDateTime expiry(const QString &certFile);
    // When it starts being valid, and its serial number in hexadecimal (as openssl x509 -serial prints it).
    static QDateTime start(const QString &certFile);
    static QString serial(const QString &certFile);
    // The DNS names and IP addresses the certificate in the file names (its subject alternative names).
    static QStringList names(const QString &certFile);
    static constexpr int RenewDays = 30;
};
