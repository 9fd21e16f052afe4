#include "ServiceControl.h"

#include "LocalFile.h"
#include "render/ServiceCommands.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QThread>

ServiceControl::ServiceControl(const WindowsHost &host, const QString &name, const QString &dockerdWindowsPath)
    : m_host(host), m_name(name), m_dockerd(dockerdWindowsPath)
{
}

ServiceControl::State ServiceControl::state() const
{
    const WindowsHost::Result result =
        m_host.run({ServiceCommands::scExe(), {QStringLiteral("query"), m_name}, QString()}, 60000);
    if (!result.started)
        return Unknown;
    return parseQuery(result.out, result.exitCode);
}

ServiceControl::State ServiceControl::parseQuery(const QString &output, int exitCode)
{
    // "STATE : 4  RUNNING" is "STATUS : 4  RUNNING" on a German Windows: the label is translated, the
    // number and the constant after it are not.
    static const QRegularExpression stateLine(QStringLiteral(
        ":\\s*(\\d+)\\s+(?:STOPPED|START_PENDING|STOP_PENDING|RUNNING|CONTINUE_PENDING|PAUSE_PENDING|PAUSED)\\b"));
    const QRegularExpressionMatch match = stateLine.match(output);
    if (!match.hasMatch())
        return exitCode == 1060 || exitCode != 0 ? Missing : Unknown;
    switch (match.captured(1).toInt()) {
    case 1:
        return Stopped;
    case 2:
        return StartPending;
    case 3:
        return StopPending;
    case 4:
        return Running;
    case 5:
        return ContinuePending;
    case 6:
        return PausePending;
    case 7:
        return Paused;
    }
    return Unknown;
}

QString ServiceControl::stateName(State state)
{
    switch (state) {
    case Missing:
        return tr("not installed");
    case Stopped:
        return tr("stopped");
    case StartPending:
        return tr("starting");
    case StopPending:
        return tr("stopping");
    case Running:
        return tr("running");
    case Paused:
    case PausePending:
    case ContinuePending:
        return tr("paused");
    case Unknown:
        break;
    }
    return tr("unknown");
}

bool ServiceControl::waitFor(State wanted, int timeoutMs, State *last) const
{
    QElapsedTimer timer;
    timer.start();
    do {
        *last = state();
        if (*last == wanted)
            return true;
        if (wanted == Running && (*last == Stopped || *last == Missing) && timer.elapsed() > 3000)
            return false; // it started and ended again
        QThread::msleep(250);
    } while (timer.elapsed() < timeoutMs);
    return false;
}

bool ServiceControl::start(QString *error, int timeoutMs) const
{
    const WindowsHost::Result result =
        m_host.run({ServiceCommands::scExe(), {QStringLiteral("start"), m_name}, QString()}, timeoutMs);
    State last = Unknown;
    if (result.started && waitFor(Running, timeoutMs, &last)) {
        // A daemon that fails at start-up ends within moments; NSSM then restarts or pauses it.
        QElapsedTimer settling;
        settling.start();
        while (settling.elapsed() < SettleMs && last == Running) {
            QThread::msleep(500);
            last = state();
        }
        if (last == Running)
            return true;
        *error = tr("service %1 started but did not keep running: it is %2").arg(m_name, stateName(last));
        return false;
    }
    *error = tr("service %1 did not reach running: it is %2 (sc.exe start: %3)")
                 .arg(m_name, stateName(last), result.summary());
    return false;
}

bool ServiceControl::stop(QString *error, int timeoutMs) const
{
    const State before = state();
    if (before == Stopped || before == Missing)
        return true;
    const WindowsHost::Result result =
        m_host.run({ServiceCommands::scExe(), {QStringLiteral("stop"), m_name}, QString()}, timeoutMs);
    State last = Unknown;
    QElapsedTimer timer;
    timer.start();
    if (!result.started || !waitFor(Stopped, timeoutMs, &last)) {
        *error =
            tr("service %1 did not stop: it is %2 (sc.exe stop: %3)").arg(m_name, stateName(last), result.summary());
        return false;
    }
    while (!m_dockerd.isEmpty() && !LocalFile::isReplaceable(m_host.localPath(m_dockerd))) {
        if (timer.elapsed() > timeoutMs) {
            *error = tr("%1 is still in use %2 seconds after service %3 stopped")
                         .arg(m_dockerd)
                         .arg(timeoutMs / 1000)
                         .arg(m_name);
            return false;
        }
        QThread::msleep(250);
    }
    return true;
}
