// Run by hand, not by ctest: `berth fleet` for 40 hosts, timed against what a script does with the standard
// tools in the same run (openssl makes and signs each host's key, zip packs each host's folder), for both
// key types; then the second run, which changes nothing. Prints the times, their ratio and Berth's peak
// memory. The binaries are Debian's dockerd and docker (as big, and as compressible, as Docker's own for
// Windows); needs docker.io, openssl and zip.
#include "answers/AnswerKeys.h"
#include "answers/Answers.h"
#include "fetch/ZipWriter.h"
#include "fleet/FleetBuilder.h"
#include "host/LocalFile.h"

#include "PeakMemory.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

namespace {

bool run(const QString &program, const QStringList &arguments, const QString &directory = QString())
{
    QProcess process;
    process.setWorkingDirectory(directory);
    process.start(program, arguments);
    return process.waitForFinished(-1) && process.exitCode() == 0;
}

// What a script does for each host: a key and a certificate signed by the CA with openssl, then one zip
// of the binaries, the host's certificates and its scripts (taken from Berth's own bundle, unpacked).
bool standardTools(const QString &work, const QString &bundleFolder, KeyType type, int hosts)
{
    const QString ca = work + QStringLiteral("/ca");
    QDir().mkpath(ca);
    const QStringList newKey = type == KeyType::Rsa4096
                                   ? QStringList{QStringLiteral("-newkey"), QStringLiteral("rsa:4096")}
                                   : QStringList{QStringLiteral("-newkey"), QStringLiteral("ec"),
                                                 QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256")};
    if (!run(QStringLiteral("openssl"),
             QStringList{QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-nodes"),
                         QStringLiteral("-subj"), QStringLiteral("/CN=fleet CA"), QStringLiteral("-days"),
                         QStringLiteral("3650"), QStringLiteral("-keyout"), ca + QStringLiteral("/ca-key.pem"),
                         QStringLiteral("-out"), ca + QStringLiteral("/ca.pem")} +
                 newKey))
        return false;
    for (int i = 0; i < hosts; ++i) {
        const QString certs = bundleFolder + QStringLiteral("/certs");
        const QString name = QStringLiteral("host-%1.example.com").arg(i, 2, 10, QLatin1Char('0'));
        if (!run(QStringLiteral("openssl"),
                 QStringList{QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-nodes"),
                             QStringLiteral("-subj"), QStringLiteral("/CN=") + name, QStringLiteral("-keyout"),
                             certs + QStringLiteral("/server-key.pem"), QStringLiteral("-out"),
                             work + QStringLiteral("/req.pem")} +
                     newKey) ||
            !run(QStringLiteral("openssl"),
                 {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                  work + QStringLiteral("/req.pem"), QStringLiteral("-CA"), ca + QStringLiteral("/ca.pem"),
                  QStringLiteral("-CAkey"), ca + QStringLiteral("/ca-key.pem"), QStringLiteral("-CAcreateserial"),
                  QStringLiteral("-days"), QStringLiteral("365"), QStringLiteral("-out"),
                  certs + QStringLiteral("/server-cert.pem")}) ||
            !run(QStringLiteral("zip"),
                 {QStringLiteral("-q"), QStringLiteral("-r"), QStringLiteral("-X"),
                  work + QStringLiteral("/") + name + QStringLiteral(".zip"), QStringLiteral(".")},
                 bundleFolder))
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IONBF, 0);
    const int hosts = 40;
    QTemporaryDir work;
    QString error;
    const QByteArray dockerd = LocalFile::read(QStringLiteral("/usr/sbin/dockerd"));
    const QByteArray docker = LocalFile::read(QStringLiteral("/usr/bin/docker"));
    if (dockerd.isEmpty() || docker.isEmpty()) {
        std::fprintf(stderr, "needs Debian's docker.io (/usr/sbin/dockerd, /usr/bin/docker)\n");
        return 2;
    }
    if (!ZipWriter::write(
            work.filePath(QStringLiteral("docker.zip")),
            {{QStringLiteral("docker/dockerd.exe"), dockerd}, {QStringLiteral("docker/docker.exe"), docker}}, &error) ||
        !ZipWriter::write(work.filePath(QStringLiteral("nssm.zip")),
                          {{QStringLiteral("nssm-2.24/win64/nssm.exe"), "MZ"}}, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QByteArray csv = "name,addresses,edition\n";
    for (int i = 0; i < hosts; ++i)
        csv += QStringLiteral("host-%1.example.com,10.0.%2.%3,server\n")
                   .arg(i, 2, 10, QLatin1Char('0'))
                   .arg(i / 200)
                   .arg(i % 200 + 1)
                   .toUtf8();
    QFile file(work.filePath(QStringLiteral("hosts.csv")));
    file.open(QIODevice::WriteOnly);
    file.write(csv);
    file.close();
    std::printf("%d hosts; dockerd.exe %.0f MiB, docker.exe %.0f MiB (Debian's, for their size)\n", hosts,
                dockerd.size() / 1048576.0, docker.size() / 1048576.0);

    for (const KeyType type : {KeyType::EcdsaP256, KeyType::Rsa4096}) {
        Answers base;
        base.binaries.source = Source::Local;
        base.binaries.localPath = work.filePath(QStringLiteral("docker.zip"));
        base.nssm.source = Source::Local;
        base.nssm.localPath = work.filePath(QStringLiteral("nssm.zip"));
        base.tls.keyType = type;
        const QString out = work.filePath(QStringLiteral("fleet-") + wordOf(type));
        FleetBuilder::Options options;
        options.hosts = file.fileName();
        options.out = out;
        double seconds[2] = {};
        PeakMemory::reset();
        for (double &time : seconds) {
            FleetBuilder builder;
            QElapsedTimer clock;
            clock.start();
            if (!builder.build(base, options, &error)) {
                std::fprintf(stderr, "berth fleet: %s\n", qPrintable(error));
                return 1;
            }
            time = clock.elapsed() / 1000.0;
        }
        const qint64 peak = PeakMemory::kib();
        // The standard tools pack what Berth's first bundle holds, unpacked.
        const QString folder = work.filePath(QStringLiteral("unpacked-") + wordOf(type));
        QDir().mkpath(folder);
        run(QStringLiteral("unzip"), {QStringLiteral("-q"), out + QStringLiteral("/hosts/host-00.example.com.zip"),
                                      QStringLiteral("-d"), folder});
        QElapsedTimer clock;
        clock.start();
        if (!standardTools(work.filePath(QStringLiteral("tools-") + wordOf(type)), folder, type, hosts)) {
            std::fprintf(stderr, "openssl or zip failed\n");
            return 1;
        }
        const double tools = clock.elapsed() / 1000.0;
        std::printf("%-10s berth fleet %.1f s (second run, nothing to change: %.1f s), openssl + zip %.1f s, ratio "
                    "%.2f; Berth's peak memory %lld MiB\n",
                    qPrintable(wordOf(type)), seconds[0], seconds[1], tools, seconds[0] / tools, peak / 1024);
    }
    return 0;
}
