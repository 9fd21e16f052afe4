#include "DaemonLogView.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QVBoxLayout>

DaemonLogView::DaemonLogView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_follow = new QPushButton(tr("&Follow"), this);
    m_follow->setObjectName(QStringLiteral("followLog"));
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Checked: new lines appear as they are written. Unchecked: the view holds still; "
                            "lines that arrive meanwhile are shown when you follow again."));
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("logLevel"));
    m_level->setAccessibleName(tr("Level"));
    m_level->setToolTip(tr("Show only lines of this level or more serious."));
    m_level->addItem(tr("All lines"), QString());
    m_level->addItem(tr("Info and worse"), QStringLiteral("info"));
    m_level->addItem(tr("Warnings and errors"), QStringLiteral("warning"));
    m_level->addItem(tr("Errors only"), QStringLiteral("error"));
    auto *levelCaption = new QLabel(tr("&Level:"), this);
    levelCaption->setBuddy(m_level);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("logSearch"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setPlaceholderText(tr("Search"));
    m_search->setToolTip(tr("Finds the next line with this text; Enter finds the next one."));
    m_search->setClearButtonEnabled(true);
    auto *copy = new QPushButton(tr("&Copy"), this);
    copy->setObjectName(QStringLiteral("copyLog"));
    copy->setToolTip(tr("Copies the selected text, or every line shown when nothing is selected."));
    bar->addWidget(m_follow);
    bar->addWidget(levelCaption);
    bar->addWidget(m_level);
    bar->addWidget(m_search, 1);
    bar->addWidget(copy);
    layout->addLayout(bar);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("logText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setMaximumBlockCount(MaxLines);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setAccessibleName(tr("daemon.log"));
    layout->addWidget(m_text, 1);
    connect(m_follow, &QPushButton::toggled, this, [this](bool on) {
        if (!on)
            return;
        for (const QString &line : std::as_const(m_held))
            if (passes(line))
                m_text->appendPlainText(line);
        m_held.clear();
        m_text->verticalScrollBar()->setValue(m_text->verticalScrollBar()->maximum());
    });
    connect(m_level, &QComboBox::currentIndexChanged, this, &DaemonLogView::rebuild);
    connect(m_search, &QLineEdit::returnPressed, this, &DaemonLogView::find);
    connect(copy, &QPushButton::clicked, this, [this] {
        const QString selected =
            m_text->textCursor().selectedText().replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
        QApplication::clipboard()->setText(selected.isEmpty() ? shownLines().join(QLatin1Char('\n')) : selected);
    });
}

QString DaemonLogView::levelOf(const QString &line)
{
    // logrus text: time="..." level=info msg="..."; logrus terminal: INFO[0000] ...; Go's panic.
    static const QRegularExpression keyValue(QStringLiteral("\\blevel=\"?(\\w+)"));
    const QRegularExpressionMatch match = keyValue.match(line);
    if (match.hasMatch()) {
        const QString level = match.captured(1).toLower();
        return level == QLatin1String("warn") ? QStringLiteral("warning") : level;
    }
    static const QRegularExpression prefix(QStringLiteral("^(DEBU|INFO|WARN|ERRO|FATA|PANI)\\["));
    const QRegularExpressionMatch short_ = prefix.match(line);
    if (short_.hasMatch()) {
        static const QHash<QString, QString> names = {
            {QStringLiteral("DEBU"), QStringLiteral("debug")},   {QStringLiteral("INFO"), QStringLiteral("info")},
            {QStringLiteral("WARN"), QStringLiteral("warning")}, {QStringLiteral("ERRO"), QStringLiteral("error")},
            {QStringLiteral("FATA"), QStringLiteral("fatal")},   {QStringLiteral("PANI"), QStringLiteral("fatal")}};
        return names.value(short_.captured(1));
    }
    return {};
}

bool DaemonLogView::passes(const QString &line) const
{
    static const QStringList order = {QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("warning"),
                                      QStringLiteral("error"), QStringLiteral("fatal")};
    const QString wanted = m_level->currentData().toString();
    if (wanted.isEmpty())
        return true;
    const QString level = levelOf(line);
    // A line without a level (a panic's stack, a script's echo) is shown only with all lines.
    return !level.isEmpty() && order.indexOf(level) >= order.indexOf(wanted);
}

void DaemonLogView::appendLine(const QString &line)
{
    m_lines.append(line);
    if (m_lines.size() > MaxLines)
        m_lines.remove(0, m_lines.size() - MaxLines);
    if (!m_follow->isChecked()) {
        m_held.append(line);
        if (m_held.size() > MaxLines)
            m_held.remove(0, m_held.size() - MaxLines);
        return;
    }
    if (passes(line))
        m_text->appendPlainText(line);
}

void DaemonLogView::appendMarker(const QString &text)
{
    appendLine(QStringLiteral("-- %1 --").arg(text));
}

void DaemonLogView::clear()
{
    m_lines.clear();
    m_held.clear();
    m_text->clear();
}

bool DaemonLogView::isFollowing() const
{
    return m_follow->isChecked();
}

QStringList DaemonLogView::shownLines() const
{
    return m_text->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void DaemonLogView::rebuild()
{
    // Lines held while paused are the newest ones; they wait for Follow.
    QStringList shown;
    const qsizetype upTo = m_lines.size() - m_held.size();
    for (qsizetype i = 0; i < upTo; ++i)
        if (passes(m_lines.at(i)))
            shown.append(m_lines.at(i));
    m_text->setPlainText(shown.join(QLatin1Char('\n')));
    m_text->verticalScrollBar()->setValue(m_text->verticalScrollBar()->maximum());
}

void DaemonLogView::find()
{
    const QString text = m_search->text();
    if (text.isEmpty())
        return;
    if (!m_text->find(text)) {
        m_text->moveCursor(QTextCursor::Start);
        m_text->find(text);
    }
}
