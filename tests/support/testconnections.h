// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apikeystore.h"
#include "connectionstore.h"

#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

// For tests of code that reads the user's connections and API keys: both in a temporary folder
// for this process, and connections to a local server. Header-only: gatescope_testsupport does
// not link gatescope_net, the tests that include this do.
namespace TestConnections {

// The connection file in dir (GATESCOPE_CONNECTIONS), API keys in files instead of a keychain
// (GATESCOPE_NO_KEYCHAIN) under Qt's test-mode paths.
inline void isolate(const QTemporaryDir &dir)
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("GATESCOPE_NO_KEYCHAIN", "1");
    qputenv("GATESCOPE_CONNECTIONS", dir.filePath(QStringLiteral("connections.json")).toUtf8());
}

// Saves a connection with both planes at url, and its API key; an empty key removes the saved
// one. False with the reason in error.
inline bool add(const QString &name, const QUrl &url, const QString &apiKey, QString *error)
{
    Connection c;
    c.name = name;
    c.controlPlane = url;
    c.dataPlane = url;
    if (!ConnectionStore().save(c, error))
        return false;
    ApiKeyStore keys;
    if (apiKey.isEmpty()) {
        keys.remove(name, error);
        return true;
    }
    const KeyResult stored = keys.store(name, apiKey, true);
    if (!stored.ok)
        *error = stored.error;
    return stored.ok;
}

} // namespace TestConnections
