// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteLogStore's feedback: entries added, changed and removed, and each log's summary
// (feedback_count, feedback_avg) kept up to date over its whole trace.
#include "sqlitelogstore.h"

#include "listcolumns.h"
#include "listsql.h"
#include "sqlitesupport.h"
#include "statementreset.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

using namespace SqliteSupport;

// --- feedback ----------------------------------------------------------------------------------
// As in Portkey, feedback belongs to the trace id (portkey-api.md section 6): an entry added on
// one log of a trace shows on, and counts for, every log of that trace. A log without a trace id
// keeps its own entries.

bool SqliteLogStore::updateFeedbackSummary(qint64 rowId, QString *error)
{
    sqlite3_stmt *st = statement(ListSql::feedbackSummaryUpdate(m_dialect, false), error);
    if (!st)
        return false;
    StatementReset reset(st);
    sqlite3_bind_int64(st, 1, rowId);
    if (sqlite3_step(st) != SQLITE_DONE) {
        if (error)
            *error = lastError();
        return false;
    }
    return true;
}

bool SqliteLogStore::updateTraceFeedbackSummary(qint64 rowId, const QString &traceId,
                                                QString *error)
{
    if (traceId.isEmpty())
        return updateFeedbackSummary(rowId, error);
    sqlite3_stmt *st = statement(ListSql::feedbackSummaryUpdate(m_dialect, true), error);
    if (!st)
        return false;
    StatementReset reset(st);
    bindText(st, 1, traceId);
    if (sqlite3_step(st) != SQLITE_DONE) {
        if (error)
            *error = lastError();
        return false;
    }
    return true;
}

bool SqliteLogStore::loadFeedback(LogRecord &r, QString *error)
{
    const bool byTrace = !r.traceId.isEmpty();
    sqlite3_stmt *fb
        = statement(byTrace ? u"SELECT id, value, weight, metadata, created_at, synced "
                              "FROM feedback WHERE trace_id = ?1 ORDER BY fb_row"_qs
                            : u"SELECT id, value, weight, metadata, created_at, synced "
                              "FROM feedback WHERE log_row_id = ?1 ORDER BY fb_row"_qs,
                    error);
    if (!fb)
        return false;
    StatementReset resetFeedback(fb);
    if (byTrace)
        bindText(fb, 1, r.traceId);
    else
        sqlite3_bind_int64(fb, 1, r.rowId);
    r.feedback.clear();
    int rc;
    while ((rc = sqlite3_step(fb)) == SQLITE_ROW) {
        FeedbackEntry f;
        f.id = columnText(fb, 0);
        f.value = sqlite3_column_double(fb, 1);
        f.weight = sqlite3_column_double(fb, 2);
        if (sqlite3_column_type(fb, 3) != SQLITE_NULL)
            f.metadata = QJsonDocument::fromJson(columnBytes(fb, 3)).object();
        if (sqlite3_column_type(fb, 4) != SQLITE_NULL)
            f.createdAt = ListColumns::timeFromMs(sqlite3_column_int64(fb, 4));
        f.synced = sqlite3_column_int(fb, 5) != 0;
        f.author = f.metadata.value(QStringLiteral("_user")).toString();
        r.feedback.append(f);
    }
    if (rc != SQLITE_DONE) {
        if (error)
            *error = lastError();
        return false;
    }
    return true;
}

bool SqliteLogStore::addFeedback(const QString &logId, const FeedbackEntry &f, QString *error)
{
    QString why;
    auto fail = [&](const QString &message) {
        exec("ROLLBACK", nullptr);
        if (error)
            *error = message;
        return false;
    };
    if (!exec("BEGIN IMMEDIATE", error))
        return false;
    sqlite3_stmt *find = statement(u"SELECT row_id, trace_id FROM logs WHERE id = ?1"_qs, &why);
    if (!find)
        return fail(why);
    qint64 rowId = 0;
    QString traceId;
    {
        StatementReset reset(find);
        bindText(find, 1, logId);
        if (sqlite3_step(find) != SQLITE_ROW)
            return fail(QStringLiteral("no log with id %1").arg(logId));
        rowId = sqlite3_column_int64(find, 0);
        traceId = columnText(find, 1);
    }
    sqlite3_stmt *ins = statement(QString::fromLatin1(kInsertFeedback), &why);
    if (!ins)
        return fail(why);
    {
        StatementReset reset(ins);
        bindFeedback(ins, f, rowId, logId, traceId);
        if (sqlite3_step(ins) != SQLITE_DONE)
            return fail(QStringLiteral("storing feedback failed: %1").arg(lastError()));
    }
    if (!updateTraceFeedbackSummary(rowId, traceId, &why))
        return fail(why);
    return exec("COMMIT", error) || fail(why);
}

