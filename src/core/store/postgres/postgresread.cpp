// SPDX-License-Identifier: GPL-3.0-or-later
// PostgresLogStore's reading: the list's pages, row ids, totals and groups, and whole records
// with their payloads.
#include "postgreslogstore.h"
#include "postgresresult.h"

#include "filtercompiler.h"
#include "filterparser.h"
#include "listcolumns.h"
#include "listsql.h"
#include "payloadcodec.h"

#include <QHash>
#include <QScopeGuard>
#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace {

constexpr int kListColumnCount = ListColumns::kCount;

// The grouped expression and how its key is shown. Text columns group case-insensitively, as
// the SQLite store's NOCASE columns do, and show one of the spellings.
std::pair<QString, QString> groupExpression(GroupBy group)
{
    auto text = [](const QString &column) {
        return std::pair<QString, QString>(PostgresDialect::folded(column),
                                           QString(u"min(" + column + u')'));
    };
    switch (group) {
    case GroupBy::Model:
        return text(u"model"_qs);
    case GroupBy::Provider:
        return text(u"provider"_qs);
    case GroupBy::StatusClass: {
        const QString e = u"CASE WHEN status_code IS NULL THEN NULL ELSE "
                          "(status_code / 100)::text || 'xx' END"_qs;
        return {e, QString(u"min(" + e + u')')};
    }
    case GroupBy::Cache:
        return text(u"cache"_qs);
    case GroupBy::User:
        return text(u"meta_user"_qs);
    case GroupBy::Config:
        return text(u"config_id"_qs);
    case GroupBy::Prompt:
        return text(u"prompt_id"_qs);
    case GroupBy::Type:
        return text(u"request_type"_qs);
    }
    return {u"NULL"_qs, u"NULL"_qs};
}

} // namespace

// --- results -------------------------------------------------------------------------------------

void PostgresLogStore::Result::readListRow(int row, LogRecord &r) const
{
    // A row of this result as ListColumns::readRow() reads it.
    struct Row
    {
        const Result &res;
        int row;
        bool isNull(int i) const { return res.isNull(row, i); }
        QString text(int i) const { return res.text(row, i); }
        QByteArray bytes(int i) const { return res.bytes(row, i); }
        qint64 int64(int i) const { return res.int64(row, i); }
        double float64(int i) const { return res.float64(row, i); }
    };
    ListColumns::readRow(Row {*this, row}, r);
}

// --- reading -----------------------------------------------------------------------------------

std::optional<FilterError> PostgresLogStore::checkFilter(const QString &filter) const
{
    return FilterParser::check(filter);
}

std::optional<QString> PostgresLogStore::whereFor(const QString &filter, QVariantList &params,
                                                  QString *error) const
{
    return FilterCompiler::whereFor(filter, m_dialect, params, error);
}

std::optional<Page> PostgresLogStore::page(const LogQuery &query,
                                           const std::optional<PageKey> &after, int limit,
                                           QString *error)
{
    QVariantList params;
    const auto where = whereFor(query.filter, params, error);
    if (!where)
        return std::nullopt;
    QStringList conditions;
    if (!where->isEmpty())
        conditions.append(u'(' + *where + u')');
    const QString col = ListSql::sortExpression(query.sort, m_dialect);
    auto bind = [&](const QVariant &v) {
        params.append(v);
        return m_dialect.placeholder(int(params.size()));
    };
    if (after)
        conditions.append(ListSql::afterKey(query, *after, m_dialect, params));
    QString sql = u"SELECT "_qs + QLatin1String(ListColumns::kSelect) + u", "
        + (col.isEmpty() ? u"NULL"_qs : col) + u" FROM logs";
    if (!conditions.isEmpty())
        sql += u" WHERE " + conditions.join(u" AND ");
    sql += ListSql::orderBy(query, m_dialect) + u" LIMIT " + bind(qint64(std::max(1, limit) + 1));

    Result res = run(sql, params, error);
    if (!res)
        return std::nullopt;
    Page page;
    const int n = std::min(res.rows(), limit);
    page.rows.reserve(n);
    for (int row = 0; row < n; ++row) {
        LogRecord r;
        res.readListRow(row, r);
        if (!res.isNull(row, 35) && res.int64(row, 35) > 0 && !loadFeedback(r, error))
            return std::nullopt;
        page.rows.append(std::move(r));
    }
    if (res.rows() > limit && n > 0) {
        const int last = n - 1;
        QVariant sortValue;
        if (!col.isEmpty() && !res.isNull(last, kListColumnCount)) {
            switch (query.sort) {
            case SortColumn::Model:
            case SortColumn::Type:
                sortValue = res.text(last, kListColumnCount);
                break;
            case SortColumn::Cost:
            case SortColumn::Feedback:
                sortValue = res.float64(last, kListColumnCount);
                break;
            default:
                sortValue = res.int64(last, kListColumnCount);
                break;
            }
        }
        page.next = PageKey {sortValue, ListColumns::timeToMs(page.rows.last().createdAt),
                             page.rows.last().rowId};
    }
    return page;
}

