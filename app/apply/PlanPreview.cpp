#include "PlanPreview.h"

#include "Plan.h"
#include "host/LocalFile.h"
#include "render/TextDiff.h"

#include <QFileInfo>

QStringList PlanPreview::lines(const Answers &answers, const WindowsHost *host)
{
    QStringList out;
    const QList<PlanStep> steps = Plan::forAnswers(answers);
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const PlanStep &step = steps.at(i);
        out << QStringLiteral("%1. %2").arg(i + 1).arg(step.describe());
        if (step.kind != PlanStep::WriteFile || !host)
            continue;
        const QString local = host->localPath(step.path);
        if (!QFileInfo::exists(local)) {
            out << tr("   (a new file)");
            continue;
        }
        const QStringList diff =
            TextDiff::unified(QString::fromUtf8(LocalFile::read(local)), QString::fromUtf8(step.content));
        if (diff.isEmpty()) {
            out << tr("   (the file on the host is already like this: unchanged)");
            continue;
        }
        out << QStringLiteral("   --- %1 (%2)").arg(step.path, tr("on the host now"));
        out << QStringLiteral("   +++ %1 (%2)").arg(step.path, tr("what Berth writes"));
        for (const QString &line : diff)
            out << QStringLiteral("   ") + line;
    }
    return out;
}
