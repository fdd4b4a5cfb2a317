// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitelogstore.h"

#include "listcolumns.h"

#include "bodytext.h"
#include "filtercompiler.h"
#include "filterparser.h"
#include "payloadcodec.h"
#include "recordenums.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QUrl>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <condition_variable>
#include <cstdio>
#include <ctime>
#include <deque>
#include <limits>
#include <mutex>
#include <thread>

namespace {

using namespace RecordEnums;

// created_at of a record whose time is unknown: sorts before every real time, and the
// filter's date comparisons exclude it.
constexpr qint64 kUnknownTime = std::numeric_limits<qint64>::min();

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
};
static_assert(std::size(kMigrations) == SqliteLogStore::kSchemaVersion);

// The full-text file's schema, for a file that is missing or belongs to another store.
const char kCreateFullText[] = R"sql(
DROP TABLE IF EXISTS fts.logs_fts;
DROP TABLE IF EXISTS fts.fts_meta;
CREATE TABLE fts.fts_meta (key TEXT PRIMARY KEY, value) WITHOUT ROWID;
CREATE VIRTUAL TABLE fts.logs_fts USING fts5 (
    body, content = '', tokenize = 'unicode61 remove_diacritics 2', columnsize = 0);
INSERT INTO fts.logs_fts (logs_fts, rank) VALUES ('hashsize', 16777216);
INSERT INTO fts.fts_meta (key, value) VALUES
    ('store_uid', (SELECT value FROM main.meta WHERE key = 'store_uid')), ('upto', 0);
)sql";

// Page cache of a connection that reads (the app opens several: list, detail, images, trace):
// 8 MB, no mmap. A bulk import raises its own connection's cache while it runs.
constexpr int kReaderCacheKb = 8192;
constexpr int kBulkCacheKb = 16384;
// A bulk import's WAL checkpoint interval, in pages (16 MB of 16 KB pages).
constexpr int kBulkCheckpointPages = 1024;

// Payload blocks of about 256 KB of plain logs (~100 Portkey export records), compressed at
// zstd's level -1: twice as fast as 16-log blocks at level 1, and smaller. A block then takes
// a few full overflow pages, where a ~10 KB blob of 16 logs took a 16 KB page of its own (40 %
// of the payload pages were empty). Reading one log decompresses its block (~0.3 ms).
constexpr qsizetype kBlockPlain = 256 * 1024;
constexpr int kPayloadLevel = -1;

// GATESCOPE_IMPORT_PHASES (see importer.cpp): the end of a bulk import and the full-text
// writer report where their time goes on stderr, "phase<TAB>name<TAB>wall s<TAB>CPU s".
double threadCpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

class PhaseTimer
{
public:
    explicit PhaseTimer(const char *name)
        : m_name(name)
        , m_on(qEnvironmentVariableIsSet("GATESCOPE_IMPORT_PHASES"))
        , m_cpu(threadCpuSeconds())
    {
        m_timer.start();
    }
    ~PhaseTimer()
    {
        if (m_on)
            std::fprintf(stderr, "phase\t%s\t%.3f\t%.3f\n", m_name,
                         double(m_timer.nsecsElapsed()) / 1e9, threadCpuSeconds() - m_cpu);
    }
    PhaseTimer(const PhaseTimer &) = delete;
    PhaseTimer &operator=(const PhaseTimer &) = delete;

private:
    const char *m_name;
    bool m_on;
    QElapsedTimer m_timer;
    double m_cpu;
};

QString fullTextPath(const QString &path)
{
    if (path.isEmpty() || path == u":memory:" || path.startsWith(u"file:"))
        return u":memory:"_qs;
    return path + u".fts";
}

constexpr int kListColumnCount = ListColumns::kCount;

const char kInsertLog[]
    = "INSERT OR IGNORE INTO logs (id, created_at, trace_id, span_id, parent_span_id, span_name, "
      "method, endpoint, request_type, provider, model, status_code, latency_ms, ttft_ms, "
      "prompt_tokens, completion_tokens, total_tokens, reasoning_tokens, cost_cents, currency, "
      "cost_estimated, cache, retry_count, strategy, fallback_active, loadbalance_active, "
      "served_target, config_id, prompt_id, virtual_key, meta_user, metadata, tracked, stream, "
      "input_images, output_images, images, feedback_count, feedback_avg, source, replay_of, "
      "attempts, cache_read_tokens, cache_write_tokens, forgotten_at) VALUES (?1, ?2, ?3, ?4, ?5, "
      "?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, "
      "?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35, ?36, ?37, ?38, ?39, ?40, ?41, ?42, "
      "?43, ?44, ?45)";

// --- binding and reading ---------------------------------------------------------------------

void bindText(sqlite3_stmt *st, int i, const QString &s)
{
    if (s.isNull()) {
        sqlite3_bind_null(st, i);
        return;
    }
    const QByteArray utf8 = s.toUtf8();
    sqlite3_bind_text(st, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void bindBytes(sqlite3_stmt *st, int i, const QByteArray &s)
{
    if (s.isNull())
        sqlite3_bind_null(st, i);
    else
        sqlite3_bind_text(st, i, s.constData(), int(s.size()), SQLITE_STATIC);
}

template<typename T> void bindOpt(sqlite3_stmt *st, int i, const std::optional<T> &v)
{
    if (!v)
        sqlite3_bind_null(st, i);
    else if constexpr (std::is_same_v<T, double>)
        sqlite3_bind_double(st, i, *v);
    else
        sqlite3_bind_int64(st, i, qint64(*v));
}

void bindVariant(sqlite3_stmt *st, int i, const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Bool:
        sqlite3_bind_int64(st, i, v.toLongLong());
        break;
    case QMetaType::Double:
        sqlite3_bind_double(st, i, v.toDouble());
        break;
    case QMetaType::QString:
        bindText(st, i, v.toString());
        break;
    default:
        if (v.isNull())
            sqlite3_bind_null(st, i);
        else
            bindText(st, i, v.toString());
        break;
    }
}

bool bindAll(sqlite3_stmt *st, const QVariantList &params)
{
    for (int i = 0; i < params.size(); ++i)
        bindVariant(st, i + 1, params.at(i));
    return true;
}

QString columnText(sqlite3_stmt *st, int i)
{
    if (sqlite3_column_type(st, i) == SQLITE_NULL)
        return {};
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(st, i));
    const int n = sqlite3_column_bytes(st, i);
    if (n == 0)
        return QString(u""_qs);
    return QString::fromUtf8(p, n);
}

QByteArray columnBytes(sqlite3_stmt *st, int i)
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(st, i));
    return QByteArray(p, sqlite3_column_bytes(st, i));
}

template<typename T> std::optional<T> columnOpt(sqlite3_stmt *st, int i)
{
    if (sqlite3_column_type(st, i) == SQLITE_NULL)
        return std::nullopt;
    if constexpr (std::is_same_v<T, double>)
        return sqlite3_column_double(st, i);
    else if constexpr (std::is_same_v<T, bool>)
        return sqlite3_column_int64(st, i) != 0;
    else
        return T(sqlite3_column_int64(st, i));
}

QVariant columnVariant(sqlite3_stmt *st, int i)
{
    switch (sqlite3_column_type(st, i)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(st, i)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(st, i));
    case SQLITE_NULL:
        return QVariant();
    default:
        return QVariant(columnText(st, i));
    }
}

