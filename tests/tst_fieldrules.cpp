#include "answers/FieldRules.h"

#include <QTemporaryDir>
#include <QTest>

// Each rule with values it must refuse and odd-looking values it must accept.
class TestFieldRules : public QObject
{
    Q_OBJECT

private slots:
    void ports()
    {
        QCOMPARE(FieldRules::port(70000), QStringLiteral("70000 is not a port (1-65535)"));
        QVERIFY(!FieldRules::port(0).isEmpty());
        QVERIFY(!FieldRules::port(-1).isEmpty());
        QVERIFY(FieldRules::port(1).isEmpty());
        QVERIFY(FieldRules::port(65535).isEmpty());
    }

    void addresses_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("good");
        QTest::newRow("any v4") << "0.0.0.0" << true;
        QTest::newRow("v4") << "192.168.10.254" << true;
        QTest::newRow("any v6") << "::" << true;
        QTest::newRow("v6") << "fe80::1:2" << true;
        QTest::newRow("v4 in v6") << "::ffff:10.0.0.1" << true;
        QTest::newRow("short v4") << "1.2.3" << false;
        QTest::newRow("octet") << "256.1.1.1" << false;
        QTest::newRow("leading zero") << "01.2.3.4" << false;
        QTest::newRow("name") << "host" << false;
        QTest::newRow("scope") << "fe80::1%eth0" << false;
        QTest::newRow("empty") << "" << false;
    }
    void addresses()
    {
        QFETCH(QString, value);
        QFETCH(bool, good);
        QCOMPARE(FieldRules::ipAddress(value).isEmpty(), good);
    }

    void hostNames_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("good");
        QTest::newRow("fqdn") << "docker-01.corp.example.com" << true;
        QTest::newRow("single label") << "localhost" << true;
        QTest::newRow("digits first") << "1host.example" << true;
        QTest::newRow("v4") << "127.0.0.1" << true;
        QTest::newRow("v6") << "::1" << true;
        QTest::newRow("underscore") << "my_host" << false;
        QTest::newRow("hyphen end") << "host-.example" << false;
        QTest::newRow("empty label") << "a..b" << false;
        QTest::newRow("bad address") << "300.1.1.1" << false;
        QTest::newRow("space") << "my host" << false;
        QTest::newRow("long label") << QString(64, QLatin1Char('a')) << false;
    }
    void hostNames()
    {
        QFETCH(QString, value);
        QFETCH(bool, good);
        QCOMPARE(FieldRules::hostName(value).isEmpty(), good);
    }

    // binaries.installDir: a folder every local user may write in is refused, its neighbours are not.
    void userWritableFolders()
    {
        for (const char *refused : {"C:\\Users", "C:\\Users\\Public\\docker", "c:\\users\\admin\\bin",
                                    "C:\\Windows\\Temp\\docker", "C:\\Windows\\System32\\spool\\drivers\\color",
                                    "C:\\Windows\\Tasks", "E:\\$Recycle.Bin\\x", "C:\\Temp\\docker"})
            QVERIFY2(!FieldRules::userWritableFolder(QLatin1String(refused)).isEmpty(), refused);
        for (const char *taken : {"C:\\Windows\\System32", "C:\\Program Files\\Docker", "C:\\Userspace\\docker",
                                  "C:\\Windows\\Temporary", "D:\\docker", "C:\\ProgramData\\docker\\bin"})
            QVERIFY2(FieldRules::userWritableFolder(QLatin1String(taken)).isEmpty(), taken);
    }

    void windowsPaths_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("good");
        QTest::newRow("seed") << "C:\\ProgramData\\docker\\daemon.log" << true;
        QTest::newRow("spaces and parentheses") << "C:\\Program Files (x86)\\x" << true;
        QTest::newRow("ampersand") << "D:\\R&D\\docker" << true;
        QTest::newRow("root") << "C:\\" << true;
        QTest::newRow("relative") << "docker\\daemon.log" << false;
        QTest::newRow("unix") << "/var/log/docker" << false;
        QTest::newRow("unc") << "\\\\server\\share" << false;
        QTest::newRow("percent") << "C:\\%TEMP%\\x" << false;
        QTest::newRow("pipe") << "C:\\a|b" << false;
        QTest::newRow("quote") << "C:\\a\"b" << false;
        QTest::newRow("double backslash") << "C:\\a\\\\b" << false;
        QTest::newRow("trailing backslash") << "C:\\a\\" << false;
        QTest::newRow("device") << "C:\\docker\\nul.txt" << false;
        QTest::newRow("trailing dot") << "C:\\docker." << false;
        QTest::newRow("too long") << QStringLiteral("C:\\") + QString(300, QLatin1Char('a')) << false;
        QTest::newRow("newline") << "C:\\a\nb" << false;
        QTest::newRow("empty") << "" << false;
    }
    void windowsPaths()
    {
        QFETCH(QString, value);
        QFETCH(bool, good);
        const QString why = FieldRules::windowsPath(value);
        QVERIFY2(why.isEmpty() == good, qPrintable(why));
    }

    void serviceNames()
    {
        QVERIFY(FieldRules::serviceName(QStringLiteral("Docker")).isEmpty());
        QVERIFY(FieldRules::serviceName(QStringLiteral("Docker Engine (test)")).isEmpty());
        QVERIFY(!FieldRules::serviceName(QString()).isEmpty());
        QVERIFY(!FieldRules::serviceName(QStringLiteral("a\\b")).isEmpty());
        QVERIFY(!FieldRules::serviceName(QStringLiteral("a/b")).isEmpty());
        QVERIFY(!FieldRules::serviceName(QStringLiteral("100%")).isEmpty());
        QVERIFY(!FieldRules::serviceName(QStringLiteral(" Docker")).isEmpty());
        QVERIFY(!FieldRules::serviceName(QString(257, QLatin1Char('d'))).isEmpty());
    }

    void groupNames_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("good");
        QTest::newRow("none") << "" << true;
        QTest::newRow("plain") << "docker" << true;
        QTest::newRow("spaces") << "docker users" << true;
        QTest::newRow("domain") << "CORP\\docker admins" << true;
        QTest::newRow("parentheses") << "docker (ops)" << true;
        QTest::newRow("comma") << "a,b" << false;
        QTest::newRow("bracket") << "a[b]" << false;
        QTest::newRow("percent") << "a%b" << false;
        QTest::newRow("dots") << "..." << false;
        QTest::newRow("two domains") << "A\\B\\c" << false;
        QTest::newRow("empty domain") << "\\docker" << false;
        QTest::newRow("trailing space") << "docker " << false;
    }
    void groupNames()
    {
        QFETCH(QString, value);
        QFETCH(bool, good);
        QCOMPARE(FieldRules::groupName(value).isEmpty(), good);
    }

    void urls()
    {
        QVERIFY(FieldRules::url(QStringLiteral("https://download.docker.com/win/x.zip"), false).isEmpty());
        QVERIFY(!FieldRules::url(QStringLiteral("http://mirror.local/x.zip"), false).isEmpty());
        QVERIFY(FieldRules::url(QStringLiteral("http://mirror.local/x.zip"), true).isEmpty());
        QVERIFY(!FieldRules::url(QStringLiteral("ftp://mirror.local/x.zip"), true).isEmpty());
        QVERIFY(!FieldRules::url(QStringLiteral("https://"), false).isEmpty());
        QVERIFY(!FieldRules::url(QStringLiteral("not a url"), false).isEmpty());
        QVERIFY(!FieldRules::url(QString(), false).isEmpty());
        QVERIFY(FieldRules::proxyUrl(QStringLiteral("http://proxy:3128")).isEmpty());
        QVERIFY(!FieldRules::proxyUrl(QStringLiteral("proxy:3128")).isEmpty());
    }

    void digestsAndVersions()
    {
        QVERIFY(FieldRules::sha256(QString()).isEmpty());
        QVERIFY(FieldRules::sha256(QString(64, QLatin1Char('F'))).isEmpty());
        QVERIFY(!FieldRules::sha256(QString(63, QLatin1Char('a'))).isEmpty());
        QVERIFY(!FieldRules::sha256(QString(64, QLatin1Char('g'))).isEmpty());
        QVERIFY(FieldRules::dockerVersion(QStringLiteral("28.2.2")).isEmpty());
        QVERIFY(FieldRules::dockerVersion(QStringLiteral("25.0.0-rc.1")).isEmpty());
        QVERIFY(!FieldRules::dockerVersion(QStringLiteral("latest")).isEmpty());
        QVERIFY(!FieldRules::dockerVersion(QStringLiteral("28.2")).isEmpty());
    }

    void firewall()
    {
        for (const char *good : {"LocalSubnet", "any", "10.0.0.0/8", "10.0.0.1-10.0.0.9", "fd00::/8", "192.168.1.7"})
            QVERIFY2(FieldRules::firewallAddress(QLatin1String(good)).isEmpty(), good);
        for (const char *bad : {"10.0.0.0/33", "somewhere", "10.0.0.1-fd00::1", "", "1.2.3.4/"})
            QVERIFY2(!FieldRules::firewallAddress(QLatin1String(bad)).isEmpty(), bad);
        QVERIFY(FieldRules::firewallRuleName(QStringLiteral("Docker daemon")).isEmpty());
        QVERIFY(!FieldRules::firewallRuleName(QStringLiteral("all")).isEmpty());
        QVERIFY(!FieldRules::firewallRuleName(QStringLiteral(" ALL ")).isEmpty());
        QVERIFY(!FieldRules::firewallRuleName(QStringLiteral("a\"b")).isEmpty());
        QVERIFY(!FieldRules::firewallRuleName(QString()).isEmpty());
    }

    void textFields()
    {
        QVERIFY(FieldRules::displayText(QStringLiteral("Docker Engine"), 256, true).isEmpty());
        QVERIFY(!FieldRules::displayText(QStringLiteral("  "), 256, true).isEmpty());
        QVERIFY(FieldRules::displayText(QString(), 256, false).isEmpty());
        QVERIFY(!FieldRules::displayText(QStringLiteral("a\nb"), 256, false).isEmpty());
        QVERIFY(FieldRules::commandArguments(QStringLiteral("/s /c \"C:\\a b\\run.cmd\" < nul")).isEmpty());
        QVERIFY(!FieldRules::commandArguments(QStringLiteral("/s /c \"C:\\a b")).isEmpty());
    }

    void localFiles()
    {
        QTemporaryDir dir;
        QVERIFY(!FieldRules::localFile(dir.filePath(QStringLiteral("none.zip"))).isEmpty());
        QVERIFY(!FieldRules::localFile(dir.path()).isEmpty());
        QFile file(dir.filePath(QStringLiteral("docker.zip")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(FieldRules::localFile(file.fileName()).isEmpty());
    }

    void scriptCharacters()
    {
        QVERIFY(FieldRules::asciiForScript(QStringLiteral("C:\\Program Files (x86)\\x")).isEmpty());
        QVERIFY(!FieldRules::asciiForScript(QStringLiteral("C:\\Données")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFieldRules)
#include "tst_fieldrules.moc"
