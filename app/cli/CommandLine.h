#pragma once

#include <QCoreApplication>
#include <QStringList>

// `berth VERB ...`: the same engine the wizard drives, for scripts and for admins at a console.
// Exit codes: 0 done, 1 failed, 2 invalid input or usage.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode { Done = 0, Failed = 1, Invalid = 2 };

    explicit CommandLine(const QStringList &arguments);

    // True when no verb was named: the wizard opens (with --answers prefilled, --lang applied).
    bool opensWizard() const;
    QString language() const { return m_language; }
    QString answersFile() const { return m_answersFile; }
    QString root() const { return m_root; }
    // Carries out the verb; the application object must exist.
    int run();

    static QStringList verbs();

private:
    int usageError(const QString &message) const;
    bool loadAnswers(struct Answers &answers) const;
    int render(const QString &what) const;
    int plan() const;
    int validate() const;
    QString helpText() const;

    QStringList m_arguments;
    QStringList m_positional;
    QString m_answersFile;
    QString m_language;
    QString m_parseError;
    bool m_json = false;
    QString m_root;
    QString m_service;
    bool m_dryRun = false;
    bool m_keepData = false;
    bool m_keepCerts = false;
    bool m_context = false;
    QString m_out;
    QStringList m_names;
    QString m_days;
    QString m_keyType;
    QString m_host;
    QString m_certDir;
    QString m_clientOut;
    QString m_clientZip;
    QString m_lines;
    bool m_follow = false;
    bool m_help = false;
    bool m_version = false;
};
