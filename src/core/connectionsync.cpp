// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionsync.h"

#include "controlplaneclient.h"
#include "exportfileimport.h"

ConnectionSync::ConnectionSync(const ConnectionCredentials &credentials, LogStore &store)
    : m_connection(credentials.connection)
    , m_store(store)
    , m_client(credentials.client())
{
    // The importer reads the cancel flag when a file arrives: setCancelFlag() may come later.
    m_sync
        = std::make_unique<ExportSync>(*m_client,
                                       [this](const QString &file, qint64 *imported,
                                              qint64 *duplicates, qint64 *skipped, QString *error) {
                                           return exportFileImporter(m_store, m_cancel)(
                                               file, imported, duplicates, skipped, error);
                                       });
    m_sync->setCheckpointHandler([this](const QDateTime &until) {
        // Never back: a sync from before the checkpoint re-syncs old logs, no more.
        if (m_connection.syncedUntil.isValid() && until <= m_connection.syncedUntil)
            return;
        m_connection.syncedUntil = until;
        QString error;
        if (!m_connections.setSyncedUntil(m_connection.name, until, &error))
            m_checkpointError = error;
    });
}

ConnectionSync::~ConnectionSync() = default;

QDateTime ConnectionSync::defaultStart(const Connection &connection, const QDateTime &now)
{
    return connection.syncedUntil.isValid() ? connection.syncedUntil.addMSecs(-kOverlapMs)
                                            : now.addDays(-kFirstWindowDays);
}

void ConnectionSync::setCancelFlag(const std::atomic_bool *cancel)
{
    m_cancel = cancel;
    m_sync->setCancelFlag(cancel);
}

void ConnectionSync::setProgressHandler(std::function<void(const ExportSyncProgress &)> handler)
{
    m_sync->setProgressHandler(std::move(handler));
}

ExportSyncResult ConnectionSync::run()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return run(defaultStart(m_connection, now), now);
}

ExportSyncResult ConnectionSync::run(const QDateTime &from, const QDateTime &to,
                                     const QJsonObject &filters)
{
    return m_sync->run(from, to, filters);
}
