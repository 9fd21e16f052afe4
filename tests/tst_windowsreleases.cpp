#include "answers/AnswersValidator.h"
#include "answers/WindowsReleases.h"
#include "apply/DockerUpgrade.h"
#include "apply/Plan.h"

#include <QJsonDocument>
#include <QTest>

namespace {

Answers parse(const char *json)
{
    QStringList problems;
    const Answers answers = Answers::fromJson(QJsonDocument::fromJson(json).object(), &problems);
    if (!problems.isEmpty())
        qWarning() << problems;
    return answers;
}

HostSettings host(Edition edition, int build)
{
    HostSettings settings;
    settings.edition = edition;
    settings.build = build;
    return settings;
}

} // namespace

// One table says which engine each Windows runs (moby's checkSystem: Engine 23.0 and later need build 17763), and
// the default version, validate, the upgrade's choice and plan all read it.
class TestWindowsReleases : public QObject
{
    Q_OBJECT

private slots:
    void namesTheRelease_data()
    {
        QTest::addColumn<int>("edition");
        QTest::addColumn<int>("build");
        QTest::addColumn<QString>("name");
        QTest::newRow("2016") << int(Edition::Server) << 14393 << "Windows Server 2016 (build 14393)";
        QTest::newRow("2019") << int(Edition::Server) << 17763 << "Windows Server 2019 (build 17763)";
        QTest::newRow("2022") << int(Edition::Server) << 20348 << "Windows Server 2022 (build 20348)";
        QTest::newRow("2025") << int(Edition::Server) << 26100 << "Windows Server 2025 (build 26100)";
        QTest::newRow("nano") << int(Edition::Nano) << 14393 << "Nano Server (build 14393)";
        QTest::newRow("10 1607") << int(Edition::Client) << 14393 << "Windows 10 1607 (build 14393)";
        QTest::newRow("10 22H2") << int(Edition::Client) << 19045 << "Windows 10 22H2 (build 19045)";
        QTest::newRow("11 24H2") << int(Edition::Client) << 26100 << "Windows 11 24H2 (build 26100)";
        QTest::newRow("unknown") << int(Edition::Server) << 20349 << "Windows Server, build 20349";
        QTest::newRow("2022 is no client") << int(Edition::Client) << 20348 << "Windows client, build 20348";
    }

    void namesTheRelease()
    {
        QFETCH(int, edition);
        QFETCH(int, build);
        QFETCH(QString, name);
        QCOMPARE(WindowsReleases::name(Edition(edition), build), name);
    }

    void engineLineEndsBelow17763()
    {
        QVERIFY(WindowsReleases::runs(14393, QStringLiteral("20.10.24")));
        QVERIFY(WindowsReleases::runs(14393, QStringLiteral("17.06.2-ee-16")));
        QVERIFY(!WindowsReleases::runs(14393, QStringLiteral("23.0.0")));
        QVERIFY(!WindowsReleases::runs(14393, QStringLiteral("23.0.0-rc.1")));
        QVERIFY(!WindowsReleases::runs(17134, QStringLiteral("28.2.2")));
        QVERIFY(WindowsReleases::runs(17763, QStringLiteral("28.2.2")));
        QVERIFY(WindowsReleases::runs(0, QStringLiteral("28.2.2"))); // not known yet: the host decides
        QCOMPARE(WindowsReleases::newestEngine(14393), QStringLiteral("20.10.24"));
        QVERIFY(WindowsReleases::newestEngine(20348).isEmpty());
        QCOMPARE(WindowsReleases::describe(Edition::Server, 14393),
                 QStringLiteral("Windows Server 2016 (build 14393): its Docker engine line ends at 20.10.24 (Docker "
                                "Engine 23.0 and later need build 17763)"));
        QCOMPARE(WindowsReleases::describe(Edition::Server, 20348),
                 QStringLiteral("Windows Server 2022 (build 20348)"));
    }

    // The default engine follows the host, as service.manager follows the edition: the manual procedure's own host
    // gets an engine that starts there.
    void theDefaultVersionFollowsTheHost()
    {
        QCOMPARE(parse("{}").binaries.version, QLatin1String(Defaults::DockerVersion));
        QCOMPARE(parse(R"({"host": {"build": 14393}})").binaries.version, QStringLiteral("20.10.24"));
        QCOMPARE(parse(R"({"host": {"edition": "nano"}})").binaries.version, QStringLiteral("20.10.24"));
        QCOMPARE(parse(R"({"host": {"build": 20348}})").binaries.version, QLatin1String(Defaults::DockerVersion));
        QCOMPARE(parse(R"({"host": {"build": 14393}, "binaries": {"version": "20.10.9"}})").binaries.version,
                 QStringLiteral("20.10.9"));

        // The wizard, and apply once it has read the build: a version still as the host gave it follows the host.
        Answers a;
        Answers before = a;
        a.host.build = 14393;
        QVERIFY(a.follow(before));
        QCOMPARE(a.binaries.version, QStringLiteral("20.10.24"));
        before = a;
        a.host.build = 20348;
        QVERIFY(a.follow(before));
        QCOMPARE(a.binaries.version, QLatin1String(Defaults::DockerVersion));
        a.binaries.version = QStringLiteral("27.5.1"); // the admin's own choice stays
        before = a;
        a.host.edition = Edition::Nano;
        a.follow(before);
        QCOMPARE(a.binaries.version, QStringLiteral("27.5.1"));
    }

