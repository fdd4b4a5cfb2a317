// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedbacksync.h"

#include "controlplaneclient.h"
#include "logstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <QUuid>

namespace {

QString stateName(FeedbackSyncState s)
{
    switch (s) {
    case FeedbackSyncState::Pending:
        return QStringLiteral("pending");
    case FeedbackSyncState::Synced:
        return QStringLiteral("synced");
    case FeedbackSyncState::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

FeedbackSyncState stateFrom(const QString &s)
{
    if (s == u"synced")
        return FeedbackSyncState::Synced;
    if (s == u"failed")
        return FeedbackSyncState::Failed;
    return FeedbackSyncState::Pending;
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

FeedbackEntry storeEntry(const QueuedFeedback &f, bool synced)
{
    FeedbackEntry e;
    e.id = f.localId;
    e.value = f.value;
    e.weight = f.weight;
    e.metadata = f.metadata;
    e.createdAt = f.createdAt;
    e.synced = synced;
    return e;
}

} // namespace

FeedbackSync::FeedbackSync(ControlPlaneClient &client, LogStore *store, QString queueFile,
                           QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_queueFile(std::move(queueFile))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { sync(); });
    load();
}

QString FeedbackSync::defaultQueueFile(const QString &connection)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("feedback-queue-%1.json").arg(connection));
}

QString FeedbackSync::localUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("gatescope") : user;
}

void FeedbackSync::setAutoRetry(bool enabled)
{
    m_autoRetry = enabled;
    schedule();
}

int FeedbackSync::backoffMs(int attempts) const
{
    qint64 ms = m_backoffInitialMs;
    for (int i = 1; i < attempts && ms < m_backoffMaxMs; ++i)
        ms *= 2;
    return int(qMin<qint64>(ms, m_backoffMaxMs));
}

namespace {

// Every entry of the queue file, withdrawn ones too.
bool readQueue(const QString &path, QList<QueuedFeedback> *entries, QString *error)
{
    QFile file(path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject()) {
        *error = QStringLiteral("%1 is not a feedback queue").arg(path);
        return false;
    }
    for (const QJsonValue &v : doc.object().value(QStringLiteral("feedback")).toArray()) {
        const QJsonObject o = v.toObject();
        QueuedFeedback f;
        f.localId = o.value(QStringLiteral("local_id")).toString();
        f.logId = o.value(QStringLiteral("log_id")).toString();
        f.traceId = o.value(QStringLiteral("trace_id")).toString();
        f.value = o.value(QStringLiteral("value")).toInt();
        f.weight = o.value(QStringLiteral("weight")).toDouble(1.0);
        f.metadata = o.value(QStringLiteral("metadata")).toObject();
        f.createdAt = QDateTime::fromString(o.value(QStringLiteral("created_at")).toString(),
                                            Qt::ISODateWithMs);
        f.state = stateFrom(o.value(QStringLiteral("state")).toString());
        f.serverId = o.value(QStringLiteral("server_id")).toString();
        f.changedSinceSync = o.value(QStringLiteral("changed_since_sync")).toBool();
        f.attempts = o.value(QStringLiteral("attempts")).toInt();
        f.nextAttempt = QDateTime::fromString(o.value(QStringLiteral("next_attempt")).toString(),
                                              Qt::ISODateWithMs);
        f.lastError = o.value(QStringLiteral("last_error")).toString();
        f.withdrawn = o.value(QStringLiteral("withdrawn")).toBool();
        f.revision = o.value(QStringLiteral("revision")).toInt();
        if (!f.localId.isEmpty())
            entries->append(f);
    }
    return true;
}

// Who keeps a lock file, for the message when it is kept too long.
QString lockHolder(const QLockFile &lock)
{
    qint64 pid = 0;
    QString host, app;
    if (!lock.getLockInfo(&pid, &host, &app))
        return QStringLiteral("another process");
    return QStringLiteral("%1 (process %2 on %3)")
        .arg(app.isEmpty() ? QStringLiteral("another process") : app)
        .arg(pid)
        .arg(host);
}

} // namespace

