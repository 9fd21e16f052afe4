#pragma once

#include "answers/Answers.h"

#include <QStringList>

// The argv dockerd receives for the answers, as Windows hands it over, from the table of dockerd's
// settings (DaemonSetting). The script renderer writes these into runDockerDaemon.cmd; the native
// service is registered with them.
class DaemonFlags
{
public:
    // -H npipe:// and, when secure, the TCP listener and the three TLS files.
    static QStringList listeners(const Answers &answers, bool secure);
    // -G group, -D, --exec-opt isolation=..., --data-root: the choices that do not depend on TLS.
    static QStringList options(const Answers &answers);
    static QStringList all(const Answers &answers, bool secure)
    {
        return listeners(answers, secure) + options(answers);
    }

    // Takes dockerd's flags (a service's command line, the script's) back into the answers.
    static void read(const QStringList &argv, Answers &answers);

    static QString tcpHost(const Answers &answers); // 0.0.0.0:2376, [::]:2376
    static QString certFile(const Answers &answers, const char *name);
};
