// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectioncredentials.h"
#include "controlplaneclient.h"
#include "logrecord.h"
#include "logstore.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Fetches one log by id from the control plane (GET /logs/{id}, portkey-api.md 3.2) and stores
// it: gatescope-cli fetch, and a shared link to a log the store does not hold yet. Blocks while
// it waits for the server: run it off the UI thread. It never overwrites a stored log.
class LogFetcher
{
public:
    struct Result
    {
        bool ok = false; // fetched, and in the store now (new or already there)
        LogRecord record;
        WriteResult written;
        QString connection; // the connection that had it
        // Why not, one sentence; from fetchFromAny() one "connection: why" a line.
        QString error;
    };

    explicit LogFetcher(LogStore &store);
    // The client's retry policy for the fetch (default: the client's own).
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }

    Result fetch(const ConnectionCredentials &credentials, const QString &id);
    // Asks each connection in turn until one has the log; connections whose key could not be
    // read are named first in the error, then those that did not give the log.
    Result fetchFromAny(const QList<ConnectionCredentials> &connections, const QString &id);

private:
    LogStore &m_store;
    std::optional<RetryPolicy> m_policy;
};
