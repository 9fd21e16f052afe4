#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QFile;
class QIODevice;

// A private key or other secret written on the machine that runs Berth: readable by its owner
// alone from the first byte (never created readable and locked afterwards, when a kill in between
// would leave it open), and put in place atomically. On Windows the file is made with a protected
// access list that names only the user Berth runs as (POSIX permissions mean nothing there);
// elsewhere with mode 0600.
class SecretFile
{
    Q_DECLARE_TR_FUNCTIONS(SecretFile)

public:
    // Who may open it on Windows: the user Berth runs as (this machine's keys and zips), or SYSTEM and
    // Administrators (a host's key, which dockerd reads as SYSTEM). Elsewhere both are mode 0600.
    enum Access { ThisUser, SystemAndAdministrators };

    static bool write(const QString &path, const QByteArray &bytes, QString *error, Access access = ThisUser);
#ifdef Q_OS_WIN
    // The access list a secret is made with, in SDDL: "D:P(A;;FA;;;<this user's SID>)", or
    // "D:P(A;;FA;;;SY)(A;;FA;;;BA)".
    static QString accessList(Access access = ThisUser);
#endif

    // A secret written as a stream (a zip): device() is the temporary file, made owner-only before its
    // first byte; commit() puts it in place, and a writer that is not committed leaves nothing.
    class Writer
    {
    public:
        explicit Writer(const QString &path, Access access = ThisUser);
        ~Writer();
        bool open(QString *error);
        QIODevice *device();
        bool commit(QString *error);

    private:
        QString m_path;
        QString m_temporary;
        Access m_access;
        QFile *m_file = nullptr;
        bool m_committed = false;
    };
};
