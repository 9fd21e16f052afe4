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
    // What a command is for, so that install.cmd runs each where apply does.
    enum Part { Other, Stop, KeyLock, Service, Firewall, Start };

    Kind kind = RunCommand;
    QString title;
    QString path;        // WriteFile: the Windows path written; Fetch: the folder binaries go to
    QByteArray content;  // WriteFile: the bytes written
    QString source;      // Fetch: URL or local file
    QStringList files;   // Fetch: what is taken from the source; Certificates: the files installed
    HostCommand command; // RunCommand
    Part part = Other;
    QString when; // RunCommand: what on the host decides whether it runs; empty: it always runs

    QString describe() const;
    QJsonObject toJson() const;
};
