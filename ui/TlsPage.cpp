#include "TlsPage.h"

#include "BerthWizard.h"
#include "tls/CertificateCheck.h"
#include "tls/SuggestedNames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

TlsPage::TlsPage(BerthWizard *wizard) : AnswersPage(wizard)
{
    setTitle(tr("TLS"));
    setSubTitle(tr("Remote access to the daemon over TCP, with certificates on both sides (mutual TLS)."));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_enabled = addFlag(form, tr("Allow &remote access"), "tls.enabled",
                        tr("dockerd listens on TCP with --tlsverify: only clients with a certificate from this CA "
                           "get in. Without it, Docker is reached only on this host (named pipe)."));
    m_remoteOnly << addText(form, tr("&Address:"), "tls.address",
                            tr("The address dockerd listens on; 0.0.0.0 is every IPv4 address of the host."));
    m_remoteOnly << addNumber(form, tr("&Port:"), "tls.port", tr("The TCP port; 2376 is Docker's port for TLS."), 1,
                              65535);
    m_remoteOnly << addText(form, tr("Certificate &folder:"), "tls.certDir",
                            tr("The folder on the host with ca.pem, server-cert.pem and server-key.pem. The "
                               "start script turns TLS on when tag.txt is in it."));
    m_generate = addFlag(form, tr("&Make new certificates if the folder holds none that fit"), "tls.generate",
                         tr("Berth makes a CA, the server's certificate and a client certificate. Unchecked: the "
                            "files in the folder are used as they are, once they pass the check."));
    m_remoteOnly << m_generate;
    m_namesEditor = namesEditor();
    addRow(form, tr("&Names:"), m_namesEditor, "tls.subjectAltNames",
           tr("Every DNS name and IP address clients use to reach the host. A client that uses a name not "
              "listed here is refused."),
           [this] {
               m_names->clear();
               for (const QString &name : answers().tls.subjectAltNames)
                   m_names->addItem(name);
           });
    m_remoteOnly << m_namesEditor;
    m_days =
        addNumber(form, tr("&Valid for (days):"), "tls.days", tr("How long the new certificates are valid."), 1, 36500);
    m_keyType = addChoice(form, tr("&Key type:"), "tls.keyType",
                          tr("RSA 4096 as Docker's TLS guide uses, or ECDSA P-256 (smaller and faster)."),
                          {tr("RSA 4096"), tr("ECDSA P-256")});
    m_clientFolder = new QLineEdit(this);
    m_clientFolder->setClearButtonEnabled(true);
    addRow(form, tr("Client &files to:"), m_clientFolder, "tlsClientFolder",
           tr("A folder on this machine for the CA key and the client's certificate. They never stay on the "
              "host; copy them to the machines that run docker."),
           [this] { m_clientFolder->setText(berth()->clientFolder()); });
    connect(m_clientFolder, &QLineEdit::textChanged, this, [this](const QString &text) {
        berth()->setClientFolder(text.trimmed());
        emit completeChanged();
    });
    auto *browse = new QPushButton(tr("&Browse..."), this);
    browse->setObjectName(QStringLiteral("browseClientFolder"));
    browse->setToolTip(tr("Choose the folder for the client's files."));
    addBeside(m_clientFolder, browse);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Client files"), m_clientFolder->text());
        if (!folder.isEmpty())
            m_clientFolder->setText(folder);
    });
    m_dockerContext = new QCheckBox(tr("Add a docker con&text for them on this machine"), this);
    addRow(form, m_dockerContext->text(), m_dockerContext, "tlsDockerContext",
           tr("Runs docker context create on this machine, so that docker --context berth-HOST reaches the "
              "daemon. It changes this user's docker CLI settings; without it, Berth shows the command."),
           [this] { m_dockerContext->setChecked(berth()->dockerContext); });
    connect(m_dockerContext, &QCheckBox::toggled, this, [this](bool on) { berth()->dockerContext = on; });
    m_check = new QLabel(this);
    m_check->setObjectName(QStringLiteral("certificateCheck"));
    m_check->setWordWrap(true);
    m_check->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_check->setAccessibleName(tr("Certificate check"));
    layout->addWidget(m_check);
    connect(wizard->tasks(), &HostTasks::certificatesChecked, this, &TlsPage::certificatesChecked);
    layout->addWidget(problemsLabel());
    layout->addStretch();
    watchKeys({QStringLiteral("tls.")});
}