std::optional<QVector<qint64>> PostgresLogStore::rowIds(const LogQuery &query, QString *error,
                                                        const std::atomic_bool *cancel)
{
    QVariantList params;
    const auto where = whereFor(query.filter, params, error);
    if (!where)
        return std::nullopt;
    QString sql = u"SELECT row_id FROM logs"_qs;
    if (!where->isEmpty())
        sql += u" WHERE " + *where;
    sql += ListSql::orderBy(query, m_dialect);
    if (cancel && cancel->load(std::memory_order_relaxed)) {
        if (error)
            *error = u"cancelled"_qs;
        return std::nullopt;
    }
    // Binary int8 results: no number parsing for a million ids.
    Result res = run(sql, params, error, true);
    if (!res)
        return std::nullopt;
    QVector<qint64> ids(res.rows());
    for (int row = 0; row < res.rows(); ++row) {
        qint64 be;
        std::memcpy(&be, res.data(row, 0), 8);
        ids[row] = qFromBigEndian(be);
        if ((row & 65535) == 0 && cancel && cancel->load(std::memory_order_relaxed)) {
            if (error)
                *error = u"cancelled"_qs;
            return std::nullopt;
        }
    }
    return ids;
}

QList<LogRecord> PostgresLogStore::rowsByIds(const QVector<qint64> &rowIds, QString *error)
{
    QList<LogRecord> rows;
    if (rowIds.isEmpty())
        return rows;
    QByteArray array = "{";
    for (qint64 id : rowIds)
        array += QByteArray::number(id) + ',';
    array.back() = '}';
    Result res = run(u"SELECT "_qs + QLatin1String(ListColumns::kSelect)
                         + u" FROM logs WHERE row_id = ANY ($1::bigint[])",
                     {QString::fromLatin1(array)}, error);
    if (!res)
        return rows;
    QHash<qint64, int> at;
    at.reserve(res.rows());
    for (int row = 0; row < res.rows(); ++row)
        at.insert(res.int64(row, 0), row);
    rows.reserve(res.rows());
    for (qint64 id : rowIds) {
        const auto it = at.constFind(id);
        if (it == at.cend())
            continue;
        LogRecord r;
        res.readListRow(*it, r);
        if (!res.isNull(*it, 35) && res.int64(*it, 35) > 0)
            loadFeedback(r, error);
        rows.append(std::move(r));
    }
    return rows;
}

std::optional<StoreTotals> PostgresLogStore::totals(const QString &filter, QString *error)
{
    QVariantList params;
    const auto where = whereFor(filter, params, error);
    if (!where)
        return std::nullopt;
    QString sql = u"SELECT count(*), coalesce(sum(cost_cents), 0), "
                  "coalesce(sum(prompt_tokens), 0), coalesce(sum(completion_tokens), 0), "
                  "coalesce(sum(total_tokens), 0) FROM logs"_qs;
    if (!where->isEmpty())
        sql += u" WHERE " + *where;
    Result res = run(sql, params, error);
    if (!res)
        return std::nullopt;
    StoreTotals t;
    t.count = res.int64(0, 0);
    t.costCents = res.float64(0, 1);
    t.promptTokens = res.int64(0, 2);
    t.completionTokens = res.int64(0, 3);
    t.totalTokens = res.int64(0, 4);
    return t;
}

