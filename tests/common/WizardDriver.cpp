#include "WizardDriver.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QWizardPage>

QWidget *WizardDriver::control(const char *name)
{
    QWidget *widget = m_wizard.currentPage()->findChild<QWidget *>(QLatin1String(name));
    if (!widget)
        m_error = QStringLiteral("no control %1 on page %2").arg(QLatin1String(name)).arg(m_wizard.currentId());
    else if (!widget->isVisible() || !widget->isEnabled())
        m_error = QStringLiteral("control %1 is hidden or disabled").arg(QLatin1String(name));
    else {
        widget->setFocus(Qt::TabFocusReason);
        return widget;
    }
    return nullptr;
}

bool WizardDriver::type(const char *name, const QString &text)
{
    QWidget *widget = control(name);
    if (!widget)
        return false;
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(widget, Qt::Key_Delete);
    QTest::keyClicks(widget, text);
    return true;
}

bool WizardDriver::keys(const char *name, const QString &text)
{
    QWidget *widget = control(name);
    if (!widget)
        return false;
    QTest::keyClicks(widget, text);
    QTest::keyClick(widget, Qt::Key_Return);
    return true;
}

bool WizardDriver::choose(const char *name, const QString &word)
{
    auto *combo = qobject_cast<QComboBox *>(control(name));
    if (!combo)
        return m_error.isEmpty() ? (m_error = QStringLiteral("%1 is not a combo box").arg(QLatin1String(name)), false)
                                 : false;
    const int wanted = combo->findData(word);
    if (wanted < 0) {
        m_error = QStringLiteral("%1 has no item %2").arg(QLatin1String(name), word);
        return false;
    }
    while (combo->currentIndex() < wanted)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > wanted)
        QTest::keyClick(combo, Qt::Key_Up);
    return true;
}

bool WizardDriver::toggle(const char *name)
{
    QWidget *widget = control(name);
    if (!widget)
        return false;
    QTest::keyClick(widget, Qt::Key_Space);
    return true;
}

bool WizardDriver::press(const char *name)
{
    return toggle(name);
}

void WizardDriver::next()
{
    QTest::keyClick(&m_wizard, Qt::Key_Return);
}

bool WizardDriver::nextEnabled() const
{
    const QWizard::WizardButton which = m_wizard.currentPage()->isCommitPage() ? QWizard::CommitButton
                                        : m_wizard.nextId() == -1              ? QWizard::FinishButton
                                                                               : QWizard::NextButton;
    QAbstractButton *button = m_wizard.button(which);
    return button->isVisible() && button->isEnabled();
}

QString WizardDriver::problem(const char *name) const
{
    const auto *label = m_wizard.currentPage()->findChild<QLabel *>(QLatin1String(name) + QStringLiteral("Problem"));
    return label && label->isVisible() ? label->text() : QString();
}

bool WizardDriver::screenshot(const QString &dir, const QString &prefix)
{
    QDir().mkpath(dir);
    QApplication::processEvents();
    const QString file = QStringLiteral("%1/%2-%3-%4.png")
                             .arg(dir, prefix)
                             .arg(m_wizard.currentId(), 2, 10, QLatin1Char('0'))
                             .arg(QLatin1String(m_wizard.currentPage()->metaObject()->className()));
    return m_wizard.grab().save(file);
}
