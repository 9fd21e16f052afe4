#include "NativeServiceStep.h"

#include "Plan.h"

#include "ApplyContext.h"
#include "NssmServiceStep.h"
#include "host/ServiceRegistration.h"
#include "host/StartType.h"
#include "render/BatchText.h"
#include "render/DaemonFlags.h"
#include "render/ScriptLines.h"
#include "render/ServiceCommands.h"

namespace {

// Go's syscall.EscapeArg: quotes only around a space or tab; a quote gets a backslash, and the
// backslashes before it are doubled.
QString escapeArg(const QString &argument)
{
    if (argument.isEmpty())
        return QStringLiteral("\"\"");
    const bool space = argument.contains(QLatin1Char(' ')) || argument.contains(QLatin1Char('\t'));
    QString out = space ? QStringLiteral("\"") : QString();
    int slashes = 0;
    for (const QChar c : argument) {
        if (c == QLatin1Char('\\')) {
            ++slashes;
        } else if (c == QLatin1Char('"')) {
            out += QString(slashes + 1, QLatin1Char('\\'));
            slashes = 0;
        } else {
            slashes = 0;
        }
        out += c;
    }
    if (space)
        out += QString(slashes, QLatin1Char('\\')) + QLatin1Char('"');
    return out;
}

} // namespace

QString NativeServiceStep::imagePath(const Answers &a)
{
    const HostCommand registration = ServiceCommands::nativeRegistration(a).registration;
    QStringList parts{escapeArg(registration.program), QStringLiteral("--run-service")};
    for (const QString &argument : registration.arguments) {
        if (argument != QLatin1String("--register-service"))
            parts << escapeArg(argument);
    }
    return parts.join(QLatin1Char(' '));
}

bool NativeServiceStep::prepare(ApplyContext &context, QString *error)
{
    const Answers &a = context.answers;
    m_name = a.service.name;
    m_service = RegistryKey::readExact(context.host, ServiceRegistration::serviceKey(m_name));
    m_existed = m_service.exists();
    m_commands.clear();
    const ServiceCommands::NativeRegistration wanted = ServiceCommands::nativeRegistration(a);
    // dockerd registers its service as "Docker Engine", started automatically; sc.exe config is
    // needed after a registration only for other choices.
    auto registerAnew = [&] {
        m_commands << wanted.registration;
        if (a.service.displayName != QLatin1String("Docker Engine") || a.service.startup != StartupType::Auto)
            m_commands << wanted.config;
        m_commands << wanted.description;
    };
    m_staleSource = {};
    if (!m_existed) {
        // An sc.exe delete leaves the service's event log source behind, and dockerd refuses to register over it.
        const RegistryKey source = RegistryKey::readExact(context.host, ServiceRegistration::eventSourceKey(m_name));
        if (source.exists()) {
            m_staleSource = source;
            m_commands << staleSourceRemoval(a);
        }
        registerAnew();
        return true;
    }
    const QString image = m_service.text(QStringLiteral("ImagePath"));
    if (!ServiceRegistration::dockerdFlags(image, &m_oldFlags)) {
        *error = tr("a service named %1 exists and is not dockerd's own (ImagePath %2); \"berth uninstall\" removes "
                    "it, or choose another service.name")
                     .arg(m_name, image);
        return false;
    }
    m_oldDockerd = HostCommand::splitCommandLine(image).first();
    // dockerd keeps every argument but --register-service in its service's command line, --service-name
    // NAME among them (moby cmd/dockerd/service_windows.go): that is what a registration made now holds.
    QStringList flags = wanted.registration.arguments;
    flags.removeAll(QStringLiteral("--register-service"));
    if (flags != m_oldFlags || m_oldDockerd.compare(wanted.registration.program, Qt::CaseInsensitive) != 0) {
        m_commands << HostCommand{m_oldDockerd,
                                  {QStringLiteral("--unregister-service"), QStringLiteral("--service-name"), m_name},
                                  QString()};
        registerAnew();
        return true;
    }
    if (m_service.text(QStringLiteral("DisplayName")) != a.service.displayName ||
        ServiceRegistration::scStart(m_service) != QLatin1String(StartType::forAnswer(a.service.startup).sc))
        m_commands << wanted.config;
    if (m_service.text(QStringLiteral("Description")) != a.service.description)
        m_commands << wanted.description;
    return true;
}

