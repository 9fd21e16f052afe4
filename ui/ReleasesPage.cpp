#include "ReleasesPage.h"

#include "BerthWizard.h"
#include "answers/WindowsReleases.h"
#include "fetch/DockerReleases.h"
#include "render/ServiceCommands.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

ReleasesPage::ReleasesPage(BerthWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Update Docker"));
    setSubTitle(tr("Only dockerd.exe and docker.exe are replaced; the configuration, the certificates and the "
                   "service stay. If the new daemon does not start, the old one comes back. Nothing has changed yet."));
    auto *layout = new QVBoxLayout(this);
    m_installed = new QLabel(this);
    m_installed->setObjectName(QStringLiteral("installedVersion"));
    m_installed->setWordWrap(true);
    m_installed->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_installed);
    auto *label = new QLabel(tr("&Releases on offer, newest first:"), this);
    layout->addWidget(label);
    m_releases = new QListWidget(this);
    m_releases->setObjectName(QStringLiteral("releases"));
    m_releases->setAccessibleName(tr("Releases"));
    m_releases->setToolTip(tr("The releases binaries.indexUrl lists. Going back to an older one is allowed, "
                              "and said so."));
    label->setBuddy(m_releases);
    layout->addWidget(m_releases, 1);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("releasesNote"));
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_note);
    connect(wizard, &BerthWizard::releasesRead, this, &ReleasesPage::showReleases);
    connect(m_releases, &QListWidget::currentRowChanged, this, [this] {
        const QString version = chosen();
        const QString installed = m_wizard->installedVersion();
        m_note->setText(version.isEmpty() || installed.isEmpty() ? QString()
                        : version == installed ? tr("That is the installed release: there is nothing to update.")
                        : DockerReleases::compare(version, installed) < 0
                            ? tr("%1 is older than the installed %2: Docker goes back to it.").arg(version, installed)
                            : tr("Docker goes from %1 to %2.").arg(installed, version));
        emit completeChanged();
    });
}

void ReleasesPage::initializePage()
{
    showReleases();
}

void ReleasesPage::showReleases()
{
    const Answers &answers = m_wizard->answers();
    const QString installed = m_wizard->installedVersion();
    m_installed->setText(installed.isEmpty()
                             ? tr("%1 does not say its version.").arg(ServiceCommands::dockerdExe(answers))
                             : tr("Installed: Docker %1 (%2).").arg(installed, ServiceCommands::dockerdExe(answers)));
    m_releases->clear();
    if (!m_wizard->releasesKnown()) {
        m_note->setText(tr("Reading the releases at %1 ...").arg(answers.binaries.indexUrl));
        emit completeChanged();
        return;
    }
    if (m_wizard->releases().isEmpty()) {
        m_note->setText(m_wizard->releasesError());
        emit completeChanged();
        return;
    }
    // The newest when it is newer than the installed one; else the installed one (nothing to do): going back is
    // chosen by hand, never preselected, as `berth upgrade` goes back only with --to.
    // Releases this Windows does not run are listed greyed, with the reason, and cannot be chosen.
    const QStringList &releases = m_wizard->releases();
    const HostSettings &host = m_wizard->inspected().answers.host;
    const QStringList runnable = WindowsReleases::runnable(host, releases);
    int current = runnable.isEmpty() ? -1
                  : installed.isEmpty() || DockerReleases::compare(runnable.first(), installed) > 0
                      ? int(releases.indexOf(runnable.first()))
                      : int(releases.indexOf(installed));
    for (const QString &version : releases) {
        QString text = version;
        if (version == runnable.value(0))
            text = tr("%1 (newest)").arg(version);
        if (version == installed)
            text = tr("%1 (installed)").arg(version);
        auto *item = new QListWidgetItem(text, m_releases);
        item->setData(Qt::UserRole, version);
        if (!runnable.contains(version)) {
            item->setText(tr("%1 (does not start on this Windows)").arg(version));
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
            item->setToolTip(WindowsReleases::engineProblem(host, version));
        }
        if (version == m_wizard->upgradeTo && runnable.contains(version))
            current = m_releases->count() - 1;
    }
    m_releases->setCurrentRow(current);
    emit completeChanged();
}

QString ReleasesPage::chosen() const
{
    const QListWidgetItem *item = m_releases->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

bool ReleasesPage::isComplete() const
{
    const QString version = chosen();
    return !version.isEmpty() && version != m_wizard->installedVersion();
}

bool ReleasesPage::validatePage()
{
    m_wizard->upgradeTo = chosen();
    return true;
}

int ReleasesPage::nextId() const
{
    return BerthWizard::Page_Summary;
}
