#pragma once

#include "AnswersPage.h"

// How containers run: the default isolation (what each means on this edition), the group allowed
// on the named pipe, debug logging, and whether settings go to the start script or daemon.json.
class RuntimePage : public AnswersPage
{
    Q_OBJECT

public:
    explicit RuntimePage(BerthWizard *wizard);

    int nextId() const override;

protected:
    void updateControls() override;

private:
    QLabel *m_meaning;
    QLabel *m_pipeWarning;
};
