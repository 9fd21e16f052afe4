#pragma once

#include "AnswersPage.h"

// Where dockerd.exe and docker.exe come from: the Docker CE zip (a version or a URL), the manual procedure's
// two URLs, or a local file; a SHA-256 pin; the folder they go to.
class BinariesPage : public AnswersPage
{
    Q_OBJECT

public:
    explicit BinariesPage(BerthWizard *wizard);

    int nextId() const override;

protected:
    void updateControls() override;

private:
    QComboBox *m_source;
    QComboBox *m_package;
    QLineEdit *m_version;
    QLineEdit *m_indexUrl;
    QLineEdit *m_zipUrl;
    QLineEdit *m_dockerdUrl;
    QLineEdit *m_dockerUrl;
    QLineEdit *m_localPath;
    QLineEdit *m_sha256;
    QCheckBox *m_allowHttp;
    QLineEdit *m_proxy;
};
