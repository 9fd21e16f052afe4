#include "CommandLine.h"

#include "answers/AnswerKeys.h"

#include "Console.h"
#include "HostVerbs.h"
#include "TlsVerbs.h"

#include "answers/Answers.h"
#include "answers/AnswersValidator.h"
#include "answers/FieldRules.h"
#include "apply/ApplyJob.h"
#include "apply/Plan.h"
#include "render/DaemonJson.h"
#include "render/DaemonScript.h"
#include "render/ServiceCommands.h"

#include <QCommandLineParser>

const QList<CommandLine::Option> &CommandLine::options()
{
    static const QList<Option> table{
        {{QStringLiteral("answers")},
         QStringLiteral("FILE"),
         QT_TRANSLATE_NOOP("CommandLine", "The answer file (JSON). Without it, the defaults: the manual procedure, "
                                          "Microsoft's \"Docker and Windows\" guide for Windows Server 2016."),
         {}},
        {{QStringLiteral("root")},
         QStringLiteral("DIR"),
         QT_TRANSLATE_NOOP("CommandLine", "The folder that stands for the host's C:\\ (on Windows: C:\\ itself). "
                                          "BERTH_LAUNCHER names a program that runs Windows programs (e.g. wine)."),
         {}},
        {{QStringLiteral("service")},
         QStringLiteral("NAME"),
         QT_TRANSLATE_NOOP("CommandLine", "The Docker service's name."),
         QStringLiteral("Docker")},
        {{QStringLiteral("json")}, {}, QT_TRANSLATE_NOOP("CommandLine", "Print the plan as JSON."), {}},
        {{QStringLiteral("dry-run")},
         {},
         QT_TRANSLATE_NOOP("CommandLine", "Print what would change on the host, and change nothing."),
         {}},
        {{QStringLiteral("client-out")},
         QStringLiteral("DIR"),
         QT_TRANSLATE_NOOP("CommandLine",
                           "Where certificates Berth makes leave the CA key and the client's files (this machine)."),
         {}},
        {{QStringLiteral("context")},
         {},
         QT_TRANSLATE_NOOP("CommandLine", "Also add a docker context for the new client files to this machine's "
                                          "docker CLI; without it, Berth only prints the command."),
         {}},
        {{QStringLiteral("to")},
         QStringLiteral("VERSION"),
         QT_TRANSLATE_NOOP("CommandLine", "The Docker version to go to (without it: the newest offered); an older "
                                          "one only this way."),
         {}},
        {{QStringLiteral("keep-data")},
         {},
         QT_TRANSLATE_NOOP("CommandLine", "Keep the images and containers (the data folder)."),
         {}},
        {{QStringLiteral("keep-certs")}, {}, QT_TRANSLATE_NOOP("CommandLine", "Keep the certificate folder."), {}},
        {{QStringLiteral("out")},
         QStringLiteral("PATH"),
         QT_TRANSLATE_NOOP("CommandLine",
                           "Where to write: the zip (bundle), or the folder for the files (certs, fleet)."),
         {}},
        {{QStringLiteral("hosts")},
         QStringLiteral("FILE"),
         QT_TRANSLATE_NOOP("CommandLine", "The fleet's hosts: CSV with the columns name,addresses,edition and any "
                                          "answer key (or ansible_* variable) as a further column."),
         {}},
        {{QStringLiteral("ca")},
         QStringLiteral("DIR"),
         QT_TRANSLATE_NOOP("CommandLine", "The fleet's CA (ca.pem, ca-key.pem), made there when it holds none; "
                                          "without it, the folder beside --out named OUT-ca."),
         {}},
        {{QStringLiteral("san")},
         QStringLiteral("NAMES"),
         QT_TRANSLATE_NOOP("CommandLine", "The DNS names and addresses clients use to reach the host, separated by "
                                          "commas; the server certificate covers each."),
         {}},
        {{QStringLiteral("days")},
         QStringLiteral("N"),
         QT_TRANSLATE_NOOP("CommandLine", "How many days the certificates are valid."),
         QStringLiteral("365")},
        {{QStringLiteral("key")},
         QStringLiteral("TYPE"),
         QT_TRANSLATE_NOOP("CommandLine", "The key type: rsa4096 or ecdsa-p256."),
         wordOf(KeyType::Rsa4096)},
        {{QStringLiteral("host")},
         QStringLiteral("URL"),
         QT_TRANSLATE_NOOP("CommandLine", "The daemon's endpoint, tcp://HOST:PORT. For certs, what clients will use "
                                          "(without it: the first name, port 2376)."),
         {}},
        {{QStringLiteral("cert-dir")},
         QStringLiteral("DIR"),
         QT_TRANSLATE_NOOP("CommandLine", "The folder with the client's ca.pem, cert.pem and key.pem."),
         {}},
        {{QStringLiteral("client-zip")},
         QStringLiteral("FILE"),
         QT_TRANSLATE_NOOP("CommandLine", "Also put the client's ca.pem, cert.pem and key.pem in this zip."),
         {}},
        {{QStringLiteral("certs-zip")},
         QStringLiteral("FILE"),
         QT_TRANSLATE_NOOP("CommandLine", "The zip with the client's ca.pem, cert.pem and key.pem (as apply and certs "
                                          "make it), instead of --cert-dir."),
         {}},
        {{QStringLiteral("no-restart")},
         {},
         QT_TRANSLATE_NOOP("CommandLine", "When a Windows feature Berth enables needs a restart, do not restart: say "
                                          "what to run after your own restart (exit code 3010)."),
         {}},
        {{QStringLiteral("after-restart")},
         {},
         QT_TRANSLATE_NOOP("CommandLine", "What Berth's own task runs at the start after a restart Berth made: "
                                          "finish the apply, and remove that task."),
         {}},
        {{QStringLiteral("all-users")},
         {},
         QT_TRANSLATE_NOOP("CommandLine", "Put the Docker folder on every user's Path, not only on this user's."),
         {}},
        {{QStringLiteral("remove")},
         {},
         QT_TRANSLATE_NOOP("CommandLine", "Undo the set-up: put back what it replaced, remove what it added."),
         {}},
        {{QStringLiteral("n")},
         QStringLiteral("N"),
         QT_TRANSLATE_NOOP("CommandLine", "How many of the last lines to print."),
         QStringLiteral("20")},
        {{QStringLiteral("follow"), QStringLiteral("f")},
         {},
         QT_TRANSLATE_NOOP("CommandLine", "Then print what is added, until Ctrl+C."),
         {}},
        {{QStringLiteral("lang")},
         QStringLiteral("LANG"),
         QT_TRANSLATE_NOOP("CommandLine", "The language of messages and the wizard (en, de, fr)."),
         {}},
        {{QStringLiteral("help"), QStringLiteral("h")},
         {},
         QT_TRANSLATE_NOOP("CommandLine", "This text; after a verb, that verb's."),
         {}},
        {{QStringLiteral("version"), QStringLiteral("v")},
         {},
         QT_TRANSLATE_NOOP("CommandLine", "Berth's version."),
         {}},
    };
    return table;
}

