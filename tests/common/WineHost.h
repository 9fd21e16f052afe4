#pragma once

#include "WinePrefix.h"

#include "answers/Answers.h"

#include <QHash>
#include <QTemporaryDir>

#include <optional>

// A fresh Wine prefix made to look like a Windows Server host (build, installation type), with
// the Docker zip and the NSSM zip that the stand-ins go into, and the helpers the host tests share.
class WineHost : public WinePrefix
{
public:
    // Stops the test (qFatal) when the prefix cannot be made to look so.
    explicit WineHost(int build = 17763, const QString &installationType = QStringLiteral("Server"));
    ~WineHost();

    // Answers that take the stand-ins from the local zips; the rest are the seed's defaults.
    Answers answers() const;
    // The answers as a file of this prefix's; stops the test when it cannot be written.
    QString answersFile(const Answers &answers) const;

    // Runs build/app/berth with BERTH_LAUNCHER=wine for this prefix, and --root for its drive C:
    // where the verb takes it.
    Result berth(const QStringList &arguments) const;
    // The same, started and left running (to be killed mid-apply, say).
    void startBerth(QProcess &process, const QStringList &arguments) const;
    // Starts berth with arguments and kills it with SIGKILL (as a power loss leaves it) once its step `at` of n has
    // started (0: the last); the step's title, or "(...)" with what it printed when it ended before that.
    QString killBerthDuringStep(const QStringList &arguments, int at) const;
    QProcessEnvironment berthEnvironment() const;

    // Every file under C:\ProgramData with its SHA-256, the files Berth places in System32, and
    // the Docker service's registry keys: equal snapshots mean an unchanged host.
    QString snapshot(const QString &serviceName = QStringLiteral("Docker")) const;
    QString regQuery(const QString &key) const;
    // The key as `reg export` writes it (UTF-16, lossless where reg query's code page is not).
    QString regExport(const QString &key) const;
    // The lines only one snapshot has, for a failure message.
    static QByteArray difference(const QString &before, const QString &after);
    QString serviceState(const QString &name = QStringLiteral("Docker")) const;

    // A CA's certificate and a server certificate for 127.0.0.1 with its key, in certDir on the host.
    bool placeServerCertificates(const QString &certDir) const;

    // Makes the environment of this process point Wine at this prefix, for WindowsHost, until this
    // WineHost goes.
    void useInThisProcess() const;

    static QString standin(const char *name);
    // A zip of the given files: (name in the zip, file on this machine).
    static bool writeZip(const QString &zipPath, const QList<QPair<QString, QString>> &entries);
    // Docker's static index in dir: index.html and docker-VERSION.zip for each (version, folder under the
    // stand-ins' releases/ whose dockerd.exe and docker.exe that zip holds).
    static bool publishReleases(const QString &dir, const QList<QPair<QString, QString>> &releases);
    // docker.zip and nssm-2.24.zip, made from the stand-ins.
    QString zip(const char *name) const { return m_files.filePath(QLatin1String(name)); }

private:
    QStringList onThisHost(const QStringList &arguments) const;
    QTemporaryDir m_files;
    mutable QHash<QByteArray, std::optional<QByteArray>> m_environmentBefore;
};
