// SPDX-License-Identifier: GPL-3.0-or-later
// PostgresLogStore's write path: a batch prepared (compressed, its text extracted) on several
// threads, then copied (binary COPY) into a staging table and inserted from it in one
// transaction with its payloads, feedback and text; a bulk import's text goes to its writer.
#include "postgreslogstore.h"
#include "postgresresult.h"

#include "copywriter.h"
#include "listcolumns.h"
#include "payloadcodec.h"
#include "postgresfulltext.h"
#include "postgrestextwriter.h"
#include "preparedrecord.h"
#include "recordenums.h"

#include <QHash>
#include <QJsonDocument>

#include <libpq-fe.h>

#include <algorithm>

namespace {

using namespace RecordEnums;

// The columns a batch is copied into (the staging table) and inserted from, in COPY order.
const char kStageColumns[]
    = "id, created_at, trace_id, span_id, parent_span_id, span_name, method, endpoint, "
      "request_type, provider, model, status_code, latency_ms, ttft_ms, prompt_tokens, "
      "completion_tokens, total_tokens, reasoning_tokens, cost_cents, currency, cost_estimated, "
      "cache, retry_count, strategy, fallback_active, loadbalance_active, served_target, "
      "config_id, prompt_id, virtual_key, meta_user, metadata, tracked, stream, input_images, "
      "output_images, images, feedback_count, feedback_avg, source, replay_of, attempts, "
      "cache_read_tokens, cache_write_tokens, forgotten_at";

// One temporary table per session, emptied by every commit.
const char kCreateStage[] = R"sql(
CREATE TEMPORARY TABLE IF NOT EXISTS stage_logs (
    seq integer, id text, created_at bigint, trace_id text, span_id text, parent_span_id text,
    span_name text, method text, endpoint text, request_type text, provider text, model text,
    status_code integer, latency_ms bigint, ttft_ms bigint, prompt_tokens bigint,
    completion_tokens bigint, total_tokens bigint, reasoning_tokens bigint,
    cost_cents double precision, currency text, cost_estimated smallint, cache text,
    retry_count integer, strategy text, fallback_active smallint, loadbalance_active smallint,
    served_target text, config_id text, prompt_id text, virtual_key text, meta_user text,
    metadata text, tracked smallint, stream smallint, input_images integer, output_images integer,
    images text, feedback_count integer, feedback_avg double precision, source text,
    replay_of text, attempts text, cache_read_tokens bigint, cache_write_tokens bigint,
    forgotten_at bigint, body text
) ON COMMIT DELETE ROWS
)sql";

} // namespace

struct PostgresPreparedBatch : LogStore::PreparedBatch
{
    QVector<PreparedRecord> records;

    PostgresPreparedBatch(const QList<LogRecord> &batch, bool parallel)
    {
        PreparedRecord::Options options;
        options.metadataNul = ListColumns::Nul::Drop; // jsonb refuses \u0000
        options.indexable = PostgresFullText::indexableText;
        records = PreparedRecord::prepareBatch(batch, parallel, options);
    }
};

std::unique_ptr<LogStore::PreparedBatch>
PostgresLogStore::prepare(const QList<LogRecord> &batch) const
{
    return std::make_unique<PostgresPreparedBatch>(batch, false);
}

std::optional<WriteResult> PostgresLogStore::insert(const QList<LogRecord> &batch, QString *error)
{
    return write(batch, PostgresPreparedBatch(batch, true), error);
}

std::optional<WriteResult> PostgresLogStore::insertPrepared(const QList<LogRecord> &batch,
                                                            const PreparedBatch *prepared,
                                                            QString *error)
{
    const auto *mine = dynamic_cast<const PostgresPreparedBatch *>(prepared);
    if (!mine || mine->records.size() != batch.size())
        return insert(batch, error);
    return write(batch, *mine, error);
}

bool PostgresLogStore::copyIn(const char *sql, const QByteArray &data, QString *error)
{
    // COPY ... FROM STDIN answers PGRES_COPY_IN; anything else is an error.
    PGresult *start = PQexec(m_conn, sql);
    const bool copying = PQresultStatus(start) == PGRES_COPY_IN;
    if (!copying && error)
        *error = start ? QString::fromUtf8(PQresultErrorMessage(start)).trimmed() : lastError();
    PQclear(start);
    if (!copying)
        return false;
    constexpr qsizetype kChunk = 1 << 20;
    for (qsizetype at = 0; at < data.size(); at += kChunk) {
        const int n = int(std::min(kChunk, data.size() - at));
        if (PQputCopyData(m_conn, data.constData() + at, n) != 1) {
            if (error)
                *error = lastError();
            return false;
        }
    }
    if (PQputCopyEnd(m_conn, nullptr) != 1) {
        if (error)
            *error = lastError();
        return false;
    }
    bool ok = true;
    while (PGresult *r = PQgetResult(m_conn)) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK) {
            ok = false;
            if (error)
                *error = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
        }
        PQclear(r);
    }
    return ok;
}

