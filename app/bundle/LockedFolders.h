#pragma once

#include <QStringList>

// install.cmd's folders: each one it makes is made level by level, owned by Administrators and locked to SYSTEM and
// Administrators (by SID) before anything goes in, as apply locks the folders it makes; and the folder of its own
// that each run works in (%work%: the state it hashes, what it replaces) under C:\ProgramData\docker\berth-backup.
namespace LockedFolders {

// :workFolder; :lockedFolder, which makes %want%; :lock, which locks %lockTarget%; and :tidy, which removes %work%
// when nothing was kept in it.
QStringList batch();

} // namespace LockedFolders
