#pragma once

#include "answers/Answers.h"
#include "apply/ApplySteps.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

// `berth bundle` and the wizard's bundle mode: everything a host without a desktop or without
// internet needs, in one zip made on another machine (Windows or Linux): the binaries, the start
// configuration, the server certificates, install.cmd and uninstall.cmd, README.txt and
// SHA256SUMS over every other file. The client's files go to a zip of their own, never into the
// host's. Needs no network when the binaries are local or in the download cache.
class BundleBuilder : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString out;       // host.zip
        QString clientOut; // a folder for the CA key and the client's files, when certificates are made
        // The host's server files, made elsewhere (berth fleet's CA): none is made and no client zip written.
        std::optional<ApplySteps::ServerFiles> server;
        // The zip entries' date; valid: the same answers and files give the same bytes.
        QDateTime time;
        // An earlier bundle (known to be whole): when it holds these very files (its SHA256SUMS and its
        // entries are the ones these answers make), it is left as it is and no zip is written.
        QString previous;
    };

    explicit BundleBuilder(QObject *parent = nullptr);

    // cancelled is asked while downloading and before the zip is written.
    bool build(Answers answers, const Options &options, QString *error, std::function<bool()> cancelled = {});

    // After a failed build(): whether the answers were at fault (rather than a file or a download).
    bool answersInvalid() const { return m_invalid; }
    // After a build() with Options::previous: whether that bundle was found to hold the same and kept.
    bool keptPrevious() const { return m_keptPrevious; }
    // <out without .zip>-client.zip
    static QString clientZipPath(const QString &out);
    // One line a key whose value holds a letter install.cmd could not carry (outside ASCII).
    static QStringList asciiProblems(const Answers &answers);
    // The answers with the proxy's user name and password taken out (what the journal keeps, too).
    static Answers withoutProxyCredentials(Answers answers);
    // The answers the bundle carries as answers.json: the proxy without its user name and password, and no path of
    // the preparing machine (a local zip becomes "keep": on the host the files are in place).
    static Answers forTheBundle(Answers answers);

signals:
    void said(const QString &line);
    void downloadProgress(const QString &url, qint64 done, qint64 total, double bytesPerSecond);

private:
    bool certificates(const Answers &answers, const QString &clientOut, std::optional<ApplySteps::ServerFiles> *server,
                      QString *error);

    std::function<bool()> m_cancelled;
    bool m_invalid = false;
    bool m_keptPrevious = false;
};
