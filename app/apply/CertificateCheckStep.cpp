#include "CertificateCheckStep.h"

#include "ApplyContext.h"

#include <QFileInfo>

bool CertificateCheckStep::prepare(ApplyContext &context, QString *error)
{
    QStringList missing;
    for (const char *name : {"ca.pem", "server-cert.pem", "server-key.pem"}) {
        const QString path = context.answers.tls.certDir + QLatin1Char('\\') + QLatin1String(name);
        if (!QFileInfo(context.host.localPath(path)).isFile())
            missing.append(path);
    }
    if (missing.isEmpty())
        return true;
    *error = tr("remote access needs %1; Berth does not make certificates yet, so place them there (or turn "
                "tls.enabled off)")
                 .arg(missing.join(QStringLiteral(", ")));
    return false;
}
