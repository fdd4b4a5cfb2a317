// The analytics aggregates of SqliteLogStore (analytics.h): every figure is computed by SQLite
// over the `logs` and `feedback` tables with the same filter compiler as the list, so a chart
// always agrees with the list it filters.
#include "sqlitelogstore.h"

#include <QHash>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <limits>

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

std::optional<double> weighted(double weightedSum, double weights)
{
    return weights > 0 ? std::optional<double>(weightedSum / weights) : std::nullopt;
}

// Nearest-rank percentile of sorted values.
qint64 percentile(const QVector<qint64> &sorted, double p)
{
    const auto n = sorted.size();
    const qsizetype rank = std::clamp<qsizetype>(qsizetype(std::ceil(p / 100.0 * double(n))), 1, n);
    return sorted.at(rank - 1);
}

// Per time bucket: bucket = (created_at - from) / width, the bucket's index in the range.
QString bucketExpression(const QString &column, const QString &from, const QString &width)
{
    return u"((" + column + u" - " + from + u") / " + width + u')';
}

} // namespace

std::optional<QString> SqliteLogStore::rangeWhere(const AnalyticsQuery &query, QVariantList &params,
                                                  QString *error, bool timeIndex) const
{
    const auto where = whereFor(query.filter, params, error);
    if (!where)
        return std::nullopt;
    auto bind = [&](const QVariant &v) {
        params.append(v);
        return m_dialect.placeholder(int(params.size()));
    };
    const QString column = timeIndex ? u"created_at"_qs : u"+created_at"_qs;
    QString condition
        = column + u" >= " + bind(query.fromMs) + u" AND " + column + u" < " + bind(query.toMs);
    if (!where->isEmpty())
        condition += u" AND (" + *where + u')';
    return condition;
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
    QList<TimeBucket> buckets(query.bucketCount());
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
        t.startMs = query.bucketStart(i);
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
    QList<AnalyticsGroup> groups = byUser.values();
    std::sort(groups.begin(), groups.end(), [](const AnalyticsGroup &a, const AnalyticsGroup &b) {
        return a.requests != b.requests ? a.requests > b.requests : a.key < b.key;
    });
    TopUsers top;
    top.uniqueUsers = groups.size();
    top.byRequests = groups.mid(0, limit);
    std::stable_sort(
        groups.begin(), groups.end(),
        [](const AnalyticsGroup &a, const AnalyticsGroup &b) { return a.costCents > b.costCents; });
    top.byCost = groups.mid(0, limit);
    return top;
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
    struct Model
    {
        qint64 cacheable = 0, simple = 0, semantic = 0;
        double hitLatency = 0, missLatency = 0, missCost = 0;
        qint64 hitLatencyCount = 0, missLatencyCount = 0, missCostCount = 0;
    };
    QHash<QByteArray, Model> models;
    const QString sql
        = u"SELECT model, CASE cache WHEN 'hit' THEN 1 WHEN 'semantic_hit' THEN 2 ELSE 0 END, "
          "cache IS NOT NULL AND cache <> 'disabled', latency_ms, cost_cents FROM logs WHERE "_qs
        + *where;
    const bool ok = forEachRow(
        sql, params,
        [&](sqlite3_stmt *st) {
            const QByteArray key(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)),
                                 sqlite3_column_bytes(st, 0));
            Model &m = models[key.toLower()];
            const int hit = sqlite3_column_int(st, 1);
            m.cacheable += sqlite3_column_int(st, 2);
            m.simple += hit == 1;
            m.semantic += hit == 2;
            const bool hasLatency = sqlite3_column_type(st, 3) != SQLITE_NULL;
            const double latency = sqlite3_column_double(st, 3);
            if (hit && hasLatency) {
                m.hitLatency += latency;
                ++m.hitLatencyCount;
            } else if (!hit) {
                if (hasLatency) {
                    m.missLatency += latency;
                    ++m.missLatencyCount;
                }
                if (sqlite3_column_type(st, 4) != SQLITE_NULL) {
                    m.missCost += sqlite3_column_double(st, 4);
                    ++m.missCostCount;
                }
            }
        },
        error);
    if (!ok)
        return std::nullopt;
    CacheStats stats;
    double hitLatency = 0, missLatency = 0;
    qint64 hitCount = 0, missCount = 0;
    for (const Model &m : std::as_const(models)) {
        stats.cacheable += m.cacheable;
        stats.simpleHits += m.simple;
        stats.semanticHits += m.semantic;
        hitLatency += m.hitLatency;
        hitCount += m.hitLatencyCount;
        missLatency += m.missLatency;
        missCount += m.missLatencyCount;
        if (m.hitLatencyCount > 0 && m.missLatencyCount > 0) {
            const double saved = m.missLatency / double(m.missLatencyCount)
                - m.hitLatency / double(m.hitLatencyCount);
            stats.latencySavedMs += std::max(0.0, saved) * double(m.hitLatencyCount);
        }
        if (m.missCostCount > 0)
            stats.costSavedCents
                += m.missCost / double(m.missCostCount) * double(m.simple + m.semantic);
    }
    if (hitCount > 0)
        stats.avgHitLatencyMs = hitLatency / double(hitCount);
    if (missCount > 0)
        stats.avgMissLatencyMs = missLatency / double(missCount);
    return stats;
}