std::optional<WriteResult> PostgresLogStore::write(const QList<LogRecord> &batch,
                                                   const PostgresPreparedBatch &preparedBatch,
                                                   QString *error)
{
    WriteResult result;
    if (batch.isEmpty())
        return result;
    const QVector<PreparedRecord> &prepared = preparedBatch.records;
    for (qsizetype i = 0; i < batch.size(); ++i) {
        if (batch.at(i).id.isEmpty()) {
            if (error)
                *error = QStringLiteral("record %1 of the batch has no id; nothing of the batch "
                                        "was stored")
                             .arg(i + 1);
            return std::nullopt;
        }
    }

    // The batch, first occurrence of each id only, in binary COPY format.
    QHash<QString, int> firstOf;
    firstOf.reserve(batch.size());
    CopyWriter copy;
    copy.reserve(batch.size() * 400);
    for (qsizetype i = 0; i < batch.size(); ++i) {
        const LogRecord &r = batch.at(i);
        if (firstOf.contains(r.id)) {
            ++result.duplicates;
            continue;
        }
        firstOf.insert(r.id, int(i));
        const PreparedRecord &p = prepared.at(i);
        copy.row(47);
        copy.int32Field(qint32(i));
        copy.textField(r.id);
        copy.int64Field(ListColumns::timeToMs(r.createdAt));
        copy.textField(r.traceId);
        copy.textField(r.spanId);
        copy.textField(r.parentSpanId);
        copy.textField(r.spanName);
        copy.textField(r.method);
        copy.textField(r.endpoint);
        copy.textField(requestTypeName(r.requestType));
        copy.textField(r.provider);
        copy.textField(r.model);
        copy.optField(r.statusCode);
        copy.optField(r.latencyMs);
        copy.optField(r.ttftMs);
        copy.optField(r.promptTokens);
        copy.optField(r.completionTokens);
        copy.optField(r.totalTokens);
        copy.optField(r.reasoningTokens);
        copy.optField(r.costCents);
        copy.textField(r.currency);
        copy.int16Field(r.costEstimated ? 1 : 0);
        copy.textField(cacheStateName(r.cache));
        copy.optField(r.retryCount);
        copy.textField(strategyName(r.strategy));
        copy.optField(r.fallbackActive);
        copy.optField(r.loadbalanceActive);
        copy.textField(r.servedTarget);
        copy.textField(r.configId);
        copy.textField(r.promptId);
        copy.textField(r.virtualKey);
        copy.textField(r.metadata.value(u"_user"_qs));
        copy.textField(p.metadata);
        copy.int16Field(r.tracked ? 1 : 0);
        copy.optField(r.stream);
        const int inputImages = ListColumns::inputImageCount(r.images);
        copy.int32Field(inputImages);
        copy.int32Field(qint32(r.images.size()) - inputImages);
        copy.textField(p.images);
        copy.int32Field(qint32(r.feedback.size()));
        copy.optField(ListColumns::weightedAverage(r.feedback));
        copy.textField(r.source);
        copy.textField(r.replayOf);
        copy.textField(p.attempts);
        copy.optField(r.cacheReadTokens);
        copy.optField(r.cacheWriteTokens);
        copy.optField(r.forgottenAt.isValid()
                          ? std::optional<qint64>(ListColumns::timeToMs(r.forgottenAt))
                          : std::nullopt);
        // With a full-text writer the text goes to it after the commit, not through the stage.
        copy.textField(p.text.isEmpty() || m_textWriter ? QByteArray() : p.text);
    }
    const QByteArray stageData = copy.finish();

    QString why;
    auto fail = [&](const QString &message) -> std::optional<WriteResult> {
        exec("ROLLBACK", nullptr);
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!m_stageReady) {
        // A batch's stage (5,000 logs with their text) in memory rather than in temporary
        // files; temp_buffers counts only before the session's first temporary table.
        exec("SET temp_buffers = '64MB'", nullptr);
        if (!exec(kCreateStage, &why)) {
            if (error)
                *error = why;
            return std::nullopt;
        }
        m_stageReady = true;
    }
    if (!exec("BEGIN", &why)) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    const QByteArray copySql = "COPY stage_logs (seq, " + QByteArray(kStageColumns)
        + ", body) FROM STDIN (FORMAT binary)";
    if (!copyIn(copySql.constData(), stageData, &why))
        return fail(QStringLiteral("storing the batch failed: %1").arg(why));

    // Into logs, skipping ids already stored (also by a concurrent writer), and the tsvector
    // of the new rows' text into the full-text table in the same statement (no text staged
    // when a writer indexes it).
    QString stageSelect = QString::fromLatin1(kStageColumns);
    stageSelect.replace(u" metadata,"_qs, u" metadata::jsonb,"_qs);
    const QString sql = u"WITH ins AS (INSERT INTO logs ("_qs + QLatin1String(kStageColumns)
        + u") SELECT " + stageSelect
        + u" FROM stage_logs ORDER BY seq ON CONFLICT (id) DO NOTHING RETURNING row_id, id), "
          u"txt AS (INSERT INTO log_text (row_id, tsv) SELECT ins.row_id, "
        + PostgresFullText::tsvectorOf(u"s.body"_qs)
        + u" FROM ins JOIN stage_logs s ON s.id = ins.id WHERE s.body IS NOT NULL) "
          u"SELECT ins.row_id, s.seq FROM ins JOIN stage_logs s ON s.id = ins.id ORDER BY s.seq";
    Result inserted = run(sql, {}, &why);
    if (!inserted)
        return fail(QStringLiteral("storing the batch failed: %1").arg(why));
    result.inserted = inserted.rows();
    result.duplicates += (batch.size() - result.duplicates) - result.inserted;

    // Payloads: a block is stored with the first of its records that was written.
    QHash<int, qint64> blockRows;
    CopyWriter payloads;
    bool anyPayload = false;
    QVector<std::pair<int, qint64>> written; // batch index, row id
    written.reserve(inserted.rows());
    for (int row = 0; row < inserted.rows(); ++row)
        written.append({int(inserted.int64(row, 1)), inserted.int64(row, 0)});
    for (const auto &[i, rowId] : std::as_const(written)) {
        const PreparedRecord &p = prepared.at(i);
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
        if (data->isEmpty())
            continue;
        payloads.row(2);
        payloads.int64Field(rowId);
        payloads.bytesField(data->constData(), data->size());
        anyPayload = true;
    }
    if (anyPayload
        && !copyIn("COPY payloads (row_id, data) FROM STDIN (FORMAT binary)", payloads.finish(),
                   &why))
        return fail(QStringLiteral("storing the bodies failed: %1").arg(why));

    // Feedback that came with the new logs, in one COPY as well. Feedback belongs to the trace,
    // so an export carries an entry on every log of its trace: an id already stored (or met
    // earlier in the batch) for the same trace or log is that entry again and stored once. The
    // same id on another trace is a conflict and fails the batch.
    QHash<QString, std::pair<QString, QString>> knownFeedback; // id -> trace id, log id
    {
        QStringList ids;
        for (const auto &[i, rowId] : std::as_const(written))
            for (const FeedbackEntry &f : batch.at(i).feedback)
                if (!f.id.isEmpty())
                    ids.append(f.id);
        if (!ids.isEmpty()) {
            Result known = run(u"SELECT id, trace_id, log_id FROM feedback "
                               "WHERE id = ANY(string_to_array($1, E'\\n'))"_qs,
                               {ids.join(u'\n')}, &why);
            if (!known)
                return fail(
                    QStringLiteral("storing the feedback of the batch failed: %1").arg(why));
            for (int row = 0; row < known.rows(); ++row)
                knownFeedback.insert(known.text(row, 0), {known.text(row, 1), known.text(row, 2)});
        }
    }
    CopyWriter feedback;
    bool anyFeedback = false;
    for (const auto &[i, rowId] : std::as_const(written)) {
        const LogRecord &r = batch.at(i);
        for (const FeedbackEntry &f : r.feedback) {
            if (!f.id.isEmpty()) {
                const auto known = knownFeedback.constFind(f.id);
                if (known != knownFeedback.cend()) {
                    if ((!r.traceId.isEmpty() && known->first == r.traceId)
                        || known->second == r.id)
                        continue; // the trace's entry again
                    return fail(QStringLiteral("feedback %1 of log %2 is already stored for "
                                               "another trace; nothing of the batch was written")
                                    .arg(f.id, r.id));
                }
                knownFeedback.insert(f.id, {r.traceId, r.id});
            }
            feedback.row(9);
            feedback.textField(f.id.isEmpty() ? QString() : f.id);
            feedback.int64Field(rowId);
            feedback.textField(r.id);
            feedback.textField(r.traceId);
            feedback.float64Field(f.value);
            feedback.float64Field(f.weight);
            if (f.metadata.isEmpty())
                feedback.null();
            else
                feedback.jsonbField(QJsonDocument(f.metadata).toJson(QJsonDocument::Compact));
            feedback.optField(f.createdAt.isValid()
                                  ? std::optional<qint64>(ListColumns::timeToMs(f.createdAt))
                                  : std::nullopt);
            feedback.int16Field(f.synced ? 1 : 0);
            anyFeedback = true;
        }
    }
    if (anyFeedback
        && !copyIn("COPY feedback (id, log_row_id, log_id, trace_id, value, weight, metadata, "
                   "created_at, synced) FROM STDIN (FORMAT binary)",
                   feedback.finish(), &why))
        return fail(QStringLiteral("storing the feedback of the batch failed: %1").arg(why));

    // The text for the writer, listed as pending in the batch's own transaction.
    TextBatch text;
    if (m_textWriter) {
        for (const auto &[i, rowId] : std::as_const(written)) {
            if (!prepared.at(i).text.isEmpty()) {
                text.rowIds.append(rowId);
                text.texts.append(prepared.at(i).text);
            }
        }
    }
    if (!text.rowIds.isEmpty()) {
        const auto [first, last] = std::minmax_element(text.rowIds.cbegin(), text.rowIds.cend());
        Result pending = run(u"INSERT INTO gatescope_text_pending (first_row, last_row, "
                             "text_rows) VALUES ($1, $2, $3) RETURNING id"_qs,
                             {*first, *last, qint64(text.rowIds.size())}, &why);
        if (!pending)
            return fail(why);
        text.pendingId = pending.int64(0, 0);
    }
    if (result.inserted > 0
        && !run(u"SELECT pg_notify($1, $2)"_qs,
                {QString::fromLatin1(kChannel),
                 QStringLiteral("%1 logs %2").arg(m_backendPid).arg(result.inserted)},
                &why))
        return fail(why);
    if (!exec("COMMIT", &why))
        return fail(why);
    if (!text.rowIds.isEmpty())
        m_textWriter->push(std::move(text));
    return result;
}

