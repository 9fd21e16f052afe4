#include "StartType.h"

#include "RegistryKey.h"

#include <iterator>

namespace {

const StartType Types[] = {
    {"auto", 2, false, "SERVICE_AUTO_START", "auto"},
    {"delayed-auto", 2, true, "SERVICE_DELAYED_AUTO_START", "delayed-auto"},
    {"manual", 3, false, "SERVICE_DEMAND_START", "demand"},
    {"disabled", 4, false, "SERVICE_DISABLED", "disabled"},
};

} // namespace

const StartType &StartType::forAnswer(const QString &answer)
{
    for (const StartType &type : Types) {
        if (answer == QLatin1String(type.answer))
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
