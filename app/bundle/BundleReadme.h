#pragma once

#include "answers/Answers.h"

#include <QCoreApplication>
#include <QString>

// README.txt of a bundle: what it installs, and the exact commands that copy it to the host and
// run it over a remote PowerShell session.
class BundleReadme
{
    Q_DECLARE_TR_FUNCTIONS(BundleReadme)

public:
    static QString text(const Answers &answers, const QString &zipName);
};
