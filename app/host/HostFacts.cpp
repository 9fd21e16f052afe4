#include "HostFacts.h"

#include "answers/AnswerKeys.h"
#include "answers/WindowsReleases.h"

#include "RegistryKey.h"
#include "ServiceControl.h"

#include <QRegularExpression>

#ifdef Q_OS_WIN
#include <windows.h>
// after windows.h, which defines its types
#include <wtsapi32.h>
#endif

bool HostFacts::listensOn(const QString &netstatOutput, int port)
{
    // "  TCP    0.0.0.0:2376    0.0.0.0:0    LISTENING", and [::]:2376 [::]:0 for IPv6. The state is
    // translated (ABHÖREN on a German Windows); a listener is told by its foreign address, which is zero.
    const QRegularExpression listening(
        QStringLiteral("^\\s*TCP\\s+\\S*:%1\\s+(0\\.0\\.0\\.0:0|\\[::\\]:0)\\s").arg(port),
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    return listening.match(netstatOutput).hasMatch();
}

HostFacts HostFacts::read(const WindowsHost &host, const QString &serviceName, int port)
{
    HostFacts facts;
    const RegistryKey version =
        RegistryKey::read(host, QStringLiteral("HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion"));
    facts.build = version.text(QStringLiteral("CurrentBuild")).toInt();
    facts.editionId = version.text(QStringLiteral("EditionID"));
    const QString installation = version.text(QStringLiteral("InstallationType"));
    if (installation.contains(QLatin1String("Nano"), Qt::CaseInsensitive))
        facts.edition = Edition::Nano;
    else if (installation.startsWith(QLatin1String("Server"), Qt::CaseInsensitive))
        facts.edition = Edition::Server;
    else if (installation.compare(QLatin1String("Client"), Qt::CaseInsensitive) == 0)
        facts.edition = Edition::Client;
    facts.containersFeature =
        RegistryKey::read(host, QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\vmcompute")).exists();
    facts.hyperV = RegistryKey::read(host, QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\vmms")).exists();
    facts.serviceExists =
        RegistryKey::read(host, QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\") + serviceName).exists();
    const RegistryKey environment = RegistryKey::read(
        host, QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment"));
    facts.win64 =
        environment.text(QStringLiteral("PROCESSOR_ARCHITECTURE")).compare(QLatin1String("x86"), Qt::CaseInsensitive) !=
        0;
    facts.serviceRunning = ServiceControl(host, serviceName).state() == ServiceControl::Running;
    facts.port = port;
    if (port > 0) {
        const WindowsHost::Result netstat =
            host.run({QStringLiteral("C:\\Windows\\System32\\netstat.exe"), {QStringLiteral("-an")}, QString()});
        facts.portListening = listensOn(netstat.out, port);
    }
    facts.administrator = runsElevated();
    return facts;
}

QString HostFacts::sessionUserIfNotThisOne()
{
#ifdef Q_OS_WIN
    // Compared by SID: the names alone may be a local and a domain account that share one.
    const auto sessionText = [](WTS_INFO_CLASS what) {
        wchar_t *text = nullptr;
        DWORD size = 0;
        QString value;
        if (WTSQuerySessionInformationW(WTS_CURRENT_SERVER_HANDLE, WTS_CURRENT_SESSION, what, &text, &size) && text)
            value = QString::fromWCharArray(text);
        if (text)
            WTSFreeMemory(text);
        return value;
    };
    const QString name = sessionText(WTSUserName);
    if (name.isEmpty())
        return {};
    const QString domain = sessionText(WTSDomainName);
    const QString account = domain.isEmpty() ? name : domain + QLatin1Char('\\') + name;
    BYTE sessionSid[SECURITY_MAX_SID_SIZE];
    DWORD sidSize = sizeof sessionSid;
    wchar_t referenced[256];
    DWORD referencedSize = 256;
    SID_NAME_USE use;
    if (!LookupAccountNameW(nullptr, reinterpret_cast<const wchar_t *>(account.utf16()), sessionSid, &sidSize,
                            referenced, &referencedSize, &use))
        return {};
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token))
        return {};
    BYTE buffer[sizeof(TOKEN_USER) + SECURITY_MAX_SID_SIZE];
    DWORD size = sizeof buffer;
    const bool read = GetTokenInformation(token, TokenUser, buffer, size, &size);
    CloseHandle(token);
    if (!read)
        return {};
    return EqualSid(reinterpret_cast<TOKEN_USER *>(buffer)->User.Sid, sessionSid) ? QString() : account;
#else
    return {};
#endif
}

QString HostFacts::notElevated()
{
    return tr("Berth is not running as administrator: start it with \"Run as administrator\" (for the command "
              "line, an elevated prompt).");
}

bool HostFacts::runsElevated()
{
#ifdef Q_OS_WIN
    // Only the elevated token may install services; berth.exe's manifest asks for it, berth.com runs
    // as its caller, and this checks it.
    HANDLE token = nullptr;
    TOKEN_ELEVATION elevation{};
    DWORD size = sizeof elevation;
    bool elevated = false;
    if (OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token)) {
        if (GetTokenInformation(token, TokenElevation, &elevation, size, &size))
            elevated = elevation.TokenIsElevated != 0;
        CloseHandle(token);
    }
    return elevated;
#else
    return true; // a folder that stands for a host: its owner's rights are what count
#endif
}

QStringList HostFacts::report() const
{
    QStringList lines;
    if (edition)
        lines << tr("Windows: %1.").arg(WindowsReleases::describe(*edition, build));
    else
        lines << tr("Edition: %1, build %2").arg(tr("not stated in the registry")).arg(build);
    if (!administrator)
        lines << notElevated();
    if (containersFeature)
        lines << tr("Containers feature: enabled");
    else
        lines << tr("Containers feature: not found (no vmcompute service). Enable it with: %1 and restart the host.")
                     .arg(QStringLiteral("dism.exe ") +
                          enableFeatureCommand(QStringLiteral("Containers")).arguments.join(QLatin1Char(' ')));
    lines << (serviceExists ? tr("A service of that name exists; the apply changes only what differs.")
                            : tr("No service of that name exists yet."));
    if (portTaken())
        lines << tr("TCP %1 is already in use by another program: choose another tls.port or stop that program.")
                     .arg(port);
    return lines;
}

HostCommand HostFacts::enableFeatureCommand(const QString &feature)
{
    return {QStringLiteral("C:\\Windows\\System32\\dism.exe"),
            {QStringLiteral("/online"), QStringLiteral("/enable-feature"), QStringLiteral("/featurename:") + feature,
             QStringLiteral("/all"), QStringLiteral("/norestart")},
            tr("Enable the %1 feature").arg(feature)};
}

HostFacts::FeatureResult HostFacts::enableFeature(const WindowsHost &host, const QString &feature)
{
    const HostCommand command = enableFeatureCommand(feature);
    const WindowsHost::Result result = host.run(command, 1800000);
    // dism.exe exits 3010 when the feature is enabled and a restart completes it.
    FeatureResult done;
    done.ok = result.ok() || result.exitedWith(3010);
    done.message = done.ok ? tr("%1 is enabled; restart the host to finish, then run Berth again.").arg(feature)
                           : tr("%1, from: %2").arg(result.summary(), command.commandLine());
    return done;
}