const QList<CommandLine::Verb> &CommandLine::verbs()
{
    const auto list = [](std::initializer_list<const char *> names) {
        QStringList out;
        for (const char *name : names)
            out << QLatin1String(name);
        return out;
    };
    static const QList<Verb> table{
        {{}, {}, QT_TRANSLATE_NOOP("CommandLine", "Open the wizard."), list({"answers", "root"}), {}, nullptr},
        {QStringLiteral("render"),
         QStringLiteral("runDockerDaemon.cmd|daemon.json"),
         QT_TRANSLATE_NOOP("CommandLine", "Print the file Berth writes for the answers."),
         list({"answers"}),
         {},
         &CommandLine::render},
        {QStringLiteral("plan"),
         {},
         QT_TRANSLATE_NOOP("CommandLine", "Print every step an apply takes, in order."),
         list({"answers", "json"}),
         {},
         &CommandLine::plan},
        {QStringLiteral("validate"),
         {},
         QT_TRANSLATE_NOOP("CommandLine", "Print every problem in the answers, one per line."),
         list({"answers"}),
         {},
         &CommandLine::validate},
        {QStringLiteral("apply"),
         {},
         QT_TRANSLATE_NOOP("CommandLine", "Carry out the plan on the host; a failed step undoes all."),
         list({"answers", "root", "dry-run", "client-out", "context", "no-restart"}),
         {},
         &CommandLine::apply},
        {QStringLiteral("upgrade"),
         {},
         QT_TRANSLATE_NOOP("CommandLine",
                           "Replace dockerd.exe and docker.exe with another release and nothing else; back to the old "
                           "ones if the new daemon does not start or answer. Without --answers, the host is read."),
         list({"answers", "root", "service", "to", "dry-run", "cert-dir"}),
         {},
         &CommandLine::upgrade},
        {QStringLiteral("client"),
         {},
         QT_TRANSLATE_NOOP("CommandLine",
                           "Set up this computer to manage the Docker host at --host: docker.exe (binaries.* of the "
                           "answers) in %ProgramFiles%\\Docker on Path, the client's files in %USERPROFILE%\\.docker, "
                           "DOCKER_HOST, DOCKER_TLS_VERIFY and DOCKER_CERT_PATH for this user; then ask the daemon."),
         list({"host", "cert-dir", "certs-zip", "answers", "all-users", "remove", "root", "dry-run"}),
         {},
         &CommandLine::client},
        {QStringLiteral("recover"),
         {},
         QT_TRANSLATE_NOOP("CommandLine", "Finish an apply that was interrupted (killed, power lost)."),
         list({"root", "no-restart", "after-restart"}),
         {},
         [](const CommandLine &c) {
             return HostVerbs::recover(c.root(), !c.isSet(QStringLiteral("no-restart")),
                                       c.isSet(QStringLiteral("after-restart")));
         }},
        {QStringLiteral("inspect"),
         {},
         QT_TRANSLATE_NOOP("CommandLine", "Print the host's Docker set-up as an answer file."),
         list({"root", "service"}),
         {},
         [](const CommandLine &c) { return HostVerbs::inspect(c.root(), c.value(QStringLiteral("service"))); }},
        {QStringLiteral("uninstall"),
         {},
         QT_TRANSLATE_NOOP("CommandLine", "Remove Docker from the host, as the manual procedure does."),
         list({"root", "service", "keep-data", "keep-certs"}),
         {},
         [](const CommandLine &c) {
             return HostVerbs::uninstall(c.root(), c.value(QStringLiteral("service")),
                                         c.isSet(QStringLiteral("keep-data")), c.isSet(QStringLiteral("keep-certs")));
         }},
        {QStringLiteral("bundle"),
         {},
         QT_TRANSLATE_NOOP("CommandLine", "Make one zip for another host (Nano Server, no internet): binaries, "
                                          "configuration, install.cmd, SHA256SUMS."),
         list({"answers", "out", "client-out"}),
         list({"out"}),
         &CommandLine::bundle},
        {QStringLiteral("fleet"),
         {},
         QT_TRANSLATE_NOOP("CommandLine",
                           "Prepare many hosts: one CA, a bundle per host of --hosts (hosts/NAME.zip), the admin's "
                           "client.zip, an Ansible inventory and playbook, Deploy-Fleet.ps1 and fleet.json in --out. "
                           "A second run changes nothing that need not change."),
         list({"answers", "hosts", "out", "ca", "context"}),
         list({"hosts", "out"}),
         &CommandLine::fleet},
        {QStringLiteral("certs"),
         {},
         QT_TRANSLATE_NOOP("CommandLine", "Make a CA, a server and a client certificate."),
         list({"out", "san", "days", "key", "host", "client-zip", "context"}),
         list({"out"}),
         [](const CommandLine &c) {
             return TlsVerbs::certs(c.value(QStringLiteral("out")),
                                    c.value(QStringLiteral("san")).split(QLatin1Char(','), Qt::SkipEmptyParts),
                                    c.value(QStringLiteral("days")), c.value(QStringLiteral("key")),
                                    c.value(QStringLiteral("host")), c.value(QStringLiteral("client-zip")),
                                    c.isSet(QStringLiteral("context")));
         }},
        {QStringLiteral("probe"),
         {},
         QT_TRANSLATE_NOOP("CommandLine",
                           "Ask a daemon for its version, over mutual TLS with the client's files in --cert-dir."),
         list({"host", "cert-dir"}),
         list({"host"}),
         [](const CommandLine &c) {
             return TlsVerbs::probe(c.value(QStringLiteral("host")), c.value(QStringLiteral("cert-dir")));
         }},
        {QStringLiteral("tail"),
         {},
         QT_TRANSLATE_NOOP("CommandLine", "Print the end of daemon.log, then (with --follow) what is added."),
         list({"answers", "root", "n", "follow"}),
         {},
         &CommandLine::tail},
    };
    return table;
}

