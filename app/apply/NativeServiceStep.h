#pragma once

#include "CommandStep.h"
#include "host/RegistryKey.h"

#include <QCoreApplication>

// The service dockerd registers itself (`dockerd --register-service`), with the display name,
// startup type and description set through sc.exe. Changed flags mean registering again.
class NativeServiceStep : public CommandStep
{
    Q_DECLARE_TR_FUNCTIONS(NativeServiceStep)

public:
    QString title() const override { return tr("Register dockerd as a service"); }
    bool prepare(ApplyContext &context, QString *error) override;
    void undo(ApplyContext &context) override;

    // The flags in a dockerd service's ImagePath ("dockerd.exe" --run-service FLAGS...); false
    // when the ImagePath is not a dockerd service.
    static bool flagsOf(const QString &imagePath, QStringList *flags);
    static QString scStart(const RegistryKey &service);

private:
    QString m_name;
    bool m_existed = false;
    RegistryKey m_service;
    QStringList m_oldFlags;
    QString m_oldDockerd;
};
