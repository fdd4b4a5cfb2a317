// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectioncredentials.h"

#include "apikeystore.h"
#include "controlplaneclient.h"

ConnectionCredentials ConnectionCredentials::read(const QString &name)
{
    ApiKeyStore keys;
    return read(name, ConnectionStore(), keys);
}

ConnectionCredentials ConnectionCredentials::read(const QString &name,
                                                  const ConnectionStore &connections,
                                                  ApiKeyStore &keys)
{
    ConnectionCredentials credentials;
    const std::optional<Connection> connection = connections.find(name, &credentials.error);
    if (!connection) {
        credentials.problem = Problem::NoConnection;
        return credentials;
    }
    credentials.connection = *connection;
    const KeyResult key = keys.read(name);
    if (!key.ok) {
        credentials.problem = Problem::NoKey;
        credentials.error = key.error;
        return credentials;
    }
    credentials.apiKey = key.key;
    return credentials;
}

ConnectionCredentials ConnectionCredentials::read(const Connection &connection)
{
    ConnectionCredentials credentials;
    credentials.connection = connection;
    const KeyResult key = ApiKeyStore().read(connection.name);
    if (key.ok) {
        credentials.apiKey = key.key;
    } else {
        credentials.problem = Problem::NoKey;
        credentials.error = key.error;
    }
    return credentials;
}

QList<ConnectionCredentials> ConnectionCredentials::readAll(QString *error)
{
    QList<ConnectionCredentials> all;
    for (const Connection &connection : ConnectionStore().list(error))
        all.append(read(connection));
    return all;
}

std::unique_ptr<ControlPlaneClient> ConnectionCredentials::client() const
{
    return std::make_unique<ControlPlaneClient>(connection.endpoint(), apiKey);
}
