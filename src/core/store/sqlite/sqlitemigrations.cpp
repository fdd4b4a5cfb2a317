// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitemigrations.h"

#include "sqlitelogstore.h"

#include <iterator>

namespace {

// Forward migrations: step i takes user_version i to i + 1. Never edit a released step; add one.
const char *const kMigrations[] = {
    // 0 -> 1
    R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value) WITHOUT ROWID;
INSERT INTO meta (key, value) VALUES ('fts_upto', 0);

CREATE TABLE logs (
    row_id INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    trace_id TEXT COLLATE NOCASE,
    span_id TEXT COLLATE NOCASE,
    parent_span_id TEXT,
    span_name TEXT,
    method TEXT,
    endpoint TEXT COLLATE NOCASE,
    request_type TEXT COLLATE NOCASE,
    provider TEXT COLLATE NOCASE,
    model TEXT COLLATE NOCASE,
    status_code INTEGER,
    latency_ms INTEGER,
    ttft_ms INTEGER,
    prompt_tokens INTEGER,
    completion_tokens INTEGER,
    total_tokens INTEGER,
    reasoning_tokens INTEGER,
    cost_cents REAL,
    currency TEXT,
    cost_estimated INTEGER NOT NULL DEFAULT 0,
    cache TEXT COLLATE NOCASE,
    retry_count INTEGER,
    strategy TEXT,
    fallback_active INTEGER,
    loadbalance_active INTEGER,
    served_target TEXT,
    config_id TEXT COLLATE NOCASE,
    prompt_id TEXT COLLATE NOCASE,
    virtual_key TEXT COLLATE NOCASE,
    meta_user TEXT COLLATE NOCASE,
    metadata TEXT,
    tracked INTEGER NOT NULL DEFAULT 1,
    stream INTEGER,
    input_images INTEGER NOT NULL DEFAULT 0,
    output_images INTEGER NOT NULL DEFAULT 0,
    images TEXT,
    feedback_count INTEGER NOT NULL DEFAULT 0,
    feedback_avg REAL,
    source TEXT COLLATE NOCASE,
    replay_of TEXT,
    attempts TEXT
);
-- The list order, and one (column, created_at) index per sortable column: each serves both the
-- sort and the equality/range filter on that column, and covers rowIds() (row_id is implicit).
CREATE INDEX logs_time ON logs (created_at);
CREATE INDEX logs_model ON logs (model, created_at);
CREATE INDEX logs_tokens ON logs (total_tokens, created_at);
CREATE INDEX logs_cost ON logs (cost_cents, created_at);
CREATE INDEX logs_latency ON logs (latency_ms, created_at);
CREATE INDEX logs_status ON logs (status_code, created_at);
CREATE INDEX logs_type ON logs (request_type, created_at);
CREATE INDEX logs_feedback ON logs (feedback_avg, created_at) WHERE feedback_avg IS NOT NULL;
-- Selective filters. Partial indexes: most rows have no trace/config/prompt/user, and those
-- rows then cost nothing to write. provider and cache have few values: an index only helps
-- the rare ones (cache:hit), so cache gets one and provider does not.
CREATE INDEX logs_provider ON logs (provider, created_at);
CREATE INDEX logs_cache ON logs (cache, created_at);
CREATE INDEX logs_trace ON logs (trace_id) WHERE trace_id IS NOT NULL;
CREATE INDEX logs_config ON logs (config_id) WHERE config_id IS NOT NULL;
CREATE INDEX logs_prompt ON logs (prompt_id) WHERE prompt_id IS NOT NULL;
CREATE INDEX logs_user ON logs (meta_user) WHERE meta_user IS NOT NULL;

-- One zstd frame per log: request, response, raw source record, raw format (PayloadCodec).
CREATE TABLE payloads (row_id INTEGER PRIMARY KEY, data BLOB NOT NULL);

-- The human text of the bodies (BodyText), the external content of the full-text index.
CREATE TABLE log_text (row_id INTEGER PRIMARY KEY, body TEXT NOT NULL);
CREATE VIRTUAL TABLE logs_fts USING fts5 (
    body, content = 'log_text', content_rowid = 'row_id',
    tokenize = 'unicode61 remove_diacritics 2', columnsize = 0);

CREATE TABLE feedback (
    fb_row INTEGER PRIMARY KEY,
    id TEXT UNIQUE,
    log_row_id INTEGER NOT NULL,
    log_id TEXT NOT NULL,
    trace_id TEXT,
    value REAL NOT NULL,
    weight REAL NOT NULL,
    metadata TEXT,
    created_at INTEGER,
    synced INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX feedback_log ON feedback (log_row_id);
CREATE INDEX feedback_trace ON feedback (trace_id) WHERE trace_id IS NOT NULL;
)sql",
    // 1 -> 2: the full-text index buffers 16 MB of terms in memory before it writes a segment
    // (FTS5's default is 1 MB): a bulk build writes and merges far fewer segments. 0.80 ->
    // 0.64 s to index 100,000 records; the memory is only taken while a transaction indexes.
    R"sql(
INSERT INTO logs_fts (logs_fts, rank) VALUES ('hashsize', 16777216);
)sql",
    // 2 -> 3: the full-text index moves to its own file (attached as `fts`), contentless: the
    // text is no longer kept (log_text was 117 of 249 MB for 100,000 logs); a crash-lagged index
    // is repaired from the payloads. `store_uid` ties the two files together. Runs across both
    // files: SQLite commits main first, so a crash in between leaves an index that lags (repaired
    // on open) or a schema-2 main that migrates again.
    R"sql(
