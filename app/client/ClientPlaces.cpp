#include "ClientPlaces.h"

#include "host/RegistryKey.h"

#include <QCryptographicHash>
#include <QFileInfo>

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

QString ClientPlaces::dockerCli(const WindowsHost &host) const
{
    for (const QString &cli : {dockerExe(), systemDockerExe()}) {
        if (QFileInfo::exists(host.localPath(cli)))
            return cli;
    }
    return {};
}

QString ClientPlaces::cliBeforeUserPath(const WindowsHost &host) const
{
    const RegistryKey machine = RegistryKey::read(
        host, QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment"));
    QString path;
    for (const QString &name : machine.values().keys()) {
        if (name.compare(QLatin1String("Path"), Qt::CaseInsensitive) == 0)
            path = machine.text(name);
    }
    const QList<std::pair<QString, QString>> known{{QStringLiteral("%SystemRoot%"), QStringLiteral("C:\\Windows")},
                                                   {QStringLiteral("%windir%"), QStringLiteral("C:\\Windows")},
                                                   {QStringLiteral("%ProgramFiles%"), programFiles}};
    for (QString folder : path.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        for (const auto &[variable, value] : known)
            folder.replace(variable, value, Qt::CaseInsensitive);
        folder = folder.trimmed();
        while (folder.endsWith(QLatin1Char('\\')))
            folder.chop(1);
        if (folder.contains(QLatin1Char('%')) || folder.compare(dockerFolder(), Qt::CaseInsensitive) == 0 ||
            !host.pathProblem(folder).isEmpty())
            continue;
        const QString cli = folder + QStringLiteral("\\docker.exe");
        if (QFileInfo::exists(host.localPath(cli)))
            return cli;
    }
    return {};
}

QHash<QString, QString> ClientPlaces::environmentOf(const QByteArray &setOutput)
{
    const bool utf16 = setOutput.size() % 2 == 0 && setOutput.size() >= 2 && setOutput.at(1) == 0;
    const QString text =
        utf16 ? QString::fromUtf16(reinterpret_cast<const char16_t *>(setOutput.constData()), setOutput.size() / 2)
              : QString::fromLocal8Bit(setOutput);
    QHash<QString, QString> variables;
    for (QString line : text.split(QLatin1Char('\n'))) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const qsizetype equals = line.indexOf(QLatin1Char('='), 1); // =C:=C:\ is the current folder of C:
        if (equals > 0)
            variables.insert(line.left(equals).toUpper(), line.mid(equals + 1));
    }
    return variables;
}

bool ClientPlaces::read(const WindowsHost &host, ClientPlaces *places, QString *error)
{
    const HostCommand set{QStringLiteral("C:\\Windows\\System32\\cmd.exe"),
                          {QStringLiteral("/d"), QStringLiteral("/u"), QStringLiteral("/c"), QStringLiteral("set")},
                          tr("Read the user's environment")};
    const WindowsHost::Result result = host.run(set, 30000);
    if (!result.ok()) {
        *error = tr("%1 failed: %2").arg(set.commandLine(), result.summary());
        return false;
    }
    const QHash<QString, QString> variables = environmentOf(result.outBytes);
    const auto value = [&](const QString &name) { return variables.value(name.toUpper()); };
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
