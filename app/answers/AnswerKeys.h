#pragma once

#include <QJsonValue>
#include <QList>
#include <QStringList>

#include "Answers.h"

#include <optional>

// The answer file's keys, one row each: its path, the member that holds it, and the values it
// takes. Reading, writing, the default (the member's initialiser), the check of choices and
// paths, the wizard's choices and the README's key list all walk this one table, so a key cannot
// be known to one and not the others.
struct AnswerKey
{
    enum Type { String, Integer, Boolean, StringList, Choice };
    enum Path {
        NotPath,
        RequiredPath, // a full Windows path on the host
        OptionalPath, // the same, or empty for "not set"
    };
    const char *path; // dotted: "tls.port" is {"tls": {"port": ...}}
    Type type;
    void *(*member)(Answers &);
    QStringList choices; // Choice: the words it takes, in its enum's order (the wizard's order too)
    Path hostPath = NotPath;
    int (*choice)(const Answers &) = nullptr; // Choice: the enum's value as an index into choices
    void (*choose)(Answers &, int) = nullptr;

    QString &text(Answers &answers) const { return *static_cast<QString *>(member(answers)); }
    const QString &text(const Answers &answers) const { return text(const_cast<Answers &>(answers)); }
    // The value as the answer file holds it.
    QJsonValue json(const Answers &answers) const;
    // A String's text or a Choice's word.
    QString word(const Answers &answers) const;
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

// A choice's word as the answer file spells it, and the choice a word names (none for a word the key
// does not take).
template <typename E> QString wordOf(E value)
{
    return answerKey(ChoiceKey<E>::path).choices.value(int(value));
}
template <typename E> std::optional<E> fromWord(const QString &word)
{
    const qsizetype index = answerKey(ChoiceKey<E>::path).choices.indexOf(word);
    return index < 0 ? std::nullopt : std::optional<E>(E(index));
}
