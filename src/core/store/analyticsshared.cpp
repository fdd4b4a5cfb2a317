// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyticsshared.h"

#include "sqldialect.h"

#include <algorithm>

namespace AnalyticsShared {

QString rangeCondition(const SqlDialect &dialect, const AnalyticsQuery &query, const QString &where,
                       QVariantList &params, const QString &timeColumn)
{
    params.append(query.fromMs);
    QString condition = timeColumn + u" >= " + dialect.placeholder(int(params.size()));
    params.append(query.toMs);
    condition += u" AND " + timeColumn + u" < " + dialect.placeholder(int(params.size()));
    if (!where.isEmpty())
        condition += u" AND (" + where + u')';
    return condition;
}

QString bindBucket(const SqlDialect &dialect, const AnalyticsQuery &query, QVariantList &params,
                   const QString &column)
{
    params.append(query.fromMs);
    const QString from = dialect.placeholder(int(params.size()));
    params.append(query.bucketMs);
    return u"((" + column + u" - " + from + u") / " + dialect.placeholder(int(params.size()))
        + u')';
}

QList<TimeBucket> emptyTimeBuckets(const AnalyticsQuery &query)
{
    QList<TimeBucket> buckets(query.bucketCount());
    for (int i = 0; i < buckets.size(); ++i)
        buckets[i].startMs = query.bucketStart(i);
    return buckets;
}

QList<FeedbackBucket> emptyFeedbackBuckets(const AnalyticsQuery &query)
{
    QList<FeedbackBucket> buckets(query.bucketCount());
    for (int i = 0; i < buckets.size(); ++i)
        buckets[i].startMs = query.bucketStart(i);
    return buckets;
}

std::optional<double> weightedAverage(double weightedSum, double weights)
{
    return weights > 0 ? std::optional<double>(weightedSum / weights) : std::nullopt;
}

TopUsers rankUsers(QList<AnalyticsGroup> users, int limit)
{
    std::sort(users.begin(), users.end(), [](const AnalyticsGroup &a, const AnalyticsGroup &b) {
        return a.requests != b.requests ? a.requests > b.requests : a.key < b.key;
    });
    TopUsers top;
    top.uniqueUsers = users.size();
    top.byRequests = users.mid(0, limit);
    std::stable_sort(
        users.begin(), users.end(),
        [](const AnalyticsGroup &a, const AnalyticsGroup &b) { return a.costCents > b.costCents; });
    top.byCost = users.mid(0, limit);
    return top;
}

CacheStats cacheStats(const QList<CacheModel> &models)
{
    CacheStats stats;
    double hitLatency = 0, missLatency = 0;
    qint64 hitCount = 0, missCount = 0;
    for (const CacheModel &m : models) {
        stats.cacheable += m.cacheable;
        stats.simpleHits += m.simpleHits;
        stats.semanticHits += m.semanticHits;
        hitLatency += m.hitLatencySum;
        hitCount += m.hitLatencyCount;
        missLatency += m.missLatencySum;
        missCount += m.missLatencyCount;
        if (m.hitLatencyCount > 0 && m.missLatencyCount > 0) {
            const double saved = m.missLatencySum / double(m.missLatencyCount)
                - m.hitLatencySum / double(m.hitLatencyCount);
            stats.latencySavedMs += std::max(0.0, saved) * double(m.hitLatencyCount);
        }
        if (m.missCostCount > 0)
            stats.costSavedCents
                += m.missCostSum / double(m.missCostCount) * double(m.simpleHits + m.semanticHits);
    }
    if (hitCount > 0)
        stats.avgHitLatencyMs = hitLatency / double(hitCount);
    if (missCount > 0)
        stats.avgMissLatencyMs = missLatency / double(missCount);
    return stats;
}

QString feedbackFrom(const QString &where)
{
    // A subquery, so that the filter's column names (created_at, trace_id, metadata...) are the
    // log's, not the feedback's; both databases drive the join from the (small) feedback table.
    return u" FROM feedback AS f JOIN (SELECT row_id, created_at AS log_time, model AS log_model "
           "FROM logs WHERE "
        + where + u") AS l ON l.row_id = f.log_row_id";
}

QString feedbackSeriesSql(const QString &where, const QString &bucket)
{
    return u"SELECT " + bucket + u" AS b, count(*), sum(f.value * f.weight), sum(f.weight)"
        + feedbackFrom(where) + u" GROUP BY b";
}

QString feedbackByModelSql(const QString &where, const QString &modelKey)
{
    return u"SELECT min(l.log_model) AS m, count(*) AS n, sum(f.value * f.weight), "
           "sum(f.weight)"
        + feedbackFrom(where) + u" GROUP BY " + modelKey + u" ORDER BY n DESC, m NULLS FIRST";
}

QString feedbackDistributionSql(const QString &where, const QString &roundedValue)
{
    return u"SELECT " + roundedValue + u" AS v, count(*)" + feedbackFrom(where)
        + u" GROUP BY v ORDER BY v";
}

} // namespace AnalyticsShared
