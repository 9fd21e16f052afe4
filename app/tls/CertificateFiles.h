#pragma once

#include <QString>

#include <array>

// The names of the files of a TLS set-up, as dockerd's documentation and the manual procedure name
// them: the host holds the CA's certificate and its own pair, a client the CA's certificate and its
// pair, and only the machine that made them keeps the CA's key.
namespace CertificateFiles {

inline constexpr char ca[] = "ca.pem";
inline constexpr char caKey[] = "ca-key.pem";
inline constexpr char serverCert[] = "server-cert.pem";
inline constexpr char serverKey[] = "server-key.pem";
inline constexpr char clientCert[] = "cert.pem";
inline constexpr char clientKey[] = "key.pem";

inline constexpr std::array<const char *, 3> server{ca, serverCert, serverKey};
inline constexpr std::array<const char *, 3> client{ca, clientCert, clientKey};
inline constexpr std::array<const char *, 6> all{ca, caKey, serverCert, serverKey, clientCert, clientKey};

// A private key, which is readable by its owner alone wherever it is written.
inline bool isKey(const QString &name)
{
    return name == QLatin1String(caKey) || name == QLatin1String(serverKey) || name == QLatin1String(clientKey);
}

// A file in a folder of this machine, or in a Windows folder of the host.
inline QString local(const QString &folder, const char *name)
{
    return folder + QLatin1Char('/') + QLatin1String(name);
}
inline QString onHost(const QString &windowsFolder, const char *name)
{
    return windowsFolder + (windowsFolder.endsWith(QLatin1Char('\\')) ? QString() : QStringLiteral("\\")) +
           QLatin1String(name);
}

} // namespace CertificateFiles
