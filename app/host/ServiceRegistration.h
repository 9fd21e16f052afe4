#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class RegistryKey;

// How Docker is registered on a host, read from what Windows keeps: the service's registry key (as
// NSSM or dockerd itself wrote it) and a scheduled task's XML. apply reads these to decide what to
// change; inspect reads them to say what is there.
namespace ServiceRegistration {

QString serviceKey(const QString &name);
// The event log source dockerd --register-service makes for its service (golang.org/x/sys/windows/svc/eventlog).
// --unregister-service removes it; sc.exe delete leaves it, and the next registration then fails on it.
QString eventSourceKey(const QString &name);
bool isRunByNssm(const RegistryKey &service);
// Whether NSSM keeps a parameter in the service's own key (DisplayName, Start...) rather than under Parameters.
bool inServiceKey(const QString &parameter);
// The value of an NSSM parameter as `nssm set` takes it, read from the registry.
QString nssmValue(const RegistryKey &service, const RegistryKey &parameters, const QString &parameter);
// The flags in a dockerd service's ImagePath ("dockerd.exe" --run-service FLAGS...); false when the
// ImagePath is not a dockerd service.
bool dockerdFlags(const QString &imagePath, QStringList *flags);
// sc.exe's start= word for what the service's key says; "auto" for a start Berth does not set.
QString scStart(const RegistryKey &service);
// The Arguments of a task's Exec action, from the task's XML; empty when there is none.
QString taskArguments(const QByteArray &taskXml);
// Whether Task Scheduler lets the task run without end (ExecutionTimeLimit PT0S); its default, when the element is
// missing, is 72 hours.
bool taskRunsWithoutLimit(const QByteArray &taskXml);

} // namespace ServiceRegistration
