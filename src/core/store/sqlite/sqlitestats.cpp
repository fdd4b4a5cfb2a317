// SPDX-License-Identifier: GPL-3.0-or-later
// The charts' per-minute sums (schema step 7 -> 8): stats_series, stats_users, stats_codes and
// stats_models hold, for each minute of created_at, what the Overview, Users, Errors and Cache
// charts add up over its logs. An unfiltered chart reads them for the whole minutes of its range
// and the logs for the rest (a month of 1,000,000 logs: ~4,000 rows instead of a million).
// Triggers on `logs` list in stats_dirty the minutes whose logs changed, in the same
// transaction; a chart reads a dirty minute from the logs until refreshStats() makes its sums
// again (the chart does so first when it can take the write lock at once; a bulk import at its
// end). Sums are never patched: a minute's are made from its logs, by the rules the charts
// use on logs (SqliteScan), so the two ways give the same figures.
#include "sqlitelogstore.h"

#include "phasetimer.h"
#include "sqlitescan.h"
#include "sqlitesupport.h"
#include "statementreset.h"

#include <sqlite3.h>

#include <limits>
#include <unordered_map>

using namespace AnalyticsShared;
using namespace SqliteScan;
using namespace SqliteSupport;

namespace {

// At most a day of minutes is added up in memory before it is written.
constexpr qint64 kSlotsPerPass = 24 * 60;

// The sums of one minute while they are made: the few users, codes and models of a minute are
// looked up in turn.
struct SlotSums
{
    SeriesSums series;
    std::vector<std::pair<std::string, AnalyticsGroup>> users;
    std::vector<std::pair<int, qint64>> codes;
    std::vector<std::pair<std::string, CacheModel>> models;
};

template<typename Key, typename Value, typename Probe>
Value &entry(std::vector<std::pair<Key, Value>> &entries, const Probe &key)
{
    for (auto &[k, v] : entries) {
        if (k == key)
            return v;
    }
    return entries.emplace_back(Key(key), Value {}).second;
}

// The columns refreshStats() reads from each log (the logs_stats index covers them).
const QString kLogColumns
    = QStringLiteral(u"created_at, status_code, cost_cents, total_tokens, "
                     "latency_ms, retry_count, fallback_active, cache, model, "
                     "meta_user");

} // namespace