const CommandLine::Option *CommandLine::option(const QString &name)
{
    for (const Option &option : options()) {
        if (option.names.first() == name)
            return &option;
    }
    return nullptr;
}

const CommandLine::Verb *CommandLine::verb(const QString &name)
{
    for (const Verb &verb : verbs()) {
        if (verb.name == name)
            return &verb;
    }
    return nullptr;
}

CommandLine::CommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    QList<QCommandLineOption> parsed;
    for (const Option &option : options())
        parsed.append(QCommandLineOption(option.names, QString(), option.valueName));
    parser.addOptions(parsed);
    if (!parser.parse(arguments)) {
        m_parseError = parser.errorText();
        return;
    }
    m_positional = parser.positionalArguments();
    for (int i = 0; i < parsed.size(); ++i) {
        if (parser.isSet(parsed.at(i)))
            m_values.insert(options().at(i).names.first(), parser.values(parsed.at(i)));
    }
    const QString name = m_positional.value(0);
    const Verb *chosen = verb(name);
    if (!chosen) {
        m_parseError = tr("unknown command \"%1\"").arg(name);
        return;
    }
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        const QStringList global{QStringLiteral("lang"), QStringLiteral("help"), QStringLiteral("version")};
        if (chosen->options.contains(it.key()) || global.contains(it.key()))
            continue;
        m_parseError = name.isEmpty() ? tr("%1 goes with a command; the wizard does not take it").arg(spelled(it.key()))
                                      : tr("%1 does not take %2").arg(name, spelled(it.key()));
        return;
    }
    if (isSet(QStringLiteral("help")) || isSet(QStringLiteral("version")))
        return;
    if (name.isEmpty())
        return; // the wizard
    const int wanted = chosen->arguments.isEmpty() ? 0 : 1;
    if (m_positional.size() - 1 > wanted)
        m_parseError =
            tr("%1 takes no further arguments: %2").arg(name, m_positional.mid(1 + wanted).join(QLatin1Char(' ')));
    else if (m_positional.size() - 1 < wanted)
        m_parseError = tr("%1 needs %2").arg(name, chosen->arguments);
    if (!m_parseError.isEmpty())
        return;
    QStringList missing; // every one at once
    for (const QString &needed : chosen->required) {
        if (!isSet(needed))
            missing << tr("%1 needs %2 %3").arg(name, spelled(needed), option(needed)->valueName);
    }
    m_parseError = missing.join(QStringLiteral("; "));
}

