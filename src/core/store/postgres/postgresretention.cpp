// SPDX-License-Identifier: GPL-3.0-or-later
// Retention and forgetting of PostgresLogStore: logs, or their content, removed in batches (one
// transaction each), payload blocks rewritten without them, their full-text rows deleted, and
// the tables vacuumed afterwards.
#include "postgresresult.h"

#include "payloadcodec.h"
#include "storeprogress.h"

#include <QDateTime>
#include <QMap>
#include <QSet>

#include <cstring>

namespace {

constexpr int kBatchLogs = 500;
// Serialises removals between sessions: two of them rewriting the same payload block would
// lose one's changes.
constexpr qint64 kRetentionLock = 0x6761746573726574; // "gatesret"

// A list of row ids as a PostgreSQL array literal, for "= ANY($n::bigint[])".
QString idArray(const QList<qint64> &rows)
{
    QStringList parts;
    parts.reserve(rows.size());
    for (const qint64 row : rows)
        parts.append(QString::number(row));
    return u'{' + parts.join(u',') + u'}';
}

} // namespace

std::optional<qint64> PostgresLogStore::deleteLogs(const QString &filter, QString *error,
                                                   const std::atomic_bool *cancel)
{
    return removeLogContent(filter, true, error, cancel);
}

std::optional<qint64> PostgresLogStore::forgetContent(const QString &filter, QString *error,
                                                      const std::atomic_bool *cancel)
{
    return removeLogContent(filter, false, error, cancel);
}

