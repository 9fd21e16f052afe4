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
    const QList<HostCommand> wanted = ServiceCommands::registration(context.answers);
    if (!m_existed) {
        m_commands = wanted;
        return true;
    }
    if (!ServiceRegistration::isRunByNssm(m_service)) {
        *error = tr("a service named %1 exists and NSSM does not run it (ImagePath %2); \"berth uninstall\" removes "
                    "it, or choose another service.name")
                     .arg(m_name, m_service.text(QStringLiteral("ImagePath")));
        return false;
    }
    for (const HostCommand &command : wanted) {
        const QString verb = command.arguments.value(0);
        if (verb == QLatin1String("install")) {
            const QString path = command.arguments.value(2);
            if (!same(QStringLiteral("Application"),
                      ServiceRegistration::nssmValue(m_service, m_parameters, QStringLiteral("Application")), path))
                m_commands.append(nssm({QStringLiteral("set"), m_name, QStringLiteral("Application"), path}));
        } else if (verb == QLatin1String("set")) {
            const QString parameter = command.arguments.value(2);
            if (!same(parameter, ServiceRegistration::nssmValue(m_service, m_parameters, parameter),
                      command.arguments.value(3)))
                m_commands.append(command);
        } else if (verb == QLatin1String("reset")) {
            if (!ServiceRegistration::nssmValue(m_service, m_parameters, command.arguments.value(2)).isEmpty())
                m_commands.append(command);
        }
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
        const QStringList &arguments = m_commands.at(i).arguments;
        const QString parameter = arguments.value(2);
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
    steps.insert(
        1, Plan::command(
               {ServiceCommands::nssmExe(),
                {QStringLiteral("set"), a.service.name, QStringLiteral("Application"), a.service.applicationPath},
                tr("Application tab: Path")},
               Plan::tr("Service"), PlanStep::Service, Plan::tr("the service is there and runs another program")));
    if (a.host.build == 0 && a.service.dependOnConDrv) {
        Answers server2016 = a;
        server2016.host.build = 14393;
        steps.append(Plan::command(ServiceCommands::registration(server2016).last(), Plan::tr("Service"),
                                   PlanStep::Service, Plan::tr("the host is Windows Server 2016 (build 14393)")));
    }
    return steps;
}