std::optional<QList<GroupCount>> PostgresLogStore::groupCounts(const QString &filter, GroupBy group,
                                                               QString *error)
{
    QVariantList params;
    const auto where = whereFor(filter, params, error);
    if (!where)
        return std::nullopt;
    const auto [expr, shown] = groupExpression(group);
    QString sql = u"SELECT "_qs + shown
        + u" AS k, count(*) AS n, coalesce(sum(cost_cents), 0), coalesce(sum(total_tokens), 0) "
          u"FROM logs";
    if (!where->isEmpty())
        sql += u" WHERE " + *where;
    sql += u" GROUP BY " + expr + u" ORDER BY n DESC, " + expr + u" NULLS FIRST";
    Result res = run(sql, params, error);
    if (!res)
        return std::nullopt;
    QList<GroupCount> groups;
    for (int row = 0; row < res.rows(); ++row) {
        GroupCount g;
        g.key = res.text(row, 0);
        g.count = res.int64(row, 1);
        g.costCents = res.float64(row, 2);
        g.totalTokens = res.int64(row, 3);
        groups.append(g);
    }
    return groups;
}

QStringList PostgresLogStore::knownValues(GroupBy group, int limit)
{
    const auto [expr, shown] = groupExpression(group);
    Result res
        = run(u"SELECT "_qs + shown + u" AS k, count(*) AS n FROM logs WHERE " + expr
                  + u" IS NOT NULL GROUP BY " + expr + u" ORDER BY n DESC, " + expr + u" LIMIT $1",
              {qint64(limit)}, nullptr);
    QStringList values;
    for (int row = 0; row < res.rows(); ++row)
        values.append(res.text(row, 0));
    return values;
}