bool SqliteLogStore::refreshStats(qint64 fromSlot, qint64 endSlot, bool wait, QString *error)
{
    if (m_readOnly || m_bulk || m_schemaVersion < 8 || !sqlite3_get_autocommit(m_db))
        return false;
    sqlite3_stmt *any = statement(
        u"SELECT EXISTS (SELECT 1 FROM stats_dirty WHERE slot >= ?1 AND slot < ?2)"_qs, error);
    if (!any)
        return false;
    {
        StatementReset reset(any);
        sqlite3_bind_int64(any, 1, fromSlot);
        sqlite3_bind_int64(any, 2, endSlot);
        if (sqlite3_step(any) != SQLITE_ROW) {
            if (error)
                *error = lastError();
            return false;
        }
        if (sqlite3_column_int(any, 0) == 0)
            return true;
    }
    auto fail = [&](const QString &why) {
        exec("ROLLBACK", nullptr);
        if (error && !why.isEmpty())
            *error = why;
        return false;
    };
    // A deferred BEGIN whose first statement writes: only `main` is locked, not the full-text
    // file (a bulk import's full-text writer may hold it).
    if (!exec("BEGIN", error))
        return false;
    sqlite3_stmt *take = statement(
        u"DELETE FROM stats_dirty WHERE slot >= ?1 AND slot < ?2 RETURNING slot"_qs, error);
    if (!take)
        return fail({});
    std::vector<qint64> dirty;
    {
        StatementReset reset(take);
        sqlite3_bind_int64(take, 1, fromSlot);
        sqlite3_bind_int64(take, 2, endSlot);
        m_noWait = !wait;
        int rc;
        while ((rc = sqlite3_step(take)) == SQLITE_ROW)
            dirty.push_back(sqlite3_column_int64(take, 0));
        m_noWait = false;
        if (rc != SQLITE_DONE)
            return fail(lastError());
    }
    std::sort(dirty.begin(), dirty.end());

    const char *const tables[] = {"stats_series", "stats_users", "stats_codes", "stats_models"};
    sqlite3_stmt *clear[std::size(tables)];
    for (std::size_t t = 0; t < std::size(tables); ++t) {
        clear[t] = statement(
            u"DELETE FROM " + QLatin1String(tables[t]) + u" WHERE slot >= ?1 AND slot < ?2", error);
        if (!clear[t])
            return fail({});
    }
    // INSERT INTO table (slot, columns) VALUES (?1, ?2, ...).
    auto insert = [&](const char *table, const QString &columns, int count) {
        QString values = u"?1"_qs;
        for (int i = 2; i <= count; ++i)
            values += u", ?" + QString::number(i);
        return statement(u"INSERT INTO " + QLatin1String(table) + u" (slot, " + columns
                             + u") VALUES (" + values + u')',
                         error);
    };
    sqlite3_stmt *series
        = insert("stats_series", Stored<SeriesSums>::columns, 1 + storedFields<SeriesSums>());
    sqlite3_stmt *users = statement(
        u"INSERT INTO stats_users (slot, user, requests, cost_cents) VALUES (?1, ?2, ?3, ?4)"_qs,
        error);
    sqlite3_stmt *codes = statement(
        u"INSERT INTO stats_codes (slot, status_code, requests) VALUES (?1, ?2, ?3)"_qs, error);
    sqlite3_stmt *models = insert("stats_models", u"model, " + Stored<CacheModel>::columns,
                                  2 + storedFields<CacheModel>());
    if (!series || !users || !codes || !models)
        return fail({});
    auto run = [&](sqlite3_stmt *st) {
        const int rc = sqlite3_step(st);
        sqlite3_reset(st);
        return rc == SQLITE_DONE;
    };
    auto bindText = [](sqlite3_stmt *st, int i, const std::string &text) {
        sqlite3_bind_text(st, i, text.data(), int(text.size()), SQLITE_STATIC);
    };

    std::unordered_map<qint64, SlotSums> sums;
    for (std::size_t i = 0; i < dirty.size();) {
        // A pass: consecutive dirty minutes, at most kSlotsPerPass of them.
        std::size_t j = i + 1;
        while (j < dirty.size() && dirty[j] == dirty[j - 1] + 1 && qint64(j - i) < kSlotsPerPass)
            ++j;
        const qint64 first = dirty[i], end = dirty[j - 1] + 1;
        i = j;
        sums.clear();
        SlotSums *last = nullptr;
        qint64 lastSlot = -1;
        const bool scanned = scanRows(
            kLogColumns, u"logs WHERE created_at >= ?1 AND created_at < ?2"_qs,
            {first * kSlotMs, end * kSlotMs},
            [&](sqlite3_value **values) {
                const Row row {values};
                const qint64 slot = row.int64(0) / kSlotMs;
                if (slot != lastSlot) {
                    last = &sums[slot];
                    lastSlot = slot;
                }
                SlotSums &s = *last;
                s.series.addLog(row, 1);
                if (!row.isNull(1))
                    ++entry(s.codes, int(row.int64(1)));
                addCacheLog(entry(s.models, row.view(8)), row, 7, 4, 2);
                if (!row.isNull(9)) {
                    AnalyticsGroup &user = entry(s.users, row.view(9));
                    ++user.requests;
                    user.costCents += row.float64(2);
                }
            },
            error);
        if (!scanned)
            return fail({});
        for (sqlite3_stmt *st : clear) {
            sqlite3_bind_int64(st, 1, first);
            sqlite3_bind_int64(st, 2, end);
            if (!run(st))
                return fail(lastError());
        }
        for (const auto &[slot, s] : sums) {
            sqlite3_bind_int64(series, 1, slot);
            bindStored(series, 2, s.series);
            bool ok = run(series);
            for (const auto &[user, g] : s.users) {
                sqlite3_bind_int64(users, 1, slot);
                bindText(users, 2, user);
                sqlite3_bind_int64(users, 3, g.requests);
                sqlite3_bind_double(users, 4, g.costCents);
                ok = ok && run(users);
            }
            for (const auto &[code, count] : s.codes) {
                sqlite3_bind_int64(codes, 1, slot);
                sqlite3_bind_int64(codes, 2, code);
                sqlite3_bind_int64(codes, 3, count);
                ok = ok && run(codes);
            }
            for (const auto &[model, m] : s.models) {
                sqlite3_bind_int64(models, 1, slot);
                bindText(models, 2, model);
                bindStored(models, 3, m);
                ok = ok && run(models);
            }
            if (!ok)
                return fail(lastError());
        }
    }
    return exec("COMMIT", error) || fail({});
}

