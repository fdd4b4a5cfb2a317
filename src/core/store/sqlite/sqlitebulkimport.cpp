// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteLogStore's bulk import (deferred indexes, the full-text writer beside it) and the
// full-text index's catch-up from the payloads after a crash or a bulk import.
#include "sqlitelogstore.h"

#include "ftsfeeder.h"
#include "payloadcodec.h"
#include "phasetimer.h"
#include "sqliteidhashes.h"
#include "sqlitesupport.h"
#include "statementreset.h"

#include <QElapsedTimer>

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <limits>
#include <thread>

using namespace SqliteSupport;

// --- full-text catch-up and bulk import ---------------------------------------------------------

qint64 SqliteLogStore::pendingFullTextRows()
{
    sqlite3_stmt *st = statement(u"SELECT count(*) FROM logs WHERE row_id > "
                                 "(SELECT value FROM fts.fts_meta WHERE key = 'upto')"_qs,
                                 nullptr);
    if (!st)
        return 0;
    StatementReset reset(st);
    return sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
}

bool SqliteLogStore::fullTextCaughtUp(bool *deferredIndexes, QString *error)
{
    sqlite3_stmt *st
        = statement(u"SELECT EXISTS (SELECT 1 FROM meta WHERE key IN ('deferred_id_index', "
                    "'deferred_indexes')), "
                    "(SELECT value FROM fts.fts_meta WHERE key = 'upto') IS "
                    "(SELECT ifnull(max(row_id), 0) FROM logs)"_qs,
                    error);
    if (!st)
        return false;
    StatementReset reset(st);
    if (sqlite3_step(st) != SQLITE_ROW)
        return false;
    *deferredIndexes = sqlite3_column_int(st, 0) != 0;
    return sqlite3_column_int(st, 1) != 0;
}

bool SqliteLogStore::rebuildDeferredIndexes(const char *begin, QString *error)
{
    // One index per transaction: each commit lets the WAL be checkpointed and used again, so
    // it never holds more than one index (all of them at once took the WAL, and the disk, to
    // 1.4x the store at 1,000,000 logs).
    for (;;) {
        // The first statement writes: with a deferred BEGIN only `main` is locked (a bulk
        // import's full-text writer holds the .fts file meanwhile).
        if (!exec(begin, error))
            return false;
        sqlite3_stmt *take = statement(u"DELETE FROM main.meta WHERE key IN "
                                       "('deferred_id_index', 'deferred_indexes') "
                                       "RETURNING key, value"_qs,
                                       error);
        if (!take) {
            exec("ROLLBACK", nullptr);
            return false;
        }
        QList<std::pair<QByteArray, QByteArray>> deferred;
        {
            StatementReset reset(take);
            int rc;
            while ((rc = sqlite3_step(take)) == SQLITE_ROW)
                deferred.append({columnBytes(take, 0), columnBytes(take, 1)});
            if (rc != SQLITE_DONE) {
                if (error)
                    *error = lastError();
                exec("ROLLBACK", nullptr);
                return false;
            }
        }
        // The id's index first (it is what other writers wait for), then the others in order.
        std::sort(deferred.begin(), deferred.end());
        QByteArray next;
        for (auto &[key, sql] : deferred) {
            sql = sql.trimmed();
            while (sql.startsWith(';'))
                sql = sql.mid(1).trimmed();
            if (next.isEmpty() && !sql.isEmpty()) {
                const qsizetype end = sql.indexOf(';');
                next = end < 0 ? sql : sql.left(end);
                sql = end < 0 ? QByteArray() : sql.mid(end + 1);
            }
        }
        sqlite3_stmt *keep
            = statement(u"INSERT INTO main.meta (key, value) VALUES (?1, ?2)"_qs, error);
        bool ok = keep != nullptr;
        for (const auto &[key, sql] : std::as_const(deferred)) {
            if (!ok || sql.trimmed().isEmpty())
                continue;
            StatementReset reset(keep);
            sqlite3_bind_text(keep, 1, key.constData(), int(key.size()), SQLITE_STATIC);
            sqlite3_bind_text(keep, 2, sql.constData(), int(sql.size()), SQLITE_STATIC);
            ok = sqlite3_step(keep) == SQLITE_DONE;
            if (!ok && error)
                *error = lastError();
        }
        if (!ok || (!next.isEmpty() && !exec(next.constData(), error))) {
            exec("ROLLBACK", nullptr);
            return false;
        }
        if (!exec("COMMIT", error))
            return false;
        if (next.isEmpty())
            return true;
    }
}