// dockerd 29.2.0 and 29.2.1 exit 0 from --register-service without registering anything when the system check
// fails, the Containers feature missing (moby#51997, fixed in 29.2.2 by moby#52006): the service must be there.
QString NativeServiceStep::checkAfter(ApplyContext &context, const HostCommand &command)
{
    if (command.arguments.value(0) != QLatin1String("--register-service") ||
        RegistryKey::readExact(context.host, ServiceRegistration::serviceKey(m_name)).exists())
        return {};
    return tr("dockerd.exe said it registered the service %1, but there is no such service (Docker 29.2.0 and 29.2.1 "
              "do this when the Containers feature is missing: enable it, or use another release)")
        .arg(m_name);
}

void NativeServiceStep::undo(ApplyContext &context)
{
    if (ranCount() == 0)
        return;
    const QString dockerd = ServiceCommands::dockerdExe(context.answers);
    const HostCommand unregister{dockerd,
                                 {QStringLiteral("--unregister-service"), QStringLiteral("--service-name"), m_name},
                                 tr("Remove the service this apply registered")};
    const WindowsHost &host = context.host;
    const QString key = ServiceRegistration::serviceKey(m_name);
    auto gone = [&host, key] { return !RegistryKey::readExact(host, key).exists(); };
    if (!m_existed) {
        context.undo(unregister, gone); // its event log source too; fails when the registration never happened
        if (m_staleSource.exists()) {
            const QMap<QString, RegistryKey::Value> values = m_staleSource.values();
            for (auto it = values.begin(); it != values.end(); ++it)
                context.undo(
                    {RegistryKey::regExe(),
                     {QStringLiteral("add"), m_staleSource.path(), QStringLiteral("/v"), it.key(), QStringLiteral("/t"),
                      it.value().type, QStringLiteral("/d"), it.value().data, QStringLiteral("/f")},
                     tr("Put the event log source's value %1 back").arg(it.key())});
        }
        return;
    }
    if (m_commands.first().arguments.contains(QStringLiteral("--unregister-service"))) {
        context.undo(unregister, gone);
        context.undo(
            {m_oldDockerd,
             QStringList{QStringLiteral("--register-service"), QStringLiteral("--service-name"), m_name} + m_oldFlags,
             tr("Register the service again as it was")});
    }
    context.undo({ServiceCommands::scExe(),
                  {QStringLiteral("config"), m_name, QStringLiteral("DisplayName="),
                   m_service.text(QStringLiteral("DisplayName")), QStringLiteral("start="),
                   ServiceRegistration::scStart(m_service)},
                  tr("Put the service's display name and start type back")});
    context.undo({ServiceCommands::scExe(),
                  {QStringLiteral("description"), m_name, m_service.text(QStringLiteral("Description"))},
                  tr("Put the service's description back")});
}

QList<PlanStep> NativeServiceStep::describe(const Answers &a) const
{
    QList<PlanStep> steps{Plan::command(unregister(a), Plan::tr("Service"), PlanStep::Service,
                                        Plan::tr("the service is there with other flags or another dockerd.exe")),
                          Plan::command(staleSourceRemoval(a), Plan::tr("Service"), PlanStep::Service,
                                        Plan::tr("the service is not there, but the event log source of one removed "
                                                 "with sc.exe delete is"))};
    steps += Plan::serviceRegistration(a);
    steps[2].when = Plan::tr("the service is not there yet, or was unregistered");
    return steps;
}

HostCommand NativeServiceStep::staleSourceRemoval(const Answers &a)
{
    return {RegistryKey::regExe(),
            {QStringLiteral("delete"), ServiceRegistration::eventSourceKey(a.service.name), QStringLiteral("/f")},
            tr("Remove the event log source a removed service left behind")};
}

