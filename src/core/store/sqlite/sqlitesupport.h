// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "listcolumns.h"
#include "payloadcodec.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <sqlite3.h>

#include <optional>
#include <type_traits>

// What the files of the SQLite backend share: the connection settings, binding values to a
// statement and reading them back, and the text of a stored payload. SQLite only; the other
// backend has its own (postgresresult.h).
namespace SqliteSupport {

// Page cache of a connection that reads (the app opens several: list, detail, images, trace):
// 8 MB, no mmap. A bulk import raises its own connection's cache while it runs.
constexpr int kReaderCacheKb = 8192;
constexpr int kBulkCacheKb = 16384;
// A bulk import's WAL checkpoint interval, in pages (16 MB of 16 KB pages).
constexpr int kBulkCheckpointPages = 1024;

// The full-text file of a store file (":memory:" for an in-memory store).
QString fullTextPath(const QString &path);

// --- binding and reading ---------------------------------------------------------------------

void bindText(sqlite3_stmt *st, int i, const QString &s); // a null QString binds NULL
void bindBytes(sqlite3_stmt *st, int i, const QByteArray &s); // static: s must outlive the step

template<typename T> void bindOpt(sqlite3_stmt *st, int i, const std::optional<T> &v)
{
    if (!v)
        sqlite3_bind_null(st, i);
    else if constexpr (std::is_same_v<T, double>)
        sqlite3_bind_double(st, i, *v);
    else
        sqlite3_bind_int64(st, i, qint64(*v));
}

void bindVariant(sqlite3_stmt *st, int i, const QVariant &v);
bool bindAll(sqlite3_stmt *st, const QVariantList &params);
QString columnText(sqlite3_stmt *st, int i); // NULL: a null QString; '' an empty one
QByteArray columnBytes(sqlite3_stmt *st, int i);

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

QVariant columnVariant(sqlite3_stmt *st, int i);

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

inline void readListRow(sqlite3_stmt *st, LogRecord &r)
{
    ListColumns::readRow(SqliteRow {st}, r);
}

// A feedback entry's row; bindFeedback() binds its parameters.
inline constexpr char kInsertFeedback[]
    = "INSERT INTO feedback (id, log_row_id, log_id, trace_id, value, weight, metadata, "
      "created_at, synced) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
// Binds entry f of log logId (row rowId, trace traceId) to kInsertFeedback's parameters.
void bindFeedback(sqlite3_stmt *st, const FeedbackEntry &f, qint64 rowId, const QString &logId,
                  const QString &traceId);

// Runs sql, retrying while another connection holds a lock that the busy handler does not wait
// for (journal_mode on a file that another thread is creating).
bool execRetrying(sqlite3 *db, const char *sql, QString *error);

// --- stored payloads -----------------------------------------------------------------------------

// The parts of row rowId's stored payload (data): a frame of its own, the block it holds, or
// an entry of a block another row holds (read with blockQuery). For rows read in order: the
// codec keeps the last block decompressed, so each block is decompressed once. The views are
// valid until the codec's next decode.
std::optional<PayloadCodec::Views> decodeViewsInOrder(PayloadCodec &codec, sqlite3_stmt *blockQuery,
                                                      qint64 rowId, const char *data,
                                                      qsizetype size, QString *error);
// Appends the text the full-text index holds for a log's bodies (BodyText) to out.
void appendIndexedText(QByteArrayView request, QByteArrayView response, QByteArray &out);
// Appends the indexed text of row rowId's stored payload to out, read where zstd put it (see
// decodeViewsInOrder).
bool payloadText(sqlite3_stmt *blockQuery, PayloadCodec &codec, qint64 rowId, const char *data,
                 qsizetype size, QByteArray &out, QString *error);

} // namespace SqliteSupport
