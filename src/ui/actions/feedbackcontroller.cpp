// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedbackcontroller.h"

#include "connectioncredentials.h"
#include "connectionstore.h"
#include "controlplaneclient.h"
#include "feedbackdialog.h"
#include "store/logstore.h"
#include "storeworker.h"

#include <QPointer>
#include <QThread>
#include <QUndoCommand>
#include <QUndoStack>

#include <atomic>

namespace {

using Op = FeedbackController::Op;

// One change and its inverse: add <-> remove, update(new) <-> update(old).
class FeedbackCommand : public QUndoCommand
{
public:
    FeedbackCommand(FeedbackController *controller, const QString &text, const QString &logId,
                    Op redoOp, const FeedbackEntry &redoEntry, Op undoOp,
                    const FeedbackEntry &undoEntry)
        : QUndoCommand(text)
        , m_controller(controller)
        , m_logId(logId)
        , m_redo(redoOp)
        , m_undo(undoOp)
        , m_redoEntry(redoEntry)
        , m_undoEntry(undoEntry)
    { }
    void redo() override { m_controller->apply(m_redo, m_logId, m_redoEntry); }
    void undo() override { m_controller->apply(m_undo, m_logId, m_undoEntry); }

private:
    FeedbackController *m_controller;
    QString m_logId;
    Op m_redo, m_undo;
    FeedbackEntry m_redoEntry, m_undoEntry;
};

const FeedbackEntry *findEntry(const LogRecord &log, const QString &id)
{
    for (const FeedbackEntry &f : log.feedback) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

// Which controller sends each queue file: one at a time, so a window that replaces another
// (File > Open Store) never sends what the other is sending.
QHash<QString, QPointer<FeedbackController>> &queueOwners()
{
    static QHash<QString, QPointer<FeedbackController>> owners;
    return owners;
}

QString connectionKey(const Connection &c)
{
    return QStringList {c.name, c.controlPlane.toString(), c.dataPlane.toString(), c.workspace,
                        c.caCertificateFile}
        .join(u'\n');
}

} // namespace

// The queue of the connection that receives feedback, with its client and its own store
// connection, in a thread of its own: the client blocks while it waits for the control plane.
// Everything but `cancel` is touched only in that thread.
struct FeedbackController::SyncHost
{
    QThread thread;
    QObject *context = nullptr; // lives in thread; jobs run as its queued calls
    std::unique_ptr<LogStore> store;
    QString storeError;
    std::unique_ptr<ControlPlaneClient> client;
    std::unique_ptr<FeedbackSync> sync;
    std::atomic_bool cancel = false;
};

FeedbackController::FeedbackController(const QString &storeLocation, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_location(storeLocation)
    , m_worker(std::make_unique<StoreWorker>(storeLocation, QStringLiteral("gatescope-feedback")))
    , m_parent(dialogParent)
    , m_undo(new QUndoStack(this))
{
    reloadConnection();
}

FeedbackController::~FeedbackController()
{
    stopSync();
}

FeedbackDialog *FeedbackController::dialog() const
{
    return m_dialog;
}

bool FeedbackController::isOwn(const FeedbackEntry &entry)
{
    return entry.metadata.value(QStringLiteral("_user")).toString() == FeedbackDialog::localUser();
}

void FeedbackController::openDialog(const QString &logId, const FeedbackEntry *before)
{
    m_dialog = new FeedbackDialog(m_parent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (before)
        m_dialog->setEntry(*before);
    m_dialog->setDestination(m_connectionName);
    if (before) {
        const FeedbackEntry old = *before;
        connect(m_dialog, &QDialog::accepted, this, [this, logId, old] {
            const FeedbackEntry after = m_dialog->entry();
            m_undo->push(new FeedbackCommand(this, tr("Edit Feedback"), logId, Op::Update, after,
                                             Op::Update, old));
        });
    } else {
        connect(m_dialog, &QDialog::accepted, this, [this, logId] {
            const FeedbackEntry entry = m_dialog->entry();
            m_undo->push(new FeedbackCommand(this, tr("Add Feedback"), logId, Op::Add, entry,
                                             Op::Remove, entry));
        });
    }
    m_dialog->open();
}

void FeedbackController::addTo(const LogRecord &log)
{
    if (log.id.isEmpty() || m_dialog)
        return;
    openDialog(log.id, nullptr);
}

void FeedbackController::edit(const LogRecord &log, const QString &feedbackId)
{
    const FeedbackEntry *old = findEntry(log, feedbackId);
    if (!old || !isOwn(*old) || m_dialog)
        return;
    openDialog(log.id, old);
}

void FeedbackController::remove(const LogRecord &log, const QString &feedbackId)
{
    const FeedbackEntry *old = findEntry(log, feedbackId);
    if (!old || !isOwn(*old))
        return;
    m_undo->push(new FeedbackCommand(this, tr("Delete Feedback"), log.id, Op::Remove, *old,
                                     Op::Restore, *old));
}

void FeedbackController::apply(Op op, const QString &logId, const FeedbackEntry &entry)
{
    // The workers are joined before this object goes, so the queued calls back have a receiver
    // (Qt drops them if the receiver is gone by then).
    FeedbackController *self = this;
    auto report = [self](bool ok, const QString &error, const QString &note) {
        QMetaObject::invokeMethod(self, [self, ok, error, note] {
            if (ok)
                Q_EMIT self->changed();
            else
                Q_EMIT self->failed(tr("Feedback not saved: %1").arg(error));
            if (!note.isEmpty())
                Q_EMIT self->notice(note);
        });
    };
    if (m_sync) {
        postSync([op, logId, entry, report](SyncHost *host) {
            LogStore *store = host->store.get();
            FeedbackSync *sync = host->sync.get();
            QString error, note;
            bool ok = false;
            const std::optional<QueuedFeedback> queued
                = sync ? sync->entry(entry.id) : std::nullopt;
            if (!store || !sync) {
                error = host->storeError.isEmpty() ? tr("The store could not be opened.")
                                                   : host->storeError;
            } else if ((op == Op::Add || op == Op::Restore) && queued) {
                ok = sync->restore(entry.id, &error); // redo of an add, undo of a delete
            } else if (op == Op::Restore) {
                ok = store->addFeedback(logId, entry, &error); // it was never queued here
            } else if (op == Op::Add) {
                // Feedback attaches to the trace (portkey-api.md 6): the store knows the log's.
                const std::optional<LogRecord> log = store->record(logId, &error);
                if (!log) {
                    if (error.isEmpty())
                        error = tr("no log %1 in the store").arg(logId);
                } else if (log->traceId.isEmpty()) {
                    ok = store->addFeedback(logId, entry, &error);
                    note = tr("This log has no trace id, and Portkey attaches feedback to a "
                              "trace: the feedback is kept in this store only.");
                } else {
                    ok = bool(sync->add(logId, log->traceId, entry, &error));
                }
            } else if (op == Op::Update && queued && !queued->withdrawn) {
                ok = sync->change(entry.id, qRound(entry.value), entry.weight, entry.metadata,
                                  &error);
            } else if (op == Op::Update) {
                ok = store->updateFeedback(entry, &error); // a local-only entry stays local
            } else if (queued) {
                const std::optional<FeedbackSync::Withdrawal> w = sync->withdraw(entry.id, &error);
                ok = bool(w);
                if (w == FeedbackSync::Withdrawal::Sent)
                    note = tr("Feedback removed here only: Portkey already has it, and its API "
                              "cannot delete feedback, so it stays there.");
                else if (w == FeedbackSync::Withdrawal::MaybeSent)
                    note = tr("Feedback removed here. It was being sent to Portkey at that "
                              "moment; if it arrived, it stays there (Portkey's API cannot "
                              "delete feedback).");
            } else {
                ok = store->removeFeedback(entry.id, &error);
            }
            report(ok, error, note);
        });
        return;
    }
    m_worker->post([op, logId, entry, report](LogStore *store) {
        QString error;
        bool ok = false;
        if (!store) {
            error = tr("The store could not be opened.");
        } else if (op == Op::Add || op == Op::Restore) {
            ok = store->addFeedback(logId, entry, &error);
        } else if (op == Op::Update) {
            ok = store->updateFeedback(entry, &error);
        } else {
            ok = store->removeFeedback(entry.id, &error);
        }
        report(ok, error, QString());
    });
}

// --- delivery --------------------------------------------------------------------------------

void FeedbackController::setSyncBackoff(int initialMs, int maxMs)
{
    m_backoffInitialMs = initialMs;
    m_backoffMaxMs = maxMs;
    if (m_sync) {
        postSync([initialMs, maxMs](SyncHost *host) {
            if (host->sync)
                host->sync->setBackoff(initialMs, maxMs);
        });
    }
}

void FeedbackController::reloadConnection()
{
    QString error;
    const std::optional<Connection> c = ConnectionStore().feedbackConnection(&error);
    const QString key = c ? connectionKey(*c) : QString();
    // The same connection keeps its queue running, unless it could not send (a key fixed since).
    if (key == m_connectionKey && m_syncProblem.isEmpty())
        return;
    stopSync();
    if (!error.isEmpty())
        Q_EMIT notice(tr("Feedback stays local: %1").arg(error));
    if (c) {
        m_connectionKey = key;
        startSync(c->name);
    }
}

void FeedbackController::postSync(std::function<void(SyncHost *host)> job)
{
    SyncHost *host = m_sync.get();
    QMetaObject::invokeMethod(
        host->context, [host, job = std::move(job)] { job(host); }, Qt::QueuedConnection);
}

void FeedbackController::startSync(const QString &connection)
{
    const QString queueFile = FeedbackSync::defaultQueueFile(connection);
    // The other one stops (and saves) before this one reads the queue.
    if (const QPointer<FeedbackController> other = queueOwners().value(queueFile);
        other && other != this)
        other->stopSync();
    queueOwners().insert(queueFile, this);
    m_sync = std::make_unique<SyncHost>();
    m_connectionName = connection;
    m_syncProblem.clear();
    m_deliveries.clear();
    m_sync->thread.setObjectName(QStringLiteral("gatescope-feedback-sync"));
    m_sync->context = new QObject;
    m_sync->context->moveToThread(&m_sync->thread);
    SyncHost *host = m_sync.get();
    // Everything made in the thread goes with it, in the thread (finished runs there).
    connect(&m_sync->thread, &QThread::finished, [host] {
        host->sync.reset();
        host->client.reset();
        host->store.reset();
        delete host->context;
        host->context = nullptr;
    });
    m_sync->thread.start();

    FeedbackController *self = this;
    const QString location = m_location;
    const int initialMs = m_backoffInitialMs, maxMs = m_backoffMaxMs;
    postSync([self, connection, queueFile, location, initialMs, maxMs](SyncHost *host) {
        host->store = LogStore::open(location, &host->storeError);
        const ConnectionCredentials credentials = ConnectionCredentials::read(connection);
        QString problem = credentials.error;
        if (credentials.problem == ConnectionCredentials::Problem::NoKey)
            problem = tr("the API key of %1 could not be read: %2").arg(connection, problem);
        else if (credentials.problem == ConnectionCredentials::Problem::NoConnection
                 && problem.isEmpty())
            problem = tr("there is no connection named %1").arg(connection);
        // Without a connection or key the queue still loads; sending waits for them.
        host->client = credentials.client();
        host->client->setCancelFlag(&host->cancel);
        if (!host->store) {
            problem = host->storeError;
        } else {
            host->sync
                = std::make_unique<FeedbackSync>(*host->client, host->store.get(), queueFile);
            host->sync->setBackoff(initialMs, maxMs);
            if (problem.isEmpty())
                problem = host->sync->loadError();
            FeedbackSync *sync = host->sync.get();
            QObject::connect(
                sync, &FeedbackSync::entryChanged, sync, [self, sync](const QString &id) {
                    if (const std::optional<QueuedFeedback> e = sync->entry(id))
                        QMetaObject::invokeMethod(self, [self, e = *e] { self->onDelivery(e); });
                });
        }
        const QList<QueuedFeedback> all
            = host->sync ? host->sync->entries() : QList<QueuedFeedback>();
        QMetaObject::invokeMethod(self, [self, all, problem] {
            for (const QueuedFeedback &e : all)
                self->m_deliveries.insert(e.localId, e);
            self->m_syncProblem = problem;
            if (!problem.isEmpty())
                Q_EMIT self->notice(tr("Feedback is saved here and waits: %1").arg(problem));
            for (const QueuedFeedback &e : all)
                Q_EMIT self->deliveryChanged(e.localId);
        });
        // Without a usable key nothing is sent: the entries wait, pending, for a fixed one.
        if (host->sync && problem.isEmpty())
            host->sync->setAutoRetry(true);
    });
}

void FeedbackController::stopSync()
{
    if (!m_sync)
        return;
    // quit() also ends a request's local event loop; the cancel flag makes it return as
    // cancelled, which leaves the entry pending rather than counting a failed attempt.
    m_sync->cancel = true;
    // The changes already posted (an add, an undo) are saved first: a quit() right after a
    // queued call can end the event loop before it has run (see StoreWorker's destructor).
    QMetaObject::invokeMethod(
        m_sync->context, [] {}, Qt::BlockingQueuedConnection);
    m_sync->thread.quit();
    m_sync->thread.wait();
    m_sync.reset();
    const QString queueFile = FeedbackSync::defaultQueueFile(m_connectionName);
    if (queueOwners().value(queueFile) == this)
        queueOwners().remove(queueFile);
    const QList<QString> ids = m_deliveries.keys();
    m_deliveries.clear();
    m_connectionName.clear();
    m_connectionKey.clear();
    m_syncProblem.clear();
    for (const QString &id : ids)
        Q_EMIT deliveryChanged(id);
}

void FeedbackController::onDelivery(const QueuedFeedback &entry)
{
    m_deliveries.insert(entry.localId, entry);
    Q_EMIT deliveryChanged(entry.localId);
}

void FeedbackController::retry(const QString &feedbackId)
{
    if (!m_sync)
        return;
    postSync([feedbackId](SyncHost *host) {
        if (host->sync)
            host->sync->retry(feedbackId);
    });
}

FeedbackController::DeliveryState FeedbackController::delivery(const FeedbackEntry &entry) const
{
    const auto it = m_deliveries.constFind(entry.id);
    if (it != m_deliveries.cend() && !it->withdrawn) {
        switch (it->state) {
        case FeedbackSyncState::Pending:
            return {Delivery::Pending,
                    m_syncProblem.isEmpty()
                        ? tr("Pending \u2014 will be sent when %1 answers").arg(m_connectionName)
                        : tr("Pending \u2014 not sent: %1").arg(m_syncProblem)};
        case FeedbackSyncState::Synced:
            return {Delivery::Sent, tr("Sent to Portkey")};
        case FeedbackSyncState::Failed:
            return {Delivery::Rejected, tr("Rejected: %1").arg(it->lastError)};
        }
    }
    if (entry.synced)
        return {Delivery::Sent, tr("Sent to Portkey")};
    return {Delivery::LocalOnly, tr("Local only")};
}
