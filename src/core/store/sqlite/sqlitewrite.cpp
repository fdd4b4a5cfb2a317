// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteLogStore's write path: a batch prepared (compressed, its text extracted) on several
// threads, then written in one transaction with its payloads, full-text entries and feedback.
#include "sqlitelogstore.h"

#include "ftsfeeder.h"
#include "listcolumns.h"
#include "payloadcodec.h"
#include "preparedrecord.h"
#include "recordenums.h"
#include "sqliteidhashes.h"
#include "sqlitesupport.h"
#include "statementreset.h"

#include <QHash>

#include <sqlite3.h>

#include <algorithm>
#include <array>

using namespace SqliteSupport;

namespace {

using namespace RecordEnums;

// Payload blocks of about 256 KB of plain logs (~100 Portkey export records), compressed at
// zstd's level -1: twice as fast as 16-log blocks at level 1, and smaller. A block then takes
// a few full overflow pages, where a ~10 KB blob of 16 logs took a 16 KB page of its own (40 %
// of the payload pages were empty). Reading one log decompresses its block (~0.3 ms).
constexpr qsizetype kBlockPlain = 256 * 1024;
constexpr int kPayloadLevel = -1;

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

// The UTF-8 of a record's text columns (kTextParams), converted while the batch is prepared
// rather than on the thread that writes, and bound from here without a copy. Null: SQL NULL.
using TextColumns = std::array<QByteArray, 20>;

// The parameters of kInsertLog that TextColumns holds, in its order.
constexpr std::array<int, 20> kTextParams
    = {1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 20, 22, 24, 27, 28, 29, 30, 31, 40, 41};

QByteArray utf8Of(const QString &s)
{
    if (s.isNull())
        return {};
    QByteArray out = s.toUtf8();
    return out.isNull() ? QByteArray("", 0) : out;
}

void prepareColumns(const LogRecord &r, TextColumns &utf8)
{
    utf8 = {utf8Of(r.id),
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

} // namespace

struct SqlitePreparedBatch : LogStore::PreparedBatch
{
    QVector<PreparedRecord> records;
    QVector<TextColumns> columns;

    SqlitePreparedBatch(const QList<LogRecord> &batch, bool parallel)
        : columns(batch.size())
    {
        PreparedRecord::Options options;
        options.payloadLevel = kPayloadLevel;
        options.blockPlain = kBlockPlain;
        TextColumns *out = columns.data();
        records = PreparedRecord::prepareBatch(
            batch, parallel, options, [&](qsizetype i) { prepareColumns(batch.at(i), out[i]); });
    }
};

std::unique_ptr<LogStore::PreparedBatch>
SqliteLogStore::prepare(const QList<LogRecord> &batch) const
{
    // One thread: a caller that prepares ahead does so beside the thread that writes.
    return std::make_unique<SqlitePreparedBatch>(batch, false);
}

std::optional<WriteResult> SqliteLogStore::insert(const QList<LogRecord> &batch, QString *error)
{
    return write(batch, SqlitePreparedBatch(batch, true), error);
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
    sqlite3_stmt *insFeedback
        = statement(QString::fromLatin1(kInsertFeedback) + u" ON CONFLICT (id) DO NOTHING", &why);
    sqlite3_stmt *sameFeedback = statement(
        u"SELECT 1 FROM feedback WHERE id = ?1 AND ((trace_id = ?2 AND ?2 <> '') OR log_id = ?3)"_qs,
        &why);
    if (!insLog || !insPayload || !insFeedback || !sameFeedback)
        return fail(why);
    // A bulk import into an empty store builds the id's index at its end: a connection that
    // writes meanwhile builds it first, so that its logs are checked against the import's. So
    // does the import itself once its table of id hashes is full (memory stays bounded); the
    // table goes once the index is committed.
    const bool buildIdIndex = !m_bulk || (m_idHashes && m_idHashes->full(batch.size()));
    if (buildIdIndex) {
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
        const TextColumns &utf8 = preparedBatch.columns.at(i);
        if (r.id.isEmpty())
            return fail(QStringLiteral("record %1 of the batch has no id; nothing of the batch "
                                       "was stored")
                            .arg(i + 1));
        quint64 idHash = 0;
        if (m_idHashes) {
            idHash = SqliteIdHashes::hashOf(utf8[0]);
            if (m_idHashes->contains(idHash,
                                     [&](qint64 row) { return storedIdIs(row, utf8[0]); })) {
                ++result.duplicates;
                continue;
            }
        }
        sqlite3_stmt *st = insLog;
        for (size_t c = 0; c < kTextParams.size(); ++c)
            bindBytes(st, kTextParams[c], utf8[c]);
        sqlite3_bind_int64(st, 2, ListColumns::timeToMs(r.createdAt));
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
        const int inputImages = ListColumns::inputImageCount(r.images);
        sqlite3_bind_int(st, 35, inputImages);
        sqlite3_bind_int(st, 36, int(r.images.size()) - inputImages);
        bindBytes(st, 37, p.images);
        sqlite3_bind_int(st, 38, int(r.feedback.size()));
        bindOpt(st, 39, ListColumns::weightedAverage(r.feedback));
        bindBytes(st, 42, p.attempts);
        bindOpt(st, 43, r.cacheReadTokens);
        bindOpt(st, 44, r.cacheWriteTokens);
        if (r.forgottenAt.isValid())
            sqlite3_bind_int64(st, 45, ListColumns::timeToMs(r.forgottenAt));
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
            bindFeedback(insFeedback, f, rowId, r.id, r.traceId);
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
    if (m_bulk && buildIdIndex)
        m_idHashes.reset();
    if (m_feeder && lastRow > 0) {
        feed.last = lastRow;
        m_feeder->push(std::move(feed));
    }
    return result;
}
