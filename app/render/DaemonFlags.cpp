#include "DaemonFlags.h"

QString DaemonFlags::tcpHost(const Answers &a)
{
    const QString address =
        a.tls.address.contains(QLatin1Char(':')) ? QLatin1Char('[') + a.tls.address + QLatin1Char(']') : a.tls.address;
    return address + QLatin1Char(':') + QString::number(a.tls.port);
}

QString DaemonFlags::certFile(const Answers &a, const char *name)
{
    return a.tls.certDir + QLatin1Char('\\') + QLatin1String(name);
}

QStringList DaemonFlags::listeners(const Answers &a, bool secure)
{
    QStringList flags{QStringLiteral("-H"), QStringLiteral("npipe://")};
    if (secure) {
        flags << QStringLiteral("-H") << tcpHost(a) << QStringLiteral("--tlsverify")
              << QStringLiteral("--tlscacert=") + certFile(a, "ca.pem")
              << QStringLiteral("--tlscert=") + certFile(a, "server-cert.pem")
              << QStringLiteral("--tlskey=") + certFile(a, "server-key.pem");
    }
    return flags;
}

QStringList DaemonFlags::options(const Answers &a)
{
    QStringList flags;
    if (!a.runtime.pipeGroup.isEmpty())
        flags << QStringLiteral("-G") << a.runtime.pipeGroup;
    if (a.runtime.debug)
        flags << QStringLiteral("-D");
    if (a.runtime.isolation != QLatin1String("default"))
        flags << QStringLiteral("--exec-opt") << QStringLiteral("isolation=") + a.runtime.isolation;
    return flags;
}
