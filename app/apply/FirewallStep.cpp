#include "FirewallStep.h"

#include "Plan.h"

#include "ApplyContext.h"
#include "render/BatchText.h"
#include "render/ServiceCommands.h"

bool FirewallStep::isWanted(const FirewallRule &rule, const Answers &a)
{
    return rule.active && rule.action.compare(QLatin1String("Allow"), Qt::CaseInsensitive) == 0 &&
           rule.direction.compare(QLatin1String("In"), Qt::CaseInsensitive) == 0 && rule.protocol == 6 &&
           rule.localPorts == QStringList{QString::number(a.firewall.port)} && rule.profiles.isEmpty() &&
           rule.remoteAddresses == FirewallRules::canonical(a.firewall.remoteAddresses);
}

bool FirewallStep::prepare(ApplyContext &context, QString *)
{
    const Answers &a = context.answers;
    m_before = FirewallRules::named(context.host, a.firewall.ruleName);
    m_wanted = a.firewall.enabled;
    m_commands.clear();
    // netsh lets several rules share a name: only one, as wanted, is left alone.
    const bool same = m_before.size() == 1 && isWanted(m_before.first(), a);
    if (!m_before.isEmpty() && (!m_wanted || !same))
        m_commands.append(removal(a));
    if (m_wanted && !same)
        m_commands.append(ServiceCommands::firewallRule(a));
    return true;
}

void FirewallStep::undo(ApplyContext &context)
{
    if (ranCount() == 0)
        return;
    const QString name = context.answers.firewall.ruleName;
    const WindowsHost &host = context.host;
    // netsh refuses to delete a rule that is not there (the add failed, or this run removed it): that is as wanted.
    if (m_wanted)
        context.undo({ServiceCommands::netshExe(),
                      {QStringLiteral("advfirewall"), QStringLiteral("firewall"), QStringLiteral("delete"),
                       QStringLiteral("rule"), QStringLiteral("name=") + name},
                      tr("Remove the rule this apply added")},
                     [&host, name] { return FirewallRules::named(host, name).isEmpty(); });
    // The rules that were there are added again only once none of that name is left: a removal that failed left them.
    if (m_before.isEmpty() || !FirewallRules::named(host, name).isEmpty())
        return;
    for (const FirewallRule &rule : std::as_const(m_before))
        context.undo({ServiceCommands::netshExe(), rule.netshArguments(), tr("Put the rule back as it was")});
}

QList<PlanStep> FirewallStep::describe(const Answers &a) const
{
    QList<PlanStep> steps{Plan::command(removal(a), Plan::tr("Firewall"), PlanStep::Firewall,
                                        a.firewall.enabled ? Plan::tr("a rule of that name differs from the answers")
                                                           : Plan::tr("a rule of that name is there"))};
    if (a.firewall.enabled)
        steps.append(Plan::command(ServiceCommands::firewallRule(a), Plan::tr("Firewall"), PlanStep::Firewall,
                                   Plan::tr("no rule of that name is as the answers have it")));
    return steps;
}

HostCommand FirewallStep::removal(const Answers &a)
{
    return {ServiceCommands::netshExe(),
            {QStringLiteral("advfirewall"), QStringLiteral("firewall"), QStringLiteral("delete"),
             QStringLiteral("rule"), QStringLiteral("name=") + a.firewall.ruleName},
            tr("Remove the rule as it stands")};
}

// A rule of that name goes (netsh says "No rules match" when there is none), the answers' rule comes; the
// script's before-and-after reading of the rule tells whether that changed anything.
std::optional<BatchForm> FirewallStep::batch(const BatchContext &context) const
{
    const Answers &a = context.answers;
    BatchForm form;
    form.heading = QStringLiteral("Firewall rule");
    form.change << BatchText::line(removal(a)) + QStringLiteral(" >nul 2>&1");
    if (a.firewall.enabled)
        form.change << BatchText::line(ServiceCommands::firewallRule(a)) + QStringLiteral(" >nul")
                    << BatchForm::failed();
    else
        form.change << QStringLiteral("echo       no rule: the answers keep the port closed");
    return form;
}
