#pragma once

#include <QByteArray>
#include <QStringList>

// Keys given twice in one JSON object. QJsonDocument keeps one of them without a word, so
// {"tls":{"port":70000},"tls":{"port":2376}} would pass as the second; Berth reports them instead.
// Paths are dotted (tls.port); an array's elements are [n] (firewall.remoteAddresses[0]). The text
// must already be valid JSON.
namespace JsonDuplicates {
QStringList find(const QByteArray &json);
}
