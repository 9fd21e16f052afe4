#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Defaults {
inline constexpr auto DockerVersion = "28.2.2";
// Docker CE's static index: an HTML listing of docker-X.Y.Z.zip, the zips for every release.
inline constexpr auto DockerIndexUrl = "https://download.docker.com/win/static/stable/x86_64/";
inline constexpr auto SeedDockerdUrl = "https://aka.ms/tp5/dockerd";
inline constexpr auto SeedDockerUrl = "https://aka.ms/tp5/docker";
inline constexpr auto NssmUrl = "https://nssm.cc/release/nssm-2.24.zip";
inline constexpr auto ServiceDescription =
    "The Docker Daemon provides management capabilities of containers for docker clients.";
} // namespace Defaults

// The answers that are one of a few words in the answer file are enums in memory; the words are
// written once, in the key's row (AnswerKeys.cpp), in the enum's order, and meet the code only at
// the file's edge (wordOf, fromWord). ChoiceKey names the row that spells an enum's words.
enum class Edition { Server, Nano, Client };
enum class Source { Download, Local, Keep };
enum class Package { Zip, Exe };
enum class ServiceManager { Nssm, Native, ScheduledTask };
enum class StartupType { Auto, DelayedAuto, Manual, Disabled };
enum class KeyType { Rsa4096, EcdsaP256 };
enum class Isolation { Default, Process, HyperV };
enum class ConfigStyle { Script, DaemonJson };

template <typename E> struct ChoiceKey;
#define BERTH_CHOICE_KEY(type, key)                                                                                    \
    template <> struct ChoiceKey<type>                                                                                 \
    {                                                                                                                  \
        static constexpr const char *path = key;                                                                       \
    }
BERTH_CHOICE_KEY(Edition, "host.edition");
BERTH_CHOICE_KEY(Source, "binaries.source"); // nssm.source takes the same words
BERTH_CHOICE_KEY(Package, "binaries.package");
BERTH_CHOICE_KEY(ServiceManager, "service.manager");
BERTH_CHOICE_KEY(StartupType, "service.details.startup");
BERTH_CHOICE_KEY(KeyType, "tls.keyType");
BERTH_CHOICE_KEY(Isolation, "runtime.isolation");
BERTH_CHOICE_KEY(ConfigStyle, "daemon.configStyle");
#undef BERTH_CHOICE_KEY

// Every choice the wizard offers, as the answer file holds it. A default-constructed Answers is the
// manual procedure (Microsoft's "Docker and Windows" guide) on Windows Server; only the binaries' source
// differs, because the manual procedure's TP5 links no longer serve.
struct HostSettings
{
    Edition edition = Edition::Server;
    int build = 0; // 0: detected when applying
    bool operator==(const HostSettings &) const = default;
};

struct BinariesSettings
{
    Source source = Source::Download;
    Package package = Package::Zip; // the Docker CE static zip, or the manual procedure's two URLs
    QString version = QString::fromLatin1(Defaults::DockerVersion);
    QString zipUrl; // empty: indexUrl's zip for version
    QString indexUrl = QString::fromLatin1(Defaults::DockerIndexUrl);
    QString dockerdUrl = QString::fromLatin1(Defaults::SeedDockerdUrl);
    QString dockerUrl = QString::fromLatin1(Defaults::SeedDockerUrl);
    QString localPath;
    QString sha256;        // the zip's or the local file's
    QString dockerdSha256; // package exe: dockerd.exe's
    QString dockerSha256;  // package exe: docker.exe's
    QString installDir = QStringLiteral("C:\\Windows\\System32");
    bool operator==(const BinariesSettings &) const = default;
};

struct ServiceSettings
{
    ServiceManager manager = ServiceManager::Nssm;
    QString name = QStringLiteral("Docker");
    QString applicationPath = QStringLiteral("C:\\Windows\\System32\\cmd.exe");
    QString startupDirectory = QStringLiteral("C:\\Windows\\System32");
    QString arguments = QStringLiteral("/s /c C:\\ProgramData\\docker\\runDockerDaemon.cmd < nul");
    QString displayName = QStringLiteral("Docker");
    QString description = QString::fromLatin1(Defaults::ServiceDescription);
    StartupType startup = StartupType::Auto;
    QString stdoutPath = QStringLiteral("C:\\ProgramData\\docker\\daemon.log");
    QString stderrPath = QStringLiteral("C:\\ProgramData\\docker\\daemon.log");
    bool noConsole = true;      // NSSM AppNoConsole: 2.24 otherwise leaves the service paused on 1703+
    bool dependOnConDrv = true; // on build 14393 only: start after ConDrv (moby#27544)
    int timeout = 120;          // seconds a start may take until the daemon answers, and a stop until it has ended
    bool operator==(const ServiceSettings &) const = default;
};

