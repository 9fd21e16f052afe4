#pragma once

#include "host/WindowsHost.h"

#include <QCoreApplication>
#include <QStringList>

// The manual procedure's removal, read from what is on the host: stop the service, remove its registration
// (nssm remove, dockerd --unregister-service, sc.exe delete, or the scheduled task), the firewall
// rule, dockerd.exe and docker.exe, then the data and certificates unless they are to be kept.
class Uninstaller
{
    Q_DECLARE_TR_FUNCTIONS(Uninstaller)

public:
    struct Result
    {
        bool found = false;
        QStringList removed;
        QStringList kept;
        QStringList failures;
    };

    static Result run(const WindowsHost &host, const QString &serviceName, bool keepData, bool keepCerts);
};
