#pragma once

#include "answers/Answers.h"
#include "host/WindowsHost.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

// HKLM\SOFTWARE\Berth, value Journal: written (through reg.exe) before an apply's first change,
// rewritten as each step starts, removed when the apply ends (applied or rolled back). Found by a
// later run, it means Berth was killed in the middle (kill, power loss): every run against the host
// says so, and `berth recover` finishes the apply with the answers it had, which an apply can always
// do (each step reads the host and changes only what differs). It says what was running: an apply, or
// an upgrade to a version (recover then runs the upgrade's steps alone, not an apply of every answer),
// and pins the files it used to their SHA-256, so that recover installs those files or nothing. HKLM\SOFTWARE is for
// administrators alone to write, as a file under ProgramData would not be: there a local user could plant a journal
// before Berth ever ran, and have its answers applied as administrator.
class ApplyJournal
{
    Q_DECLARE_TR_FUNCTIONS(ApplyJournal)

public:
    struct Entry
    {
        bool found = false;
        QDateTime started;
        QString step;   // the step that had started, or empty before the first
        QString backup; // where the files it replaced were saved
        Answers answers;
        QString problem;   // the journal is there but cannot be read
        QString restart;   // the apply waits for a restart to finish enabling these Windows features
        QString upgradeTo; // an upgrade to this version was running (its steps alone); empty for an apply
    };

    explicit ApplyJournal(const WindowsHost &host) : m_host(host) {}

    static QString registryKey() { return QStringLiteral("HKLM\\SOFTWARE\\Berth"); }
    static Entry read(const WindowsHost &host);
    // What every run says when read() found one; empty without.
    static QString interruptedMessage(const Entry &entry);

    // The run is an upgrade to version (the binaries' steps alone), which recover finishes as such.
    void setUpgrade(const QString &version) { m_upgradeTo = version; }
    // Keeps the answers with each local file pinned to the digest it has now: recover uses that file or none.
    bool begin(const Answers &answers, const QString &backupFolder, QString *error);
    // An apply that did everything but start Docker, which a Windows feature needs a restart for: the journal
    // stays, saying so, until berth recover after the restart ends it.
    bool awaitRestart(const Answers &answers, const QString &backupFolder, const QStringList &features, QString *error);
    void stepStarted(const QString &title);
    void end();

private:
    bool write(QString *error);

    const WindowsHost &m_host;
    QJsonObject m_entry;
    QString m_upgradeTo;
};
