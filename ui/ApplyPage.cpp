#include "ApplyPage.h"

#include "BerthWizard.h"
#include "fetch/Downloader.h"

#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

ApplyPage::ApplyPage(BerthWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Apply"));
    setCommitPage(true);
    auto *layout = new QVBoxLayout(this);
    m_steps = new QListWidget(this);
    m_steps->setObjectName(QStringLiteral("steps"));
    m_steps->setAccessibleName(tr("Steps"));
    m_steps->setToolTip(tr("Each step with its state. A failed step undoes every step before it."));
    layout->addWidget(m_steps, 2);
    m_progressText = new QLabel(this);
    m_progressText->setObjectName(QStringLiteral("downloadProgress"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("downloadBar"));
    m_progress->setAccessibleName(tr("Download progress"));
    m_progress->hide();
    layout->addWidget(m_progressText);
    layout->addWidget(m_progress);
    m_messages = new QPlainTextEdit(this);
    m_messages->setObjectName(QStringLiteral("applyMessages"));
    m_messages->setReadOnly(true);
    m_messages->setAccessibleName(tr("Messages"));
    m_messages->setMaximumBlockCount(2000);
    layout->addWidget(m_messages, 1);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("applyResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setAccessibleName(tr("Result"));
    layout->addWidget(m_result);
    m_cancel = new QPushButton(tr("&Stop and undo"), this);
    m_cancel->setObjectName(QStringLiteral("cancelApply"));
    m_cancel->setToolTip(tr("Stops the download or the next step and puts back everything changed so far."));
    layout->addWidget(m_cancel, 0, Qt::AlignRight);
    connect(m_cancel, &QPushButton::clicked, this, &ApplyPage::cancel);
    connect(wizard, &BerthWizard::cancelRequested, this, &ApplyPage::cancel);
}

ApplyPage::~ApplyPage() = default;

void ApplyPage::initializePage()
{
    const BerthWizard::Mode mode = m_wizard->mode();
    setTitle(mode == BerthWizard::Remove    ? tr("Removing Docker")
             : mode == BerthWizard::Bundle  ? tr("Making the bundle")
             : mode == BerthWizard::Upgrade ? tr("Updating Docker")
             : mode == BerthWizard::Client  ? tr("Setting up this computer")
                                            : tr("Applying"));
    setButtonText(QWizard::CommitButton, tr("&Next"));
    m_steps->clear();
    m_messages->clear();
    m_result->clear();
    m_progress->hide();
    m_progressText->clear();
    m_done = false;
    start();
}

void ApplyPage::start()
{
    HostTasks *tasks = m_wizard->tasks();
    m_job = tasks->newJob();
    connect(m_job, &ApplyJob::said, this, [this](const QString &line) { say(line, false); });
    connect(m_job, &ApplyJob::complained, this, [this](const QString &line) { say(line, true); });
    connect(m_job, &ApplyJob::stepStarted, this, &ApplyPage::stepStarted);
    connect(m_job, &ApplyJob::stepFinished, this, &ApplyPage::stepFinished);
    connect(m_job, &ApplyJob::downloadProgress, this, &ApplyPage::progress);
    connect(m_job, &ApplyJob::downloadPinned, this, &ApplyPage::pinned);
    connect(m_job, &ApplyJob::finished, this, &ApplyPage::finished);
    ApplyJob::Options options;
    options.clientOut = m_wizard->clientFolder();
    options.dockerContext = m_wizard->dockerContext;
    options.keepData = m_wizard->keepData;
    options.keepCerts = m_wizard->keepCerts;
    m_cancel->setEnabled(true);
    m_wizard->setRunning(true);
    switch (m_wizard->mode()) {
    case BerthWizard::Remove:
        tasks->uninstall(m_job, m_wizard->inspected().answers.service.name, options);
        break;
    case BerthWizard::Bundle:
        tasks->bundle(m_job, m_wizard->answers(), m_wizard->bundleFile, options);
        break;
    case BerthWizard::Client:
        tasks->setUpClient(m_job, m_wizard->clientAnswers(), m_wizard->clientOptions());
        break;
    case BerthWizard::Upgrade:
        options.certDir = m_wizard->clientFolder();
        tasks->upgrade(m_job, m_wizard->answers(), m_wizard->upgradeTo, options);
        break;
    default:
        tasks->apply(m_job, m_wizard->answers(), options);
        break;
    }
}

void ApplyPage::cancel()
{
    if (!m_job || m_done)
        return;
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_result->setText(tr("Stopping; what was changed is being put back ..."));
}

void ApplyPage::say(const QString &line, bool problem)
{
    m_messages->appendPlainText(problem ? tr("Error: %1").arg(line) : line);
}

void ApplyPage::stepStarted(int index, int count, const QString &title)
{
    while (m_steps->count() <= index)
        m_steps->addItem(QString());
    m_steps->item(index)->setText(tr("[%1/%2] %3: running ...").arg(index + 1).arg(count).arg(title));
    m_steps->item(index)->setData(Qt::UserRole, title);
    m_steps->scrollToItem(m_steps->item(index));
}

void ApplyPage::stepFinished(int index, bool ok, const QString &message)
{
    QListWidgetItem *item = m_steps->item(index);
    if (!item)
        return;
    const QString title = item->data(Qt::UserRole).toString();
    item->setText(ok ? tr("%1: done").arg(title) : tr("%1: failed: %2").arg(title, message));
    item->setForeground(ok ? palette().text() : QBrush(QColor(0xb0, 0x00, 0x20)));
}

void ApplyPage::pinned(const QString &sha256)
{
    m_wizard->answers().binaries.sha256 = sha256;
    m_wizard->rememberAnswers();
    say(tr("Remembered the zip's SHA-256 as its pin: %1").arg(sha256), false);
}

void ApplyPage::progress(const QString &url, qint64 done, qint64 total, double rate)
{
    m_progress->show();
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(done * 1000 / total));
    } else {
        m_progress->setRange(0, 0);
    }
    m_progressText->setText(tr("Downloading %1: %2").arg(url, Downloader::describeProgress(done, total, rate)));
}

