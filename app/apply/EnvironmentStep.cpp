#include "EnvironmentStep.h"

#include "ApplyContext.h"

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace {

QString entryOf(QString entry)
{
    entry = entry.trimmed();
    if (entry.size() >= 2 && entry.startsWith(QLatin1Char('"')) && entry.endsWith(QLatin1Char('"')))
        entry = entry.mid(1, entry.size() - 2);
    while (entry.size() > 3 && entry.endsWith(QLatin1Char('\\')))
        entry.chop(1);
    return entry;
}

bool sameFolder(const QString &entry, const QString &folder)
{
    return entryOf(entry).compare(entryOf(folder), Qt::CaseInsensitive) == 0;
}

QString shown(const EnvironmentStep::Value &value)
{
    return value ? value->data : EnvironmentStep::tr("(not set)");
}

} // namespace

EnvironmentStep::EnvironmentStep(const QString &key, const QString &name, const Content &content)
    : m_key(key), m_name(name), m_content(content)
{
}

EnvironmentStep::Content EnvironmentStep::text(const QString &data)
{
    return [data](const Value &) { return Value(RegistryKey::Value{QStringLiteral("REG_SZ"), data}); };
}

EnvironmentStep::Content EnvironmentStep::absent()
{
    return [](const Value &) { return Value(); };
}

EnvironmentStep::Content EnvironmentStep::restored(const Value &value)
{
    return [value](const Value &) { return value; };
}

bool EnvironmentStep::holdsFolder(const QString &searchPath, const QString &folder)
{
    const QStringList entries = searchPath.split(QLatin1Char(';'));
    return std::any_of(entries.begin(), entries.end(), [&](const QString &e) { return sameFolder(e, folder); });
}

EnvironmentStep::Content EnvironmentStep::withFolder(const QString &folder)
{
    return [folder](const Value &existing) -> Value {
        if (!existing)
            return RegistryKey::Value{QStringLiteral("REG_EXPAND_SZ"), folder};
        if (holdsFolder(existing->data, folder))
            return existing;
        // Always after a separator of its own, so that taking it out again gives back the value as it was.
        return RegistryKey::Value{existing->type, existing->data + QLatin1Char(';') + folder};
    };
}

EnvironmentStep::Content EnvironmentStep::withoutFolder(const QString &folder)
{
    return [folder](const Value &existing) -> Value {
        if (!existing || !holdsFolder(existing->data, folder))
            return existing;
        QStringList entries = existing->data.split(QLatin1Char(';'));
        const bool onlyThis = entries.size() == 1;
        entries.removeIf([&](const QString &e) { return sameFolder(e, folder); });
        if (onlyThis)
            return Value(); // a Path that held the folder alone was Berth's
        return RegistryKey::Value{existing->type, entries.join(QLatin1Char(';'))};
    };
}

QString EnvironmentStep::title() const
{
    return m_key.startsWith(QLatin1String("HKCU")) ? tr("Set %1 for this user").arg(m_name)
                                                   : tr("Set %1 for all users").arg(m_name);
}

bool EnvironmentStep::prepare(ApplyContext &context, QString *)
{
    const RegistryKey key = RegistryKey::readExact(context.host, m_key);
    m_before.reset();
    const QMap<QString, RegistryKey::Value> values = key.values();
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (it.key().compare(m_name, Qt::CaseInsensitive) == 0) {
            m_name = it.key(); // the spelling the registry has
            m_before = it.value();
        }
    }
    m_wanted = m_content(m_before);
    return true;
}

QStringList EnvironmentStep::changes() const
{
    if (!changesSomething())
        return {};
    if (!m_wanted)
        return {tr("remove %1 from %2 (it is %3)").arg(m_name, m_key, shown(m_before))};
    return {tr("%1 in %2: %3 becomes %4").arg(m_name, m_key, shown(m_before), shown(m_wanted))};
}

HostCommand EnvironmentStep::set(const Value &value) const
{
    if (!value)
        return {RegistryKey::regExe(),
                {QStringLiteral("delete"), m_key, QStringLiteral("/v"), m_name, QStringLiteral("/f")},
                tr("Remove %1").arg(m_name)};
    return {RegistryKey::regExe(),
            {QStringLiteral("add"), m_key, QStringLiteral("/v"), m_name, QStringLiteral("/t"), value->type,
             QStringLiteral("/d"), value->data, QStringLiteral("/f")},
            tr("Set %1").arg(m_name)};
}

bool EnvironmentStep::apply(ApplyContext &context, QString *error)
{
    const HostCommand command = set(m_wanted);
    const WindowsHost::Result result = context.host.run(command);
    m_touched = result.ok(); // reg.exe changes the value whole or not at all
    if (!result.ok())
        *error = tr("%1 failed: %2").arg(command.commandLine(), result.summary());
    return result.ok();
}

void EnvironmentStep::undo(ApplyContext &context)
{
    if (!m_touched)
        return;
    const HostCommand command = set(m_before);
    const WindowsHost::Result result = context.host.run(command);
    if (!result.ok())
        context.undoFailures << tr("%1 in %2, which was %3 (%4)").arg(m_name, m_key, shown(m_before), result.summary());
}

void EnvironmentStep::announce()
{
#ifdef Q_OS_WIN
    DWORD_PTR answer = 0;
    SendMessageTimeoutW(HWND_BROADCAST, WM_SETTINGCHANGE, 0, reinterpret_cast<LPARAM>(L"Environment"), SMTO_ABORTIFHUNG,
                        5000, &answer);
#endif
}