QDateTime fromMs(qint64 ms)
{
    if (ms == kUnknownTime)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

qint64 toMs(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : kUnknownTime;
}

// --- small JSON, written by hand on the import path (QJsonDocument costs microseconds) --------

// What insert() computes for a record before it takes the write lock; done on several threads.
struct PreparedRecord
{
    QByteArray payload; // empty: no bodies, no raw record (or in a block another record holds)
    int block = -1; // in a payload block: the batch index of the record whose payload holds it
    int blockEntry = 0; // the entry in that block
    QByteArray text; // full-text body; empty: nothing to index
    QByteArray metadata, images, attempts;
    // The UTF-8 of the text columns (kTextParams), converted here rather than on the thread that
    // writes, and bound from here without a copy. Null: SQL NULL.
    std::array<QByteArray, 20> utf8;
};

// The parameters of kInsertLog that PreparedRecord::utf8 holds, in its order.
constexpr std::array<int, 20> kTextParams
    = {1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 20, 22, 24, 27, 28, 29, 30, 31, 40, 41};

QByteArray utf8Of(const QString &s)
{
    if (s.isNull())
        return {};
    QByteArray out = s.toUtf8();
    return out.isNull() ? QByteArray("", 0) : out;
}

void prepareColumns(const LogRecord &r, PreparedRecord &p)
{
    p.utf8 = {utf8Of(r.id),
              utf8Of(r.traceId),
              utf8Of(r.spanId),
              utf8Of(r.parentSpanId),
              utf8Of(r.spanName),
              utf8Of(r.method),
              utf8Of(r.endpoint),
              utf8Of(requestTypeName(r.requestType)),
              utf8Of(r.provider),
              utf8Of(r.model),
              utf8Of(r.currency),
              utf8Of(cacheStateName(r.cache)),
              utf8Of(strategyName(r.strategy)),
              utf8Of(r.servedTarget),
              utf8Of(r.configId),
              utf8Of(r.promptId),
              utf8Of(r.virtualKey),
              utf8Of(r.metadata.value(u"_user"_qs)),
              utf8Of(r.source),
              utf8Of(r.replayOf)};
}

void prepareRange(const QList<LogRecord> &batch, QVector<PreparedRecord> &out, qsizetype from,
                  qsizetype to)
{
    // One codec per thread for the life of the thread: zstd contexts are costly to set up.
    thread_local PayloadCodec codec(kPayloadLevel);
    qsizetype blockHead = -1; // the open block's first record
    auto closeBlock = [&] {
        if (blockHead >= 0)
            codec.finishBlock(out[blockHead].payload);
        blockHead = -1;
    };
    for (qsizetype i = from; i < to; ++i) {
        const LogRecord &r = batch.at(i);
        PreparedRecord &p = out[i];
        if (!r.request.isEmpty() || !r.response.isEmpty() || !r.raw.isEmpty()) {
            if (PayloadCodec::plainSize(r.request, r.response, r.raw, r.rawFormat)
                > PayloadCodec::kBlockMaxPlain) {
                codec.encode(r.request, r.response, r.raw, r.rawFormat, p.payload);
            } else {
                if (blockHead < 0) {
                    blockHead = i;
                    codec.beginBlock();
                }
                p.block = int(blockHead);
                p.blockEntry = codec.addToBlock(r.request, r.response, r.raw, r.rawFormat);
                if (codec.blockPlainSize() >= kBlockPlain)
                    closeBlock();
            }
        }
        if (!r.request.isEmpty())
            BodyText::extract(r.request, p.text);
        if (!r.response.isEmpty())
            BodyText::extract(r.response, p.text);
        p.metadata = ListColumns::metadataJson(r.metadata);
        p.images = ListColumns::imagesJson(r.images);
        p.attempts = ListColumns::attemptsJson(r.attempts);
        prepareColumns(r, p);
    }
    closeBlock();
}

QVector<PreparedRecord> prepareBatch(const QList<LogRecord> &batch, bool parallel)
{
    QVector<PreparedRecord> out(batch.size());
    const qsizetype n = batch.size();
    // Compression and text extraction are most of the CPU of an import; split them over the
    // cores while the SQLite writes stay on this thread.
    const int threads = !parallel || n < 256
        ? 1
        : int(std::clamp<unsigned>(std::thread::hardware_concurrency(), 1, 8));
    if (threads == 1) {
        prepareRange(batch, out, 0, n);
        return out;
    }
    std::vector<std::thread> workers;
    const qsizetype chunk = (n + threads - 1) / threads;
    for (int t = 1; t < threads; ++t) {
        const qsizetype from = t * chunk, to = std::min(n, from + chunk);
        if (from < to)
            workers.emplace_back(prepareRange, std::cref(batch), std::ref(out), from, to);
    }
    prepareRange(batch, out, 0, std::min(n, chunk));
    for (std::thread &w : workers)
        w.join();
    return out;
}

// A row of a statement as ListColumns::readRow() reads it.
struct SqliteRow
{
    sqlite3_stmt *st;
    bool isNull(int i) const { return sqlite3_column_type(st, i) == SQLITE_NULL; }
    QString text(int i) const { return columnText(st, i); }
    QByteArray bytes(int i) const { return columnBytes(st, i); }
    qint64 int64(int i) const { return sqlite3_column_int64(st, i); }
    double float64(int i) const { return sqlite3_column_double(st, i); }
};

void readListRow(sqlite3_stmt *st, LogRecord &r)
{
    ListColumns::readRow(SqliteRow {st}, r);
}

QString sortColumn(SortColumn sort)
{
    switch (sort) {
    case SortColumn::Time:
        return {};
    case SortColumn::Model:
        return u"model"_qs;
    case SortColumn::Tokens:
        return u"total_tokens"_qs;
    case SortColumn::Cost:
        return u"cost_cents"_qs;
    case SortColumn::Latency:
        return u"latency_ms"_qs;
    case SortColumn::Status:
        return u"status_code"_qs;
    case SortColumn::Type:
        return u"request_type"_qs;
    case SortColumn::Feedback:
        return u"feedback_avg"_qs;
    case SortColumn::Images:
        return u"(input_images + output_images)"_qs;
    }
    return {};
}

// The index that keeps the list in a sort column's order (none for time, which logs_time
// keeps, for feedback, whose index leaves out the logs without feedback, and for the image
// count, a sum of two columns).
QString sortIndexName(SortColumn sort)
{
    switch (sort) {
    case SortColumn::Model:
        return u"logs_model"_qs;
    case SortColumn::Tokens:
        return u"logs_tokens"_qs;
    case SortColumn::Cost:
        return u"logs_cost"_qs;
    case SortColumn::Latency:
        return u"logs_latency"_qs;
    case SortColumn::Status:
        return u"logs_status"_qs;
    case SortColumn::Type:
        return u"logs_type"_qs;
    case SortColumn::Time:
    case SortColumn::Feedback:
    case SortColumn::Images:
        break;
    }
    return {};
}

QString orderBy(const LogQuery &query)
{
    const QString dir = query.descending ? u" DESC"_qs : u" ASC"_qs;
    const QString col = sortColumn(query.sort);
    QString order = u" ORDER BY "_qs;
    // Unknown values last in both directions: "unknown" is never the first answer.
    if (!col.isEmpty())
        order += col + dir + u" NULLS LAST, ";
    order += u"created_at" + dir + u", row_id" + dir;
    return order;
}

QString groupExpression(GroupBy group)
{
    switch (group) {
    case GroupBy::Model:
        return u"model"_qs;
    case GroupBy::Provider:
        return u"provider"_qs;
    case GroupBy::StatusClass:
        return u"CASE WHEN status_code IS NULL THEN NULL ELSE (status_code / 100) || 'xx' END"_qs;
    case GroupBy::Cache:
        return u"cache"_qs;
    case GroupBy::User:
        return u"meta_user"_qs;
    case GroupBy::Config:
        return u"config_id"_qs;
    case GroupBy::Prompt:
        return u"prompt_id"_qs;
    case GroupBy::Type:
        return u"request_type"_qs;
    }
    return u"NULL"_qs;
}

// Resets a cached statement when it goes out of scope, so it never holds a read transaction.
class StatementReset
{
public:
    explicit StatementReset(sqlite3_stmt *st)
        : m_st(st)
    { }
    ~StatementReset()
    {
        if (m_st) {
            sqlite3_reset(m_st);
            sqlite3_clear_bindings(m_st);
        }
    }
    StatementReset(const StatementReset &) = delete;
    StatementReset &operator=(const StatementReset &) = delete;

private:
    sqlite3_stmt *m_st;
};

// Runs sql, retrying while another connection holds a lock that the busy handler does not wait
// for (journal_mode on a file that another thread is creating).
bool execRetrying(sqlite3 *db, const char *sql, QString *error)
{
    for (int attempt = 0;; ++attempt) {
        char *message = nullptr;
        const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
        if (rc == SQLITE_OK)
            return true;
        const QString why = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
        sqlite3_free(message);
        const int primary = rc & 0xff;
        if ((primary != SQLITE_BUSY && primary != SQLITE_LOCKED) || attempt >= 200) {
            if (error)
                *error = why;
            return false;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
}

// The parts of row rowId's stored payload (data): a frame of its own, the block it holds, or
// an entry of a block another row holds (read with blockQuery). For rows read in order: the
// codec keeps the last block decompressed, so each block is decompressed once.
std::optional<PayloadCodec::Parts> decodeInOrder(PayloadCodec &codec, sqlite3_stmt *blockQuery,
                                                 qint64 rowId, const char *data, qsizetype size,
                                                 QString *error)
{
    qint64 blockRow = 0;
    int entry = 0;
    if (PayloadCodec::parseBlockRef(data, size, &blockRow, &entry)) {
        if (codec.hasBlock(blockRow))
            return codec.entryOfBlock(entry, error);
        StatementReset reset(blockQuery);
        sqlite3_bind_int64(blockQuery, 1, blockRow);
        if (sqlite3_step(blockQuery) != SQLITE_ROW) {
            if (error)
                *error = u"stored payload is damaged (missing block)"_qs;
            return std::nullopt;
        }
        return codec.decodeKept(blockRow,
                                static_cast<const char *>(sqlite3_column_blob(blockQuery, 0)),
                                sqlite3_column_bytes(blockQuery, 0), entry, error);
    }
    if (PayloadCodec::isBlock(data, size)) {
        const int own = PayloadCodec::blockEntry(data, size);
        return codec.hasBlock(rowId) ? codec.entryOfBlock(own, error)
                                     : codec.decodeKept(rowId, data, size, own, error);
    }
    return codec.decode(data, size, error);
}

// Appends the indexed text of row rowId's stored payload to out (see decodeInOrder).
bool payloadText(sqlite3_stmt *blockQuery, PayloadCodec &codec, qint64 rowId, const char *data,
                 qsizetype size, QByteArray &out, QString *error)
{
    const std::optional<PayloadCodec::Parts> parts
        = decodeInOrder(codec, blockQuery, rowId, data, size, error);
    if (!parts)
        return false;
    if (!parts->request.isEmpty())
        BodyText::extract(parts->request, out);
    if (!parts->response.isEmpty())
        BodyText::extract(parts->response, out);
    return true;
}

} // namespace

// The ids a bulk import into an empty store wrote while the index logs_id is deferred: a 64-bit
// hash of each with its row, in an open-addressing table (16 bytes a log). A hash met again is
// checked against the id stored in that row, so a collision never drops a log, and an entry
// whose batch was rolled back never matches.
class SqliteIdHashes
{
public:
    static quint64 hashOf(const QByteArray &id)
    {
        const quint64 h = quint64(qHash(QByteArrayView(id), size_t(0x9e3779b97f4a7c15ull)));
        return h == 0 ? 1 : h;
    }
    // True if a row whose id sameAt() confirms holds hash h.
    template<typename F> bool contains(quint64 h, F &&sameAt) const
    {
        if (m_slots.empty())
            return false;
        const size_t mask = m_slots.size() - 1;
        for (size_t i = size_t(h) & mask; m_slots[i].first != 0; i = (i + 1) & mask) {
            if (m_slots[i].first == h && sameAt(m_slots[i].second))
                return true;
        }
        return false;
    }
    void insert(quint64 h, qint64 row)
    {
        if ((m_count + 1) * 2 > m_slots.size())
            grow();
        const size_t mask = m_slots.size() - 1;
        size_t i = size_t(h) & mask;
        while (m_slots[i].first != 0)
            i = (i + 1) & mask;
        m_slots[i] = {h, row};
        ++m_count;
    }

private:
    void grow()
    {
        std::vector<std::pair<quint64, qint64>> old(std::max<size_t>(1 << 16, m_slots.size() * 2));
        old.swap(m_slots);
        m_count = 0;
        for (const auto &slot : old) {
            if (slot.first != 0)
                insert(slot.first, slot.second);
        }
    }
    std::vector<std::pair<quint64, qint64>> m_slots;
    size_t m_count = 0;
};

// --- the full-text writer of a bulk import -------------------------------------------------------

// Batches the importer committed to `logs` are indexed here, on a thread with its own connection
// to the .fts file, while the importer writes the next ones: the FTS5 build no longer waits for
// the end of the import on one core. Commits every kCommitEvery batches together with the
// file's 'upto' mark; whatever it has not committed (a crash, an error, a gap) is indexed from
// the payloads by catchUpFullText().
class FtsFeeder
{
public:
    struct Batch
    {
        qint64 first = 0; // the first and last row of the batch's committed logs
        qint64 last = 0;
        QVector<qint64> rows;
        QVector<QByteArray> texts;
    };

    FtsFeeder(const QString &path, qint64 upto)
        : m_path(path)
        , m_queuedUpto(upto)
    {
        m_thread = std::thread([this] { run(); });
    }
    ~FtsFeeder() { stop(false); }
    FtsFeeder(const FtsFeeder &) = delete;
    FtsFeeder &operator=(const FtsFeeder &) = delete;

    // Queues a committed batch; waits while kMaxQueued batches are waiting (memory stays flat).
    // A batch that does not follow the last one (another connection wrote rows in between)
    // ends the feeding: those rows and the rest are left to catchUpFullText().
    void push(Batch &&batch)
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

    // Indexes what is queued, commits and waits for the thread (commit) or drops it.
    void stop(bool commit)
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

private:
    static constexpr size_t kMaxQueued = 4;
    static constexpr int kCommitEvery = 8;

    void run()
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
                && sqlite3_prepare_v2(db, "SELECT value FROM fts_meta WHERE key = 'upto'", -1,
                                      &mine, nullptr)
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

    const QString m_path;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake, m_space;
    std::deque<Batch> m_queue;
    qint64 m_queuedUpto;
    bool m_done = false, m_commit = false, m_stopped = false;
};

// --- opening -------------------------------------------------------------------------------------

SqliteLogStore::SqliteLogStore(sqlite3 *db, const QString &path)
    : m_db(db)
    , m_location(path)
    , m_codec(std::make_unique<PayloadCodec>())
{ }

SqliteLogStore::~SqliteLogStore()
{
    // An unfinished bulk import: the feeder's uncommitted index is dropped, repaired on open.
    m_feeder.reset();
    for (sqlite3_stmt *st : std::as_const(m_statements))
        sqlite3_finalize(st);
    sqlite3_close_v2(m_db);
}

std::unique_ptr<SqliteLogStore> SqliteLogStore::openFile(const QString &path, QString *error)
{
    QString why;
    if (std::unique_ptr<SqliteLogStore> store = openWritable(path, &why))
        return store;
    // A full disk, a read-only folder or file: reading must still work while the file is
    // readable. Only for those reasons (never a lock or a damaged file) and an existing store.
    const QFileInfo info(path);
    bool cannotWrite = false;
    for (const int code :
         {SQLITE_FULL, SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_IOERR, SQLITE_PERM})
        cannotWrite = cannotWrite || why.contains(QString::fromUtf8(sqlite3_errstr(code)));
    if (cannotWrite && info.isFile() && info.isReadable() && info.size() > 0) {
        QString readWhy;
        if (std::unique_ptr<SqliteLogStore> store = openReadOnly(path, why, &readWhy))
            return store;
    }
    if (error)
        *error = why;
    return nullptr;
}

std::unique_ptr<SqliteLogStore>
SqliteLogStore::openReadOnly(const QString &path, const QString &writeError, QString *error)
{
    auto fail = [error](const QString &message) -> std::unique_ptr<SqliteLogStore> {
        if (error)
            *error = message;
        return nullptr;
    };
    auto uri = [](const QString &file, const char *query) {
        QUrl url = QUrl::fromLocalFile(QFileInfo(file).absoluteFilePath());
        url.setQuery(QString::fromLatin1(query));
        return url.toEncoded();
    };
    // mode=ro reads the WAL as well; immutable=1 (no locks, no -shm: a folder where not even
    // those can be made) only when that fails.
    std::unique_ptr<SqliteLogStore> store;
    // The connection itself may write (mode=ro makes the file read-only): an attached in-memory
    // database takes the connection's flags.
    for (const char *query : {"mode=ro", "mode=ro&immutable=1"}) {
        sqlite3 *db = nullptr;
        if (sqlite3_open_v2(uri(path, query).constData(), &db,
                            SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, nullptr)
            != SQLITE_OK) {
            sqlite3_close_v2(db);
            continue;
        }
        store.reset(new SqliteLogStore(db, path));
        sqlite3_busy_handler(db, &SqliteLogStore::onBusy, store.get());
        if (store->exec("SELECT count(*) FROM sqlite_schema", nullptr))
            break;
        store.reset();
    }
    if (!store)
        return fail(writeError);
    store->m_readOnly = true;
    store->m_readOnlyReason = writeError;
    QString why;
    const QByteArray settings = "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -"
        + QByteArray::number(kReaderCacheKb) + "; PRAGMA mmap_size = 0;";
    if (!store->exec(settings.constData(), &why))
        return fail(why);
    // The full-text index read-only as well; without a usable one, an empty index in memory
    // (word searches then find nothing, everything else works).
    const QByteArray ftsUri = uri(fullTextPath(path), "mode=ro&immutable=1");
    sqlite3_stmt *attach = nullptr;
    bool attached = QFileInfo::exists(fullTextPath(path))
        && sqlite3_prepare_v2(store->m_db, "ATTACH DATABASE ?1 AS fts", -1, &attach, nullptr)
            == SQLITE_OK;
    if (attached) {
        sqlite3_bind_text(attach, 1, ftsUri.constData(), int(ftsUri.size()), SQLITE_TRANSIENT);
        attached = sqlite3_step(attach) == SQLITE_DONE;
    }
    sqlite3_finalize(attach);
    if (!store->migrate(&why))
        return fail(why);
    if (attached && !store->ensureFullTextFile(nullptr)) {
        store->exec("DETACH DATABASE fts", nullptr);
        attached = false;
    }
    if (!attached
        && (!store->exec("ATTACH DATABASE ':memory:' AS fts", &why)
            || !store->exec(kCreateFullText, &why)))
        return fail(why);
    return store;
}

std::unique_ptr<SqliteLogStore> SqliteLogStore::openWritable(const QString &path, QString *error)
{
    auto fail = [error](const QString &message) -> std::unique_ptr<SqliteLogStore> {
        if (error)
            *error = message;
        return nullptr;
    };
    const QFileInfo info(path);
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
        return fail(QStringLiteral("cannot create the folder %1").arg(info.absolutePath()));
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                                   nullptr);
    if (rc != SQLITE_OK) {
        const QString message
            = QStringLiteral("cannot open %1: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(db)));
        sqlite3_close_v2(db);
        return fail(message);
    }
    std::unique_ptr<SqliteLogStore> store(new SqliteLogStore(db, path));
    // Before any schema work: several threads may open a brand-new file at once.
    sqlite3_busy_handler(db, &SqliteLogStore::onBusy, store.get());
    QString why;
    // 16 KB pages (only a new file takes them; set before WAL): a third fewer B-tree pages per
    // ~1 KB payload and a quarter of the WAL frames (one pwrite each) of 4 KB pages; an import
    // spends half the system time. WAL: readers never block the importer; synchronous=NORMAL:
    // a commit is durable against an application crash at once and against power loss at the
    // next checkpoint. A small page cache and no mmap: the app opens several connections (a
    // 64 MB cache and 256 MB mmap each took a 1,000,000-log store to 418 MB resident); the bulk
    // importer raises its own cache while it runs.
    // Incremental vacuum lets a prune or a forget give the space of what it removed back at once
    // (sqliteretention.cpp). Only a new file takes it, and setting it takes the write lock (which
    // another connection's import may hold for minutes): set on an empty file only.
    auto isEmptyFile = [db](const char *schema) {
        const QByteArray sql = QByteArray("PRAGMA ") + schema + ".page_count";
        sqlite3_stmt *st = nullptr;
        const bool empty = sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) == SQLITE_OK
            && sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int64(st, 0) == 0;
        sqlite3_finalize(st);
        return empty;
    };
    const QByteArray settings = "PRAGMA page_size = 16384; "
        + QByteArray(isEmptyFile("main") ? "PRAGMA auto_vacuum = INCREMENTAL; " : "")
        + "PRAGMA journal_mode = WAL; "
          "PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY; "
          "PRAGMA cache_size = -"
        + QByteArray::number(kReaderCacheKb) + "; PRAGMA mmap_size = 0;";
    if (!execRetrying(db, settings.constData(), &why))
        return fail(QStringLiteral("cannot open %1: %2").arg(path, why));
    // The full-text index's own file.
    {
        sqlite3_stmt *attach = nullptr;
        const QByteArray ftsPath = fullTextPath(path).toUtf8();
        bool ok = sqlite3_prepare_v2(db, "ATTACH DATABASE ?1 AS fts", -1, &attach, nullptr)
            == SQLITE_OK;
        if (ok) {
            sqlite3_bind_text(attach, 1, ftsPath.constData(), int(ftsPath.size()),
                              SQLITE_TRANSIENT);
            ok = sqlite3_step(attach) == SQLITE_DONE;
        }
        if (!ok)
            why = store->lastError();
        sqlite3_finalize(attach);
        const QByteArray ftsSettings = "PRAGMA fts.page_size = 16384; "
            + QByteArray(ok && isEmptyFile("fts") ? "PRAGMA fts.auto_vacuum = INCREMENTAL; " : "")
            + "PRAGMA fts.journal_mode = WAL; PRAGMA fts.synchronous = NORMAL;";
        if (!ok || !execRetrying(db, ftsSettings.constData(), &why))
            return fail(QStringLiteral("cannot open %1: %2").arg(ftsPath, why));
    }
    if (!store->migrate(&why))
        return fail(QStringLiteral("cannot open %1: %2").arg(path, why));
    if (!store->ensureFullTextFile(&why))
        return fail(QStringLiteral("cannot open %1: %2").arg(fullTextPath(path), why));
    // A crash after a bulk batch was committed but before its full-text entries were built
    // leaves rows past the .fts file's 'upto' mark: index them now. Without waiting: while
    // another connection imports, its rows are past the mark too, and it indexes them itself.
    if (!store->catchUpFullText(&why, false))
        return fail(QStringLiteral("cannot open %1: %2").arg(path, why));
    return store;
}

void SqliteLogStore::setLockWaitNotifier(std::function<void(qint64 waitedMs)> notifier)
{
    s_lockWaitNotifier = std::move(notifier);
}

int SqliteLogStore::onBusy(void *self, int attempt)
{
    return static_cast<SqliteLogStore *>(self)->waitForLock(attempt) ? 1 : 0;
}

bool SqliteLogStore::waitForLock(int attempt)
{
    if (m_noWait)
        return false;
    if (attempt == 0) {
        m_lockWait.start();
        m_lockWaitNoticeMs = 0;
    }
    const qint64 waited = m_lockWait.elapsed();
    // An import waits its turn behind the others (they write a batch at a time, and the last
    // one's full-text catch-up can take minutes); anything else gives up as before. Short
    // sleeps: with SQLite's own backoff (up to 100 ms) a waiting writer lost every race to the
    // writer that held the lock and started its next batch at once.
    // m_feeder: finishing a bulk import (its deferred indexes) counts as importing. The
    // full-text catch-up after it keeps the short wait: it holds `main` while it waits for the
    // .fts file, which another import's full-text writer may hold until its next batch.
    const bool importing = m_bulk || m_feeder;
    if (waited >= (importing ? kImportLockWaitMs : kLockWaitMs))
        return false;
    if (importing && waited >= 2000 && waited - m_lockWaitNoticeMs >= 5000 && s_lockWaitNotifier) {
        m_lockWaitNoticeMs = waited;
        s_lockWaitNotifier(waited);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(attempt < 20 ? 1 : 4));
    return true;
}

bool SqliteLogStore::exec(const char *sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    if (error)
        *error = QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
    sqlite3_free(message);
    return false;
}

QString SqliteLogStore::lastError() const
{
    QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
    const int primary = sqlite3_errcode(m_db) & 0xff;
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
        message += damagedStoreHint();
    else if (primary == SQLITE_READONLY && m_readOnly)
        message
            += QStringLiteral(" (the store was opened for reading only: %1)").arg(m_readOnlyReason);
    return message;
}

QString SqliteLogStore::damagedStoreHint() const
{
    return QStringLiteral(": the store is damaged; PRAGMA integrity_check lists what is (sqlite3 "
                          "'%1' 'PRAGMA integrity_check')")
        .arg(m_location);
}

sqlite3_stmt *SqliteLogStore::statement(const QString &sql, QString *error)
{
    if (sqlite3_stmt *st = m_statements.value(sql)) {
        sqlite3_reset(st);
        sqlite3_clear_bindings(st);
        return st;
    }
    sqlite3_stmt *st = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &st,
                           nullptr)
        != SQLITE_OK) {
        if (error)
            *error = lastError();
        return nullptr;
    }
    // Filters make new SQL texts; keep the cache from growing without bound.
    if (m_statements.size() > 200) {
        for (sqlite3_stmt *old : std::as_const(m_statements))
            sqlite3_finalize(old);
        m_statements.clear();
    }
    m_statements.insert(sql, st);
    return st;
}

