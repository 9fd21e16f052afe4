#include "WindowsFeatures.h"

#include "render/BatchText.h"

namespace {

// Each feature by DISM's name, the service it installs (which says it is enabled), and whether the answers need it.
struct Feature
{
    const char *name;
    const char *service;
    bool (*needed)(const Answers &);
};

const Feature Features[] = {
    {"Containers", "vmcompute", [](const Answers &) { return true; }},
    {"Microsoft-Hyper-V", "vmms", [](const Answers &a) { return a.runtime.isolation == Isolation::HyperV; }},
};

QString serviceKey(const Feature &feature)
{
    return QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\") + QLatin1String(feature.service);
}

} // namespace

QStringList WindowsFeatures::missing(const HostFacts &facts, const Answers &answers)
{
    QStringList features;
    for (const Feature &feature : Features) {
        const bool there =
            QLatin1String(feature.service) == QLatin1String("vmcompute") ? facts.containersFeature : facts.hyperV;
        if (feature.needed(answers) && !there)
            features << QLatin1String(feature.name);
    }
    return features;
}

WindowsFeatures::Outcome WindowsFeatures::enable(const WindowsHost &host, const QStringList &features, QString *message)
{
    bool restart = false;
    for (const QString &feature : features) {
        const HostCommand command = HostFacts::enableFeatureCommand(feature);
        const WindowsHost::Result result = host.run(command, 1800000);
        // 3010, ERROR_SUCCESS_REBOOT_REQUIRED: enabled, and a restart completes it.
        if (result.exitedWith(3010)) {
            restart = true;
            continue;
        }
        if (!result.ok()) {
            *message = tr("The Windows feature %1 could not be enabled: %2, from: %3")
                           .arg(feature, result.summary(), command.commandLine());
            return Failed;
        }
    }
    *message = restart ? tr("Enabled the Windows feature %1 (dism.exe); Docker starts only after the host restarts.")
                             .arg(features.join(QStringLiteral(", ")))
                       : tr("Enabled the Windows feature %1 (dism.exe).").arg(features.join(QStringLiteral(", ")));
    return restart ? RestartNeeded : Enabled;
}

QString WindowsFeatures::nanoServerRefusal(const QStringList &features)
{
    return tr("This Nano Server lacks the Windows feature %1, which cannot be enabled on a running Nano Server: build "
              "its image with it (New-NanoServerImage -Containers, and -Compute for Hyper-V), then run Berth again.")
        .arg(features.join(QStringLiteral(", ")));
}

BatchForm WindowsFeatures::batch(const Answers &a)
{
    BatchForm form;
    form.heading = QStringLiteral("Enable the Windows features Docker needs");
    form.compare << QStringLiteral("set restartFirst=0") << QStringLiteral("set \"missingFeatures=\"");
    for (const Feature &feature : Features) {
        if (!feature.needed(a))
            continue;
        form.compare << QStringLiteral("%SystemRoot%\\System32\\reg.exe query %1 >nul 2>&1")
                            .arg(BatchText::quoted(serviceKey(feature)))
                     << QStringLiteral("if errorlevel 1 set \"missingFeatures=%missingFeatures% %1\"")
                            .arg(QLatin1String(feature.name));
    }
    if (a.host.edition == Edition::Nano) {
        // In English, as the rest of install.cmd: the console's code page may not hold another language's letters.
        form.compare << QStringLiteral("if defined missingFeatures echo This Nano Server lacks the Windows feature"
                                       "%missingFeatures%, which cannot be enabled on a running Nano Server: build its "
                                       "image with New-NanoServerImage -Containers, then run install.cmd again.")
                     << QStringLiteral("if defined missingFeatures goto :failed");
        return form;
    }
    form.compare << QStringLiteral("if defined missingFeatures set changed=1");
    form.change << QStringLiteral(
                       "if defined missingFeatures for %%f in (%missingFeatures%) do call :enableFeature %%f")
                << BatchForm::subroutineFailed();
    // dism.exe's code is read whole (%errorlevel%): its failures are negative HRESULTs, which errorlevel 1 misses.
    const HostCommand dism = HostFacts::enableFeatureCommand(QStringLiteral("FEATURE"));
    form.subroutines << QStringLiteral(":enableFeature")
                     << QStringLiteral("echo       %1")
                            .arg(BatchText::line(dism).replace(QStringLiteral("FEATURE"), QStringLiteral("%~1")))
                     << BatchText::line(dism).replace(QStringLiteral("FEATURE"), QStringLiteral("%~1")) +
                            QStringLiteral(" >\"%work%\\dism.txt\" 2>&1")
                     << QStringLiteral("set \"featureCode=%errorlevel%\"")
                     << QStringLiteral("if \"%featureCode%\"==\"3010\" set \"restartFirst=1\"")
                     << QStringLiteral("if \"%featureCode%\"==\"3010\" set \"featureCode=0\"")
                     << QStringLiteral("if \"%featureCode%\"==\"0\" (del \"%work%\\dism.txt\" >nul 2>&1 & exit "
                                       "/b 0)")
                     << QStringLiteral("echo The Windows feature %~1 could not be enabled: dism.exe exit code "
                                       "%featureCode%:")
                     << QStringLiteral("type \"%work%\\dism.txt\"")
                     << QStringLiteral("del \"%work%\\dism.txt\" >nul 2>&1") << QStringLiteral("set bad=1")
                     << QStringLiteral("exit /b 1") << QString();
    return form;
}
