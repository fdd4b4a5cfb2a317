// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>

class StoreWorker;

// Watches a shared store (PostgreSQL) for what other connections commit, on a StoreWorker's
// connection (LogStore::watchChanges, delivered by the worker's event loop), and reopens the store
// with a jittered backoff when that connection drops. It reads no rows: it says what changed and
// its owner (LogTableModel) looks the rows up.
class SharedStoreWatch : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SharedStoreWatch)

public:
    // A burst of changes is taken together: rowsCommitted() and feedbackChanged() at most once
    // per OthersDelayMs, so a 50,000-record import by someone else is a few lookups, not 50 per
    // batch.
    static constexpr int OthersDelayMs = 250;
    // A dropped connection is tried again after a delay of 75-125 % of a step that starts at
    // ReconnectFirstMs and doubles up to ReconnectMaxMs (never over ReconnectMaxMs).
    static constexpr int ReconnectFirstMs = 1000;
    static constexpr int ReconnectMaxMs = 30000;

    // `worker` outlives this object (its destructor runs the jobs posted to it first).
    explicit SharedStoreWatch(StoreWorker *worker, QObject *parent = nullptr);

    // Starts watching; while reconnecting, tries at once rather than after the backoff.
    void watchOtherWriters();
    bool isWatching() const { return m_watching; }
    bool isReconnecting() const { return m_lost; }
    QString connectionProblem() const { return m_lostReason; }
    int reconnectTries() const { return m_reconnectTries; }
    bool isReconnectTryRunning() const { return m_reconnecting; }
    // The delay before the waiting try, in ms; -1 when none waits.
    int nextTryDelay() const;

    // What the store said (the watchChanges callback): "logs N" after a batch, "feedback LOG-ID"
    // after a change and "lost REASON" when its connection dropped (the watch has ended then).
    void takeChange(const QString &what);

Q_SIGNALS:
    void watching();
    void watchFailed(const QString &message);
    // The connection dropped (with the store's reason), and again with each failed try's.
    void watchLost(const QString &reason);
    // Others committed rows; their creation times are unknown.
    void rowsCommitted();
    // Others changed the feedback of these logs.
    void feedbackChanged(const QStringList &logIds);
    // Watched again after a loss (after watching()): catch up on what was committed meanwhile.
    void reconnected();

private:
    // Watches in the worker; `reopen`: on a store opened again first (StoreWorker::postReopen).
    void watch(bool reopen);
    void onWatchResult(bool ok, const QString &error, bool reopened);
    void onLost(const QString &reason);
    int nextReconnectDelay();
    void reconnect();
    void takeOthersChanges();

    StoreWorker *m_worker;
    bool m_watching = false;
    // Others' changes: rows (creation time unknown) and feedback, gathered for OthersDelayMs.
    bool m_othersRows = false;
    QSet<QString> m_othersFeedback;
    QTimer m_othersTimer;
    // A lost connection: its reason (the last try's), the next step, one try at a time.
    bool m_lost = false;
    QString m_lostReason;
    bool m_reconnecting = false; // a try is running in the worker
    int m_reconnectDelayMs = ReconnectFirstMs;
    int m_reconnectTries = 0;
    QTimer m_reconnectTimer;
};