bool SqliteLogStore::migrate(QString *error)
{
    auto readVersion = [this](QString *why) -> std::optional<int> {
        sqlite3_stmt *st = statement(u"PRAGMA user_version"_qs, why);
        if (!st)
            return std::nullopt;
        StatementReset reset(st);
        return sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
    };
    // A version this build has no migration from: newer, or negative (a hand-edited or
    // damaged header; it must never index kMigrations).
    auto unreadable = [&](int version) {
        if (error) {
            *error = QStringLiteral("this store has schema version %1, which Gatescope cannot read")
                         .arg(version);
            if (version > kSchemaVersion)
                *error += QStringLiteral(" (this Gatescope reads up to version %1: open it with a "
                                         "newer Gatescope)")
                              .arg(kSchemaVersion);
        }
        return false;
    };
    // Version 0 is a file Gatescope has not written yet (empty, or with tables of another
    // program's, which are kept); with Gatescope's own tables in it, the version was lost.
    auto populatedAtZero = [&]() {
        sqlite3_stmt *st = statement(u"SELECT count(*) FROM main.sqlite_schema WHERE name IN "
                                     "('meta', 'logs', 'payloads')"_qs,
                                     nullptr);
        if (!st)
            return false;
        StatementReset reset(st);
        if (sqlite3_step(st) != SQLITE_ROW || sqlite3_column_int64(st, 0) == 0)
            return false;
        if (error)
            *error = QStringLiteral("this store has schema version 0 but already holds tables "
                                    "of Gatescope's (its version was reset), which Gatescope "
                                    "cannot read");
        return true;
    };
    std::optional<int> version = readVersion(error);
    if (!version)
        return false;
    if (*version > kSchemaVersion || *version < 0)
        return unreadable(*version);
    if (*version == kSchemaVersion) {
        m_schemaVersion = *version;
        return true;
    }
    if (m_readOnly) {
        if (error)
            *error = QStringLiteral("this store has schema version %1 and must be brought to "
                                    "version %2 before it can be read, which needs writing: %3")
                         .arg(*version)
                         .arg(kSchemaVersion)
                         .arg(m_readOnlyReason);
        return false;
    }
    // Read again under the write lock: another connection (thread or process) opening the same
    // new file may have migrated it meanwhile.
    QString why;
    if (!execRetrying(m_db, "BEGIN IMMEDIATE", &why)) {
        if (error)
            *error = QStringLiteral("migrating the schema failed: %1").arg(why);
        return false;
    }
    version = readVersion(&why);
    if (version && (*version > kSchemaVersion || *version < 0)) {
        exec("ROLLBACK", nullptr);
        return unreadable(*version);
    }
    // Under the lock: a new file another connection is migrating is not mistaken for one.
    if (version && *version == 0 && populatedAtZero()) {
        exec("ROLLBACK", nullptr);
        return false;
    }
    while (version && *version < kSchemaVersion) {
        const QByteArray step = QByteArray(kMigrations[*version])
            + "PRAGMA user_version = " + QByteArray::number(*version + 1) + ";";
        if (!exec(step.constData(), &why)) {
            exec("ROLLBACK", nullptr);
            if (error)
                *error = QStringLiteral("migrating the schema to version %1 failed: %2")
                             .arg(*version + 1)
                             .arg(why);
            return false;
        }
        ++*version;
    }
    if (!version || !exec("COMMIT", &why)) {
        exec("ROLLBACK", nullptr);
        if (error)
            *error = QStringLiteral("migrating the schema failed: %1").arg(why);
        return false;
    }
    m_schemaVersion = *version;
    return true;
}

