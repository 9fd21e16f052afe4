#pragma once

#include "answers/Answers.h"
#include "host/WindowsHost.h"

#include <QCoreApplication>
#include <QStringList>

// The plan as the Summary page shows it: every step as `plan` prints it, and for each file Berth
// writes a diff against the file on the host now (or that it is new, or unchanged).
class PlanPreview
{
    Q_DECLARE_TR_FUNCTIONS(PlanPreview)

public:
    // host: the host the files are compared with; null for a host that is not this one (a bundle).
    static QStringList lines(const Answers &answers, const WindowsHost *host);
};
