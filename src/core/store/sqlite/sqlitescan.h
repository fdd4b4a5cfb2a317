// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics.h"
#include "analyticsshared.h"

#include <QHash>
#include <QList>

#include <sqlite3.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

// What the SQLite charts add up, row by row: the same per-log rules whether a chart reads the
// logs themselves (sqliteanalytics.cpp) or makes the per-minute sums it reads instead
// (sqlitestats.cpp), so that both give the same figures.
namespace SqliteScan {

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
    std::string_view view(int i) const
    {
        const auto *t = reinterpret_cast<const char *>(text(i));
        return t ? std::string_view(t, std::size_t(bytes(i))) : std::string_view();
    }
};

// The cache column of a row: 0 none or disabled, 1 cacheable miss, 2 simple hit, 3 semantic hit.
int cacheClass(const Row &row, int i);

// The sums of the Overview, Errors and Cache series over some logs. addLog() reads
// status_code, cost_cents, total_tokens, latency_ms, retry_count, fallback_active and cache at
// row[first] onwards (kSeriesColumns).
struct SeriesSums
{
    qint64 requests = 0, withStatus = 0, errors = 0, rescuedByRetry = 0, rescuedByFallback = 0;
    qint64 tokens = 0, latencyCount = 0, cacheable = 0, simpleHits = 0, semanticHits = 0;
    double costCents = 0, latencySum = 0;

    void addLog(const Row &row, int first);
    // Into a chart's bucket (its start already set).
    void fill(TimeBucket &bucket) const;
};
inline const QString kSeriesColumns
    = QStringLiteral(u"status_code, cost_cents, total_tokens, latency_ms, "
                     "retry_count, fallback_active, cache");

// The cache chart's figures of one model: a log's cache, latency_ms and cost_cents at the
// given columns.
void addCacheLog(AnalyticsShared::CacheModel &m, const Row &row, int cache, int latency, int cost);

// How a struct of sums is stored, one column a field (stats_series, stats_models): its counts,
// then its sums, in the table's column order.
template<typename T> struct Stored;
template<> struct Stored<SeriesSums>
{
    using S = SeriesSums;
    static constexpr qint64 S::*counts[]
        = {&S::requests, &S::withStatus,   &S::errors,    &S::rescuedByRetry, &S::rescuedByFallback,
           &S::tokens,   &S::latencyCount, &S::cacheable, &S::simpleHits,     &S::semanticHits};
    static constexpr double S::*sums[] = {&S::costCents, &S::latencySum};
    static inline const QString columns = QStringLiteral(
        u"requests, with_status, errors, rescued_by_retry, rescued_by_fallback, tokens, "
        "latency_count, cacheable, simple_hits, semantic_hits, cost_cents, latency_sum");
};
template<> struct Stored<AnalyticsShared::CacheModel>
{
    using S = AnalyticsShared::CacheModel;
    static constexpr qint64 S::*counts[]
        = {&S::cacheable,       &S::simpleHits,       &S::semanticHits,
           &S::hitLatencyCount, &S::missLatencyCount, &S::missCostCount};
    static constexpr double S::*sums[] = {&S::hitLatencySum, &S::missLatencySum, &S::missCostSum};
    static inline const QString columns = QStringLiteral(
        u"cacheable, simple_hits, semantic_hits, hit_latency_count, miss_latency_count, "
        "miss_cost_count, hit_latency_sum, miss_latency_sum, miss_cost_sum");
};
template<typename T> constexpr int storedFields()
{
    return int(std::size(Stored<T>::counts) + std::size(Stored<T>::sums));
}

template<typename T> void addStored(T &to, const T &from)
{
    for (const auto field : Stored<T>::counts)
        to.*field += from.*field;
    for (const auto field : Stored<T>::sums)
        to.*field += from.*field;
}

// A stored row's fields at row[first] onwards.
template<typename T> T readStored(const Row &row, int first)
{
    T t;
    for (const auto field : Stored<T>::counts)
        t.*field = row.int64(first++);
    for (const auto field : Stored<T>::sums)
        t.*field = row.float64(first++);
    return t;
}

// Binds the fields to parameters first, first + 1, ...
template<typename T> void bindStored(sqlite3_stmt *st, int first, const T &t)
{
    for (const auto field : Stored<T>::counts)
        sqlite3_bind_int64(st, first++, t.*field);
    for (const auto field : Stored<T>::sums)
        sqlite3_bind_double(st, first++, t.*field);
}

// Groups rows by a NOCASE text column's value as SQLite would: the bytes seen are looked up
// without an allocation (the first spellings by comparing them in turn: a column has a few
// models, and hashing each row's value cost more), and each new spelling once more by its ASCII
// lower case. A group's key is the least of its spellings (byte order), whichever came first.
template<typename Group> class NoCaseGroups
{
public:
    Group &at(const Row &row, int i)
    {
        const std::string_view key = row.view(i);
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
            m_keys.emplace_back(m_key);
        } else if (m_key < m_keys[std::size_t(*index)]) {
            m_keys[std::size_t(*index)] = m_key;
        }
        if (m_first.size() < kFirst)
            m_first.emplace_back(m_key, *index);
        else
            m_bySpelling.emplace(m_key, *index);
        return m_groups[*index];
    }
    const QList<Group> &groups() const { return m_groups; }
    QString key(qsizetype group) const
    {
        return QString::fromStdString(m_keys[std::size_t(group)]);
    }

private:
    static constexpr std::size_t kFirst = 16;
    std::vector<std::pair<std::string, qsizetype>> m_first;
    std::string m_key;
    std::unordered_map<std::string, qsizetype> m_bySpelling;
    QHash<QByteArray, qsizetype> m_byKey;
    QList<Group> m_groups;
    std::vector<std::string> m_keys;
};

// The per-minute sums' minute ("slot") of a created_at >= 0: created_at / kSlotMs.
inline constexpr qint64 kSlotMs = 60'000;

// How a chart reads an unfiltered range (SqliteLogStore::readChart): the stored sums of the
// minutes [firstSlot, endSlot) but those in `skip`, and the logs of the time intervals
// `fromLogs` (the range's part-minutes at its ends, the minutes a bucket boundary cuts, the
// minutes whose sums are not made yet).
struct StatsPlan
{
    bool useStats = false;
    qint64 firstSlot = 0, endSlot = 0;
    std::vector<qint64> skip; // sorted
    std::vector<std::pair<qint64, qint64>> fromLogs; // [from, to) in ms, sorted, apart
    bool skips(qint64 slot) const { return std::binary_search(skip.begin(), skip.end(), slot); }
};

} // namespace SqliteScan
