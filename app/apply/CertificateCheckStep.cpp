#include "CertificateCheckStep.h"

#include "Plan.h"

#include "ApplyContext.h"
#include "tls/CertificateCheck.h"

bool CertificateCheckStep::prepare(ApplyContext &context, QString *error)
{
    const TlsSettings &tls = context.answers.tls;
    const CertificateCheck::Result check =
        CertificateCheck::check(context.host.localPath(tls.certDir), tls.subjectAltNames);
    if (check.ok())
        return true;
    *error =
        tr("the certificates in %1 cannot be used: %2").arg(tls.certDir, check.problems.join(QStringLiteral("; ")));
    return false;
}

QList<PlanStep> CertificateCheckStep::describe(const Answers &answers) const
{
    return {Plan::certificates(answers)};
}
