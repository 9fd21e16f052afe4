#pragma once

#include <QHash>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// A fresh Wine prefix for one test: copied from a template that the first test to need one makes
// with `wineboot -i` (a new prefix takes many seconds, a copy a few). One wineserver serves it
// for the test's life and is killed at the end (shared/notes/wine.md: "Traps").
class WinePrefix
{
public:
    WinePrefix();
    ~WinePrefix();

    // Empty when the prefix is ready; else why Wine cannot be used here, for QSKIP.
    QString unavailableReason() const { return m_unavailable; }

    QString path() const { return m_dir.path(); }
    QString driveC() const { return m_dir.path() + QStringLiteral("/drive_c"); }
    // The Linux path for a Windows path on drive C:, looked up case-insensitively.
    QString hostPath(const QString &windowsPath) const;
    QProcessEnvironment environment() const;

    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    // Plays a restart of the host: the features dism.exe staged are enabled (their services' keys), a restart
    // shutdown.exe recorded is forgotten, every program ends and Wine starts again, with its automatic services.
    bool restart() const;
    // The prefix as a host without the Containers feature (the template has it).
    bool removeContainersFeature() const;

    // Runs `wine PROGRAM ARGS...` with standard input from /dev/null.
    Result run(const QString &program, const QStringList &arguments, const QHash<QString, QString> &env = {},
               int timeoutMs = 60000) const;

    // Runs a program with that environment and standard input from /dev/null.
    static Result runProcess(const QString &program, const QStringList &arguments,
                             const QProcessEnvironment &environment, int timeoutMs);

private:
    static QString templatePrefix(QString *error);

    QTemporaryDir m_dir;
    QString m_unavailable;
};