const char *SqliteLogStore::migrationSql(int from)
{
    return from >= 0 && from < int(std::size(kMigrations)) ? kMigrations[from] : nullptr;
}

bool SqliteLogStore::ensureFullTextFile(QString *error)
{
    // The .fts file must exist and belong to this store (a store file copied or replaced without
    // its .fts file); otherwise it is made anew and catchUpFullText() fills it from the payloads.
    auto matches = [this]() {
        sqlite3_stmt *st
            = statement(u"SELECT (SELECT value FROM main.meta WHERE key = 'store_uid') IS "
                        "(SELECT value FROM fts.fts_meta WHERE key = 'store_uid') AND EXISTS "
                        "(SELECT 1 FROM fts.sqlite_schema WHERE name = 'logs_fts')"_qs,
                        nullptr);
        if (!st)
            return false; // no fts_meta
        StatementReset reset(st);
        return sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0) != 0;
    };
    if (matches())
        return true;
    if (!execRetrying(m_db, "BEGIN IMMEDIATE", error))
        return false;
    if (!matches() && !exec(kCreateFullText, error)) {
        exec("ROLLBACK", nullptr);
        return false;
    }
    return exec("COMMIT", error);
}

QString SqliteLogStore::location() const
{
    return m_location;
}

int SqliteLogStore::schemaVersion() const
{
    return m_schemaVersion;
}

// --- writing ---------------------------------------------------------------------------------

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
    // stay. The SQL to rebuild them is committed with the drop, so a crash is repaired on open.
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
            "AND sql IS NOT NULL AND name <> 'logs_time'"_qs,
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
                m_idHashes = std::make_unique<SqliteIdHashes>();
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
    // (277 MB at 1,000,000 logs), and use a second thread.
    bool indexed = true;
    if (wasBulk) {
        PhaseTimer phase("end: deferred indexes (writer thread)");
        exec("PRAGMA temp_store = FILE; PRAGMA threads = 2", nullptr);
        indexed = rebuildDeferredIndexes("BEGIN", error);
        exec("PRAGMA temp_store = MEMORY; PRAGMA threads = 0", nullptr);
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
        const QByteArray cache = "PRAGMA cache_size = -" + QByteArray::number(kReaderCacheKb);
        exec(cache.constData(), nullptr);
        exec("PRAGMA wal_autocheckpoint = 1000", nullptr);
        exec("PRAGMA wal_checkpoint(PASSIVE)", nullptr);
    }
    return true;
}

struct SqlitePreparedBatch : LogStore::PreparedBatch
{
    QVector<PreparedRecord> records;
};

std::unique_ptr<LogStore::PreparedBatch>
SqliteLogStore::prepare(const QList<LogRecord> &batch) const
{
    // One thread: a caller that prepares ahead does so beside the thread that writes.
    auto out = std::make_unique<SqlitePreparedBatch>();
    out->records = prepareBatch(batch, false);
    return out;
}

std::optional<WriteResult> SqliteLogStore::insert(const QList<LogRecord> &batch, QString *error)
{
    SqlitePreparedBatch prepared;
    prepared.records = prepareBatch(batch, true);
    return write(batch, prepared, error);
}

std::optional<WriteResult> SqliteLogStore::insertPrepared(const QList<LogRecord> &batch,
                                                          const PreparedBatch *prepared,
                                                          QString *error)
{
    const auto *mine = dynamic_cast<const SqlitePreparedBatch *>(prepared);
    if (!mine || mine->records.size() != batch.size())
        return insert(batch, error);
    return write(batch, *mine, error);
}