void ApplyPage::finished(ApplyJob::Outcome outcome, const QString &error)
{
    m_outcome = outcome;
    m_done = true;
    m_job = nullptr; // the tasks delete it
    m_wizard->setRunning(false);
    m_cancel->setEnabled(false);
    m_progress->hide();
    QString text;
    switch (outcome) {
    case ApplyJob::Applied:
        text = m_wizard->mode() == BerthWizard::Upgrade
                   ? tr("Docker %1 runs. The next page shows the daemon's log.").arg(m_wizard->upgradeTo)
               : m_wizard->mode() == BerthWizard::Client
                   ? tr("This computer is set up. In a command window opened from now on, docker reaches the host; "
                        "berth client --remove undoes the set-up.")
                   : tr("Applied. The next page shows the daemon's log.");
        break;
    case ApplyJob::NothingToChange:
        text = m_wizard->mode() == BerthWizard::Client ? tr("Nothing changed: this computer is already set up.")
                                                       : tr("Nothing changed: the host is already as the answers say.");
        break;
    case ApplyJob::Removed:
        text = tr("Docker was removed.");
        break;
    case ApplyJob::NothingToRemove:
        text = tr("No Docker is installed here: nothing was removed.");
        break;
    case ApplyJob::Bundled:
        text = tr("The bundle is ready: %1. Its README.txt says how to copy it to the host and run install.cmd there.")
                   .arg(QDir::toNativeSeparators(m_wizard->bundleFile));
        break;
    case ApplyJob::Cancelled:
        text = tr("Stopped. %1").arg(error);
        break;
    case ApplyJob::RestartNeeded:
        text = tr("Docker is set up and starts once Windows has restarted (a feature it needs was enabled). After "
                  "the restart, start Berth again: it finishes the apply.");
        break;
    default:
        text = error.isEmpty() ? tr("Failed; see the messages above.") : error;
        break;
    }
    m_result->setText(text);
    const bool good = outcome == ApplyJob::Applied || outcome == ApplyJob::NothingToChange ||
                      outcome == ApplyJob::Removed || outcome == ApplyJob::NothingToRemove ||
                      outcome == ApplyJob::DryRun || outcome == ApplyJob::RestartNeeded;
    m_result->setStyleSheet(good ? QString() : QStringLiteral("color: #b00020"));
    emit completeChanged();
}

bool ApplyPage::isComplete() const
{
    return m_done;
}

int ApplyPage::nextId() const
{
    const BerthWizard::Mode mode = m_wizard->mode();
    if (mode == BerthWizard::Remove || mode == BerthWizard::Bundle || mode == BerthWizard::Client)
        return -1; // no daemon here to show the log of
    // Also after a failure: the daemon's last words in its log often say why.
    return BerthWizard::Page_DaemonLog;
}