std::optional<qint64> PostgresLogStore::removeLogContent(const QString &filter, bool deleteRows,
                                                         QString *error,
                                                         const std::atomic_bool *cancel)
{
    auto fail = [error](const QString &why) -> std::optional<qint64> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QString emptyFilter = QStringLiteral("an empty filter selects every log; give a filter "
                                               "that selects the logs to remove");
    if (filter.trimmed().isEmpty())
        return fail(emptyFilter);
    if (m_bulk)
        return fail(QStringLiteral("a bulk import is running on this connection"));
    QString why;
    QVariantList params;
    const std::optional<QString> where = whereFor(filter, params, &why);
    if (!where)
        return fail(why);
    if (where->isEmpty())
        return fail(emptyFilter);

    const int n = int(params.size());
    QString select = u"SELECT row_id FROM logs WHERE ("_qs + *where + u") AND row_id > "
        + m_dialect.placeholder(n + 1);
    if (!deleteRows) // logs that still have content: a payload, a full-text row, images
        select += u" AND (images IS NOT NULL OR input_images + output_images > 0 OR EXISTS "
                  "(SELECT 1 FROM payloads p WHERE p.row_id = logs.row_id) OR EXISTS (SELECT 1 "
                  "FROM log_text t WHERE t.row_id = logs.row_id))";
    select += u" ORDER BY row_id LIMIT " + QString::number(kBatchLogs);

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 cursor = 0, done = 0;
    bool cancelled = false;
    for (;;) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            cancelled = true;
            break;
        }
        auto rollback = [&](const QString &message) {
            exec("ROLLBACK", nullptr);
            return fail(message);
        };
        if (!exec("BEGIN", &why))
            return fail(why);
        if (!run(u"SELECT pg_advisory_xact_lock($1)"_qs, {kRetentionLock}, &why))
            return rollback(why);
        QVariantList selectParams = params;
        selectParams.append(cursor);
        Result found = run(select, selectParams, &why);
        if (!found)
            return rollback(why);
        QList<qint64> rows;
        for (int i = 0; i < found.rows(); ++i)
            rows.append(found.int64(i, 0));
        if (rows.isEmpty()) {
            if (!exec("COMMIT", &why))
                return rollback(why);
            break;
        }
        cursor = rows.last();
        const QSet<qint64> targets(rows.cbegin(), rows.cend());
        const QString ids = idArray(rows);

        // Their payloads: frames go, blocks are written again without them.
        Result payloads = run(u"SELECT row_id::text, data FROM payloads WHERE row_id = "
                              "ANY($1::bigint[])"_qs,
                              {ids}, &why, true);
        if (!payloads)
            return rollback(why);
        QMap<qint64, QList<qint64>> blocks; // the row holding a block -> targets in it
        for (int i = 0; i < payloads.rows(); ++i) {
            const qint64 row = payloads.text(i, 0).toLongLong();
            qint64 holder = 0;
            int entry = 0;
            if (PayloadCodec::parseBlockRef(payloads.data(i, 1), payloads.length(i, 1), &holder,
                                            &entry))
                blocks[holder].append(row);
            else if (PayloadCodec::isBlock(payloads.data(i, 1), payloads.length(i, 1)))
                blocks[row].append(row);
        }
        for (auto it = blocks.cbegin(); it != blocks.cend(); ++it) {
            const qint64 holder = it.key();
            Result held
                = run(u"SELECT data FROM payloads WHERE row_id = $1"_qs, {holder}, &why, true);
            if (!held)
                return rollback(why);
            if (held.rows() != 1 || !PayloadCodec::isBlock(held.data(0, 0), held.length(0, 0)))
                continue; // nothing left to keep: the references go below // nothing left to keep:
                          // the references go below
            const QByteArray blob(held.data(0, 0), held.length(0, 0));
            QList<std::pair<qint64, int>> members {
                {holder, PayloadCodec::blockEntry(blob.constData(), blob.size())}};
            // A block's logs were written in one batch, after the row that holds it and before
            // the next block's.
            bool end = false;
            for (qint64 from = holder; !end;) {
                Result next = run(u"SELECT row_id::text, CASE WHEN length(data) = 16 THEN data "
                                  "ELSE substring(data from 1 for 4) END FROM payloads p WHERE "
                                  "p.row_id > $1 ORDER BY p.row_id LIMIT 256"_qs,
                                  {from}, &why, true);
                if (!next)
                    return rollback(why);
                end = next.rows() < 256;
                for (int i = 0; i < next.rows(); ++i) {
                    from = next.text(i, 0).toLongLong();
                    qint64 refHolder = 0;
                    int entry = 0;
                    const char *head = next.data(i, 1);
                    const int size = next.length(i, 1);
                    if (PayloadCodec::parseBlockRef(head, size, &refHolder, &entry)) {
                        if (refHolder != holder) {
                            end = true;
                            break;
                        }
                        members.append({from, entry});
                    } else if (size >= 4 && std::memcmp(head, "GSB1", 4) == 0) {
                        end = true;
                        break;
                    }
                }
            }
            QList<std::optional<PayloadCodec::Parts>> parts;
            QString damaged;
            for (qsizetype i = 0; i < members.size(); ++i) {
                if (i == 0)
                    parts.append(m_codec->decodeEntry(blob.constData(), blob.size(),
                                                      members.at(i).second, &damaged));
                else if (!parts.first())
                    parts.append(std::nullopt);
                else
                    parts.append(m_codec->entryOfBlock(members.at(i).second, &damaged));
                if (!parts.last() && !targets.contains(members.at(i).first))
                    return rollback(QStringLiteral("the bodies of log row %1 cannot be read (%2): "
                                                   "nothing of this batch was removed")
                                        .arg(members.at(i).first)
                                        .arg(damaged));
            }
            QList<qint64> keep;
            m_codec->beginBlock();
            for (qsizetype i = 0; i < members.size(); ++i) {
                if (targets.contains(members.at(i).first))
                    continue;
                const PayloadCodec::Parts &p = *parts.at(i);
                m_codec->addToBlock(p.request, p.response, p.raw, p.rawFormat);
                keep.append(members.at(i).first);
            }
            if (keep.isEmpty()) {
                if (!run(u"DELETE FROM payloads WHERE row_id = $1"_qs, {holder}, &why))
                    return rollback(why);
                continue;
            }
            QByteArray rewritten;
            m_codec->finishBlock(rewritten);
            if (rewritten.isEmpty())
                return rollback(QStringLiteral("compressing the bodies kept failed"));
            const QString put = u"INSERT INTO payloads (row_id, data) VALUES ($1, $2) ON CONFLICT "
                                "(row_id) DO UPDATE SET data = excluded.data"_qs;
            if (!run(put, {keep.first(), rewritten}, &why))
                return rollback(why);
            for (qsizetype i = 1; i < keep.size(); ++i) {
                if (!run(put, {keep.at(i), PayloadCodec::blockRef(keep.first(), int(i))}, &why))
                    return rollback(why);
            }
        }
        // What is left of the logs' own: payload rows (kept blocks moved above), full text.
        if (!run(u"DELETE FROM payloads WHERE row_id = ANY($1::bigint[])"_qs, {ids}, &why)
            || !run(u"DELETE FROM log_text WHERE row_id = ANY($1::bigint[])"_qs, {ids}, &why))
            return rollback(why);

        if (deleteRows) {
            // Feedback belongs to the trace: the trace's other logs get their summary again.
            Result traces = run(u"SELECT DISTINCT trace_id FROM feedback WHERE log_row_id = "
                                "ANY($1::bigint[]) AND trace_id IS NOT NULL AND trace_id <> ''"_qs,
                                {ids}, &why);
            if (!traces
                || !run(u"DELETE FROM feedback WHERE log_row_id = ANY($1::bigint[])"_qs, {ids},
                        &why)
                || !run(u"DELETE FROM review_claims WHERE log_row_id = ANY($1::bigint[])"_qs, {ids},
                        &why)
                || !run(u"DELETE FROM logs WHERE row_id = ANY($1::bigint[])"_qs, {ids}, &why))
                return rollback(why);
            for (int i = 0; i < traces.rows(); ++i) {
                if (!updateFeedbackSummary(0, traces.text(i, 0), &why))
                    return rollback(why);
            }
        } else if (!run(u"UPDATE logs SET forgotten_at = $2, tracked = 0, images = NULL, "
                        "input_images = 0, output_images = 0 WHERE row_id = ANY($1::bigint[])"_qs,
                        {ids, now}, &why)) {
            return rollback(why);
        }
        if (!exec("COMMIT", &why))
            return rollback(why);
        done += rows.size();
        StoreProgress::report(done);
    }
    m_codec->forgetBlock();
    // Dead rows are only reclaimed (and their space used again) by VACUUM, which cannot run in a
    // transaction. A role that does not own the tables cannot vacuum them: autovacuum does.
    if (done > 0) {
        for (const char *table : {"payloads", "log_text", "logs", "feedback", "review_claims"}) {
            const QByteArray sql = QByteArray("VACUUM ") + table;
            exec(sql.constData(), nullptr);
        }
    }
    if (cancelled)
        return fail(QStringLiteral("cancelled after %1 logs").arg(done));
    return done;
}