DROP TABLE IF EXISTS fts.logs_fts;
DROP TABLE IF EXISTS fts.fts_meta;
CREATE TABLE fts.fts_meta (key TEXT PRIMARY KEY, value) WITHOUT ROWID;
CREATE VIRTUAL TABLE fts.logs_fts USING fts5 (
    body, content = '', tokenize = 'unicode61 remove_diacritics 2', columnsize = 0);
INSERT INTO fts.logs_fts (logs_fts, rank) VALUES ('hashsize', 16777216);
INSERT INTO fts.logs_fts (rowid, body) SELECT row_id, body FROM main.log_text ORDER BY row_id;
INSERT OR IGNORE INTO main.meta (key, value) VALUES ('store_uid', lower(hex(randomblob(16))));
INSERT INTO fts.fts_meta (key, value) VALUES
    ('store_uid', (SELECT value FROM main.meta WHERE key = 'store_uid')),
    ('upto', (SELECT ifnull(max(row_id), 0) FROM main.logs));
DROP TABLE main.logs_fts;
DROP TABLE main.log_text;
DELETE FROM main.meta WHERE key = 'fts_upto';
)sql",
    // 3 -> 4: the id's uniqueness moves from a column constraint (an index that cannot be
    // dropped) to the index logs_id, so that a bulk import into an empty store can build it at
    // the end like the other indexes: its random keys made every commit rewrite hundreds of
    // index pages (a 12.9 GB WAL for a 1.64 GB store of 1,000,000 logs). The table is copied,
    // so every index is built again here, and nothing stays deferred.
    R"sql(