HostCommand NativeServiceStep::unregister(const Answers &a)
{
    return {ServiceCommands::dockerdExe(a),
            {QStringLiteral("--unregister-service"), QStringLiteral("--service-name"), a.service.name},
            tr("Unregister the service dockerd registered")};
}

// As apply: a registration whose command line differs is made anew (compared before anything changes, so that
// the daemon is stopped first), a missing one made, and the display name, startup and description set each time.
std::optional<BatchForm> NativeServiceStep::batch(const BatchContext &context) const
{
    const Answers &a = context.answers;
    const QString sc = BatchText::quoted(ServiceCommands::scExe());
    const QString name = BatchText::quoted(a.service.name);
    const ServiceCommands::NativeRegistration native = ServiceCommands::nativeRegistration(a);
    BatchForm form;
    form.heading = QStringLiteral("Register dockerd as a service");
    form.compare << QStringLiteral("set reregister=0") << QStringLiteral("%1 query %2 >nul 2>&1").arg(sc, name)
                 << QStringLiteral("if not errorlevel 1 call :compareImage");
    form.change << ScriptLines::serviceThere(a.service.name)
                << QStringLiteral("if %there%%reregister%==10 echo       %1 is registered already").arg(name)
                << QStringLiteral("if %reregister%==1 call :reregister") << BatchForm::subroutineFailed()
                << QStringLiteral("if %there%==0 call :register") << BatchForm::subroutineFailed()
                << BatchText::line(native.config) + QStringLiteral(" >nul") << BatchForm::failed()
                << BatchText::line(native.description) + QStringLiteral(" >nul") << BatchForm::failed();
    // An event log source sc.exe delete left would fail the registration; 29.2.0 and 29.2.1 can exit 0 and
    // register nothing (moby#51997).
    form.subroutines << QStringLiteral(":register")
                     << BatchText::line(staleSourceRemoval(a)) + QStringLiteral(" >nul 2>&1")
                     << BatchText::line(native.registration) << QStringLiteral("if errorlevel 1 set bad=1")
                     << QStringLiteral("%1 query %2 >nul 2>&1").arg(sc, name)
                     << QStringLiteral("if errorlevel 1 (echo dockerd.exe registered no service %1: without the "
                                       "Containers feature 29.2.0 and 29.2.1 do so. & set bad=1)")
                            .arg(name)
                     << QStringLiteral("exit /b 0") << QString();
    // The service's command line as dockerd wrote it, against the one this bundle's dockerd would write. Quotes
    // become ' on both sides first: a value's own quotes would end the comparison's.
    QString want = imagePath(a);
    want.replace(QLatin1Char('"'), QLatin1Char('\''));
    form.subroutines << QStringLiteral(":compareImage") << QStringLiteral("set \"image=\"")
                     << QStringLiteral("for /f \"tokens=2,*\" %%a in ('%SystemRoot%\\System32\\reg.exe query "
                                       "\"HKLM\\SYSTEM\\CurrentControlSet\\Services\\%1\" /v ImagePath 2^>nul ^| %2 "
                                       "\"ImagePath\"') do set \"image=%%b\"")
                            .arg(BatchText::escaped(a.service.name), ScriptLines::find())
                     << QStringLiteral("if defined image set \"image=%image:\"='%\"")
                     // Without regard to case, as Windows compares the program's path.
                     << QStringLiteral("if /i \"%image%\"==") +
                            BatchText::escaped(QLatin1Char('"') + want + QLatin1Char('"')) +
                            QStringLiteral(" exit /b 0")
                     << QStringLiteral("echo       %1 runs with other flags: it is registered again").arg(name)
                     << QStringLiteral("set reregister=1") << QStringLiteral("set changed=1")
                     << QStringLiteral("set restart=1") << QStringLiteral("exit /b 0") << QString();
    form.subroutines
        << QStringLiteral(":reregister") << BatchText::line(unregister(a)) + QStringLiteral(" >nul")
        << QStringLiteral("if errorlevel 1 (echo %1 could not be unregistered. & set bad=1 & exit /b 1)").arg(name)
        << QStringLiteral("call :register") << QStringLiteral("exit /b 0") << QString();
    return form;
}
