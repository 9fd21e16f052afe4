#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Atomic file writes (QSaveFile) and the folders they need, remembered so they can be removed.
class FileWriter
{
    Q_DECLARE_TR_FUNCTIONS(FileWriter)

public:
    static bool write(const QString &localPath, const QByteArray &bytes, QString *error);
    static bool copy(const QString &from, const QString &to, QString *error);
    // The levels of localFolder that are not there, outermost first.
    static QStringList missingFolders(const QString &localFolder);
    // Makes localFolder and its missing parents; returns those it made, outermost first. Locked: on Windows each
    // level is made with its access list (SYSTEM and Administrators only, nothing inherited) from the first moment,
    // never locked afterwards, and one level at a time: a level someone else makes in between is refused, not used.
    static QStringList makeFolders(const QString &localFolder, QString *error, bool locked = false);
    // Removes the folders (innermost first) that are empty.
    static void removeEmptyFolders(const QStringList &folders);
};
