// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics.h"

#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

class SqlDialect;

// What the SQLite and PostgreSQL analytics have in common around their own SQL: the range
// condition, the feedback join, and how per-group figures become analytics.h results (empty
// buckets, user ranking, cache savings), so both backends answer bucket by bucket alike.
namespace AnalyticsShared {

// The compiled filter `where` (may be empty) and timeColumn in [fromMs, toMs), as one condition
// over `logs`; the range is bound after the filter's own parameters.
QString rangeCondition(const SqlDialect &dialect, const AnalyticsQuery &query, const QString &where,
                       QVariantList &params,
                       const QString &timeColumn = QStringLiteral("created_at"));

// The index of the bucket a time column's value falls in, (column - from) / width, with the
// range's start and the bucket width bound after params.
QString bindBucket(const SqlDialect &dialect, const AnalyticsQuery &query, QVariantList &params,
                   const QString &column = QStringLiteral("created_at"));

// Every bucket of the range with its start, nothing counted yet.
QList<TimeBucket> emptyTimeBuckets(const AnalyticsQuery &query);
QList<FeedbackBucket> emptyFeedbackBuckets(const AnalyticsQuery &query);

// sum(value * weight) / sum(weight); empty when the weights add up to 0.
std::optional<double> weightedAverage(double weightedSum, double weights);

// Users ranked twice: by requests (most first, ties by name) and by cost (most first, ties in
// request order), the first `limit` of each; uniqueUsers counts them all.
TopUsers rankUsers(QList<AnalyticsGroup> users, int limit);

// One model's cache figures over the range. Misses are the requests not served from the cache.
struct CacheModel
{
    qint64 cacheable = 0, simpleHits = 0, semanticHits = 0;
    double hitLatencySum = 0, missLatencySum = 0, missCostSum = 0;
    qint64 hitLatencyCount = 0, missLatencyCount = 0, missCostCount = 0;
};
// A hit saved what the misses of its model take and cost on average (CacheStats).
CacheStats cacheStats(const QList<CacheModel> &models);

// Feedback joined to the logs it was given on, the logs filtered by `where` (its column names
// mean the log's) and renamed log_time and log_model.
QString feedbackFrom(const QString &where);
// Per bucket (bindBucket() of l.log_time): entries, sum(value * weight), sum(weight).
QString feedbackSeriesSql(const QString &where, const QString &bucket);
// Per model, most entries first: a spelling of the model, entries, sum(value * weight),
// sum(weight). modelKey groups the log_model values that are the same model.
QString feedbackByModelSql(const QString &where, const QString &modelKey);
// Entries per value rounded (half away from zero) by roundedValue, lowest first.
QString feedbackDistributionSql(const QString &where, const QString &roundedValue);

} // namespace AnalyticsShared