    void validateRefusesAnEngineTheBuildCannotRun()
    {
        const QStringList problems =
            AnswersValidator::validate(parse(R"({"host": {"build": 14393}, "binaries": {"version": "28.2.2"}})"));
        QCOMPARE(problems,
                 QStringList{QStringLiteral(
                     "binaries.version: Docker 28.2.2 does not start on Windows Server 2016 (build 14393): Docker "
                     "Engine 23.0 and later need build 17763 (Windows Server 2019, Windows 10 1809) or later. The "
                     "newest engine this host runs is 20.10.24.")});
        QVERIFY(AnswersValidator::validate(parse(R"({"host": {"edition": "nano", "build": 14393}})")).isEmpty());
        QVERIFY(AnswersValidator::validate(parse(R"({"host": {"edition": "nano"}, "binaries": {"version": "25.0.0"}})"))
                    .value(0)
                    .startsWith(QLatin1String("binaries.version: Docker 25.0.0 does not start on Nano Server")));
        // A mirror's zip named as Docker names it says its version.
        // (not a raw string: moc reads the // in it as a comment)
        const QStringList mirror =
            AnswersValidator::validate(parse("{\"host\": {\"build\": 14393}, \"binaries\": {\"zipUrl\": "
                                             "\"https://mirror.corp/win/docker-27.5.1.zip\"}}"));
        QCOMPARE(mirror.size(), 1);
        QVERIFY2(mirror.first().startsWith(QLatin1String("binaries.zipUrl: Docker 27.5.1 does not start")),
                 qPrintable(mirror.first()));
        QVERIFY(AnswersValidator::validate(parse(R"({"host": {"build": 17763}, "binaries": {"version": "28.2.2"}})"))
                    .isEmpty());
    }

    // plan on the manual procedure's own host downloads the engine that starts there, beside the ConDrv step.
    void planOnServer2016DownloadsTheLastEngineItRuns()
    {
        const QString text = Plan::toText(Plan::forAnswers(parse(R"({"host": {"build": 14393}})")));
        QVERIFY2(text.contains(QLatin1String("docker-20.10.24.zip")), qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("docker-28.2.2.zip")));
        QVERIFY(text.contains(QLatin1String("ConDrv")));
        const QString nano = Plan::toText(Plan::forAnswers(parse(R"({"host": {"edition": "nano"}})")));
        QVERIFY2(nano.contains(QLatin1String("docker-20.10.24.zip")), qPrintable(nano));
    }

    void anUpgradeNeverOffersWhatTheHostCannotRun()
    {
        const QStringList offered{QStringLiteral("29.0.0"), QStringLiteral("28.3.0"), QStringLiteral("20.10.24"),
                                  QStringLiteral("20.10.23")};
        const DockerUpgrade::Choice on2016 =
            DockerUpgrade::choose(QStringLiteral("20.10.23"), offered, QString(), host(Edition::Server, 14393));
        QCOMPARE(on2016.target, QStringLiteral("20.10.24"));
        QCOMPARE(on2016.newer, QStringList{QStringLiteral("20.10.24")});
        QVERIFY(on2016.leftOut.startsWith(QLatin1String("Not offered to this host: Docker 29.0.0 does not start")));

        const DockerUpgrade::Choice asked = DockerUpgrade::choose(QStringLiteral("20.10.23"), offered,
                                                                  QStringLiteral("28.3.0"), host(Edition::Nano, 0));
        QVERIFY(asked.target.isEmpty());
        QVERIFY2(
            asked.error.startsWith(QLatin1String("--to: Docker 28.3.0 does not start on Nano Server (build 14393)")),
            qPrintable(asked.error));

        // An engine that cannot start there is not "already the newest": it says how to go back.
        const DockerUpgrade::Choice broken =
            DockerUpgrade::choose(QStringLiteral("28.3.0"), offered, QString(), host(Edition::Server, 14393));
        QVERIFY(broken.target.isEmpty());
        QVERIFY2(broken.error.endsWith(QLatin1String("Go back to it with berth upgrade --to 20.10.24.")),
                 qPrintable(broken.error));

        const DockerUpgrade::Choice on2022 =
            DockerUpgrade::choose(QStringLiteral("28.3.0"), offered, QString(), host(Edition::Server, 20348));
        QCOMPARE(on2022.target, QStringLiteral("29.0.0"));
        QVERIFY(on2022.leftOut.isEmpty());
    }

    void processIsolationOnClientsFrom1809()
    {
        QVERIFY(!WindowsReleases::processIsolation(Edition::Client, 17134));
        QVERIFY(WindowsReleases::processIsolation(Edition::Client, 17763));
        QVERIFY(WindowsReleases::processIsolation(Edition::Server, 14393));
    }
};

QTEST_GUILESS_MAIN(TestWindowsReleases)
#include "tst_windowsreleases.moc"
