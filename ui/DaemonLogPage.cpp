#include "DaemonLogPage.h"

#include "BerthWizard.h"
#include "DaemonLogView.h"
#include "logtail/DaemonLogTail.h"

#include <QDir>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

DaemonLogPage::DaemonLogPage(BerthWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Daemon log"));
    setSubTitle(tr("What the Docker daemon writes, as it writes it."));
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("daemonStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Daemon status"));
    m_status->setToolTip(tr("From sc.exe query and the API's /_ping and /version; checked every 5 seconds."));
    layout->addWidget(m_status);
    m_file = new QLabel(this);
    m_file->setObjectName(QStringLiteral("logFile"));
    layout->addWidget(m_file);
    m_view = new DaemonLogView(this);
    m_view->setObjectName(QStringLiteral("daemonLog"));
    layout->addWidget(m_view, 1);
    m_statusTimer = new QTimer(this);
    m_statusTimer->setInterval(5000);
    connect(m_statusTimer, &QTimer::timeout, this, &DaemonLogPage::checkStatus);
    connect(wizard->tasks(), &HostTasks::statusRead, m_status, &QLabel::setText);
}

DaemonLogPage::~DaemonLogPage() = default;

void DaemonLogPage::initializePage()
{
    const Answers &answers = m_wizard->answers();
    const QString path = m_wizard->host().localPath(answers.service.stdoutPath);
    m_file->setText(answers.service.manager == ServiceManager::Native
                        ? tr("dockerd's own service writes to the Windows event log (Event Viewer, Application, "
                             "source docker), not to %1; this page shows that file if anything writes it.")
                              .arg(answers.service.stdoutPath)
                        : tr("Following %1").arg(answers.service.stdoutPath));
    m_file->setWordWrap(true);
    m_view->clear();
    delete m_tail;
    m_tail = new DaemonLogTail(path, this);
    for (const QString &line : m_tail->lastLines(FirstLines))
        m_view->appendLine(line);
    connect(m_tail, &DaemonLogTail::lineAppended, m_view, &DaemonLogView::appendLine);
    connect(m_tail, &DaemonLogTail::restarted, m_view, &DaemonLogView::appendMarker);
    m_tail->follow();
    m_status->setText(tr("Asking the service and the API ..."));
    checkStatus();
    m_statusTimer->start();
}

void DaemonLogPage::cleanupPage()
{
    m_statusTimer->stop();
    delete m_tail;
    m_tail = nullptr;
}

void DaemonLogPage::checkStatus()
{
    // sc.exe and the probe take a moment; the log keeps flowing meanwhile.
    m_wizard->tasks()->readStatus(m_wizard->answers(), m_wizard->clientFolder());
}
