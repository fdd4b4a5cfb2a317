// SPDX-License-Identifier: GPL-3.0-or-later
#include "logstore.h"

#include "payloadcodec.h"

#include "postgreslogstore.h"
#include "sqlitelogstore.h"

#include <QDir>
#include <QStandardPaths>

std::unique_ptr<LogStore> LogStore::open(const QString &location, QString *error)
{
    if (isPostgresLocation(location))
        return PostgresLogStore::openUrl(location, error);
    if (location.isEmpty()) {
        if (error)
            *error = u"no store location given"_qs;
        return nullptr;
    }
    return SqliteLogStore::openFile(location, error);
}

bool LogStore::forEachRecord(const QString &filter,
                             const std::function<bool(const LogRecord &)> &onRecord, QString *error,
                             const std::atomic_bool *cancel)
{
    LogQuery query;
    query.filter = filter;
    query.descending = false;
    const std::optional<QVector<qint64>> ids = rowIds(query, error, cancel);
    if (!ids)
        return false;
    for (const qint64 rowId : *ids) {
        if (cancel && cancel->load()) {
            if (error)
                *error = u"cancelled"_qs;
            return false;
        }
        const std::optional<LogRecord> record = recordByRowId(rowId, error);
        if (!record)
            return false;
        if (!onRecord(*record))
            break;
    }
    return true;
}

bool StoredRow::setPayload(QByteArrayView stored, qint64 rowId, qint64 &given,
                           const BlockReader &blockBytes, QString *error)
{
    qint64 blockRow = 0;
    int entry = 0;
    if (PayloadCodec::parseBlockRef(stored.data(), stored.size(), &blockRow, &entry)) {
        payload = Payload::BlockEntry;
        payloadBlock = blockRow;
        payloadEntry = entry;
        if (blockRow != given) {
            const std::optional<QByteArrayView> bytes = blockBytes(blockRow, error);
            if (!bytes)
                return false;
            payloadBytes = *bytes;
        }
    } else if (PayloadCodec::isBlock(stored.data(), stored.size())) {
        payload = Payload::BlockEntry;
        payloadBlock = rowId;
        payloadEntry = PayloadCodec::blockEntry(stored.data(), stored.size());
        if (rowId != given)
            payloadBytes = stored;
    } else {
        payload = Payload::Frame;
        payloadBytes = stored;
    }
    if (payload == Payload::BlockEntry)
        given = payloadBlock;
    return true;
}

bool LogStore::isPostgresLocation(const QString &location)
{
    // URL schemes are case-insensitive: "PostgreSQL://u:pw@h/db" must never become a file path.
    return location.startsWith(u"postgresql://", Qt::CaseInsensitive)
        || location.startsWith(u"postgres://", Qt::CaseInsensitive);
}

QString LogStore::defaultLocation()
{
    const QString fromEnv = qEnvironmentVariable("GATESCOPE_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + u'/' + QLatin1StringView(kDefaultFileName);
}

std::optional<qint64> LogStore::count(const QString &filter, QString *error)
{
    const auto t = totals(filter, error);
    if (!t)
        return std::nullopt;
    return t->count;
}
