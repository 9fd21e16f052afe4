#pragma once

#include "Answers.h"

#include <QCoreApplication>
#include <QStringList>

// Checks every field and every combination of fields that cannot work on the host. Each problem
// is one line that starts with the key it is about: "tls.port: 70000 is not a port (1-65535)".
class AnswersValidator
{
    Q_DECLARE_TR_FUNCTIONS(AnswersValidator)

public:
    static QStringList validate(const Answers &answers);
    // What is valid but gives more away than an admin may think, one line each starting with its key, as problems.
    static QStringList warnings(const Answers &answers);

private:
    static void checkBinaries(const Answers &answers, QStringList &problems);
    static void checkService(const Answers &answers, QStringList &problems);
    static void checkTls(const Answers &answers, QStringList &problems);
    static void checkRuntime(const Answers &answers, QStringList &problems);
    static void checkFirewall(const Answers &answers, QStringList &problems);
    static void checkScriptValues(const Answers &answers, QStringList &problems);
};
