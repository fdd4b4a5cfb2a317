// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteLogStore's reading: the list's pages (with the window searches that keep a word search
// or a filtered sort fast), row ids, totals and groups, and whole records with their payloads.
#include "sqlitelogstore.h"

#include "filtercompiler.h"
#include "filterparser.h"
#include "listcolumns.h"
#include "listsql.h"
#include "payloadcodec.h"
#include "sqlitesupport.h"
#include "statementreset.h"

#include <sqlite3.h>

#include <algorithm>

using namespace SqliteSupport;

namespace {

constexpr int kListColumnCount = ListColumns::kCount;

// The index that keeps the list in a sort column's order (none for time, which logs_time
// keeps, for feedback, whose index leaves out the logs without feedback, and for the image
// count, a sum of two columns).
QString sortIndexName(SortColumn sort)
{
    switch (sort) {
    case SortColumn::Model:
        return u"logs_model"_qs;
    case SortColumn::Tokens:
        return u"logs_tokens"_qs;
    case SortColumn::Cost:
        return u"logs_cost"_qs;
    case SortColumn::Latency:
        return u"logs_latency"_qs;
    case SortColumn::Status:
        return u"logs_status"_qs;
    case SortColumn::Type:
        return u"logs_type"_qs;
    case SortColumn::Time:
    case SortColumn::Feedback:
    case SortColumn::Images:
        break;
    }
    return {};
}

QString groupExpression(GroupBy group)
{
    switch (group) {
    case GroupBy::Model:
        return u"model"_qs;
    case GroupBy::Provider:
        return u"provider"_qs;
    case GroupBy::StatusClass:
        return u"CASE WHEN status_code IS NULL THEN NULL ELSE (status_code / 100) || 'xx' END"_qs;
    case GroupBy::Cache:
        return u"cache"_qs;
    case GroupBy::User:
        return u"meta_user"_qs;
    case GroupBy::Config:
        return u"config_id"_qs;
    case GroupBy::Prompt:
        return u"prompt_id"_qs;
    case GroupBy::Type:
        return u"request_type"_qs;
    }
    return u"NULL"_qs;
}

} // namespace

// --- reading -----------------------------------------------------------------------------------

std::optional<FilterError> SqliteLogStore::checkFilter(const QString &filter) const
{
    return FilterParser::check(filter);
}

std::optional<QString> SqliteLogStore::whereFor(const QString &filter, QVariantList &params,
                                                QString *error) const
{
    return FilterCompiler::whereFor(filter, m_dialect, params, error);
}

