#include "FleetHosts.h"

#include "answers/AnswerKeys.h"
#include "answers/AnswersValidator.h"
#include "answers/FieldRules.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace {

const QString NameColumn = QStringLiteral("name");
const QString AddressesColumn = QStringLiteral("addresses");
const QString EditionColumn = QStringLiteral("edition");
constexpr int MaxNameLength = 200;

// Keys the fleet sets itself for every host: a column may not say otherwise.
const QStringList FleetKeys{QStringLiteral("host.edition"), QStringLiteral("tls.enabled"),
                            QStringLiteral("tls.subjectAltNames"), QStringLiteral("tls.generate")};

// The answer keys a row may set for its host: what describes the host, its service and its listener. A hosts.csv
// may come from someone else, so where Berth's files come from (sources, URLs, local files: a local path could name
// the fleet's CA key, a URL an address only the admin's machine reaches), where anything goes on the host (folders,
// log paths), the daemon's command line and who may use its pipe (both as good as SYSTEM on the host) come from the
// base answers alone. So do the service's name and the firewall rule's (install.cmd and uninstall.cmd stop, delete and
// replace what bears them: a row could name Windows Update's service or the rule that blocks SMB) and the port (a
// rule for TCP 445 open to any address would stay when dockerd cannot listen there). A key added to the table is the
// base's until it is named here.
const QStringList HostKeys{
    QStringLiteral("host.build"),
    QStringLiteral("binaries.version"),
    QStringLiteral("service.manager"),
    QStringLiteral("service.details.displayName"),
    QStringLiteral("service.details.description"),
    QStringLiteral("service.details.startup"),
    QStringLiteral("service.noConsole"),
    QStringLiteral("service.dependOnConDrv"),
    QStringLiteral("service.timeout"),
    QStringLiteral("tls.address"),
    QStringLiteral("tls.keyType"),
    QStringLiteral("tls.days"),
    QStringLiteral("runtime.isolation"),
    QStringLiteral("runtime.debug"),
    QStringLiteral("firewall.enabled"),
    QStringLiteral("firewall.remoteAddresses"),
    QStringLiteral("daemon.configStyle"),
};

// The connection variables a row may give its host in the Ansible inventory, each with the values it takes (none:
// checked by its own rule below). Everything else is refused: ansible_ssh_common_args, ansible_shell_executable and
// the like run commands on the controller, and a password in a CSV is a password in the clear (a vault holds it).
// What gives the admin's password or session away is the base's to choose, never a row's: Basic and CredSSP
// (which hands the password to the host), plain HTTP, unencrypted messages, certificates not checked. A row's
// ansible_host is its name or one of its addresses, so that its bundle (with its server key) goes to that host.
struct ConnectionVariable
{
    const char *name;
    QStringList values;
};
const QList<ConnectionVariable> &connectionVariables()
{
    static const QList<ConnectionVariable> variables{
        {"ansible_host", {}},
        {"ansible_port", {}},
        {"ansible_user", {}},
        {"ansible_connection", {QStringLiteral("winrm"), QStringLiteral("psrp")}},
        {"ansible_winrm_transport",
         {QStringLiteral("ntlm"), QStringLiteral("kerberos"), QStringLiteral("certificate")}},
        {"ansible_winrm_scheme", {QStringLiteral("https")}},
        {"ansible_winrm_server_cert_validation", {QStringLiteral("validate")}},
        {"ansible_winrm_message_encryption", {QStringLiteral("auto"), QStringLiteral("always")}},
        {"ansible_winrm_kerberos_hostname_override", {}},
        {"ansible_psrp_protocol", {QStringLiteral("https")}},
        {"ansible_psrp_auth",
         {QStringLiteral("negotiate"), QStringLiteral("kerberos"), QStringLiteral("ntlm"),
          QStringLiteral("certificate")}},
        {"ansible_psrp_cert_validation", {QStringLiteral("validate")}},
        {"ansible_psrp_message_encryption", {QStringLiteral("auto"), QStringLiteral("always")}},
    };
    return variables;
}

const ConnectionVariable *connectionVariable(const QString &column)
{
    for (const ConnectionVariable &variable : connectionVariables()) {
        if (column == QLatin1String(variable.name))
            return &variable;
    }
    return nullptr;
}

