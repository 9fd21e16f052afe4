#pragma once

#include "answers/Answers.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// The hosts file of `berth fleet`: CSV (RFC 4180: a header row; a field in double quotes may hold a comma, a
// line break or "" for a quote) with the columns name, addresses and edition, and further columns for the answer
// keys that describe a host (service.details.startup, firewall.remoteAddresses: FleetHosts.cpp names them), whose
// value overrides the base answers for that host; an empty cell keeps the base's. Sources, local files, URLs,
// folders, the daemon's arguments and its pipe's group come from the base alone: a hosts.csv may be someone
// else's. A column named ansible_* is a connection variable of the host's Ansible inventory, from a named set
// (ansible_host, ansible_port, ansible_user, the WinRM and PSRP transport settings); no password. Each host gets
// TLS with its name and addresses as the server certificate's names. Every problem names the row (as a
// spreadsheet counts: the header is row 1) and the column, and one reading names them all.
struct FleetHost
{
    QString name;
    QStringList addresses;
    Answers answers;
    QList<QPair<QString, QString>> connection; // the ansible_* columns with a value, in the header's order
    int row = 0;
};

class FleetHosts
{
    Q_DECLARE_TR_FUNCTIONS(FleetHosts)

public:
    struct Result
    {
        QList<FleetHost> hosts;
        QStringList problems; // each one line: "hosts.csv row 3, column addresses: ..."
        bool ok() const { return problems.isEmpty(); }
    };
    static Result read(const QByteArray &csv, const Answers &base, const QString &fileName);
    // The records of a CSV text, each with its first row's number; empty with error set for a quote left open.
    struct Record
    {
        int row = 0;
        QStringList fields;
    };
    static QList<Record> parse(const QByteArray &csv, QString *error);
};
