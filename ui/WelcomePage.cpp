#include "WelcomePage.h"

#include <QLabel>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget *parent) : QWizardPage(parent)
{
    setTitle(tr("Welcome to Berth"));
    setSubTitle(tr("Berth installs, configures, reconfigures and removes the Docker engine on this Windows host."));

    const QStringList pages = {
        tr("Prerequisites: the Containers feature, Hyper-V, an existing Docker service, the port"),
        tr("Binaries: where dockerd.exe and docker.exe come from"),
        tr("Service manager: NSSM, the native dockerd service, or a scheduled task"),
        tr("Application, Details and I/O: the fields of NSSM's tabs"),
        tr("TLS: remote access with certificates"),
        tr("Runtime: isolation, named pipe group, debug logging"),
        tr("Firewall: the rule for the remote port"),
        tr("Summary, Apply and the live daemon.log"),
    };
    auto *intro = new QLabel(tr("The pages that follow:"), this);
    auto *list = new QLabel(
        QStringLiteral("<ul><li>") + pages.join(QStringLiteral("</li><li>")) + QStringLiteral("</li></ul>"), this);
    list->setObjectName(QStringLiteral("pageList"));
    list->setTextFormat(Qt::RichText);
    list->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(list);
    layout->addStretch();
}
