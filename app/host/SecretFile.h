#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// A private key or other secret written on the machine that runs Berth: readable by its owner
// alone from the first byte (never created readable and locked afterwards, when a kill in between
// would leave it open), and put in place atomically. On Windows the file is made with a protected
// access list that names only the user Berth runs as (POSIX permissions mean nothing there);
// elsewhere with mode 0600.
class SecretFile
{
    Q_DECLARE_TR_FUNCTIONS(SecretFile)

public:
    static bool write(const QString &path, const QByteArray &bytes, QString *error);
#ifdef Q_OS_WIN
    // The access list a secret is made with, in SDDL: "D:P(A;;FA;;;<this user's SID>)".
    static QString accessList();
#endif
};
