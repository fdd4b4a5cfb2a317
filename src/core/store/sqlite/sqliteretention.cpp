// SPDX-License-Identifier: GPL-3.0-or-later
// Retention and forgetting of SqliteLogStore: logs, or their content, removed in batches (one
// transaction over both files each), payload blocks rewritten without them, their full-text
// entries deleted, and the space given back with nothing of them left in any file.
#include "sqlitelogstore.h"

#include "payloadcodec.h"
#include "sqlitesupport.h"
#include "statementreset.h"
#include "storeprogress.h"

#include <QDateTime>
#include <QMap>
#include <QSet>

#include <sqlite3.h>

#include <cstring>

using namespace SqliteSupport;

namespace {

// Logs per transaction: small enough that the app's readers never wait long for the lock.
constexpr int kBatchLogs = 500;

} // namespace

std::optional<qint64> SqliteLogStore::deleteLogs(const QString &filter, QString *error,
                                                 const std::atomic_bool *cancel)
{
    return removeLogContent(filter, true, error, cancel);
}

std::optional<qint64> SqliteLogStore::forgetContent(const QString &filter, QString *error,
                                                    const std::atomic_bool *cancel)
{
    return removeLogContent(filter, false, error, cancel);
}

std::optional<qint64> SqliteLogStore::removeLogContent(const QString &filter, bool deleteRows,
                                                       QString *error,
                                                       const std::atomic_bool *cancel)
{
    auto fail = [error](const QString &why) -> std::optional<qint64> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (filter.trimmed().isEmpty())
        return fail(QStringLiteral("an empty filter selects every log; give a filter that "
                                   "selects the logs to remove"));
    if (m_readOnly)
        return fail(
            QStringLiteral("the store was opened for reading only: %1").arg(m_readOnlyReason));
    if (m_bulk || m_feeder)
        return fail(QStringLiteral("a bulk import is running on this connection"));
    QString why;
    QVariantList params;
    const std::optional<QString> where = whereFor(filter, params, &why);
    if (!where)
        return fail(why);
    if (where->isEmpty())
        return fail(QStringLiteral("an empty filter selects every log; give a filter that "
                                   "selects the logs to remove"));
    // A contentless FTS5 table cannot tell a row it does not hold: 'delete' of one corrupts the
    // index. Every row gets its entries first (a crash-lagged index is caught up).
    if (!catchUpFullText(&why, true))
        return fail(QStringLiteral("bringing the full-text index up to date failed: %1").arg(why));

    // Freed cells and pages are overwritten with zeros, for this connection while it runs.
    struct SecureDelete
    {
        SqliteLogStore *store;
        explicit SecureDelete(SqliteLogStore *s)
            : store(s)
        {
            store->exec("PRAGMA main.secure_delete = 1; PRAGMA fts.secure_delete = 1", nullptr);
        }
        ~SecureDelete()
        {
            store->exec("PRAGMA main.secure_delete = 0; PRAGMA fts.secure_delete = 0", nullptr);
        }
        SecureDelete(const SecureDelete &) = delete;
        SecureDelete &operator=(const SecureDelete &) = delete;
    } secureDelete(this);

    const int n = int(params.size());
    QString select = u"SELECT row_id, trace_id FROM logs WHERE ("_qs + *where + u") AND row_id > "
        + m_dialect.placeholder(n + 1) + u" AND row_id <= " + m_dialect.placeholder(n + 2);
    if (!deleteRows) // logs that still have content: a payload, images
        select += u" AND (images IS NOT NULL OR input_images + output_images > 0 OR EXISTS "
                  "(SELECT 1 FROM payloads p WHERE p.row_id = logs.row_id))";
    select += u" ORDER BY row_id LIMIT " + QString::number(kBatchLogs);

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 cursor = 0, done = 0;
    bool rebuildIndex = false; // a payload that could not be read: its entries are unknown
    bool cancelled = false;
    m_codec->forgetBlock();
    for (;;) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            cancelled = true;
            break;
        }
        if (!beginOnBothFiles(&why))
            return fail(why);
        auto rollback = [&](const QString &message) {
            exec("ROLLBACK", nullptr);
            m_codec->forgetBlock();
            return fail(message);
        };
        // Rows past the index's mark belong to a bulk import still indexing them elsewhere.
        sqlite3_stmt *mark
            = statement(u"SELECT value FROM fts.fts_meta WHERE key = 'upto'"_qs, &why);
        if (!mark)
            return rollback(why);
        qint64 upto = 0;
        {
            StatementReset reset(mark);
            if (sqlite3_step(mark) == SQLITE_ROW)
                upto = sqlite3_column_int64(mark, 0);
        }
        QVector<qint64> rows;
        {
            sqlite3_stmt *st = statement(select, &why);
            if (!st)
                return rollback(why);
            StatementReset reset(st);
            for (int i = 0; i < n; ++i)
                bindParameter(st, i + 1, params.at(i));
            sqlite3_bind_int64(st, n + 1, cursor);
            sqlite3_bind_int64(st, n + 2, upto);
            int rc;
            while ((rc = sqlite3_step(st)) == SQLITE_ROW)
                rows.append(sqlite3_column_int64(st, 0));
            if (rc != SQLITE_DONE)
                return rollback(lastError());
        }
        if (rows.isEmpty()) {
            if (!exec("COMMIT", &why))
                return rollback(why);
            break;
        }
        cursor = rows.last();
        const QSet<qint64> targets(rows.cbegin(), rows.cend());

        sqlite3_stmt *get
            = statement(u"SELECT data FROM payloads WHERE row_id = ?1 -- retention"_qs, &why);
        sqlite3_stmt *drop = statement(u"DELETE FROM payloads WHERE row_id = ?1"_qs, &why);
        sqlite3_stmt *put
            = statement(u"INSERT OR REPLACE INTO payloads (row_id, data) VALUES (?1, ?2)"_qs, &why);
        sqlite3_stmt *unindex = statement(u"INSERT INTO fts.logs_fts (logs_fts, rowid, body) "
                                          "VALUES ('delete', ?1, ?2)"_qs,
                                          &why);
        // The rows after a block's holder up to the next block: its members refer to it.
        sqlite3_stmt *after
            = statement(u"SELECT row_id, CASE WHEN length(data) = 16 THEN data ELSE "
                        "substr(data, 1, 4) END FROM payloads WHERE row_id > ?1 ORDER BY row_id"_qs,
                        &why);
        if (!get || !drop || !put || !unindex || !after)
            return rollback(why);
        auto step = [](sqlite3_stmt *st) {
            const int rc = sqlite3_step(st);
            sqlite3_reset(st);
            sqlite3_clear_bindings(st);
            return rc == SQLITE_DONE;
        };
        auto dropPayload = [&](qint64 row) {
            sqlite3_bind_int64(drop, 1, row);
            return step(drop);
        };
        auto putPayload = [&](qint64 row, const QByteArray &data) {
            sqlite3_bind_int64(put, 1, row);
            sqlite3_bind_blob(put, 2, data.constData(), int(data.size()), SQLITE_STATIC);
            return step(put);
        };
        // The row's entries out of the index: the 'delete' command needs the text indexed.
        auto unindexText = [&](qint64 row, const PayloadCodec::Parts *parts) {
            if (!parts) {
                rebuildIndex = true;
                return true;
            }
            QByteArray text;
            appendIndexedText(parts->request, parts->response, text);
            if (text.isEmpty())
                return true;
            sqlite3_bind_int64(unindex, 1, row);
            sqlite3_bind_text(unindex, 2, text.constData(), int(text.size()), SQLITE_STATIC);
            return step(unindex);
        };

        QMap<qint64, QList<qint64>> blocks; // the row holding a block -> targets in it
        for (const qint64 row : std::as_const(rows)) {
            QByteArray data;
            {
                StatementReset reset(get);
                sqlite3_bind_int64(get, 1, row);
                const int rc = sqlite3_step(get);
                if (rc == SQLITE_DONE)
                    continue; // no content stored
                if (rc != SQLITE_ROW)
                    return rollback(lastError());
                data = columnBytes(get, 0);
            }
            qint64 holder = 0;
            int entry = 0;
            if (PayloadCodec::parseBlockRef(data.constData(), data.size(), &holder, &entry)) {
                blocks[holder].append(row);
            } else if (PayloadCodec::isBlock(data.constData(), data.size())) {
                blocks[row].append(row);
            } else {
                QString damaged;
                const std::optional<PayloadCodec::Parts> parts
                    = m_codec->decode(data.constData(), data.size(), &damaged);
                if (!unindexText(row, parts ? &*parts : nullptr) || !dropPayload(row))
                    return rollback(lastError());
            }
        }

        // Each block touched is written again with the entries of the logs that keep their
        // content only, held by the first of them; the others refer to it.
        for (auto it = blocks.cbegin(); it != blocks.cend(); ++it) {
            const qint64 holder = it.key();
            QByteArray blob;
            {
                StatementReset reset(get);
                sqlite3_bind_int64(get, 1, holder);
                if (sqlite3_step(get) == SQLITE_ROW)
                    blob = columnBytes(get, 0);
            }
            QList<std::pair<qint64, int>> members; // row, entry; the holder first
            if (PayloadCodec::isBlock(blob.constData(), blob.size())) {
                members.append({holder, PayloadCodec::blockEntry(blob.constData(), blob.size())});
                // A block's logs were written in one batch, after the row that holds it and
                // before the next block's.
                StatementReset reset(after);
                sqlite3_bind_int64(after, 1, holder);
                int rc;
                while ((rc = sqlite3_step(after)) == SQLITE_ROW) {
                    const QByteArray head = columnBytes(after, 1);
                    qint64 refHolder = 0;
                    int entry = 0;
                    if (PayloadCodec::parseBlockRef(head.constData(), head.size(), &refHolder,
                                                    &entry)) {
                        if (refHolder != holder)
                            break;
                        members.append({sqlite3_column_int64(after, 0), entry});
                    } else if (head.size() >= 4 && std::memcmp(head.constData(), "GSB1", 4) == 0) {
                        break;
                    }
                }
                if (rc != SQLITE_ROW && rc != SQLITE_DONE)
                    return rollback(lastError());
            }
            QList<std::optional<PayloadCodec::Parts>> parts;
            QString damaged;
            for (qsizetype i = 0; i < members.size(); ++i) {
                // The first entry decompresses the block; the others are read from it.
                if (i == 0)
                    parts.append(m_codec->decodeEntry(blob.constData(), blob.size(),
                                                      members.at(i).second, &damaged));
                else if (!parts.first())
                    parts.append(std::nullopt);
                else
                    parts.append(m_codec->entryOfBlock(members.at(i).second, &damaged));
                if (!parts.last() && !targets.contains(members.at(i).first))
                    return rollback(
                        QStringLiteral("the bodies of log row %1 cannot be read (%2): nothing of "
                                       "this batch was removed")
                            .arg(members.at(i).first)
                            .arg(damaged)
                        + damagedStoreHint());
            }
            QList<qint64> keep;
            m_codec->beginBlock();
            for (qsizetype i = 0; i < members.size(); ++i) {
                const qint64 row = members.at(i).first;
                if (targets.contains(row)) {
                    if (!unindexText(row, parts.at(i) ? &*parts.at(i) : nullptr)
                        || !dropPayload(row))
                        return rollback(lastError());
                    continue;
                }
                const PayloadCodec::Parts &p = *parts.at(i);
                m_codec->addToBlock(p.request, p.response, p.raw, p.rawFormat);
                keep.append(row);
            }
            // Targets the scan did not meet (a damaged block): their references go all the same.
            for (const qint64 row : it.value()) {
                bool met = false;
                for (const auto &m : std::as_const(members))
                    met = met || m.first == row;
                if (!met && (!unindexText(row, nullptr) || !dropPayload(row)))
                    return rollback(lastError());
            }
            if (!keep.isEmpty()) {
                QByteArray rewritten;
                m_codec->finishBlock(rewritten);
                if (rewritten.isEmpty())
                    return rollback(QStringLiteral("compressing the bodies kept failed"));
                if (!putPayload(keep.first(), rewritten))
                    return rollback(lastError());
                for (qsizetype i = 1; i < keep.size(); ++i) {
                    if (!putPayload(keep.at(i), PayloadCodec::blockRef(keep.first(), int(i))))
                        return rollback(lastError());
                }
            }
            m_codec->forgetBlock();
        }

        if (deleteRows) {
            // Feedback belongs to the trace: the trace's other logs get their summary again.
            QSet<QString> traces;
            sqlite3_stmt *traceOf
                = statement(u"SELECT DISTINCT trace_id FROM feedback WHERE log_row_id = ?1 AND "
                            "trace_id IS NOT NULL AND trace_id <> ''"_qs,
                            &why);
            sqlite3_stmt *dropFeedback
                = statement(u"DELETE FROM feedback WHERE log_row_id = ?1"_qs, &why);
            sqlite3_stmt *dropClaim
                = statement(u"DELETE FROM review_claims WHERE log_row_id = ?1"_qs, &why);
            sqlite3_stmt *dropLog = statement(u"DELETE FROM logs WHERE row_id = ?1"_qs, &why);
            if (!traceOf || !dropFeedback || !dropClaim || !dropLog)
                return rollback(why);
            for (const qint64 row : std::as_const(rows)) {
                {
                    StatementReset reset(traceOf);
                    sqlite3_bind_int64(traceOf, 1, row);
                    while (sqlite3_step(traceOf) == SQLITE_ROW)
                        traces.insert(columnText(traceOf, 0));
                }
                for (sqlite3_stmt *st : {dropFeedback, dropClaim, dropLog}) {
                    sqlite3_bind_int64(st, 1, row);
                    if (!step(st))
                        return rollback(lastError());
                }
            }
            for (const QString &trace : std::as_const(traces)) {
                if (!updateTraceFeedbackSummary(0, trace, &why))
                    return rollback(why);
            }
            // Row ids are used again from the largest left: the index's mark must not stay
            // above it, or the next open would take the index for one of uncommitted rows.
            if (!exec("UPDATE fts.fts_meta SET value = min(value, (SELECT ifnull(max(row_id), 0) "
                      "FROM main.logs)) WHERE key = 'upto'",
                      &why))
                return rollback(why);
        } else {
            sqlite3_stmt *mark
                = statement(u"UPDATE logs SET forgotten_at = ?2, tracked = 0, images = NULL, "
                            "input_images = 0, output_images = 0 WHERE row_id = ?1"_qs,
                            &why);
            if (!mark)
                return rollback(why);
            for (const qint64 row : std::as_const(rows)) {
                sqlite3_bind_int64(mark, 1, row);
                sqlite3_bind_int64(mark, 2, now);
                if (!step(mark))
                    return rollback(lastError());
            }
        }
        if (!exec("COMMIT", &why))
            return rollback(why);
        done += rows.size();
        StoreProgress::report(done);
    }
    m_codec->forgetBlock();

    if (rebuildIndex) {
        // Entries that could not be deleted one by one: the index is built again from the
        // payloads left.
        if (!beginOnBothFiles(&why))
            return fail(why);
        if (!exec("INSERT INTO fts.logs_fts (logs_fts) VALUES ('delete-all'); "
                  "UPDATE fts.fts_meta SET value = 0 WHERE key = 'upto'",
                  &why)) {
            exec("ROLLBACK", nullptr);
            return fail(why);
        }
        if (!exec("COMMIT", &why) || !catchUpFullText(&why, true))
            return fail(why);
    }
    if (done > 0 && !giveSpaceBack(&why))
        return fail(QStringLiteral("%1 logs were handled, but their space could not be given "
                                   "back: %2")
                        .arg(done)
                        .arg(why));
    if (cancelled)
        return fail(QStringLiteral("cancelled after %1 logs").arg(done));
    return done;
}

