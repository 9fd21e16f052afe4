#pragma once

#include "Step.h"
#include "host/RegistryKey.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

// One environment variable kept in the registry, the user's (HKCU\Environment) or the machine's
// (Session Manager\Environment), set or removed through reg.exe. The name is matched without regard to
// case, as Windows does (Path and PATH are one variable). Undo puts back the type and data there were.
class EnvironmentStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentStep)

public:
    using Value = std::optional<RegistryKey::Value>; // empty: the variable is not set
    // What the variable should be given what it is now.
    using Content = std::function<Value(const Value &existing)>;

    static QString userKey() { return QStringLiteral("HKCU\\Environment"); }
    static QString machineKey()
    {
        return QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment");
    }

    EnvironmentStep(const QString &key, const QString &name, const Content &content);
    static Content text(const QString &data); // REG_SZ
    static Content absent();
    static Content restored(const Value &value);
    // A search path with folder in it (added at its end, REG_EXPAND_SZ as Windows keeps Path), or
    // without it; the other entries stay as they are, in their order.
    static Content withFolder(const QString &folder);
    static Content withoutFolder(const QString &folder);
    static bool holdsFolder(const QString &searchPath, const QString &folder);

    QString title() const override;
    bool prepare(ApplyContext &context, QString *error) override;
    QStringList changes() const override;
    bool apply(ApplyContext &context, QString *error) override;
    void undo(ApplyContext &context) override;
    bool needsRestart() const override { return false; }

    QString key() const { return m_key; }
    QString name() const { return m_name; }
    // After prepare(): what the variable was before this step.
    Value before() const { return m_before; }
    Value wanted() const { return m_wanted; }
    bool changesSomething() const { return m_wanted != m_before; }

    // Tells the programs that are running (Explorer first) that the environment changed, so that windows
    // opened from now on see it: WM_SETTINGCHANGE "Environment", as setx and the System dialog send it.
    // Only on Windows; under Wine the programs Berth starts read the registry as they start.
    static void announce();

private:
    HostCommand set(const Value &value) const;

    QString m_key;
    QString m_name;
    Content m_content;
    Value m_before;
    Value m_wanted;
    bool m_touched = false;
};
