#include "EngineCheck.h"

#include "answers/WindowsReleases.h"
#include "fetch/DockerReleases.h"
#include "fetch/LocalArchive.h"

#include <QDir>
#include <QSaveFile>
#include <QTemporaryDir>

QString EngineCheck::versionOf(const WindowsHost &host, const QByteArray &dockerd, QString *error)
{
    // QTemporaryDir makes its folder for this user alone (0700; on Windows in the user's own %TEMP%).
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("dockerd.exe"));
    QSaveFile file(path);
    if (!folder.isValid() || !file.open(QIODevice::WriteOnly) || file.write(dockerd) != dockerd.size() ||
        !file.commit()) {
        *error = tr("cannot write a copy of dockerd.exe to ask its version: %1").arg(file.errorString());
        return {};
    }
    const WindowsHost::Result result = host.run(
        {QDir::toNativeSeparators(path), {QStringLiteral("--version")}, tr("Ask the new dockerd.exe its version")},
        60000);
    const QString version = result.ok() ? DockerReleases::fromVersionOutput(result.out) : QString();
    if (version.isEmpty())
        *error = tr("the dockerd.exe it holds does not say its version on this host (%1)").arg(result.summary());
    return version;
}

bool EngineCheck::check(const WindowsHost &host, const Answers &answers, const char *key, QString *error)
{
    if (answers.binaries.source != Source::Local)
        return true; // kept: nothing new is placed
    QString why;
    const QHash<QString, QByteArray> binaries = LocalArchive::dockerBinaries(answers.binaries.localPath, &why);
    const QString version =
        binaries.isEmpty() ? QString() : versionOf(host, binaries.value(QStringLiteral("dockerd.exe")), &why);
    if (!version.isEmpty())
        why = WindowsReleases::engineProblem(answers.host, version);
    if (why.isEmpty())
        return true;
    *error = QLatin1String(key) + QStringLiteral(": ") + why;
    return false;
}
