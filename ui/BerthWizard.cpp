#include "BerthWizard.h"

#include "WelcomePage.h"

#include <QIcon>

BerthWizard::BerthWizard(const Answers &answers, QWidget *parent) : QWizard(parent), m_answers(answers)
{
    setWindowTitle(tr("Berth: Docker engine for Windows"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/berth.svg")));
    setWizardStyle(QWizard::ModernStyle);
    setPage(Page_Welcome, new WelcomePage(this));
}
