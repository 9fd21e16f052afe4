#include "FileStep.h"

#include "ApplyContext.h"
#include "FileWriter.h"
#include "host/LocalFile.h"
#include "host/SecretFile.h"
#include "render/BatchText.h"
#include "render/ServiceCommands.h"

#include <QDir>

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
    m_missing = FileWriter::missingFolders(QFileInfo(local).absolutePath());
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
    // A level that was not there when Berth looked and is there now, not made by this run, is someone else's.
    for (const QString &folder : std::as_const(m_missing)) {
        if (m_lockFolders && QFileInfo::exists(folder) && !context.madeFolders.contains(folder) &&
            !context.backup.madeFolders().contains(folder)) {
            const qsizetype below = QDir(folder).relativeFilePath(local).count(QLatin1Char('/')) + 1;
            *error = tr("%1 was not there when Berth looked and is now: someone else made it; Berth does not use it")
                         .arg(m_windowsPath.section(QLatin1Char('\\'), 0, int(-1 - below)));
            return false;
        }
    }
    m_createdFolders = FileWriter::makeFolders(QFileInfo(local).absolutePath(), &why, m_lockFolders);
    context.madeFolders << m_createdFolders;
    if (!why.isEmpty() || (m_lockFolders && !lockCreatedFolders(context, &why))) {
        *error = why;
        return false;
    }
    const bool written =
        m_secret ? SecretFile::write(local, *m_wanted, &why, m_access) : FileWriter::write(local, *m_wanted, &why);
    if (!written) {
        *error = why;
        return false;
    }
    return true;
}

bool FileStep::lockCreatedFolders(ApplyContext &context, QString *error)
{
    // The Windows paths of the folders made, outermost first: the file's last ancestors.
    QStringList folders;
    QString folder = m_windowsPath.section(QLatin1Char('\\'), 0, -2);
    for (qsizetype i = 0; i < m_createdFolders.size(); ++i) {
        folders.prepend(folder);
        folder = folder.section(QLatin1Char('\\'), 0, -2);
    }
    for (qsizetype i = 0; i < folders.size(); ++i) {
        const HostCommand lock = ServiceCommands::lockFolder(folders.at(i));
        const WindowsHost::Result result = context.host.run(lock);
        if (!result.ok()) {
            *error = tr("%1 failed: %2").arg(lock.commandLine(), result.summary());
            return false;
        }
        // Made a moment ago and locked now: anything in it came from someone else in between.
        const QStringList planted =
            QDir(m_createdFolders.at(i))
                .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
        const QString next =
            i + 1 < m_createdFolders.size() ? QFileInfo(m_createdFolders.at(i + 1)).fileName() : QString();
        if (!planted.isEmpty() && planted != QStringList{next}) {
            *error = tr("something was put into %1 between Berth making it and locking it: %2")
                         .arg(folders.at(i), planted.join(QStringLiteral(", ")));
            return false;
        }
    }
    return true;
}

void FileStep::undo(ApplyContext &context)
{
    if (!m_touched)
        return;
    const QString local = context.host.localPath(m_windowsPath);
    QString why;
    if (m_existed && m_backupCopy.isEmpty()) {
        // it was never replaced: nothing to put back
    } else if (m_existed && !(m_secret ? SecretFile::write(local, LocalFile::read(m_backupCopy), &why, m_access)
                                       : FileWriter::copy(m_backupCopy, local, &why))) {
        context.undoFailures
            << tr("%1 (%2); its copy is %3").arg(m_windowsPath, why, context.backup.copyOf(m_windowsPath));
    } else if (!m_existed && QFileInfo::exists(local) && !QFile::remove(local)) {
        context.undoFailures << tr("%1 could not be removed again").arg(m_windowsPath);
    }
    FileWriter::removeEmptyFolders(m_createdFolders);
}

// A target that is a folder is refused: move would put the file inside it. By its attributes: Wine's cmd.exe finds
// "FILE\" with if exist.
static QStringList notAFolder()
{
    return {QStringLiteral("set \"attributes=\""),
            QStringLiteral("for %%t in (\"%target%\") do set \"attributes=%%~at\""),
            QStringLiteral("if \"%attributes:~0,1%\"==\"d\" (echo \"%target%\" is a folder. & set bad=1 & exit /b 1)")};
}

