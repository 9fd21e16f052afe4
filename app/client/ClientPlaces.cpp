#include "ClientPlaces.h"

#include <QCryptographicHash>

namespace {

QString digest(const QString &name)
{
    return QString::fromLatin1(QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace

QString ClientPlaces::contextMeta(const QString &name) const
{
    return dockerConfig + QStringLiteral("\\contexts\\meta\\") + digest(name) + QStringLiteral("\\meta.json");
}

QString ClientPlaces::contextTls(const QString &name) const
{
    return dockerConfig + QStringLiteral("\\contexts\\tls\\") + digest(name) + QStringLiteral("\\docker");
}

bool ClientPlaces::read(const WindowsHost &host, ClientPlaces *places, QString *error)
{
    const HostCommand set{QStringLiteral("C:\\Windows\\System32\\cmd.exe"),
                          {QStringLiteral("/d"), QStringLiteral("/c"), QStringLiteral("set")},
                          tr("Read the user's environment")};
    const WindowsHost::Result result = host.run(set, 30000);
    if (!result.ok()) {
        *error = tr("%1 failed: %2").arg(set.commandLine(), result.summary());
        return false;
    }
    const auto value = [&](const QString &name) {
        for (const QString &line : result.out.split(QLatin1Char('\n'))) {
            if (line.startsWith(name + QLatin1Char('='), Qt::CaseInsensitive))
                return line.mid(name.size() + 1).trimmed();
        }
        return QString();
    };
    places->profile = value(QStringLiteral("USERPROFILE"));
    places->programFiles = value(QStringLiteral("ProgramFiles"));
    places->dockerConfig = value(QStringLiteral("DOCKER_CONFIG"));
    if (places->dockerConfig.isEmpty())
        places->dockerConfig = places->certFolder();
    for (const auto &[name, folder] :
         {std::pair{"USERPROFILE", places->profile}, std::pair{"ProgramFiles", places->programFiles},
          std::pair{"DOCKER_CONFIG", places->dockerConfig}}) {
        const QString problem = folder.isEmpty() ? tr("it is not set") : host.pathProblem(folder);
        if (!problem.isEmpty()) {
            *error = tr("%1: %2").arg(QLatin1Char('%') + QLatin1String(name) + QLatin1Char('%'), problem);
            return false;
        }
    }
    return true;
}
