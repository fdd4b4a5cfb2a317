// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>

class ControlPlaneClient;
class LogStore;
class QLockFile;
struct FeedbackEntry;

enum class FeedbackSyncState { Pending, Synced, Failed };

// One piece of feedback as the user gave it, and where it stands with the control plane.
struct QueuedFeedback
{
    QString localId; // also the FeedbackEntry id in the store
    QString logId;
    QString traceId; // feedback attaches to the trace (portkey-api.md 6)
    int value = 0; // -10..10
    double weight = 1; // 0..1
    QJsonObject metadata;
    QDateTime createdAt;
    FeedbackSyncState state = FeedbackSyncState::Pending;
    QString serverId; // from feedback_ids once created; later changes PUT to it
    bool changedSinceSync = false; // a synced entry edited locally: PUT pending
    int attempts = 0; // failed attempts since the last success
    QDateTime nextAttempt; // not before (backoff)
    QString lastError; // why the last attempt failed (the reason shown for Failed)
    // Removed here by the user (Delete, or Undo of Add): never sent while withdrawn. One that
    // reached Portkey stays there, since the API has no delete (portkey-api.md 6).
    bool withdrawn = false;
    int revision = 0; // bumped by every local change (in any process: it is in the queue file),
                      // so a change made while its request was under way is sent afterwards
};

// Feedback saved locally first, then delivered to the control plane: POST /feedback once per
// local entry (the returned id is kept), PUT /feedback/{id} for later changes. While the control
// plane cannot be reached the entry stays pending and is retried with backoff; a rejection
// (4xx) marks it failed with the reason, until retry(). The queue lives in a JSON file next to
// the store. Delivery is exactly once when the server answers or is unreachable; a POST whose
// answer is lost (timeout after sending) is retried, so it may arrive twice: every POST carries
// metadata.gatescope_feedback_id = the local id so such a duplicate can be recognised.
// Calls may come in while sync() waits for the network (the client runs a local event loop,
// which delivers queued calls in a GUI worker thread): sync() finds its entry again afterwards.
//
// Several processes may share one queue file (the app and gatescope-cli). Two lock files next
// to it (QLockFile) keep delivery exactly once and lose no entry:
// - <queue>.lock, held only while the file is read, changed and written: every operation
//   re-reads the file under it and writes the file as it is plus its own change;
// - <queue>.sending.lock, held by sync() for its whole run: only one process sends at a time,
//   and it re-reads the file before each request and records the outcome (server id, state)
//   before it lets go, so the next sender finds the entry synced. add() and the other changes
//   never wait for a sender (only for another process's short write).
class FeedbackSync : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedbackSync)

public:
    FeedbackSync(ControlPlaneClient &client, LogStore *store, QString queueFile,
                 QObject *parent = nullptr);

    static QString metadataIdKey() { return QStringLiteral("gatescope_feedback_id"); }
    // The name put in metadata _user of feedback given here ($USER, else $USERNAME): Portkey
    // indexes _user, and the store shows it as the author.
    static QString localUser();
    // feedback-queue-<connection>.json in AppDataLocation.
    static QString defaultQueueFile(const QString &connection);

    void setBackoff(int initialMs, int maxMs)
    {
        m_backoffInitialMs = initialMs;
        m_backoffMaxMs = maxMs;
    }
    // Retries by itself when an entry's backoff ends (sync() then runs from the event loop).
    void setAutoRetry(bool enabled);

    // Saves locally (store, with synced = false, and the queue); the id, or nullopt and why.
    std::optional<QString> add(const QString &logId, const QString &traceId, int value,
                               double weight, const QJsonObject &metadata, QString *error);
    // The same with the entry's own id and time when it has them (the GUI's undo keeps ids).
    std::optional<QString> add(const QString &logId, const QString &traceId,
                               const FeedbackEntry &entry, QString *error);
    bool change(const QString &localId, int value, double weight, const QJsonObject &metadata,
                QString *error);
    bool retry(const QString &localId); // a failed entry becomes pending again, due now

    // Whether a withdrawn entry had reached the control plane, where it stays.
    enum class Withdrawal { NotSent, MaybeSent, Sent };
    // The user removed it here: out of the store, and not sent while withdrawn.
    std::optional<Withdrawal> withdraw(const QString &localId, QString *error);
    // Undo of withdraw(): back in the store; sent (or PUT) if that is still due.
    bool restore(const QString &localId, QString *error);

    QList<QueuedFeedback> entries() const { return m_entries; }
    std::optional<QueuedFeedback> entry(const QString &localId) const;

    struct Summary
    {
        int created = 0; // POSTed
        int updated = 0; // PUT
        int pending = 0; // still waiting (offline, 5xx, 429)
        int failed = 0; // rejected
        QString problem; // why nothing (or not everything) was sent, besides the entries' errors
    };
    // Sends every pending entry whose backoff has ended (all pending ones when force is set).
    // While another process sends this queue: returns at once (force: waits for it up to the
    // send wait, then sends what it left), with problem saying so.
    Summary sync(bool force = false);
    // How long a change waits for another process's write of the queue file, and sync(true) for
    // another process's sending, before giving up with an error.
    void setLockWaits(int writeMs, int sendMs)
    {
        m_lockWaitMs = writeMs;
        m_sendWaitMs = sendMs;
    }

    QString loadError() const { return m_loadError; }

Q_SIGNALS:
    void entryChanged(const QString &localId);

private:
    bool load();
    // Reads the file (as it is now) into the entries, keeping what only this instance knows.
    bool reload(QString *error);
    // The queue file's write lock, taken (nullptr and why when another process keeps it).
    std::unique_ptr<QLockFile> lockQueue(QString *error) const;
    bool save(QString *error = nullptr);
    int pendingCount() const;
    void schedule();
    void markStoreSynced(const QueuedFeedback &f);
    bool writeStore(const QueuedFeedback &f, bool synced, QString *error);
    qsizetype indexOf(const QString &localId) const;
    int backoffMs(int attempts) const;

    ControlPlaneClient &m_client;
    LogStore *m_store;
    QString m_queueFile;
    QString m_loadError;
    QList<QueuedFeedback> m_entries;
    int m_backoffInitialMs = 2000;
    int m_backoffMaxMs = 300000;
    bool m_autoRetry = false;
    int m_lockWaitMs = 10000;
    int m_sendWaitMs = 120000;
    bool m_syncing = false;
    QString m_inFlight; // the entry whose request is under way
    QTimer m_timer;
};