// Why a connection column is refused, or nothing.
QString connectionColumnProblem(const QString &column)
{
    if (connectionVariable(column))
        return {};
    if (column.contains(QLatin1String("pass")))
        return FleetHosts::tr("a password does not belong in hosts.csv: keep it in an Ansible vault (ansible-vault "
                              "encrypt_string) or give it with --ask-pass");
    QStringList names;
    for (const ConnectionVariable &variable : connectionVariables())
        names << QLatin1String(variable.name);
    return FleetHosts::tr("not a connection variable Berth passes on (%1): others can run commands on the machine "
                          "that runs Ansible")
        .arg(names.join(QStringLiteral(", ")));
}

// Why a connection cell is refused, or nothing.
QString connectionValueProblem(const ConnectionVariable &variable, const QString &value, const FleetHost &host)
{
    if (value.contains(QRegularExpression(QStringLiteral("[\\x00-\\x1f\\x7f]"))))
        return FleetHosts::tr("holds a control character");
    const QString name = QLatin1String(variable.name);
    if (!variable.values.isEmpty() && !variable.values.contains(value))
        return FleetHosts::tr("%1 is not one of %2").arg(value, variable.values.join(QStringLiteral(", ")));
    if (name == QLatin1String("ansible_host") && value.compare(host.name, Qt::CaseInsensitive) != 0 &&
        !host.addresses.contains(value, Qt::CaseInsensitive))
        return FleetHosts::tr(
                   "%1 is neither the host's name nor one of its addresses: its bundle, with its server key, "
                   "would go to another machine")
            .arg(value);
    if (name == QLatin1String("ansible_port")) {
        bool ok = false;
        const int port = value.toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return FleetHosts::tr("%1 is not a port (1-65535)").arg(value);
        if (port == 5985)
            return FleetHosts::tr("5985 is WinRM over plain HTTP: the base's inventory may choose it, not a row");
    }
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._\\\\@-]*$"));
    if ((name == QLatin1String("ansible_user") || name == QLatin1String("ansible_winrm_kerberos_hostname_override")) &&
        !plain.match(value).hasMatch())
        return FleetHosts::tr("%1 holds a character other than letters, digits and . _ \\ @ -").arg(value);
    return {};
}

void setPath(QJsonObject &object, const QStringList &path, const QJsonValue &value)
{
    if (path.size() == 1) {
        object.insert(path.first(), value);
        return;
    }
    QJsonObject inner = object.value(path.first()).toObject();
    setPath(inner, path.mid(1), value);
    object.insert(path.first(), inner);
}

// A connection variable for the Ansible inventory rather than an answer key.
bool isConnection(const QString &column)
{
    static const QRegularExpression pattern(QStringLiteral("^ansible_[a-z0-9_]+$"));
    return pattern.match(column).hasMatch();
}

QStringList words(const QString &cell)
{
    return cell.split(QRegularExpression(QStringLiteral("[\\s;]+")), Qt::SkipEmptyParts);
}

// The cell as the key's answer-file value, or an error.
QJsonValue valueOf(const AnswerKey &key, const QString &cell, QString *error)
{
    switch (key.type) {
    case AnswerKey::Integer: {
        bool ok = false;
        const int number = cell.toInt(&ok);
        if (!ok)
            *error = FleetHosts::tr("%1 is not a whole number").arg(cell);
        return number;
    }
    case AnswerKey::Boolean:
        if (cell != QLatin1String("true") && cell != QLatin1String("false"))
            *error = FleetHosts::tr("%1 is neither true nor false").arg(cell);
        return cell == QLatin1String("true");
    case AnswerKey::StringList:
        return QJsonArray::fromStringList(words(cell));
    default:
        return cell;
    }
}

} // namespace