std::optional<WriteResult> SqliteLogStore::write(const QList<LogRecord> &batch,
                                                 const SqlitePreparedBatch &preparedBatch,
                                                 QString *error)
{
    WriteResult result;
    if (batch.isEmpty())
        return result;
    const QVector<PreparedRecord> &prepared = preparedBatch.records;

    QString why;
    auto fail = [&](const QString &message) -> std::optional<WriteResult> {
        exec("ROLLBACK", nullptr);
        if (error)
            *error = message;
        return std::nullopt;
    };
    // Beside a bulk import's full-text writer, lock `main` only (a deferred BEGIN whose first
    // statement writes); otherwise the logs and their index are written together.
    if (!exec(m_feeder ? "BEGIN" : "BEGIN IMMEDIATE", &why)) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    sqlite3_stmt *insLog = statement(QString::fromLatin1(kInsertLog), &why);
    sqlite3_stmt *insPayload
        = statement(u"INSERT INTO payloads (row_id, data) VALUES (?1, ?2)"_qs, &why);
    // Feedback belongs to the trace, so an export carries an entry on every log of its trace:
    // an id already stored for the same trace or log is that entry again and stored once; the
    // same id on another trace is a conflict and fails the batch.
    sqlite3_stmt *insFeedback = statement(
        u"INSERT INTO feedback (id, log_row_id, log_id, trace_id, value, weight, metadata, "
        "created_at, synced) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
        "ON CONFLICT (id) DO NOTHING"_qs,
        &why);
    sqlite3_stmt *sameFeedback = statement(
        u"SELECT 1 FROM feedback WHERE id = ?1 AND ((trace_id = ?2 AND ?2 <> '') OR log_id = ?3)"_qs,
        &why);
    if (!insLog || !insPayload || !insFeedback || !sameFeedback)
        return fail(why);
    // A bulk import into an empty store builds the id's index at its end: a connection that
    // writes meanwhile builds it first, so that its logs are checked against the import's.
    if (!m_bulk) {
        sqlite3_stmt *takeIdIndex = statement(
            u"DELETE FROM main.meta WHERE key = 'deferred_id_index' RETURNING value"_qs, &why);
        if (!takeIdIndex)
            return fail(why);
        QByteArray idIndex;
        {
            StatementReset reset(takeIdIndex);
            int rc;
            while ((rc = sqlite3_step(takeIdIndex)) == SQLITE_ROW)
                idIndex += columnBytes(takeIdIndex, 0);
            if (rc != SQLITE_DONE)
                return fail(lastError());
        }
        if (!idIndex.isEmpty() && !exec(idIndex.constData(), &why))
            return fail(why);
    }
    sqlite3_stmt *idAt = nullptr;
    if (m_idHashes) {
        idAt = statement(u"SELECT id FROM logs WHERE row_id = ?1"_qs, &why);
        if (!idAt)
            return fail(why);
    }
    auto storedIdIs = [&](qint64 row, const QByteArray &id) {
        StatementReset reset(idAt);
        sqlite3_bind_int64(idAt, 1, row);
        return sqlite3_step(idAt) == SQLITE_ROW
            && QByteArrayView(static_cast<const char *>(sqlite3_column_blob(idAt, 0)),
                              sqlite3_column_bytes(idAt, 0))
            == QByteArrayView(id);
    };

    // Index text in the same transaction unless a bulk import defers it (to its feeder thread
    // or finishBulkImport()), or an earlier one left rows unindexed (then finishBulkImport() or
    // the next open() indexes these rows too).
    sqlite3_stmt *insFts = nullptr;
    bool indexNow = false;
    if (!m_bulk) {
        insFts = statement(u"INSERT INTO fts.logs_fts (rowid, body) VALUES (?1, ?2)"_qs, &why);
        sqlite3_stmt *ftsState
            = statement(u"SELECT (SELECT value FROM fts.fts_meta WHERE key = 'upto') >= "
                        "(SELECT ifnull(max(row_id), 0) FROM logs)"_qs,
                        &why);
        if (!insFts || !ftsState)
            return fail(why);
        indexNow = sqlite3_step(ftsState) == SQLITE_ROW && sqlite3_column_int(ftsState, 0) != 0;
        sqlite3_reset(ftsState);
    }
    FtsFeeder::Batch feed;
    qint64 lastRow = -1;
    QHash<int, qint64> blockRows; // block (batch index of its holder) -> row that stores it

    auto step = [&](sqlite3_stmt *st) {
        const int rc = sqlite3_step(st);
        sqlite3_reset(st);
        sqlite3_clear_bindings(st);
        return rc == SQLITE_DONE;
    };

    for (qsizetype i = 0; i < batch.size(); ++i) {
        const LogRecord &r = batch.at(i);
        const PreparedRecord &p = prepared.at(i);
        if (r.id.isEmpty())
            return fail(QStringLiteral("record %1 of the batch has no id; nothing of the batch "
                                       "was stored")
                            .arg(i + 1));
        quint64 idHash = 0;
        if (m_idHashes) {
            idHash = SqliteIdHashes::hashOf(p.utf8[0]);
            if (m_idHashes->contains(idHash,
                                     [&](qint64 row) { return storedIdIs(row, p.utf8[0]); })) {
                ++result.duplicates;
                continue;
            }
        }
        sqlite3_stmt *st = insLog;
        for (size_t c = 0; c < kTextParams.size(); ++c)
            bindBytes(st, kTextParams[c], p.utf8[c]);
        sqlite3_bind_int64(st, 2, toMs(r.createdAt));
        bindOpt(st, 12, r.statusCode);
        bindOpt(st, 13, r.latencyMs);
        bindOpt(st, 14, r.ttftMs);
        bindOpt(st, 15, r.promptTokens);
        bindOpt(st, 16, r.completionTokens);
        bindOpt(st, 17, r.totalTokens);
        bindOpt(st, 18, r.reasoningTokens);
        bindOpt(st, 19, r.costCents);
        sqlite3_bind_int(st, 21, r.costEstimated ? 1 : 0);
        bindOpt(st, 23, r.retryCount);
        bindOpt(st, 25, r.fallbackActive);
        bindOpt(st, 26, r.loadbalanceActive);
        bindBytes(st, 32, p.metadata);
        sqlite3_bind_int(st, 33, r.tracked ? 1 : 0);
        bindOpt(st, 34, r.stream);
        int inputImages = 0;
        for (const ImageInfo &img : r.images)
            inputImages += img.direction == ImageInfo::Direction::Input ? 1 : 0;
        sqlite3_bind_int(st, 35, inputImages);
        sqlite3_bind_int(st, 36, int(r.images.size()) - inputImages);
        bindBytes(st, 37, p.images);
        sqlite3_bind_int(st, 38, int(r.feedback.size()));
        bindOpt(st, 39, ListColumns::weightedAverage(r.feedback));
        bindBytes(st, 42, p.attempts);
        bindOpt(st, 43, r.cacheReadTokens);
        bindOpt(st, 44, r.cacheWriteTokens);
        if (r.forgottenAt.isValid())
            sqlite3_bind_int64(st, 45, toMs(r.forgottenAt));
        else
            sqlite3_bind_null(st, 45);
        if (!step(st))
            return fail(QStringLiteral("storing log %1 failed: %2").arg(r.id, lastError()));
        if (sqlite3_changes(m_db) == 0) {
            ++result.duplicates;
            continue;
        }
        ++result.inserted;
        const qint64 rowId = sqlite3_last_insert_rowid(m_db);
        if (m_idHashes)
            m_idHashes->insert(idHash, rowId);
        // A payload block is stored with the first of its records that is written (the ones
        // before may be duplicates); the others refer to that row.
        QByteArray blockData;
        const QByteArray *data = &p.payload;
        if (p.block >= 0) {
            qint64 &holder = blockRows[p.block];
            if (holder == 0) {
                holder = rowId;
                blockData = prepared.at(p.block).payload;
                PayloadCodec::setBlockEntry(blockData, p.blockEntry);
            } else {
                blockData = PayloadCodec::blockRef(holder, p.blockEntry);
            }
            data = &blockData;
        }
        if (!data->isEmpty()) {
            sqlite3_bind_int64(insPayload, 1, rowId);
            sqlite3_bind_blob(insPayload, 2, data->constData(), int(data->size()), SQLITE_STATIC);
            if (!step(insPayload))
                return fail(QStringLiteral("storing the bodies of log %1 failed: %2")
                                .arg(r.id, lastError()));
        }
        if (feed.first == 0)
            feed.first = rowId;
        lastRow = rowId;
        if (!p.text.isEmpty() && indexNow) {
            sqlite3_bind_int64(insFts, 1, rowId);
            sqlite3_bind_text(insFts, 2, p.text.constData(), int(p.text.size()), SQLITE_STATIC);
            if (!step(insFts))
                return fail(QStringLiteral("indexing the text of log %1 failed: %2")
                                .arg(r.id, lastError()));
        } else if (!p.text.isEmpty() && m_feeder) {
            feed.rows.append(rowId);
            feed.texts.append(p.text); // shared, not copied
        }
        for (const FeedbackEntry &f : r.feedback) {
            bindText(insFeedback, 1, f.id.isEmpty() ? QString() : f.id);
            sqlite3_bind_int64(insFeedback, 2, rowId);
            bindText(insFeedback, 3, r.id);
            bindText(insFeedback, 4, r.traceId);
            sqlite3_bind_double(insFeedback, 5, f.value);
            sqlite3_bind_double(insFeedback, 6, f.weight);
            const QByteArray meta = f.metadata.isEmpty()
                ? QByteArray()
                : QJsonDocument(f.metadata).toJson(QJsonDocument::Compact);
            bindBytes(insFeedback, 7, meta);
            if (f.createdAt.isValid())
                sqlite3_bind_int64(insFeedback, 8, f.createdAt.toMSecsSinceEpoch());
            sqlite3_bind_int(insFeedback, 9, f.synced ? 1 : 0);
            if (!step(insFeedback))
                return fail(QStringLiteral("storing feedback %1 of log %2 failed: %3")
                                .arg(f.id, r.id, lastError()));
            if (sqlite3_changes(m_db) == 0) {
                bindText(sameFeedback, 1, f.id);
                bindText(sameFeedback, 2, r.traceId);
                bindText(sameFeedback, 3, r.id);
                const bool same = sqlite3_step(sameFeedback) == SQLITE_ROW;
                sqlite3_reset(sameFeedback);
                sqlite3_clear_bindings(sameFeedback);
                if (!same)
                    return fail(QStringLiteral("feedback %1 of log %2 is already stored for "
                                               "another trace; nothing of the batch was written")
                                    .arg(f.id, r.id));
            }
        }
    }
    if (indexNow && lastRow > 0) {
        sqlite3_stmt *mark
            = statement(u"UPDATE fts.fts_meta SET value = ?1 WHERE key = 'upto'"_qs, &why);
        if (!mark)
            return fail(why);
        sqlite3_bind_int64(mark, 1, lastRow);
        if (!step(mark))
            return fail(lastError());
    }
    if (!exec("COMMIT", &why))
        return fail(why);
    if (m_feeder && lastRow > 0) {
        feed.last = lastRow;
        m_feeder->push(std::move(feed));
    }
    return result;
}

