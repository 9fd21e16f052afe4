#include "WindowsFeatures.h"

QStringList WindowsFeatures::missing(const HostFacts &facts, const Answers &answers)
{
    QStringList features;
    if (!facts.containersFeature)
        features << QStringLiteral("Containers");
    if (answers.runtime.isolation == Isolation::HyperV && !facts.hyperV)
        features << QStringLiteral("Microsoft-Hyper-V");
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