bool SqliteLogStore::giveSpaceBack(QString *error)
{
    // FTS5 keeps a deleted row's terms in its segments until they are merged: 'optimize' merges
    // them all into one, without the deleted entries.
    if (!exec("INSERT INTO fts.logs_fts (logs_fts) VALUES ('optimize')", error))
        return false;
    for (const char *schema : {"main", "fts"}) {
        int mode = 0;
        const QByteArray query = QByteArray("PRAGMA ") + schema + ".auto_vacuum";
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(m_db, query.constData(), -1, &st, nullptr) == SQLITE_OK
            && sqlite3_step(st) == SQLITE_ROW)
            mode = sqlite3_column_int(st, 0);
        sqlite3_finalize(st);
        // Stores made before incremental vacuum: one VACUUM rewrites the file and turns it on
        // (it takes a while on a big store), later removals free their pages at once.
        const QByteArray sql = mode == 2
            ? QByteArray(QByteArray("PRAGMA ") + schema + ".incremental_vacuum")
            : QByteArray(QByteArray("PRAGMA ") + schema + ".auto_vacuum = INCREMENTAL; VACUUM "
                         + schema);
        if (!exec(sql.constData(), error))
            return false;
    }
    // The WAL holds the pages as they were until a checkpoint copies them back: empty it.
    return exec("PRAGMA main.wal_checkpoint(TRUNCATE); PRAGMA fts.wal_checkpoint(TRUNCATE)", error);
}
