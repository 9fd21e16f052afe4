#pragma once

#include <QWizardPage>

class BerthWizard;
class DaemonLogTail;
class DaemonLogView;
class QLabel;
class QTimer;

// The live tail of the service's stdout/stderr file (daemon.log), and a status line from the
// service manager and the API probe.
class DaemonLogPage : public QWizardPage
{
    Q_OBJECT

public:
    static constexpr int FirstLines = 1000;

    explicit DaemonLogPage(BerthWizard *wizard);
    ~DaemonLogPage() override;

    void initializePage() override;
    void cleanupPage() override;
    int nextId() const override { return -1; }

    DaemonLogView *view() const { return m_view; }

private:
    void checkStatus();

    BerthWizard *m_wizard;
    DaemonLogView *m_view;
    QLabel *m_status;
    QLabel *m_file;
    DaemonLogTail *m_tail = nullptr;
    QTimer *m_statusTimer;
};
