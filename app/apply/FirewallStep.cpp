#include "FirewallStep.h"

#include "ApplyContext.h"
#include "render/ServiceCommands.h"

#include <QRegularExpression>

FirewallStep::Rule FirewallStep::parseShowRule(const QString &output)
{
    Rule rule;
    static const QRegularExpression field(QStringLiteral("^([A-Za-z ]+):\\s*(.*?)\\s*$"),
                                          QRegularExpression::MultilineOption);
    for (auto it = field.globalMatch(output); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(1).trimmed();
        if (name == QLatin1String("Rule Name"))
            rule.exists = true;
        else if (name == QLatin1String("LocalPort"))
            rule.localPort = match.captured(2);
        else if (name == QLatin1String("RemoteIP"))
            rule.remoteIp = match.captured(2);
    }
    return rule;
}

bool FirewallStep::prepare(ApplyContext &context, QString *)
{
    const Answers &a = context.answers;
    const WindowsHost::Result shown =
        context.host.run({ServiceCommands::netshExe(),
                          {QStringLiteral("advfirewall"), QStringLiteral("firewall"), QStringLiteral("show"),
                           QStringLiteral("rule"), QStringLiteral("name=") + a.firewall.ruleName},
                          QString()});
    m_before = parseShowRule(shown.out);
    m_wanted = a.firewall.enabled;
    m_commands.clear();
    const QString wantedRemote = a.firewall.remoteAddresses.isEmpty()
                                     ? QStringLiteral("Any")
                                     : a.firewall.remoteAddresses.join(QLatin1Char(','));
    const bool same = m_before.exists && m_before.localPort == QString::number(a.firewall.port) &&
                      m_before.remoteIp.compare(wantedRemote, Qt::CaseInsensitive) == 0;
    if (m_before.exists && (!m_wanted || !same))
        m_commands.append({ServiceCommands::netshExe(),
                           {QStringLiteral("advfirewall"), QStringLiteral("firewall"), QStringLiteral("delete"),
                            QStringLiteral("rule"), QStringLiteral("name=") + a.firewall.ruleName},
                           tr("Remove the rule as it stands")});
    if (m_wanted && !same)
        m_commands.append(ServiceCommands::firewallRule(a));
    return true;
}

void FirewallStep::undo(ApplyContext &context)
{
    if (ranCount() == 0)
        return;
    Answers before = context.answers;
    if (m_wanted)
        context.host.run(ServiceCommands::firewallRuleRemoval(before));
    if (m_before.exists) {
        before.firewall.port = m_before.localPort.toInt();
        before.firewall.remoteAddresses.clear();
        if (m_before.remoteIp.compare(QLatin1String("Any"), Qt::CaseInsensitive) != 0)
            before.firewall.remoteAddresses = m_before.remoteIp.split(QLatin1Char(','));
        context.host.run(ServiceCommands::firewallRule(before));
    }
}
