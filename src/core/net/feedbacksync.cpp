#include "feedbacksync.h"

#include "controlplaneclient.h"
#include "logstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
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

bool FeedbackSync::load()
{
    QFile file(m_queueFile);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        m_loadError = QStringLiteral("cannot read %1: %2").arg(m_queueFile, file.errorString());
        return false;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject()) {
        m_loadError = QStringLiteral("%1 is not a feedback queue").arg(m_queueFile);
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
        // A withdrawn entry only waits for an undo, and undo does not outlive the program.
        if (!f.localId.isEmpty() && !o.value(QStringLiteral("withdrawn")).toBool())
            m_entries.append(f);
    }
    return true;
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
                          {QStringLiteral("last_error"), f.lastError}};
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
    for (QueuedFeedback &f : m_entries) {
        if (f.localId == localId && f.state == FeedbackSyncState::Failed && !f.withdrawn) {
            f.state = FeedbackSyncState::Pending;
            f.attempts = 0;
            f.nextAttempt = QDateTime::currentDateTimeUtc();
            save();
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
    m_syncing = true;
    // One attempt per call: the queue's own backoff spaces the retries, and a POST is not
    // repeated inside one call (that would widen the duplicate window).
    const RetryPolicy saved = m_client.retryPolicy();
    RetryPolicy once = saved;
    once.maxAttempts = 1;
    m_client.setRetryPolicy(once);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Entries are appended, never erased, while this runs, so the index stays valid; the entry
    // itself is read again after each request, which may have let a change or a withdrawal in.
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const QueuedFeedback f = m_entries.at(i);
        if (f.state != FeedbackSyncState::Pending || f.withdrawn)
            continue;
        if (!force && f.nextAttempt.isValid() && f.nextAttempt > now) {
            ++summary.pending;
            continue;
        }
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

        QueuedFeedback &cur = m_entries[i];
        const bool changedMeanwhile = cur.revision != f.revision;
        if (r.error.kind == ControlPlaneErrorKind::Cancelled) {
            ++summary.pending; // not an attempt: the program is closing or the user stopped it
            break;
        }
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
                // Changed while the request was under way: the new values go in a PUT next.
                cur.changedSinceSync = true;
                cur.nextAttempt = QDateTime::currentDateTimeUtc();
                ++summary.pending;
            } else {
                cur.state = FeedbackSyncState::Synced;
                cur.changedSinceSync = false;
            }
        } else if (r.error.transient()) {
            ++cur.attempts;
            cur.nextAttempt = QDateTime::currentDateTimeUtc().addMSecs(
                qMax(backoffMs(cur.attempts), r.error.retryAfterMs));
            cur.lastError = r.error.message;
            ++summary.pending;
        } else {
            cur.state = FeedbackSyncState::Failed;
            cur.lastError = r.error.message;
            ++summary.failed;
        }
        const QueuedFeedback done = cur;
        // The server id is on disk before anything else happens, so a restart PUTs, not POSTs.
        save();
        if (done.state == FeedbackSyncState::Synced && !done.withdrawn)
            markStoreSynced(done);
        Q_EMIT entryChanged(done.localId);
        if (r.error.kind == ControlPlaneErrorKind::Unreachable) {
            // Offline: the rest would fail the same way; they keep their place in the queue.
            for (qsizetype j = i + 1; j < m_entries.size(); ++j) {
                if (m_entries[j].state == FeedbackSyncState::Pending && !m_entries[j].withdrawn) {
                    m_entries[j].nextAttempt = qMax(m_entries[j].nextAttempt, done.nextAttempt);
                    ++summary.pending;
                }
            }
            save();
            break;
        }
    }
    m_client.setRetryPolicy(saved);
    m_syncing = false;
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
