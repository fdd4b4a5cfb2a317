// SPDX-License-Identifier: GPL-3.0-or-later
#include "logfetcher.h"

LogFetcher::LogFetcher(LogStore &store)
    : m_store(store)
{ }

LogFetcher::Result LogFetcher::fetch(const ConnectionCredentials &credentials, const QString &id)
{
    Result result;
    result.connection = credentials.connection.name;
    if (!credentials.ok()) {
        result.error = credentials.error.isEmpty()
            ? QStringLiteral("there is no connection named %1").arg(credentials.connection.name)
            : credentials.error;
        return result;
    }
    const std::unique_ptr<ControlPlaneClient> client = credentials.client();
    if (m_policy)
        client->setRetryPolicy(*m_policy);
    const ControlPlaneResponse r = client->fetchLog(id, &result.record);
    if (!r.ok()) {
        result.error = r.error.message;
        return result;
    }
    if (result.record.id != id) {
        result.error
            = QStringLiteral("the control plane answered with log %1").arg(result.record.id);
        return result;
    }
    const std::optional<WriteResult> written = m_store.insert({result.record}, &result.error);
    if (!written)
        return result;
    result.written = *written;
    result.ok = true;
    return result;
}

LogFetcher::Result LogFetcher::fetchFromAny(const QList<ConnectionCredentials> &connections,
                                            const QString &id)
{
    QStringList problems;
    for (const ConnectionCredentials &c : connections) {
        if (!c.ok())
            problems << QStringLiteral("%1: %2").arg(c.connection.name, c.error);
    }
    for (const ConnectionCredentials &c : connections) {
        if (!c.ok())
            continue;
        Result result = fetch(c, id);
        if (result.ok)
            return result;
        problems << QStringLiteral("%1: %2").arg(c.connection.name, result.error);
    }
    Result failed;
    failed.error = problems.join(u'\n');
    return failed;
}
