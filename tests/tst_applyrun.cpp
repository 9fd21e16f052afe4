#include "apply/ApplyContext.h"
#include "apply/ApplyRun.h"
#include "apply/FileStep.h"

#include "FileAccess.h"
#include "TestFiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

// A step that fails after making the file before it impossible to put back (a folder takes its name).
class SabotageStep : public Step
{
public:
    explicit SabotageStep(QString local) : m_local(std::move(local)) {}
    QString title() const override { return QStringLiteral("Sabotage"); }
    bool prepare(ApplyContext &, QString *) override { return true; }
    QStringList changes() const override { return {QStringLiteral("sabotage")}; }
    bool apply(ApplyContext &, QString *error) override
    {
        QFile::remove(m_local);
        QDir().mkpath(m_local + QStringLiteral("/in-the-way"));
        *error = QStringLiteral("sabotaged");
        return false;
    }
    void undo(ApplyContext &) override {}

private:
    QString m_local;
};

} // namespace

using TestFiles::read;

// The run's promise about a failed apply: what could not be put back is named, with where its copy is,
// and that copy is kept.
class TestApplyRun : public QObject
{
    Q_OBJECT

private:
    // The admin's own runDockerDaemon.cmd, already on the host.
    static QString plantScript(const QTemporaryDir &root)
    {
        const QString script = root.filePath(QStringLiteral("ProgramData/docker/runDockerDaemon.cmd"));
        QDir().mkpath(QFileInfo(script).absolutePath());
        QFile original(script);
        original.open(QIODevice::WriteOnly);
        original.write("the admin's own script\r\n");
        return script;
    }

    static std::unique_ptr<Step> scriptStep()
    {
        return std::make_unique<FileStep>(QStringLiteral("Write runDockerDaemon.cmd"),
                                          QStringLiteral("C:\\ProgramData\\docker\\runDockerDaemon.cmd"),
                                          FileStep::fixed("Berth's script\r\n"));
    }

private slots:
    void backupStaysWhileAnythingCouldNotBePutBack()
    {
        QTemporaryDir root;
        const QString script = plantScript(root);

        const WindowsHost host(root.path(), {});
        ApplyContext context(host, Answers());
        std::vector<std::unique_ptr<Step>> steps;
        steps.push_back(scriptStep());
        steps.push_back(std::make_unique<SabotageStep>(script));
        ApplyRun run(context, std::move(steps));
        QCOMPARE(run.run(false), ApplyRun::RolledBack);
        QVERIFY2(run.error().contains(QLatin1String("These could not be put back: "
                                                    "C:\\ProgramData\\docker\\runDockerDaemon.cmd")),
                 qPrintable(run.error()));
        QVERIFY2(run.error().contains(QLatin1String("The backup stays in C:\\ProgramData\\docker\\berth-backup\\")),
                 qPrintable(run.error()));
        QVERIFY(!run.error().contains(QLatin1String("Everything this apply changed has been put back")));
        // The copy is there, whole, and readable by its owner alone (it could have been a private key).
        QDirIterator copies(root.filePath(QStringLiteral("ProgramData/docker/berth-backup")), {QStringLiteral("*.cmd")},
                            QDir::Files, QDirIterator::Subdirectories);
        QVERIFY(copies.hasNext());
        const QString copy = copies.next();
        QVERIFY2(copy.endsWith(QLatin1String("/C/ProgramData/docker/runDockerDaemon.cmd")), qPrintable(copy));
        QCOMPARE(read(copy), QByteArray("the admin's own script\r\n"));
#ifndef Q_OS_WIN
        QCOMPARE(FileAccess::describe(copy), QStringLiteral("owner-only"));
#endif
    }

    // When everything could be put back, the backup goes, as before.
    void backupGoesWhenEverythingIsPutBack()
    {
        QTemporaryDir root;
        const QString script = plantScript(root);
        const WindowsHost host(root.path(), {});
        ApplyContext context(host, Answers());
        std::vector<std::unique_ptr<Step>> steps;
        steps.push_back(scriptStep());
        // Without the service's stop and start around it: this host has no launcher to run sc.exe, and a stop the
        // rollback cannot make is something not put back.
        ApplyRun run(context, std::move(steps), nullptr, ApplyRun::Alone);
        run.setInjectedFailure(0);
        QCOMPARE(run.run(false), ApplyRun::RolledBack);
        QVERIFY(run.error().contains(QLatin1String("Everything this apply changed has been put back")));
        QCOMPARE(read(script), QByteArray("the admin's own script\r\n"));
        QVERIFY(!QFileInfo::exists(root.filePath(QStringLiteral("ProgramData/docker/berth-backup"))));
    }
};

QTEST_GUILESS_MAIN(TestApplyRun)
#include "tst_applyrun.moc"