std::optional<Page> SqliteLogStore::page(const LogQuery &query, const std::optional<PageKey> &after,
                                         int limit, QString *error)
{
    QVariantList params;
    const auto where = whereFor(query.filter, params, error);
    if (!where)
        return std::nullopt;
    QStringList conditions;
    if (!where->isEmpty())
        conditions.append(u'(' + *where + u')');
    const QString col = ListSql::sortExpression(query.sort, m_dialect);
    const QString cmp = query.descending ? u"<"_qs : u">"_qs;
    // Appends a value to a statement's parameters; returns its placeholder.
    auto addTo = [this](QVariantList &values, const QVariant &v) {
        values.append(v);
        return m_dialect.placeholder(int(values.size()));
    };
    QString afterTime; // the page key's condition in time order, for the window below
    if (after)
        conditions.append(ListSql::afterKey(query, *after, m_dialect, params, &afterTime));
    const QString select = u"SELECT "_qs + QLatin1String(ListColumns::kSelect) + u", "
        + (col.isEmpty() ? u"NULL"_qs : col) + u" FROM logs";
    const QString limitParam = addTo(params, qint64(std::max(1, limit) + 1));

    auto run = [&](const QString &sql, const QVariantList &values, bool *complete) {
        std::optional<Page> page;
        sqlite3_stmt *st = statement(sql, error);
        if (!st)
            return page;
        StatementReset reset(st);
        bindAll(st, values);
        page.emplace();
        page->rows.reserve(limit);
        QVariant lastSortValue;
        int rc;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            if (page->rows.size() == limit) {
                const LogRecord &last = page->rows.last();
                page->next
                    = PageKey {lastSortValue, ListColumns::timeToMs(last.createdAt), last.rowId};
                break;
            }
            LogRecord r;
            readListRow(st, r);
            if (sqlite3_column_int64(st, 35) > 0) // feedback_count: show the trace's entries
                loadFeedback(r, nullptr);
            lastSortValue = columnVariant(st, kListColumnCount);
            page->rows.append(std::move(r));
        }
        if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
            if (error)
                *error = lastError();
            page.reset();
        }
        if (complete)
            *complete = rc == SQLITE_ROW;
        return page;
    };

    // Words in time order: the full-text condition is a list of every matching row, and
    // SQLite sorted all of them by time (a common word at 1,000,000 logs: a million rows). A
    // window of the newest (or oldest) rows comes first: only the matches among their row ids
    // are looked up (FTS5 seeks a row id range), and when the window holds a whole page, that
    // page is the answer; else a window 16 times bigger, then the whole store.
    const bool words = SqliteDialect::hasFullText(*where);
    if (col.isEmpty() && words) {
        const QString order = ListSql::orderBy(query, m_dialect);
        for (const qint64 window : {qint64(4096), qint64(65536)}) {
            QVariantList values = params;
            // The window's last row (in list order) and its row id range.
            QString bounds = u"SELECT (SELECT created_at FROM w ORDER BY created_at"_qs
                + (query.descending ? u"" : u" DESC") + u", row_id"
                + (query.descending ? u"" : u" DESC")
                + u" LIMIT 1), (SELECT row_id FROM w ORDER BY created_at"
                + (query.descending ? u"" : u" DESC") + u", row_id"
                + (query.descending ? u"" : u" DESC")
                + u" LIMIT 1), min(row_id), max(row_id), count(*) FROM w";
            QVariantList boundValues;
            QString windowSql = u"WITH w AS (SELECT created_at, row_id FROM logs INDEXED BY "
                                "logs_time"_qs;
            if (after) {
                boundValues = {after->createdAtMs, after->rowId};
                windowSql += u" WHERE (created_at, row_id) " + cmp + u" (?1, ?2)";
            }
            boundValues.append(window);
            windowSql += order + u" LIMIT ?" + QString::number(boundValues.size()) + u") " + bounds;
            sqlite3_stmt *st = statement(windowSql, error);
            if (!st)
                return std::nullopt;
            qint64 lastTime = 0, lastRow = 0, low = 0, high = 0, rows = 0;
            {
                StatementReset reset(st);
                bindAll(st, boundValues);
                if (sqlite3_step(st) != SQLITE_ROW) {
                    if (error)
                        *error = lastError();
                    return std::nullopt;
                }
                lastTime = sqlite3_column_int64(st, 0);
                lastRow = sqlite3_column_int64(st, 1);
                low = sqlite3_column_int64(st, 2);
                high = sqlite3_column_int64(st, 3);
                rows = sqlite3_column_int64(st, 4);
            }
            if (rows == 0)
                break; // nothing after the key: the plain query says so
            // Placeholders numbered in the order of their values: one statement each.
            const QString lowParam = addTo(values, low);
            const QString highParam = addTo(values, high);
            const QString restricted
                = SqliteDialect::fullTextInRowRange(*where, lowParam, highParam);
            QStringList windowConditions {u'(' + restricted + u')'};
            if (!afterTime.isEmpty())
                windowConditions.append(afterTime);
            const QString edge = query.descending ? u">="_qs : u"<="_qs;
            const QString timeParam = addTo(values, lastTime);
            const QString rowParam = addTo(values, lastRow);
            windowConditions.append(u"(created_at, row_id) " + edge + u" (" + timeParam + u", "
                                    + rowParam + u')');
            const QString sql = select + u" INDEXED BY logs_time WHERE "
                + windowConditions.join(u" AND ") + order + u" LIMIT " + limitParam;
            bool full = false;
            std::optional<Page> page = run(sql, values, &full);
            if (!page)
                return std::nullopt;
            // A whole page and the row after it found inside the window, or the window held
            // every row left: the page is exact.
            if (full || rows < window)
                return page;
        }
    }

    // A filter sorted on another column: SQLite took the filter's index and sorted every
    // match (model:gpt-4o sorted by tokens, 1,000,000 logs: 200,000 rows). A page is looked
    // for in a window of the next 4,096 (then 65,536) rows of the sort column's own index first
    // (after the page key, for the pages after the first); a window holding a whole page and the
    // row after it gives the exact page.
    // Words sorted on another column: the full-text condition listed every match first (a
    // common word at 1,000,000 logs: a million row ids, 440 ms). In a window of 1,024 rows each
    // row is looked up in the full-text index by its row id instead (16 to 64 us a row, so no
    // bigger window): a common word fills the page there in a few ms; a rarer one goes on to the
    // plain query, whose list of matches is then short.
    const QString sortIndex = sortIndexName(query.sort);
    if (!sortIndex.isEmpty() && !where->isEmpty()) {
        const QString order = ListSql::orderBy(query, m_dialect);
        const QString filter = SqliteDialect::fullTextByRow(*where);
        // The bigger window pays off for a first page only: a later page of a rarer filter
        // would pay for both windows and the plain query each time.
        const QList<qint64> windows = words ? QList<qint64> {1024}
            : after                         ? QList<qint64> {4096}
                                            : QList<qint64> {4096, 65536};
        // The window starts after the page key: the key's condition bound on its own.
        QVariantList windowValues;
        const QString windowAfter = after
            ? u" WHERE " + ListSql::afterKey(query, *after, m_dialect, windowValues)
            : QString();
        windowValues.append(qint64(0)); // the window's size, set below
        const QString windowLimit = m_dialect.placeholder(int(windowValues.size()));
        for (const qint64 window : windows) {
            const QString dir = query.descending ? u""_qs : u" DESC"_qs; // the window's end first
            const QString last = u" FROM w ORDER BY v IS NULL"_qs
                + (query.descending ? u" DESC" : u"") + u", v" + dir + u", created_at" + dir
                + u", row_id" + dir + u" LIMIT 1)";
            const QString windowSql = u"WITH w AS (SELECT "_qs + col
                + u" AS v, created_at, row_id FROM logs INDEXED BY " + sortIndex + windowAfter
                + order + u" LIMIT " + windowLimit + u") SELECT (SELECT v" + last
                + u", (SELECT created_at" + last + u", (SELECT row_id" + last
                + u", (SELECT count(*) FROM w)";
            sqlite3_stmt *st = statement(windowSql, error);
            if (!st)
                return std::nullopt;
            QVariant lastValue;
            qint64 lastTime = 0, lastRow = 0, rows = 0;
            {
                StatementReset reset(st);
                windowValues.last() = window;
                bindAll(st, windowValues);
                if (sqlite3_step(st) != SQLITE_ROW) {
                    if (error)
                        *error = lastError();
                    return std::nullopt;
                }
                lastValue = columnVariant(st, 0);
                lastTime = sqlite3_column_int64(st, 1);
                lastRow = sqlite3_column_int64(st, 2);
                rows = sqlite3_column_int64(st, 3);
            }
            if (rows == 0 || lastValue.isNull())
                break; // an empty store, or a window ending among NULLs: the plain query
            QVariantList values = params;
            const QString v = addTo(values, lastValue);
            const QString t = addTo(values, lastTime);
            const QString r = addTo(values, lastRow);
            // Rows up to the window's last one, in list order (NULLs sort first ascending).
            // Descending, the window holds no NULL: the page key and the window's end are row
            // values over the index's columns, one range of it read in order. Written with OR
            // (as the page key is for NULLs), SQLite read both ends of the OR apart and sorted
            // all of the window's rows, each looked up in the full-text index: 110 ms for
            // 'refund' sorted by cost, page 2 (11 ms now).
            const QString rowValue = u"(" + col + u", created_at, row_id) ";
            QString sql = select + u" INDEXED BY " + sortIndex + u" WHERE ";
            if (query.descending) {
                if (after) {
                    const QString kv = addTo(values, after->sortValue);
                    const QString kt = addTo(values, after->createdAtMs);
                    const QString kr = addTo(values, after->rowId);
                    sql += rowValue + u"< (" + kv + u", " + kt + u", " + kr + u") AND ";
                }
                sql += rowValue + u">= (" + v + u", " + t + u", " + r + u")";
            } else {
                if (after)
                    sql += conditions.last() + u" AND "; // the page key's condition
                sql += u"(" + col + u" IS NULL OR " + col + u" < " + v + u" OR (" + col + u" = " + v
                    + u" AND (created_at, row_id) <= (" + t + u", " + r + u")))";
            }
            sql += u" AND (" + filter + u")" + order + u" LIMIT " + limitParam;
            bool full = false;
            std::optional<Page> page = run(sql, values, &full);
            if (!page)
                return std::nullopt;
            if (full || rows < window)
                return page;
        }
    }

    QString sql = select;
    if (!conditions.isEmpty())
        sql += u" WHERE " + conditions.join(u" AND ");
    sql += ListSql::orderBy(query, m_dialect) + u" LIMIT " + limitParam;
    return run(sql, params, nullptr);
}

