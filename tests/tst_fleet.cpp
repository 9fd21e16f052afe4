#include "LinuxTool.h"
#include "answers/Answers.h"
#include "fetch/ZipWriter.h"
#include "fleet/FleetBuilder.h"
#include "fleet/FleetScripts.h"
#include "host/LocalFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Tool = LinuxTool;

Tool run(const QString &program, const QStringList &arguments, const QString &directory = QString())
{
    return LinuxTool::run(program, arguments, directory);
}

QString sha256(const QString &path)
{
    return QString::fromLatin1(QCryptographicHash::hash(LocalFile::read(path), QCryptographicHash::Sha256).toHex());
}

// Every file under folder with its digest and its time of change.
QMap<QString, QString> stateOf(const QString &folder)
{
    QMap<QString, QString> state;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        state.insert(path.mid(folder.size()),
                     sha256(path) + QLatin1Char(' ') + it.fileInfo().lastModified().toString(Qt::ISODateWithMs));
    }
    return state;
}

// entry name -> sha256, as the bundle's SHA256SUMS and unzip have it
QMap<QString, QString> entriesOf(const QString &zip, const QString &into)
{
    QMap<QString, QString> entries;
    QDir().mkpath(into);
    if (run(QStringLiteral("unzip"), {QStringLiteral("-q"), QStringLiteral("-o"), zip, QStringLiteral("-d"), into})
            .exitCode != 0)
        return entries;
    QDirIterator it(into, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        entries.insert(path.mid(into.size() + 1), sha256(path));
    }
    return entries;
}

} // namespace

