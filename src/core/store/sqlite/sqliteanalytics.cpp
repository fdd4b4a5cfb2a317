// SPDX-License-Identifier: GPL-3.0-or-later
// The analytics aggregates of SqliteLogStore (analytics.h): every figure is computed by SQLite
// over the `logs` and `feedback` tables with the same filter compiler as the list, so a chart
// always agrees with the list it filters.
#include "sqlitelogstore.h"

#include "analyticsshared.h"
#include "sqlitescan.h"
#include "sqlitesupport.h"

#include <QHash>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

using namespace AnalyticsShared;
using namespace SqliteScan;
using namespace SqliteSupport;

namespace {

// Nearest-rank percentile of sorted values.
qint64 percentile(const QVector<qint64> &sorted, double p)
{
    const auto n = sorted.size();
    const qsizetype rank = std::clamp<qsizetype>(qsizetype(std::ceil(p / 100.0 * double(n))), 1, n);
    return sorted.at(rank - 1);
}

// The aggregate behind scanRows(): hands each row's arguments to the scan's callback.
void scanStep(sqlite3_context *context, int, sqlite3_value **values)
{
    const auto *onRow
        = *static_cast<const std::function<void(sqlite3_value **)> **>(sqlite3_user_data(context));
    if (onRow)
        (*onRow)(values);
}

void scanFinal(sqlite3_context *context)
{
    sqlite3_result_null(context);
}

} // namespace

std::optional<QString> SqliteLogStore::rangeWhere(const AnalyticsQuery &query, QVariantList &params,
                                                  QString *error, bool timeIndex) const
{
    const auto where = whereFor(query.filter, params, error);
    if (!where)
        return std::nullopt;
    return rangeCondition(m_dialect, query, *where, params,
                          timeIndex ? u"created_at"_qs : u"+created_at"_qs);
}

bool SqliteLogStore::forEachRow(const QString &sql, const QVariantList &params,
                                const std::function<void(sqlite3_stmt *)> &onRow, QString *error)
{
    sqlite3_stmt *st = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &st, nullptr) != SQLITE_OK) {
        if (error)
            *error = lastError();
        sqlite3_finalize(st);
        return false;
    }
    for (int i = 0; i < params.size(); ++i)
        bindParameter(st, i + 1, params.at(i));
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        onRow(st);
    if (rc != SQLITE_DONE && error)
        *error = lastError();
    sqlite3_finalize(st);
    return rc == SQLITE_DONE;
}

bool SqliteLogStore::scanRows(const QString &columns, const QString &fromWhere,
                              const QVariantList &params,
                              const std::function<void(sqlite3_value **)> &onRow, QString *error)
{
    // An aggregate of our own takes the rows inside SQLite's loop: no sqlite3_step() return per
    // row and no checked column reads (30 % of the CPU of a scan of 1,000,000 logs).
    if (!m_scanRegistered) {
        if (sqlite3_create_function_v2(m_db, "gatescope_scan", -1, SQLITE_UTF8, &m_scanRow, nullptr,
                                       scanStep, scanFinal, nullptr)
            != SQLITE_OK) {
            if (error)
                *error = lastError();
            return false;
        }
        m_scanRegistered = true;
    }
    m_scanRow = &onRow;
    const bool ok = forEachRow(
        u"SELECT gatescope_scan(" + columns + u") FROM " + fromWhere, params, [](sqlite3_stmt *) {},
        error);
    m_scanRow = nullptr;
    return ok;
}

std::optional<std::pair<qint64, qint64>> SqliteLogStore::timeBounds(const QString &filter,
                                                                    QString *error)
{
    QVariantList params;
    const auto where = whereFor(filter, params, error);
    if (!where)
        return std::nullopt;
    params.append(std::numeric_limits<qint64>::min()); // the unknown time sorts first
    QString condition = u"created_at > " + m_dialect.placeholder(int(params.size()));
    if (!where->isEmpty())
        condition += u" AND (" + *where + u')';
    std::optional<qint64> first, last;
    // Two ORDER BY ... LIMIT 1 queries walk the time index from each end; min() and max()
    // together in one statement would scan.
    if (!forEachRow(
            u"SELECT created_at FROM logs WHERE " + condition + u" ORDER BY created_at LIMIT 1",
            params, [&](sqlite3_stmt *st) { first = sqlite3_column_int64(st, 0); }, error)
        || !forEachRow(
            u"SELECT created_at FROM logs WHERE " + condition
                + u" ORDER BY created_at DESC LIMIT 1",
            params, [&](sqlite3_stmt *st) { last = sqlite3_column_int64(st, 0); }, error))
        return std::nullopt;
    if (!first || !last)
        return std::nullopt;
    return std::make_pair(*first, *last);
}

