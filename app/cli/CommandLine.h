#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <functional>

// `berth VERB ...`: the same engine the wizard drives, for scripts and for admins at a console.
// Each option and each verb is defined once, below; parsing, the options a verb accepts, the ones
// it needs, and --help (for all verbs, or `berth VERB --help` for one) all come from those tables.
// Exit codes: 0 done, 1 failed, 2 invalid input or usage, 3010 set up but Windows must restart first.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // RestartNeeded: 3010, as dism.exe and msiexec say it (ERROR_SUCCESS_REBOOT_REQUIRED).
    enum ExitCode { Done = 0, Failed = 1, Invalid = 2, RestartNeeded = 3010 };

    struct Option
    {
        QStringList names;       // the long name first: "follow", "f"
        QString valueName;       // empty for a switch
        const char *description; // QT_TRANSLATE_NOOP("CommandLine", ...)
        QString defaultValue;
    };
    struct Verb
    {
        QString name; // empty: no verb, the wizard
        QString arguments;
        const char *description;
        QStringList options;  // by long name; --lang, --help and --version go with every verb
        QStringList required; // the options it cannot do without
        std::function<int(const CommandLine &)> run;
    };
    static const QList<Option> &options();
    static const QList<Verb> &verbs();

    explicit CommandLine(const QStringList &arguments);

    // True when no verb was named: the wizard opens (with --answers prefilled, --lang applied).
    bool opensWizard() const;
    QString language() const { return value(QStringLiteral("lang")); }
    QString answersFile() const { return value(QStringLiteral("answers")); }
    QString root() const { return value(QStringLiteral("root")); }
    // Why the arguments cannot be carried out (an unknown verb or option, an option the verb does
    // not take, one it needs), or empty.
    QString problem() const { return m_parseError; }
    // Carries out the verb; the application object must exist.
    int run() const;

    // All verbs and options, or one verb's usage and its options.
    static QString helpText(const Verb *verb = nullptr);
    // An option as it is typed: --name, or -n.
    static QString spelled(const QString &name);

private:
    static const Option *option(const QString &name);
    static const Verb *verb(const QString &name);
    static QStringList usage(const Verb &verb);
    QString value(const QString &name) const;
    bool isSet(const QString &name) const { return m_values.contains(name); }

    int usageError(const QString &message) const;
    bool loadAnswers(struct Answers &answers, bool validate = true) const;
    int render() const;
    int plan() const;
    int validate() const;
    int apply() const;
    int upgrade() const;
    int client() const;
    int bundle() const;
    int fleet() const;
    int tail() const;

    QStringList m_positional;
    QHash<QString, QStringList> m_values; // by an option's long name: what was given, in order
    QString m_parseError;
};
