#include "DaemonFlags.h"

#include "DaemonSetting.h"

namespace {

QStringList flags(const Answers &a, bool secure, bool listeners)
{
    QStringList argv;
    for (const DaemonSetting &setting : daemonSettings()) {
        if (!setting.values || setting.listener != listeners)
            continue;
        for (const QString &value : setting.values(a, secure)) {
            switch (setting.form) {
            case DaemonSetting::Switch:
                argv << setting.flagName();
                break;
            case DaemonSetting::Separate:
                argv << setting.flagName() << value;
                break;
            case DaemonSetting::Joined:
                argv << QLatin1String(setting.longFlag) + QLatin1Char('=') + value;
                break;
            }
        }
    }
    return argv;
}

} // namespace

QString DaemonFlags::tcpHost(const Answers &a)
{
    const QString address =
        a.tls.address.contains(QLatin1Char(':')) ? QLatin1Char('[') + a.tls.address + QLatin1Char(']') : a.tls.address;
    return address + QLatin1Char(':') + QString::number(a.tls.port);
}

QString DaemonFlags::certFile(const Answers &a, const char *name)
{
    return a.tls.certDir + QLatin1Char('\\') + QLatin1String(name);
}

QStringList DaemonFlags::listeners(const Answers &a, bool secure)
{
    return flags(a, secure, true);
}

QStringList DaemonFlags::options(const Answers &a)
{
    return flags(a, false, false);
}

void DaemonFlags::read(const QStringList &argv, Answers &a)
{
    QHash<const DaemonSetting *, QStringList> found;
    for (int i = 0; i < argv.size(); ++i) {
        const QString &flag = argv.at(i);
        for (const DaemonSetting &setting : daemonSettings()) {
            if (!setting.named(flag))
                continue;
            QStringList &values = found[&setting];
            if (setting.form == DaemonSetting::Switch)
                values << QString();
            else if (flag.contains(QLatin1Char('=')))
                values << flag.section(QLatin1Char('='), 1);
            else
                values << argv.value(++i);
            break;
        }
    }
    for (const DaemonSetting &setting : daemonSettings()) {
        if (setting.read)
            setting.read(found.value(&setting), a);
    }
}
