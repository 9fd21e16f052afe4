#include "ApplyJournal.h"

#include "answers/FieldRules.h"
#include "bundle/BundleBuilder.h"
#include "fetch/BinaryFetch.h"
#include "host/RegistryKey.h"

#include <QJsonDocument>
#include <QJsonObject>

ApplyJournal::Entry ApplyJournal::read(const WindowsHost &host)
{
    Entry entry;
    const RegistryKey key = RegistryKey::readExact(host, registryKey());
    if (!key.has(QStringLiteral("Journal")))
        return entry;
    entry.found = true;
    const QJsonObject json = QJsonDocument::fromJson(key.text(QStringLiteral("Journal")).toUtf8()).object();
    entry.started = QDateTime::fromString(json.value(QStringLiteral("started")).toString(), Qt::ISODate);
    entry.step = json.value(QStringLiteral("step")).toString();
    entry.backup = json.value(QStringLiteral("backup")).toString();
    entry.restart = json.value(QStringLiteral("restart")).toString();
    // A journal from before the work was written down is an apply's.
    const QString work = json.value(QStringLiteral("work")).toString(QStringLiteral("apply"));
    if (work == QLatin1String("upgrade"))
        entry.upgradeTo = json.value(QStringLiteral("target")).toString();
    QStringList problems;
    if ((work == QLatin1String("upgrade") && !FieldRules::dockerVersion(entry.upgradeTo).isEmpty()) ||
        (work != QLatin1String("upgrade") && work != QLatin1String("apply")))
        problems << QStringLiteral("work");
    entry.answers = Answers::fromJson(json.value(QStringLiteral("answers")).toObject(), &problems);
    if (!entry.started.isValid() || !json.value(QStringLiteral("answers")).isObject() || !problems.isEmpty())
        entry.problem = tr("%1\\Journal is not a journal Berth wrote").arg(registryKey());
    return entry;
}

QString ApplyJournal::interruptedMessage(const Entry &entry)
{
    if (!entry.found)
        return {};
    if (!entry.problem.isEmpty())
        return tr("An apply on this host did not end, and its journal cannot be used: %1.").arg(entry.problem);
    const QString when = entry.started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!entry.restart.isEmpty())
        return tr("An apply started on %1 waits for Windows to restart and finish enabling %2; after the restart, "
                  "berth recover finishes it (Berth runs it by itself when it restarted the host).")
            .arg(when, entry.restart);
    if (!entry.upgradeTo.isEmpty())
        return entry.step.isEmpty() ? tr("An upgrade to Docker %1 started on %2 was interrupted before its first "
                                         "step; berth recover finishes it.")
                                          .arg(entry.upgradeTo, when)
                                    : tr("An upgrade to Docker %1 started on %2 was interrupted during \"%3\"; berth "
                                         "recover finishes it (the files it replaced are in %4).")
                                          .arg(entry.upgradeTo, when, entry.step, entry.backup);
    return entry.step.isEmpty()
               ? tr("An apply started on %1 was interrupted before its first step; berth recover finishes it.")
                     .arg(when)
               : tr("An apply started on %1 was interrupted during \"%2\"; berth recover finishes it (the files "
                    "it replaced are in %3).")
                     .arg(when, entry.step, entry.backup);
}

bool ApplyJournal::begin(const Answers &answers, const QString &backupFolder, QString *error)
{
    // A file in the download cache may change before recover runs (another download, another user of the
    // profile): recover takes it only as it is now.
    Answers pinned = answers;
    BinaryFetch::pinLocalFiles(pinned);
    m_entry = QJsonObject{{QStringLiteral("started"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                          {QStringLiteral("backup"), backupFolder},
                          {QStringLiteral("step"), QString()},
                          // what the apply used (downloads as their local files, pinned), less a proxy's password
                          {QStringLiteral("answers"), BundleBuilder::withoutProxyCredentials(pinned).toJson()}};
    if (!m_upgradeTo.isEmpty()) {
        m_entry.insert(QStringLiteral("work"), QStringLiteral("upgrade"));
        m_entry.insert(QStringLiteral("target"), m_upgradeTo);
    }
    if (write(error))
        return true;
    m_entry = QJsonObject();
    return false;
}

bool ApplyJournal::awaitRestart(const Answers &answers, const QString &backupFolder, const QStringList &features,
                                QString *error)
{
    if (!begin(answers, backupFolder, error))
        return false;
    m_entry.insert(QStringLiteral("restart"), features.join(QStringLiteral(", ")));
    return write(error);
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
    const HostCommand add{RegistryKey::regExe(),
                          {QStringLiteral("add"), registryKey(), QStringLiteral("/v"), QStringLiteral("Journal"),
                           QStringLiteral("/t"), QStringLiteral("REG_SZ"), QStringLiteral("/d"),
                           QString::fromUtf8(QJsonDocument(m_entry).toJson(QJsonDocument::Compact)),
                           QStringLiteral("/f")},
                          QString()};
    const WindowsHost::Result result = m_host.run(add);
    if (!result.ok())
        *error = tr("%1 failed: %2").arg(QStringLiteral("reg.exe add ") + registryKey(), result.summary());
    return result.ok();
}

void ApplyJournal::end()
{
    // The value alone: the key holds what else Berth keeps where only administrators write (FolderTakeoverStep,
    // KeptCopyStep).
    m_host.run({RegistryKey::regExe(),
                {QStringLiteral("delete"), registryKey(), QStringLiteral("/v"), QStringLiteral("Journal"),
                 QStringLiteral("/f")},
                QString()});
    m_entry = QJsonObject();
}
