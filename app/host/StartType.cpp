#include "StartType.h"

#include "RegistryKey.h"

#include <iterator>

namespace {

const StartType Types[] = {
    {StartupType::Auto, 2, false, "SERVICE_AUTO_START", "auto"},
    {StartupType::DelayedAuto, 2, true, "SERVICE_DELAYED_AUTO_START", "delayed-auto"},
    {StartupType::Manual, 3, false, "SERVICE_DEMAND_START", "demand"},
    {StartupType::Disabled, 4, false, "SERVICE_DISABLED", "disabled"},
};

} // namespace

const StartType &StartType::forAnswer(StartupType answer)
{
    for (const StartType &type : Types) {
        if (answer == type.answer)
            return type;
    }
    return Types[0];
}

const StartType *StartType::forNssm(const QString &nssmValue)
{
    for (const StartType &type : Types) {
        if (nssmValue == QLatin1String(type.nssm))
            return &type;
    }
    return nullptr;
}

const StartType *StartType::of(const RegistryKey &service)
{
    const int start = service.number(QStringLiteral("Start"));
    // DelayedAutostart counts for automatic services only; Windows ignores it for the others.
    const bool delayed = start == 2 && service.number(QStringLiteral("DelayedAutostart"), 0) == 1;
    for (const StartType &type : Types) {
        if (type.start == start && type.delayed == delayed)
            return &type;
    }
    return nullptr;
}