std::optional<QVector<qint64>> SqliteLogStore::rowIds(const LogQuery &query, QString *error,
                                                      const std::atomic_bool *cancel)
{
    QVariantList params;
    const auto where = whereFor(query.filter, params, error);
    if (!where)
        return std::nullopt;
    // Only row_id is read: with the (column, created_at) indexes this is a covering index scan.
    QString sql = u"SELECT row_id FROM logs"_qs;
    if (!where->isEmpty())
        sql += u" WHERE " + *where;
    sql += ListSql::orderBy(query, m_dialect);
    sqlite3_stmt *st = statement(sql, error);
    if (!st)
        return std::nullopt;
    StatementReset reset(st);
    bindAll(st, params);
    QVector<qint64> ids;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        ids.append(sqlite3_column_int64(st, 0));
        if ((ids.size() & 4095) == 0 && cancel && cancel->load(std::memory_order_relaxed)) {
            if (error)
                *error = u"cancelled"_qs;
            return std::nullopt;
        }
    }
    if (rc != SQLITE_DONE) {
        if (error)
            *error = lastError();
        return std::nullopt;
    }
    return ids;
}

QList<LogRecord> SqliteLogStore::rowsByIds(const QVector<qint64> &rowIds, QString *error)
{
    QList<LogRecord> rows;
    sqlite3_stmt *st = statement(u"SELECT "_qs + QLatin1String(ListColumns::kSelect)
                                     + u" FROM logs WHERE row_id = ?1",
                                 error);
    if (!st)
        return rows;
    StatementReset reset(st);
    rows.reserve(rowIds.size());
    for (qint64 id : rowIds) {
        sqlite3_bind_int64(st, 1, id);
        const int rc = sqlite3_step(st);
        if (rc == SQLITE_ROW) {
            LogRecord r;
            readListRow(st, r);
            if (sqlite3_column_int64(st, 35) > 0) // feedback_count: show the trace's entries
                loadFeedback(r, nullptr);
            rows.append(std::move(r));
        } else if (rc != SQLITE_DONE) {
            if (error)
                *error = lastError();
            return rows;
        }
        sqlite3_reset(st);
    }
    return rows;
}

