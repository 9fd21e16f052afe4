#pragma once

#include "host/WindowsHost.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

// Where a client set-up puts things on this Windows machine, for the user Berth runs as: the docker CLI in
// %ProgramFiles%\Docker (on PATH), the client's certificates in %USERPROFILE%\.docker (where the docker CLI
// looks when DOCKER_CERT_PATH is not set), and Berth's record of what the set-up changed beside them.
struct ClientPlaces
{
    Q_DECLARE_TR_FUNCTIONS(ClientPlaces)

public:
    QString profile;      // C:\Users\NAME
    QString programFiles; // C:\Program Files
    QString dockerConfig; // the docker CLI's settings: %DOCKER_CONFIG%, else %USERPROFILE%\.docker

    QString dockerFolder() const { return programFiles + QStringLiteral("\\Docker"); }
    QString dockerExe() const { return dockerFolder() + QStringLiteral("\\docker.exe"); }
    // Where the manual procedure puts docker.exe on a host, already on every PATH.
    static QString systemDockerExe() { return QStringLiteral("C:\\Windows\\System32\\docker.exe"); }
    // The docker.exe this machine runs: the one in the Docker folder, else System32's; empty when neither is there.
    QString dockerCli(const WindowsHost &host) const;
    // Windows puts the machine's Path before the user's: the first docker.exe in a folder of the machine's Path
    // other than dockerFolder() (System32's, Docker Desktop's), which `docker` runs instead of this set-up's when it
    // is on the user's Path; empty when there is none.
    QString cliBeforeUserPath(const WindowsHost &host) const;
    QString certFolder() const { return profile + QStringLiteral("\\.docker"); }
    QString record() const { return certFolder() + QStringLiteral("\\berth-client.json"); }
    QString backupParent() const { return certFolder() + QStringLiteral("\\berth-backup"); }

    // The docker CLI's context store (cli/context/store): a context's metadata and TLS files, in folders named
    // by the SHA-256 of its name.
    QString contextMeta(const QString &name) const;
    QString contextTls(const QString &name) const;

    // %USERPROFILE% and %ProgramFiles% (and %DOCKER_CONFIG%) as cmd.exe on the machine has them; false with the reason
    // when either is missing or not a full path of the machine.
    static bool read(const WindowsHost &host, ClientPlaces *places, QString *error);
    // The variables `cmd /u /c set` prints (UTF-16, so that C:\Users\Jürgen arrives as it is, where the
    // console's code page would change it), by name in capitals.
    static QHash<QString, QString> environmentOf(const QByteArray &setOutput);
};
