#pragma once

#include "answers/Answers.h"
#include "host/WindowsHost.h"

#include <QCoreApplication>
#include <QStringList>

// Reads a host back into answers: the service (NSSM's values, dockerd's own service, or the
// manual procedure's scheduled task), runDockerDaemon.cmd, daemon.json, the certificates and the firewall
// rule. Applying what it reads changes nothing, also on a host set up by hand from the manual procedure.
class HostInspector
{
    Q_DECLARE_TR_FUNCTIONS(HostInspector)

public:
    struct Result
    {
        Answers answers;
        bool found = false;   // a Docker service or task is there
        QStringList problems; // what stands wrong on the host, one line each
    };

    static Result inspect(const WindowsHost &host, const QString &serviceName = QStringLiteral("Docker"));

    // Reads the settings out of a runDockerDaemon.cmd in the manual procedure's form or Berth's; false when
    // the script is not in either form.
    static bool readScript(const QByteArray &script, Answers *answers);

private:
    static void readNssm(const WindowsHost &host, const QString &name, Result &result);
    static void readNative(const QString &imagePath, Result &result);
    static void readDaemonJson(const QJsonObject &json, Answers &answers);
    static void checkFiles(const WindowsHost &host, Result &result);
};
