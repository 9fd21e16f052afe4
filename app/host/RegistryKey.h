#pragma once

#include "WindowsHost.h"

#include <QMap>
#include <QString>
#include <QStringList>

// One registry key as `reg.exe query KEY` shows it: its values (name to type and data) and the
// names of its subkeys, read through reg.exe, never a registry API.
//
// read() takes reg query's text, which reg.exe writes in the console's code page: a value with a
// letter that page lacks comes back changed (— becomes -, and on Wine ü a stray byte). readExact()
// takes `reg export`'s file instead, UTF-16 and lossless, but exported with every subkey: for the
// small keys Berth writes and compares (a service and its Parameters), not for large ones.
class RegistryKey
{
public:
    struct Value
    {
        QString type; // REG_SZ, REG_EXPAND_SZ, REG_DWORD, REG_MULTI_SZ, ...
        QString data; // as reg.exe prints it: 0x2 for a DWORD, \0 between REG_MULTI_SZ strings
        bool operator==(const Value &) const = default;
    };

    static RegistryKey read(const WindowsHost &host, const QString &path);
    static RegistryKey readExact(const WindowsHost &host, const QString &path);
    static RegistryKey parse(const QString &path, const QString &regQueryOutput);
    // A .reg file as `reg export` writes it (Windows Registry Editor Version 5.00), decoded; the
    // values are given as reg query prints them.
    static RegistryKey parseExport(const QString &path, const QString &regFile);
    static QString regExe() { return QStringLiteral("C:\\Windows\\System32\\reg.exe"); }

    QString path() const { return m_path; }
    bool exists() const { return m_exists; }
    QMap<QString, Value> values() const { return m_values; }
    QStringList subkeys() const { return m_subkeys; }
    QString text(const QString &name) const { return m_values.value(name).data; }
    bool has(const QString &name) const { return m_values.contains(name); }
    // A DWORD's number (reg.exe prints 0x2), or fallback when missing.
    int number(const QString &name, int fallback = -1) const;
    // REG_MULTI_SZ as a list.
    QStringList list(const QString &name) const;

private:
    QString m_path;
    bool m_exists = false;
    QMap<QString, Value> m_values;
    QStringList m_subkeys;
};
