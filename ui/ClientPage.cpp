#include "ClientPage.h"

#include "BerthWizard.h"
#include "client/ClientSteps.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {

QLabel *problemLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name + QStringLiteral("Problem"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020"));
    label->hide();
    return label;
}

void showProblem(QLabel *label, const QString &problem)
{
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
}

} // namespace

ClientPage::ClientPage(BerthWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Manage a Docker host from this computer"));
    setSubTitle(tr("As the manual procedure does for a client: the docker CLI on Path, the client's certificates "
                   "and DOCKER_HOST for you, so that docker reaches the host without -H. Nothing has changed yet."));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("clientHost"));
    m_host->setPlaceholderText(QStringLiteral("tcp://docker-host.example.com:2376"));
    m_host->setToolTip(tr("The host's name or address as its server certificate names it, with its TLS port "
                          "(2376 when none is given)."));
    m_hostProblem = problemLabel(QStringLiteral("clientHost"), this);
    auto *hostColumn = new QVBoxLayout;
    hostColumn->addWidget(m_host);
    hostColumn->addWidget(m_hostProblem);
    auto *hostLabel = new QLabel(tr("Docker &host:"), this);
    hostLabel->setBuddy(m_host);
    m_host->setAccessibleName(tr("Docker host"));
    form->addRow(hostLabel, hostColumn);

    m_files = new QLineEdit(this);
    m_files->setObjectName(QStringLiteral("clientFiles"));
    m_files->setToolTip(tr("A folder with the client's ca.pem, cert.pem and key.pem, or the client zip Berth made "
                           "with them (never the CA key). They go to %USERPROFILE%\\.docker, the key readable by "
                           "you alone."));
    auto *folder = new QPushButton(tr("F&older..."), this);
    folder->setToolTip(tr("Choose a folder with the client's files."));
    auto *zip = new QPushButton(tr("&Zip..."), this);
    zip->setToolTip(tr("Choose the client zip."));
    auto *filesRow = new QHBoxLayout;
    filesRow->addWidget(m_files, 1);
    filesRow->addWidget(folder);
    filesRow->addWidget(zip);
    m_filesProblem = problemLabel(QStringLiteral("clientFiles"), this);
    auto *filesColumn = new QVBoxLayout;
    filesColumn->addLayout(filesRow);
    filesColumn->addWidget(m_filesProblem);
    auto *filesLabel = new QLabel(tr("Client &files:"), this);
    filesLabel->setBuddy(m_files);
    m_files->setAccessibleName(tr("Client files"));
    form->addRow(filesLabel, filesColumn);

    auto *sources = new QButtonGroup(this);
    m_download = new QRadioButton(tr("&Download Docker from the releases index"), this);
    m_download->setObjectName(QStringLiteral("clientCliDownload"));
    m_keep = new QRadioButton(tr("&Keep the docker.exe already on this computer"), this);
    m_keep->setObjectName(QStringLiteral("clientCliKeep"));
    m_keep->setToolTip(tr("The one in %ProgramFiles%\\Docker, or in System32 where the manual procedure puts it. "
                          "Changes only your own settings, without administrator rights."));
    m_local = new QRadioButton(tr("From a local Docker zip"), this);
    m_local->setObjectName(QStringLiteral("clientCliLocal"));
    auto *cli = new QVBoxLayout;
    for (QRadioButton *button : {m_download, m_keep, m_local}) {
        sources->addButton(button);
        cli->addWidget(button);
    }
    form->addRow(tr("docker CLI:"), cli);

    m_allUsers = new QCheckBox(tr("Put the Docker folder on every user's Path (&all users)"), this);
    m_allUsers->setObjectName(QStringLiteral("clientAllUsers"));
    m_allUsers->setToolTip(tr("The machine's Path instead of yours. The host, the certificates and DOCKER_HOST stay "
                              "yours: a client key belongs to one person."));
    layout->addWidget(m_allUsers);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("clientNote"));
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    layout->addStretch();

    connect(m_host, &QLineEdit::textChanged, this, &ClientPage::check);
    connect(m_files, &QLineEdit::textChanged, this, &ClientPage::check);
    connect(sources, &QButtonGroup::buttonToggled, this, &ClientPage::check);
    connect(m_allUsers, &QCheckBox::toggled, this, &ClientPage::check);
    connect(folder, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(this, tr("The client's files"), m_files->text());
        if (!chosen.isEmpty())
            m_files->setText(QDir::toNativeSeparators(chosen));
    });
    connect(zip, &QPushButton::clicked, this, [this] {
        const QString chosen =
            QFileDialog::getOpenFileName(this, tr("The client zip"), m_files->text(), tr("Zip files (*.zip)"));
        if (!chosen.isEmpty())
            m_files->setText(QDir::toNativeSeparators(chosen));
    });
}

void ClientPage::initializePage()
{
    const Answers &answers = m_wizard->answers();
    const Source cli = m_wizard->clientCli == Source::Local && answers.binaries.source != Source::Local
                           ? Source::Download
                           : m_wizard->clientCli;
    m_host->setText(m_wizard->clientHost);
    m_files->setText(m_wizard->clientFiles.isEmpty() ? QDir::toNativeSeparators(m_wizard->clientFolder())
                                                     : m_wizard->clientFiles);
    m_download->setText(tr("&Download Docker %1 from %2").arg(answers.binaries.version, answers.binaries.indexUrl));
    m_download->setToolTip(tr("As binaries.* of the answers say: the download cache and the pin apply."));
    m_local->setText(tr("From %1").arg(QDir::toNativeSeparators(answers.binaries.localPath)));
    m_local->setVisible(answers.binaries.source == Source::Local);
    (cli == Source::Local ? m_local : cli == Source::Keep ? m_keep : m_download)->setChecked(true);
    m_allUsers->setChecked(m_wizard->clientAllUsers);
    check();
}

void ClientPage::check()
{
    QString why;
    showProblem(m_hostProblem,
                m_host->text().trimmed().isEmpty() ? QString() : (ClientSteps::endpoint(m_host->text(), &why), why));
    const QString files = m_files->text().trimmed();
    const QFileInfo info(files);
    showProblem(m_filesProblem, files.isEmpty() || info.isDir() ||
                                        (info.isFile() && files.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
                                    ? QString()
                                    : tr("%1 is neither a folder nor a zip").arg(files));
    const bool elevated = m_wizard->surveyed() && m_wizard->facts().administrator;
    m_note->setText(!elevated && (!m_keep->isChecked() || m_allUsers->isChecked())
                        ? tr("Placing docker.exe in Program Files and changing every user's Path need administrator "
                             "rights: start Berth with \"Run as administrator\", or keep the docker.exe that is here.")
                        : QString());
    emit completeChanged();
}

bool ClientPage::isComplete() const
{
    QString why;
    const bool elevated = m_wizard->surveyed() && m_wizard->facts().administrator;
    return !ClientSteps::endpoint(m_host->text(), &why).isEmpty() && !m_files->text().trimmed().isEmpty() &&
           m_filesProblem->isHidden() && (elevated || (m_keep->isChecked() && !m_allUsers->isChecked()));
}

bool ClientPage::validatePage()
{
    m_wizard->clientHost = m_host->text().trimmed();
    m_wizard->clientFiles = m_files->text().trimmed();
    m_wizard->clientAllUsers = m_allUsers->isChecked();
    m_wizard->clientCli = m_keep->isChecked() ? Source::Keep : m_local->isChecked() ? Source::Local : Source::Download;
    return true;
}

int ClientPage::nextId() const
{
    return BerthWizard::Page_Summary;
}
