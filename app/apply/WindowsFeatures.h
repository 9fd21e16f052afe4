#pragma once

#include "BatchForm.h"
#include "answers/Answers.h"
#include "host/HostFacts.h"
#include "host/WindowsHost.h"

#include <QCoreApplication>
#include <QStringList>

// The Windows features Docker needs before its daemon starts: Containers (dockerd loads vmcompute.dll, which only
// that feature brings: moby's checkSystem), and Hyper-V for Hyper-V isolation. Enabled through dism.exe, whose
// names are the same on Server and client (Server's Install-WindowsFeature calls Hyper-V what DISM calls
// Microsoft-Hyper-V). Enabling either needs a restart before Docker can start.
class WindowsFeatures
{
    Q_DECLARE_TR_FUNCTIONS(WindowsFeatures)

public:
    // DISM's names of what the answers need and the host lacks, in the order to enable them.
    static QStringList missing(const HostFacts &facts, const Answers &answers);

    enum Outcome { Enabled, RestartNeeded, Failed };
    // dism.exe /online /enable-feature for each; message says what happened, or what failed and how.
    static Outcome enable(const WindowsHost &host, const QStringList &features, QString *message);

    // Nano Server has no DISM online servicing of features: the image is built with them.
    static QString nanoServerRefusal(const QStringList &features);

    // install.cmd's form, first among the steps: the compare reads the features' services (missingFeatures), the
    // change enables them (restartFirst=1 when dism.exe says 3010), Nano Server stops before anything changes.
    static BatchForm batch(const Answers &answers);
};