QString CommandLine::value(const QString &name) const
{
    const QStringList given = m_values.value(name);
    if (!given.isEmpty())
        return given.last();
    const Option *known = option(name);
    return known ? known->defaultValue : QString();
}

bool CommandLine::opensWizard() const
{
    return m_positional.isEmpty() && !isSet(QStringLiteral("help")) && !isSet(QStringLiteral("version")) &&
           m_parseError.isEmpty();
}

int CommandLine::run() const
{
    if (!m_parseError.isEmpty())
        return usageError(m_parseError);
    if (isSet(QStringLiteral("help"))) {
        const Verb *chosen = verb(m_positional.value(0));
        Console::out(helpText(chosen && !chosen->name.isEmpty() ? chosen : nullptr));
        return Done;
    }
    if (isSet(QStringLiteral("version"))) {
        Console::out(QStringLiteral("berth %1").arg(QCoreApplication::applicationVersion()));
        return Done;
    }
    const Verb *chosen = verb(m_positional.value(0));
    return chosen->run ? chosen->run(*this) : usageError(tr("name a command"));
}

QString CommandLine::spelled(const QString &name)
{
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

QStringList CommandLine::usage(const Verb &verb)
{
    QStringList words{verb.name.isEmpty() ? QStringLiteral("berth") : QStringLiteral("berth ") + verb.name};
    if (!verb.arguments.isEmpty())
        words << verb.arguments;
    for (const QString &name : verb.options) {
        const Option *known = option(name);
        QString word = spelled(name);
        if (!known->valueName.isEmpty())
            word += QLatin1Char(' ') + known->valueName;
        words << (verb.required.contains(name) ? word : QLatin1Char('[') + word + QLatin1Char(']'));
    }
    return words;
}

namespace {

// Words wrapped at 79 columns, each line indented, the ones after the first by more.
QString wrapped(const QStringList &words, int indent, int more = 0)
{
    QStringList lines;
    QString line;
    for (const QString &word : words) {
        if (!line.isEmpty() && indent + (lines.isEmpty() ? 0 : more) + line.size() + 1 + word.size() > 79) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    lines << line;
    const QString pad(indent, QLatin1Char(' '));
    return pad + lines.join(QLatin1Char('\n') + pad + QString(more, QLatin1Char(' ')));
}

QString wrapped(const QString &text, int indent)
{
    return wrapped(text.split(QLatin1Char(' '), Qt::SkipEmptyParts), indent);
}

} // namespace

QString CommandLine::helpText(const Verb *one)
{
    QStringList out;
    const auto describeOptions = [&out](const QStringList &names) {
        for (const QString &name : names) {
            const Option *known = option(name);
            QStringList spelled;
            for (const QString &each : known->names)
                spelled.prepend(CommandLine::spelled(each));
            QString description = tr(known->description);
            if (!known->defaultValue.isEmpty())
                description += QLatin1Char(' ') + tr("Default: %1.").arg(known->defaultValue);
            out << QStringLiteral("  ") + spelled.join(QStringLiteral(", ")) +
                       (known->valueName.isEmpty() ? QString() : QLatin1Char(' ') + known->valueName)
                << wrapped(description, 6);
        }
    };
    const QStringList global{QStringLiteral("lang"), QStringLiteral("help"), QStringLiteral("version")};
    if (one) {
        out << wrapped(QStringList{tr("Usage:")} + usage(*one), 0, 4) << wrapped(tr(one->description), 2);
        if (!one->options.isEmpty())
            out << QString() << tr("Options:");
        describeOptions(one->options + global);
    } else {
        out << tr("Usage: berth [VERB] [OPTIONS]")
            << tr("Installs, configures and removes the Docker engine on Windows hosts.")
            << tr("With no verb, the wizard opens: %1").arg(usage(*verb(QString())).join(QLatin1Char(' '))) << QString()
            << tr("Verbs:");
        for (const Verb &each : verbs()) {
            if (each.name.isEmpty())
                continue;
            QStringList words = usage(each);
            words.first() = each.name;
            out << wrapped(words, 2, 4) << wrapped(tr(each.description), 6);
        }
        out << QString() << tr("Options:");
        QStringList all;
        for (const Option &option : options())
            all << option.names.first();
        describeOptions(all);
    }
    out << QString()
        << tr("Exit codes: 0 done, 1 failed, 2 invalid input or usage, 3010 set up but Docker starts only after "
              "Windows restarts (as dism.exe says it).");
    return out.join(QLatin1Char('\n'));
}

int CommandLine::usageError(const QString &message) const
{
    Console::err(QStringLiteral("berth: ") + message);
    Console::err(tr("Run \"berth --help\" for the commands and options."));
    return Invalid;
}

bool CommandLine::loadAnswers(Answers &answers, bool validate) const
{
    QStringList problems;
    if (!answersFile().isEmpty())
        answers = Answers::fromFile(answersFile(), &problems);
    if (problems.isEmpty() && validate)
        problems = AnswersValidator::validate(answers);
    for (const QString &problem : problems)
        Console::err(problem);
    if (problems.isEmpty() && validate) {
        for (const QString &warning : AnswersValidator::warnings(answers))
            Console::err(tr("warning: %1").arg(warning));
    }
    return problems.isEmpty();
}

int CommandLine::render() const
{
    const QString what = m_positional.at(1);
    Answers answers;
    if (what.compare(QLatin1String("runDockerDaemon.cmd"), Qt::CaseInsensitive) != 0 &&
        what.compare(QLatin1String("daemon.json"), Qt::CaseInsensitive) != 0)
        return usageError(tr("render knows runDockerDaemon.cmd and daemon.json, not \"%1\"").arg(what));
    if (!loadAnswers(answers))
        return Invalid;
    if (what.compare(QLatin1String("daemon.json"), Qt::CaseInsensitive) == 0)
        Console::data(DaemonJson::render(answers));
    else
        Console::data(DaemonScript::render(answers));
    return Done;
}

int CommandLine::plan() const
{
    Answers answers;
    if (!loadAnswers(answers))
        return Invalid;
    const QList<PlanStep> steps = Plan::forAnswers(answers);
    if (isSet(QStringLiteral("json"))) {
        Console::data(Plan::toJson(steps));
        return Done;
    }
    QString text = Plan::toText(steps);
    if (answers.tls.enabled)
        text += tr("Clients then reach this host with (PowerShell):\n   %1\n")
                    .arg(ServiceCommands::clientDockerHostLine(answers));
    Console::out(text.chopped(text.endsWith(QLatin1Char('\n')) ? 1 : 0));
    return Done;
}

int CommandLine::validate() const
{
    Answers answers;
    if (!loadAnswers(answers))
        return Invalid;
    Console::out(tr("The answers are valid."));
    return Done;
}

int CommandLine::apply() const
{
    Answers answers;
    if (!loadAnswers(answers))
        return Invalid;
    return HostVerbs::apply(answers, root(), isSet(QStringLiteral("dry-run")), value(QStringLiteral("client-out")),
                            isSet(QStringLiteral("context")), !isSet(QStringLiteral("no-restart")));
}

int CommandLine::upgrade() const
{
    const QString version = value(QStringLiteral("to"));
    const QString why = version.isEmpty() ? QString() : FieldRules::dockerVersion(version);
    if (!why.isEmpty())
        return usageError(QStringLiteral("--to: ") + why);
    Answers answers;
    if (!answersFile().isEmpty() && !loadAnswers(answers))
        return Invalid;
    return HostVerbs::upgrade(answersFile().isEmpty() ? std::nullopt : std::optional<Answers>(answers), root(),
                              value(QStringLiteral("service")), version, isSet(QStringLiteral("dry-run")),
                              value(QStringLiteral("cert-dir")));
}

int CommandLine::client() const
{
    if (isSet(QStringLiteral("remove"))) {
        for (const char *input : {"host", "cert-dir", "certs-zip", "answers", "all-users"}) {
            if (isSet(QLatin1String(input)))
                return usageError(tr("%1 goes with setting up, not with %2")
                                      .arg(spelled(QLatin1String(input)), spelled(QStringLiteral("remove"))));
        }
        return HostVerbs::client(std::nullopt, {}, root(), isSet(QStringLiteral("dry-run")));
    }
    if (!isSet(QStringLiteral("host")))
        return usageError(
            tr("%1 is needed: the Docker host to manage, tcp://NAME:2376").arg(spelled(QStringLiteral("host"))));
    Answers answers;
    if (!answersFile().isEmpty() && !loadAnswers(answers))
        return Invalid;
    ApplyJob::Options options;
    options.endpoint = value(QStringLiteral("host"));
    options.certDir = value(QStringLiteral("cert-dir"));
    options.certsZip = value(QStringLiteral("certs-zip"));
    options.allUsers = isSet(QStringLiteral("all-users"));
    return HostVerbs::client(answers, options, root(), isSet(QStringLiteral("dry-run")));
}

int CommandLine::bundle() const
{
    Answers answers;
    if (!loadAnswers(answers))
        return Invalid;
    return HostVerbs::bundle(answers, value(QStringLiteral("out")), value(QStringLiteral("client-out")));
}

int CommandLine::fleet() const
{
    // Checked host by host, once the fleet has turned remote access on for each.
    Answers base;
    if (!loadAnswers(base, false))
        return Invalid;
    FleetBuilder::Options options;
    options.hosts = value(QStringLiteral("hosts"));
    options.out = value(QStringLiteral("out"));
    options.ca = value(QStringLiteral("ca"));
    options.dockerContext = isSet(QStringLiteral("context"));
    return HostVerbs::fleet(base, options);
}

int CommandLine::tail() const
{
    const QString lines = value(QStringLiteral("n"));
    bool isNumber = false;
    const int count = lines.toInt(&isNumber);
    if (!isNumber || count < 0 || count > 100000)
        return usageError(tr("-n: %1 is not a number of lines from 0 to 100000").arg(lines));
    Answers answers;
    if (!loadAnswers(answers))
        return Invalid;
    return HostVerbs::tail(answers, root(), count, isSet(QStringLiteral("follow")));
}
