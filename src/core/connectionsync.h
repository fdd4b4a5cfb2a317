// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectioncredentials.h"
#include "connectionstore.h"
#include "exportsync.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class ControlPlaneClient;
class LogStore;

// Syncs one connection's logs into a store, for the app's Sync Now and gatescope-cli sync alike:
// export jobs (ExportSync) whose files the Importer reads. It owns the policy: a sync resumes at
// the connection's checkpoint less an overlap (logs reach the control plane a little after their
// created_at; rows seen twice are duplicates, never stored twice), a first sync covers the last
// 30 days, and the checkpoint moves forward (never back) after each imported job, so an
// interrupted sync resumes there. Blocks until done: run it off the UI thread.
class ConnectionSync
{
public:
    static constexpr qint64 kOverlapMs = 10 * 60 * 1000;
    static constexpr int kFirstWindowDays = 30;

    // The client is made here from the credentials, in the thread that runs the sync.
    ConnectionSync(const ConnectionCredentials &credentials, LogStore &store);
    ~ConnectionSync();
    ConnectionSync(const ConnectionSync &) = delete;
    ConnectionSync &operator=(const ConnectionSync &) = delete;

    // Where a sync without a chosen start begins: the checkpoint less the overlap, or the first
    // window before now.
    static QDateTime defaultStart(const Connection &connection, const QDateTime &now);
    // Never synced: defaultStart() is the whole first window.
    bool isFirstSync() const { return !m_connection.syncedUntil.isValid(); }

    ControlPlaneClient &client() { return *m_client; }
    ExportSync &exportSync() { return *m_sync; } // job size, polling, retries
    // Where the checkpoint is kept (default: the user's connection file).
    void setConnectionStore(const ConnectionStore &connections) { m_connections = connections; }
    void setCancelFlag(const std::atomic_bool *cancel);
    void setProgressHandler(std::function<void(const ExportSyncProgress &)> handler);

    // From defaultStart() up to now.
    ExportSyncResult run();
    // [from, to], both inclusive; filters adds any of ExportSync::filterKeys().
    ExportSyncResult run(const QDateTime &from, const QDateTime &to,
                         const QJsonObject &filters = {});

    // Every log up to here is in the store (invalid: never synced): the checkpoint as this sync
    // left it.
    QDateTime syncedUntil() const { return m_connection.syncedUntil; }
    // Why the checkpoint could not be saved in the connection file (empty: it was, or no job
    // finished).
    QString checkpointError() const { return m_checkpointError; }

private:
    Connection m_connection;
    LogStore &m_store;
    ConnectionStore m_connections;
    const std::atomic_bool *m_cancel = nullptr;
    QString m_checkpointError;
    std::unique_ptr<ControlPlaneClient> m_client;
    std::unique_ptr<ExportSync> m_sync;
};