QWidget *TlsPage::namesEditor()
{
    auto *editor = new QWidget(this);
    auto *column = new QVBoxLayout(editor);
    column->setContentsMargins(0, 0, 0, 0);
    m_names = new QListWidget(editor);
    m_names->setObjectName(QStringLiteral("namesList"));
    m_names->setAccessibleName(tr("Names in the server certificate"));
    m_names->setMaximumHeight(90);
    column->addWidget(m_names);
    auto *row = new QHBoxLayout;
    m_newName = new QLineEdit(editor);
    m_newName->setObjectName(QStringLiteral("newName"));
    m_newName->setAccessibleName(tr("Name or address to add"));
    m_newName->setToolTip(tr("A DNS name or an IP address; Enter adds it."));
    m_newName->setPlaceholderText(tr("host.example.com or 192.0.2.10"));
    auto *add = new QPushButton(tr("A&dd"), editor);
    add->setObjectName(QStringLiteral("addName"));
    auto *remove = new QPushButton(tr("Remo&ve"), editor);
    remove->setObjectName(QStringLiteral("removeName"));
    remove->setToolTip(tr("Remove the selected name."));
    auto *suggest = new QPushButton(tr("Add this host's &names"), editor);
    suggest->setObjectName(QStringLiteral("suggestNames"));
    suggest->setToolTip(tr("The host name, its full name, localhost, 127.0.0.1 and each of its addresses."));
    row->addWidget(m_newName, 1);
    row->addWidget(add);
    row->addWidget(remove);
    row->addWidget(suggest);
    column->addLayout(row);
    const auto addTyped = [this] {
        addName(m_newName->text().trimmed());
        m_newName->clear();
    };
    connect(add, &QPushButton::clicked, this, addTyped);
    // Return adds the name being typed rather than going to the next page.
    m_newName->installEventFilter(this);
    connect(remove, &QPushButton::clicked, this, [this] {
        delete m_names->currentItem();
        storeNames();
    });
    connect(suggest, &QPushButton::clicked, this, [this] {
        for (const QString &name : SuggestedNames::forThisMachine())
            addName(name);
    });
    return editor;
}

void TlsPage::addName(const QString &name)
{
    if (name.isEmpty() || !m_names->findItems(name, Qt::MatchFixedString).isEmpty())
        return;
    m_names->addItem(name);
    storeNames();
}

void TlsPage::storeNames()
{
    QStringList names;
    for (int i = 0; i < m_names->count(); ++i)
        names << m_names->item(i)->text();
    answers().tls.subjectAltNames = names;
    refresh();
}

bool TlsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_newName && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !m_newName->text().trimmed().isEmpty()) {
            addName(m_newName->text().trimmed());
            m_newName->clear();
            return true;
        }
    }
    return AnswersPage::eventFilter(watched, event);
}

void TlsPage::updateControls()
{
    const TlsSettings &tls = answers().tls;
    for (QWidget *control : std::as_const(m_remoteOnly))
        showRow(control, tls.enabled);
    const bool making = tls.enabled && tls.generate;
    showRow(m_days, making);
    showRow(m_keyType, making);
    showRow(m_clientFolder, making);
    showRow(m_dockerContext, making && berth()->mode() != BerthWizard::Bundle);
    checkFolder();
}

// The certificates in the folder, checked against the names as soon as both are known.
void TlsPage::checkFolder()
{
    const TlsSettings &tls = answers().tls;
    if (!tls.enabled || berth()->mode() == BerthWizard::Bundle) {
        m_checkOk = true;
        m_check->clear();
        return;
    }
    // Until the check answers, only certificates that will be made let the page go on.
    m_checkOk = tls.generate;
    m_check->setText(tr("Checking the certificates in %1 ...").arg(tls.certDir));
    m_check->setStyleSheet(QString());
    berth()->tasks()->checkCertificates(tls.certDir, tls.subjectAltNames);
}

void TlsPage::certificatesChecked(const QString &certDir, const CertificateCheck::Result &result)
{
    const TlsSettings &tls = answers().tls;
    if (!tls.enabled || certDir != tls.certDir || berth()->mode() == BerthWizard::Bundle)
        return;
    QStringList lines;
    m_checkOk = true;
    if (result.ok() && !(result.renewDue && tls.generate))
        lines << tr("The certificates in %1 fit these names; they are used as they are.").arg(tls.certDir);
    else if (tls.generate)
        lines << tr("New certificates will be made: %1")
                     .arg(result.ok() ? result.warnings.first() : result.problems.first());
    else {
        lines << tr("The certificates in %1 cannot be used:").arg(tls.certDir) << result.problems;
        m_checkOk = false;
    }
    lines << result.warnings;
    m_check->setText(lines.join(QLatin1Char('\n')));
    m_check->setStyleSheet(m_checkOk ? QString() : QStringLiteral("color: #b00020"));
    emit completeChanged();
}

bool TlsPage::isComplete() const
{
    const TlsSettings &tls = answers().tls;
    const bool needsClientFolder = tls.enabled && tls.generate;
    return AnswersPage::isComplete() && m_checkOk && (!needsClientFolder || !berth()->clientFolder().isEmpty());
}

int TlsPage::nextId() const
{
    return BerthWizard::Page_Runtime;
}
