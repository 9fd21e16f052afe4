#include "KeyPermissionsStep.h"

#include "ApplyContext.h"
#include "Plan.h"
#include "render/BatchText.h"
#include "render/ServiceCommands.h"

#include <QFile>

KeyPermissionsStep::KeyPermissionsStep(const FileStep *key) : m_key(key) {}

HostCommand KeyPermissionsStep::icacls() const
{
    return ServiceCommands::lockKey(m_key->windowsPath());
}

QList<PlanStep> KeyPermissionsStep::describe(const Answers &) const
{
    return {Plan::command(icacls(), Plan::tr("Server certificates"), PlanStep::KeyLock)};
}

QStringList KeyPermissionsStep::changes() const
{
    if (m_key->changes().isEmpty())
        return {};
    return {tr("run %1").arg(icacls().commandLine())};
}

bool KeyPermissionsStep::apply(ApplyContext &context, QString *error)
{
    QFile::setPermissions(context.host.localPath(m_key->windowsPath()),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const WindowsHost::Result result = context.host.run(icacls());
    if (!result.ok())
        *error = tr("%1 failed: %2").arg(icacls().commandLine(), result.summary());
    return result.ok();
}

std::optional<BatchForm> KeyPermissionsStep::batch(const BatchContext &) const
{
    BatchForm form;
    form.heading = QStringLiteral("Protect the server key");
    form.change << BatchText::line(icacls()) + QStringLiteral(" >nul") << BatchForm::failed();
    return form;
}
