#pragma once

#include "ClientPlaces.h"
#include "ClientRecord.h"
#include "apply/Backup.h"
#include "apply/Step.h"

#include <QByteArray>
#include <QCoreApplication>

#include <memory>
#include <optional>
#include <vector>

// The steps that set this machine up to manage a Docker host, or take that set-up away again: the docker
// CLI and its folder on Path, the client's certificates, DOCKER_HOST, DOCKER_TLS_VERIFY and DOCKER_CERT_PATH
// for this user, and the record of what was there before (ClientRecord), written last. ApplyRun carries
// them out alone (no service), with backup and rollback as for a host.
class ClientSteps
{
    Q_DECLARE_TR_FUNCTIONS(ClientSteps)

public:
    struct Inputs
    {
        QString host; // tcp://NAME:PORT
        QByteArray ca, certificate, key;
        std::optional<QByteArray> dockerExe; // empty: the docker.exe already on the machine stays
        bool allUsers = false;               // the Docker folder on every user's Path
    };

    // Empty with error set when the machine cannot take the set-up (no docker.exe to keep).
    static std::vector<std::unique_ptr<Step>> setUp(const WindowsHost &host, const ClientPlaces &places,
                                                    const Inputs &inputs, const Backup &backup, QString *error);
    // Puts back what the record says was there. Empty with error set when the record asks for something
    // Berth never does (a file elsewhere than its places, a copy outside its backups) or a copy is gone.
    static std::vector<std::unique_ptr<Step>> removal(const WindowsHost &host, const ClientPlaces &places,
                                                      const ClientRecord &record, QString *error);
    // The endpoint as tcp://NAME:PORT from NAME, NAME:PORT or tcp://NAME:PORT (port 2376 when none is
    // given); empty with error set for anything else.
    static QString endpoint(const QString &given, QString *error);
    // The variables a set-up sets, for this user (HKCU\Environment): the only ones a record may name.
    static const QStringList &variableNames();
};
