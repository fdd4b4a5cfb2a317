// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionstore.h"

#include <QList>
#include <QString>

#include <memory>

class ApiKeyStore;
class ControlPlaneClient;

// A connection with its API key: the one place where a connection's name becomes a control-plane
// client, for the app and gatescope-cli alike. Read it where the keychain may ask the user (the
// app's UI thread); make the client on the thread that uses it (its calls block). It does not
// word the problem for the user: each caller says it in its own place.
struct ConnectionCredentials
{
    enum class Problem {
        None,
        NoConnection, // no connection of that name, or the connection file could not be read
        NoKey, // the keychain (or the key file) did not give the key
    };

    Connection connection;
    QString apiKey;
    Problem problem = Problem::None;
    // NoConnection: why the connection file could not be read (empty: there is no such name);
    // NoKey: the keychain's sentence.
    QString error;

    bool ok() const { return problem == Problem::None; }

    // The named connection from the connection file and its key from the keychain.
    static ConnectionCredentials read(const QString &name);
    static ConnectionCredentials read(const QString &name, const ConnectionStore &connections,
                                      ApiKeyStore &keys);
    // The key of a connection already read (from ConnectionStore::list()).
    static ConnectionCredentials read(const Connection &connection);
    // Every connection, each with its key or its problem, in the file's order.
    static QList<ConnectionCredentials> readAll(QString *error = nullptr);

    // A client for the connection with its key. Without them (problem set) the client has the
    // default endpoint or no key, and every call it makes fails as the server answers.
    std::unique_ptr<ControlPlaneClient> client() const;
};
