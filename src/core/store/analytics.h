// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// What the analytics window asks the store (portkey-api.md section 7): the logs that match a
// filter and fall in [from, to), cut into buckets of bucketMs by their created_at. Every
// aggregate is computed by the store in SQL; nothing here reads rows one by one in the UI.
struct AnalyticsQuery
{
    QString filter; // the filter language; empty = all
    qint64 fromMs = 0; // inclusive, ms since the epoch (UTC)
    qint64 toMs = 0; // exclusive
    qint64 bucketMs = 3600 * 1000;

    int bucketCount() const
    {
        return bucketMs > 0 && toMs > fromMs ? int((toMs - fromMs + bucketMs - 1) / bucketMs) : 0;
    }
    qint64 bucketStart(int bucket) const { return fromMs + bucket * bucketMs; }
    // A bucket width that cuts spanMs into at most about 60 bars: 1 min, 5 min, 15 min, 30 min,
    // 1 h, 3 h, 6 h, 12 h, 1 day, 7 days, 30 days.
    static qint64 bucketFor(qint64 spanMs)
    {
        constexpr qint64 minute = 60 * 1000, hour = 60 * minute, day = 24 * hour;
        constexpr qint64 sizes[]
            = {minute,   5 * minute, 15 * minute, 30 * minute, hour,    3 * hour,
               6 * hour, 12 * hour,  day,         7 * day,     30 * day};
        for (qint64 size : sizes) {
            if (spanMs <= 60 * size)
                return size;
        }
        return 30 * day;
    }
};

// One time bucket of the Overview, Errors and Cache tabs. Unknown values (a bucket where no
// request has a latency) stay empty rather than 0.
struct TimeBucket
{
    qint64 startMs = 0;
    qint64 requests = 0;
    double costCents = 0;
    qint64 tokens = 0;
    std::optional<double> avgLatencyMs;
    qint64 withStatus = 0; // requests whose status is known
    qint64 errors = 0; // status >= 400
    qint64 rescuedByRetry = 0; // retry_count > 0 and status < 400
    qint64 rescuedByFallback = 0; // fallback_active and status < 400
    qint64 cacheable = 0; // cache state known and not disabled
    qint64 simpleHits = 0; // cache hit
    qint64 semanticHits = 0; // cache semantic_hit

    // Percent of requests with a known status that failed; empty with none.
    std::optional<double> errorRate() const
    {
        return withStatus > 0 ? std::optional<double>(100.0 * double(errors) / double(withStatus))
                              : std::nullopt;
    }
    std::optional<double> cacheHitRate() const
    {
        return cacheable > 0
            ? std::optional<double>(100.0 * double(simpleHits + semanticHits) / double(cacheable))
            : std::nullopt;
    }
};

// Latency percentiles of one bucket (nearest rank: the smallest value with at least p percent
// of the bucket's values at or below it).
struct LatencyBucket
{
    qint64 startMs = 0;
    qint64 count = 0; // requests with a known latency
    std::optional<double> avg;
    std::optional<qint64> p50, p90, p99;
};

struct LatencyStats
{
    LatencyBucket overall; // the whole range (startMs = fromMs)
    QList<LatencyBucket> buckets;
};

// A group (user, model, status code) with its request count and cost.
struct AnalyticsGroup
{
    QString key; // null for unknown
    qint64 requests = 0;
    double costCents = 0;
};

struct TopUsers
{
    QList<AnalyticsGroup> byRequests; // most requests first
    QList<AnalyticsGroup> byCost; // most cost first
    qint64 uniqueUsers = 0;
};

struct StatusCodeCount
{
    int statusCode = 0;
    qint64 count = 0;
};

// Cache savings: a hit saved what a request to the same model that was not served from the
// cache costs and takes on average in the same range (Portkey reports the savings without
// saying how it computes them; this is our estimate).
struct CacheStats
{
    qint64 cacheable = 0;
    qint64 simpleHits = 0;
    qint64 semanticHits = 0;
    std::optional<double> avgHitLatencyMs;
    std::optional<double> avgMissLatencyMs;
    double latencySavedMs = 0; // summed over all hits
    double costSavedCents = 0;
    std::optional<double> hitRate() const
    {
        return cacheable > 0
            ? std::optional<double>(100.0 * double(simpleHits + semanticHits) / double(cacheable))
            : std::nullopt;
    }
};

// Feedback entries whose log matches the query, counted once each (not once per log of the
// trace), bucketed by their log's created_at. Weighted average = sum(value * weight) /
// sum(weight), empty when the weights add up to 0.
struct FeedbackBucket
{
    qint64 startMs = 0;
    qint64 count = 0;
    std::optional<double> weightedAvg;
};

struct FeedbackValueCount
{
    int value = 0; // rounded to a whole number, -10..10
    qint64 count = 0;
};

struct FeedbackModel
{
    QString model; // null for unknown
    qint64 count = 0;
    std::optional<double> weightedAvg;
};
