#include "answers/Answers.h"
#include "inspect/HostInspector.h"
#include "render/DaemonScript.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace {

QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// Reading a start script back into answers, without Wine: the manual procedure's own script, and every
// script Berth writes for the answer files of the tests, read and written again, are the same bytes.
class TestHostInspector : public QObject
{
    Q_OBJECT

private slots:
    void readsTheManualProceduresScript()
    {
        Answers answers;
        answers.runtime.debug = true; // to be overwritten by what the script says
        QVERIFY(HostInspector::readScript(read(QStringLiteral(BERTH_TEST_DATA "/golden/seed-runDockerDaemon.cmd")),
                                          &answers));
        QCOMPARE(answers.runtime.debug, false);
        QCOMPARE(DaemonScript::render(answers),
                 read(QStringLiteral(BERTH_TEST_DATA "/golden/seed-runDockerDaemon.cmd")));
    }

    void everyScriptBerthWritesReadsBack_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &name :
             QDir(QStringLiteral(BERTH_TEST_DATA "/answers")).entryList({QStringLiteral("*.json")}))
            QTest::newRow(qPrintable(name)) << QStringLiteral(BERTH_TEST_DATA "/answers/") + name;
    }

    void everyScriptBerthWritesReadsBack()
    {
        QFETCH(QString, file);
        QStringList problems;
        const Answers given = Answers::fromFile(file, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        const QByteArray script = DaemonScript::render(given);
        Answers read;
        QVERIFY2(HostInspector::readScript(script, &read), script.constData());
        QCOMPARE(QString::fromLatin1(DaemonScript::render(read)), QString::fromLatin1(script));
        QCOMPARE(read.binaries.installDir, given.binaries.installDir);
        if (given.scriptCarriesFlags()) {
            // Both branches are always there; tag.txt and the certificates on the host say which runs.
            QCOMPARE(read.tls.port, given.tls.port);
            QCOMPARE(read.tls.address, given.tls.address);
            QCOMPARE(read.runtime.dataRoot, given.runtime.dataRoot);
            QCOMPARE(read.runtime.debug, given.runtime.debug);
        }
    }

    void notAStartScriptIsNotRead()
    {
        Answers answers;
        QVERIFY(!HostInspector::readScript("@echo off\r\nnotepad.exe\r\n", &answers));
        QVERIFY(!HostInspector::readScript(QByteArray(), &answers));
    }
};

QTEST_GUILESS_MAIN(TestHostInspector)
#include "tst_hostinspector.moc"
