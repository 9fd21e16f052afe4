#pragma once

#include <QStringList>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// daemon.log as the admin reads it: a bounded buffer of lines shown in a view that caps its
// blocks; pause and follow; a filter by level; search; copy.
class DaemonLogView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MaxLines = 20000;

    explicit DaemonLogView(QWidget *parent = nullptr);

    void appendLine(const QString &line);
    void appendMarker(const QString &text);
    void clear();
    bool isFollowing() const;
    // The lines the view shows now (after the level filter), for tests and Copy.
    QStringList shownLines() const;

    // dockerd's level of a line: "debug", "info", "warning", "error", "fatal"; "" when it has none.
    static QString levelOf(const QString &line);

private:
    bool passes(const QString &line) const;
    void rebuild();
    void find();

    QStringList m_lines;
    QStringList m_held; // arrived while paused
    QPlainTextEdit *m_text;
    QPushButton *m_follow;
    QComboBox *m_level;
    QLineEdit *m_search;
};
