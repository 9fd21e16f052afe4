#include "NssmServiceStep.h"

#include "Plan.h"

#include "ApplyContext.h"
#include "host/ServiceRegistration.h"
#include "render/ServiceCommands.h"

namespace {

const QStringList Paths = {QStringLiteral("Application"), QStringLiteral("AppDirectory"), QStringLiteral("AppStdout"),
                           QStringLiteral("AppStderr")};

bool same(const QString &parameter, const QString &a, const QString &b)
{
    return a.compare(b, Paths.contains(parameter) ? Qt::CaseInsensitive : Qt::CaseSensitive) == 0;
}

HostCommand nssm(const QStringList &arguments)
{
    return {ServiceCommands::nssmExe(), arguments, QString()};
}

} // namespace

bool NssmServiceStep::prepare(ApplyContext &context, QString *error)
{
    m_name = context.answers.service.name;
    m_service = RegistryKey::readExact(context.host, ServiceRegistration::serviceKey(m_name));
    m_parameters =
        RegistryKey::readExact(context.host, ServiceRegistration::serviceKey(m_name) + QStringLiteral("\\Parameters"));
    m_existed = m_service.exists();
    m_commands.clear();
    m_changed.clear();
    const Answers &a = context.answers;
    if (!m_existed) {
        m_commands = ServiceCommands::registration(a);
        return true;
    }
    if (!ServiceRegistration::isRunByNssm(m_service)) {
        *error = tr("a service named %1 exists and NSSM does not run it (ImagePath %2); \"berth uninstall\" removes "
                    "it, or choose another service.name")
                     .arg(m_name, m_service.text(QStringLiteral("ImagePath")));
        return false;
    }
    // On a service NSSM runs already, each value that differs is set, the program too; install is not run again.
    QList<ServiceCommands::NssmValue> wanted{ServiceCommands::nssmApplication(a)};
    wanted += ServiceCommands::nssmValues(a);
    for (const ServiceCommands::NssmValue &value : std::as_const(wanted)) {
        const QString now = ServiceRegistration::nssmValue(m_service, m_parameters, value.parameter);
        if (value.reset ? now.isEmpty() : same(value.parameter, now, value.value))
            continue;
        m_commands.append(ServiceCommands::nssmCommand(m_name, value));
        m_changed.append(value.parameter);
    }
    return true;
}

void NssmServiceStep::undo(ApplyContext &context)
{
    if (ranCount() == 0)
        return;
    if (!m_existed) {
        context.host.run(nssm({QStringLiteral("remove"), m_name, QStringLiteral("confirm")}));
        return;
    }
    for (int i = ranCount() - 1; i >= 0; --i) {
        const QString &parameter = m_changed.at(i);
        const QString before = ServiceRegistration::nssmValue(m_service, m_parameters, parameter);
        const bool wasSet =
            ServiceRegistration::inServiceKey(parameter) ? m_service.has(parameter) : m_parameters.has(parameter);
        if (wasSet && !(parameter == QLatin1String("DependOnService") && before.isEmpty()))
            context.host.run(nssm(QStringList{QStringLiteral("set"), m_name, parameter} +
                                  (parameter == QLatin1String("DependOnService") ? before.split(QLatin1Char(' '))
                                                                                 : QStringList{before})));
        else
            context.host.run(nssm({QStringLiteral("reset"), m_name, parameter}));
    }
}

QList<PlanStep> NssmServiceStep::describe(const Answers &a) const
{
    // On a service NSSM already runs, install is not run again: each value is set that differs, the
    // program too.
    QList<PlanStep> steps = Plan::serviceRegistration(a);
    steps.first().when = Plan::tr("the service is not there yet");
    steps.insert(1, Plan::command(ServiceCommands::nssmCommand(a.service.name, ServiceCommands::nssmApplication(a)),
                                  Plan::tr("Service"), PlanStep::Service,
                                  Plan::tr("the service is there and runs another program")));
    if (a.host.build == 0 && a.service.dependOnConDrv) {
        Answers server2016 = a;
        server2016.host.build = 14393;
        steps.append(Plan::command(
            ServiceCommands::nssmCommand(a.service.name, ServiceCommands::nssmValues(server2016).last()),
            Plan::tr("Service"), PlanStep::Service, Plan::tr("the host is Windows Server 2016 (build 14393)")));
    }
    return steps;
}
