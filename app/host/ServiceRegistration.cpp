#include "ServiceRegistration.h"

#include "RegistryKey.h"
#include "StartType.h"
#include "render/HostCommand.h"

#include <QXmlStreamReader>

namespace {

const QStringList ServiceLevel = {QStringLiteral("DisplayName"), QStringLiteral("Description"), QStringLiteral("Start"),
                                  QStringLiteral("DependOnService")};

} // namespace

bool ServiceRegistration::inServiceKey(const QString &parameter)
{
    return ServiceLevel.contains(parameter);
}

QString ServiceRegistration::serviceKey(const QString &name)
{
    return QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\") + name;
}

QString ServiceRegistration::eventSourceKey(const QString &name)
{
    return QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\EventLog\\Application\\") + name;
}

bool ServiceRegistration::isRunByNssm(const RegistryKey &service)
{
    QString image = service.text(QStringLiteral("ImagePath")).trimmed();
    image.remove(QLatin1Char('"'));
    return image.endsWith(QLatin1String("nssm.exe"), Qt::CaseInsensitive);
}

QString ServiceRegistration::nssmValue(const RegistryKey &service, const RegistryKey &parameters,
                                       const QString &parameter)
{
    if (parameter == QLatin1String("Start")) {
        const StartType *type = StartType::of(service);
        return type ? QLatin1String(type->nssm) : QString();
    }
    if (parameter == QLatin1String("DependOnService"))
        return service.list(parameter).join(QLatin1Char(' '));
    if (ServiceLevel.contains(parameter))
        return service.text(parameter);
    const RegistryKey::Value value = parameters.values().value(parameter);
    if (value.type == QLatin1String("REG_DWORD"))
        return QString::number(value.data.toUInt(nullptr, 0));
    return value.data;
}

bool ServiceRegistration::dockerdFlags(const QString &imagePath, QStringList *flags)
{
    const QStringList argv = HostCommand::splitCommandLine(imagePath);
    const qsizetype run = argv.indexOf(QStringLiteral("--run-service"));
    if (argv.isEmpty() || run < 0 || !argv.first().endsWith(QLatin1String("dockerd.exe"), Qt::CaseInsensitive))
        return false;
    *flags = argv.mid(run + 1);
    return true;
}

QString ServiceRegistration::scStart(const RegistryKey &service)
{
    const StartType *type = StartType::of(service);
    return QLatin1String(type ? type->sc : "auto");
}

bool ServiceRegistration::taskRunsWithoutLimit(const QByteArray &taskXml)
{
    QXmlStreamReader xml(taskXml);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("ExecutionTimeLimit"))
            return xml.readElementText().trimmed() == QLatin1String("PT0S");
    }
    return false;
}

QString ServiceRegistration::taskArguments(const QByteArray &taskXml)
{
    QXmlStreamReader xml(taskXml);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("Arguments"))
            return xml.readElementText();
    }
    return {};
}