// --- reading -----------------------------------------------------------------------------------

std::optional<FilterError> SqliteLogStore::checkFilter(const QString &filter) const
{
    return FilterParser::check(filter);
}

std::optional<QString> SqliteLogStore::whereFor(const QString &filter, QVariantList &params,
                                                QString *error) const
{
    FilterError fe;
    const auto ast = FilterParser::parse(filter, &fe);
    if (!ast) {
        if (error)
            *error = QStringLiteral("filter: %1 (at character %2)")
                         .arg(fe.message)
                         .arg(fe.position + 1);
        return std::nullopt;
    }
    CompiledFilter compiled = FilterCompiler(m_dialect).compile(*ast);
    params = compiled.params;
    return compiled.where;
}

std::optional<Page> SqliteLogStore::page(const LogQuery &query, const std::optional<PageKey> &after,
                                         int limit, QString *error)
{
    QVariantList params;
    const auto where = whereFor(query.filter, params, error);
    if (!where)
        return std::nullopt;
    QStringList conditions;
    if (!where->isEmpty())
        conditions.append(u'(' + *where + u')');
    const QString col = sortColumn(query.sort);
    const QString cmp = query.descending ? u"<"_qs : u">"_qs;
    auto bind = [&](const QVariant &v) {
        params.append(v);
        return m_dialect.placeholder(int(params.size()));
    };
    QString afterTime; // the page key's condition in time order, for the window below
    if (after) {
        const QString t = bind(after->createdAtMs), r = bind(after->rowId);
        const QString tail = u"(created_at, row_id) " + cmp + u" (" + t + u", " + r + u')';
        if (col.isEmpty()) {
            conditions.append(tail);
            afterTime = tail;
        } else if (after->sortValue.isNull()) {
            // Unknown values (NULL) come last in both directions (orderBy).
            conditions.append(u'(' + col + u" IS NULL AND " + tail + u')');
        } else {
            const QString v = bind(after->sortValue);
            const QString key = u'(' + col + u", created_at, row_id) " + cmp + u" (" + v + u", " + t
                + u", " + r + u')';
            conditions.append(u'(' + key + u" OR " + col + u" IS NULL)");
        }
    }
    const QString select = u"SELECT "_qs + QLatin1String(ListColumns::kSelect) + u", "
        + (col.isEmpty() ? u"NULL"_qs : col) + u" FROM logs";
    const QString limitParam = bind(qint64(std::max(1, limit) + 1));

    auto run = [&](const QString &sql, const QVariantList &values, bool *complete) {
        std::optional<Page> page;
        sqlite3_stmt *st = statement(sql, error);
        if (!st)
            return page;
        StatementReset reset(st);
        bindAll(st, values);
        page.emplace();
        page->rows.reserve(limit);
        QVariant lastSortValue;
        int rc;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            if (page->rows.size() == limit) {
                const LogRecord &last = page->rows.last();
                page->next = PageKey {lastSortValue, toMs(last.createdAt), last.rowId};
                break;
            }
            LogRecord r;
            readListRow(st, r);
            if (sqlite3_column_int64(st, 35) > 0) // feedback_count: show the trace's entries
                loadFeedback(r, nullptr);
            lastSortValue = columnVariant(st, kListColumnCount);
            page->rows.append(std::move(r));
        }
        if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
            if (error)
                *error = lastError();
            page.reset();
        }
        if (complete)
            *complete = rc == SQLITE_ROW;
        return page;
    };

    // Words in time order: the full-text condition is a list of every matching row, and
    // SQLite sorted all of them by time (a common word at 1,000,000 logs: a million rows). A
    // window of the newest (or oldest) rows comes first: only the matches among their row ids
    // are looked up (FTS5 seeks a row id range), and when the window holds a whole page, that
    // page is the answer; else a window 16 times bigger, then the whole store.
    static const QString kMatch = u"WHERE logs_fts MATCH "_qs;
    if (col.isEmpty() && where->contains(kMatch)) {
        const QString order = orderBy(query);
        for (const qint64 window : {qint64(4096), qint64(65536)}) {
            QVariantList values = params;
            auto add = [&values, this](const QVariant &v) {
                values.append(v);
                return m_dialect.placeholder(int(values.size()));
            };
            // The window's last row (in list order) and its row id range.
            QString bounds = u"SELECT (SELECT created_at FROM w ORDER BY created_at"_qs
                + (query.descending ? u"" : u" DESC") + u", row_id"
                + (query.descending ? u"" : u" DESC")
                + u" LIMIT 1), (SELECT row_id FROM w ORDER BY created_at"
                + (query.descending ? u"" : u" DESC") + u", row_id"
                + (query.descending ? u"" : u" DESC")
                + u" LIMIT 1), min(row_id), max(row_id), count(*) FROM w";
            QVariantList boundValues;
            QString windowSql = u"WITH w AS (SELECT created_at, row_id FROM logs INDEXED BY "
                                "logs_time"_qs;
            if (after) {
                boundValues = {after->createdAtMs, after->rowId};
                windowSql += u" WHERE (created_at, row_id) " + cmp + u" (?1, ?2)";
            }
            boundValues.append(window);
            windowSql += order + u" LIMIT ?" + QString::number(boundValues.size()) + u") " + bounds;
            sqlite3_stmt *st = statement(windowSql, error);
            if (!st)
                return std::nullopt;
            qint64 lastTime = 0, lastRow = 0, low = 0, high = 0, rows = 0;
            {
                StatementReset reset(st);
                bindAll(st, boundValues);
                if (sqlite3_step(st) != SQLITE_ROW) {
                    if (error)
                        *error = lastError();
                    return std::nullopt;
                }
                lastTime = sqlite3_column_int64(st, 0);
                lastRow = sqlite3_column_int64(st, 1);
                low = sqlite3_column_int64(st, 2);
                high = sqlite3_column_int64(st, 3);
                rows = sqlite3_column_int64(st, 4);
            }
            if (rows == 0)
                break; // nothing after the key: the plain query says so
            QString restricted = *where;
            const QString range = u"WHERE rowid BETWEEN " + add(low) + u" AND " + add(high)
                + u" AND logs_fts MATCH ";
            restricted.replace(kMatch, range);
            QStringList windowConditions {u'(' + restricted + u')'};
            if (!afterTime.isEmpty())
                windowConditions.append(afterTime);
            const QString edge = query.descending ? u">="_qs : u"<="_qs;
            windowConditions.append(u"(created_at, row_id) " + edge + u" (" + add(lastTime) + u", "
                                    + add(lastRow) + u')');
            const QString sql = select + u" INDEXED BY logs_time WHERE "
                + windowConditions.join(u" AND ") + order + u" LIMIT " + limitParam;
            bool full = false;
            std::optional<Page> page = run(sql, values, &full);
            if (!page)
                return std::nullopt;
            // A whole page and the row after it found inside the window, or the window held
            // every row left: the page is exact.
            if (full || rows < window)
                return page;
        }
    }

    // A filter sorted on another column: SQLite took the filter's index and sorted every
    // match (model:gpt-4o sorted by tokens, 1,000,000 logs: 200,000 rows). The first page is
    // looked for in a window of the first 4,096 (then 65,536) rows of the sort column's own
    // index first; a window holding a whole page and the row after it gives the exact page.
    const QString sortIndex = sortIndexName(query.sort);
    if (!after && !sortIndex.isEmpty() && !where->isEmpty() && !where->contains(kMatch)) {
        const QString order = orderBy(query);
        for (const qint64 window : {qint64(4096), qint64(65536)}) {
            const QString dir = query.descending ? u""_qs : u" DESC"_qs; // the window's end first
            const QString windowSql = u"WITH w AS (SELECT "_qs + col
                + u" AS v, created_at, row_id FROM logs INDEXED BY " + sortIndex + order
                + u" LIMIT ?1) SELECT (SELECT v FROM w ORDER BY v IS NULL"
                + (query.descending ? u" DESC" : u"") + u", v" + dir + u", created_at" + dir
                + u", row_id" + dir + u" LIMIT 1), (SELECT created_at FROM w ORDER BY v IS NULL"
                + (query.descending ? u" DESC" : u"") + u", v" + dir + u", created_at" + dir
                + u", row_id" + dir + u" LIMIT 1), (SELECT row_id FROM w ORDER BY v IS NULL"
                + (query.descending ? u" DESC" : u"") + u", v" + dir + u", created_at" + dir
                + u", row_id" + dir + u" LIMIT 1), (SELECT count(*) FROM w)";
            sqlite3_stmt *st = statement(windowSql, error);
            if (!st)
                return std::nullopt;
            QVariant lastValue;
            qint64 lastTime = 0, lastRow = 0, rows = 0;
            {
                StatementReset reset(st);
                sqlite3_bind_int64(st, 1, window);
                if (sqlite3_step(st) != SQLITE_ROW) {
                    if (error)
                        *error = lastError();
                    return std::nullopt;
                }
                lastValue = columnVariant(st, 0);
                lastTime = sqlite3_column_int64(st, 1);
                lastRow = sqlite3_column_int64(st, 2);
                rows = sqlite3_column_int64(st, 3);
            }
            if (rows == 0 || lastValue.isNull())
                break; // an empty store, or a window ending among NULLs: the plain query
            QVariantList values = params;
            auto add = [&values, this](const QVariant &v) {
                values.append(v);
                return m_dialect.placeholder(int(values.size()));
            };
            const QString v = add(lastValue), t = add(lastTime), r = add(lastRow);
            // Rows up to the window's last one, in list order (NULLs sort first ascending).
            const QString inWindow = query.descending
                ? QString(u"(" + col + u" > " + v + u" OR (" + col + u" = " + v
                          + u" AND (created_at, row_id) >= (" + t + u", " + r + u")))")
                : QString(u"(" + col + u" IS NULL OR " + col + u" < " + v + u" OR (" + col + u" = "
                          + v + u" AND (created_at, row_id) <= (" + t + u", " + r + u")))");
            const QString sql = select + u" INDEXED BY " + sortIndex + u" WHERE ("
                + conditions.join(u" AND ") + u") AND " + inWindow + order + u" LIMIT "
                + limitParam;
            bool full = false;
            std::optional<Page> page = run(sql, values, &full);
            if (!page)
                return std::nullopt;
            if (full || rows < window)
                return page;
        }
    }

    QString sql = select;
    if (!conditions.isEmpty())
        sql += u" WHERE " + conditions.join(u" AND ");
    sql += orderBy(query) + u" LIMIT " + limitParam;
    return run(sql, params, nullptr);
}

