#include "apply/DockerUpgrade.h"
#include "fetch/DockerReleases.h"

#include <QTest>

// Reading Docker CE's static index, ordering releases, and choosing where an upgrade goes.
class TestDockerReleases : public QObject
{
    Q_OBJECT

private slots:
    // The page as download.docker.com serves it: a folder listing with the parent, old "-ce" releases,
    // and links that are not releases.
    void readsTheIndexNewestFirst()
    {
        const QByteArray page =
            "<html>\n<head><title>Index of win/static/stable/x86_64/</title></head>\n<body>\n"
            "<h1>Index of win/static/stable/x86_64/</h1>\n<hr>\n<pre>\n"
            "<a href=\"../\">../</a>\n"
            "<a href=\"docker-17.09.0-ce.zip\">docker-17.09.0-ce.zip</a>  2017-09-26 22:40:33 15.6 MB\n"
            "<a href=\"docker-24.0.7.zip\">docker-24.0.7.zip</a>  2023-10-27 09:59:02 40.1 MB\n"
            "<a href=\"docker-28.2.2.zip\">docker-28.2.2.zip</a>  2025-05-30 12:59:02 49.1 MB\n"
            "<a href=\"docker-28.10.0.zip\">docker-28.10.0.zip</a>\n"
            "<a href=\"docker-28.3.0-rc.1.zip\">docker-28.3.0-rc.1.zip</a>\n"
            "<a href=\"docker-28.3.0.zip\">docker-28.3.0.zip</a>\n"
            "<a href=\"/win/static/stable/x86_64/docker-28.3.0.zip\">again</a>\n"
            "<a href=\"docker-rootless-extras-28.3.0.zip\">not a release</a>\n"
            "<a href=\"docker-28.3.1.tgz\">not a zip</a>\n"
            "<a href=\"docker-28.3.1.zip.sha256\">not the zip</a>\n"
            "<a href=\"docker-1.2.zip\">not a version</a>\n"
            "<a href=\"docker-28.3.2.zip\" onclick=\"x\">docker-28.3.2.zip</a>\n"
            "</pre><hr></body>\n</html>\n";
        QCOMPARE(DockerReleases::parse(page),
                 (QStringList{QStringLiteral("28.10.0"), QStringLiteral("28.3.2"), QStringLiteral("28.3.0"),
                              QStringLiteral("28.3.0-rc.1"), QStringLiteral("28.2.2"), QStringLiteral("24.0.7"),
                              QStringLiteral("17.09.0-ce")}));
        QVERIFY(DockerReleases::parse("<html>no releases</html>").isEmpty());
        // Nothing from the page reaches a URL or a file name but the version's own characters.
        QVERIFY(DockerReleases::parse("<a href=\"docker-28.3.0&x.zip\">"
                                      "<a href=\"docker-28.3.0/../../x.zip\"><a href=\"docker-28.3.0%2f.zip\">")
                    .isEmpty());
    }

    void comparesByNumbersThenReleaseBeforeItsPreRelease()
    {
        QVERIFY(DockerReleases::compare(QStringLiteral("28.10.0"), QStringLiteral("28.9.1")) > 0);
        QVERIFY(DockerReleases::compare(QStringLiteral("28.3.0"), QStringLiteral("28.3.0-rc.1")) > 0);
        QVERIFY(DockerReleases::compare(QStringLiteral("28.3.0-rc.1"), QStringLiteral("28.2.2")) > 0);
        QVERIFY(DockerReleases::compare(QStringLiteral("28.2.2-standin"), QStringLiteral("28.3.0")) < 0);
        QCOMPARE(DockerReleases::compare(QStringLiteral("27.5.1"), QStringLiteral("27.5.1")), 0);
    }

    void zipUrlIsInTheIndexFolder()
    {
        QCOMPARE(DockerReleases::zipUrl(QStringLiteral("https://download.docker.com/win/static/stable/x86_64/"),
                                        QStringLiteral("28.2.2")),
                 QStringLiteral("https://download.docker.com/win/static/stable/x86_64/docker-28.2.2.zip"));
        QCOMPARE(DockerReleases::zipUrl(QStringLiteral("https://mirror.example/docker"), QStringLiteral("27.5.1")),
                 QStringLiteral("https://mirror.example/docker/docker-27.5.1.zip"));
        QCOMPARE(DockerReleases::zipUrl(QStringLiteral("http://127.0.0.1:8080/"), QStringLiteral("27.5.1")),
                 QStringLiteral("http://127.0.0.1:8080/docker-27.5.1.zip"));
    }

