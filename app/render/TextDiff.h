#pragma once

#include <QString>
#include <QStringList>

// A unified diff of two texts by lines, as `diff -u` shows it, for the Summary page: what a file
// on the host is now against what Berth will write.
class TextDiff
{
public:
    // Lines starting with "-", "+" or " " and hunk headers "@@ -a,b +c,d @@"; empty when equal.
    static QStringList unified(const QString &before, const QString &after, int context = 2);
};