// berth fleet end to end on this machine: the bundles checked by unzip and sha256sum -c, the certificates by
// openssl, the Ansible files by Ansible itself, a second run leaving every byte and every file's time.
class TestFleet : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;
    Answers m_base;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_work.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    bool fleet(const QString &hosts, const QString &out, QStringList *said, QString *error,
               const Answers *base = nullptr, const QString &ca = QString(), bool dockerContext = false)
    {
        FleetBuilder builder;
        connect(&builder, &FleetBuilder::said, this, [said](const QString &line) { *said << line; });
        FleetBuilder::Options options;
        options.hosts = hosts;
        options.out = out;
        options.ca = ca;
        options.dockerContext = dockerContext;
        return builder.build(base ? *base : m_base, options, error);
    }

    static QString need(const char *program)
    {
        const QString path = QStandardPaths::findExecutable(QLatin1String(program));
        if (path.isEmpty())
            qFatal("%s is not installed: bash .ci/dev test installs it", program);
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        QString error;
        QVERIFY(ZipWriter::write(
            m_work.filePath(QStringLiteral("docker.zip")),
            {{QStringLiteral("docker/dockerd.exe"), "MZ dockerd"}, {QStringLiteral("docker/docker.exe"), "MZ docker"}},
            &error));
        QVERIFY(ZipWriter::write(m_work.filePath(QStringLiteral("nssm.zip")),
                                 {{QStringLiteral("nssm-2.24/win64/nssm.exe"), "MZ nssm"}}, &error));
        m_base.binaries.source = Source::Local;
        m_base.binaries.localPath = m_work.filePath(QStringLiteral("docker.zip"));
        m_base.nssm.source = Source::Local;
        m_base.nssm.localPath = m_work.filePath(QStringLiteral("nssm.zip"));
        m_base.tls.keyType = KeyType::EcdsaP256;
    }

    void preparesEveryHostAndASecondRunChangesNothing()
    {
        const QString hosts =
            write(QStringLiteral("hosts.csv"), "name,addresses,edition,service.details.startup,ansible_user\r\n"
                                               "web-01.example.com,10.0.0.11,server,,\r\n"
                                               "web-02.example.com,10.0.0.12;fd00::12,server,manual,deploy\r\n"
                                               "nano-01,10.0.0.21,nano,,\r\n");
        const QString out = m_work.filePath(QStringLiteral("fleet"));
        QStringList said;
        QString error;
        QVERIFY2(fleet(hosts, out, &said, &error), qPrintable(error));
        const QString ca = FleetBuilder::defaultCaFolder(out);
        QVERIFY(QFile::exists(ca + QStringLiteral("/ca-key.pem")));
        QCOMPARE(QFileInfo(ca + QStringLiteral("/ca-key.pem")).permissions() & 0x0077, QFileDevice::Permissions());

        const QJsonObject json = QJsonDocument::fromJson(LocalFile::read(out + QStringLiteral("/fleet.json"))).object();
        const QJsonArray entries = json.value(QStringLiteral("hosts")).toArray();
        QCOMPARE(entries.size(), 3);
        const QByteArray caKey = LocalFile::read(ca + QStringLiteral("/ca-key.pem"));
        QMap<QString, QMap<QString, QString>> contents;
        for (const QJsonValue &value : entries) {
            const QJsonObject host = value.toObject();
            const QString name = host.value(QStringLiteral("name")).toString();
            const QString zip = out + QLatin1Char('/') + host.value(QStringLiteral("bundle")).toString();
            QCOMPARE(sha256(zip), host.value(QStringLiteral("sha256")).toString());
            QCOMPARE(QFileInfo(zip).permissions() & 0x0077, QFileDevice::Permissions()); // it holds the host's key
            const QString unpacked = m_work.filePath(QStringLiteral("unpacked/") + name);
            contents.insert(name, entriesOf(zip, unpacked));
            QVERIFY2(!contents.value(name).isEmpty(), qPrintable(zip));
            const Tool sums =
                run(QStringLiteral("sha256sum"), {QStringLiteral("-c"), QStringLiteral("SHA256SUMS")}, unpacked);
            QVERIFY2(sums.exitCode == 0, qPrintable(sums.out));
            QDirIterator files(unpacked, QDir::Files, QDirIterator::Subdirectories);
            while (files.hasNext())
                QVERIFY2(LocalFile::read(files.next()) != caKey, qPrintable(files.filePath()));
            // The certificate: signed by the fleet's CA, naming the host and its addresses, as fleet.json says.
            const QString cert = unpacked + QStringLiteral("/certs/server-cert.pem");
            const Tool verify =
                run(QStringLiteral("openssl"),
                    {QStringLiteral("verify"), QStringLiteral("-CAfile"), ca + QStringLiteral("/ca.pem"),
                     QStringLiteral("-purpose"), QStringLiteral("sslserver"), cert});
            QVERIFY2(verify.exitCode == 0 && verify.out.contains(QLatin1String(": OK")), qPrintable(verify.out));
            const Tool x509 =
                run(QStringLiteral("openssl"),
                    {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-serial"),
                     QStringLiteral("-ext"), QStringLiteral("subjectAltName"), QStringLiteral("-in"), cert});
            QVERIFY2(x509.out.contains(QStringLiteral("DNS:") + name), qPrintable(x509.out));
            for (const QJsonValue &address : host.value(QStringLiteral("addresses")).toArray())
                QVERIFY2(
                    x509.out.contains(QLatin1String("IP Address:") + (address.toString() == QLatin1String("fd00::12")
                                                                          ? QStringLiteral("FD00:0:0:0:0:0:0:12")
                                                                          : address.toString())),
                    qPrintable(x509.out));
            QVERIFY2(
                x509.out.contains(
                    QStringLiteral("serial=") +
                    host.value(QStringLiteral("certificate")).toObject().value(QStringLiteral("serial")).toString()),
                qPrintable(x509.out));
        }
        // Two hosts' bundles differ only where their answers and certificates do.
        const QMap<QString, QString> one = contents.value(QStringLiteral("web-01.example.com"));
        const QMap<QString, QString> two = contents.value(QStringLiteral("web-02.example.com"));
        QCOMPARE(one.keys(), two.keys());
        QStringList differ;
        for (auto it = one.begin(); it != one.end(); ++it) {
            if (two.value(it.key()) != it.value())
                differ << it.key();
        }
        QCOMPARE(differ, (QStringList{QStringLiteral("README.txt"), QStringLiteral("SHA256SUMS"),
                                      QStringLiteral("answers.json"), QStringLiteral("certs/server-cert.pem"),
                                      QStringLiteral("certs/server-key.pem"), QStringLiteral("install.cmd")}));
        QVERIFY(contents.value(QStringLiteral("nano-01")).contains(QStringLiteral("register-task.ps1")));

        // Again: nothing in the folder changes, not even a file's time.
        const QMap<QString, QString> before = stateOf(out);
        QTest::qSleep(1100);
        said.clear();
        QVERIFY2(fleet(hosts, out, &said, &error), qPrintable(error));
        QCOMPARE(stateOf(out), before);
        QVERIFY2(said.last().contains(QLatin1String("3 certificates kept, 0 made; 0 files written")),
                 qPrintable(said.join(QLatin1Char('\n'))));

        // A bundle changed since is not taken for the one fleet.json names: it is made again, the same bytes.
        const QString zip = out + QStringLiteral("/hosts/web-02.example.com.zip");
        const QString digest = sha256(zip);
        QFile damaged(zip);
        QVERIFY(damaged.open(QIODevice::Append));
        damaged.write("x");
        damaged.close();
        said.clear();
        QVERIFY2(fleet(hosts, out, &said, &error), qPrintable(error));
        QCOMPARE(sha256(zip), digest);
        QVERIFY2(said.join(QLatin1Char('\n')).contains(QLatin1String("web-02.example.com.zip written")),
                 qPrintable(said.join(QLatin1Char('\n'))));
    }

    // A certificate within 30 days of its end is made anew under the same CA; the others stay. A host gone
    // from hosts.csv is said and listed, and no deployment file reaches it.
    void renewsNearTheEndAndReportsRemovedHosts()
    {
        const QString out = m_work.filePath(QStringLiteral("renew"));
        const QString hosts = write(QStringLiteral("renew.csv"), "name,addresses,edition\n"
                                                                 "a.example.com,10.0.1.1,server\n"
                                                                 "b.example.com,10.0.1.2,server\n");
        Answers shortLived = m_base;
        shortLived.tls.days = 20;
        QStringList said;
        QString error;
        QVERIFY2(fleet(hosts, out, &said, &error, &shortLived), qPrintable(error));
        const auto serials = [&] {
            QStringList list;
            const QJsonObject json =
                QJsonDocument::fromJson(LocalFile::read(out + QStringLiteral("/fleet.json"))).object();
            for (const QJsonValue &host : json.value(QStringLiteral("hosts")).toArray())
                list << host[QStringLiteral("certificate")][QStringLiteral("serial")].toString();
            list << json[QStringLiteral("client")][QStringLiteral("certificate")][QStringLiteral("serial")].toString();
            return list;
        };
        const QStringList first = serials();
        const QByteArray ca = LocalFile::read(FleetBuilder::defaultCaFolder(out) + QStringLiteral("/ca.pem"));

        said.clear();
        QVERIFY2(fleet(hosts, out, &said, &error), qPrintable(error));
        const QStringList second = serials();
        QCOMPARE(second.size(), 3);
        for (int i = 0; i < 3; ++i)
            QVERIFY2(first.at(i) != second.at(i), qPrintable(second.at(i)));
        QCOMPARE(LocalFile::read(FleetBuilder::defaultCaFolder(out) + QStringLiteral("/ca.pem")), ca);
        QVERIFY2(said.join(QLatin1Char('\n')).contains(QLatin1String("0 certificates kept, 2 made")),
                 qPrintable(said.join(QLatin1Char('\n'))));

        write(QStringLiteral("renew.csv"), "name,addresses,edition\na.example.com,10.0.1.1,server\n");
        said.clear();
        QVERIFY2(fleet(hosts, out, &said, &error), qPrintable(error));
        QCOMPARE(serials().first(), second.first()); // kept: a year to go
        QVERIFY2(said.join(QLatin1Char('\n'))
                     .contains(QLatin1String("hosts/b.example.com.zip is of a host no longer in renew.csv")),
                 qPrintable(said.join(QLatin1Char('\n'))));
        QVERIFY(QFile::exists(out + QStringLiteral("/hosts/b.example.com.zip")));
        const QJsonObject json = QJsonDocument::fromJson(LocalFile::read(out + QStringLiteral("/fleet.json"))).object();
        QCOMPARE(json[QStringLiteral("removed")][0][QStringLiteral("bundle")].toString(),
                 QStringLiteral("hosts/b.example.com.zip"));
        for (const char *file : {"/ansible/inventory.yml", "/Deploy-Fleet.ps1"})
            QVERIFY2(!LocalFile::read(out + QLatin1String(file)).contains("b.example.com"), file);
    }

    // Ansible reads the inventory and the playbook, ansible-lint passes them, and every task's arguments are
    // the module's own (ansible-doc -j); a value from hosts.csv is never a template.
    void ansibleTakesWhatTheFleetWrites()
    {
        const QString out = m_work.filePath(QStringLiteral("ansible"));
        const QString hosts =
            write(QStringLiteral("ansible.csv"), "name,addresses,edition,ansible_host,ansible_user\n"
                                                 "web-01.example.com,10.0.2.1,server,10.0.2.1,deploy\n"
                                                 "web-02.example.com,,server,,\n");
        // A template in a value Berth writes (here the base's service name) stays text to Ansible.
        Answers base = m_base;
        base.service.name = QStringLiteral("{{ lookup('pipe', 'touch pwned') }}");
        QStringList said;
        QString error;
        QVERIFY2(fleet(hosts, out, &said, &error, &base), qPrintable(error));
        const QString folder = out + QStringLiteral("/ansible");

        const Tool inventory =
            run(need("ansible-inventory"),
                {QStringLiteral("-i"), QStringLiteral("inventory.yml"), QStringLiteral("--list")}, folder);
        QVERIFY2(inventory.exitCode == 0, qPrintable(inventory.out));
        const QJsonObject list =
            QJsonDocument::fromJson(inventory.out.mid(inventory.out.indexOf(QLatin1Char('{'))).toUtf8()).object();
        QCOMPARE(list[QStringLiteral("docker_hosts")][QStringLiteral("hosts")].toArray(),
                 QJsonArray({QStringLiteral("web-01.example.com"), QStringLiteral("web-02.example.com")}));
        const QJsonObject fleetJson =
            QJsonDocument::fromJson(LocalFile::read(out + QStringLiteral("/fleet.json"))).object();
        const QJsonObject web01 =
            list[QStringLiteral("_meta")][QStringLiteral("hostvars")][QStringLiteral("web-01.example.com")].toObject();
        QCOMPARE(web01[QStringLiteral("berth_bundle_sha256")][QStringLiteral("__ansible_unsafe")].toString(),
                 fleetJson[QStringLiteral("hosts")][0][QStringLiteral("sha256")].toString());
        QCOMPARE(web01[QStringLiteral("ansible_user")][QStringLiteral("__ansible_unsafe")].toString(),
                 QStringLiteral("deploy"));
        // Every value Berth writes, not only the connection's.
        QCOMPARE(web01[QStringLiteral("berth_service")][QStringLiteral("__ansible_unsafe")].toString(),
                 QStringLiteral("{{ lookup('pipe', 'touch pwned') }}"));
        for (const char *variable : {"berth_bundle", "berth_bundle_sha256", "berth_manager"})
            QVERIFY2(web01[QLatin1String(variable)].toObject().contains(QStringLiteral("__ansible_unsafe")), variable);
        // Ansible reads the service's variable as text, and runs nothing it holds.
        const Tool shown =
            run(need("ansible"),
                {QStringLiteral("-i"), QStringLiteral("inventory.yml"), QStringLiteral("web-01.example.com"),
                 QStringLiteral("-e"), QStringLiteral("ansible_connection=local"), QStringLiteral("-m"),
                 QStringLiteral("ansible.builtin.debug"), QStringLiteral("-a"), QStringLiteral("var=berth_service")},
                folder);
        QVERIFY2(shown.exitCode == 0 && shown.out.contains(QLatin1String("lookup('pipe', 'touch pwned')")),
                 qPrintable(shown.out));
        QVERIFY(!QFileInfo::exists(folder + QStringLiteral("/pwned")));

        // install.cmd's last word counts only on a line of its own: a line that merely holds it (a service's name
        // in a message) is not that line.
        const QString playbook = QString::fromUtf8(LocalFile::read(folder + QStringLiteral("/site.yml")));
        static const QRegularExpression changedWhen(QStringLiteral("changed_when: \"([^\"]+)\""));
        const QString expression = changedWhen.match(playbook).captured(1);
        QVERIFY2(expression.contains(QLatin1String("berth_install")), qPrintable(playbook));
        // Evaluated by Ansible itself, with install.cmd's exit code and lines registered as the task registers them.
        const auto evaluate = [&](const QString &condition, int rc, const QStringList &lines) {
            const QJsonObject registered{
                {QStringLiteral("berth_install"),
                 QJsonObject{{QStringLiteral("rc"), rc},
                             {QStringLiteral("stdout"), lines.join(QStringLiteral("\r\n"))},
                             {QStringLiteral("stdout_lines"), QJsonArray::fromStringList(lines)}}}};
            const Tool evaluated =
                run(need("ansible"),
                    {QStringLiteral("localhost"), QStringLiteral("-e"), QStringLiteral("ansible_connection=local"),
                     QStringLiteral("-m"), QStringLiteral("ansible.builtin.debug"), QStringLiteral("-a"),
                     QStringLiteral("msg={{ ") + condition + QStringLiteral(" }}"), QStringLiteral("-e"),
                     QString::fromUtf8(QJsonDocument(registered).toJson(QJsonDocument::Compact))},
                    folder);
            return evaluated.out.contains(QLatin1String("\"msg\": true"))    ? 1
                   : evaluated.out.contains(QLatin1String("\"msg\": false")) ? 0
                                                                             : -1;
        };
        const auto changed = [&](const QStringList &lines) { return evaluate(expression, 0, lines); };
        QCOMPARE(changed({QStringLiteral("Docker is installed."), QStringLiteral("BERTH-RESULT: unchanged ")}), 0);
        // Done is the line that begins with BERTH-DAEMON, not a message that holds the words.
        static const QRegularExpression failedWhen(QStringLiteral("failed_when: >-\n((?:        \\S.*\n)+)"));
        const QString failure = failedWhen.match(playbook).captured(1).simplified();
        QVERIFY2(failure.contains(QLatin1String("berth_install.rc")), qPrintable(playbook));
        QCOMPARE(evaluate(failure, 0, {QStringLiteral("sc.exe could not start x BERTH-DAEMON: 1.0.")}), 1);
        QCOMPARE(
            evaluate(failure, 0, {QStringLiteral("BERTH-DAEMON: 28.2.2"), QStringLiteral("BERTH-RESULT: changed")}), 0);
        QCOMPARE(evaluate(failure, 1, {QStringLiteral("BERTH-DAEMON: 28.2.2")}), 1);

        const Tool syntax = run(need("ansible-playbook"),
                                {QStringLiteral("-i"), QStringLiteral("inventory.yml"),
                                 QStringLiteral("--syntax-check"), QStringLiteral("site.yml")},
                                folder);
        QVERIFY2(syntax.exitCode == 0, qPrintable(syntax.out));
        const Tool lint = run(
            need("ansible-lint"),
            {QStringLiteral("--offline"), QStringLiteral("ansible/site.yml"), QStringLiteral("ansible/inventory.yml")},
            out);
        QVERIFY2(lint.exitCode == 0, qPrintable(lint.out));
        const Tool arguments =
            run(need("python3"), {QStringLiteral(BERTH_MODULE_CHECK), QStringLiteral("site.yml")}, folder);
        QVERIFY2(arguments.exitCode == 0 &&
                     arguments.out.contains(QLatin1String("ansible.windows.win_command: chdir, cmd")),
                 qPrintable(arguments.out));
        // The check can fail: an argument the module does not have.
        QByteArray wrong = LocalFile::read(folder + QStringLiteral("/site.yml"));
        wrong.replace("        chdir:", "        workdir:");
        write(QStringLiteral("wrong.yml"), wrong);
        const Tool caught = run(QStringLiteral("python3"),
                                {QStringLiteral(BERTH_MODULE_CHECK), m_work.filePath(QStringLiteral("wrong.yml"))});
        QVERIFY2(caught.exitCode == 1 && caught.out.contains(QLatin1String("has no argument workdir")),
                 qPrintable(caught.out));
    }

    // Bad input names its row and column, and leaves no folder; the CA's key is never put inside the output.
    void refusesAndWritesNothing()
    {
        const QString out = m_work.filePath(QStringLiteral("refused"));
        QStringList said;
        QString error;
        const QString bad = write(QStringLiteral("bad.csv"), "name,addresses,edition\n"
                                                             "a.example.com,10.0.0.300,server\n"
                                                             "A.example.com,,server\n");
        QVERIFY(!fleet(bad, out, &said, &error));
        QVERIFY2(error.contains(QLatin1String("bad.csv row 2, column addresses: 10.0.0.300 is not an IP address")) &&
                     error.contains(QLatin1String("bad.csv row 3, column name")),
                 qPrintable(error));
        QVERIFY(!QFileInfo::exists(out));

        const QString good = write(QStringLiteral("good.csv"), "name,addresses,edition\na.example.com,,server\n");
        QVERIFY(!fleet(good, out, &said, &error, nullptr, out + QStringLiteral("/ca")));
        QVERIFY2(error.contains(QLatin1String("the CA's key stays out of it")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(out));

        const QString halfCa = m_work.filePath(QStringLiteral("half-ca"));
        QDir().mkpath(halfCa);
        write(QStringLiteral("half-ca/ca.pem"), "-----BEGIN CERTIFICATE-----\n");
        QVERIFY(!fleet(good, out, &said, &error, nullptr, halfCa));
        QVERIFY2(error.contains(QLatin1String("without ca-key.pem")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(out));

        // A CA folder another user can write: their CA would sign the fleet's certificates.
        const QString openCa = m_work.filePath(QStringLiteral("open-ca"));
        QDir().mkpath(openCa);
        QFile::setPermissions(openCa, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther |
                                          QFile::WriteOther | QFile::ExeOther);
        QVERIFY(!fleet(good, out, &said, &error, nullptr, openCa));
        QVERIFY2(error.contains(QLatin1String("open-ca is not yours alone: every user may write in it")),
                 qPrintable(error));
        QVERIFY(QDir(openCa).isEmpty());
        QVERIFY(!QFileInfo::exists(out));
    }

    // A host that fails midway (its NSSM is no zip: only it runs under NSSM) leaves the folder as the last run left it.
    void aFailedRunChangesNothing()
    {
        const QString out = m_work.filePath(QStringLiteral("failed"));
        Answers base = m_base;
        base.nssm.localPath = write(QStringLiteral("not-a-zip.zip"), "not a zip");
        const QString hosts = write(QStringLiteral("failed.csv"), "name,addresses,edition,service.manager\n"
                                                                  "a.example.com,,server,native\n"
                                                                  "b.example.com,,server,native\n");
        QStringList said;
        QString error;
        QVERIFY2(fleet(hosts, out, &said, &error, &base), qPrintable(error));
        const QMap<QString, QString> before = stateOf(out);
        write(QStringLiteral("failed.csv"), "name,addresses,edition,service.manager\n"
                                            "a.example.com,,server,native\n"
                                            "c.example.com,,server,native\n"
                                            "b.example.com,,server,nssm\n");
        QVERIFY(!fleet(hosts, out, &said, &error, &base));
        QVERIFY2(error.startsWith(QLatin1String("b.example.com (row 4): ")), qPrintable(error));
        QCOMPARE(stateOf(out), before);
    }

    // --context: a docker context per host in this machine's docker CLI, with the admin's client files.
    void contextsForEachHost()
    {
        qputenv("DOCKER_CONFIG", m_work.filePath(QStringLiteral("docker-config")).toUtf8()); // not the user's
        const QString hosts = write(QStringLiteral("context.csv"), "name,addresses,edition\n"
                                                                   "web-01.example.com,,server\n"
                                                                   "web-02.example.com,,server\n");
        const QString out = m_work.filePath(QStringLiteral("context"));
        QStringList said;
        QString error;
        QVERIFY2(fleet(hosts, out, &said, &error, nullptr, QString(), true), qPrintable(error));
        for (const char *host : {"web-01.example.com", "web-02.example.com"}) {
            const Tool inspect =
                run(need("docker"), {QStringLiteral("context"), QStringLiteral("inspect"),
                                     QStringLiteral("berth-") + QLatin1String(host), QStringLiteral("--format"),
                                     QStringLiteral("{{.Endpoints.docker.Host}}")});
            QVERIFY2(inspect.exitCode == 0 &&
                         inspect.out.trimmed() == QStringLiteral("tcp://%1:2376").arg(QLatin1String(host)),
                     qPrintable(inspect.out + said.join(QLatin1Char('\n'))));
        }
    }

    // Values from hosts.csv reach YAML and PowerShell only inside single quotes, each quote doubled.
    void quotesForYamlAndPowerShell()
    {
        QCOMPARE(FleetScripts::yamlQuoted(QStringLiteral("it's: {{ x }}")), QStringLiteral("'it''s: {{ x }}'"));
        QCOMPARE(FleetScripts::powerShellQuoted(QStringLiteral("a'b\u2019c$(x)`")),
                 QStringLiteral("'a''b\u2019\u2019c$(x)`'"));
    }
};

QTEST_GUILESS_MAIN(TestFleet)
#include "tst_fleet.moc"