std::optional<QVector<qint64>> SqliteLogStore::rowIds(const LogQuery &query, QString *error,
                                                      const std::atomic_bool *cancel)
{
    QVariantList params;
    const auto where = whereFor(query.filter, params, error);
    if (!where)
        return std::nullopt;
    // Only row_id is read: with the (column, created_at) indexes this is a covering index scan.
    QString sql = u"SELECT row_id FROM logs"_qs;
    if (!where->isEmpty())
        sql += u" WHERE " + *where;
    sql += orderBy(query);
    sqlite3_stmt *st = statement(sql, error);
    if (!st)
        return std::nullopt;
    StatementReset reset(st);
    bindAll(st, params);
    QVector<qint64> ids;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        ids.append(sqlite3_column_int64(st, 0));
        if ((ids.size() & 4095) == 0 && cancel && cancel->load(std::memory_order_relaxed)) {
            if (error)
                *error = u"cancelled"_qs;
            return std::nullopt;
        }
    }
    if (rc != SQLITE_DONE) {
        if (error)
            *error = lastError();
        return std::nullopt;
    }
    return ids;
}

QList<LogRecord> SqliteLogStore::rowsByIds(const QVector<qint64> &rowIds, QString *error)
{
    QList<LogRecord> rows;
    sqlite3_stmt *st = statement(u"SELECT "_qs + QLatin1String(ListColumns::kSelect)
                                     + u" FROM logs WHERE row_id = ?1",
                                 error);
    if (!st)
        return rows;
    StatementReset reset(st);
    rows.reserve(rowIds.size());
    for (qint64 id : rowIds) {
        sqlite3_bind_int64(st, 1, id);
        const int rc = sqlite3_step(st);
        if (rc == SQLITE_ROW) {
            LogRecord r;
            readListRow(st, r);
            if (sqlite3_column_int64(st, 35) > 0) // feedback_count: show the trace's entries
                loadFeedback(r, nullptr);
            rows.append(std::move(r));
        } else if (rc != SQLITE_DONE) {
            if (error)
                *error = lastError();
            return rows;
        }
        sqlite3_reset(st);
    }
    return rows;
}

std::optional<qint64> SqliteLogStore::count(const QString &filter, QString *error)
{
    const auto t = totals(filter, error);
    if (!t)
        return std::nullopt;
    return t->count;
}

std::optional<StoreTotals> SqliteLogStore::totals(const QString &filter, QString *error)
{
    QVariantList params;
    const auto where = whereFor(filter, params, error);
    if (!where)
        return std::nullopt;
    QString sql = u"SELECT count(*), total(cost_cents), total(prompt_tokens), "
                  "total(completion_tokens), total(total_tokens) FROM logs"_qs;
    if (!where->isEmpty())
        sql += u" WHERE " + *where;
    sqlite3_stmt *st = statement(sql, error);
    if (!st)
        return std::nullopt;
    StatementReset reset(st);
    bindAll(st, params);
    if (sqlite3_step(st) != SQLITE_ROW) {
        if (error)
            *error = lastError();
        return std::nullopt;
    }
    StoreTotals t;
    t.count = sqlite3_column_int64(st, 0);
    t.costCents = sqlite3_column_double(st, 1);
    t.promptTokens = qint64(sqlite3_column_double(st, 2));
    t.completionTokens = qint64(sqlite3_column_double(st, 3));
    t.totalTokens = qint64(sqlite3_column_double(st, 4));
    return t;
}

std::optional<QList<GroupCount>> SqliteLogStore::groupCounts(const QString &filter, GroupBy group,
                                                             QString *error)
{
    QVariantList params;
    const auto where = whereFor(filter, params, error);
    if (!where)
        return std::nullopt;
    QString sql = u"SELECT "_qs + groupExpression(group)
        + u" AS k, count(*) AS n, total(cost_cents), total(total_tokens) FROM logs";
    if (!where->isEmpty())
        sql += u" WHERE " + *where;
    sql += u" GROUP BY k ORDER BY n DESC, k";
    sqlite3_stmt *st = statement(sql, error);
    if (!st)
        return std::nullopt;
    StatementReset reset(st);
    bindAll(st, params);
    QList<GroupCount> groups;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        GroupCount g;
        g.key = columnText(st, 0);
        g.count = sqlite3_column_int64(st, 1);
        g.costCents = sqlite3_column_double(st, 2);
        g.totalTokens = qint64(sqlite3_column_double(st, 3));
        groups.append(g);
    }
    if (rc != SQLITE_DONE) {
        if (error)
            *error = lastError();
        return std::nullopt;
    }
    return groups;
}

QStringList SqliteLogStore::knownValues(GroupBy group, int limit)
{
    const QString k = groupExpression(group);
    sqlite3_stmt *st = statement(u"SELECT "_qs + k
                                     + u" AS k, count(*) AS n FROM logs WHERE k "
                                       u"IS NOT NULL GROUP BY k ORDER BY n DESC, k LIMIT ?1",
                                 nullptr);
    QStringList values;
    if (!st)
        return values;
    StatementReset reset(st);
    sqlite3_bind_int(st, 1, limit);
    while (sqlite3_step(st) == SQLITE_ROW)
        values.append(columnText(st, 0));
    return values;
}

std::optional<LogRecord> SqliteLogStore::fullRecord(sqlite3_stmt *listQuery, QString *error,
                                                    qint64 listedRowId)
{
    StatementReset reset(listQuery);
    const int rc = sqlite3_step(listQuery);
    if (rc != SQLITE_ROW) {
        // Nothing deletes logs: a row id the store itself listed that cannot be found is a
        // damaged page, not a missing log.
        if (error && rc == SQLITE_DONE && listedRowId > 0)
            *error = QStringLiteral("log row %1 is listed but cannot be read").arg(listedRowId)
                + damagedStoreHint();
        else if (error)
            *error = rc == SQLITE_DONE ? u"no such log"_qs : lastError();
        return std::nullopt;
    }
    LogRecord r;
    readListRow(listQuery, r);

    sqlite3_stmt *payload = statement(u"SELECT data FROM payloads WHERE row_id = ?1"_qs, error);
    if (!payload)
        return std::nullopt;
    {
        StatementReset resetPayload(payload);
        sqlite3_bind_int64(payload, 1, r.rowId);
        if (sqlite3_step(payload) == SQLITE_ROW) {
            const auto *data = static_cast<const char *>(sqlite3_column_blob(payload, 0));
            const qsizetype size = sqlite3_column_bytes(payload, 0);
            qint64 blockRow = 0;
            int entry = 0;
            std::optional<PayloadCodec::Parts> parts;
            if (PayloadCodec::parseBlockRef(data, size, &blockRow, &entry)) {
                // The payload lives in a block stored with another log.
                sqlite3_stmt *block
                    = statement(u"SELECT data FROM payloads WHERE row_id = ?1 -- block"_qs, error);
                if (!block)
                    return std::nullopt;
                StatementReset resetBlock(block);
                sqlite3_bind_int64(block, 1, blockRow);
                if (sqlite3_step(block) != SQLITE_ROW) {
                    if (error)
                        *error = u"stored payload is damaged (missing block)"_qs;
                    return std::nullopt;
                }
                parts
                    = m_codec->decodeEntry(static_cast<const char *>(sqlite3_column_blob(block, 0)),
                                           sqlite3_column_bytes(block, 0), entry, error);
            } else {
                parts = m_codec->decode(data, size, error);
            }
            if (!parts)
                return std::nullopt;
            r.request = parts->request;
            r.response = parts->response;
            r.raw = parts->raw;
            r.rawFormat = parts->rawFormat;
        }
    }
    if (!loadFeedback(r, error))
        return std::nullopt;
    return r;
}

bool SqliteLogStore::forEachRecord(const QString &filter,
                                   const std::function<bool(const LogRecord &)> &onRecord,
                                   QString *error, const std::atomic_bool *cancel)
{
    // One statement, one read transaction: the list columns with each log's payload, in the
    // list's order. A block's logs are consecutive rows, so each block is decompressed once
    // (the codec keeps the last one) instead of once per log.
    QVariantList params;
    const auto where = whereFor(filter, params, error);
    if (!where)
        return false;
    QString sql = u"SELECT "_qs + QLatin1String(ListColumns::kSelect)
        + u", (SELECT data FROM payloads p WHERE p.row_id = logs.row_id) FROM logs";
    if (!where->isEmpty())
        sql += u" WHERE " + *where;
    sql += u" ORDER BY created_at, row_id";
    sqlite3_stmt *st = statement(sql, error);
    sqlite3_stmt *block
        = statement(u"SELECT data FROM payloads WHERE row_id = ?1 -- export block"_qs, error);
    if (!st || !block)
        return false;
    StatementReset reset(st);
    bindAll(st, params);
    m_codec->forgetBlock(); // rows may have changed since the last read
    LogRecord r;
    int rc;
    qint64 n = 0;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if ((++n & 1023) == 0 && cancel && cancel->load(std::memory_order_relaxed)) {
            if (error)
                *error = u"cancelled"_qs;
            return false;
        }
        r = LogRecord();
        readListRow(st, r);
        if (sqlite3_column_type(st, kListColumnCount) != SQLITE_NULL) {
            std::optional<PayloadCodec::Parts> parts = decodeInOrder(
                *m_codec, block, r.rowId,
                static_cast<const char *>(sqlite3_column_blob(st, kListColumnCount)),
                sqlite3_column_bytes(st, kListColumnCount), error);
            if (!parts)
                return false;
            r.request = std::move(parts->request);
            r.response = std::move(parts->response);
            r.raw = std::move(parts->raw);
            r.rawFormat = std::move(parts->rawFormat);
        }
        if (sqlite3_column_int64(st, 35) > 0 && !loadFeedback(r, error))
            return false;
        if (!onRecord(r))
            return true;
    }
    if (rc != SQLITE_DONE) {
        if (error)
            *error = lastError();
        return false;
    }
    return true;
}