std::optional<StoreTotals> SqliteLogStore::totals(const QString &filter, QString *error)
{
    QVariantList params;
    const auto where = whereFor(filter, params, error);
    if (!where)
        return std::nullopt;
    QString sql = u"SELECT count(*), total(cost_cents), total(prompt_tokens), "
                  "total(completion_tokens), total(total_tokens) FROM logs"_qs;
    if (!where->isEmpty())
        sql += u" WHERE " + *where;
    sqlite3_stmt *st = statement(sql, error);
    if (!st)
        return std::nullopt;
    StatementReset reset(st);
    bindAll(st, params);
    if (sqlite3_step(st) != SQLITE_ROW) {
        if (error)
            *error = lastError();
        return std::nullopt;
    }
    StoreTotals t;
    t.count = sqlite3_column_int64(st, 0);
    t.costCents = sqlite3_column_double(st, 1);
    t.promptTokens = qint64(sqlite3_column_double(st, 2));
    t.completionTokens = qint64(sqlite3_column_double(st, 3));
    t.totalTokens = qint64(sqlite3_column_double(st, 4));
    return t;
}

std::optional<QList<GroupCount>> SqliteLogStore::groupCounts(const QString &filter, GroupBy group,
                                                             QString *error)
{
    QVariantList params;
    const auto where = whereFor(filter, params, error);
    if (!where)
        return std::nullopt;
    QString sql = u"SELECT "_qs + groupExpression(group)
        + u" AS k, count(*) AS n, total(cost_cents), total(total_tokens) FROM logs";
    if (!where->isEmpty())
        sql += u" WHERE " + *where;
    sql += u" GROUP BY k ORDER BY n DESC, k";
    sqlite3_stmt *st = statement(sql, error);
    if (!st)
        return std::nullopt;
    StatementReset reset(st);
    bindAll(st, params);
    QList<GroupCount> groups;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        GroupCount g;
        g.key = columnText(st, 0);
        g.count = sqlite3_column_int64(st, 1);
        g.costCents = sqlite3_column_double(st, 2);
        g.totalTokens = qint64(sqlite3_column_double(st, 3));
        groups.append(g);
    }
    if (rc != SQLITE_DONE) {
        if (error)
            *error = lastError();
        return std::nullopt;
    }
    return groups;
}

