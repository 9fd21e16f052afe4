#pragma once

#include <QJsonValue>
#include <QList>
#include <QStringList>

struct Answers;

// The answer file's keys, one row each: its path, the member that holds it, and the values it
// takes. Reading, writing, the default (the member's initialiser), the check of choices and
// paths, the wizard's choices and the README's key list all walk this one table, so a key cannot
// be known to one and not the others.
struct AnswerKey
{
    enum Type { String, Integer, Boolean, StringList };
    enum Path {
        NotPath,
        RequiredPath, // a full Windows path on the host
        OptionalPath, // the same, or empty for "not set"
    };
    const char *path; // dotted: "tls.port" is {"tls": {"port": ...}}
    Type type;
    void *(*member)(Answers &);
    QStringList choices; // the words a choice takes, the default first in the wizard's order; empty: no choice
    Path hostPath = NotPath;

    QString &text(Answers &answers) const { return *static_cast<QString *>(member(answers)); }
    const QString &text(const Answers &answers) const { return text(const_cast<Answers &>(answers)); }
    // The value as the answer file holds it.
    QJsonValue json(const Answers &answers) const;
};

const QList<AnswerKey> &answerKeys();

// An answer that follows another unless given or changed on its own (Answers::follow).
struct FollowingAnswer
{
    const char *key;
    const char *follows;
    QJsonValue (*derived)(const Answers &); // what key is while it follows
};
const QList<FollowingAnswer> &followingAnswers();
// The row of a key Berth knows; a key it does not know is a programming error.
const AnswerKey &answerKey(const char *path);
