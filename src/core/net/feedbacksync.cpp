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
        if (!f.localId.isEmpty())
            m_entries.append(f);
    }
    return true;
}

bool FeedbackSync::save(QString *error)
{
    QJsonArray items;
    for (const QueuedFeedback &f : std::as_const(m_entries)) {
        items.append(QJsonObject {{QStringLiteral("local_id"), f.localId},
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
                                  {QStringLiteral("last_error"), f.lastError}});
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
    if (const QString why = invalidFeedback(traceId, value, weight); !why.isEmpty()) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    QueuedFeedback f;
    f.localId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    f.logId = logId;
    f.traceId = traceId;
    f.value = value;
    f.weight = weight;
    f.metadata = metadata;
    f.createdAt = QDateTime::currentDateTimeUtc();
    f.nextAttempt = f.createdAt;
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
        if (f.localId != localId)
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
        if (m_store) {
            m_store->removeFeedback(localId, nullptr);
            if (!m_store->addFeedback(f.logId, storeEntry(f, false), error))
                return false;
        }
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
        if (f.localId == localId && f.state == FeedbackSyncState::Failed) {
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

void FeedbackSync::markStoreSynced(const QueuedFeedback &f)
{
    if (!m_store)
        return;
    // The store has no "mark synced": replace the entry with the same id, synced = true.
    m_store->removeFeedback(f.localId, nullptr);
    m_store->addFeedback(f.logId, storeEntry(f, true), nullptr);
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
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        QueuedFeedback f = m_entries.at(i);
        if (f.state != FeedbackSyncState::Pending)
            continue;
        if (!force && f.nextAttempt.isValid() && f.nextAttempt > now) {
            ++summary.pending;
            continue;
        }
        ControlPlaneResponse r;
        if (f.serverId.isEmpty()) {
            QJsonObject metadata = f.metadata;
            metadata.insert(metadataIdKey(), f.localId);
            QString serverId;
            r = m_client.createFeedback(f.traceId, f.value, f.weight, metadata, &serverId);
            if (r.ok()) {
                f.serverId = serverId;
                ++summary.created;
            }
        } else {
            QJsonObject metadata = f.metadata;
            metadata.insert(metadataIdKey(), f.localId);
            r = m_client.updateFeedback(f.serverId, f.value, f.weight, metadata);
            if (r.ok())
                ++summary.updated;
        }
        if (r.ok()) {
            f.state = FeedbackSyncState::Synced;
            f.changedSinceSync = false;
            f.attempts = 0;
            f.lastError.clear();
        } else if (r.error.transient()) {
            ++f.attempts;
            f.nextAttempt = QDateTime::currentDateTimeUtc().addMSecs(
                qMax(backoffMs(f.attempts), r.error.retryAfterMs));
            f.lastError = r.error.message;
            ++summary.pending;
        } else {
            f.state = FeedbackSyncState::Failed;
            f.lastError = r.error.message;
            ++summary.failed;
        }
        m_entries[i] = f;
        // The server id is on disk before anything else happens, so a restart PUTs, not POSTs.
        save();
        if (f.state == FeedbackSyncState::Synced)
            markStoreSynced(f);
        Q_EMIT entryChanged(f.localId);
        if (r.error.kind == ControlPlaneErrorKind::Unreachable) {
            // Offline: the rest would fail the same way; they keep their place in the queue.
            for (qsizetype j = i + 1; j < m_entries.size(); ++j) {
                if (m_entries[j].state == FeedbackSyncState::Pending) {
                    m_entries[j].nextAttempt = qMax(m_entries[j].nextAttempt, f.nextAttempt);
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
        if (f.state == FeedbackSyncState::Pending
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
