#include "NssmServiceStep.h"

#include "Plan.h"

#include "ApplyContext.h"
#include "host/ServiceRegistration.h"
#include "render/BatchText.h"
#include "render/ScriptLines.h"
#include "render/ServiceCommands.h"

namespace {

const QStringList Paths = {QStringLiteral("Application"), QStringLiteral("AppDirectory"), QStringLiteral("AppStdout"),
                           QStringLiteral("AppStderr")};

bool same(const QString &parameter, const QString &a, const QString &b)
{
    return a.compare(b, Paths.contains(parameter) ? Qt::CaseInsensitive : Qt::CaseSensitive) == 0;
}

HostCommand nssm(const QStringList &arguments, const QString &purpose = QString())
{
    return {ServiceCommands::nssmExe(), arguments, purpose};
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
        const WindowsHost &host = context.host;
        const QString key = ServiceRegistration::serviceKey(m_name);
        context.undo(nssm({QStringLiteral("remove"), m_name, QStringLiteral("confirm")},
                          tr("Remove the service this apply installed")),
                     [&host, key] { return !RegistryKey::readExact(host, key).exists(); });
        return;
    }
    for (int i = ranCount() - 1; i >= 0; --i) {
        const QString &parameter = m_changed.at(i);
        const QString before = ServiceRegistration::nssmValue(m_service, m_parameters, parameter);
        const bool wasSet =
            ServiceRegistration::inServiceKey(parameter) ? m_service.has(parameter) : m_parameters.has(parameter);
        if (wasSet && !(parameter == QLatin1String("DependOnService") && before.isEmpty()))
            context.undo(nssm(QStringList{QStringLiteral("set"), m_name, parameter} +
                                  (parameter == QLatin1String("DependOnService") ? before.split(QLatin1Char(' '))
                                                                                 : QStringList{before}),
                              tr("Put NSSM's %1 back").arg(parameter)));
        else
            context.undo(nssm({QStringLiteral("reset"), m_name, parameter}, tr("Put NSSM's %1 back").arg(parameter)));
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

// As apply: install when the service is not there, the program set again when it is, then every value; the
// restart is decided by whether the service's settings (its key, NSSM's Parameters) read differently after.
std::optional<BatchForm> NssmServiceStep::batch(const BatchContext &context) const
{
    const Answers &a = context.answers;
    const QString name = BatchText::quoted(a.service.name);
    BatchForm form;
    form.heading = QStringLiteral("Register the service with NSSM");
    form.change << QStringLiteral("call :serviceSettings") << QStringLiteral("set \"settingsBefore=%actual%\"")
                << ScriptLines::serviceThere(a.service.name)
                << QStringLiteral("if %there%==1 echo       %1 is registered already").arg(name)
                << QStringLiteral("if %there%==0 call :register") << BatchForm::subroutineFailed()
                << QStringLiteral("if %there%==1 call :reapplication") << BatchForm::subroutineFailed();
    for (const ServiceCommands::NssmValue &value : ServiceCommands::nssmValues(a))
        form.change << BatchText::line(ServiceCommands::nssmCommand(a.service.name, value)) + QStringLiteral(" >nul")
                    << BatchForm::failed();
    const bool conDrvOnTheHost = a.host.build == 0 && a.service.dependOnConDrv;
    if (conDrvOnTheHost) {
        // Server 2016 (build 14393) only, found on the host itself (moby#27544).
        form.change << QStringLiteral("%SystemRoot%\\System32\\reg.exe query \"HKLM\\SOFTWARE\\Microsoft\\Windows "
                                      "NT\\CurrentVersion\" /v CurrentBuild | %1 \"14393\" >nul")
                           .arg(ScriptLines::find())
                    << QStringLiteral("if not errorlevel 1 call :conDrv") << BatchForm::subroutineFailed();
    }
    form.change << QStringLiteral("call :serviceSettings")
                << QStringLiteral("if /i not \"%actual%\"==\"%settingsBefore%\" (set changed=1& set restart=1)");
    form.subroutines << QStringLiteral(":register") << BatchText::line(ServiceCommands::nssmInstall(a))
                     << QStringLiteral("if errorlevel 1 set bad=1") << QStringLiteral("exit /b 0") << QString();
    form.subroutines << QStringLiteral(":reapplication")
                     << BatchText::line(
                            ServiceCommands::nssmCommand(a.service.name, ServiceCommands::nssmApplication(a))) +
                            QStringLiteral(" >nul")
                     << QStringLiteral("if errorlevel 1 set bad=1") << QStringLiteral("exit /b 0") << QString();
    if (conDrvOnTheHost) {
        Answers server2016 = a;
        server2016.host.build = 14393;
        form.subroutines << QStringLiteral(":conDrv")
                         << BatchText::line(ServiceCommands::nssmCommand(
                                a.service.name, ServiceCommands::nssmValues(server2016).last())) +
                                QStringLiteral(" >nul")
                         << QStringLiteral("if errorlevel 1 set bad=1") << QStringLiteral("exit /b 0") << QString();
    }
    form.subroutines << ScriptLines::serviceSettings(a.service.name);
    return form;
}
