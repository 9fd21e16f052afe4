#include "CommandLine.h"

#include "Console.h"
#include "HostVerbs.h"
#include "TlsVerbs.h"

#include "answers/Answers.h"
#include "answers/AnswersValidator.h"
#include "apply/Plan.h"
#include "render/DaemonJson.h"
#include "render/DaemonScript.h"
#include "render/ServiceCommands.h"

#include <QCommandLineParser>

QStringList CommandLine::verbs()
{
    return {QStringLiteral("render"),  QStringLiteral("plan"),      QStringLiteral("validate"), QStringLiteral("apply"),
            QStringLiteral("inspect"), QStringLiteral("uninstall"), QStringLiteral("certs"),    QStringLiteral("probe"),
            QStringLiteral("tail"),    QStringLiteral("bundle"),    QStringLiteral("recover")};
}

CommandLine::CommandLine(const QStringList &arguments) : m_arguments(arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption answers(QStringLiteral("answers"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"), QString(), QStringLiteral("LANG"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption root(QStringLiteral("root"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption service(QStringLiteral("service"), QString(), QStringLiteral("NAME"),
                                     QStringLiteral("Docker"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"));
    const QCommandLineOption keepData(QStringLiteral("keep-data"));
    const QCommandLineOption keepCerts(QStringLiteral("keep-certs"));
    const QCommandLineOption out(QStringLiteral("out"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption san(QStringLiteral("san"), QString(), QStringLiteral("NAMES"));
    const QCommandLineOption days(QStringLiteral("days"), QString(), QStringLiteral("N"));
    const QCommandLineOption key(QStringLiteral("key"), QString(), QStringLiteral("TYPE"));
    const QCommandLineOption host(QStringLiteral("host"), QString(), QStringLiteral("URL"));
    const QCommandLineOption certDir(QStringLiteral("cert-dir"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption clientOut(QStringLiteral("client-out"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption clientZip(QStringLiteral("client-zip"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption context(QStringLiteral("context"));
    const QCommandLineOption lines(QStringLiteral("n"), QString(), QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption follow(QStringList{QStringLiteral("f"), QStringLiteral("follow")});
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")});
    parser.addOptions({answers, lang, json,    root,      service,   dryRun,  keepData, keepCerts, out,  san,    days,
                       key,     host, certDir, clientOut, clientZip, context, lines,    follow,    help, version});
    if (!parser.parse(arguments))
        m_parseError = parser.errorText();
    m_positional = parser.positionalArguments();
    m_answersFile = parser.value(answers);
    m_language = parser.value(lang);
    m_json = parser.isSet(json);
    m_root = parser.value(root);
    m_service = parser.value(service);
    m_dryRun = parser.isSet(dryRun);
    m_keepData = parser.isSet(keepData);
    m_keepCerts = parser.isSet(keepCerts);
    m_out = parser.value(out);
    m_names = parser.value(san).split(QLatin1Char(','), Qt::SkipEmptyParts);
    m_days = parser.value(days);
    m_keyType = parser.value(key);
    m_host = parser.value(host);
    m_certDir = parser.value(certDir);
    m_clientOut = parser.value(clientOut);
    m_clientZip = parser.value(clientZip);
    m_context = parser.isSet(context);
    m_lines = parser.value(lines);
    m_follow = parser.isSet(follow);
    m_help = parser.isSet(help);
    m_version = parser.isSet(version);
}

bool CommandLine::opensWizard() const
{
    return m_positional.isEmpty() && !m_help && !m_version && m_parseError.isEmpty();
}

int CommandLine::run()
{
    if (!m_parseError.isEmpty())
        return usageError(m_parseError);
    if (m_help) {
        Console::out(helpText());
        return Done;
    }
    if (m_version) {
        Console::out(QStringLiteral("berth %1").arg(QCoreApplication::applicationVersion()));
        return Done;
    }
    const QString verb = m_positional.value(0);
    if (verb == QLatin1String("render")) {
        if (m_positional.size() != 2)
            return usageError(tr("render takes one file name: runDockerDaemon.cmd or daemon.json"));
        return render(m_positional.at(1));
    }
    if (m_positional.size() > 1)
        return usageError(
            tr("%1 takes no further arguments: %2").arg(verb, m_positional.mid(1).join(QLatin1Char(' '))));
    if (verb == QLatin1String("plan"))
        return plan();
    if (verb == QLatin1String("validate"))
        return validate();
    if (verb == QLatin1String("apply")) {
        Answers answers;
        if (!loadAnswers(answers))
            return Invalid;
        return HostVerbs::apply(answers, m_root, m_dryRun, m_clientOut, m_context);
    }
    if (verb == QLatin1String("bundle")) {
        if (m_out.isEmpty())
            return usageError(tr("bundle: name the zip to write with --out FILE"));
        Answers answers;
        if (!loadAnswers(answers))
            return Invalid;
        return HostVerbs::bundle(answers, m_out, m_clientOut);
    }
    if (verb == QLatin1String("certs"))
        return TlsVerbs::certs(m_out, m_names, m_days, m_keyType, m_host, m_clientZip, m_context);
    if (verb == QLatin1String("probe"))
        return TlsVerbs::probe(m_host, m_certDir);
    if (verb == QLatin1String("tail")) {
        bool isNumber = false;
        const int count = m_lines.toInt(&isNumber);
        if (!isNumber || count < 0 || count > 100000)
            return usageError(tr("-n: %1 is not a number of lines from 0 to 100000").arg(m_lines));
        Answers answers;
        if (!loadAnswers(answers))
            return Invalid;
        return HostVerbs::tail(answers, m_root, count, m_follow);
    }
    if (verb == QLatin1String("inspect"))
        return HostVerbs::inspect(m_root, m_service);
    if (verb == QLatin1String("uninstall"))
        return HostVerbs::uninstall(m_root, m_service, m_keepData, m_keepCerts);
    if (verb == QLatin1String("recover"))
        return HostVerbs::recover(m_root);
    return usageError(tr("unknown command \"%1\"").arg(verb));
}

int CommandLine::usageError(const QString &message) const
{
    Console::err(QStringLiteral("berth: ") + message);
    Console::err(tr("Run \"berth --help\" for the commands and options."));
    return Invalid;
}

bool CommandLine::loadAnswers(Answers &answers) const
{
    QStringList problems;
    if (!m_answersFile.isEmpty())
        answers = Answers::fromFile(m_answersFile, &problems);
    if (problems.isEmpty())
        problems = AnswersValidator::validate(answers);
    for (const QString &problem : problems)
        Console::err(problem);
    return problems.isEmpty();
}

int CommandLine::render(const QString &what) const
{
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
    if (m_json) {
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

QString CommandLine::helpText() const
{
    return tr("Usage: berth [VERB] [OPTIONS]\n"
              "Installs, configures and removes the Docker engine on Windows hosts.\n"
              "With no verb, the wizard opens.\n"
              "\n"
              "Verbs:\n"
              "  render runDockerDaemon.cmd|daemon.json   Print the file Berth writes for the answers.\n"
              "  plan [--json]                            Print every step an apply takes, in order.\n"
              "  validate                                 Print every problem in the answers, one per line.\n"
              "  apply [--dry-run] [--client-out DIR [--context]]\n"
              "                                           Carry out the plan on the host; a failed step undoes all.\n"
              "                                           New certificates leave their client files in DIR.\n"
              "  recover                                  Finish an apply that was interrupted (killed, power lost).\n"
              "  inspect [--service NAME]                 Print the host's Docker set-up as an answer file.\n"
              "  uninstall [--keep-data] [--keep-certs]   Remove Docker from the host, as the manual procedure does.\n"
              "  bundle --out FILE [--client-out DIR]     Make one zip for another host (Nano Server, no internet):\n"
              "                                           binaries, configuration, install.cmd, SHA256SUMS.\n"
              "  certs --out DIR --san NAME,ADDRESS,... [--days N] [--key rsa4096|ecdsa-p256] [--client-zip FILE]\n"
              "        [--context]                        Make a CA, a server and a client certificate.\n"
              "  probe --host tcp://HOST:PORT --cert-dir DIR\n"
              "                                           Ask a daemon over mutual TLS for its version.\n"
              "  tail [-n N] [--follow]                   Print the end of daemon.log, then what is added.\n"
              "\n"
              "Options:\n"
              "  --answers FILE   The answer file (JSON); without it, the defaults: the manual procedure,\n"
              "                   Microsoft's \"Docker and Windows\" guide for Windows Server 2016.\n"
              "  --lang LANG      The language of messages and the wizard (en, de, fr).\n"
              "  --root DIR       The folder that stands for the host's C:\\ (on Windows: C:\\ itself).\n"
              "  --context        Also add a docker context for the new client files to this machine's docker\n"
              "                   CLI; without it, Berth only prints the command.\n"
              "                   BERTH_LAUNCHER names a program that runs Windows programs (e.g. wine).\n"
              "  -h, --help       This text.\n"
              "  -v, --version    Berth's version.\n"
              "\n"
              "Exit codes: 0 done, 1 failed, 2 invalid input or usage.");
}
