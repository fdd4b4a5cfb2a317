// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitesupport.h"

#include "bodytext.h"
#include "statementreset.h"

#include <QJsonDocument>

#include <chrono>
#include <thread>

namespace SqliteSupport {

QString fullTextPath(const QString &path)
{
    if (path.isEmpty() || path == u":memory:" || path.startsWith(u"file:"))
        return u":memory:"_qs;
    return path + u".fts";
}

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

void bindFeedback(sqlite3_stmt *st, const FeedbackEntry &f, qint64 rowId, const QString &logId,
                  const QString &traceId)
{
    bindText(st, 1, f.id.isEmpty() ? QString() : f.id);
    sqlite3_bind_int64(st, 2, rowId);
    bindText(st, 3, logId);
    bindText(st, 4, traceId);
    sqlite3_bind_double(st, 5, f.value);
    sqlite3_bind_double(st, 6, f.weight);
    if (f.metadata.isEmpty()) {
        sqlite3_bind_null(st, 7);
    } else {
        const QByteArray meta = QJsonDocument(f.metadata).toJson(QJsonDocument::Compact);
        sqlite3_bind_text(st, 7, meta.constData(), int(meta.size()), SQLITE_TRANSIENT);
    }
    if (f.createdAt.isValid())
        sqlite3_bind_int64(st, 8, f.createdAt.toMSecsSinceEpoch());
    else
        sqlite3_bind_null(st, 8);
    sqlite3_bind_int(st, 9, f.synced ? 1 : 0);
}

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

std::optional<PayloadCodec::Views> decodeViewsInOrder(PayloadCodec &codec, sqlite3_stmt *blockQuery,
                                                      qint64 rowId, const char *data,
                                                      qsizetype size, QString *error)
{
    qint64 blockRow = 0;
    int entry = 0;
    if (PayloadCodec::parseBlockRef(data, size, &blockRow, &entry)) {
        if (codec.hasBlock(blockRow))
            return codec.entryOfBlockViews(entry, error);
        StatementReset reset(blockQuery);
        sqlite3_bind_int64(blockQuery, 1, blockRow);
        if (sqlite3_step(blockQuery) != SQLITE_ROW) {
            if (error)
                *error = PayloadCodec::damaged(u"missing block");
            return std::nullopt;
        }
        return codec.decodeKeptViews(blockRow,
                                     static_cast<const char *>(sqlite3_column_blob(blockQuery, 0)),
                                     sqlite3_column_bytes(blockQuery, 0), entry, error);
    }
    if (PayloadCodec::isBlock(data, size)) {
        const int own = PayloadCodec::blockEntry(data, size);
        return codec.hasBlock(rowId) ? codec.entryOfBlockViews(own, error)
                                     : codec.decodeKeptViews(rowId, data, size, own, error);
    }
    return codec.decodeViews(data, size, error);
}

void appendIndexedText(QByteArrayView request, QByteArrayView response, QByteArray &out)
{
    for (const QByteArrayView body : {request, response}) {
        if (!body.isEmpty())
            BodyText::extract(QByteArray::fromRawData(body.data(), body.size()), out);
    }
}

bool payloadText(sqlite3_stmt *blockQuery, PayloadCodec &codec, qint64 rowId, const char *data,
                 qsizetype size, QByteArray &out, QString *error)
{
    // Read where zstd put them: no copy of the bodies, nor of the raw record.
    const std::optional<PayloadCodec::Views> views
        = decodeViewsInOrder(codec, blockQuery, rowId, data, size, error);
    if (!views)
        return false;
    appendIndexedText(views->request, views->response, out);
    return true;
}

} // namespace SqliteSupport