std::optional<BatchForm> FileStep::batch(const BatchContext &context) const
{
    if (!m_leftByInstallScript.isEmpty())
        return BatchForm::nothing(m_leftByInstallScript);
    // install.cmd speaks English whatever language Berth runs in: cmd.exe reads it in the OEM code page.
    const QString name = m_windowsPath.section(QLatin1Char('\\'), -1);
    BatchForm form;
    form.heading = QStringLiteral("Place ") + name;
    const QString target = BatchText::setVariable(QStringLiteral("target"), m_windowsPath);
    const QString differs = m_needsRestart ? QStringLiteral("if %differs%==1 (set changed=1& set restart=1)")
                                           : QStringLiteral("if %differs%==1 set changed=1");
    QString unknown;
    if (!contentOnAFreshHost(&unknown) && unknown.isEmpty()) {
        // To be absent, as apply removes it (backed up first).
        form.heading = QStringLiteral("Remove ") + name + QStringLiteral(" if it is there");
        form.compare << target << QStringLiteral("set differs=0")
                     << QStringLiteral("if exist \"%target%\" set differs=1") << differs;
        form.change << target << QStringLiteral("call :remove") << BatchForm::subroutineFailed();
        form.subroutines << QStringLiteral(":remove") << QStringLiteral("if not exist \"%target%\" exit /b 0")
                         << QStringLiteral("call :backup") << QStringLiteral("if %bad%==1 exit /b 1")
                         << QStringLiteral("del /f /q \"%target%\" >nul 2>&1")
                         << QStringLiteral(
                                "if exist \"%target%\" (echo Cannot remove \"%target%\". & set bad=1 & exit /b 1)")
                         << QStringLiteral("echo       removed \"%target%\"") << QStringLiteral("exit /b 0")
                         << QString();
        form.subroutines << backupLines();
        return form;
    }
    const BatchContext::Carried *carried = context.carried(m_windowsPath);
    if (!carried) {
        form.change << QStringLiteral("echo The bundle does not carry %1. & goto :failed")
                           .arg(BatchText::quoted(m_windowsPath));
        return form;
    }
    const QString folder = m_windowsPath.left(m_windowsPath.lastIndexOf(QLatin1Char('\\')));
    if (m_keptWhenThere) {
        form.heading = QStringLiteral("Place ") + name + QStringLiteral(" if it is missing");
        // What is there stays, as apply keeps it: only a missing file is placed.
        form.compare << target << QStringLiteral("set differs=0")
                     << QStringLiteral("if not exist \"%target%\" set differs=1") << differs;
    } else {
        form.compare << target << QStringLiteral("call :differs %1").arg(carried->sha256) << differs;
    }
    // As apply does: each folder it makes is locked before anything goes in (LockedFolders).
    if (m_lockFolders)
        form.change << BatchText::setVariable(QStringLiteral("want"), folder) << QStringLiteral("call :lockedFolder")
                    << BatchForm::subroutineFailed();
    else
        form.change << QStringLiteral("if not exist %1 mkdir %1").arg(BatchText::quoted(folder));
    form.change
        << QStringLiteral("if not exist %1 (echo Cannot make %1. & goto :failed)").arg(BatchText::quoted(folder))
        << BatchText::setVariable(QStringLiteral("source"), carried->source) << target;
    // A secret is copied into the run's locked folder and moved into place, which keeps the locked access list: it
    // is never, not for a moment, readable through the access list of a folder that was there before.
    const QString place = m_secret ? QStringLiteral("placeSecret") : QStringLiteral("place");
    if (m_keptWhenThere)
        form.change << QStringLiteral("if not exist \"%target%\" call :%1 %2").arg(place, carried->sha256);
    else
        form.change << QStringLiteral("call :%1 %2").arg(place, carried->sha256);
    form.change << BatchForm::subroutineFailed();
    form.subroutines << QStringLiteral(":differs") << QStringLiteral("set \"hashed=%target%\"")
                     << QStringLiteral("call :hash") << QStringLiteral("set differs=0")
                     << QStringLiteral("if /i not \"%actual%\"==\"%~1\" set differs=1") << QStringLiteral("exit /b 0")
                     << QString();
    form.subroutines << QStringLiteral(":place") << QStringLiteral("set \"hashed=%target%\"")
                     << QStringLiteral("call :hash") << QStringLiteral("if /i \"%actual%\"==\"%~1\" exit /b 0")
                     << notAFolder() << QStringLiteral("if exist \"%target%\" call :backup")
                     << QStringLiteral("if %bad%==1 exit /b 1")
                     // Beside the target (its folder's access list), checked again, then moved over it.
                     << QStringLiteral("set \"fresh=%target%.berth-new\"") << QStringLiteral("call :fresh %~1")
                     << QStringLiteral("if %bad%==1 exit /b 1") << QStringLiteral("set tries=0")
                     << QStringLiteral(":copyAgain") << QStringLiteral("move /y \"%fresh%\" \"%target%\" >nul 2>&1")
                     << QStringLiteral("if not errorlevel 1 goto :copied")
                     // A program that has just ended may hold its .exe a moment longer: as long as a stop may take.
                     << QStringLiteral("set /a tries+=1")
                     << QStringLiteral("if %tries% geq %1 (del \"%fresh%\" >nul 2>&1 & echo Cannot write \"%target%\": "
                                       "it is still in use %1 seconds after Docker stopped. & set bad=1 & exit /b 1)")
                            .arg(context.answers.service.timeout)
                     << QStringLiteral("%SystemRoot%\\System32\\ping.exe -n 2 127.0.0.1 >nul")
                     << QStringLiteral("goto :copyAgain") << QStringLiteral(":copied")
                     << QStringLiteral("echo       \"%target%\"") << QStringLiteral("exit /b 0") << QString();
    form.subroutines << QStringLiteral(":placeSecret") << QStringLiteral("set \"hashed=%target%\"")
                     << QStringLiteral("call :hash") << QStringLiteral("if /i \"%actual%\"==\"%~1\" exit /b 0")
                     << notAFolder() << QStringLiteral("if exist \"%target%\" call :backup")
                     << QStringLiteral("if %bad%==1 exit /b 1") << QStringLiteral("set \"fresh=%work%\\incoming\"")
                     << QStringLiteral("call :fresh %~1") << QStringLiteral("if %bad%==1 exit /b 1")
                     << QStringLiteral("move /y \"%fresh%\" \"%target%\" >nul 2>&1")
                     << QStringLiteral(
                            "if errorlevel 1 (del \"%fresh%\" >nul 2>&1 & echo Cannot write \"%target%\". & set "
                            "bad=1 & exit /b 1)")
                     << QStringLiteral("echo       \"%target%\"") << QStringLiteral("exit /b 0") << QString();
    // The bundle's folder may be a user's: what is placed is hashed again once copied, after SHA256SUMS was checked.
    form.subroutines << QStringLiteral(":fresh") << QStringLiteral("copy /y \"%source%\" \"%fresh%\" >nul 2>&1")
                     << QStringLiteral("if errorlevel 1 (echo Cannot copy \"%source%\". & set bad=1 & exit /b 1)")
                     << QStringLiteral("set \"hashed=%fresh%\"") << QStringLiteral("call :hash")
                     << QStringLiteral("if /i \"%actual%\"==\"%~1\" exit /b 0")
                     << QStringLiteral("del \"%fresh%\" >nul 2>&1")
                     << QStringLiteral(
                            "echo \"%source%\" changed after SHA256SUMS was checked: nothing was placed from "
                            "it.")
                     << QStringLiteral("set bad=1") << QStringLiteral("exit /b 1") << QString();
    form.subroutines << backupLines();
    return form;
}

// :backup into the run's locked folder (LockedFolders), under the drive's letter and the file's own path as apply's
// backups keep it (C\ProgramData\...): two files of one name are two copies.
QStringList FileStep::backupLines()
{
    return {QStringLiteral(":backup"),
            QStringLiteral("for %%f in (\"%target%\") do set \"drive=%%~df\""),
            QStringLiteral("for %%f in (\"%target%\") do set \"copyTo=%work%\\%drive:~0,1%%%~pnxf\""),
            QStringLiteral("for %%f in (\"%copyTo%\") do if not exist \"%%~dpf\" mkdir \"%%~dpf\""),
            QStringLiteral("copy /y \"%target%\" \"%copyTo%\" >nul"),
            QStringLiteral("if errorlevel 1 (echo Cannot back up \"%target%\". & set bad=1 & exit /b 1)"),
            QStringLiteral("set kept=1"),
            QStringLiteral("exit /b 0"),
            QString()};
}
