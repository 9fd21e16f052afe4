#pragma once

#include <QString>

// The Engine API versions the docker CLI's releases speak, and whether a CLI can talk to a daemon: a daemon refuses
// a client older than its MinAPIVersion (engine 29 takes 1.44 and later, docker CLI 25 and later).
namespace DockerApi {

// The newest API version the docker CLI of that release speaks (docker/cli's api/defaultversion at its tag), from
// what `docker --version` prints ("Docker version 24.0.7, build afdd53b"); empty when it names no release.
QString ofCli(const QString &versionOutput);
// Below zero when a is older than b, as API versions compare ("1.9" before "1.44").
int compare(const QString &a, const QString &b);
// The first docker CLI release that speaks api ("25.0" for 1.44, "20.10" for 1.41); empty when that is older than
// 18.09's 1.39, or newer than any release the table knows.
QString firstCliFor(const QString &api);

} // namespace DockerApi
