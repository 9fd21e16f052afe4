#include "render/TextDiff.h"

#include <QTest>

class TestTextDiff : public QObject
{
    Q_OBJECT

private slots:
    void equalTextsHaveNoDiff()
    {
        QVERIFY(TextDiff::unified(QStringLiteral("a\r\nb\r\n"), QStringLiteral("a\nb\n")).isEmpty());
    }

    void oneChangedLineWithContext()
    {
        const QString before = QStringLiteral("1\n2\n3\n4\n5\n6\n7\n");
        const QString after = QStringLiteral("1\n2\n3\nfour\n5\n6\n7\n");
        QCOMPARE(
            TextDiff::unified(before, after),
            (QStringList{QStringLiteral("@@ -2,5 +2,5 @@"), QStringLiteral(" 2"), QStringLiteral(" 3"),
                         QStringLiteral("-4"), QStringLiteral("+four"), QStringLiteral(" 5"), QStringLiteral(" 6")}));
    }

    void farApartChangesMakeTwoHunks()
    {
        QStringList lines;
        for (int i = 1; i <= 20; ++i)
            lines << QString::number(i);
        QStringList changed = lines;
        changed[1] = QStringLiteral("two");
        changed[17] = QStringLiteral("eighteen");
        const QStringList diff = TextDiff::unified(lines.join(QLatin1Char('\n')), changed.join(QLatin1Char('\n')));
        QCOMPARE(diff.filter(QRegularExpression(QStringLiteral("^@@"))).size(), 2);
        QVERIFY(diff.contains(QStringLiteral("+two")) && diff.contains(QStringLiteral("-18")));
    }

    void aNewFileIsAllAdded()
    {
        QCOMPARE(TextDiff::unified(QString(), QStringLiteral("x\ny\n")),
                 (QStringList{QStringLiteral("@@ -0,0 +1,2 @@"), QStringLiteral("+x"), QStringLiteral("+y")}));
    }
};

QTEST_GUILESS_MAIN(TestTextDiff)
#include "tst_textdiff.moc"
