#pragma once

#include <QList>

struct Answers;

// The answer file's keys, each bound to the member that holds it. Reading, writing and the
// README's key list all walk this one table, so a key cannot be known to one and not the others.
struct AnswerKey
{
    enum Type { String, Integer, Boolean, StringList };
    const char *path; // dotted: "tls.port" is {"tls": {"port": ...}}
    Type type;
    void *(*member)(Answers &);
};

const QList<AnswerKey> &answerKeys();
