// SPDX-License-Identifier: GPL-3.0-or-later
// The analytics aggregates of SqliteLogStore (analytics.h): every figure is computed by SQLite
// over the `logs` and `feedback` tables with the same filter compiler as the list, so a chart
// always agrees with the list it filters.
#include "sqlitelogstore.h"

#include "analyticsshared.h"

#include <QHash>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace AnalyticsShared;

namespace {

QString text(sqlite3_stmt *st, int i)
{
    if (sqlite3_column_type(st, i) == SQLITE_NULL)
        return {};
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, i)),
                             sqlite3_column_bytes(st, i));
}

std::optional<double> optDouble(sqlite3_stmt *st, int i)
{
    if (sqlite3_column_type(st, i) == SQLITE_NULL)
        return std::nullopt;
    return sqlite3_column_double(st, i);
}

// Nearest-rank percentile of sorted values.
qint64 percentile(const QVector<qint64> &sorted, double p)
{
    const auto n = sorted.size();
    const qsizetype rank = std::clamp<qsizetype>(qsizetype(std::ceil(p / 100.0 * double(n))), 1, n);
    return sorted.at(rank - 1);
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
    QList<TimeBucket> buckets = emptyTimeBuckets(query);
    QVariantList params;
    const auto where = whereFor(query.filter, params, error);
    if (!where)
        return std::nullopt;
    // One aggregate per bucket over a range of the time index rather than one GROUP BY over the
    // whole range: SQLite sorts every row for a GROUP BY on a computed bucket (1.3 s at
    // 1,000,000 rows), while the ranges together read each row once, in time order.
    const QString from = m_dialect.placeholder(int(params.size()) + 1);
    const QString to = m_dialect.placeholder(int(params.size()) + 2);
    const QString sql = u"SELECT count(*), total(cost_cents), total(total_tokens), "
                        "avg(latency_ms), count(status_code), total(status_code >= 400), "
                        "total(retry_count > 0 AND status_code < 400), "
                        "total(fallback_active = 1 AND status_code < 400), "
                        "total(cache IS NOT NULL AND cache <> 'disabled'), total(cache = 'hit'), "
                        "total(cache = 'semantic_hit') FROM logs WHERE created_at >= "
        + from + u" AND created_at < " + to
        + (where->isEmpty() ? QString() : u" AND (" + *where + u')');
    sqlite3_stmt *st = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &st, nullptr) != SQLITE_OK) {
        if (error)
            *error = lastError();
        sqlite3_finalize(st);
        return std::nullopt;
    }
    for (int i = 0; i < params.size(); ++i)
        bindParameter(st, i + 1, params.at(i));
    for (int i = 0; i < buckets.size(); ++i) {
        TimeBucket &t = buckets[i];
        sqlite3_bind_int64(st, int(params.size()) + 1, t.startMs);
        sqlite3_bind_int64(st, int(params.size()) + 2,
                           std::min(query.toMs, t.startMs + query.bucketMs));
        if (sqlite3_step(st) != SQLITE_ROW) {
            if (error)
                *error = lastError();
            sqlite3_finalize(st);
            return std::nullopt;
        }
        t.requests = sqlite3_column_int64(st, 0);
        t.costCents = sqlite3_column_double(st, 1);
        t.tokens = qint64(sqlite3_column_double(st, 2));
        t.avgLatencyMs = optDouble(st, 3);
        t.withStatus = sqlite3_column_int64(st, 4);
        t.errors = qint64(sqlite3_column_double(st, 5));
        t.rescuedByRetry = qint64(sqlite3_column_double(st, 6));
        t.rescuedByFallback = qint64(sqlite3_column_double(st, 7));
        t.cacheable = qint64(sqlite3_column_double(st, 8));
        t.simpleHits = qint64(sqlite3_column_double(st, 9));
        t.semanticHits = qint64(sqlite3_column_double(st, 10));
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
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
    QVariantList params;
    const auto where = rangeWhere(query, params, error);
    if (!where)
        return std::nullopt;
    // SQLite filters the range in time order and the groups add up here: a GROUP BY meta_user
    // either sorts every row or reads the table in user order (1.7 to 2.9 s at 1,000,000 rows).
    QHash<QByteArray, AnalyticsGroup> byUser; // NOCASE: ASCII case folded
    const bool ok = forEachRow(
        u"SELECT meta_user, cost_cents FROM logs WHERE meta_user IS NOT "
        "NULL AND "
            + *where,
        params,
        [&](sqlite3_stmt *st) {
            const QByteArray user(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)),
                                  sqlite3_column_bytes(st, 0));
            AnalyticsGroup &g = byUser[user.toLower()];
            if (g.key.isNull())
                g.key = QString::fromUtf8(user);
            ++g.requests;
            g.costCents += sqlite3_column_double(st, 1);
        },
        error);
    if (!ok)
        return std::nullopt;
    return rankUsers(byUser.values(), limit);
}

