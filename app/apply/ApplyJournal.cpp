#include "ApplyJournal.h"

#include "bundle/BundleBuilder.h"
#include "host/SecretFile.h"
#include "render/ServiceCommands.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

ApplyJournal::Entry ApplyJournal::read(const WindowsHost &host)
{
    Entry entry;
    QFile file(host.localPath(windowsPath()));
    if (!file.exists())
        return entry;
    entry.found = true;
    if (!file.open(QIODevice::ReadOnly)) {
        entry.problem = tr("cannot read %1: %2").arg(windowsPath(), file.errorString());
        return entry;
    }
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    entry.started = QDateTime::fromString(json.value(QStringLiteral("started")).toString(), Qt::ISODate);
    entry.step = json.value(QStringLiteral("step")).toString();
    entry.backup = json.value(QStringLiteral("backup")).toString();
    QStringList problems;
    entry.answers = Answers::fromJson(json.value(QStringLiteral("answers")).toObject(), &problems);
    if (!entry.started.isValid() || !json.value(QStringLiteral("answers")).isObject() || !problems.isEmpty())
        entry.problem = tr("%1 is not a journal Berth wrote").arg(windowsPath());
    return entry;
}

QString ApplyJournal::interruptedMessage(const WindowsHost &host)
{
    const Entry entry = read(host);
    if (!entry.found)
        return {};
    if (!entry.problem.isEmpty())
        return tr("An apply on this host did not end, and its journal cannot be used: %1.").arg(entry.problem);
    const QString when = entry.started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return entry.step.isEmpty()
               ? tr("An apply started on %1 was interrupted before its first step; berth recover finishes it.")
                     .arg(when)
               : tr("An apply started on %1 was interrupted during \"%2\"; berth recover finishes it (the files "
                    "it replaced are in %3).")
                     .arg(when, entry.step, entry.backup);
}

bool ApplyJournal::begin(const Answers &answers, const QString &backupFolder, QString *error)
{
    const QString folderPath = windowsPath().section(QLatin1Char('\\'), 0, -2);
    const QString folder = m_host.localPath(folderPath);
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder)) {
            *error = tr("cannot make %1").arg(folderPath);
            return false;
        }
        const HostCommand lock = ServiceCommands::lockFolder(folderPath);
        const WindowsHost::Result result = m_host.run(lock);
        if (!result.ok() ||
            !QDir(folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
            *error = result.ok() ? tr("something was put into %1 between Berth making it and locking it: %2")
                                       .arg(folderPath, QDir(folder)
                                                            .entryList(QDir::AllEntries | QDir::NoDotAndDotDot |
                                                                       QDir::Hidden | QDir::System)
                                                            .join(QStringLiteral(", ")))
                                 : tr("%1 failed: %2").arg(lock.commandLine(), result.summary());
            end();
            return false;
        }
    }
    m_entry = QJsonObject{{QStringLiteral("started"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                          {QStringLiteral("backup"), backupFolder},
                          {QStringLiteral("step"), QString()},
                          // what the apply used (downloads as their local files), less a proxy's password
                          {QStringLiteral("answers"), BundleBuilder::forTheBundle(answers).toJson()}};
    if (write(error))
        return true;
    end();
    return false;
}

void ApplyJournal::stepStarted(const QString &title)
{
    if (m_entry.isEmpty())
        return;
    m_entry.insert(QStringLiteral("step"), title);
    QString ignored;
    write(&ignored); // the journal from before this step still says an apply did not end
}

bool ApplyJournal::write(QString *error)
{
    return SecretFile::write(m_host.localPath(windowsPath()), QJsonDocument(m_entry).toJson(), error,
                             SecretFile::SystemAndAdministrators);
}

void ApplyJournal::end()
{
    const QString file = m_host.localPath(windowsPath());
    QFile::remove(file);
    const QString folder = QFileInfo(file).absolutePath();
    if (QDir(folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        QDir().rmdir(folder);
    m_entry = QJsonObject();
}
