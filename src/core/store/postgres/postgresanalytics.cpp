// SPDX-License-Identifier: GPL-3.0-or-later
// The analytics aggregates of PostgresLogStore (analytics.h), with the meaning of the SQLite
// ones (sqliteanalytics.cpp) bucket by bucket: the same filter compiler and range, the same
// feedback join. The server does the grouping, the percentiles and the sums; only one row per
// bucket, user or model comes back.
#include "postgreslogstore.h"
#include "postgresresult.h"

#include "analyticsshared.h"

#include <limits>

using namespace AnalyticsShared;

namespace {

// A cache state this request was served from.
constexpr char kCacheHit[] = "coalesce(cache IN ('hit', 'semantic_hit'), false)";

} // namespace

std::optional<QString> PostgresLogStore::rangeWhere(const AnalyticsQuery &query,
                                                    QVariantList &params, QString *error) const
{
    const auto where = whereFor(query.filter, params, error);
    if (!where)
        return std::nullopt;
    return rangeCondition(m_dialect, query, *where, params);
}

std::optional<std::pair<qint64, qint64>> PostgresLogStore::timeBounds(const QString &filter,
                                                                      QString *error)
{
    QVariantList params;
    const auto where = whereFor(filter, params, error);
    if (!where)
        return std::nullopt;
    params.append(std::numeric_limits<qint64>::min()); // the unknown time sorts first
    QString sql = u"SELECT min(created_at), max(created_at) FROM logs WHERE created_at > "
        + m_dialect.placeholder(int(params.size()));
    if (!where->isEmpty())
        sql += u" AND (" + *where + u')';
    // min() and max() each walk the time index from one end.
    Result res = run(sql, params, error);
    if (!res || res.isNull(0, 0))
        return std::nullopt;
    return std::make_pair(res.int64(0, 0), res.int64(0, 1));
}

std::optional<QList<TimeBucket>> PostgresLogStore::timeSeries(const AnalyticsQuery &query,
                                                              QString *error)
{
    QList<TimeBucket> buckets = emptyTimeBuckets(query);
    QVariantList params;
    const auto where = rangeWhere(query, params, error);
    if (!where)
        return std::nullopt;
    const QString bucket = bindBucket(m_dialect, query, params);
    const QString sql = u"SELECT "_qs + bucket
        + u" AS b, count(*), coalesce(sum(cost_cents), 0), coalesce(sum(total_tokens), 0), "
          "avg(latency_ms::float8), count(status_code), count(*) FILTER (WHERE status_code >= "
          "400), count(*) FILTER (WHERE retry_count > 0 AND status_code < 400), count(*) FILTER "
          "(WHERE fallback_active = 1 AND status_code < 400), count(*) FILTER (WHERE cache <> "
          "'disabled'), count(*) FILTER (WHERE cache = 'hit'), count(*) FILTER (WHERE cache = "
          "'semantic_hit') FROM logs WHERE "
        + *where + u" GROUP BY b";
    Result res = run(sql, params, error);
    if (!res)
        return std::nullopt;
    for (int row = 0; row < res.rows(); ++row) {
        const qint64 b = res.int64(row, 0);
        if (b < 0 || b >= buckets.size())
            continue;
        TimeBucket &t = buckets[b];
        t.requests = res.int64(row, 1);
        t.costCents = res.float64(row, 2);
        t.tokens = res.int64(row, 3);
        t.avgLatencyMs = res.opt<double>(row, 4);
        t.withStatus = res.int64(row, 5);
        t.errors = res.int64(row, 6);
        t.rescuedByRetry = res.int64(row, 7);
        t.rescuedByFallback = res.int64(row, 8);
        t.cacheable = res.int64(row, 9);
        t.simpleHits = res.int64(row, 10);
        t.semanticHits = res.int64(row, 11);
    }
    return buckets;
}