bool FeedbackSync::load()
{
    QList<QueuedFeedback> entries;
    if (!readQueue(m_queueFile, &entries, &m_loadError))
        return false;
    // A withdrawn entry only waits for an undo, and undo does not outlive the program.
    for (const QueuedFeedback &f : std::as_const(entries)) {
        if (!f.withdrawn)
            m_entries.append(f);
    }
    return true;
}

bool FeedbackSync::reload(QString *error)
{
    QList<QueuedFeedback> onDisk;
    QString why;
    if (!readQueue(m_queueFile, &onDisk, &why)) {
        if (error)
            *error = why;
        return false;
    }
    // The file is the truth for every entry it has (another process may have sent or changed
    // it); another program's withdrawal concerns only its own undo, and it keeps that entry.
    // An entry only here (a withdrawal another process left out) is kept: nothing is lost.
    QList<QueuedFeedback> merged;
    QSet<QString> seen;
    for (const QueuedFeedback &f : std::as_const(onDisk)) {
        if (f.withdrawn && indexOf(f.localId) < 0)
            continue;
        merged.append(f);
        seen.insert(f.localId);
    }
    for (const QueuedFeedback &f : std::as_const(m_entries)) {
        if (!seen.contains(f.localId))
            merged.append(f);
    }
    m_entries = merged;
    return true;
}

std::unique_ptr<QLockFile> FeedbackSync::lockQueue(QString *error) const
{
    QDir().mkpath(QFileInfo(m_queueFile).absolutePath());
    auto lock = std::make_unique<QLockFile>(m_queueFile + QStringLiteral(".lock"));
    // Held for a read and a write only; a live holder's lock is never taken over (Qt checks the
    // process), the time only matters where the process cannot be checked.
    lock->setStaleLockTime(30000);
    if (lock->tryLock(m_lockWaitMs))
        return lock;
    if (error) {
        *error = lock->error() == QLockFile::LockFailedError
            ? QStringLiteral("the feedback queue %1 is being written by %2 for more than %3 s; "
                             "nothing was changed, try again")
                  .arg(m_queueFile, lockHolder(*lock))
                  .arg(m_lockWaitMs / 1000.0)
            : QStringLiteral("cannot lock the feedback queue %1 (%2.lock)")
                  .arg(m_queueFile, m_queueFile);
    }
    return nullptr;
}

int FeedbackSync::pendingCount() const
{
    int n = 0;
    for (const QueuedFeedback &f : m_entries) {
        if (f.state == FeedbackSyncState::Pending && !f.withdrawn)
            ++n;
    }
    return n;
}

bool FeedbackSync::save(QString *error)
{
    QJsonArray items;
    for (const QueuedFeedback &f : std::as_const(m_entries)) {
        QJsonObject item {{QStringLiteral("local_id"), f.localId},
                          {QStringLiteral("log_id"), f.logId},
                          {QStringLiteral("trace_id"), f.traceId},
                          {QStringLiteral("value"), f.value},
                          {QStringLiteral("weight"), f.weight},
                          {QStringLiteral("metadata"), f.metadata},
                          {QStringLiteral("created_at"), iso(f.createdAt)},
                          {QStringLiteral("state"), stateName(f.state)},
                          {QStringLiteral("server_id"), f.serverId},
                          {QStringLiteral("changed_since_sync"), f.changedSinceSync},
                          {QStringLiteral("attempts"), f.attempts},
                          {QStringLiteral("next_attempt"), iso(f.nextAttempt)},
                          {QStringLiteral("last_error"), f.lastError},
                          {QStringLiteral("revision"), f.revision}};
        if (f.withdrawn)
            item.insert(QStringLiteral("withdrawn"), true);
        items.append(item);
    }
    QDir().mkpath(QFileInfo(m_queueFile).absolutePath());
    QSaveFile file(m_queueFile);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(m_queueFile, file.errorString());
        return false;
    }
    file.write(QJsonDocument(QJsonObject {{QStringLiteral("feedback"), items}}).toJson());
    if (!file.commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(m_queueFile, file.errorString());
        return false;
    }
    return true;
}

qsizetype FeedbackSync::indexOf(const QString &localId) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).localId == localId)
            return i;
    }
    return -1;
}

std::optional<QueuedFeedback> FeedbackSync::entry(const QString &localId) const
{
    for (const QueuedFeedback &f : m_entries) {
        if (f.localId == localId)
            return f;
    }
    return std::nullopt;
}