std::optional<QList<TimeBucket>> SqliteLogStore::timeSeries(const AnalyticsQuery &query,
                                                            QString *error)
{
    // Added up per bucket here, from the per-minute sums or, with a filter, in one pass over
    // the range in time order: the columns come from the logs_stats index alone (a tenth of the
    // table's pages), and a dozen aggregate calls per row in SQL cost more than reading the
    // values (533 ms of CPU at 1,000,000 logs). A GROUP BY on a computed bucket would sort
    // every row.
    QList<TimeBucket> buckets = emptyTimeBuckets(query);
    std::vector<SeriesSums> sums(std::size_t(buckets.size()));
    auto add = [&](qint64 createdAt) -> SeriesSums * {
        const qint64 b = (createdAt - query.fromMs) / query.bucketMs;
        return b >= 0 && b < qint64(sums.size()) ? &sums[std::size_t(b)] : nullptr;
    };
    const bool ok = readChart(
        query, true, u"created_at, "_qs + kSeriesColumns, {},
        [&](sqlite3_value **values) {
            const Row row {values};
            if (SeriesSums *s = add(row.int64(0)))
                s->addLog(row, 1);
        },
        u"stats_series"_qs, Stored<SeriesSums>::columns,
        [&](sqlite3_value **values) {
            const Row row {values};
            if (SeriesSums *s = add(row.int64(0) * kSlotMs))
                addStored(*s, readStored<SeriesSums>(row, 1));
        },
        error);
    if (!ok)
        return std::nullopt;
    for (qsizetype i = 0; i < buckets.size(); ++i)
        sums[std::size_t(i)].fill(buckets[i]);
    return buckets;
}

std::optional<LatencyStats> SqliteLogStore::latencyPercentiles(const AnalyticsQuery &query,
                                                               QString *error)
{
    QVariantList params;
    // +created_at: read the (latency_ms, created_at) index in latency order, which covers this
    // query, instead of the time index and a sort.
    const auto where = rangeWhere(query, params, error, false);
    if (!where)
        return std::nullopt;
    const int count = query.bucketCount();
    QVector<QVector<qint64>> values(count);
    QVector<qint64> all;
    const QString sql = u"SELECT latency_ms, created_at FROM logs WHERE latency_ms IS NOT NULL AND "
        + *where + u" ORDER BY latency_ms";
    const bool ok = forEachRow(
        sql, params,
        [&](sqlite3_stmt *st) {
            const qint64 latency = sqlite3_column_int64(st, 0);
            const qint64 b = (sqlite3_column_int64(st, 1) - query.fromMs) / query.bucketMs;
            all.append(latency);
            if (b >= 0 && b < count)
                values[b].append(latency);
        },
        error);
    if (!ok)
        return std::nullopt;
    auto summarise = [](const QVector<qint64> &sorted, qint64 startMs) {
        LatencyBucket l;
        l.startMs = startMs;
        l.count = sorted.size();
        if (sorted.isEmpty())
            return l;
        double sum = 0;
        for (qint64 v : sorted)
            sum += double(v);
        l.avg = sum / double(sorted.size());
        l.p50 = percentile(sorted, 50);
        l.p90 = percentile(sorted, 90);
        l.p99 = percentile(sorted, 99);
        return l;
    };
    LatencyStats stats;
    stats.overall = summarise(all, query.fromMs);
    for (int i = 0; i < count; ++i)
        stats.buckets.append(summarise(values.at(i), query.bucketStart(i)));
    return stats;
}

std::optional<TopUsers> SqliteLogStore::topUsers(const AnalyticsQuery &query, int limit,
                                                 QString *error)
{
    // Added up here: a GROUP BY meta_user either sorts every row or reads the table in user
    // order (1.7 to 2.9 s at 1,000,000 rows).
    NoCaseGroups<AnalyticsGroup> byUser;
    const bool ok = readChart(
        query, false, u"meta_user, cost_cents"_qs, u"meta_user IS NOT NULL"_qs,
        [&](sqlite3_value **values) {
            const Row row {values};
            AnalyticsGroup &g = byUser.at(row, 0);
            ++g.requests;
            g.costCents += row.float64(1);
        },
        u"stats_users"_qs, u"user, requests, cost_cents"_qs,
        [&](sqlite3_value **values) {
            const Row row {values};
            AnalyticsGroup &g = byUser.at(row, 1);
            g.requests += row.int64(2);
            g.costCents += row.float64(3);
        },
        error);
    if (!ok)
        return std::nullopt;
    QList<AnalyticsGroup> users = byUser.groups();
    for (qsizetype i = 0; i < users.size(); ++i)
        users[i].key = byUser.key(i);
    return rankUsers(users, limit);
}

