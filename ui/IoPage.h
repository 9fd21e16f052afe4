#pragma once

#include "AnswersPage.h"

// NSSM's I/O tab: Output (stdout) and Error (stderr), the files the daemon's log goes to.
class IoPage : public AnswersPage
{
    Q_OBJECT

public:
    explicit IoPage(BerthWizard *wizard);

    int nextId() const override;
};
