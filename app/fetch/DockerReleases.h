#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// The releases Docker CE's static index offers (binaries.indexUrl: an HTML page that links
// docker-X.Y.Z.zip for each), and what a version's number says next to another's.
class DockerReleases
{
public:
    // The versions the page links, newest first, each once. Only links of the form docker-VERSION.zip
    // count; anything else on the page (docker-rootless-extras, .tgz, other folders) is not a release.
    static QStringList parse(const QByteArray &html);
    // The zip of version under the index (a missing final / is added: the index is a folder).
    static QString zipUrl(const QString &indexUrl, const QString &version);
    // <0, 0, >0 as a is older than, the same as, or newer than b: by the numbers, then a release before its
    // own pre-release (28.0.0 after 28.0.0-rc.1); "-ce" and other suffixes after the numbers otherwise
    // compare as text.
    static int compare(const QString &a, const QString &b);
    // The version in what `dockerd.exe --version` prints ("Docker version 28.2.2, build e6534b4"), or
    // empty when it is not that.
    static QString fromVersionOutput(const QString &output);
};
