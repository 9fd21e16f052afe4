#pragma once

#include "render/HostCommand.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

// The one seam to a Windows host: a root folder that stands for the system drive (C:\) and an
// optional launcher (BERTH_LAUNCHER, e.g. "wine") that runs Windows programs. On Windows the root
// is C:\ and there is no launcher; under Wine the root is the prefix's drive_c.
class WindowsHost
{
    Q_DECLARE_TR_FUNCTIONS(WindowsHost)

public:
    struct Result
    {
        bool started = false;
        bool timedOut = false;
        int exitCode = -1;
        QString out;
        QString err;
        QByteArray outBytes;      // standard output as the program wrote it (cmd /u writes UTF-16)
        QString error;            // why the program could not run, in words
        bool lowByteOnly = false; // run through a launcher (Wine on Linux), which passes on 8 bits of the code
        bool ok() const { return started && !timedOut && exitCode == 0; }
        // Ended with that Windows exit code (such as dism.exe's 3010), as far as the launcher lets one tell.
        bool exitedWith(int code) const
        {
            return started && !timedOut && (exitCode == code || (lowByteOnly && exitCode == (code & 0xFF)));
        }
        QString summary() const; // exit code and the first lines of output, for error messages
    };

    WindowsHost(const QString &root, const QStringList &launcher);
    // --root (or C:\ on Windows) with BERTH_LAUNCHER. Elsewhere, without --root, there is no host:
    // Berth can still prepare a bundle and make certificates on such a machine.
    static WindowsHost fromEnvironment(const QString &root);

    // Whether there is a Windows host to read and change (see fromEnvironment), and why not.
    bool exists() const { return !m_root.isEmpty(); }
    static QString missingReason();

    QString root() const { return m_root; }
    QStringList launcher() const { return m_launcher; }
    // The local path of a full Windows path (X:\...), matching existing names without regard to case
    // as Windows does; empty for a path this host cannot take (pathProblem says why), so that nothing is
    // ever read or written elsewhere than the path says.
    QString localPath(const QString &windowsPath) const;
    // Why a Windows path cannot be used on this host, or empty: not a full path; a . or .. in it (which
    // could leave the folder that stands for C:\); a drive other than C: under --root, which stands for
    // C: alone. On Windows itself every drive is its own.
    QString pathProblem(const QString &windowsPath) const;

    Result run(const HostCommand &command, int timeoutMs = 120000) const;
    // From now on, every command this host and its copies run is recorded, from any thread; tests
    // read the record with commandLog(): each as "program arg ...", oldest first.
    void recordCommands();
    QStringList commandLog() const;

    // Windows itself (C:/ with no launcher), where a path on D: is on D:.
    bool isThisWindows() const;

private:
    QString m_root;
    QStringList m_launcher;
    struct CommandRecord;
    std::shared_ptr<CommandRecord> m_record;
};