namespace {

// The API's limits (portkey-api.md 6): checked here so a bad value never waits in the queue.
QString invalidFeedback(const QString &traceId, int value, double weight)
{
    if (traceId.isEmpty())
        return QStringLiteral("this log has no trace id, and feedback attaches to a trace");
    if (value < -10 || value > 10)
        return QStringLiteral("the value must be between -10 and 10");
    if (weight < 0 || weight > 1)
        return QStringLiteral("the weight must be between 0 and 1");
    return {};
}

} // namespace

std::optional<QString> FeedbackSync::add(const QString &logId, const QString &traceId, int value,
                                         double weight, const QJsonObject &metadata, QString *error)
{
    FeedbackEntry entry;
    entry.value = value;
    entry.weight = weight;
    entry.metadata = metadata;
    return add(logId, traceId, entry, error);
}

std::optional<QString> FeedbackSync::add(const QString &logId, const QString &traceId,
                                         const FeedbackEntry &entry, QString *error)
{
    const int value = qRound(entry.value);
    if (const QString why = invalidFeedback(traceId, value, entry.weight); !why.isEmpty()) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    const std::unique_ptr<QLockFile> lock = lockQueue(error);
    if (!lock || !reload(error))
        return std::nullopt;
    if (!entry.id.isEmpty() && indexOf(entry.id) >= 0) {
        if (error)
            *error = QStringLiteral("feedback %1 is already queued").arg(entry.id);
        return std::nullopt;
    }
    QueuedFeedback f;
    f.localId = entry.id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : entry.id;
    f.logId = logId;
    f.traceId = traceId;
    f.value = value;
    f.weight = entry.weight;
    f.metadata = entry.metadata;
    f.createdAt
        = entry.createdAt.isValid() ? entry.createdAt.toUTC() : QDateTime::currentDateTimeUtc();
    f.nextAttempt = QDateTime::currentDateTimeUtc();
    if (m_store && !m_store->addFeedback(logId, storeEntry(f, false), error))
        return std::nullopt;
    m_entries.append(f);
    if (!save(error)) {
        m_entries.removeLast();
        if (m_store)
            m_store->removeFeedback(f.localId, nullptr);
        return std::nullopt;
    }
    Q_EMIT entryChanged(f.localId);
    schedule();
    return f.localId;
}

bool FeedbackSync::change(const QString &localId, int value, double weight,
                          const QJsonObject &metadata, QString *error)
{
    const std::unique_ptr<QLockFile> lock = lockQueue(error);
    if (!lock || !reload(error))
        return false;
    for (QueuedFeedback &f : m_entries) {
        if (f.localId != localId || f.withdrawn)
            continue;
        if (const QString why = invalidFeedback(f.traceId, value, weight); !why.isEmpty()) {
            if (error)
                *error = why;
            return false;
        }
        f.value = value;
        f.weight = weight;
        f.metadata = metadata;
        // Not created yet: the one POST will carry the new values. Created: a PUT is due.
        f.changedSinceSync = !f.serverId.isEmpty();
        f.state = FeedbackSyncState::Pending;
        f.attempts = 0;
        f.nextAttempt = QDateTime::currentDateTimeUtc();
        f.lastError.clear();
        ++f.revision;
        if (!writeStore(f, false, error))
            return false;
        if (!save(error))
            return false;
        Q_EMIT entryChanged(localId);
        schedule();
        return true;
    }
    if (error)
        *error = QStringLiteral("no feedback %1").arg(localId);
    return false;
}

bool FeedbackSync::retry(const QString &localId)
{
    const std::unique_ptr<QLockFile> lock = lockQueue(nullptr);
    if (!lock || !reload(nullptr))
        return false;
    for (QueuedFeedback &f : m_entries) {
        if (f.localId == localId && f.state == FeedbackSyncState::Failed && !f.withdrawn) {
            f.state = FeedbackSyncState::Pending;
            f.attempts = 0;
            f.nextAttempt = QDateTime::currentDateTimeUtc();
            if (!save())
                return false;
            Q_EMIT entryChanged(localId);
            schedule();
            return true;
        }
    }
    return false;
}