namespace {

// Feedback rows joined to the logs they were given on. The logs side is a subquery so that the
// filter's column names (created_at, trace_id, metadata...) mean the log's, not the feedback's;
// SQLite flattens it into a join driven by the (small) feedback table.
QString feedbackFrom(const QString &where)
{
    return u" FROM feedback AS f JOIN (SELECT row_id, created_at AS log_time, model AS log_model "
           "FROM logs WHERE "
        + where + u") AS l ON l.row_id = f.log_row_id";
}

} // namespace

std::optional<QList<FeedbackBucket>> SqliteLogStore::feedbackSeries(const AnalyticsQuery &query,
                                                                    QString *error)
{
    QList<FeedbackBucket> buckets(query.bucketCount());
    for (int i = 0; i < buckets.size(); ++i)
        buckets[i].startMs = query.bucketStart(i);
    QVariantList params;
    const auto where = rangeWhere(query, params, error);
    if (!where)
        return std::nullopt;
    const QString from = m_dialect.placeholder(int(params.size()) + 1);
    const QString width = m_dialect.placeholder(int(params.size()) + 2);
    params << query.fromMs << query.bucketMs;
    const QString sql = u"SELECT "_qs + bucketExpression(u"l.log_time"_qs, from, width)
        + u" AS b, count(*), total(f.value * f.weight), total(f.weight)" + feedbackFrom(*where)
        + u" GROUP BY b";
    const bool ok = forEachRow(
        sql, params,
        [&](sqlite3_stmt *st) {
            const qint64 b = sqlite3_column_int64(st, 0);
            if (b < 0 || b >= buckets.size())
                return;
            buckets[b].count = sqlite3_column_int64(st, 1);
            buckets[b].weightedAvg
                = weighted(sqlite3_column_double(st, 2), sqlite3_column_double(st, 3));
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
        u"SELECT CAST(round(f.value) AS INTEGER) AS v, count(*)" + feedbackFrom(*where)
            + u" GROUP BY v ORDER BY v",
        params,
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
        u"SELECT l.log_model AS m, count(*) AS n, "
        "total(f.value * f.weight), total(f.weight)"
            + feedbackFrom(*where) + u" GROUP BY m ORDER BY n DESC, m",
        params,
        [&](sqlite3_stmt *st) {
            models.append({text(st, 0), sqlite3_column_int64(st, 1),
                           weighted(sqlite3_column_double(st, 2), sqlite3_column_double(st, 3))});
        },
        error);
    if (!ok)
        return std::nullopt;
    return models;
}
