#include "BinariesPage.h"

#include "BerthWizard.h"
#include "answers/WindowsReleases.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

BinariesPage::BinariesPage(BerthWizard *wizard) : AnswersPage(wizard)
{
    setTitle(tr("Binaries"));
    setSubTitle(tr("Where dockerd.exe and docker.exe come from, and where they go on the host."));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_source = addChoice(form, tr("&Source:"), "binaries.source",
                         tr("Download from the internet, take a file you already have (for hosts without "
                            "internet), or keep the binaries that are on the host now."),
                         {tr("Download"), tr("A file on this machine"), tr("Keep what is on the host")});
    m_package = addChoice(form, tr("&Package:"), "binaries.package",
                          tr("Docker's static zip for Windows (docker-<version>.zip with docker\\dockerd.exe and "
                             "docker\\docker.exe), or the two separate files of the manual procedure."),
                          {tr("Docker CE static zip"), tr("dockerd.exe and docker.exe, two URLs")});
    m_version =
        addText(form, tr("&Version:"), "binaries.version",
                tr("The Docker CE version to download, such as %1. Windows Server 2016 and Nano Server "
                   "(build 14393) run Docker up to %2: Docker Engine 23.0 and later need build 17763.")
                    .arg(QLatin1String(Defaults::DockerVersion), QLatin1String(WindowsReleases::LastLegacyEngine)));
    m_indexUrl = addText(form, tr("Releases in&dex:"), "binaries.indexUrl",
                         tr("Docker CE's static index, the page that lists docker-<version>.zip for every release: "
                            "the version's zip comes from there, and so do the releases an update offers. A "
                            "mirror inside your network can stand in."));
    m_zipUrl = addText(form, tr("Zip &URL:"), "binaries.zipUrl",
                       tr("The whole URL of the zip, for a mirror inside your network. Empty: the version's "
                          "zip in the releases index."));
    m_dockerdUrl = addText(form, tr("dockerd.exe U&RL:"), "binaries.dockerdUrl",
                           tr("Where dockerd.exe, the engine, is downloaded from."));
    m_dockerUrl = addText(form, tr("docker.exe UR&L:"), "binaries.dockerUrl",
                          tr("Where docker.exe, the command-line client, is downloaded from."));
    m_localPath = addText(form, tr("&File:"), "binaries.localPath",
                          tr("A docker-<version>.zip, or dockerd.exe with docker.exe beside it, on this machine."));
    auto *browse = new QPushButton(tr("&Browse..."), this);
    browse->setObjectName(QStringLiteral("browseBinaries"));
    browse->setToolTip(tr("Choose the zip or dockerd.exe on this machine."));
    addBeside(m_localPath, browse);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Docker binaries"), m_localPath->text(),
                                                          tr("Docker zip or dockerd.exe (*.zip dockerd.exe)"));
        if (!file.isEmpty())
            m_localPath->setText(file);
    });
    m_sha256 = addText(form, tr("SHA-&256 pin:"), "binaries.sha256",
                       tr("The SHA-256 the zip must have; a file with another digest is thrown away. Empty: "
                          "the digest is shown and remembered."));
    addText(form, tr("&Install folder:"), "binaries.installDir",
            tr("The folder on the host that dockerd.exe and docker.exe go to. The manual procedure uses "
               "C:\\Windows\\System32, which is on every PATH."));
    m_allowHttp = addFlag(form, tr("Allow plain &http downloads"), "download.allowHttp",
                          tr("Only for a mirror inside your network: without TLS, anyone on the way can change "
                             "what is downloaded. Pin the SHA-256 then."));
    m_proxy = addText(form, tr("Pro&xy:"), "download.proxy",
                      tr("An http:// or socks5:// proxy for the downloads. Empty: the system's proxy settings."));
    layout->addWidget(problemsLabel());
    layout->addStretch();
    watchKeys({QStringLiteral("binaries."), QStringLiteral("download.")});
    connect(m_package, &QComboBox::currentIndexChanged, this, [this] {
        // The manual procedure's two URLs, when nothing else was given.
        Answers &a = answers();
        if (a.binaries.package == Package::Exe && a.binaries.dockerdUrl.isEmpty() && a.binaries.dockerUrl.isEmpty()) {
            a.binaries.dockerdUrl = QLatin1String(Defaults::SeedDockerdUrl);
            a.binaries.dockerUrl = QLatin1String(Defaults::SeedDockerUrl);
            reload();
        }
    });
}

void BinariesPage::updateControls()
{
    const BinariesSettings &b = answers().binaries;
    const bool download = b.source == Source::Download;
    const bool zip = b.package == Package::Zip;
    showRow(m_package, download);
    showRow(m_version, download && zip);
    showRow(m_indexUrl, download && zip);
    showRow(m_zipUrl, download && zip);
    showRow(m_dockerdUrl, download && !zip);
    showRow(m_dockerUrl, download && !zip);
    showRow(m_localPath, b.source == Source::Local);
    showRow(m_sha256, b.source != Source::Keep);
    showRow(m_allowHttp, download);
    showRow(m_proxy, download);
    m_version->setEnabled(b.zipUrl.isEmpty());
    m_indexUrl->setEnabled(b.zipUrl.isEmpty());
}

int BinariesPage::nextId() const
{
    return BerthWizard::Page_ServiceManager;
}