QStringList SqliteLogStore::knownValues(GroupBy group, int limit)
{
    const QString k = groupExpression(group);
    sqlite3_stmt *st = statement(u"SELECT "_qs + k
                                     + u" AS k, count(*) AS n FROM logs WHERE k "
                                       u"IS NOT NULL GROUP BY k ORDER BY n DESC, k LIMIT ?1",
                                 nullptr);
    QStringList values;
    if (!st)
        return values;
    StatementReset reset(st);
    sqlite3_bind_int(st, 1, limit);
    while (sqlite3_step(st) == SQLITE_ROW)
        values.append(columnText(st, 0));
    return values;
}

std::optional<LogRecord> SqliteLogStore::fullRecord(sqlite3_stmt *listQuery, QString *error,
                                                    qint64 listedRowId)
{
    StatementReset reset(listQuery);
    const int rc = sqlite3_step(listQuery);
    if (rc != SQLITE_ROW) {
        // Nothing deletes logs: a row id the store itself listed that cannot be found is a
        // damaged page, not a missing log.
        if (error && rc == SQLITE_DONE && listedRowId > 0)
            *error = QStringLiteral("log row %1 is listed but cannot be read").arg(listedRowId)
                + damagedStoreHint();
        else if (error)
            *error = rc == SQLITE_DONE ? u"no such log"_qs : lastError();
        return std::nullopt;
    }
    LogRecord r;
    readListRow(listQuery, r);

    sqlite3_stmt *payload = statement(u"SELECT data FROM payloads WHERE row_id = ?1"_qs, error);
    if (!payload)
        return std::nullopt;
    {
        StatementReset resetPayload(payload);
        sqlite3_bind_int64(payload, 1, r.rowId);
        if (sqlite3_step(payload) == SQLITE_ROW) {
            const auto *data = static_cast<const char *>(sqlite3_column_blob(payload, 0));
            const qsizetype size = sqlite3_column_bytes(payload, 0);
            qint64 blockRow = 0;
            int entry = 0;
            std::optional<PayloadCodec::Parts> parts;
            if (PayloadCodec::parseBlockRef(data, size, &blockRow, &entry)) {
                // The payload lives in a block stored with another log.
                sqlite3_stmt *block
                    = statement(u"SELECT data FROM payloads WHERE row_id = ?1 -- block"_qs, error);
                if (!block)
                    return std::nullopt;
                StatementReset resetBlock(block);
                sqlite3_bind_int64(block, 1, blockRow);
                if (sqlite3_step(block) != SQLITE_ROW) {
                    if (error)
                        *error = PayloadCodec::damaged(u"missing block");
                    return std::nullopt;
                }
                parts
                    = m_codec->decodeEntry(static_cast<const char *>(sqlite3_column_blob(block, 0)),
                                           sqlite3_column_bytes(block, 0), entry, error);
            } else {
                parts = m_codec->decode(data, size, error);
            }
            if (!parts)
                return std::nullopt;
            r.request = parts->request;
            r.response = parts->response;
            r.raw = parts->raw;
            r.rawFormat = parts->rawFormat;
        }
    }
    if (!loadFeedback(r, error))
        return std::nullopt;
    return r;
}

