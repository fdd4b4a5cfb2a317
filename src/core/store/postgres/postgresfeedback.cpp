// SPDX-License-Identifier: GPL-3.0-or-later
// PostgresLogStore's feedback: entries added, changed and removed (with NOTIFY), and each log's
// summary (feedback_count, feedback_avg) kept up to date over its whole trace.
#include "postgreslogstore.h"
#include "postgresresult.h"

#include "listcolumns.h"
#include "listsql.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

// A feedback entry's metadata as bound JSON text (null without any).
QVariant feedbackMetadata(const FeedbackEntry &f)
{
    if (f.metadata.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(f.metadata).toJson(QJsonDocument::Compact));
}

} // namespace

// --- feedback ----------------------------------------------------------------------------------
// As in Portkey (and the SQLite backend), feedback belongs to the trace id: an entry added on one
// log of a trace shows on, and counts for, every log of that trace. A log without a trace id
// keeps its own entries.

bool PostgresLogStore::loadFeedback(LogRecord &r, QString *error)
{
    const bool byTrace = !r.traceId.isEmpty();
    Result fb = byTrace ? run(u"SELECT id, value, weight, metadata, created_at, synced, author "
                              "FROM feedback WHERE trace_id = $1 ORDER BY fb_row"_qs,
                              {r.traceId}, error)
                        : run(u"SELECT id, value, weight, metadata, created_at, synced, author "
                              "FROM feedback WHERE log_row_id = $1 ORDER BY fb_row"_qs,
                              {r.rowId}, error);
    if (!fb)
        return false;
    r.feedback.clear();
    for (int row = 0; row < fb.rows(); ++row) {
        FeedbackEntry f;
        f.id = fb.text(row, 0);
        f.value = fb.float64(row, 1);
        f.weight = fb.float64(row, 2);
        if (!fb.isNull(row, 3))
            f.metadata = QJsonDocument::fromJson(fb.bytes(row, 3)).object();
        if (!fb.isNull(row, 4))
            f.createdAt = ListColumns::timeFromMs(fb.int64(row, 4));
        f.synced = fb.int64(row, 5) != 0;
        f.author = fb.text(row, 6);
        r.feedback.append(f);
    }
    return true;
}

bool PostgresLogStore::updateFeedbackSummary(qint64 rowId, const QString &traceId, QString *error)
{
    if (traceId.isEmpty())
        return bool(run(ListSql::feedbackSummaryUpdate(m_dialect, false), {rowId}, error));
    return bool(run(ListSql::feedbackSummaryUpdate(m_dialect, true), {traceId}, error));
}

bool PostgresLogStore::addFeedback(const QString &logId, const FeedbackEntry &f, QString *error)
{
    QString why;
    auto fail = [&](const QString &message) {
        exec("ROLLBACK", nullptr);
        if (error)
            *error = message;
        return false;
    };
    if (!exec("BEGIN", error))
        return false;
    // FOR UPDATE: two users rating the same log one after the other, never interleaved.
    Result find
        = run(u"SELECT row_id, trace_id FROM logs WHERE id = $1 FOR UPDATE"_qs, {logId}, &why);
    if (!find)
        return fail(why);
    if (find.rows() == 0)
        return fail(QStringLiteral("no log with id %1").arg(logId));
    const qint64 rowId = find.int64(0, 0);
    const QString traceId = find.text(0, 1);
    if (!run(u"INSERT INTO feedback (id, log_row_id, log_id, trace_id, value, weight, metadata, "
             "created_at, synced) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9)"_qs,
             {f.id.isEmpty() ? QVariant() : QVariant(f.id), rowId, logId,
              traceId.isNull() ? QVariant() : QVariant(traceId), f.value, f.weight,
              feedbackMetadata(f),
              f.createdAt.isValid() ? QVariant(f.createdAt.toMSecsSinceEpoch()) : QVariant(),
              qint64(f.synced ? 1 : 0)},
             &why))
        return fail(QStringLiteral("storing feedback failed: %1").arg(why));
    return commitFeedbackChange(rowId, traceId, logId, error);
}

bool PostgresLogStore::removeFeedback(const QString &feedbackId, QString *error)
{
    return changeFeedback(
        u"DELETE FROM feedback WHERE id = $1 RETURNING log_row_id, log_id, trace_id"_qs,
        {feedbackId}, feedbackId, error);
}

bool PostgresLogStore::updateFeedback(const FeedbackEntry &f, QString *error)
{
    // The author stays the user who wrote the entry.
    return changeFeedback(u"UPDATE feedback SET value = $2, weight = $3, metadata = $4::jsonb, "
                          "synced = $5 WHERE id = $1 RETURNING log_row_id, log_id, trace_id"_qs,
                          {f.id, f.value, f.weight, feedbackMetadata(f), qint64(f.synced ? 1 : 0)},
                          f.id, error);
}

bool PostgresLogStore::changeFeedback(const QString &sql, const QVariantList &params,
                                      const QString &feedbackId, QString *error)
{
    if (!exec("BEGIN", error))
        return false;
    QString why;
    Result changed = run(sql, params, &why);
    if (changed && changed.rows() > 0 && !feedbackId.isEmpty())
        return commitFeedbackChange(changed.int64(0, 0), changed.text(0, 2), changed.text(0, 1),
                                    error);
    exec("ROLLBACK", nullptr);
    if (error)
        *error = changed ? QStringLiteral("no feedback with id %1").arg(feedbackId) : why;
    return false;
}

bool PostgresLogStore::commitFeedbackChange(qint64 rowId, const QString &traceId,
                                            const QString &logId, QString *error)
{
    QString why;
    if (!updateFeedbackSummary(rowId, traceId, &why)
        || !run(u"SELECT pg_notify($1, $2)"_qs,
                {QString::fromLatin1(kChannel),
                 QStringLiteral("%1 feedback %2").arg(m_backendPid).arg(logId)},
                &why)
        || !exec("COMMIT", &why)) {
        exec("ROLLBACK", nullptr);
        if (error)
            *error = why;
        return false;
    }
    return true;
}

std::optional<QString> PostgresLogStore::feedbackAuthor(const QString &feedbackId, QString *error)
{
    Result res = run(u"SELECT author FROM feedback WHERE id = $1"_qs, {feedbackId}, error);
    if (!res)
        return std::nullopt;
    if (res.rows() == 0) {
        if (error)
            *error = QStringLiteral("no feedback with id %1").arg(feedbackId);
        return std::nullopt;
    }
    return res.text(0, 0);
}

std::optional<ListColumns::FeedbackOwners> PostgresLogStore::feedbackOwners(QString *error)
{
    const Result traces
        = run(u"SELECT DISTINCT trace_id FROM feedback WHERE trace_id <> ''"_qs, {}, error);
    const Result logs
        = traces ? run(u"SELECT DISTINCT log_row_id FROM feedback"_qs, {}, error) : Result();
    if (!traces || !logs)
        return std::nullopt;
    ListColumns::FeedbackOwners owners;
    for (int row = 0; row < traces.rows(); ++row)
        owners.traces.insert(traces.bytes(row, 0));
    for (int row = 0; row < logs.rows(); ++row)
        owners.logs.insert(logs.int64(row, 0));
    return owners;
}
