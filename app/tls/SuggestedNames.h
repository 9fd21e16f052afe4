#pragma once

#include <QStringList>

// The names a client may use to reach this machine, for the server certificate: its host name,
// its fully qualified name, localhost, 127.0.0.1 and each address that is not loopback or
// link-local. The wizard offers them; `berth certs` names them when --san is missing.
class SuggestedNames
{
public:
    static QStringList forThisMachine();
};
