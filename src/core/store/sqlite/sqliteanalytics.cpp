// SPDX-License-Identifier: GPL-3.0-or-later
// The analytics aggregates of SqliteLogStore (analytics.h): every figure is computed by SQLite
// over the `logs` and `feedback` tables with the same filter compiler as the list, so a chart
// always agrees with the list it filters.
#include "sqlitelogstore.h"

#include "analyticsshared.h"
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
using namespace SqliteSupport;

namespace {

// Nearest-rank percentile of sorted values.
qint64 percentile(const QVector<qint64> &sorted, double p)
{
    const auto n = sorted.size();
    const qsizetype rank = std::clamp<qsizetype>(qsizetype(std::ceil(p / 100.0 * double(n))), 1, n);
    return sorted.at(rank - 1);
}

// ASCII case-insensitive equality of a column's bytes with a lower-case literal, as the NOCASE
// columns compare.
template<std::size_t N>
bool equalsNoCase(const unsigned char *bytes, int size, const char (&lower)[N])
{
    if (size != int(N - 1))
        return false;
    for (int i = 0; i < size; ++i) {
        const unsigned char c = bytes[i];
        if ((c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c) != static_cast<unsigned char>(lower[i]))
            return false;
    }
    return true;
}

// A scanned row's values (SqliteLogStore::scanRows): typed reads without the statement API's
// per-call checks.
struct Row
{
    sqlite3_value **v;
    qint64 int64(int i) const { return sqlite3_value_int64(v[i]); }
    double float64(int i) const { return sqlite3_value_double(v[i]); }
    bool isNull(int i) const { return sqlite3_value_type(v[i]) == SQLITE_NULL; }
    const unsigned char *text(int i) const { return sqlite3_value_text(v[i]); }
    int bytes(int i) const { return sqlite3_value_bytes(v[i]); }
    QString string(int i) const
    {
        const auto *t = reinterpret_cast<const char *>(text(i));
        return t ? QString::fromUtf8(t, bytes(i)) : QString();
    }
};

// The cache column of a row: 0 none or disabled, 1 cacheable miss, 2 simple hit, 3 semantic hit.
int cacheClass(const Row &row, int i)
{
    const unsigned char *bytes = row.text(i);
    if (!bytes) // NULL
        return 0;
    const int size = row.bytes(i);
    if (equalsNoCase(bytes, size, "hit"))
        return 2;
    if (equalsNoCase(bytes, size, "semantic_hit"))
        return 3;
    return equalsNoCase(bytes, size, "disabled") ? 0 : 1;
}

// Groups rows by a NOCASE text column's value as SQLite would: the bytes seen are looked up
// without an allocation (the first spellings by comparing them in turn: a column has a few
// models, and hashing each row's value cost more), and each new spelling once more by its ASCII
// lower case.
template<typename Group> class NoCaseGroups
{
public:
    Group &at(const Row &row, int i)
    {
        const auto *bytes = reinterpret_cast<const char *>(row.text(i));
        const std::string_view key(bytes ? bytes : "", std::size_t(row.bytes(i)));
        for (const auto &[spelling, index] : m_first) {
            if (spelling == key)
                return m_groups[index];
        }
        m_key.assign(key);
        if (const auto seen = m_bySpelling.find(m_key); seen != m_bySpelling.end())
            return m_groups[seen->second];
        const QByteArray lower = QByteArray::fromStdString(m_key).toLower();
        auto index = m_byKey.constFind(lower);
        if (index == m_byKey.cend()) {
            index = m_byKey.insert(lower, m_groups.size());
            m_groups.append(Group {});
        }
        if (m_first.size() < kFirst)
            m_first.emplace_back(m_key, *index);
        else
            m_bySpelling.emplace(m_key, *index);
        return m_groups[*index];
    }
    const QList<Group> &groups() const { return m_groups; }

private:
    static constexpr std::size_t kFirst = 16;
    std::vector<std::pair<std::string, qsizetype>> m_first;
    std::string m_key;
    std::unordered_map<std::string, qsizetype> m_bySpelling;
    QHash<QByteArray, qsizetype> m_byKey;
    QList<Group> m_groups;
};

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
    QList<TimeBucket> buckets = emptyTimeBuckets(query);
    QVariantList params;
    const auto where = rangeWhere(query, params, error);
    if (!where)
        return std::nullopt;
    // One pass over the range in time order, added up per bucket here: the columns come from
    // the logs_stats index alone (a tenth of the table's pages), and a dozen aggregate calls per
    // row in SQL cost more than reading the values (533 ms of CPU at 1,000,000 logs). A GROUP BY
    // on a computed bucket would sort every row.
    struct Sums
    {
        double latency = 0;
        qint64 latencyCount = 0;
    };
    QVector<Sums> sums(buckets.size());
    const qint64 count = buckets.size();
    const bool ok = scanRows(
        u"created_at, status_code, cost_cents, total_tokens, latency_ms, retry_count, "
        "fallback_active, cache"_qs,
        u"logs WHERE " + *where, params,
        [&](sqlite3_value **values) {
            const Row row {values};
            const qint64 b = (row.int64(0) - query.fromMs) / query.bucketMs;
            if (b < 0 || b >= count)
                return;
            TimeBucket &t = buckets[b];
            ++t.requests;
            if (!row.isNull(1)) {
                ++t.withStatus;
                if (row.int64(1) >= 400) {
                    ++t.errors;
                } else {
                    if (row.int64(5) > 0)
                        ++t.rescuedByRetry;
                    if (row.int64(6) == 1)
                        ++t.rescuedByFallback;
                }
            }
            t.costCents += row.float64(2);
            t.tokens += row.int64(3);
            if (!row.isNull(4)) {
                sums[b].latency += row.float64(4);
                ++sums[b].latencyCount;
            }
            switch (cacheClass(row, 7)) {
            case 3:
                ++t.semanticHits;
                [[fallthrough]];
            case 1:
                ++t.cacheable;
                break;
            case 2:
                ++t.simpleHits;
                ++t.cacheable;
                break;
            default:
                break;
            }
        },
        error);
    if (!ok)
        return std::nullopt;
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        if (sums.at(i).latencyCount > 0)
            buckets[i].avgLatencyMs = sums.at(i).latency / double(sums.at(i).latencyCount);
    }
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
    // SQLite filters the range in time order (the logs_stats index covers it) and the groups add
    // up here: a GROUP BY meta_user either sorts every row or reads the table in user order (1.7
    // to 2.9 s at 1,000,000 rows).
    NoCaseGroups<AnalyticsGroup> byUser;
    const bool ok = scanRows(
        u"meta_user, cost_cents"_qs, u"logs WHERE meta_user IS NOT NULL AND " + *where, params,
        [&](sqlite3_value **values) {
            const Row row {values};
            AnalyticsGroup &g = byUser.at(row, 0);
            if (g.key.isNull())
                g.key = row.string(0);
            ++g.requests;
            g.costCents += row.float64(1);
        },
        error);
    if (!ok)
        return std::nullopt;
    return rankUsers(byUser.groups(), limit);
}

