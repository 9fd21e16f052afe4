#include "FolderTakeoverStep.h"

#include "ApplyContext.h"
#include "render/ServiceCommands.h"

#include <QDir>
#include <QFileInfo>

QStringList FolderTakeoverStep::foldersFor(const Answers &a)
{
    const auto folderOf = [](const QString &path) { return path.section(QLatin1Char('\\'), 0, -2); };
    QStringList folders{folderOf(a.scriptPath()), folderOf(a.daemonJsonPath())};
    if (a.binaries.source != Source::Keep)
        folders << a.binaries.installDir;
    if (a.tls.enabled)
        folders << a.tls.certDir;
    if (!a.runtime.dataRoot.isEmpty())
        folders << a.runtime.dataRoot;
    for (QString &folder : folders) {
        while (folder.size() > 3 && folder.endsWith(QLatin1Char('\\')))
            folder.chop(1);
    }
    // Once each (Windows paths know no case), an outer folder before what is in it.
    QStringList unique;
    for (const QString &folder : std::as_const(folders)) {
        const bool seen = std::any_of(unique.cbegin(), unique.cend(), [&](const QString &other) {
            return other.compare(folder, Qt::CaseInsensitive) == 0;
        });
        if (!seen && !folder.isEmpty())
            unique << folder;
    }
    std::stable_sort(unique.begin(), unique.end(), [](const QString &a, const QString &b) {
        return a.count(QLatin1Char('\\')) < b.count(QLatin1Char('\\'));
    });
    return unique;
}

bool FolderTakeoverStep::prepare(ApplyContext &context, QString *error)
{
    m_open.clear();
    QStringList there;
    for (const QString &folder : std::as_const(m_folders)) {
        if (QFileInfo(context.host.localPath(folder)).isDir())
            there << folder;
    }
    if (there.isEmpty())
        return true; // each is made locked as the files go in
    const QList<FolderSecurity> found = FolderSecurity::read(context.host, there, error);
    if (found.isEmpty())
        return false;
    for (qsizetype i = 0; i < there.size(); ++i) {
        if (!found.at(i).problem.isEmpty()) {
            *error = there.at(i) + QStringLiteral(": ") + found.at(i).problem;
            return false;
        }
        if (!found.at(i).trusted())
            m_open.append({there.at(i), found.at(i).why()});
    }
    return true;
}

QStringList FolderTakeoverStep::changes() const
{
    QStringList lines;
    for (const auto &[folder, why] : m_open)
        lines << tr("take over %1 (%2): owner Administrators, only SYSTEM and Administrators may use it")
                     .arg(folder, why);
    return lines;
}

bool FolderTakeoverStep::apply(ApplyContext &context, QString *error)
{
    for (const auto &[folder, why] : std::as_const(m_open)) {
        for (const HostCommand &command : {ServiceCommands::ownFolder(folder), ServiceCommands::lockFolder(folder)}) {
            const WindowsHost::Result result = context.host.run(command);
            if (!result.ok()) {
                *error = tr("%1 failed: %2").arg(command.commandLine(), result.summary());
                return false;
            }
        }
        const QStringList strangers = strangersIn(context, folder, error);
        if (!error->isEmpty())
            return false;
        if (!strangers.isEmpty()) {
            *error = tr("%1 (%2) holds what someone other than an administrator put there: %3. Berth locked the "
                        "folder to SYSTEM and Administrators and placed nothing in it; look at those, remove them, "
                        "and apply again.")
                         .arg(folder, why, strangers.join(QStringLiteral(", ")));
            return false;
        }
    }
    return true;
}

QStringList FolderTakeoverStep::strangersIn(ApplyContext &context, const QString &folder, QString *error) const
{
    // Level by level; a link or junction is looked at itself, never followed (it may lead anywhere on the host).
    QStringList paths;
    QStringList pending{folder};
    while (!pending.isEmpty()) {
        const QString at = pending.takeFirst();
        const QFileInfoList entries =
            QDir(context.host.localPath(at))
                .entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
        for (const QFileInfo &entry : entries) {
            const QString path = at + QLatin1Char('\\') + entry.fileName();
            paths << path;
            if (entry.isDir() && !entry.isSymLink() && !entry.isJunction())
                pending << path;
        }
    }
    if (paths.isEmpty())
        return {};
    const QList<FolderSecurity> found = FolderSecurity::read(context.host, paths, error);
    if (found.isEmpty())
        return {};
    QStringList strangers;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        if (!found.at(i).problem.isEmpty() || !FolderSecurity::putThereByAdministrators(found.at(i).owner))
            strangers << tr("%1 (owner %2)")
                             .arg(paths.at(i), found.at(i).problem.isEmpty() ? found.at(i).owner : found.at(i).problem);
    }
    if (strangers.size() > 10)
        strangers = strangers.mid(0, 10) << tr("and %n more", nullptr, int(strangers.size() - 10));
    return strangers;
}

std::optional<BatchForm> FolderTakeoverStep::batch(const BatchContext &) const
{
    return BatchForm::nothing(QStringLiteral(
        "The folders install.cmd makes are locked as they are made (:lockedFolder); one that was there before is "
        "used as it is."));
}
