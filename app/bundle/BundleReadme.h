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
    // bundleId names the folder the files go to on the host, one per bundle's contents, so that a
    // newer bundle is never copied into (or beside) an older one.
    static QString text(const Answers &answers, const QString &zipName, const QString &bundleId);
    static QString hostFolder(const QString &bundleId) { return QStringLiteral("C:\\berth-bundle-") + bundleId; }
};
