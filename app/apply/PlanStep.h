#pragma once

#include "render/HostCommand.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// One thing an apply does to the host, able to describe itself for the Summary page and `plan`.
struct PlanStep
{
    enum Kind { Fetch, WriteFile, Certificates, RunCommand };

    Kind kind = RunCommand;
    QString title;
    QString path;        // WriteFile: the Windows path written; Fetch: the folder binaries go to
    QByteArray content;  // WriteFile: the bytes written
    QString source;      // Fetch: URL or local file
    QStringList files;   // Fetch: what is taken from the source; Certificates: the files installed
    HostCommand command; // RunCommand

    QString describe() const;
    QJsonObject toJson() const;
};
