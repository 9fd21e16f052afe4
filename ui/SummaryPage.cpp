#include "SummaryPage.h"

#include "BerthWizard.h"
#include "answers/AnswersValidator.h"
#include "apply/PlanPreview.h"

#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

SummaryPage::SummaryPage(BerthWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Summary"));
    setCommitPage(true);
    auto *layout = new QVBoxLayout(this);
    m_plan = new QPlainTextEdit(this);
    m_plan->setObjectName(QStringLiteral("plan"));
    m_plan->setReadOnly(true);
    m_plan->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_plan->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_plan->setAccessibleName(tr("What Berth will do"));
    m_plan->setToolTip(tr("Every file Berth writes, with what changes in it, and every command it runs."));
    layout->addWidget(m_plan, 1);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("summaryProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020"));
    layout->addWidget(m_problems);
    m_bundleRow = new QWidget(this);
    auto *bundleLine = new QHBoxLayout(m_bundleRow);
    bundleLine->setContentsMargins(0, 0, 0, 0);
    auto *bundleCaption = new QLabel(tr("B&undle file:"), m_bundleRow);
    m_bundleFile = new QLineEdit(m_bundleRow);
    m_bundleFile->setObjectName(QStringLiteral("bundleFile"));
    m_bundleFile->setAccessibleName(tr("Bundle file"));
    m_bundleFile->setToolTip(tr("The zip to copy to the other host. The client's files go to a second zip beside "
                                "it, never into this one."));
    bundleCaption->setBuddy(m_bundleFile);
    auto *bundleBrowse = new QPushButton(tr("Bro&wse..."), m_bundleRow);
    bundleBrowse->setObjectName(QStringLiteral("browseBundle"));
    bundleLine->addWidget(bundleCaption);
    bundleLine->addWidget(m_bundleFile, 1);
    bundleLine->addWidget(bundleBrowse);
    layout->addWidget(m_bundleRow);
    connect(m_bundleFile, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_wizard->bundleFile = text.trimmed();
        emit completeChanged();
    });
    connect(bundleBrowse, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getSaveFileName(this, tr("Bundle"), m_bundleFile->text(), tr("Zip files (*.zip)"));
        if (!file.isEmpty())
            m_bundleFile->setText(file);
    });
    auto *row = new QHBoxLayout;
    auto *caption = new QLabel(tr("Answer &file:"), this);
    m_answersFile = new QLineEdit(this);
    m_answersFile->setObjectName(QStringLiteral("answersFile"));
    m_answersFile->setAccessibleName(tr("Answer file"));
    m_answersFile->setToolTip(tr("Save these answers to run the same apply unattended: berth apply --answers FILE, "
                                 "or to open the wizard with them: berth --answers FILE."));
    caption->setBuddy(m_answersFile);
    auto *browse = new QPushButton(tr("&Browse..."), this);
    browse->setObjectName(QStringLiteral("browseAnswers"));
    auto *save = new QPushButton(tr("&Save answers"), this);
    save->setObjectName(QStringLiteral("saveAnswers"));
    save->setToolTip(m_answersFile->toolTip());
    row->addWidget(caption);
    row->addWidget(m_answersFile, 1);
    row->addWidget(browse);
    row->addWidget(save);
    layout->addLayout(row);
    m_saved = new QLabel(this);
    m_saved->setObjectName(QStringLiteral("savedAnswers"));
    m_saved->setWordWrap(true);
    layout->addWidget(m_saved);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getSaveFileName(this, tr("Save answers"), m_answersFile->text(), tr("Answer files (*.json)"));
        if (!file.isEmpty())
            m_answersFile->setText(file);
    });
    connect(save, &QPushButton::clicked, this, &SummaryPage::save);
    connect(wizard->tasks(), &HostTasks::changesPreviewed, this, &SummaryPage::changesPreviewed);
    // Return in the file name saves, rather than starting the apply.
    m_answersFile->installEventFilter(this);
}

