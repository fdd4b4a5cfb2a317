// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feedbacksync.h"
#include "record/logrecord.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

class FeedbackDialog;
class QUndoStack;
class QWidget;
class StoreWorker;

// Adds, edits and deletes feedback on the selected log through the dialog, each change an undoable
// command on one QUndoStack (Edit > Undo/Redo). Only "your own" feedback (its _user is this user,
// FeedbackDialog::localUser()) can be edited or deleted. Where a connection is chosen to receive
// feedback (File > Connections), changes go through that connection's FeedbackSync queue in a
// thread of its own (saved locally first, then POST/PUT, retried with backoff) and
// delivery() says where each entry stands; without one they only go to the store, as before.
// Portkey cannot delete feedback: deleting (or undoing the add of) an entry it already has
// removes it here only, and says so.
class FeedbackController : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedbackController)

public:
    FeedbackController(const QString &storeLocation, QWidget *dialogParent);
    ~FeedbackController() override;

    QUndoStack *undoStack() const { return m_undo; }
    // The dialog while one is open (tests drive it), else nullptr.
    FeedbackDialog *dialog() const;
    static bool isOwn(const FeedbackEntry &entry);

    // Open the dialog (window-modal, not blocking); the change is made when it is accepted.
    void addTo(const LogRecord &log);
    void edit(const LogRecord &log, const QString &feedbackId);
    // Deletes at once (undo brings it back).
    void remove(const LogRecord &log, const QString &feedbackId);

    // Runs a change in the worker (the queue's when a connection receives feedback), then emits
    // changed() or failed(). Restore (undo of a delete) puts an entry back as it was: one that
    // was only local stays local.
    enum class Op { Add, Update, Remove, Restore };
    void apply(Op op, const QString &logId, const FeedbackEntry &entry);

    // Reads which connection receives feedback and sends there from now on (nothing changes
    // when it is the same). Called at start and after File > Connections.
    void reloadConnection();
    // The connection feedback goes to; empty: feedback stays local.
    QString connectionName() const { return m_connectionName; }

    enum class Delivery { LocalOnly, Pending, Sent, Rejected };
    struct DeliveryState
    {
        Delivery state = Delivery::LocalOnly;
        QString text; // the sentence the Overview shows
    };
    DeliveryState delivery(const FeedbackEntry &entry) const;
    void retry(const QString &feedbackId); // a rejected entry: try again now
    // The queue's backoff (FeedbackSync::setBackoff), from now on.
    void setSyncBackoff(int initialMs, int maxMs);

Q_SIGNALS:
    void changed();
    void failed(const QString &message);
    void notice(const QString &message); // worth a line in the status bar
    void deliveryChanged(const QString &feedbackId);

private:
    struct SyncHost;
    void startSync(const QString &connection);
    void stopSync();
    void postSync(std::function<void(SyncHost *host)> job);
    void onDelivery(const QueuedFeedback &entry);
    void openDialog(const QString &logId, const FeedbackEntry *before);

    QString m_location;
    std::unique_ptr<StoreWorker> m_worker;
    QWidget *m_parent;
    QUndoStack *m_undo;
    QPointer<FeedbackDialog> m_dialog;

    std::unique_ptr<SyncHost> m_sync;
    QString m_connectionName;
    QString m_connectionKey; // what the running queue was started with
    QString m_syncProblem; // why the queue cannot send (an unreadable key), shown with Pending
    QHash<QString, QueuedFeedback> m_deliveries; // the queue as last reported, by local id
    int m_backoffInitialMs = 2000;
    int m_backoffMaxMs = 300000;
};
