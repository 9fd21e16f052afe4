#include "AnswersPage.h"

#include "BerthWizard.h"
#include "answers/AnswerKeys.h"
#include "answers/AnswersValidator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

AnswersPage::AnswersPage(BerthWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("pageProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problems->setAccessibleName(tr("Problems on this page"));
    m_problems->hide();
}

Answers &AnswersPage::answers() const
{
    return m_wizard->answers();
}

void AnswersPage::initializePage()
{
    reload();
}

void AnswersPage::reload()
{
    m_loading = true;
    for (const Binding &binding : std::as_const(m_bindings))
        binding.load();
    m_loading = false;
    refresh();
}

void AnswersPage::showRow(QWidget *control, bool shown)
{
    for (Binding &binding : m_bindings) {
        if (binding.control == control && binding.shown != shown) {
            binding.shown = shown;
            binding.form->setRowVisible(binding.cell, shown);
        }
    }
}

void AnswersPage::addBeside(QWidget *control, QWidget *extra)
{
    for (Binding &binding : m_bindings) {
        if (binding.control != control)
            continue;
        auto *cell = static_cast<QVBoxLayout *>(binding.cell);
        auto *line = new QHBoxLayout;
        cell->removeWidget(control);
        line->addWidget(control, 1);
        line->addWidget(extra);
        cell->insertLayout(0, line);
    }
}

QLabel *AnswersPage::messageLabel(QWidget *control, const QString &key)
{
    auto *label = new QLabel(this);
    label->setObjectName(control->objectName() + QStringLiteral("Problem"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020"));
    label->setAccessibleName(tr("Problem with %1").arg(key));
    label->hide();
    return label;
}

void AnswersPage::addRow(QFormLayout *form, const QString &label, QWidget *control, const char *key,
                         const QString &tooltip, std::function<void()> load)
{
    const QString name = QString::fromLatin1(key);
    control->setObjectName(name);
    control->setToolTip(tooltip);
    control->setWhatsThis(tooltip);
    QString plain = label;
    control->setAccessibleName(plain.remove(QLatin1Char('&')));
    control->setAccessibleDescription(tooltip);
    QLabel *message = messageLabel(control, name);
    auto *cell = new QVBoxLayout;
    cell->setSpacing(2);
    cell->addWidget(control);
    cell->addWidget(message);
    if (qobject_cast<QCheckBox *>(control)) {
        form->addRow(QString(), cell);
    } else {
        auto *caption = new QLabel(label, this);
        caption->setBuddy(control);
        caption->setToolTip(tooltip);
        form->addRow(caption, cell);
    }
    m_bindings.append({name, control, message, std::move(load), form, cell});
}

QLineEdit *AnswersPage::addText(QFormLayout *form, const QString &label, const char *key, const QString &tooltip)
{
    const AnswerKey &row = answerKey(key);
    Q_ASSERT(row.type == AnswerKey::String);
    auto *edit = new QLineEdit(this);
    edit->setClearButtonEnabled(true);
    addRow(form, label, edit, key, tooltip, [this, edit, &row] { edit->setText(row.text(answers())); });
    connect(edit, &QLineEdit::textChanged, this, [this, &row](const QString &text) {
        if (m_loading)
            return;
        const Answers before = answers();
        row.text(answers()) = text.trimmed();
        written(before);
    });
    return edit;
}

QCheckBox *AnswersPage::addFlag(QFormLayout *form, const QString &label, const char *key, const QString &tooltip)
{
    const AnswerKey &row = answerKey(key);
    Q_ASSERT(row.type == AnswerKey::Boolean);
    auto value = [this, &row]() -> bool & { return *static_cast<bool *>(row.member(answers())); };
    auto *box = new QCheckBox(label, this);
    addRow(form, label, box, key, tooltip, [box, value] { box->setChecked(value()); });
    connect(box, &QCheckBox::toggled, this, [this, value](bool on) {
        if (m_loading)
            return;
        const Answers before = answers();
        value() = on;
        written(before);
    });
    return box;
}

QSpinBox *AnswersPage::addNumber(QFormLayout *form, const QString &label, const char *key, const QString &tooltip,
                                 int minimum, int maximum)
{
    const AnswerKey &row = answerKey(key);
    Q_ASSERT(row.type == AnswerKey::Integer);
    auto value = [this, &row]() -> int & { return *static_cast<int *>(row.member(answers())); };
    auto *spin = new QSpinBox(this);
    spin->setRange(minimum, maximum);
    addRow(form, label, spin, key, tooltip, [spin, value] { spin->setValue(value()); });
    connect(spin, &QSpinBox::valueChanged, this, [this, value](int number) {
        if (m_loading)
            return;
        const Answers before = answers();
        value() = number;
        written(before);
    });
    return spin;
}

QComboBox *AnswersPage::addChoice(QFormLayout *form, const QString &label, const char *key, const QString &tooltip,
                                  const QStringList &texts)
{
    const AnswerKey &row = answerKey(key);
    if (texts.size() != row.choices.size())
        qFatal("addChoice: %s takes %d choices, the page names %d", key, int(row.choices.size()), int(texts.size()));
    auto *combo = new QComboBox(this);
    for (qsizetype i = 0; i < texts.size(); ++i)
        combo->addItem(texts.at(i), row.choices.at(i));
    addRow(form, label, combo, key, tooltip, [this, combo, &row] {
        // The items are the key's words in its enum's order: an item's index is the choice.
        combo->setCurrentIndex(row.choice(answers()));
    });
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, &row] {
        if (m_loading)
            return;
        const Answers before = answers();
        row.choose(answers(), combo->currentIndex());
        written(before);
    });
    return combo;
}

void AnswersPage::written(const Answers &before)
{
    // Answers that followed the one changed follow it again (the model's rule); the controls show them.
    if (answers().follow(before))
        reload();
    else
        refresh();
}

void AnswersPage::watchKeys(const QStringList &prefixes)
{
    m_watched = prefixes;
}

QStringList AnswersPage::problemsFor(const QString &key, const QStringList &problems) const
{
    QStringList found;
    const QString prefix = key + QStringLiteral(": ");
    for (const QString &problem : problems) {
        if (problem.startsWith(prefix))
            found.append(problem.mid(prefix.size()));
    }
    return found;
}

bool AnswersPage::relevant(const Binding &binding) const
{
    return binding.shown && binding.control->isEnabled();
}

void AnswersPage::refresh()
{
    updateControls();
    const QStringList problems = AnswersValidator::validate(answers());
    QStringList bound, shown;
    for (const Binding &binding : std::as_const(m_bindings)) {
        const QStringList mine = relevant(binding) ? problemsFor(binding.key, problems) : QStringList();
        binding.message->setText(mine.join(QLatin1Char('\n')));
        binding.message->setVisible(!mine.isEmpty());
        bound.append(binding.key);
        if (relevant(binding))
            shown.append(binding.key);
    }
    // Problems of this page's keys: those shown beside a control, and those of watched keys that
    // have no control here, which go to the page's own line.
    m_pageProblems.clear();
    QStringList unbound;
    for (const QString &problem : problems) {
        const QString key = problem.section(QStringLiteral(": "), 0, 0);
        if (shown.contains(key)) {
            m_pageProblems.append(problem);
            continue;
        }
        if (bound.contains(key))
            continue;
        for (const QString &prefix : std::as_const(m_watched)) {
            if (key.startsWith(prefix)) {
                m_pageProblems.append(problem);
                unbound.append(problem);
                break;
            }
        }
    }
    m_problems->setText(unbound.join(QLatin1Char('\n')));
    m_problems->setVisible(!unbound.isEmpty());
    emit completeChanged();
}

bool AnswersPage::isComplete() const
{
    return m_pageProblems.isEmpty();
}
