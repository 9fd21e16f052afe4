#pragma once

#include "answers/Answers.h"

#include <QWizard>

// The wizard a Windows admin double-clicks. Pages collect answers; the engine in app/ acts.
class BerthWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { Page_Welcome };

    explicit BerthWizard(const Answers &answers, QWidget *parent = nullptr);

    const Answers &answers() const { return m_answers; }

private:
    Answers m_answers;
};