bool SqliteLogStore::readChart(const AnalyticsQuery &query, bool perBucket,
                               const QString &logColumns, const QString &logCondition,
                               const std::function<void(sqlite3_value **)> &onLog,
                               const QString &statsTable, const QString &statsColumns,
                               const std::function<void(sqlite3_value **)> &onStats, QString *error)
{
    const QString condition = logCondition.isEmpty() ? QString() : logCondition + u" AND ";
    StatsPlan plan;
    plan.firstSlot = (query.fromMs + kSlotMs - 1) / kSlotMs;
    plan.endSlot = query.toMs / kSlotMs;
    plan.useStats = query.filter.trimmed().isEmpty() && query.fromMs >= 0
        && plan.firstSlot < plan.endSlot && !m_bulk && m_schemaVersion >= 8;
    if (!plan.useStats) {
        QVariantList params;
        const auto where = rangeWhere(query, params, error);
        return where
            && scanRows(logColumns, u"logs WHERE " + condition + *where, params, onLog, error);
    }
    // Dirty minutes are made again first when no one else writes; whatever is left dirty is
    // read from the logs. One read transaction for the rest: the sums and the logs read
    // beside them are of the same moment.
    refreshStats(plan.firstSlot, plan.endSlot, false, nullptr);
    const bool own = sqlite3_get_autocommit(m_db) != 0;
    if (own && !exec("BEGIN", error))
        return false;
    auto finish = [&](bool ok) {
        if (own)
            exec(ok ? "COMMIT" : "ROLLBACK", nullptr);
        return ok;
    };
    if (!forEachRow(
            u"SELECT slot FROM stats_dirty WHERE slot >= ?1 AND slot < ?2"_qs,
            {plan.firstSlot, plan.endSlot},
            [&](sqlite3_stmt *st) { plan.skip.push_back(sqlite3_column_int64(st, 0)); }, error))
        return finish(false);
    if (perBucket) {
        for (int b = 1; b < query.bucketCount(); ++b) {
            const qint64 boundary = query.bucketStart(b);
            const qint64 slot = boundary / kSlotMs;
            if (boundary % kSlotMs != 0 && slot >= plan.firstSlot && slot < plan.endSlot)
                plan.skip.push_back(slot);
        }
    }
    std::sort(plan.skip.begin(), plan.skip.end());
    plan.skip.erase(std::unique(plan.skip.begin(), plan.skip.end()), plan.skip.end());
    auto fromLogs = [&](qint64 from, qint64 to) {
        if (from >= to)
            return;
        if (!plan.fromLogs.empty() && plan.fromLogs.back().second == from)
            plan.fromLogs.back().second = to;
        else
            plan.fromLogs.emplace_back(from, to);
    };
    fromLogs(query.fromMs, plan.firstSlot * kSlotMs);
    for (const qint64 slot : plan.skip)
        fromLogs(slot * kSlotMs, (slot + 1) * kSlotMs);
    fromLogs(plan.endSlot * kSlotMs, query.toMs);

    const bool read = scanRows(
        u"slot, " + statsColumns, statsTable + u" WHERE slot >= ?1 AND slot < ?2",
        {plan.firstSlot, plan.endSlot},
        [&](sqlite3_value **values) {
            if (!plan.skips(sqlite3_value_int64(values[0])))
                onStats(values);
        },
        error);
    if (!read)
        return finish(false);
    for (const auto &[from, to] : plan.fromLogs) {
        if (!scanRows(logColumns,
                      u"logs WHERE " + condition + u"created_at >= ?1 AND created_at < ?2",
                      {from, to}, onLog, error))
            return finish(false);
    }
    return finish(true);
}
