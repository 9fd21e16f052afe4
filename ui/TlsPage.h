#pragma once

#include "AnswersPage.h"
#include "tls/CertificateCheck.h"

class QListWidget;

// Remote access with mutual TLS: on or off, the address and port dockerd listens on, the
// certificate folder on the host, certificates made by Berth or reused (checked as soon as the
// folder is known), the names the server certificate covers, and their validity.
class TlsPage : public AnswersPage
{
    Q_OBJECT

public:
    explicit TlsPage(BerthWizard *wizard);

    bool isComplete() const override;
    int nextId() const override;

protected:
    void updateControls() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *namesEditor();
    void addName(const QString &name);
    void storeNames();
    void checkFolder();
    void certificatesChecked(const QString &certDir, const CertificateCheck::Result &result);

    QCheckBox *m_enabled;
    QList<QWidget *> m_remoteOnly;
    QCheckBox *m_generate;
    QListWidget *m_names;
    QLineEdit *m_newName;
    QWidget *m_namesEditor;
    QLineEdit *m_clientFolder;
    QCheckBox *m_dockerContext;
    QSpinBox *m_days;
    QComboBox *m_keyType;
    QLabel *m_check;
    bool m_checkOk = true;
};
