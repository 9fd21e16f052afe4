#include "FileStep.h"

#include "ApplyContext.h"
#include "FileWriter.h"

#include <QFile>
#include <QFileInfo>

FileStep::FileStep(const QString &title, const QString &windowsPath, const Content &content, bool needsRestart)
    : m_title(title), m_windowsPath(windowsPath), m_content(content), m_needsRestart(needsRestart)
{
}

FileStep::Content FileStep::fixed(const QByteArray &bytes)
{
    return [bytes](const QByteArray *, QString *) { return std::optional<QByteArray>(bytes); };
}

FileStep::Content FileStep::absent()
{
    return [](const QByteArray *, QString *) { return std::optional<QByteArray>(); };
}

bool FileStep::prepare(ApplyContext &context, QString *error)
{
    const QString local = context.host.localPath(m_windowsPath);
    QFile file(local);
    m_existed = QFileInfo(local).isFile();
    QByteArray existing;
    if (m_existed) {
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("cannot read %1: %2").arg(m_windowsPath, file.errorString());
            return false;
        }
        existing = file.readAll();
    }
    QString why;
    m_wanted = m_content(m_existed ? &existing : nullptr, &why);
    if (!why.isEmpty()) {
        *error = m_windowsPath + QStringLiteral(": ") + why;
        return false;
    }
    m_changes = m_wanted ? (!m_existed || existing != *m_wanted) : m_existed;
    return true;
}

QStringList FileStep::changes() const
{
    if (!m_changes)
        return {};
    if (!m_wanted)
        return {tr("remove %1").arg(m_windowsPath)};
    return {m_existed ? tr("replace %1 (%n bytes)", nullptr, int(m_wanted->size())).arg(m_windowsPath)
                      : tr("create %1 (%n bytes)", nullptr, int(m_wanted->size())).arg(m_windowsPath)};
}

bool FileStep::apply(ApplyContext &context, QString *error)
{
    m_touched = true;
    const QString local = context.host.localPath(m_windowsPath);
    if (m_existed) {
        QString why;
        m_backupCopy = context.backup.save(m_windowsPath, &why);
        if (m_backupCopy.isEmpty()) {
            *error = tr("cannot back up %1: %2").arg(m_windowsPath, why);
            return false;
        }
    }
    if (!m_wanted) {
        if (!QFile::remove(local)) {
            *error = tr("cannot remove %1").arg(m_windowsPath);
            return false;
        }
        return true;
    }
    QString why;
    m_createdFolders = FileWriter::makeFolders(QFileInfo(local).absolutePath(), &why);
    if (!why.isEmpty() || !FileWriter::write(local, *m_wanted, &why)) {
        *error = why;
        return false;
    }
    return true;
}

void FileStep::undo(ApplyContext &context)
{
    if (!m_touched)
        return;
    const QString local = context.host.localPath(m_windowsPath);
    QString ignored;
    if (m_existed && !m_backupCopy.isEmpty())
        FileWriter::copy(m_backupCopy, local, &ignored);
    else if (!m_existed)
        QFile::remove(local);
    FileWriter::removeEmptyFolders(m_createdFolders);
}
