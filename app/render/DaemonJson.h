#pragma once

#include "answers/Answers.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

// C:\ProgramData\docker\config\daemon.json for the daemon-json config style.
class DaemonJson
{
    Q_DECLARE_TR_FUNCTIONS(DaemonJson)

public:
    // Berth's settings merged into the host's existing file: keys Berth does not own are kept as
    // they are, and so are exec-opts other than isolation. An existing file that is not a JSON
    // object is never overwritten: the result is empty and error says why.
    static QByteArray render(const Answers &answers, const QByteArray &existing = {}, QString *error = nullptr);

    // The daemon.json settings that the answers set (only those Berth owns).
    static QJsonObject settings(const Answers &answers);

    // Settings given both as a dockerd flag and in daemon.json, which makes dockerd refuse to
    // start: one line each, naming the flag and the key.
    static QStringList conflicts(const QStringList &flags, const QJsonObject &daemonJson);
};
