#include "FolderTakeoverStep.h"

#include "ApplyContext.h"
#include "ApplyJournal.h"
#include "host/RegistryKey.h"
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

namespace {

// HKLM\SOFTWARE\Berth, value Unchecked: the folders taken over whose contents have not passed the look yet (the
// apply stopped on what was in them). Locked, they read as an administrator's from then on; this is how the next
// apply knows to look inside them again. Only administrators write there.
const QString Key = ApplyJournal::registryKey();
const QString Value = QStringLiteral("Unchecked");

QStringList unchecked(const WindowsHost &host)
{
    return RegistryKey::read(host, Key).text(Value).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

bool setUnchecked(const WindowsHost &host, const QStringList &folders, QString *error)
{
    const HostCommand command =
        folders.isEmpty()
            ? HostCommand{RegistryKey::regExe(),
                          {QStringLiteral("delete"), Key, QStringLiteral("/v"), Value, QStringLiteral("/f")},
                          QString()}
            : HostCommand{RegistryKey::regExe(),
                          {QStringLiteral("add"), Key, QStringLiteral("/v"), Value, QStringLiteral("/t"),
                           QStringLiteral("REG_SZ"), QStringLiteral("/d"), folders.join(QLatin1Char('|')),
                           QStringLiteral("/f")},
                          QString()};
    const WindowsHost::Result result = host.run(command);
    if (!result.ok() && !(folders.isEmpty() && !RegistryKey::read(host, Key).has(Value))) {
        *error = FolderTakeoverStep::tr("%1 failed: %2").arg(command.commandLine(), result.summary());
        return false;
    }
    return true;
}

bool listed(const QStringList &folders, const QString &folder)
{
    return folders.contains(folder, Qt::CaseInsensitive);
}

} // namespace

bool FolderTakeoverStep::prepare(ApplyContext &context, QString *error)
{
    m_open.clear();
    QStringList there;
    for (const QString &folder : std::as_const(m_folders)) {
        const QFileInfo info(context.host.localPath(folder));
        // A link or junction leads elsewhere, and whoever made it may point it elsewhere again after the check.
        if (info.isSymLink() || info.isJunction()) {
            *error = tr("%1 is a link to %2, not a folder: Berth writes nothing through it")
                         .arg(folder, QDir::toNativeSeparators(info.symLinkTarget()));
            return false;
        }
        if (info.isDir())
            there << folder;
    }
    if (there.isEmpty())
        return true; // each is made locked as the files go in
    const QList<FolderSecurity> found = FolderSecurity::read(context.host, there, error);
    if (found.isEmpty())
        return false;
    const QStringList notLookedInto = unchecked(context.host);
    for (qsizetype i = 0; i < there.size(); ++i) {
        if (!found.at(i).problem.isEmpty()) {
            *error = there.at(i) + QStringLiteral(": ") + found.at(i).problem;
            return false;
        }
        if (!found.at(i).trusted())
            m_open.append({there.at(i), found.at(i).why()});
        else if (listed(notLookedInto, there.at(i)))
            m_open.append({there.at(i), tr("an earlier apply took it over and stopped on what was in it")});
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
        // Written down first: until everything in it has passed the look, every apply looks again.
        QStringList marked = unchecked(context.host);
        if (!listed(marked, folder) && !setUnchecked(context.host, marked << folder, error))
            return false;
        for (const HostCommand &command : {ServiceCommands::ownFolder(folder), ServiceCommands::lockFolder(folder)}) {
            const WindowsHost::Result result = context.host.run(command);
            if (!result.ok()) {
                *error = tr("%1 failed: %2").arg(command.commandLine(), result.summary());
                return false;
            }
        }
        // icacls /L worked on the folder itself even if it was swapped for a link since prepare looked; locked, it
        // can no longer be swapped, and one that is a link now is refused.
        const QFileInfo now(context.host.localPath(folder));
        if (now.isSymLink() || now.isJunction()) {
            *error = tr("%1 became a link to %2 while Berth took it over: Berth writes nothing through it")
                         .arg(folder, QDir::toNativeSeparators(now.symLinkTarget()));
            return false;
        }
        // icacls changes the list, it does not start it anew: an entry of its own that someone gave an account
        // stays. The folder counts as taken over only when it reads as an administrator's alone.
        const QList<FolderSecurity> read = FolderSecurity::read(context.host, {folder}, error);
        if (read.isEmpty())
            return false;
        if (!read.first().trusted()) {
            *error = tr("%1 is still not SYSTEM's and Administrators' alone after Berth took it over (%2): an entry "
                        "of its own stays. Remove it (icacls \"%1\" /remove:g *SID), and apply again.")
                         .arg(folder, read.first().why());
            return false;
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
        marked = unchecked(context.host);
        marked.removeIf([&](const QString &other) { return other.compare(folder, Qt::CaseInsensitive) == 0; });
        if (!setUnchecked(context.host, marked, error))
            return false;
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