std::optional<FeedbackSync::Withdrawal> FeedbackSync::withdraw(const QString &localId,
                                                               QString *error)
{
    const std::unique_ptr<QLockFile> lock = lockQueue(error);
    if (!lock || !reload(error))
        return std::nullopt;
    const qsizetype i = indexOf(localId);
    if (i < 0) {
        if (error)
            *error = QStringLiteral("no feedback %1").arg(localId);
        return std::nullopt;
    }
    QueuedFeedback &f = m_entries[i];
    if (!f.withdrawn) {
        if (m_store && !m_store->removeFeedback(localId, error))
            return std::nullopt;
        f.withdrawn = true;
        ++f.revision;
        save();
        Q_EMIT entryChanged(localId);
        schedule();
    }
    if (!f.serverId.isEmpty())
        return Withdrawal::Sent;
    return m_inFlight == localId ? Withdrawal::MaybeSent : Withdrawal::NotSent;
}

bool FeedbackSync::restore(const QString &localId, QString *error)
{
    const std::unique_ptr<QLockFile> lock = lockQueue(error);
    if (!lock || !reload(error))
        return false;
    const qsizetype i = indexOf(localId);
    if (i < 0) {
        if (error)
            *error = QStringLiteral("no feedback %1").arg(localId);
        return false;
    }
    QueuedFeedback &f = m_entries[i];
    if (!f.withdrawn)
        return true;
    const bool synced = f.state == FeedbackSyncState::Synced && !f.changedSinceSync;
    if (m_store && !m_store->addFeedback(f.logId, storeEntry(f, synced), error))
        return false;
    f.withdrawn = false;
    ++f.revision;
    if (f.state == FeedbackSyncState::Pending)
        f.nextAttempt = QDateTime::currentDateTimeUtc();
    save();
    Q_EMIT entryChanged(localId);
    schedule();
    return true;
}

bool FeedbackSync::writeStore(const QueuedFeedback &f, bool synced, QString *error)
{
    if (!m_store)
        return true;
    // In place where the backend can (keeps the entry's order and author), else replaced.
    if (m_store->updateFeedback(storeEntry(f, synced), nullptr))
        return true;
    m_store->removeFeedback(f.localId, nullptr);
    return m_store->addFeedback(f.logId, storeEntry(f, synced), error);
}

void FeedbackSync::markStoreSynced(const QueuedFeedback &f)
{
    writeStore(f, true, nullptr);
}

