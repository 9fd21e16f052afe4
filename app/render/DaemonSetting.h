#pragma once

#include "answers/Answers.h"

#include <QJsonValue>
#include <QList>
#include <QStringList>

// One dockerd setting: its flag (long and short form), its daemon.json key, and how the answers
// give it and take it back. The start script's flags, the native service's command line,
// daemon.json, the collision check between flags and daemon.json, and `inspect`'s reading of both
// all walk this one table (DaemonFlags, DaemonJson, HostInspector).
struct DaemonSetting
{
    enum Form {
        Switch,   // -D: no value; true in daemon.json
        Separate, // -G VALUE
        Joined,   // --tlscacert=VALUE
    };
    const char *longFlag;
    const char *shortFlag; // nullptr when dockerd has none
    const char *jsonKey;
    Form form;
    const char *answer = nullptr; // the answer key it carries, when it carries one whole
    bool list = false;            // daemon.json holds a list (hosts, exec-opts), the flag is given once per item
    bool listener = false;        // depends on remote access (tls.*): the script sets it in its secure branch only
    const char *owned = "";       // in a list Berth shares with the admin, the items Berth owns ("isolation=")
    bool optional = false;        // when the answers leave it unset, an admin's own value in daemon.json stays
    // The flag's values for the answers, empty when the setting is not given; a Switch gives one
    // empty value when on. nullptr: dockerd knows the setting but Berth never sets it; named so
    // that the collision check knows it.
    QStringList (*values)(const Answers &, bool secure) = nullptr;
    // Takes the values found (in flags or in daemon.json, empty when absent) back into the answers.
    void (*read)(const QStringList &values, Answers &) = nullptr;

    QString flagName() const { return QLatin1String(shortFlag ? shortFlag : longFlag); }
    bool named(const QString &flag) const;
    QJsonValue json(const QStringList &values) const;
    // The values a daemon.json entry holds, as the flag would give them.
    QStringList valuesOf(const QJsonValue &json) const;
};

const QList<DaemonSetting> &daemonSettings();
