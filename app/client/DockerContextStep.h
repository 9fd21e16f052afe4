#pragma once

#include "ClientPlaces.h"
#include "apply/Step.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

// A docker context in this user's docker CLI settings, made, pointed elsewhere or removed through docker.exe
// itself (docker context create, update, rm). The context store is only read, to see what is there: the
// endpoint's host in meta.json and the TLS files beside it. Undo puts the context back as it was, its old TLS
// files from the backup.
class DockerContextStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(DockerContextStep)

public:
    struct Endpoint
    {
        QString host; // tcp://NAME:PORT
        // Where docker.exe reads each TLS file when the step runs, and what it holds; empty: none.
        QString ca, cert, key;
        QByteArray caBytes, certBytes, keyBytes;
    };
    // wanted: the context as it should be, or nullopt for none.
    DockerContextStep(const ClientPlaces &places, const QString &name, const std::optional<Endpoint> &wanted);
    // berth-NAME for tcp://NAME:PORT, in the letters docker allows in a context's name.
    static QString nameFor(const QString &endpoint);
    static bool isName(const QString &name);

    QString title() const override;
    bool prepare(ApplyContext &context, QString *error) override;
    QStringList changes() const override;
    bool apply(ApplyContext &context, QString *error) override;
    void undo(ApplyContext &context) override;
    bool needsRestart() const override { return false; }

    QString name() const { return m_name; }
    // After prepare(): whether the context was there, where it pointed, and its TLS files in the store.
    bool existed() const { return m_existed; }
    QString hostBefore() const { return m_hostBefore; }
    QStringList tlsBefore() const { return m_tlsBefore; }

private:
    HostCommand command(const QString &verb, const std::optional<Endpoint> &endpoint) const;
    bool run(ApplyContext &context, const HostCommand &command, QString *error) const;

    ClientPlaces m_places;
    QString m_name;
    std::optional<Endpoint> m_wanted;
    bool m_existed = false;
    QString m_hostBefore;
    QStringList m_tlsBefore; // Windows paths in the store
    bool m_changes = false;
    bool m_acted = false;
};
