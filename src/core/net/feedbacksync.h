#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <optional>

class ControlPlaneClient;
class LogStore;
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
    int revision = 0; // in memory only: bumped by every local change, so a change made while
                      // its request was under way is sent afterwards
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
    };
    // Sends every pending entry whose backoff has ended (all pending ones when force is set).
    Summary sync(bool force = false);

    QString loadError() const { return m_loadError; }

Q_SIGNALS:
    void entryChanged(const QString &localId);

private:
    bool load();
    bool save(QString *error = nullptr);
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
    bool m_syncing = false;
    QString m_inFlight; // the entry whose request is under way
    QTimer m_timer;
};
