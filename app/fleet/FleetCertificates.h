#pragma once

#include "answers/Answers.h"
#include "apply/ApplySteps.h"
#include "tls/CertificateMaker.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

// The certificates of a fleet: one CA and the admin's client pair in a folder of this machine (the CA's
// key never goes into the fleet's output), and a server pair per host. What is there is kept: the CA
// always (clients trust it), the client's pair and a host's pair until they are within 30 days of their
// end or no longer fit (another CA, other names); then they are made anew under the same CA.
class FleetCertificates
{
    Q_DECLARE_TR_FUNCTIONS(FleetCertificates)

public:
    static constexpr int CaDays = 3650; // outlives the hosts' certificates, which renew under it

    // The CA and the client's pair in folder: taken, or made (folder and files owner-only).
    bool open(const QString &folder, KeyType type, int days, QString *error);
    QStringList said() const { return m_said; }
    QString folder() const { return m_folder; }
    QByteArray caCertificate() const { return m_ca.certificate; }

    // A host's server files: previous (its last bundle's) when they chain to this CA, hold its key, name
    // exactly these names and have more than 30 days left; else new ones. made says which.
    std::optional<ApplySteps::ServerFiles> server(const QStringList &names,
                                                  const std::optional<ApplySteps::ServerFiles> &previous, bool *made,
                                                  QString *error) const;

    // What a certificate in PEM says of itself.
    struct Facts
    {
        QString serial;
        QDateTime notBefore;
        QDateTime notAfter;
        QStringList names;
    };
    static Facts facts(const QByteArray &pem);

private:
    QString m_folder;
    KeyType m_type = KeyType::Rsa4096;
    int m_days = 365;
    CertificateMaker::Pem m_ca;
    QStringList m_said;
};