std::optional<QList<StatusCodeCount>> SqliteLogStore::statusCodes(const AnalyticsQuery &query,
                                                                  QString *error)
{
    QVariantList params;
    const auto where = rangeWhere(query, params, error);
    if (!where)
        return std::nullopt;
    // Counted here while the range streams in time order from the logs_stats index: a GROUP BY
    // over the (status_code, created_at) index reads it code by code, the range once for each.
    std::map<int, qint64> counts;
    const bool ok = scanRows(
        u"status_code"_qs, u"logs WHERE status_code IS NOT NULL AND " + *where, params,
        [&](sqlite3_value **values) { ++counts[sqlite3_value_int(values[0])]; }, error);
    if (!ok)
        return std::nullopt;
    QList<StatusCodeCount> codes;
    for (const auto &[code, n] : counts)
        codes.append({code, n});
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
    NoCaseGroups<CacheModel> models;
    const bool ok = scanRows(
        u"model, cache, latency_ms, cost_cents"_qs, u"logs WHERE "_qs + *where, params,
        [&](sqlite3_value **values) {
            const Row row {values};
            CacheModel &m = models.at(row, 0);
            const int cache = cacheClass(row, 1);
            const int hit = cache >= 2 ? cache - 1 : 0; // 1 simple, 2 semantic
            m.cacheable += cache != 0;
            m.simpleHits += hit == 1;
            m.semanticHits += hit == 2;
            const bool hasLatency = !row.isNull(2);
            const double latency = row.float64(2);
            if (hit && hasLatency) {
                m.hitLatencySum += latency;
                ++m.hitLatencyCount;
            } else if (!hit) {
                if (hasLatency) {
                    m.missLatencySum += latency;
                    ++m.missLatencyCount;
                }
                if (!row.isNull(3)) {
                    m.missCostSum += row.float64(3);
                    ++m.missCostCount;
                }
            }
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
