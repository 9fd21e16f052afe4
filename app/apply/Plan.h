#pragma once

#include "PlanStep.h"
#include "answers/Answers.h"

#include <QCoreApplication>
#include <QList>

// What apply does for the answers, in its order, for `plan`, the Summary page and the bundle: the
// steps ApplySteps::build makes, each describing itself (Step::describe), then the start that
// ApplyRun adds. A pure function of the answers; nothing here touches a host.
class Plan
{
    Q_DECLARE_TR_FUNCTIONS(Plan)

public:
    static QList<PlanStep> forAnswers(const Answers &answers);
    static QString toText(const QList<PlanStep> &steps);
    static QByteArray toJson(const QList<PlanStep> &steps);

    // The descriptions the steps give of themselves.
    static PlanStep binaries(const Answers &answers);
    static PlanStep nssm(const Answers &answers);
    static PlanStep writeFile(const QString &title, const QString &windowsPath, const QByteArray &content);
    static PlanStep certificates(const Answers &answers);
    static PlanStep command(const HostCommand &command, const QString &title, PlanStep::Part part,
                            const QString &when = QString());
    static QList<PlanStep> serviceRegistration(const Answers &answers);
};