bool SqliteLogStore::beginOnBothFiles(QString *error)
{
    QElapsedTimer waited;
    waited.start();
    qint64 noticed = 0;
    for (;;) {
        m_noWait = true; // the busy handler gives up at once: nothing is held while we sleep
        QString why;
        const bool ok = exec("BEGIN IMMEDIATE", &why);
        m_noWait = false;
        if (ok)
            return true;
        const int primary = sqlite3_extended_errcode(m_db) & 0xff;
        if (!sqlite3_get_autocommit(m_db)) // the one file's lock taken before the other's refusal
            exec("ROLLBACK", nullptr);
        if ((primary != SQLITE_BUSY && primary != SQLITE_LOCKED)
            || waited.elapsed() >= kImportLockWaitMs) {
            if (error)
                *error = why;
            return false;
        }
        if (waited.elapsed() >= 2000 && waited.elapsed() - noticed >= 5000 && s_lockWaitNotifier) {
            noticed = waited.elapsed();
            s_lockWaitNotifier(noticed);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

bool SqliteLogStore::catchUpFullText(QString *error, bool wait)
{
    // Most opens find nothing to do; they take no write lock.
    bool deferred = false;
    if (fullTextCaughtUp(&deferred, nullptr) && !deferred)
        return true;
    if (!wait) {
        // Repair only if no other connection writes (a bulk import in progress, most likely):
        // onBusy() gives up at once while m_noWait is set.
        m_noWait = true;
        QString why;
        const bool ok = catchUpFullText(&why, true);
        m_noWait = false;
        const bool busy = !ok && (sqlite3_extended_errcode(m_db) & 0xff) == SQLITE_BUSY;
        if (!ok && !busy && error)
            *error = why;
        return ok || busy;
    }
    // Secondary indexes a bulk import into an empty store dropped (their SQL is kept in meta),
    // committed on their own: every sort and filter is indexed while the full-text index is
    // still being built (a crash in between repairs only the latter).
    if (deferred && !rebuildDeferredIndexes("BEGIN IMMEDIATE", error))
        return false;
    if (!(m_noWait ? exec("BEGIN IMMEDIATE", error) : beginOnBothFiles(error)))
        return false;
    auto fail = [&](const QString &why) {
        exec("ROLLBACK", nullptr);
        if (error && !why.isEmpty())
            *error = why;
        return false;
    };
    sqlite3_stmt *marks = statement(u"SELECT (SELECT value FROM fts.fts_meta WHERE key = 'upto'), "
                                    "(SELECT ifnull(max(row_id), 0) FROM logs)"_qs,
                                    error);
    if (!marks)
        return fail({});
    qint64 upto = 0, last = 0;
    {
        StatementReset reset(marks);
        if (sqlite3_step(marks) != SQLITE_ROW)
            return fail(lastError());
        upto = sqlite3_column_int64(marks, 0);
        last = sqlite3_column_int64(marks, 1);
    }
    if (upto == last)
        return exec("COMMIT", error);
    if (upto > last) {
        // Entries of rows that were never committed (the index committed before the logs):
        // a contentless index cannot delete them one by one, so it starts over.
        if (!exec("INSERT INTO fts.logs_fts (logs_fts) VALUES ('delete-all')", error))
            return fail({});
        upto = 0;
    }
    // Contentless: the text is extracted again from the payloads.
    sqlite3_stmt *rows
        = statement(u"SELECT l.row_id, p.data FROM logs l JOIN payloads p ON p.row_id = l.row_id "
                    "WHERE l.row_id > ?1 ORDER BY l.row_id"_qs,
                    error);
    sqlite3_stmt *block
        = statement(u"SELECT data FROM payloads WHERE row_id = ?1 -- text"_qs, error);
    sqlite3_stmt *ins
        = statement(u"INSERT INTO fts.logs_fts (rowid, body) VALUES (?1, ?2)"_qs, error);
    sqlite3_stmt *mark
        = statement(u"UPDATE fts.fts_meta SET value = ?1 WHERE key = 'upto'"_qs, error);
    if (!rows || !block || !ins || !mark)
        return fail({});
    {
        StatementReset reset(rows);
        sqlite3_bind_int64(rows, 1, upto);
        m_codec->forgetBlock(); // rows may have changed since the last read
        QByteArray text;
        QString why;
        while (sqlite3_step(rows) == SQLITE_ROW) {
            text.clear();
            if (!payloadText(block, *m_codec, sqlite3_column_int64(rows, 0),
                             static_cast<const char *>(sqlite3_column_blob(rows, 1)),
                             sqlite3_column_bytes(rows, 1), text, &why))
                continue; // a damaged payload: nothing to index
            if (text.isEmpty())
                continue;
            sqlite3_bind_int64(ins, 1, sqlite3_column_int64(rows, 0));
            sqlite3_bind_text(ins, 2, text.constData(), int(text.size()), SQLITE_STATIC);
            const int rc = sqlite3_step(ins);
            sqlite3_reset(ins);
            if (rc != SQLITE_DONE)
                return fail(lastError());
        }
    }
    {
        StatementReset reset(mark);
        sqlite3_bind_int64(mark, 1, last);
        if (sqlite3_step(mark) != SQLITE_DONE)
            return fail(lastError());
    }
    return exec("COMMIT", error);
}

bool SqliteLogStore::beginBulkImport(QString *error)
{
    if (m_bulk)
        return true;
    // The full-text index starts complete: the feeder then only appends.
    if (!catchUpFullText(error))
        return false;
    // A bulk import checkpoints the WAL every kBulkCheckpointPages instead of after every batch
    // (each checkpoint copies the pages into the database file and syncs it): the WAL file
    // stays that small instead of growing to the size of the store.
    if (!exec(QByteArray("PRAGMA wal_autocheckpoint = " + QByteArray::number(kBulkCheckpointPages))
                  .constData(),
              error))
        return false;
    // Into an empty store, building the secondary indexes once at the end (a sort) is much
    // cheaper than updating them row by row. The list order (logs_time) and the id (dedupe)
    // stay. So does logs_stats: it starts with created_at too, so a file in time order appends
    // to it as to logs_time, and it was the biggest of the sorts at the end, which runs on one
    // core (1,000,000 logs, alternating runs: the end's indexes 12.0-12.9 -> 8.8-11.4 s of
    // wall, the import 42.4-49.1 -> 40.3-46.7 s). The SQL to rebuild them is committed with the
    // drop, so a crash is repaired on open.
    if (!exec("BEGIN IMMEDIATE", error))
        return false;
    sqlite3_stmt *empty = statement(u"SELECT NOT EXISTS (SELECT 1 FROM logs)"_qs, error);
    bool isEmpty = false;
    if (empty) {
        StatementReset reset(empty);
        isEmpty = sqlite3_step(empty) == SQLITE_ROW && sqlite3_column_int(empty, 0) != 0;
    }
    if (isEmpty) {
        // The id's unique index too (kept apart: a connection that writes beside the import
        // builds it first); meanwhile this connection tells duplicates by m_idHashes.
        sqlite3_stmt *list = statement(
            u"SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'logs' "
            "AND sql IS NOT NULL AND name NOT IN ('logs_time', 'logs_stats')"_qs,
            error);
        QStringList names;
        QByteArray create, createId;
        if (list) {
            StatementReset reset(list);
            while (sqlite3_step(list) == SQLITE_ROW) {
                names.append(columnText(list, 0));
                (names.last() == u"logs_id" ? createId : create) += columnBytes(list, 1) + ';';
            }
        }
        if (!names.isEmpty()) {
            QByteArray drop;
            for (const QString &name : std::as_const(names))
                drop += "DROP INDEX " + name.toUtf8() + ';';
            sqlite3_stmt *keep
                = statement(u"INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)"_qs, error);
            bool ok = keep != nullptr;
            for (const auto &[key, sql] : {std::pair {"deferred_indexes", &create},
                                           std::pair {"deferred_id_index", &createId}}) {
                if (!ok || sql->isEmpty())
                    continue;
                StatementReset reset(keep);
                sqlite3_bind_text(keep, 1, key, -1, SQLITE_STATIC);
                sqlite3_bind_text(keep, 2, sql->constData(), int(sql->size()), SQLITE_TRANSIENT);
                ok = sqlite3_step(keep) == SQLITE_DONE;
            }
            if (ok && !createId.isEmpty())
                m_idHashes = std::make_unique<SqliteIdHashes>(
                    s_idHashLimit ? s_idHashLimit : SqliteIdHashes::kMaxEntries);
            if (!ok || !exec(drop.constData(), error)) {
                exec("ROLLBACK", nullptr);
                m_idHashes.reset();
                return false;
            }
        }
    }
    sqlite3_stmt *last = statement(u"SELECT ifnull(max(row_id), 0) FROM logs"_qs, error);
    qint64 lastRow = 0;
    if (last) {
        StatementReset reset(last);
        if (sqlite3_step(last) == SQLITE_ROW)
            lastRow = sqlite3_column_int64(last, 0);
    }
    if (!last || !exec("COMMIT", error)) {
        m_idHashes.reset();
        return false;
    }
    const QByteArray cache = "PRAGMA cache_size = -" + QByteArray::number(kBulkCacheKb);
    exec(cache.constData(), nullptr);
    // The full-text index is built beside the import, on its own thread and connection (an
    // in-memory store has no file to share: its index is built by finishBulkImport()).
    const QString ftsPath = fullTextPath(m_location);
    if (ftsPath != u":memory:")
        m_feeder = std::make_unique<FtsFeeder>(ftsPath, lastRow);
    m_bulk = true;
    return true;
}

bool SqliteLogStore::finishBulkImport(QString *error)
{
    const bool wasBulk = m_bulk;
    m_bulk = false;
    m_idHashes.reset();
    // The deferred indexes are built while the feeder indexes its last batches on the other
    // core; then whatever the feeder did not commit is indexed from the payloads.
    // Their sorts spill to temporary files beyond the page cache instead of growing in memory
    // (277 MB at 1,000,000 logs), and use a second thread. Each sorting thread fills up to the
    // page cache's size before it spills: the reader's 8 MB, not the import's 16, took the
    // sorts at 1,000,000 logs from 68 to 36 MiB, in the same time.
    bool indexed = true;
    if (wasBulk) {
        PhaseTimer phase("end: deferred indexes (writer thread)");
        const QByteArray cache = "PRAGMA cache_size = -" + QByteArray::number(kReaderCacheKb);
        exec(cache.constData(), nullptr);
        exec("PRAGMA temp_store = FILE; PRAGMA threads = 2", nullptr);
        indexed = rebuildDeferredIndexes("BEGIN", error);
        exec("PRAGMA temp_store = MEMORY; PRAGMA threads = 0", nullptr);
    }
    if (wasBulk && indexed) {
        // The charts' sums of the minutes imported, while the feeder may still be busy on the
        // other core (they read the logs_stats index just built).
        PhaseTimer phase("end: chart sums (writer thread)");
        indexed = refreshStats(0, std::numeric_limits<qint64>::max(), true, error);
    }
    if (m_feeder) {
        PhaseTimer phase("end: waiting for the full-text writer");
        m_feeder->stop(true);
        m_feeder.reset();
    }
    {
        PhaseTimer phase("end: full-text catch-up");
        if (!indexed || !catchUpFullText(error))
            return false;
    }
    if (wasBulk) {
        PhaseTimer phase("end: checkpoint");
        exec("PRAGMA wal_autocheckpoint = 1000", nullptr);
        exec("PRAGMA wal_checkpoint(PASSIVE)", nullptr);
    }
    return true;
}
