#pragma once

#include <QWizardPage>

// What Berth will do, and the pages that follow.
class WelcomePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);
};
