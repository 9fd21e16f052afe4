#pragma once

#include "PlanStep.h"
#include "answers/Answers.h"

#include <QCoreApplication>
#include <QList>

// The ordered steps that apply takes for the answers: binaries, files, certificates, service,
// firewall, start. A pure function of the answers; nothing here touches a host.
class Plan
{
    Q_DECLARE_TR_FUNCTIONS(Plan)

public:
    static QList<PlanStep> forAnswers(const Answers &answers);
    static QString toText(const QList<PlanStep> &steps);
    static QByteArray toJson(const QList<PlanStep> &steps);

private:
    static PlanStep binaries(const Answers &answers);
    static PlanStep nssm(const Answers &answers);
};
