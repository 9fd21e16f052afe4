#pragma once

#include "Step.h"
#include "answers/Answers.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

// The steps of an apply for the answers, in the plan's order: binaries, NSSM, files,
// certificates, service, firewall. ApplyRun adds the stop and the start.
class ApplySteps
{
    Q_DECLARE_TR_FUNCTIONS(ApplySteps)

public:
    // Empty with error set when the answers' sources cannot be read. Downloads come first
    // (BinaryFetch): here every source is local or kept. win64 picks NSSM's build for the host.
    // fresh: server certificates Berth has just made, to be installed in tls.certDir; without
    // them, remote access uses the files already there.
    struct ServerFiles
    {
        QByteArray ca;
        QByteArray certificate;
        QByteArray key;
    };
    static std::vector<std::unique_ptr<Step>> build(const Answers &answers, QString *error, bool win64 = true,
                                                    const ServerFiles *fresh = nullptr);
};
