#include "answers/AnswersValidator.h"

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

// What berth validate prints for an answer file: what reading it found (a word that is not one of the choices), then
// what the validator finds in the answers read.
QStringList problemsOf(const char *json)
{
    QStringList problems;
    const Answers answers = Answers::fromJson(QJsonDocument::fromJson(json).object(), &problems);
    return problems + AnswersValidator::validate(answers);
}

} // namespace

class TestAnswersValidator : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreValid()
    {
        QCOMPARE(AnswersValidator::validate(Answers()), QStringList());
        QCOMPARE(AnswersValidator::validate(parse(R"({"host": {"edition": "nano"}})")), QStringList());
    }

    void oddButGoodAnswersAreValid()
    {
        const Answers a = parse(R"({
            "tls": {"enabled": true, "certDir": "C:\\Program Files (x86)\\x", "subjectAltNames": ["docker.corp", "::1"],
                    "address": "::"},
            "runtime": {"pipeGroup": "docker users", "isolation": "hyperv", "debug": true},
            "binaries": {"installDir": "C:\\Program Files\\Docker"},
            "service": {"name": "Docker Engine", "io": {"stdout": "D:\\logs (docker)\\out.log"}},
            "firewall": {"remoteAddresses": ["LocalSubnet", "10.1.0.0/16"]}
        })");
        QCOMPARE(AnswersValidator::validate(a), QStringList());
        const QStringList warnings = AnswersValidator::warnings(a);
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().startsWith(QLatin1String("runtime.pipeGroup: members of docker users can become "
                                                           "administrators of this host")),
                 qPrintable(warnings.first()));
        QCOMPARE(AnswersValidator::warnings(Answers()), QStringList());
    }

    void eachProblemNamesItsKey_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("port") << R"({"tls": {"port": 70000}})"
                              << "tls.port: 70000 is not a port (1-65535)";
        QTest::newRow("version") << R"({"version": 2})"
                                 << "version: 2 is not an answer-file version this Berth reads (1)";
        QTest::newRow("edition") << R"({"host": {"edition": "desktop"}})"
                                 << "host.edition: \"desktop\" is not one of server, nano, client";
        QTest::newRow("old build") << R"({"host": {"build": 10586}})"
                                   << "host.build: build 10586";
        QTest::newRow("manager") << R"({"service": {"manager": "winsw"}})"
                                 << "service.manager: \"winsw\" is not one of";
        QTest::newRow("startup") << R"({"service": {"details": {"startup": "boot"}}})"
                                 << "service.details.startup: \"boot\"";
        QTest::newRow("data root drive") << R"({"runtime": {"dataRoot": "D:\\"}})"
                                         << "runtime.dataRoot: D:\\ is a whole drive; name a folder on it (D:\\docker)";
        QTest::newRow("data root relative") << R"({"runtime": {"dataRoot": "docker"}})"
                                            << "runtime.dataRoot: \"docker\" is not a full Windows path";
        QTest::newRow("data root in script") << R"({"runtime": {"dataRoot": "C:\\Données"}})"
                                             << "runtime.dataRoot: \"C:\\Données\" holds é";
        QTest::newRow("data root percent") << R"({"runtime": {"dataRoot": "C:\\%PATH%"}})"
                                           << "runtime.dataRoot: \"C:\\%PATH%\" contains %";
        QTest::newRow("service name") << R"({"service": {"name": "a/b"}})"
                                      << "service.name: \"a/b\" contains /";
        QTest::newRow("display name") << R"({"service": {"details": {"displayName": ""}}})"
                                      << "service.details.displayName: a value is required";
        QTest::newRow("stdout") << R"({"service": {"io": {"stdout": "daemon.log"}}})"
                                << "service.io.stdout: \"daemon.log\" is not a full Windows path";
        QTest::newRow("app path") << R"({"service": {"application": {"path": "C:\\a|b"}}})"
                                  << "service.application.path: ";
        QTest::newRow("arguments")
            << "{\"service\": {\"application\": {\"arguments\": \"/c \\\"x\"}}}" // not raw: moc misreads \" in one
            << "service.application.arguments: has an unmatched double quote";
        QTest::newRow("address") << R"({"tls": {"address": "localhost"}})"
                                 << "tls.address: \"localhost\" is not an IPv4 or IPv6 address";
        QTest::newRow("cert dir") << R"({"tls": {"certDir": "C:\\100%\\certs"}})"
                                  << "tls.certDir: ";
        QTest::newRow("san") << R"({"tls": {"subjectAltNames": ["bad_name"]}})"
                             << "tls.subjectAltNames: \"bad_name\"";
        QTest::newRow("no san") << R"({"tls": {"enabled": true}})"
                                << "tls.subjectAltNames: name at least one";
        QTest::newRow("group") << R"({"runtime": {"pipeGroup": "a;b"}})"
                               << "runtime.pipeGroup: \"a;b\" contains ;";
        // A pipe open to every user makes each of them SYSTEM: refused whatever the language or the domain.
        QTest::newRow("group of all users") << R"({"runtime": {"pipeGroup": "BUILTIN\\Users"}})"
                                            << "runtime.pipeGroup: \"BUILTIN\\Users\" holds every user";
        QTest::newRow("authenticated users")
            << R"({"runtime": {"pipeGroup": "NT AUTHORITY\\authenticated users"}})"
            << "runtime.pipeGroup: \"NT AUTHORITY\\authenticated users\" holds every user";
        QTest::newRow("domain users") << R"({"runtime": {"pipeGroup": "CORP\\Domain Users"}})"
                                      << "runtime.pipeGroup: \"CORP\\Domain Users\" holds every user";
        QTest::newRow("everyone, German") << R"({"runtime": {"pipeGroup": "Jeder"}})"
                                          << "runtime.pipeGroup: \"Jeder\" holds every user";
        QTest::newRow("everyone, French") << R"({"runtime": {"pipeGroup": "tout le monde"}})"
                                          << "runtime.pipeGroup: \"tout le monde\" holds every user";
        QTest::newRow("INTERACTIVE") << R"({"runtime": {"pipeGroup": "INTERACTIVE"}})"
                                     << "runtime.pipeGroup: \"INTERACTIVE\" holds every user";
        QTest::newRow("NT AUTHORITY") << R"({"runtime": {"pipeGroup": "nt authority\\Network Service"}})"
                                      << "runtime.pipeGroup: \"nt authority\\Network Service\" holds every user";
        QTest::newRow("remote desktop") << R"({"runtime": {"pipeGroup": ".\\Remote Desktop Users"}})"
                                        << "runtime.pipeGroup: \".\\Remote Desktop Users\" holds every user";
        // A folder every local user may write in: what is planted next to dockerd.exe runs as SYSTEM.
        QTest::newRow("install dir in Public") << R"({"binaries": {"installDir": "C:\\Users\\Public\\docker"}})"
                                               << "binaries.installDir: \"C:\\Users\\Public\\docker\" is in "
                                                  "\"C:\\Users\", where every local user may write";
        QTest::newRow("install dir in Windows\\Temp") << R"({"binaries": {"installDir": "d:\\WINDOWS\\temp"}})"
                                                      << "binaries.installDir: \"d:\\WINDOWS\\temp\" is in "
                                                         "\"d:\\Windows\\Temp\", where every local user may write";
        QTest::newRow("task wildcard") << R"({"service": {"manager": "scheduled-task", "name": "docker[1]"}})"
                                       << "service.name: \"docker[1]\" holds one of [ ] * ?";
        QTest::newRow("isolation") << R"({"runtime": {"isolation": "vm"}})"
                                   << "runtime.isolation: \"vm\"";
        QTest::newRow("client process")
            << R"({"host": {"edition": "client", "build": 15063}, "runtime": {"isolation": "process"}})"
            << "runtime.isolation: Windows client before 1809";
        QTest::newRow("rule all") << R"({"firewall": {"ruleName": "all"}})"
                                  << "firewall.ruleName: \"all\" means every rule";
        QTest::newRow("firewall without tls") << R"({"firewall": {"enabled": true}})"
                                              << "firewall.enabled: the rule would open TCP 2376";
        QTest::newRow("firewall port")
            << R"({"tls": {"enabled": true, "subjectAltNames": ["h"]}, "firewall": {"port": 2377}})"
            << "firewall.port: the rule opens TCP 2377 but the daemon listens on tls.port 2376";
        QTest::newRow("remote address") << R"({"firewall": {"remoteAddresses": ["office"]}})"
                                        << "firewall.remoteAddresses: \"office\"";
        QTest::newRow("config style") << R"({"daemon": {"configStyle": "yaml"}})"
                                      << "daemon.configStyle: \"yaml\"";
        QTest::newRow("http") << R"({"binaries": {"zipUrl": "http://mirror/docker.zip"}})"
                              << "binaries.zipUrl: \"http://mirror/docker.zip\" is plain http";
        QTest::newRow("docker version") << R"({"binaries": {"version": "latest"}})"
                                        << "binaries.version: \"latest\"";
        QTest::newRow("sha") << R"({"binaries": {"sha256": "abc"}})"
                             << "binaries.sha256: \"abc\" is not a SHA-256 digest";
        QTest::newRow("pin two files")
            << R"({"binaries": {"package": "exe", "sha256": "0000000000000000000000000000000000000000000000000000000000000000"}})"
            << "binaries.sha256: a pin proves one file";
        QTest::newRow("local missing") << R"({"binaries": {"source": "local", "localPath": "/nonexistent/docker.zip"}})"
                                       << "binaries.localPath: \"/nonexistent/docker.zip\" does not exist";
        QTest::newRow("nssm local") << R"({"nssm": {"source": "local"}})"
                                    << "nssm.localPath: a file is required";
        QTest::newRow("nssm url") << R"({"nssm": {"url": "ftp://x/nssm.zip"}})"
                                  << "nssm.url: ";
        QTest::newRow("install dir") << R"({"binaries": {"installDir": "C:\\Dockér"}})"
                                     << "binaries.installDir: \"C:\\Dockér\" holds é";
        QTest::newRow("task disabled")
            << R"({"host": {"edition": "nano"}, "service": {"details": {"startup": "disabled"}}})"
            << "service.details.startup: a scheduled task always starts";
        QTest::newRow("proxy") << R"({"download": {"proxy": "proxy"}})"
                               << "download.proxy: ";
    }
    void eachProblemNamesItsKey()
    {
        QFETCH(QString, json);
        QFETCH(QString, expected);
        const QStringList problems = problemsOf(json.toUtf8().constData());
        QVERIFY2(problems.size() == 1, qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY2(problems.first().startsWith(expected), qPrintable(problems.first()));
    }

    void everyProblemIsListed()
    {
        const QStringList problems =
            AnswersValidator::validate(parse(R"({"tls": {"port": 0, "address": "x"}, "service": {"name": ""}})"));
        QCOMPARE(problems.size(), 3);
    }

    void nonAsciiIsFineWhereTheScriptDoesNotHoldIt()
    {
        QCOMPARE(AnswersValidator::validate(
                     parse(R"({"service": {"manager": "native"}, "binaries": {"installDir": "C:\\Dockér"}})")),
                 QStringList());
        QCOMPARE(AnswersValidator::validate(
                     parse(R"({"daemon": {"configStyle": "daemon-json"}, "tls": {"certDir": "C:\\Zertifikäte"}})")),
                 QStringList());
        QCOMPARE(AnswersValidator::validate(
                     parse(R"({"daemon": {"configStyle": "daemon-json"}, "runtime": {"dataRoot": "D:\\Données"}})")),
                 QStringList());
    }
};

QTEST_GUILESS_MAIN(TestAnswersValidator)
#include "tst_answersvalidator.moc"
