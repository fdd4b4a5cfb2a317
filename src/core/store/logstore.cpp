// SPDX-License-Identifier: GPL-3.0-or-later
#include "logstore.h"

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

bool LogStore::forEachStoredRow(const QString &, const std::function<bool(const StoredRow &)> &,
                                QString *error, const std::atomic_bool *)
{
    if (error)
        *error = u"this store reads whole records only"_qs;
    return false;
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
    return dir + u"/gatescope.sqlite";
}

std::optional<qint64> LogStore::count(const QString &filter, QString *error)
{
    const auto t = totals(filter, error);
    if (!t)
        return std::nullopt;
    return t->count;
}
