#include "KeptCopyStep.h"

#include "apply/ApplyContext.h"
#include "host/LocalFile.h"
#include "host/RegistryKey.h"

#include <QCryptographicHash>

QString KeptCopyStep::valueName(const QString &copy)
{
    return QString::fromLatin1(QCryptographicHash::hash(copy.toLower().toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString KeptCopyStep::recorded(const WindowsHost &host, const QString &copy)
{
    return RegistryKey::read(host, key()).text(valueName(copy)).toLower();
}

HostCommand KeptCopyStep::add(const QString &copy, const QString &digest) const
{
    return {RegistryKey::regExe(),
            {QStringLiteral("add"), key(), QStringLiteral("/v"), valueName(copy), QStringLiteral("/t"),
             QStringLiteral("REG_SZ"), QStringLiteral("/d"), digest, QStringLiteral("/f")},
            tr("The SHA-256 of the copy of %1").arg(copy)};
}

HostCommand KeptCopyStep::remove(const QString &copy) const
{
    return {RegistryKey::regExe(),
            {QStringLiteral("delete"), key(), QStringLiteral("/v"), valueName(copy), QStringLiteral("/f")},
            tr("Forget the SHA-256 of %1").arg(copy)};
}

QString KeptCopyStep::title() const
{
    return m_placed ? tr("Record the SHA-256 of the copy of %1").arg(m_placed->windowsPath())
                    : tr("Forget the SHA-256 of %1").arg(m_copy);
}

bool KeptCopyStep::prepare(ApplyContext &context, QString *)
{
    if (!m_placed)
        m_before = recorded(context.host, m_copy);
    return true;
}

QStringList KeptCopyStep::changes() const
{
    if (m_placed)
        return m_placed->existed() && !m_placed->changes().isEmpty() ? QStringList{tr("record it in %1").arg(key())}
                                                                     : QStringList();
    return m_before.isEmpty() ? QStringList() : QStringList{tr("remove it from %1").arg(key())};
}

bool KeptCopyStep::apply(ApplyContext &context, QString *error)
{
    m_done = true;
    HostCommand command = remove(m_copy);
    if (m_placed) {
        m_written = m_backup->copyOf(m_placed->windowsPath());
        const QByteArray bytes = LocalFile::read(context.host.localPath(m_written));
        if (bytes.isEmpty()) {
            *error = tr("the copy %1 cannot be read").arg(m_written);
            return false;
        }
        command =
            add(m_written, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    }
    const WindowsHost::Result result = context.host.run(command);
    if (!result.ok())
        *error = tr("%1 failed: %2").arg(command.commandLine(), result.summary());
    return result.ok();
}

void KeptCopyStep::undo(ApplyContext &context)
{
    if (!m_done)
        return;
    if (m_placed && !m_written.isEmpty())
        context.undo(remove(m_written), [&] { return recorded(context.host, m_written).isEmpty(); });
    else if (!m_placed)
        context.undo(add(m_copy, m_before));
}