void SummaryPage::initializePage()
{
    const bool bundle = m_wizard->mode() == BerthWizard::Bundle;
    const bool upgrade = m_wizard->mode() == BerthWizard::Upgrade;
    const bool client = m_wizard->mode() == BerthWizard::Client;
    setSubTitle(bundle    ? tr("What the bundle will do on the other host. Nothing has changed yet.")
                : upgrade ? tr("What the update will do on this host, in this order. Nothing has changed yet.")
                : client  ? tr("What the set-up will do on this computer, in this order. Nothing has changed yet.")
                          : tr("What Berth will do on this host, in this order. Nothing has changed yet."));
    setButtonText(QWizard::CommitButton, bundle    ? tr("&Make the bundle")
                                         : upgrade ? tr("&Update")
                                         : client  ? tr("&Set up")
                                                   : tr("&Apply"));
    const Answers &answers = client ? m_wizard->clientAnswers() : m_wizard->answers();
    // An update changes the binaries alone, a client set-up this computer: the host's plan is not what they do.
    m_planText = upgrade || client ? QStringList() : PlanPreview::lines(answers, bundle ? nullptr : &m_wizard->host());
    m_changes.clear();
    if (!bundle) {
        m_changes << (client ? tr("What changes on this computer: reading it ...")
                             : tr("What changes on this host: reading it ..."));
        ApplyJob::Options options = client ? m_wizard->clientOptions() : ApplyJob::Options();
        options.clientOut = m_wizard->clientFolder();
        if (!client)
            options.certDir = m_wizard->clientFolder();
        m_wizard->tasks()->previewChanges(upgrade  ? HostTasks::PreviewUpgrade
                                          : client ? HostTasks::PreviewClient
                                                   : HostTasks::PreviewApply,
                                          answers, options, m_wizard->upgradeTo);
    }
    showPlan();
    // An update takes the host's answers as they are and changes none of them; a client's page checks its own.
    const QStringList problems = upgrade || client ? QStringList() : AnswersValidator::validate(answers);
    m_valid = problems.isEmpty();
    const QStringList warnings = upgrade || client ? QStringList() : AnswersValidator::warnings(answers);
    m_problems->setText(
        m_valid ? (warnings.isEmpty() ? QString() : tr("Note:") + QLatin1Char('\n') + warnings.join(QLatin1Char('\n')))
                : tr("Fix these first:") + QLatin1Char('\n') + problems.join(QLatin1Char('\n')));
    m_problems->setStyleSheet(m_valid ? QString() : QStringLiteral("color: #b00020"));
    m_problems->setVisible(!m_problems->text().isEmpty());
    m_bundleRow->setVisible(bundle);
    m_bundleFile->setText(m_wizard->bundleFile);
    if (m_answersFile->text().isEmpty())
        m_answersFile->setText(QDir::home().filePath(QStringLiteral("berth-answers.json")));
    m_saved->clear();
    emit completeChanged();
}

void SummaryPage::changesPreviewed(const QStringList &lines)
{
    if (m_wizard->currentPage() != this)
        return;
    m_changes = QStringList{
        m_wizard->mode() == BerthWizard::Upgrade  ? tr("What changes on this host (a dry run of the update):")
        : m_wizard->mode() == BerthWizard::Client ? tr("What changes on this computer (a dry run of the set-up):")
                                                  : tr("What changes on this host (a dry run of the apply):")};
    for (const QString &line : lines)
        m_changes << QStringLiteral("  ") + line.trimmed();
    showPlan();
}

void SummaryPage::showPlan()
{
    QStringList text = m_changes;
    if (!text.isEmpty() && !m_planText.isEmpty())
        text << QString();
    if (!m_planText.isEmpty())
        text << tr("Every step of the plan:") << m_planText;
    m_plan->setPlainText(text.join(QLatin1Char('\n')));
}

void SummaryPage::save()
{
    QString error;
    const QString file = m_answersFile->text().trimmed();
    if (file.isEmpty())
        m_saved->setText(tr("Name a file for the answers first."));
    else if (m_wizard->answers().saveToFile(file, &error))
        m_saved->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(file)));
    else
        m_saved->setText(error);
}

bool SummaryPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_answersFile && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            save();
            return true;
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

bool SummaryPage::isComplete() const
{
    return m_valid && (m_wizard->mode() != BerthWizard::Bundle || !m_wizard->bundleFile.isEmpty());
}

bool SummaryPage::validatePage()
{
    m_wizard->rememberAnswers();
    return true;
}

int SummaryPage::nextId() const
{
    return BerthWizard::Page_Apply;
}
