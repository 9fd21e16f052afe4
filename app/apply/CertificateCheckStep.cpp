#include "CertificateCheckStep.h"

#include "Plan.h"

#include "ApplyContext.h"
#include "render/BatchText.h"
#include "tls/CertificateCheck.h"
#include "tls/CertificateFiles.h"

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

// The bundle carries no certificates: the host's own must be there before anything changes (install.cmd cannot
// read them as CertificateCheck does; dockerd refuses to start with a bad one, which the start reports).
std::optional<BatchForm> CertificateCheckStep::batch(const BatchContext &context) const
{
    BatchForm form;
    for (const char *name : CertificateFiles::server) {
        const QString file = BatchText::quoted(CertificateFiles::onHost(context.answers.tls.certDir, name));
        form.compare << QStringLiteral("if not exist %1 (echo %1 is missing: remote access needs the host's "
                                       "certificates there. & goto :failed)")
                            .arg(file);
    }
    return form;
}
