#include "DockerApi.h"

#include <QRegularExpression>
#include <QVersionNumber>

namespace {

// Each docker CLI release that changed the API version it speaks, oldest first.
struct Release
{
    int major;
    int minor;
    const char *api;
};
constexpr Release Releases[] = {{18, 9, "1.39"}, {19, 3, "1.40"}, {20, 10, "1.41"}, {23, 0, "1.42"}, {24, 0, "1.43"},
                                {25, 0, "1.44"}, {26, 0, "1.45"}, {27, 0, "1.46"},  {27, 2, "1.47"}, {28, 0, "1.48"},
                                {28, 1, "1.49"}, {28, 2, "1.50"}, {28, 3, "1.51"},  {29, 0, "1.52"}};

} // namespace

QString DockerApi::ofCli(const QString &versionOutput)
{
    static const QRegularExpression release(QStringLiteral("^Docker version (\\d+)\\.(\\d+)"));
    const QRegularExpressionMatch match = release.match(versionOutput.trimmed());
    if (!match.hasMatch())
        return {};
    const int major = match.captured(1).toInt();
    const int minor = match.captured(2).toInt();
    QString api;
    for (const Release &r : Releases) {
        if (major > r.major || (major == r.major && minor >= r.minor))
            api = QLatin1String(r.api);
    }
    return api;
}

int DockerApi::compare(const QString &a, const QString &b)
{
    return QVersionNumber::compare(QVersionNumber::fromString(a), QVersionNumber::fromString(b));
}

QString DockerApi::firstCliFor(const QString &api)
{
    if (compare(QLatin1String(Releases[0].api), api) > 0)
        return {}; // releases older than the table's first speak it too
    for (const Release &r : Releases) {
        if (compare(QLatin1String(r.api), api) >= 0) // 18.09, 19.03, 20.10 (year.month), then 23.0 on
            return QStringLiteral("%1.%2").arg(r.major).arg(r.minor, r.major < 23 ? 2 : 1, 10, QLatin1Char('0'));
    }
    return {};
}
