#include "TextDiff.h"

#include <vector>

namespace {

QStringList linesOf(const QString &text)
{
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QStringList lines = normalized.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

QStringList TextDiff::unified(const QString &before, const QString &after, int context)
{
    const QStringList a = linesOf(before);
    const QStringList b = linesOf(after);
    const qsizetype n = a.size(), m = b.size();
    // Longest common subsequence from the end; the files Berth writes are a few hundred lines.
    std::vector<std::vector<int>> common(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            common[size_t(i)][size_t(j)] =
                a[i] == b[j] ? common[size_t(i + 1)][size_t(j + 1)] + 1
                             : std::max(common[size_t(i + 1)][size_t(j)], common[size_t(i)][size_t(j + 1)]);
    struct Line
    {
        QChar mark;
        QString text;
        qsizetype oldLine, newLine;
    };
    std::vector<Line> script;
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] == b[j]) {
            script.push_back({QLatin1Char(' '), a[i], i, j});
            ++i, ++j;
        } else if (i < n && (j == m || common[size_t(i + 1)][size_t(j)] >= common[size_t(i)][size_t(j + 1)])) {
            // Removed lines before added ones, as diff -u shows them.
            script.push_back({QLatin1Char('-'), a[i], i, j});
            ++i;
        } else {
            script.push_back({QLatin1Char('+'), b[j], i, j});
            ++j;
        }
    }
    QStringList out;
    const qsizetype count = qsizetype(script.size());
    qsizetype k = 0;
    while (k < count) {
        if (script[size_t(k)].mark == QLatin1Char(' ')) {
            ++k;
            continue;
        }
        // A hunk: the changes from k on, joined while fewer than 2 * context equal lines part them.
        qsizetype start = std::max<qsizetype>(0, k - context);
        qsizetype end = k;
        qsizetype equalRun = 0;
        for (qsizetype at = k; at < count; ++at) {
            if (script[size_t(at)].mark == QLatin1Char(' ')) {
                if (++equalRun > 2 * context)
                    break;
            } else {
                equalRun = 0;
                end = at;
            }
        }
        end = std::min(count - 1, end + context);
        qsizetype oldCount = 0, newCount = 0;
        for (qsizetype at = start; at <= end; ++at) {
            oldCount += script[size_t(at)].mark != QLatin1Char('+');
            newCount += script[size_t(at)].mark != QLatin1Char('-');
        }
        const Line &first = script[size_t(start)];
        out << QStringLiteral("@@ -%1,%2 +%3,%4 @@")
                   .arg(oldCount ? first.oldLine + 1 : first.oldLine)
                   .arg(oldCount)
                   .arg(newCount ? first.newLine + 1 : first.newLine)
                   .arg(newCount);
        for (qsizetype at = start; at <= end; ++at)
            out << script[size_t(at)].mark + script[size_t(at)].text;
        k = end + 1;
    }
    return out;
}
