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
    QList<PlanStep> describe(const Answers &answers) const override;
    std::optional<BatchForm> batch(const BatchContext &context) const override;
    static HostCommand unregister(const Answers &answers);
    // reg.exe delete of the event log source an sc.exe delete left behind (ServiceRegistration::eventSourceKey).
    static HostCommand staleSourceRemoval(const Answers &answers);
    QString title() const override { return tr("Register dockerd as a service"); }
    bool prepare(ApplyContext &context, QString *error) override;
    void undo(ApplyContext &context) override;

    // The ImagePath dockerd writes when it registers itself for these answers: its own path and
    // every argument but --register-service, each quoted as Go's syscall.EscapeArg quotes it (moby
    // cmd/dockerd/service_windows.go, golang.org/x/sys/windows/svc/mgr.CreateService).
    static QString imagePath(const struct Answers &answers);

protected:
    QString checkAfter(ApplyContext &context, const HostCommand &command) override;

private:
    QString m_name;
    bool m_existed = false;
    RegistryKey m_service;
    RegistryKey m_staleSource; // the event log source removed before registering, to put back on undo
    QStringList m_oldFlags;
    QString m_oldDockerd;
};