struct NssmSettings
{
    Source source = Source::Download;
    QString url = QString::fromLatin1(Defaults::NssmUrl);
    QString localPath;
    QString sha256; // the zip's, downloaded or local
    bool operator==(const NssmSettings &) const = default;
};

struct TlsSettings
{
    bool enabled = false;
    QString address = QStringLiteral("0.0.0.0");
    int port = 2376;
    QString certDir = QStringLiteral("C:\\ProgramData\\docker\\certs.d");
    bool generate = true;
    QStringList subjectAltNames;
    KeyType keyType = KeyType::Rsa4096; // for certificates Berth makes
    int days = 365;                     // their validity
    bool operator==(const TlsSettings &) const = default;
};

struct RuntimeSettings
{
    Isolation isolation = Isolation::Default;
    QString pipeGroup;
    bool debug = false;
    QString dataRoot; // images, containers and volumes; empty: dockerd's own, C:\ProgramData\docker
    bool operator==(const RuntimeSettings &) const = default;
};

struct FirewallSettings
{
    bool enabled = false; // follows tls.enabled when the file does not say
    QString ruleName = QStringLiteral("Docker daemon");
    int port = 2376; // follows tls.port when the file does not say
    QStringList remoteAddresses;
    bool operator==(const FirewallSettings &) const = default;
};

struct DaemonSettings
{
    ConfigStyle configStyle = ConfigStyle::Script;
    bool operator==(const DaemonSettings &) const = default;
};

struct DownloadSettings
{
    bool allowHttp = false;
    QString proxy;
    bool operator==(const DownloadSettings &) const = default;
};

struct Answers
{
    Q_DECLARE_TR_FUNCTIONS(Answers)

public:
    static constexpr int CurrentVersion = 1;

    int version = CurrentVersion;
    HostSettings host;
    BinariesSettings binaries;
    ServiceSettings service;
    NssmSettings nssm;
    TlsSettings tls;
    RuntimeSettings runtime;
    FirewallSettings firewall;
    DaemonSettings daemon;
    DownloadSettings download;

    bool operator==(const Answers &) const = default;

    // Reads an answer file's JSON. Keys that are missing take their defaults; keys Berth does not
    // know and values of the wrong JSON type are reported in problems as "key: why", and the
    // default is kept for them.
    static Answers fromJson(const QJsonObject &json, QStringList *problems);
    static Answers fromFile(const QString &fileName, QStringList *problems);
    // The text of an answer file; fileName only names it in problems.
    static Answers fromText(const QByteArray &text, const QString &fileName, QStringList *problems);
    QJsonObject toJson() const;
    // Answers that follow others unless given (Answers::fromJson) or changed on their own (the
    // wizard): Nano Server runs Docker from the manual procedure's scheduled task, and the firewall
    // rule opens exactly the port remote access listens on. After the wizard changed one answer,
    // those that still followed it follow it again; true when any did.
    bool follow(const Answers &before);
    // Written whole or not at all (QSaveFile); false with the reason.
    bool saveToFile(const QString &fileName, QString *error) const;

    // Where the Docker CE zip comes from: zipUrl, or the download site's URL for version.
    QString effectiveZipUrl() const;
    // A zip downloaded without a pin: once applied, its digest becomes the pin the next run checks.
    bool downloadsUnpinnedZip() const
    {
        return binaries.source == Source::Download && binaries.package == Package::Zip && binaries.sha256.isEmpty();
    }
    QString scriptPath() const { return QStringLiteral("C:\\ProgramData\\docker\\runDockerDaemon.cmd"); }
    // Its presence sends the script to its secure branch (with the certificates).
    QString tagPath() const { return QStringLiteral("C:\\ProgramData\\docker\\tag.txt"); }
    // Every answer that is a path on the host, with its key: the one list validation and the host check use.
    QList<QPair<const char *, QString>> hostPaths() const;
    // The address clients reach the daemon at: tcp://NAME:PORT with the first of tls.subjectAltNames
    // (fallback when there is none), an IPv6 address in brackets.
    QString clientEndpoint(const QString &fallback) const;
    static QString tcpEndpoint(const QString &name, int port);
    // Docker runs from runDockerDaemon.cmd (NSSM, the task), not as dockerd's own service.
    bool usesStartScript() const { return service.manager != ServiceManager::Native; }
    // The script carries dockerd's flags and takes its secure branch when tag.txt is there.
    bool scriptCarriesFlags() const { return usesStartScript() && daemon.configStyle != ConfigStyle::DaemonJson; }
    QString daemonJsonPath() const { return QStringLiteral("C:\\ProgramData\\docker\\config\\daemon.json"); }
};