std::optional<LogRecord> PostgresLogStore::fullRecord(Result &list, QString *error)
{
    if (!list)
        return std::nullopt;
    if (list.rows() == 0) {
        if (error)
            *error = u"no such log"_qs;
        return std::nullopt;
    }
    LogRecord r;
    list.readListRow(0, r);

    const QString payloadSql = u"SELECT data FROM payloads WHERE row_id = $1"_qs;
    Result payload = run(payloadSql, {r.rowId}, error, true);
    if (!payload)
        return std::nullopt;
    if (payload.rows() == 1) {
        const char *data = payload.data(0, 0);
        const qsizetype size = payload.length(0, 0);
        qint64 blockRow = 0;
        int entry = 0;
        std::optional<PayloadCodec::Parts> parts;
        if (PayloadCodec::parseBlockRef(data, size, &blockRow, &entry)) {
            Result block = run(payloadSql, {blockRow}, error, true);
            if (!block)
                return std::nullopt;
            if (block.rows() != 1) {
                if (error)
                    *error = PayloadCodec::damaged(u"missing block");
                return std::nullopt;
            }
            parts = m_codec->decodeEntry(block.data(0, 0), block.length(0, 0), entry, error);
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
    if (!loadFeedback(r, error))
        return std::nullopt;
    return r;
}

std::optional<LogRecord> PostgresLogStore::record(const QString &id, QString *error)
{
    Result list
        = run(u"SELECT "_qs + QLatin1String(ListColumns::kSelect) + u" FROM logs WHERE id = $1",
              {id}, error);
    return fullRecord(list, error);
}

std::optional<LogRecord> PostgresLogStore::recordByRowId(qint64 rowId, QString *error)
{
    Result list
        = run(u"SELECT "_qs + QLatin1String(ListColumns::kSelect) + u" FROM logs WHERE row_id = $1",
              {rowId}, error);
    return fullRecord(list, error);
}

bool PostgresLogStore::forEachStoredRow(const QString &filter,
                                        const std::function<bool(const StoredRow &)> &onRow,
                                        QString *error, const std::atomic_bool *cancel)
{
    // A cursor in a read-only transaction (one snapshot for the whole pass): the list columns
    // come 2,048 rows at a time, and between two fetches the connection reads the payloads of
    // those rows in one query, and their feedback.
    QVariantList params;
    const auto where = whereFor(filter, params, error);
    if (!where)
        return false;
    if (!exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", error))
        return false;
    const auto end = qScopeGuard([this] { exec("ROLLBACK", nullptr); });
    QString sql = u"DECLARE gatescope_export NO SCROLL CURSOR FOR SELECT "_qs
        + QLatin1String(ListColumns::kSelect) + u" FROM logs";
    if (!where->isEmpty())
        sql += u" WHERE " + *where;
    sql += u" ORDER BY created_at, row_id";
    if (!run(sql, params, error))
        return false;
    const std::optional<ListColumns::FeedbackOwners> owners = feedbackOwners(error);
    if (!owners)
        return false;
    // A row of a fetched batch of list columns (text results) as a StoredRow.
    class Row : public StoredRow
    {
    public:
        Row(const Result &result, int row)
            : m_result(result)
            , m_row(row)
        { }
        bool isNull(int column) const override { return m_result.isNull(m_row, column); }
        qint64 int64(int column) const override { return m_result.int64(m_row, column); }
        double float64(int column) const override { return m_result.float64(m_row, column); }
        QByteArrayView utf8(int column) const override
        {
            return QByteArrayView(m_result.data(m_row, column), m_result.length(m_row, column));
        }

    private:
        const Result &m_result;
        int m_row;
    };
    const QString payloadSql = u"SELECT data FROM payloads WHERE row_id = $1"_qs;
    qint64 given = -1; // the block whose bytes the caller was given last
    for (;;) {
        const Result rows = run(u"FETCH 2048 FROM gatescope_export"_qs, {}, error);
        if (!rows)
            return false;
        if (rows.rows() == 0)
            return true;
        QByteArray ids = "{";
        for (int i = 0; i < rows.rows(); ++i)
            ids.append(i ? "," : "").append(rows.data(i, 0), rows.length(i, 0));
        ids.append('}');
        const Result payloads = run(u"SELECT row_id::text, data FROM payloads "
                                    "WHERE row_id = ANY($1::int8[])"_qs,
                                    {QString::fromLatin1(ids)}, error, true);
        if (!payloads)
            return false;
        QHash<qint64, int> payloadOf; // row id -> row of payloads
        payloadOf.reserve(payloads.rows());
        for (int i = 0; i < payloads.rows(); ++i)
            payloadOf.insert(payloads.int64(i, 0), i);
        auto stored = [&payloads, &payloadOf](qint64 rowId) -> std::optional<QByteArrayView> {
            const auto it = payloadOf.constFind(rowId);
            if (it == payloadOf.cend())
                return std::nullopt;
            return QByteArrayView(payloads.data(*it, 1), payloads.length(*it, 1));
        };
        for (int i = 0; i < rows.rows(); ++i) {
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                if (error)
                    *error = u"cancelled"_qs;
                return false;
            }
            Row row(rows, i);
            const qint64 rowId = rows.int64(i, 0);
            Result block; // a block that another batch holds
            auto blockBytes = [&](qint64 blockRow, QString *why) -> std::optional<QByteArrayView> {
                if (std::optional<QByteArrayView> bytes = stored(blockRow))
                    return bytes;
                block = run(payloadSql, {blockRow}, why, true);
                if (!block)
                    return std::nullopt;
                if (block.rows() != 1) {
                    if (why)
                        *why = PayloadCodec::damaged(u"missing block");
                    return std::nullopt;
                }
                return QByteArrayView(block.data(0, 0), block.length(0, 0));
            };
            const std::optional<QByteArrayView> payload = stored(rowId);
            if (payload && !row.setPayload(*payload, rowId, given, blockBytes, error))
                return false;
            if (owners->has(rowId, row.utf8(3))) {
                LogRecord owner; // whose feedback: the log's trace, else the log
                owner.rowId = rowId;
                owner.traceId = rows.text(i, 3);
                if (!loadFeedback(owner, error))
                    return false;
                row.feedback = std::move(owner.feedback);
            }
            if (!onRow(row))
                return true;
        }
    }
}
