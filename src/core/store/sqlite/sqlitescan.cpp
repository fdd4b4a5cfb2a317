// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitescan.h"

namespace SqliteScan {

namespace {

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

} // namespace

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

void SeriesSums::addLog(const Row &row, int first)
{
    ++requests;
    if (!row.isNull(first)) {
        ++withStatus;
        if (row.int64(first) >= 400) {
            ++errors;
        } else {
            if (row.int64(first + 4) > 0)
                ++rescuedByRetry;
            if (row.int64(first + 5) == 1)
                ++rescuedByFallback;
        }
    }
    costCents += row.float64(first + 1);
    tokens += row.int64(first + 2);
    if (!row.isNull(first + 3)) {
        latencySum += row.float64(first + 3);
        ++latencyCount;
    }
    switch (cacheClass(row, first + 6)) {
    case 3:
        ++semanticHits;
        [[fallthrough]];
    case 1:
        ++cacheable;
        break;
    case 2:
        ++simpleHits;
        ++cacheable;
        break;
    default:
        break;
    }
}

void SeriesSums::fill(TimeBucket &bucket) const
{
    bucket.requests = requests;
    bucket.withStatus = withStatus;
    bucket.errors = errors;
    bucket.rescuedByRetry = rescuedByRetry;
    bucket.rescuedByFallback = rescuedByFallback;
    bucket.costCents = costCents;
    bucket.tokens = tokens;
    if (latencyCount > 0)
        bucket.avgLatencyMs = latencySum / double(latencyCount);
    bucket.cacheable = cacheable;
    bucket.simpleHits = simpleHits;
    bucket.semanticHits = semanticHits;
}

void addCacheLog(AnalyticsShared::CacheModel &m, const Row &row, int cache, int latency, int cost)
{
    const int cls = cacheClass(row, cache);
    const int hit = cls >= 2 ? cls - 1 : 0; // 1 simple, 2 semantic
    m.cacheable += cls != 0;
    m.simpleHits += hit == 1;
    m.semanticHits += hit == 2;
    const bool hasLatency = !row.isNull(latency);
    if (hit && hasLatency) {
        m.hitLatencySum += row.float64(latency);
        ++m.hitLatencyCount;
    } else if (!hit) {
        if (hasLatency) {
            m.missLatencySum += row.float64(latency);
            ++m.missLatencyCount;
        }
        if (!row.isNull(cost)) {
            m.missCostSum += row.float64(cost);
            ++m.missCostCount;
        }
    }
}

} // namespace SqliteScan