namespace {

// A text column's bytes as SQLite holds them (empty for NULL).
// A text column's bytes, or nullopt for NULL (sqlite3_column_text() is null for NULL only: an
// empty text is "").
std::optional<QByteArrayView> textOrNull(sqlite3_stmt *st, int column)
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(st, column));
    if (!p)
        return std::nullopt;
    return QByteArrayView(p, sqlite3_column_bytes(st, column));
}

QByteArrayView textView(sqlite3_stmt *st, int column)
{
    return textOrNull(st, column).value_or(QByteArrayView());
}

// A row of the export statement as a StoredRow.
class SqliteStoredRow : public StoredRow
{
public:
    explicit SqliteStoredRow(sqlite3_stmt *st)
        : m_st(st)
    { }
    bool isNull(int column) const override
    {
        return sqlite3_column_type(m_st, column) == SQLITE_NULL;
    }
    qint64 int64(int column) const override { return sqlite3_column_int64(m_st, column); }
    double float64(int column) const override { return sqlite3_column_double(m_st, column); }
    QByteArrayView utf8(int column) const override { return textView(m_st, column); }
    std::optional<QByteArrayView> text(int column) const override
    {
        return textOrNull(m_st, column);
    }

private:
    sqlite3_stmt *m_st;
};

} // namespace

bool SqliteLogStore::forEachPayloadRow(const QString &filter,
                                       const std::function<bool(PayloadRow &row)> &onRow,
                                       QString *error, const std::atomic_bool *cancel)
{
    // One statement, one read transaction: the list columns with each log's payload, in the
    // list's order. A block's logs are consecutive rows, so each block is decompressed once
    // (the codec keeps the last one) instead of once per log.
    QVariantList params;
    const auto where = whereFor(filter, params, error);
    if (!where)
        return false;
    QString sql = u"SELECT "_qs + QLatin1String(ListColumns::kSelect)
        + u", (SELECT data FROM payloads p WHERE p.row_id = logs.row_id) FROM logs";
    if (!where->isEmpty())
        sql += u" WHERE " + *where;
    sql += u" ORDER BY created_at, row_id";
    sqlite3_stmt *st = statement(sql, error);
    sqlite3_stmt *block
        = statement(u"SELECT data FROM payloads WHERE row_id = ?1 -- export block"_qs, error);
    if (!st || !block)
        return false;
    const std::optional<ListColumns::FeedbackOwners> owners = feedbackOwners(error);
    if (!owners)
        return false;
    StatementReset reset(st);
    bindAll(st, params);
    int rc;
    qint64 n = 0;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if ((++n & 1023) == 0 && cancel && cancel->load(std::memory_order_relaxed)) {
            if (error)
                *error = u"cancelled"_qs;
            return false;
        }
        const bool stored = sqlite3_column_type(st, kListColumnCount) != SQLITE_NULL;
        const QByteArrayView payload(
            static_cast<const char *>(sqlite3_column_blob(st, kListColumnCount)),
            sqlite3_column_bytes(st, kListColumnCount));
        PayloadRow row {st, stored ? &payload : nullptr, block, {}};
        if (owners->has(sqlite3_column_int64(st, 0), textView(st, 3))) {
            LogRecord owner; // whose feedback: the log's trace, else the log
            owner.rowId = sqlite3_column_int64(st, 0);
            owner.traceId = columnText(st, 3);
            if (!loadFeedback(owner, error))
                return false;
            row.feedback = std::move(owner.feedback);
        }
        StatementReset resetBlock(block);
        if (!onRow(row))
            return !row.failed;
    }
    if (rc != SQLITE_DONE) {
        if (error)
            *error = lastError();
        return false;
    }
    return true;
}