FeedbackSync::Summary FeedbackSync::sync(bool force)
{
    Summary summary;
    if (m_syncing)
        return summary;
    // One sender per queue file, across processes (see the class comment).
    QDir().mkpath(QFileInfo(m_queueFile).absolutePath());
    QLockFile sending(m_queueFile + QStringLiteral(".sending.lock"));
    // A live sender's lock is never taken over (Qt checks its process); the time only matters
    // where it cannot be checked, and a sync with a slow server may take minutes.
    sending.setStaleLockTime(600000);
    if (!sending.tryLock(force ? m_sendWaitMs : 0)) {
        summary.problem = sending.error() == QLockFile::LockFailedError
            ? QStringLiteral("%1 is sending this feedback queue (%2) now")
                  .arg(lockHolder(sending), m_queueFile)
            : QStringLiteral("cannot lock the feedback queue %1 (%2.sending.lock)")
                  .arg(m_queueFile, m_queueFile);
        reload(nullptr); // what the other one has done so far, if the file is readable
        summary.pending = pendingCount();
        if (m_autoRetry) // after the other sender; it will have sent what was due by then
            m_timer.start(qMax(m_backoffInitialMs, 100));
        return summary;
    }
    m_syncing = true;
    // One attempt per call: the queue's own backoff spaces the retries, and a POST is not
    // repeated inside one call (that would widen the duplicate window).
    const RetryPolicy saved = m_client.retryPolicy();
    RetryPolicy once = saved;
    once.maxAttempts = 1;
    m_client.setRetryPolicy(once);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSet<QString> tried;
    for (;;) {
        // What another process recorded (sent, changed, added) counts: read the file again.
        QString error;
        if (!reload(&error)) {
            summary.problem = error;
            break;
        }
        std::optional<QueuedFeedback> next;
        for (const QueuedFeedback &f : std::as_const(m_entries)) {
            if (f.state == FeedbackSyncState::Pending && !f.withdrawn && !tried.contains(f.localId)
                && (force || !f.nextAttempt.isValid() || f.nextAttempt <= now)) {
                next = f;
                break;
            }
        }
        if (!next)
            break;
        const QueuedFeedback f = *next;
        tried.insert(f.localId);
        QJsonObject metadata = f.metadata;
        metadata.insert(metadataIdKey(), f.localId);
        ControlPlaneResponse r;
        QString serverId;
        const bool create = f.serverId.isEmpty();
        m_inFlight = f.localId;
        if (create)
            r = m_client.createFeedback(f.traceId, f.value, f.weight, metadata, &serverId);
        else
            r = m_client.updateFeedback(f.serverId, f.value, f.weight, metadata);
        m_inFlight.clear();
        if (r.error.kind == ControlPlaneErrorKind::Cancelled)
            break; // not an attempt: the program is closing or the user stopped it

        // The outcome goes on disk before the send lock is let go, so no other process sends
        // the entry again. Without the write lock (another process keeps it far too long) it is
        // written all the same: a lost server id would mean a second POST.
        std::unique_ptr<QLockFile> lock = lockQueue(&error);
        if (!lock)
            summary.problem = error;
        if (!reload(&error))
            summary.problem = error;
        qsizetype i = indexOf(f.localId);
        if (i < 0) {
            m_entries.append(f);
            i = m_entries.size() - 1;
        }
        QueuedFeedback &cur = m_entries[i];
        // Changed (here, or by another process) while the request was under way.
        const bool changedMeanwhile = cur.revision != f.revision;
        if (r.ok()) {
            if (create) {
                cur.serverId = serverId;
                ++summary.created;
            } else {
                ++summary.updated;
            }
            cur.attempts = 0;
            cur.lastError.clear();
            if (changedMeanwhile && !cur.withdrawn) {
                // The new values go in a PUT next.
                cur.changedSinceSync = true;
                cur.state = FeedbackSyncState::Pending;
                cur.nextAttempt = QDateTime::currentDateTimeUtc();
            } else {
                cur.state = FeedbackSyncState::Synced;
                cur.changedSinceSync = false;
            }
        } else if (r.error.transient()) {
            ++cur.attempts;
            cur.nextAttempt = QDateTime::currentDateTimeUtc().addMSecs(
                qMax(backoffMs(cur.attempts), r.error.retryAfterMs));
            cur.lastError = r.error.message;
        } else {
            cur.state = FeedbackSyncState::Failed;
            cur.lastError = r.error.message;
            ++summary.failed;
        }
        const QueuedFeedback done = cur;
        const bool offline = r.error.kind == ControlPlaneErrorKind::Unreachable;
        if (offline) {
            // The rest would fail the same way; they keep their place in the queue.
            for (QueuedFeedback &other : m_entries) {
                if (other.state == FeedbackSyncState::Pending && !other.withdrawn
                    && other.localId != done.localId)
                    other.nextAttempt = qMax(other.nextAttempt, done.nextAttempt);
            }
        }
        if (!save(&error))
            summary.problem = error;
        lock.reset();
        if (done.state == FeedbackSyncState::Synced && !done.withdrawn)
            markStoreSynced(done);
        Q_EMIT entryChanged(done.localId);
        if (offline)
            break;
    }
    summary.pending = pendingCount();
    m_client.setRetryPolicy(saved);
    m_syncing = false;
    sending.unlock();
    schedule();
    return summary;
}

void FeedbackSync::schedule()
{
    if (!m_autoRetry || m_syncing)
        return;
    QDateTime earliest;
    for (const QueuedFeedback &f : std::as_const(m_entries)) {
        if (f.state == FeedbackSyncState::Pending && !f.withdrawn
            && (!earliest.isValid() || f.nextAttempt < earliest))
            earliest = f.nextAttempt;
    }
    if (!earliest.isValid()) {
        m_timer.stop();
        return;
    }
    const qint64 ms = qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(earliest));
    m_timer.start(int(qMin<qint64>(ms, m_backoffMaxMs)));
}
