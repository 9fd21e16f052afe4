#pragma once

#include "Step.h"
#include "answers/Answers.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

// The steps of an apply for the answers: binaries, NSSM, files, certificates, service, firewall.
// The one place that decides which steps run and in what order; `plan`, the Summary page and the
// bundle read the same list through Step::describe (Plan). ApplyRun adds the stop and the start.
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
    // Describe: the same steps for describing only, before anything is downloaded or made: the
    // binaries as their source says, and the certificates Berth would make when tls.generate is on.
    enum Purpose { Apply, Describe };
    // Only the steps that place dockerd.exe and docker.exe, and check the new dockerd.exe (an upgrade's);
    // expectedVersion: what its --version must say, when known. Empty with error set as build's.
    static std::vector<std::unique_ptr<Step>> binaries(const Answers &answers, QString *error, Purpose purpose = Apply,
                                                       const QString &expectedVersion = QString());
    static std::vector<std::unique_ptr<Step>> build(const Answers &answers, QString *error, bool win64 = true,
                                                    const ServerFiles *fresh = nullptr, Purpose purpose = Apply);
};
