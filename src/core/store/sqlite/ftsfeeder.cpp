// SPDX-License-Identifier: GPL-3.0-or-later
#include "ftsfeeder.h"

#include "phasetimer.h"
#include "sqlitesupport.h"

#include <sqlite3.h>

using namespace SqliteSupport;

FtsFeeder::FtsFeeder(const QString &path, qint64 upto)
    : m_path(path)
    , m_queuedUpto(upto)
{
    m_thread = std::thread([this] { run(); });
}

FtsFeeder::~FtsFeeder()
{
    stop(false);
}

void FtsFeeder::push(Batch &&batch)
{
    std::unique_lock lock(m_mutex);
    if (m_stopped || batch.first != m_queuedUpto + 1) {
        m_stopped = true;
        m_wake.notify_all();
        return;
    }
    m_space.wait(lock, [&] { return m_queue.size() < kMaxQueued || m_stopped; });
    if (m_stopped)
        return;
    m_queuedUpto = batch.last;
    m_queue.push_back(std::move(batch));
    m_wake.notify_all();
}

void FtsFeeder::stop(bool commit)
{
    {
        std::lock_guard lock(m_mutex);
        m_done = true;
        m_commit = commit;
        m_wake.notify_all();
        m_space.notify_all();
    }
    if (m_thread.joinable())
        m_thread.join();
}

void FtsFeeder::run()
{
    // Its CPU time, less the waits (GATESCOPE_IMPORT_PHASES).
    PhaseTimer phase("full-text index (full-text writer thread, CPU)");
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open_v2(m_path.toUtf8().constData(), &db,
                              SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr)
        == SQLITE_OK;
    sqlite3_stmt *ins = nullptr, *mark = nullptr, *mine = nullptr;
    if (ok) {
        sqlite3_busy_timeout(db, 10000);
        ok = sqlite3_exec(db,
                          QByteArray("PRAGMA synchronous = NORMAL; PRAGMA cache_size = -4096; "
                                     "PRAGMA wal_autocheckpoint = "
                                     + QByteArray::number(kBulkCheckpointPages))
                              .constData(),
                          nullptr, nullptr, nullptr)
                == SQLITE_OK
            && sqlite3_prepare_v2(db, "INSERT INTO logs_fts (rowid, body) VALUES (?1, ?2)", -1,
                                  &ins, nullptr)
                == SQLITE_OK
            && sqlite3_prepare_v2(db,
                                  "UPDATE fts_meta SET value = max(value, ?1) "
                                  "WHERE key = 'upto'",
                                  -1, &mark, nullptr)
                == SQLITE_OK
            && sqlite3_prepare_v2(db, "SELECT value FROM fts_meta WHERE key = 'upto'", -1, &mine,
                                  nullptr)
                == SQLITE_OK;
    }
    qint64 fileUpto = 0; // rows up to here another connection indexed already
    bool inTransaction = false;
    int uncommitted = 0;
    qint64 upto = 0;
    auto commit = [&] {
        if (!inTransaction)
            return;
        sqlite3_bind_int64(mark, 1, upto);
        ok = sqlite3_step(mark) == SQLITE_DONE;
        sqlite3_reset(mark);
        ok = ok && sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
        if (!ok)
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        inTransaction = false;
        uncommitted = 0;
    };
    for (;;) {
        Batch batch;
        {
            std::unique_lock lock(m_mutex);
            if (!ok) { // drop the rest: catchUpFullText() indexes it
                m_stopped = true;
                m_queue.clear();
                m_space.notify_all();
            }
            m_wake.wait(lock, [&] { return !m_queue.empty() || m_done; });
            if (m_queue.empty()) {
                m_stopped = true;
                const bool commitNow = m_commit && ok;
                lock.unlock();
                if (commitNow)
                    commit();
                break;
            }
            batch = std::move(m_queue.front());
            m_queue.pop_front();
            m_space.notify_all();
        }
        if (!inTransaction) {
            ok = sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK;
            inTransaction = ok;
            if (ok) {
                fileUpto = sqlite3_step(mine) == SQLITE_ROW ? sqlite3_column_int64(mine, 0) : 0;
                sqlite3_reset(mine);
            }
        }
        for (qsizetype i = 0; ok && i < batch.rows.size(); ++i) {
            if (batch.rows.at(i) <= fileUpto)
                continue; // indexed by another connection's repair meanwhile
            const QByteArray &text = batch.texts.at(i);
            sqlite3_bind_int64(ins, 1, batch.rows.at(i));
            sqlite3_bind_text(ins, 2, text.constData(), int(text.size()), SQLITE_STATIC);
            ok = sqlite3_step(ins) == SQLITE_DONE;
            sqlite3_reset(ins);
        }
        if (!ok) {
            if (inTransaction)
                sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            inTransaction = false;
            continue;
        }
        upto = batch.last;
        if (++uncommitted >= kCommitEvery)
            commit();
    }
    if (inTransaction)
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    else if (ok && db)
        sqlite3_exec(db, "PRAGMA wal_checkpoint(PASSIVE)", nullptr, nullptr, nullptr);
    sqlite3_finalize(ins);
    sqlite3_finalize(mark);
    sqlite3_finalize(mine);
    sqlite3_close_v2(db);
}