std::optional<LogRecord> SqliteLogStore::record(const QString &id, QString *error)
{
    sqlite3_stmt *st = statement(
        u"SELECT "_qs + QLatin1String(ListColumns::kSelect) + u" FROM logs WHERE id = ?1", error);
    if (!st)
        return std::nullopt;
    bindText(st, 1, id);
    return fullRecord(st, error);
}

std::optional<LogRecord> SqliteLogStore::recordByRowId(qint64 rowId, QString *error)
{
    sqlite3_stmt *st = statement(u"SELECT "_qs + QLatin1String(ListColumns::kSelect)
                                     + u" FROM logs WHERE row_id = ?1",
                                 error);
    if (!st)
        return std::nullopt;
    sqlite3_bind_int64(st, 1, rowId);
    return fullRecord(st, error, rowId);
}

void SqliteLogStore::bindParameter(sqlite3_stmt *st, int i, const QVariant &value)
{
    bindVariant(st, i, value);
}

// --- feedback ----------------------------------------------------------------------------------
// As in Portkey, feedback belongs to the trace id (portkey-api.md section 6): an entry added on
// one log of a trace shows on, and counts for, every log of that trace. A log without a trace id
// keeps its own entries.

bool SqliteLogStore::updateFeedbackSummary(qint64 rowId, QString *error)
{
    sqlite3_stmt *st = statement(
        u"UPDATE logs SET feedback_count = (SELECT count(*) FROM feedback WHERE log_row_id = ?1), "
        "feedback_avg = (SELECT CASE WHEN total(weight) > 0 THEN total(value * weight) / "
        "total(weight) END FROM feedback WHERE log_row_id = ?1) WHERE row_id = ?1"_qs,
        error);
    if (!st)
        return false;
    StatementReset reset(st);
    sqlite3_bind_int64(st, 1, rowId);
    if (sqlite3_step(st) != SQLITE_DONE) {
        if (error)
            *error = lastError();
        return false;
    }
    return true;
}

bool SqliteLogStore::updateTraceFeedbackSummary(qint64 rowId, const QString &traceId,
                                                QString *error)
{
    if (traceId.isEmpty())
        return updateFeedbackSummary(rowId, error);
    sqlite3_stmt *st = statement(
        u"UPDATE logs SET feedback_count = (SELECT count(*) FROM feedback WHERE trace_id = ?1), "
        "feedback_avg = (SELECT CASE WHEN total(weight) > 0 THEN total(value * weight) / "
        "total(weight) END FROM feedback WHERE trace_id = ?1) WHERE trace_id = ?1"_qs,
        error);
    if (!st)
        return false;
    StatementReset reset(st);
    bindText(st, 1, traceId);
    if (sqlite3_step(st) != SQLITE_DONE) {
        if (error)
            *error = lastError();
        return false;
    }
    return true;
}

bool SqliteLogStore::loadFeedback(LogRecord &r, QString *error)
{
    const bool byTrace = !r.traceId.isEmpty();
    sqlite3_stmt *fb
        = statement(byTrace ? u"SELECT id, value, weight, metadata, created_at, synced "
                              "FROM feedback WHERE trace_id = ?1 ORDER BY fb_row"_qs
                            : u"SELECT id, value, weight, metadata, created_at, synced "
                              "FROM feedback WHERE log_row_id = ?1 ORDER BY fb_row"_qs,
                    error);
    if (!fb)
        return false;
    StatementReset resetFeedback(fb);
    if (byTrace)
        bindText(fb, 1, r.traceId);
    else
        sqlite3_bind_int64(fb, 1, r.rowId);
    r.feedback.clear();
    int rc;
    while ((rc = sqlite3_step(fb)) == SQLITE_ROW) {
        FeedbackEntry f;
        f.id = columnText(fb, 0);
        f.value = sqlite3_column_double(fb, 1);
        f.weight = sqlite3_column_double(fb, 2);
        if (sqlite3_column_type(fb, 3) != SQLITE_NULL)
            f.metadata = QJsonDocument::fromJson(columnBytes(fb, 3)).object();
        if (sqlite3_column_type(fb, 4) != SQLITE_NULL)
            f.createdAt = fromMs(sqlite3_column_int64(fb, 4));
        f.synced = sqlite3_column_int(fb, 5) != 0;
        f.author = f.metadata.value(QStringLiteral("_user")).toString();
        r.feedback.append(f);
    }
    if (rc != SQLITE_DONE) {
        if (error)
            *error = lastError();
        return false;
    }
    return true;
}

bool SqliteLogStore::addFeedback(const QString &logId, const FeedbackEntry &f, QString *error)
{
    QString why;
    auto fail = [&](const QString &message) {
        exec("ROLLBACK", nullptr);
        if (error)
            *error = message;
        return false;
    };
    if (!exec("BEGIN IMMEDIATE", error))
        return false;
    sqlite3_stmt *find = statement(u"SELECT row_id, trace_id FROM logs WHERE id = ?1"_qs, &why);
    if (!find)
        return fail(why);
    qint64 rowId = 0;
    QString traceId;
    {
        StatementReset reset(find);
        bindText(find, 1, logId);
        if (sqlite3_step(find) != SQLITE_ROW)
            return fail(QStringLiteral("no log with id %1").arg(logId));
        rowId = sqlite3_column_int64(find, 0);
        traceId = columnText(find, 1);
    }
    sqlite3_stmt *ins = statement(
        u"INSERT INTO feedback (id, log_row_id, log_id, trace_id, value, weight, metadata, "
        "created_at, synced) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"_qs,
        &why);
    if (!ins)
        return fail(why);
    {
        StatementReset reset(ins);
        bindText(ins, 1, f.id.isEmpty() ? QString() : f.id);
        sqlite3_bind_int64(ins, 2, rowId);
        bindText(ins, 3, logId);
        bindText(ins, 4, traceId);
        sqlite3_bind_double(ins, 5, f.value);
        sqlite3_bind_double(ins, 6, f.weight);
        const QByteArray meta = f.metadata.isEmpty()
            ? QByteArray()
            : QJsonDocument(f.metadata).toJson(QJsonDocument::Compact);
        bindBytes(ins, 7, meta);
        if (f.createdAt.isValid())
            sqlite3_bind_int64(ins, 8, f.createdAt.toMSecsSinceEpoch());
        sqlite3_bind_int(ins, 9, f.synced ? 1 : 0);
        if (sqlite3_step(ins) != SQLITE_DONE)
            return fail(QStringLiteral("storing feedback failed: %1").arg(lastError()));
    }
    if (!updateTraceFeedbackSummary(rowId, traceId, &why))
        return fail(why);
    return exec("COMMIT", error) || fail(why);
}

bool SqliteLogStore::updateFeedback(const FeedbackEntry &f, QString *error)
{
    QString why;
    auto fail = [&](const QString &message) {
        exec("ROLLBACK", nullptr);
        if (error)
            *error = message;
        return false;
    };
    if (!exec("BEGIN IMMEDIATE", error))
        return false;
    sqlite3_stmt *find
        = statement(u"SELECT log_row_id, trace_id FROM feedback WHERE id = ?1"_qs, &why);
    if (!find)
        return fail(why);
    qint64 rowId = 0;
    QString traceId;
    {
        StatementReset reset(find);
        bindText(find, 1, f.id);
        if (f.id.isEmpty() || sqlite3_step(find) != SQLITE_ROW)
            return fail(QStringLiteral("no feedback with id %1").arg(f.id));
        rowId = sqlite3_column_int64(find, 0);
        traceId = columnText(find, 1);
    }
    sqlite3_stmt *upd = statement(u"UPDATE feedback SET value = ?2, weight = ?3, metadata = ?4, "
                                  "synced = ?5 WHERE id = ?1"_qs,
                                  &why);
    if (!upd)
        return fail(why);
    {
        StatementReset reset(upd);
        bindText(upd, 1, f.id);
        sqlite3_bind_double(upd, 2, f.value);
        sqlite3_bind_double(upd, 3, f.weight);
        const QByteArray meta = f.metadata.isEmpty()
            ? QByteArray()
            : QJsonDocument(f.metadata).toJson(QJsonDocument::Compact);
        bindBytes(upd, 4, meta);
        sqlite3_bind_int(upd, 5, f.synced ? 1 : 0);
        if (sqlite3_step(upd) != SQLITE_DONE)
            return fail(lastError());
    }
    if (!updateTraceFeedbackSummary(rowId, traceId, &why))
        return fail(why);
    return exec("COMMIT", error) || fail(why);
}

bool SqliteLogStore::removeFeedback(const QString &feedbackId, QString *error)
{
    QString why;
    auto fail = [&](const QString &message) {
        exec("ROLLBACK", nullptr);
        if (error)
            *error = message;
        return false;
    };
    if (!exec("BEGIN IMMEDIATE", error))
        return false;
    sqlite3_stmt *find
        = statement(u"SELECT log_row_id, trace_id FROM feedback WHERE id = ?1"_qs, &why);
    if (!find)
        return fail(why);
    qint64 rowId = 0;
    QString traceId;
    {
        StatementReset reset(find);
        bindText(find, 1, feedbackId);
        if (sqlite3_step(find) != SQLITE_ROW)
            return fail(QStringLiteral("no feedback with id %1").arg(feedbackId));
        rowId = sqlite3_column_int64(find, 0);
        traceId = columnText(find, 1);
    }
    sqlite3_stmt *del = statement(u"DELETE FROM feedback WHERE id = ?1"_qs, &why);
    if (!del)
        return fail(why);
    {
        StatementReset reset(del);
        bindText(del, 1, feedbackId);
        if (sqlite3_step(del) != SQLITE_DONE)
            return fail(lastError());
    }
    if (!updateTraceFeedbackSummary(rowId, traceId, &why))
        return fail(why);
    return exec("COMMIT", error) || fail(why);
}
