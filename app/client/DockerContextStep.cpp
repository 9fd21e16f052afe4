#include "DockerContextStep.h"

#include "apply/ApplyContext.h"
#include "host/LocalFile.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace {

// One field of docker's --docker option, which docker reads as a CSV record.
QString csvField(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')))
        return field;
    return QLatin1Char('"') + QString(field).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + QLatin1Char('"');
}

const char *const tlsNames[] = {"ca.pem", "cert.pem", "key.pem"};

} // namespace

DockerContextStep::DockerContextStep(const ClientPlaces &places, const QString &name,
                                     const std::optional<Endpoint> &wanted)
    : m_places(places), m_name(name), m_wanted(wanted)
{
}

QString DockerContextStep::nameFor(const QString &endpoint)
{
    QString host = QUrl(endpoint).host();
    host.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.+-]")), QStringLiteral("-"));
    return QStringLiteral("berth-") + host;
}

bool DockerContextStep::isName(const QString &name)
{
    static const QRegularExpression form(QStringLiteral("^berth-[A-Za-z0-9_.+-]+$"));
    return form.match(name).hasMatch();
}

QString DockerContextStep::title() const
{
    return tr("docker context %1").arg(m_name);
}

bool DockerContextStep::prepare(ApplyContext &context, QString *error)
{
    const QString meta = context.host.localPath(m_places.contextMeta(m_name));
    m_existed = QFileInfo::exists(meta);
    m_hostBefore.clear();
    m_tlsBefore.clear();
    if (m_existed) {
        const QJsonObject json = QJsonDocument::fromJson(LocalFile::read(meta)).object();
        if (json.value(QStringLiteral("Name")).toString() != m_name) {
            *error =
                tr("%1 is not the docker CLI's record of the context %2").arg(m_places.contextMeta(m_name), m_name);
            return false;
        }
        m_hostBefore = json.value(QStringLiteral("Endpoints"))
                           .toObject()
                           .value(QStringLiteral("docker"))
                           .toObject()
                           .value(QStringLiteral("Host"))
                           .toString();
    }
    QList<QByteArray> tls;
    for (const char *file : tlsNames) {
        const QString path = m_places.contextTls(m_name) + QLatin1Char('\\') + QLatin1String(file);
        const bool there = QFileInfo::exists(context.host.localPath(path));
        tls << (there ? LocalFile::read(context.host.localPath(path)) : QByteArray());
        if (m_existed && there)
            m_tlsBefore << path;
    }
    if (!m_wanted)
        m_changes = m_existed;
    else
        m_changes = !m_existed || m_hostBefore != m_wanted->host || tls.value(0) != m_wanted->caBytes ||
                    tls.value(1) != m_wanted->certBytes || tls.value(2) != m_wanted->keyBytes;
    return true;
}

QStringList DockerContextStep::changes() const
{
    if (!m_changes)
        return {};
    if (!m_wanted)
        return {tr("remove it (it points at %1)").arg(m_hostBefore)};
    if (!m_existed)
        return {tr("create it for %1").arg(m_wanted->host)};
    return {tr("point it at %1 with the client's files (it points at %2)").arg(m_wanted->host, m_hostBefore)};
}

HostCommand DockerContextStep::command(const QString &verb, const std::optional<Endpoint> &endpoint) const
{
    QStringList arguments{QStringLiteral("context"), verb};
    if (verb == QLatin1String("rm"))
        arguments << QStringLiteral("-f");
    arguments << m_name;
    if (endpoint) {
        QStringList fields{csvField(QStringLiteral("host=") + endpoint->host)};
        for (const auto &[key, path] :
             {std::pair{"ca", endpoint->ca}, std::pair{"cert", endpoint->cert}, std::pair{"key", endpoint->key}}) {
            if (!path.isEmpty())
                fields << csvField(QLatin1String(key) + QLatin1Char('=') + path);
        }
        arguments << QStringLiteral("--docker") << fields.join(QLatin1Char(','));
        if (verb == QLatin1String("create"))
            arguments << QStringLiteral("--description") << tr("Made by Berth");
    }
    // docker takes DOCKER_HOST (or DOCKER_CONTEXT) for the current context: with either inherited, "rm -f" of the
    // context config.json names as current would leave config.json naming one that is gone.
    return {QString(),
            arguments,
            tr("docker context %1 %2").arg(verb, m_name),
            {QStringLiteral("DOCKER_HOST"), QStringLiteral("DOCKER_CONTEXT")}};
}

bool DockerContextStep::run(ApplyContext &context, const HostCommand &given, QString *error) const
{
    HostCommand command = given;
    // The docker.exe this set-up placed, or the one the manual procedure puts in System32.
    const QString cli = m_places.dockerCli(context.host);
    command.program = cli.isEmpty() ? ClientPlaces::systemDockerExe() : cli; // none: its failure names System32's
    const WindowsHost::Result result = context.host.run(command, 60000);
    if (!result.ok() && error)
        *error = tr("%1 failed: %2").arg(command.commandLine(), result.summary());
    return result.ok();
}

bool DockerContextStep::apply(ApplyContext &context, QString *error)
{
    // The old TLS files are the store's own: kept, so that undo can hand them to docker again.
    for (const QString &path : std::as_const(m_tlsBefore)) {
        QString why;
        if (context.backup.save(path, &why).isEmpty()) {
            *error = tr("cannot back up %1: %2").arg(path, why);
            return false;
        }
    }
    m_acted = true;
    return run(context,
               command(!m_wanted   ? QStringLiteral("rm")
                       : m_existed ? QStringLiteral("update")
                                   : QStringLiteral("create"),
                       m_wanted),
               error);
}

void DockerContextStep::undo(ApplyContext &context)
{
    if (!m_acted)
        return;
    std::optional<Endpoint> before;
    if (m_existed) {
        before = Endpoint{m_hostBefore, {}, {}, {}, {}, {}, {}};
        for (const QString &path : std::as_const(m_tlsBefore)) {
            const QString copy = context.backup.copyOf(path);
            if (path.endsWith(QLatin1String("\\ca.pem")))
                before->ca = copy;
            else if (path.endsWith(QLatin1String("\\cert.pem")))
                before->cert = copy;
            else
                before->key = copy;
        }
    }
    QString why;
    const bool ok =
        !m_existed
            ? run(context, command(QStringLiteral("rm"), std::nullopt), &why)
            : run(context, command(m_wanted ? QStringLiteral("update") : QStringLiteral("create"), before), &why);
    if (!ok)
        context.undoFailures << tr("docker context %1 (%2)").arg(m_name, why);
}
