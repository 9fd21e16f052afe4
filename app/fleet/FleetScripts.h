#pragma once

#include "answers/Answers.h"

#include <QList>
#include <QPair>
#include <QString>

// What a fleet hands to the engines that reach the hosts: Ansible (an inventory and a playbook that use
// the ansible.windows collection only) and PowerShell remoting (Deploy-Fleet.ps1). Both copy a host's
// bundle, check its SHA-256 on the host, unpack it, run install.cmd (or uninstall.cmd) and read its
// last line, BERTH-RESULT: changed or unchanged.
struct FleetBundle
{
    QString name;   // the host's DNS name, as in hosts.csv
    QString bundle; // NAME.zip, under hosts/
    QString sha256; // of the zip
    QString service;
    ServiceManager manager = ServiceManager::Nssm;
    QList<QPair<QString, QString>> connection; // ansible_* variables from hosts.csv
};

namespace FleetScripts {

QByteArray inventory(const QList<FleetBundle> &hosts);
QByteArray playbook();
QByteArray deployScript(const QList<FleetBundle> &hosts);

// A YAML single-quoted scalar, and a PowerShell single-quoted string: the only escape in each is '' for '.
QString yamlQuoted(const QString &value);
QString powerShellQuoted(const QString &value);

} // namespace FleetScripts