    void readsWhatDockerdVersionPrints()
    {
        QCOMPARE(DockerReleases::fromVersionOutput(QStringLiteral("Docker version 28.2.2, build e6534b4\r\n")),
                 QStringLiteral("28.2.2"));
        QCOMPARE(DockerReleases::fromVersionOutput(QStringLiteral("Docker version 17.09.0-ce, build afdb6d4\n")),
                 QStringLiteral("17.09.0-ce"));
        QVERIFY(DockerReleases::fromVersionOutput(QStringLiteral("The system cannot execute the program.")).isEmpty());
        QVERIFY(DockerReleases::fromVersionOutput(QStringLiteral("Docker version 28, build x")).isEmpty());
    }

    void choosesTheNewestOrWhatIsAskedForByName()
    {
        const QStringList offered{QStringLiteral("28.3.0"), QStringLiteral("28.2.2"), QStringLiteral("27.5.1")};
        DockerUpgrade::Choice newest = DockerUpgrade::choose(QStringLiteral("27.5.1"), offered, QString());
        QCOMPARE(newest.target, QStringLiteral("28.3.0"));
        QCOMPARE(newest.newer, (QStringList{QStringLiteral("28.3.0"), QStringLiteral("28.2.2")}));
        QVERIFY(!newest.downgrade && newest.error.isEmpty());

        // Already the newest, or newer than anything offered: stay.
        QCOMPARE(DockerUpgrade::choose(QStringLiteral("28.3.0"), offered, QString()).target, QStringLiteral("28.3.0"));
        QCOMPARE(DockerUpgrade::choose(QStringLiteral("29.0.0"), offered, QString()).target, QStringLiteral("29.0.0"));

        const DockerUpgrade::Choice back =
            DockerUpgrade::choose(QStringLiteral("28.3.0"), offered, QStringLiteral("27.5.1"));
        QCOMPARE(back.target, QStringLiteral("27.5.1"));
        QVERIFY(back.downgrade);

        const DockerUpgrade::Choice unknown =
            DockerUpgrade::choose(QStringLiteral("28.3.0"), offered, QStringLiteral("26.1.0"));
        QVERIFY(unknown.target.isEmpty());
        QCOMPARE(unknown.error, QStringLiteral("--to: 26.1.0 is not offered; the index offers 28.3.0, 28.2.2, 27.5.1"));
    }

    // The upgrade's answers fetch the index's zip for the version; a pin made for another zip is dropped.
    void answersForTheUpgradeDownloadTheRelease()
    {
        Answers installed;
        installed.binaries.source = Source::Keep;
        installed.binaries.sha256 = QStringLiteral("ab").repeated(32);
        installed.binaries.indexUrl = QStringLiteral("https://mirror.example/docker/");
        installed.service.name = QStringLiteral("docker-engine");
        const Answers upgrade = DockerUpgrade::answersFor(installed, QStringLiteral("28.3.0"));
        QCOMPARE(upgrade.binaries.source, Source::Download);
        QCOMPARE(upgrade.effectiveZipUrl(), QStringLiteral("https://mirror.example/docker/docker-28.3.0.zip"));
        QVERIFY(upgrade.binaries.sha256.isEmpty());
        QCOMPARE(upgrade.service.name, QStringLiteral("docker-engine"));

        Answers pinned;
        pinned.binaries.sha256 = QStringLiteral("cd").repeated(32);
        QCOMPARE(DockerUpgrade::answersFor(pinned, pinned.binaries.version).binaries.sha256, pinned.binaries.sha256);
        QVERIFY(DockerUpgrade::answersFor(pinned, QStringLiteral("27.5.1")).binaries.sha256.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDockerReleases)
#include "tst_dockerreleases.moc"