std::optional<LatencyStats> PostgresLogStore::latencyPercentiles(const AnalyticsQuery &query,
                                                                 QString *error)
{
    QVariantList params;
    const auto where = rangeWhere(query, params, error);
    if (!where)
        return std::nullopt;
    const QString bucket = bindBucket(m_dialect, query, params);
    // percentile_disc is the nearest rank (the first value whose cumulative share reaches p), as
    // the SQLite store computes it; the three share one sort. The empty grouping set is the
    // whole range.
    const QString sql = u"SELECT b, GROUPING(b), count(*), avg(latency_ms::float8), "
                        "percentile_disc(0.5) WITHIN GROUP (ORDER BY latency_ms), "
                        "percentile_disc(0.9) WITHIN GROUP (ORDER BY latency_ms), "
                        "percentile_disc(0.99) WITHIN GROUP (ORDER BY latency_ms) FROM (SELECT "_qs
        + bucket + u" AS b, latency_ms FROM logs WHERE latency_ms IS NOT NULL AND " + *where
        + u") AS r GROUP BY GROUPING SETS ((b), ())";
    Result res = run(sql, params, error);
    if (!res)
        return std::nullopt;
    LatencyStats stats;
    stats.overall.startMs = query.fromMs;
    const int count = query.bucketCount();
    for (int i = 0; i < count; ++i)
        stats.buckets.append(LatencyBucket {query.bucketStart(i), 0, {}, {}, {}, {}});
    for (int row = 0; row < res.rows(); ++row) {
        LatencyBucket *l = &stats.overall;
        if (res.int64(row, 1) == 0) {
            const qint64 b = res.int64(row, 0);
            if (b < 0 || b >= count)
                continue;
            l = &stats.buckets[b];
        }
        l->count = res.int64(row, 2);
        if (l->count == 0)
            continue;
        l->avg = res.opt<double>(row, 3);
        l->p50 = res.opt<qint64>(row, 4);
        l->p90 = res.opt<qint64>(row, 5);
        l->p99 = res.opt<qint64>(row, 6);
    }
    return stats;
}

std::optional<TopUsers> PostgresLogStore::topUsers(const AnalyticsQuery &query, int limit,
                                                   QString *error)
{
    QVariantList params;
    const auto where = rangeWhere(query, params, error);
    if (!where)
        return std::nullopt;
    // One group per user whatever the case of its spelling, as the SQLite store groups them.
    Result res = run(u"SELECT min(meta_user), count(*), coalesce(sum(cost_cents), 0) FROM logs "
                     "WHERE meta_user IS NOT NULL AND "
                         + *where + u" GROUP BY " + PostgresDialect::folded(u"meta_user"_qs),
                     params, error);
    if (!res)
        return std::nullopt;
    QList<AnalyticsGroup> users;
    users.reserve(res.rows());
    for (int row = 0; row < res.rows(); ++row)
        users.append({res.text(row, 0), res.int64(row, 1), res.float64(row, 2)});
    return rankUsers(std::move(users), limit);
}

std::optional<QList<StatusCodeCount>> PostgresLogStore::statusCodes(const AnalyticsQuery &query,
                                                                    QString *error)
{
    QVariantList params;
    const auto where = rangeWhere(query, params, error);
    if (!where)
        return std::nullopt;
    Result res = run(u"SELECT status_code, count(*) FROM logs WHERE status_code IS NOT NULL AND "
                         + *where + u" GROUP BY status_code ORDER BY status_code",
                     params, error);
    if (!res)
        return std::nullopt;
    QList<StatusCodeCount> codes;
    for (int row = 0; row < res.rows(); ++row)
        codes.append({int(res.int64(row, 0)), res.int64(row, 1)});
    return codes;
}

