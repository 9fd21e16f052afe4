#pragma once

#include "answers/Answers.h"

#include <QObject>
#include <QStringList>

#include <functional>

// `berth fleet`: everything a fleet of hosts needs, prepared on this machine into one folder (out):
//   hosts/NAME.zip    each host's bundle (as `berth bundle` makes it), with its own answers and certificate
//   client.zip        the admin's ca.pem, cert.pem and key.pem
//   ansible/          inventory.yml and site.yml
//   Deploy-Fleet.ps1  the same through PowerShell remoting
//   fleet.json        what was made for whom: names, certificate serial and dates, bundle digest
// The CA lives in a folder of its own (--ca, or OUT-ca beside it), never in out. A second run with the same
// inputs leaves every file in out as it was, byte for byte: certificates are kept until 30 days before
// their end, and a zip's entries carry its certificate's start as their date. A file is only replaced
// when its bytes differ, and a host no longer in hosts.csv is reported while its bundle is there.
class FleetBuilder : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString hosts; // hosts.csv
        QString out;
        QString ca; // empty: out + "-ca"
        bool dockerContext = false;
    };
    explicit FleetBuilder(QObject *parent = nullptr);

    bool build(const Answers &base, const Options &options, QString *error, std::function<bool()> cancelled = {});
    // After a failed build(): whether the inputs (answers, hosts.csv, folders) were at fault.
    bool inputInvalid() const { return m_invalid; }
    static QString defaultCaFolder(const QString &out);

signals:
    void said(const QString &line);
    void downloadProgress(const QString &url, qint64 done, qint64 total, double bytesPerSecond);

private:
    bool m_invalid = false;
};