bool PostgresLogStore::writeText(const TextBatch &batch, QString *error)
{
    QString why;
    if (!m_textStageReady) {
        exec("SET temp_buffers = '64MB'", nullptr);
        if (!exec("CREATE TEMPORARY TABLE IF NOT EXISTS stage_text (row_id bigint, body text) ON "
                  "COMMIT DELETE ROWS",
                  error))
            return false;
        m_textStageReady = true;
    }
    CopyWriter copy;
    for (qsizetype i = 0; i < batch.rowIds.size(); ++i) {
        copy.row(2);
        copy.int64Field(batch.rowIds.at(i));
        copy.textField(batch.texts.at(i));
    }
    // ON CONFLICT: a row indexed meanwhile (a repair that overlaps) is left as it is. A log
    // deleted or forgotten meanwhile (postgresretention.cpp) gets no text back.
    const bool ok = exec("BEGIN", &why)
        && copyIn("COPY stage_text (row_id, body) FROM STDIN (FORMAT binary)", copy.finish(), &why)
        && run(u"INSERT INTO log_text (row_id, tsv) SELECT s.row_id, "_qs
                   + PostgresFullText::tsvectorOf(u"s.body"_qs)
                   + u" FROM stage_text s JOIN logs l ON l.row_id = s.row_id AND l.forgotten_at "
                     u"IS NULL ON CONFLICT (row_id) DO NOTHING",
               {}, &why)
        && (batch.pendingId == 0
            || run(u"DELETE FROM gatescope_text_pending WHERE id = $1"_qs, {batch.pendingId}, &why))
        && exec("COMMIT", &why);
    if (!ok) {
        exec("ROLLBACK", nullptr);
        if (error)
            *error = QStringLiteral("indexing the text of the batch failed: %1").arg(why);
    }
    return ok;
}

bool PostgresLogStore::indexPendingText(QString *error)
{
    Result pending = run(u"SELECT id, first_row, last_row FROM gatescope_text_pending ORDER BY "
                         "id"_qs,
                         {}, error);
    if (!pending)
        return false;
    for (int p = 0; p < pending.rows(); ++p) {
        // The batch's rows that have no entry yet; their text comes from their payloads.
        Result missing = run(u"SELECT l.row_id FROM logs l WHERE l.row_id BETWEEN $1 AND $2 AND "
                             "NOT EXISTS (SELECT 1 FROM log_text t WHERE t.row_id = l.row_id) "
                             "ORDER BY l.row_id"_qs,
                             {pending.int64(p, 1), pending.int64(p, 2)}, error);
        if (!missing)
            return false;
        TextBatch batch;
        batch.pendingId = pending.int64(p, 0);
        for (int row = 0; row < missing.rows(); ++row) {
            const auto r = recordByRowId(missing.int64(row, 0), error);
            if (!r)
                return false;
            if (QByteArray text = PostgresFullText::fullTextOf(*r); !text.isEmpty()) {
                batch.rowIds.append(r->rowId);
                batch.texts.append(text);
            }
        }
        if (!writeText(batch, error))
            return false;
    }
    return true;
}