std::optional<CacheStats> PostgresLogStore::cacheStats(const AnalyticsQuery &query, QString *error)
{
    QVariantList params;
    const auto where = rangeWhere(query, params, error);
    if (!where)
        return std::nullopt;
    // Per model (case-insensitively, as SQLite's NOCASE column groups): the hits, and what the
    // requests not served from the cache took and cost.
    const QString sql
        = u"SELECT count(*) FILTER (WHERE cache <> 'disabled'), count(*) FILTER (WHERE cache = "
          "'hit'), count(*) FILTER (WHERE cache = 'semantic_hit'), "
          "coalesce(sum(latency_ms::float8) FILTER (WHERE hit), 0), "
          "count(latency_ms) FILTER (WHERE hit), "
          "coalesce(sum(latency_ms::float8) FILTER (WHERE NOT hit), 0), "
          "count(latency_ms) FILTER (WHERE NOT hit), "
          "coalesce(sum(cost_cents) FILTER (WHERE NOT hit), 0), "
          "count(cost_cents) FILTER (WHERE NOT hit) FROM (SELECT "_qs
        + PostgresDialect::folded(u"model"_qs) + u" AS m, cache, latency_ms, cost_cents, "
        + QLatin1String(kCacheHit) + u" AS hit FROM logs WHERE " + *where + u") AS r GROUP BY m";
    Result res = run(sql, params, error);
    if (!res)
        return std::nullopt;
    QList<CacheModel> models;
    models.reserve(res.rows());
    for (int row = 0; row < res.rows(); ++row) {
        CacheModel m;
        m.cacheable = res.int64(row, 0);
        m.simpleHits = res.int64(row, 1);
        m.semanticHits = res.int64(row, 2);
        m.hitLatencySum = res.float64(row, 3);
        m.hitLatencyCount = res.int64(row, 4);
        m.missLatencySum = res.float64(row, 5);
        m.missLatencyCount = res.int64(row, 6);
        m.missCostSum = res.float64(row, 7);
        m.missCostCount = res.int64(row, 8);
        models.append(m);
    }
    return AnalyticsShared::cacheStats(models);
}

std::optional<QList<FeedbackBucket>> PostgresLogStore::feedbackSeries(const AnalyticsQuery &query,
                                                                      QString *error)
{
    QList<FeedbackBucket> buckets = emptyFeedbackBuckets(query);
    QVariantList params;
    const auto where = rangeWhere(query, params, error);
    if (!where)
        return std::nullopt;
    const QString bucket = bindBucket(m_dialect, query, params, u"l.log_time"_qs);
    Result res = run(feedbackSeriesSql(*where, bucket), params, error);
    if (!res)
        return std::nullopt;
    for (int row = 0; row < res.rows(); ++row) {
        const qint64 b = res.int64(row, 0);
        if (b < 0 || b >= buckets.size())
            continue;
        buckets[b].count = res.int64(row, 1);
        buckets[b].weightedAvg = weightedAverage(res.float64(row, 2), res.float64(row, 3));
    }
    return buckets;
}

std::optional<QList<FeedbackValueCount>>
PostgresLogStore::feedbackDistribution(const AnalyticsQuery &query, QString *error)
{
    QVariantList params;
    const auto where = rangeWhere(query, params, error);
    if (!where)
        return std::nullopt;
    // round() of a double rounds half to even here; of a numeric, half away from zero as
    // SQLite's round() does.
    Result res = run(feedbackDistributionSql(*where, u"round(f.value::numeric)::integer"_qs),
                     params, error);
    if (!res)
        return std::nullopt;
    QList<FeedbackValueCount> values;
    for (int row = 0; row < res.rows(); ++row)
        values.append({int(res.int64(row, 0)), res.int64(row, 1)});
    return values;
}

std::optional<QList<FeedbackModel>> PostgresLogStore::feedbackByModel(const AnalyticsQuery &query,
                                                                      QString *error)
{
    QVariantList params;
    const auto where = rangeWhere(query, params, error);
    if (!where)
        return std::nullopt;
    Result res = run(feedbackByModelSql(*where, PostgresDialect::folded(u"l.log_model"_qs)), params,
                     error);
    if (!res)
        return std::nullopt;
    QList<FeedbackModel> models;
    for (int row = 0; row < res.rows(); ++row)
        models.append({res.text(row, 0), res.int64(row, 1),
                       weightedAverage(res.float64(row, 2), res.float64(row, 3))});
    return models;
}
