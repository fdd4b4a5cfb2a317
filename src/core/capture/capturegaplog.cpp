// SPDX-License-Identifier: GPL-3.0-or-later
#include "capturegaplog.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QString isoMs(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QString CaptureGap::describe() const
{
    const QString format = from.toLocalTime().date() == to.toLocalTime().date()
        ? QStringLiteral("HH:mm:ss")
        : QStringLiteral("yyyy-MM-dd HH:mm:ss");
    return QStringLiteral("events may be missing between %1 and %2")
        .arg(from.toLocalTime().toString(format), to.toLocalTime().toString(format));
}

CaptureGapLog::CaptureGapLog()
{
    static QAtomicInt counter;
    m_connection = QStringLiteral("gatescope-capture-gaps-%1").arg(counter.fetchAndAddRelaxed(1));
}

CaptureGapLog::~CaptureGapLog()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool CaptureGapLog::open(const QString &sqliteFile, QString *error)
{
    if (sqliteFile.contains(u"://")) {
        if (error)
            *error = QStringLiteral("capture gaps are kept in SQLite stores only");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(sqliteFile);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS capture_gaps (id INTEGER PRIMARY KEY, started_at TEXT NOT "
            "NULL, ended_at TEXT NOT NULL, gateway TEXT NOT NULL, reason TEXT NOT NULL)"))) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    return true;
}

bool CaptureGapLog::add(const CaptureGap &gap, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("INSERT INTO capture_gaps (started_at, ended_at, gateway, "
                                 "reason) VALUES (?, ?, ?, ?)"));
    query.addBindValue(isoMs(gap.from));
    query.addBindValue(isoMs(gap.to));
    query.addBindValue(gap.gateway);
    query.addBindValue(gap.reason);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    return true;
}

QList<CaptureGap> CaptureGapLog::gaps(QString *error) const
{
    QList<CaptureGap> result;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("SELECT started_at, ended_at, gateway, reason FROM "
                                   "capture_gaps ORDER BY started_at, id"))) {
        if (error)
            *error = query.lastError().text();
        return result;
    }
    while (query.next()) {
        CaptureGap gap;
        gap.from = QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
        gap.to = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        gap.gateway = query.value(2).toString();
        gap.reason = query.value(3).toString();
        result.append(gap);
    }
    return result;
}