bool SqliteLogStore::updateFeedback(const FeedbackEntry &f, QString *error)
{
    QString why;
    auto fail = [&](const QString &message) {
        exec("ROLLBACK", nullptr);
        if (error)
            *error = message;
        return false;
    };
    if (!exec("BEGIN IMMEDIATE", error))
        return false;
    sqlite3_stmt *find
        = statement(u"SELECT log_row_id, trace_id FROM feedback WHERE id = ?1"_qs, &why);
    if (!find)
        return fail(why);
    qint64 rowId = 0;
    QString traceId;
    {
        StatementReset reset(find);
        bindText(find, 1, f.id);
        if (f.id.isEmpty() || sqlite3_step(find) != SQLITE_ROW)
            return fail(QStringLiteral("no feedback with id %1").arg(f.id));
        rowId = sqlite3_column_int64(find, 0);
        traceId = columnText(find, 1);
    }
    sqlite3_stmt *upd = statement(u"UPDATE feedback SET value = ?2, weight = ?3, metadata = ?4, "
                                  "synced = ?5 WHERE id = ?1"_qs,
                                  &why);
    if (!upd)
        return fail(why);
    {
        StatementReset reset(upd);
        bindText(upd, 1, f.id);
        sqlite3_bind_double(upd, 2, f.value);
        sqlite3_bind_double(upd, 3, f.weight);
        const QByteArray meta = f.metadata.isEmpty()
            ? QByteArray()
            : QJsonDocument(f.metadata).toJson(QJsonDocument::Compact);
        bindBytes(upd, 4, meta);
        sqlite3_bind_int(upd, 5, f.synced ? 1 : 0);
        if (sqlite3_step(upd) != SQLITE_DONE)
            return fail(lastError());
    }
    if (!updateTraceFeedbackSummary(rowId, traceId, &why))
        return fail(why);
    return exec("COMMIT", error) || fail(why);
}

bool SqliteLogStore::removeFeedback(const QString &feedbackId, QString *error)
{
    QString why;
    auto fail = [&](const QString &message) {
        exec("ROLLBACK", nullptr);
        if (error)
            *error = message;
        return false;
    };
    if (!exec("BEGIN IMMEDIATE", error))
        return false;
    sqlite3_stmt *find
        = statement(u"SELECT log_row_id, trace_id FROM feedback WHERE id = ?1"_qs, &why);
    if (!find)
        return fail(why);
    qint64 rowId = 0;
    QString traceId;
    {
        StatementReset reset(find);
        bindText(find, 1, feedbackId);
        if (sqlite3_step(find) != SQLITE_ROW)
            return fail(QStringLiteral("no feedback with id %1").arg(feedbackId));
        rowId = sqlite3_column_int64(find, 0);
        traceId = columnText(find, 1);
    }
    sqlite3_stmt *del = statement(u"DELETE FROM feedback WHERE id = ?1"_qs, &why);
    if (!del)
        return fail(why);
    {
        StatementReset reset(del);
        bindText(del, 1, feedbackId);
        if (sqlite3_step(del) != SQLITE_DONE)
            return fail(lastError());
    }
    if (!updateTraceFeedbackSummary(rowId, traceId, &why))
        return fail(why);
    return exec("COMMIT", error) || fail(why);
}

std::optional<ListColumns::FeedbackOwners> SqliteLogStore::feedbackOwners(QString *error)
{
    ListColumns::FeedbackOwners owners;
    const bool read
        = forEachRow(
              u"SELECT DISTINCT trace_id FROM feedback WHERE trace_id <> ''"_qs, {},
              [&owners](sqlite3_stmt *st) { owners.traces.insert(columnBytes(st, 0)); }, error)
        && forEachRow(
              u"SELECT DISTINCT log_row_id FROM feedback"_qs, {},
              [&owners](sqlite3_stmt *st) { owners.logs.insert(sqlite3_column_int64(st, 0)); },
              error);
    if (!read)
        return std::nullopt;
    return owners;
}