CREATE TABLE logs_v4 (
    row_id INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    trace_id TEXT COLLATE NOCASE,
    span_id TEXT COLLATE NOCASE,
    parent_span_id TEXT,
    span_name TEXT,
    method TEXT,
    endpoint TEXT COLLATE NOCASE,
    request_type TEXT COLLATE NOCASE,
    provider TEXT COLLATE NOCASE,
    model TEXT COLLATE NOCASE,
    status_code INTEGER,
    latency_ms INTEGER,
    ttft_ms INTEGER,
    prompt_tokens INTEGER,
    completion_tokens INTEGER,
    total_tokens INTEGER,
    reasoning_tokens INTEGER,
    cost_cents REAL,
    currency TEXT,
    cost_estimated INTEGER NOT NULL DEFAULT 0,
    cache TEXT COLLATE NOCASE,
    retry_count INTEGER,
    strategy TEXT,
    fallback_active INTEGER,
    loadbalance_active INTEGER,
    served_target TEXT,
    config_id TEXT COLLATE NOCASE,
    prompt_id TEXT COLLATE NOCASE,
    virtual_key TEXT COLLATE NOCASE,
    meta_user TEXT COLLATE NOCASE,
    metadata TEXT,
    tracked INTEGER NOT NULL DEFAULT 1,
    stream INTEGER,
    input_images INTEGER NOT NULL DEFAULT 0,
    output_images INTEGER NOT NULL DEFAULT 0,
    images TEXT,
    feedback_count INTEGER NOT NULL DEFAULT 0,
    feedback_avg REAL,
    source TEXT COLLATE NOCASE,
    replay_of TEXT,
    attempts TEXT
);
INSERT INTO logs_v4 SELECT * FROM logs ORDER BY row_id;
DROP TABLE logs;
ALTER TABLE logs_v4 RENAME TO logs;
DELETE FROM meta WHERE key IN ('deferred_indexes', 'deferred_id_index');
CREATE UNIQUE INDEX logs_id ON logs (id);
CREATE INDEX logs_time ON logs (created_at);
CREATE INDEX logs_model ON logs (model, created_at);
CREATE INDEX logs_tokens ON logs (total_tokens, created_at);
CREATE INDEX logs_cost ON logs (cost_cents, created_at);
CREATE INDEX logs_latency ON logs (latency_ms, created_at);
CREATE INDEX logs_status ON logs (status_code, created_at);
CREATE INDEX logs_type ON logs (request_type, created_at);
CREATE INDEX logs_feedback ON logs (feedback_avg, created_at) WHERE feedback_avg IS NOT NULL;
CREATE INDEX logs_provider ON logs (provider, created_at);
CREATE INDEX logs_cache ON logs (cache, created_at);
CREATE INDEX logs_trace ON logs (trace_id) WHERE trace_id IS NOT NULL;
CREATE INDEX logs_config ON logs (config_id) WHERE config_id IS NOT NULL;
CREATE INDEX logs_prompt ON logs (prompt_id) WHERE prompt_id IS NOT NULL;
CREATE INDEX logs_user ON logs (meta_user) WHERE meta_user IS NOT NULL;
)sql",
    // 4 -> 5: the analytics charts read every log of their range; this index holds the columns
    // they add up, so they read it alone in time order (about 75 bytes a log) instead of the
    // table's rows (about 1 KB).
    R"sql(
CREATE INDEX logs_stats ON logs (created_at, status_code, cost_cents, total_tokens, latency_ms,
    retry_count, fallback_active, cache, model, meta_user);
)sql",
    // 5 -> 6: cached input tokens (read from and written to the provider's prompt cache) are
    // billed apart from the other input tokens; forgotten_at marks a log whose content was removed
    // on request (its statistics kept); review_claims holds who is reviewing which log until when
    // (review mode). Adding nullable columns rewrites nothing.
    R"sql(
ALTER TABLE logs ADD COLUMN cache_read_tokens INTEGER;
ALTER TABLE logs ADD COLUMN cache_write_tokens INTEGER;
ALTER TABLE logs ADD COLUMN forgotten_at INTEGER;
CREATE TABLE review_claims (
    log_row_id INTEGER PRIMARY KEY,
    reviewer TEXT NOT NULL,
    expires_at INTEGER NOT NULL
);
)sql",
    // 6 -> 7: the full-text index merges 16 segments of a level at a time instead of 4: a bulk
    // import of 1,000,000 logs rewrites its terms fewer times (20.4 -> 15.6 s of the full-text
    // writer's CPU), and a search visits a few more segments (4 -> 6 ms for the first page).
    R"sql(
INSERT INTO fts.logs_fts (logs_fts, rank) VALUES ('automerge', 16);
)sql",
    // 7 -> 8: the charts' sums per minute of created_at (sqlitestats.cpp), so that an unfiltered
    // chart reads a row a minute instead of every log (a month-wide chart of 1,000,000 logs read
    // them all: 180-370 ms of CPU). Triggers mark the minutes whose logs change (insert,
    // delete, an update of a column the charts read) in stats_dirty, committed with the change;
    // a dirty minute is read from the logs until its sums are made again. Every minute that
    // has logs starts dirty.
    R"sql(
