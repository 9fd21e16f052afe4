#include "answers/AnswersValidator.h"
#include "render/DaemonScript.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

QByteArray readFile(const QString &name)
{
    QFile file(name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Answers answersFrom(const QString &name)
{
    QStringList problems;
    const Answers answers = Answers::fromFile(QStringLiteral(BERTH_TEST_DATA "/answers/") + name, &problems);
    problems += AnswersValidator::validate(answers);
    if (!problems.isEmpty())
        qFatal("%s: %s", qPrintable(name), qPrintable(problems.join(QLatin1Char('\n'))));
    return answers;
}

} // namespace

class TestDaemonScript : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreTheSeedScriptByteForByte()
    {
        const QByteArray golden = readFile(QStringLiteral(BERTH_TEST_DATA "/golden/seed-runDockerDaemon.cmd"));
        QVERIFY(!golden.isEmpty());
        QCOMPARE(DaemonScript::render(Answers()), golden);
        QCOMPARE(DaemonScript::render(answersFrom(QStringLiteral("defaults.json"))), golden);
    }

    // The seed document itself, where shared/ stands beside the checkout: both copies of the
    // script in it (Windows Server and Nano Server) are what Berth writes, with CRLF line ends.
    void defaultsAreTheScriptInTheSeedDocument()
    {
        const QString seed = QStringLiteral(BERTH_SOURCE_DIR "/../shared/seed/docker-and-windows.md");
        if (!QFile::exists(seed))
            QSKIP("shared/seed/docker-and-windows.md is not beside this checkout; the golden copy was checked instead");
        const QString text = QString::fromUtf8(readFile(seed));
        static const QRegularExpression block(
            QStringLiteral("Copy the following text into the `runDockerDaemon.cmd` file.\\s*```none\\n(.*?)\\n```"),
            QRegularExpression::DotMatchesEverythingOption);
        int found = 0;
        for (auto it = block.globalMatch(text); it.hasNext(); ++found) {
            const QString script = it.next().captured(1);
            QCOMPARE(DaemonScript::render(Answers()),
                     (QString(script).replace(QStringLiteral("\n"), QStringLiteral("\r\n")) + QStringLiteral("\r\n"))
                         .toLatin1());
        }
        QCOMPARE(found, 2);
    }

    void variantsMatchTheirGoldenFiles_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList names =
            QDir(QStringLiteral(BERTH_TEST_DATA "/answers")).entryList({QStringLiteral("*.json")});
        for (const QString &name : names) {
            if (name != QLatin1String("defaults.json"))
                QTest::newRow(qPrintable(name)) << name.chopped(5);
        }
    }
    void variantsMatchTheirGoldenFiles()
    {
        QFETCH(QString, name);
        const QByteArray golden = readFile(QStringLiteral(BERTH_TEST_DATA "/golden/") + name + QStringLiteral(".cmd"));
        QVERIFY(!golden.isEmpty());
        QCOMPARE(DaemonScript::render(answersFrom(name + QStringLiteral(".json"))), golden);
    }

    // A choice changes only the lines it must: every other line stays the seed's.
    void aChoiceChangesOnlyItsLines()
    {
        const QList<QByteArray> seed = DaemonScript::render(Answers()).split('\n');
        Answers a;
        a.runtime.debug = true;
        const QList<QByteArray> debug = DaemonScript::render(a).split('\n');
        QCOMPARE(debug.size(), seed.size());
        int changed = 0;
        for (int i = 0; i < seed.size(); ++i) {
            if (seed[i] != debug[i]) {
                ++changed;
                QVERIFY2(debug[i].contains(" -D"), debug[i].constData());
            }
        }
        QCOMPARE(changed, 4); // the two plain and the two secure dockerd lines
    }

    void everyLineEndsWithCrlf()
    {
        Answers a;
        a.runtime.pipeGroup = QStringLiteral("docker users");
        const QByteArray script = DaemonScript::render(a);
        QCOMPARE(script.count('\n'), script.count("\r\n"));
        QVERIFY(script.endsWith("\r\n"));
    }

    void wordsAreQuotedOnlyWhenCmdWouldSplitThem()
    {
        QCOMPARE(DaemonScript::batchWord(QStringLiteral("C:\\ProgramData\\docker")),
                 QStringLiteral("C:\\ProgramData\\docker"));
        QCOMPARE(DaemonScript::batchWord(QStringLiteral("C:\\a b")), QStringLiteral("\"C:\\a b\""));
        QCOMPARE(DaemonScript::batchWord(QStringLiteral("C:\\R&D")), QStringLiteral("\"C:\\R&D\""));
        QCOMPARE(DaemonScript::batchWord(QStringLiteral("C:\\a(1)")), QStringLiteral("\"C:\\a(1)\""));
        QCOMPARE(DaemonScript::batchWord(QStringLiteral("C:\\a=b")), QStringLiteral("\"C:\\a=b\""));
        QCOMPARE(DaemonScript::batchArgument(QStringLiteral("isolation=hyperv")), QStringLiteral("isolation=hyperv"));
        QCOMPARE(DaemonScript::batchArgument(QStringLiteral("docker users")), QStringLiteral("\"docker users\""));
    }
};

QTEST_GUILESS_MAIN(TestDaemonScript)
#include "tst_daemonscript.moc"