QList<FleetHosts::Record> FleetHosts::parse(const QByteArray &csv, QString *error)
{
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xfeff))) // Excel's UTF-8 mark
        text.remove(0, 1);
    QList<Record> records;
    Record record{1, {}};
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    int row = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                if (c == QLatin1Char('\n'))
                    ++row;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            record.fields << field;
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            record.fields << field;
            if (!(record.fields.size() == 1 && record.fields.first().isEmpty() && !wasQuoted))
                records << record; // a blank line is no record
            field.clear();
            wasQuoted = false;
            record = Record{++row, {}};
        } else {
            field += c;
        }
    }
    if (quoted) {
        *error = tr("row %1: a quoted field is not closed").arg(record.row);
        return {};
    }
    if (!field.isEmpty() || !record.fields.isEmpty() || wasQuoted) {
        record.fields << field;
        records << record;
    }
    return records;
}

FleetHosts::Result FleetHosts::read(const QByteArray &csv, const Answers &base, const QString &fileName)
{
    Result result;
    const auto problem = [&](int row, const QString &column, const QString &why) {
        result.problems << (column.isEmpty() ? tr("%1 row %2: %3").arg(fileName).arg(row).arg(why)
                                             : tr("%1 row %2, column %3: %4").arg(fileName).arg(row).arg(column, why));
    };
    QString error;
    const QList<Record> records = parse(csv, &error);
    if (!error.isEmpty()) {
        result.problems << fileName + QStringLiteral(" ") + error;
        return result;
    }
    if (records.isEmpty()) {
        result.problems << tr("%1: no header row (name,addresses,edition)").arg(fileName);
        return result;
    }
    QStringList header;
    for (const QString &column : records.first().fields)
        header << column.trimmed();
    // A column that is refused is named once, and its cells are not read; the rows are all the same checked, so that
    // one run names every problem of the file.
    QSet<QString> seenColumns;
    QSet<QString> refused;
    for (const QString &column : std::as_const(header)) {
        const auto refuse = [&](const QString &why) {
            problem(1, column, why);
            refused.insert(column);
        };
        if (seenColumns.contains(column))
            refuse(tr("the column is there twice"));
        seenColumns.insert(column);
        if (column == NameColumn || column == AddressesColumn || column == EditionColumn)
            continue;
        if (isConnection(column)) {
            const QString why = connectionColumnProblem(column);
            if (!why.isEmpty())
                refuse(why);
            continue;
        }
        const auto key = std::find_if(answerKeys().begin(), answerKeys().end(),
                                      [&](const AnswerKey &k) { return column == QLatin1String(k.path); });
        if (key == answerKeys().end())
            refuse(tr("no answer key has this name"));
        else if (FleetKeys.contains(column))
            refuse(tr("the fleet sets this key for every host (from name, addresses and edition)"));
        else if (!HostKeys.contains(column))
            refuse(tr("comes from the base answers alone: a hosts.csv may give what describes a host (%1), not where "
                      "Berth's files come from or go, the daemon's arguments or who may use its pipe")
                       .arg(HostKeys.join(QStringLiteral(", "))));
    }
    bool complete = true;
    for (const QString &needed : {NameColumn, AddressesColumn, EditionColumn}) {
        if (!header.contains(needed)) {
            problem(1, needed, tr("the column is missing"));
            complete = false;
        }
    }
    if (!complete)
        return result;

    QSet<QString> names;
    // A key that follows another (service.manager follows host.edition, firewall.enabled tls.enabled) and
    // is as the base's own values make it, follows the host's: a Nano Server row gets the scheduled task,
    // and the port opens with remote access. A base that says otherwise meant it.
    QJsonObject baseJson = base.toJson();
    for (const FollowingAnswer &following : followingAnswers()) {
        if (answerKey(following.key).json(base) != following.derived(base))
            continue;
        const QStringList path = QString::fromLatin1(following.key).split(QLatin1Char('.'));
        QJsonObject section = baseJson.value(path.first()).toObject();
        section.remove(path.last());
        baseJson.insert(path.first(), section);
    }
    for (const Record &record : records.mid(1)) {
        const int row = record.row;
        if (record.fields.size() != header.size()) {
            problem(row, QString(),
                    tr("%1 fields where the header has %2").arg(record.fields.size()).arg(header.size()));
            continue;
        }
        const auto cell = [&](const QString &column) { return record.fields.at(header.indexOf(column)).trimmed(); };
        FleetHost host;
        host.row = row;
        host.name = cell(NameColumn);
        const int before = int(result.problems.size());
        QString why = host.name.isEmpty() ? tr("a host needs a name") : FieldRules::hostName(host.name);
        if (why.isEmpty() && (FieldRules::isIPv4(host.name) || FieldRules::isIPv6(host.name)))
            why = tr("%1 is an address: the name is the host's DNS name, and names its bundle").arg(host.name);
        // The name is a file's and a folder's on Windows too: hosts/NAME.zip, C:\Berth\NAME on the host.
        static const QRegularExpression device(QStringLiteral("^(con|prn|aux|nul|com[0-9]|lpt[0-9])$"),
                                               QRegularExpression::CaseInsensitiveOption);
        if (why.isEmpty() && device.match(host.name.section(QLatin1Char('.'), 0, 0)).hasMatch())
            why = tr("%1 begins with a name Windows keeps for a device, which no file can have (hosts/%1.zip)")
                      .arg(host.name);
        if (why.isEmpty() && host.name.size() > MaxNameLength)
            why = tr("longer than %1 characters: C:\\Berth\\NAME\\certs\\server-cert.pem on the host would pass "
                     "Windows' 259")
                      .arg(MaxNameLength);
        if (!why.isEmpty())
            problem(row, NameColumn, why);
        else if (names.contains(host.name.toLower()))
            problem(row, NameColumn, tr("%1 is named on an earlier row too").arg(host.name));
        names.insert(host.name.toLower());
        host.addresses = words(cell(AddressesColumn));
        for (const QString &address : std::as_const(host.addresses)) {
            if (!FieldRules::isIPv4(address) && !FieldRules::isIPv6(address))
                problem(row, AddressesColumn, tr("%1 is not an IP address").arg(address));
        }
        const std::optional<::Edition> edition = fromWord<::Edition>(cell(EditionColumn));
        if (!edition)
            problem(row, EditionColumn,
                    tr("%1 is not one of %2")
                        .arg(cell(EditionColumn),
                             answerKey(ChoiceKey<::Edition>::path).choices.join(QStringLiteral(", "))));

        QJsonObject json = baseJson;
        setPath(json, {QStringLiteral("host"), QStringLiteral("edition")}, cell(EditionColumn));
        setPath(json, {QStringLiteral("tls"), QStringLiteral("enabled")}, true);
        setPath(json, {QStringLiteral("tls"), QStringLiteral("subjectAltNames")},
                QJsonArray::fromStringList(QStringList{host.name} + host.addresses));
        for (const QString &column : std::as_const(header)) {
            if (column == NameColumn || column == AddressesColumn || column == EditionColumn ||
                cell(column).isEmpty() || refused.contains(column))
                continue;
            if (isConnection(column)) {
                const QString why = connectionValueProblem(*connectionVariable(column), cell(column), host);
                if (!why.isEmpty())
                    problem(row, column, why);
                host.connection.append({column, cell(column)});
                continue;
            }
            const AnswerKey &key = answerKey(column.toLatin1().constData());
            QString invalid;
            const QJsonValue value = valueOf(key, cell(column), &invalid);
            if (!invalid.isEmpty())
                problem(row, column, invalid);
            else
                setPath(json, column.split(QLatin1Char('.')), value);
        }
        if (int(result.problems.size()) > before)
            continue; // the answers are not worth checking on top of that
        QStringList answerProblems;
        host.answers = Answers::fromJson(json, &answerProblems);
        if (answerProblems.isEmpty())
            answerProblems = AnswersValidator::validate(host.answers);
        for (const QString &line : std::as_const(answerProblems)) {
            const QString key = line.section(QStringLiteral(": "), 0, 0);
            const QString column = key.startsWith(QLatin1String("tls.subjectAltNames")) ? AddressesColumn
                                   : key == QLatin1String("host.edition")               ? EditionColumn
                                                                                        : key;
            problem(row, header.contains(column) ? column : QString(),
                    header.contains(column) ? line.section(QStringLiteral(": "), 1) : line);
        }
        if (answerProblems.isEmpty())
            result.hosts << host;
    }
    if (result.hosts.isEmpty() && result.problems.isEmpty())
        result.problems << tr("%1: no hosts below the header").arg(fileName);
    if (!result.problems.isEmpty())
        result.hosts.clear();
    return result;
}