std::optional<QList<StatusCodeCount>> SqliteLogStore::statusCodes(const AnalyticsQuery &query,
                                                                  QString *error)
{
    QVariantList params;
    const auto where = rangeWhere(query, params, error);
    if (!where)
        return std::nullopt;
    QList<StatusCodeCount> codes;
    // The (status_code, created_at) index covers this query and is already grouped.
    const bool ok = forEachRow(
        u"SELECT status_code, count(*) FROM logs WHERE status_code IS NOT NULL AND " + *where
            + u" GROUP BY status_code ORDER BY status_code",
        params,
        [&](sqlite3_stmt *st) {
            codes.append({sqlite3_column_int(st, 0), sqlite3_column_int64(st, 1)});
        },
        error);
    if (!ok)
        return std::nullopt;
    return codes;
}

std::optional<CacheStats> SqliteLogStore::cacheStats(const AnalyticsQuery &query, QString *error)
{
    QVariantList params;
    const auto where = rangeWhere(query, params, error);
    if (!where)
        return std::nullopt;
    // Per model: the hits, and what the requests of that model not served from the cache took
    // and cost; a hit saved the difference. Streamed and added up per model here for the same
    // reason as topUsers().
    QHash<QByteArray, CacheModel> models;
    const QString sql
        = u"SELECT model, CASE cache WHEN 'hit' THEN 1 WHEN 'semantic_hit' THEN 2 ELSE 0 END, "
          "cache IS NOT NULL AND cache <> 'disabled', latency_ms, cost_cents FROM logs WHERE "_qs
        + *where;
    const bool ok = forEachRow(
        sql, params,
        [&](sqlite3_stmt *st) {
            const QByteArray key(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)),
                                 sqlite3_column_bytes(st, 0));
            CacheModel &m = models[key.toLower()];
            const int hit = sqlite3_column_int(st, 1);
            m.cacheable += sqlite3_column_int(st, 2);
            m.simpleHits += hit == 1;
            m.semanticHits += hit == 2;
            const bool hasLatency = sqlite3_column_type(st, 3) != SQLITE_NULL;
            const double latency = sqlite3_column_double(st, 3);
            if (hit && hasLatency) {
                m.hitLatencySum += latency;
                ++m.hitLatencyCount;
            } else if (!hit) {
                if (hasLatency) {
                    m.missLatencySum += latency;
                    ++m.missLatencyCount;
                }
                if (sqlite3_column_type(st, 4) != SQLITE_NULL) {
                    m.missCostSum += sqlite3_column_double(st, 4);
                    ++m.missCostCount;
                }
            }
        },
        error);
    if (!ok)
        return std::nullopt;
    return AnalyticsShared::cacheStats(models.values());
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
                {text(st, 0), sqlite3_column_int64(st, 1),
                 weightedAverage(sqlite3_column_double(st, 2), sqlite3_column_double(st, 3))});
        },
        error);
    if (!ok)
        return std::nullopt;
    return models;
}