CREATE TABLE stats_dirty (slot INTEGER PRIMARY KEY);
CREATE TABLE stats_series (
    slot INTEGER PRIMARY KEY,
    requests INTEGER NOT NULL,
    with_status INTEGER NOT NULL,
    errors INTEGER NOT NULL,
    rescued_by_retry INTEGER NOT NULL,
    rescued_by_fallback INTEGER NOT NULL,
    tokens INTEGER NOT NULL,
    latency_count INTEGER NOT NULL,
    cacheable INTEGER NOT NULL,
    simple_hits INTEGER NOT NULL,
    semantic_hits INTEGER NOT NULL,
    cost_cents REAL NOT NULL,
    latency_sum REAL NOT NULL
);
CREATE TABLE stats_users (
    slot INTEGER NOT NULL,
    user TEXT NOT NULL, -- as spelled: the charts group spellings as the list's filter does
    requests INTEGER NOT NULL,
    cost_cents REAL NOT NULL,
    PRIMARY KEY (slot, user)
) WITHOUT ROWID;
CREATE TABLE stats_codes (
    slot INTEGER NOT NULL,
    status_code INTEGER NOT NULL,
    requests INTEGER NOT NULL,
    PRIMARY KEY (slot, status_code)
) WITHOUT ROWID;
CREATE TABLE stats_models (
    slot INTEGER NOT NULL,
    model TEXT NOT NULL, -- as spelled; '' for none
    cacheable INTEGER NOT NULL,
    simple_hits INTEGER NOT NULL,
    semantic_hits INTEGER NOT NULL,
    hit_latency_count INTEGER NOT NULL,
    miss_latency_count INTEGER NOT NULL,
    miss_cost_count INTEGER NOT NULL,
    hit_latency_sum REAL NOT NULL,
    miss_latency_sum REAL NOT NULL,
    miss_cost_sum REAL NOT NULL,
    PRIMARY KEY (slot, model)
) WITHOUT ROWID;
CREATE TRIGGER logs_stats_insert AFTER INSERT ON logs WHEN new.created_at >= 0 BEGIN
    INSERT OR IGNORE INTO stats_dirty (slot) VALUES (CAST(new.created_at / 60000 AS INTEGER));
END;
CREATE TRIGGER logs_stats_delete AFTER DELETE ON logs WHEN old.created_at >= 0 BEGIN
    INSERT OR IGNORE INTO stats_dirty (slot) VALUES (CAST(old.created_at / 60000 AS INTEGER));
END;
CREATE TRIGGER logs_stats_update AFTER UPDATE OF created_at, status_code, cost_cents,
    total_tokens, latency_ms, retry_count, fallback_active, cache, model, meta_user ON logs BEGIN
    INSERT OR IGNORE INTO stats_dirty (slot)
        SELECT CAST(old.created_at / 60000 AS INTEGER) WHERE old.created_at >= 0
        UNION ALL SELECT CAST(new.created_at / 60000 AS INTEGER) WHERE new.created_at >= 0;
END;
INSERT INTO stats_dirty (slot)
    SELECT DISTINCT CAST(created_at / 60000 AS INTEGER) FROM logs WHERE created_at >= 0;
)sql",
};
static_assert(std::size(kMigrations) == SqliteLogStore::kSchemaVersion);

} // namespace

namespace SqliteMigrations {

const char *step(int from)
{
    return from >= 0 && from < int(std::size(kMigrations)) ? kMigrations[from] : nullptr;
}

// The full-text file's schema, for a file that is missing or belongs to another store.
extern const char kCreateFullText[];
const char kCreateFullText[] = R"sql(
DROP TABLE IF EXISTS fts.logs_fts;
DROP TABLE IF EXISTS fts.fts_meta;
CREATE TABLE fts.fts_meta (key TEXT PRIMARY KEY, value) WITHOUT ROWID;
CREATE VIRTUAL TABLE fts.logs_fts USING fts5 (
    body, content = '', tokenize = 'unicode61 remove_diacritics 2', columnsize = 0);
INSERT INTO fts.logs_fts (logs_fts, rank) VALUES ('hashsize', 16777216);
INSERT INTO fts.logs_fts (logs_fts, rank) VALUES ('automerge', 16);
INSERT INTO fts.fts_meta (key, value) VALUES
    ('store_uid', (SELECT value FROM main.meta WHERE key = 'store_uid')), ('upto', 0);
)sql";

} // namespace SqliteMigrations