bool SqliteLogStore::forEachRecord(const QString &filter,
                                   const std::function<bool(const LogRecord &)> &onRecord,
                                   QString *error, const std::atomic_bool *cancel)
{
    m_codec->forgetBlock(); // rows may have changed since the last read
    return forEachPayloadRow(
        filter,
        [&](PayloadRow &row) {
            LogRecord r;
            readListRow(row.st, r);
            if (row.payload) {
                const std::optional<PayloadCodec::Views> views = decodeViewsInOrder(
                    *m_codec, row.block, r.rowId, row.payload->data(), row.payload->size(), error);
                if (!views)
                    return row.fail();
                PayloadCodec::Parts parts = views->parts();
                r.request = std::move(parts.request);
                r.response = std::move(parts.response);
                r.raw = std::move(parts.raw);
                r.rawFormat = std::move(parts.rawFormat);
            }
            r.feedback = std::move(row.feedback);
            return onRecord(r);
        },
        error, cancel);
}

bool SqliteLogStore::forEachStoredRow(const QString &filter,
                                      const std::function<bool(const StoredRow &)> &onRow,
                                      QString *error, const std::atomic_bool *cancel)
{
    qint64 given = -1; // the block whose bytes the caller was given last
    return forEachPayloadRow(
        filter,
        [&](PayloadRow &stored) {
            SqliteStoredRow row(stored.st);
            sqlite3_stmt *block = stored.block;
            auto blockBytes
                = [block](qint64 blockRow, QString *why) -> std::optional<QByteArrayView> {
                sqlite3_bind_int64(block, 1, blockRow);
                if (sqlite3_step(block) != SQLITE_ROW) {
                    if (why)
                        *why = PayloadCodec::damaged(u"missing block");
                    return std::nullopt;
                }
                return QByteArrayView(static_cast<const char *>(sqlite3_column_blob(block, 0)),
                                      sqlite3_column_bytes(block, 0));
            };
            if (stored.payload
                && !row.setPayload(*stored.payload, sqlite3_column_int64(stored.st, 0), given,
                                   blockBytes, error))
                return stored.fail();
            row.feedback = std::move(stored.feedback);
            return onRow(row);
        },
        error, cancel);
}

std::optional<LogRecord> SqliteLogStore::record(const QString &id, QString *error)
{
    sqlite3_stmt *st = statement(
        u"SELECT "_qs + QLatin1String(ListColumns::kSelect) + u" FROM logs WHERE id = ?1", error);
    if (!st)
        return std::nullopt;
    bindText(st, 1, id);
    return fullRecord(st, error);
}

std::optional<LogRecord> SqliteLogStore::recordByRowId(qint64 rowId, QString *error)
{
    sqlite3_stmt *st = statement(u"SELECT "_qs + QLatin1String(ListColumns::kSelect)
                                     + u" FROM logs WHERE row_id = ?1",
                                 error);
    if (!st)
        return std::nullopt;
    sqlite3_bind_int64(st, 1, rowId);
    return fullRecord(st, error, rowId);
}
