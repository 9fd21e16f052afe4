#include "DockerReleases.h"

#include <QRegularExpression>
#include <QUrl>
#include <QVersionNumber>

#include <algorithm>

namespace {

const QString versionPattern = QStringLiteral("(\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.]+)?)");

} // namespace

QStringList DockerReleases::parse(const QByteArray &html)
{
    // href="docker-28.2.2.zip" as nginx, Apache and download.docker.com list a folder; a path before the
    // name (href="/win/static/stable/x86_64/docker-28.2.2.zip") is the same file.
    static const QRegularExpression link(QStringLiteral("href\\s*=\\s*\"(?:[^\"]*/)?docker-") + versionPattern +
                                             QStringLiteral("\\.zip\""),
                                         QRegularExpression::CaseInsensitiveOption);
    QStringList versions;
    for (const QRegularExpressionMatch &match : link.globalMatch(QString::fromUtf8(html))) {
        if (!versions.contains(match.captured(1)))
            versions.append(match.captured(1));
    }
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) { return compare(a, b) > 0; });
    return versions;
}

QString DockerReleases::zipUrl(const QString &indexUrl, const QString &version)
{
    QUrl index(indexUrl);
    if (!index.path().endsWith(QLatin1Char('/')))
        index.setPath(index.path() + QLatin1Char('/'));
    return index.resolved(QUrl(QStringLiteral("docker-%1.zip").arg(version))).toString();
}

int DockerReleases::compare(const QString &a, const QString &b)
{
    qsizetype aEnd = 0;
    qsizetype bEnd = 0;
    const QVersionNumber aNumber = QVersionNumber::fromString(a, &aEnd);
    const QVersionNumber bNumber = QVersionNumber::fromString(b, &bEnd);
    if (const int numbers = QVersionNumber::compare(aNumber, bNumber))
        return numbers;
    const QString aRest = a.mid(aEnd);
    const QString bRest = b.mid(bEnd);
    if (aRest == bRest)
        return 0;
    if (aRest.isEmpty() != bRest.isEmpty()) // 28.0.0 is newer than 28.0.0-rc.1
        return aRest.isEmpty() ? 1 : -1;
    return aRest.compare(bRest);
}

QString DockerReleases::fromVersionOutput(const QString &output)
{
    static const QRegularExpression line(QStringLiteral("^Docker version ") + versionPattern + QStringLiteral("\\b"),
                                         QRegularExpression::MultilineOption);
    return line.match(output).captured(1);
}
