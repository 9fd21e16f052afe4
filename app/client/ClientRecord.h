#pragma once

#include "apply/EnvironmentStep.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// What a client set-up changed on this machine, kept in %USERPROFILE%\.docker\berth-client.json so that
// `berth client --remove` puts back what was there: each variable's value before and the value Berth set,
// the folders Berth added to a Path, each file Berth placed new or replaced (with its copy in the backup).
// A later set-up adds to the record and never overwrites what it says was there first.
struct ClientRecord
{
    Q_DECLARE_TR_FUNCTIONS(ClientRecord)

public:
    struct Variable
    {
        QString key;
        QString name;
        EnvironmentStep::Value before;
        EnvironmentStep::Value set;
    };
    struct PathEntry
    {
        QString key;
        QString folder;
    };
    struct File
    {
        QString path;
        QString copy; // the backup's copy of what was there; empty: Berth placed the file new
        bool secret = false;
    };

    struct Context
    {
        QString name;
        bool existed = false; // false: Berth made it
        QString host;         // where it pointed before
        QStringList copies;   // the backup's copies of its TLS files then
    };

    QString host; // the endpoint the set-up pointed at
    QList<Variable> variables;
    QList<PathEntry> paths;
    QList<File> files;
    QList<Context> contexts;

    bool isEmpty() const { return variables.isEmpty() && paths.isEmpty() && files.isEmpty() && contexts.isEmpty(); }
    QByteArray toJson() const;
    // Empty record with error set when the text is not a record Berth wrote.
    static ClientRecord fromJson(const QByteArray &json, QString *error);
    // This record with what the earlier one says about the same variables, folders and files kept as the
    // earlier one says it (it saw the machine before Berth).
    ClientRecord mergedInto(const ClientRecord &earlier) const;
};