std::optional<QList<StatusCodeCount>> SqliteLogStore::statusCodes(const AnalyticsQuery &query,
                                                                  QString *error)
{
    // Counted here: a GROUP BY over the (status_code, created_at) index reads it code by code,
    // the range once for each.
    std::map<int, qint64> counts;
    const bool ok = readChart(
        query, false, u"status_code"_qs, u"status_code IS NOT NULL"_qs,
        [&](sqlite3_value **values) { ++counts[sqlite3_value_int(values[0])]; }, u"stats_codes"_qs,
        u"status_code, requests"_qs,
        [&](sqlite3_value **values) {
            counts[sqlite3_value_int(values[1])] += sqlite3_value_int64(values[2]);
        },
        error);
    if (!ok)
        return std::nullopt;
    QList<StatusCodeCount> codes;
    for (const auto &[code, n] : counts)
        codes.append({code, n});
    return codes;
}

std::optional<CacheStats> SqliteLogStore::cacheStats(const AnalyticsQuery &query, QString *error)
{
    // Per model: the hits, and what the requests of that model not served from the cache took
    // and cost; a hit saved the difference. Added up per model here for the same reason as
    // topUsers().
    NoCaseGroups<CacheModel> models;
    const bool ok = readChart(
        query, false, u"model, cache, latency_ms, cost_cents"_qs, {},
        [&](sqlite3_value **values) {
            const Row row {values};
            addCacheLog(models.at(row, 0), row, 1, 2, 3);
        },
        u"stats_models"_qs, u"model, "_qs + Stored<CacheModel>::columns,
        [&](sqlite3_value **values) {
            const Row row {values};
            addStored(models.at(row, 1), readStored<CacheModel>(row, 2));
        },
        error);
    if (!ok)
        return std::nullopt;
    return AnalyticsShared::cacheStats(models.groups());
}

std::optional<QList<FeedbackBucket>> SqliteLogStore::feedbackSeries(const AnalyticsQuery &query,
                                                                    QString *error)
{
    QList<FeedbackBucket> buckets = emptyFeedbackBuckets(query);
    QVariantList params;
    const auto where = rangeWhere(query, params, error);
    if (!where)
        return std::nullopt;
    const QString bucket = bindBucket(m_dialect, query, params, u"l.log_time"_qs);
    const bool ok = forEachRow(
        feedbackSeriesSql(*where, bucket), params,
        [&](sqlite3_stmt *st) {
            const qint64 b = sqlite3_column_int64(st, 0);
            if (b < 0 || b >= buckets.size())
                return;
            buckets[b].count = sqlite3_column_int64(st, 1);
            buckets[b].weightedAvg
                = weightedAverage(sqlite3_column_double(st, 2), sqlite3_column_double(st, 3));
        },
        error);
    if (!ok)
        return std::nullopt;
    return buckets;
}

std::optional<QList<FeedbackValueCount>>
SqliteLogStore::feedbackDistribution(const AnalyticsQuery &query, QString *error)
{
    QVariantList params;
    const auto where = rangeWhere(query, params, error);
    if (!where)
        return std::nullopt;
    QList<FeedbackValueCount> values;
    const bool ok = forEachRow(
        // SQLite's round() goes half away from zero.
        feedbackDistributionSql(*where, u"CAST(round(f.value) AS INTEGER)"_qs), params,
        [&](sqlite3_stmt *st) {
            values.append({sqlite3_column_int(st, 0), sqlite3_column_int64(st, 1)});
        },
        error);
    if (!ok)
        return std::nullopt;
    return values;
}

std::optional<QList<FeedbackModel>> SqliteLogStore::feedbackByModel(const AnalyticsQuery &query,
                                                                    QString *error)
{
    QVariantList params;
    const auto where = rangeWhere(query, params, error);
    if (!where)
        return std::nullopt;
    QList<FeedbackModel> models;
    const bool ok = forEachRow(
        // The model column compares NOCASE: one group per model whatever its spelling.
        feedbackByModelSql(*where, u"l.log_model"_qs), params,
        [&](sqlite3_stmt *st) {
            models.append(
                {columnText(st, 0), sqlite3_column_int64(st, 1),
                 weightedAverage(sqlite3_column_double(st, 2), sqlite3_column_double(st, 3))});
        },
        error);
    if (!ok)
        return std::nullopt;
    return models;
}
