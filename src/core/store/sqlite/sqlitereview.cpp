// SPDX-License-Identifier: GPL-3.0-or-later
// Review claims of SqliteLogStore: rows of review_claims (log_row_id, reviewer, expires_at ms),
// taken in a write transaction (BEGIN IMMEDIATE), so that two connections to the same file
// never claim the same log: the second waits for the first's commit and then sees its claim.
#include "sqlitelogstore.h"

#include <QDateTime>

#include <sqlite3.h>

namespace {

// Row ids are integers: written into the statement, they cannot inject anything.
QString passOverCondition(const QList<qint64> &rowIds)
{
    if (rowIds.isEmpty())
        return {};
    QStringList ids;
    ids.reserve(rowIds.size());
    for (qint64 id : rowIds)
        ids.append(QString::number(id));
    return u" AND logs.row_id NOT IN (" + ids.join(u", ") + u')';
}

QString claimError(const QString &why)
{
    return QStringLiteral("claiming a log for review failed: %1").arg(why);
}

} // namespace

std::optional<LogRecord> SqliteLogStore::claimNextForReview(const QString &filter,
                                                            const QString &reviewer,
                                                            int claimSeconds, QString *error,
                                                            const QList<qint64> &passOver)
{
    if (reviewer.isEmpty()) {
        if (error)
            *error = claimError(QStringLiteral("no reviewer's name was given"));
        return std::nullopt;
    }
    QVariantList params;
    const auto where = whereFor(filter, params, error);
    if (!where)
        return std::nullopt;
    QString why;
    auto fail = [&](const QString &message) -> std::optional<LogRecord> {
        exec("ROLLBACK", nullptr);
        if (error)
            *error = claimError(message);
        return std::nullopt;
    };
    if (!exec("BEGIN IMMEDIATE", &why)) {
        if (error)
            *error = claimError(why);
        return std::nullopt;
    }
    // The client's clock: a SQLite store lives on this machine.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    params.append(reviewer);
    const QString r = m_dialect.placeholder(int(params.size()));
    params.append(now);
    const QString t = m_dialect.placeholder(int(params.size()));
    const QString rest
        = (where->isEmpty() ? QString() : u" AND (" + *where + u')') + passOverCondition(passOver);

    std::optional<qint64> rowId;
    auto take = [&](sqlite3_stmt *st) {
        rowId = sqlite3_column_int64(st, 0);
    };
    // This reviewer's own claims first: a review picked up again after a crash resumes there.
    if (!forEachRow(u"SELECT logs.row_id FROM review_claims c JOIN logs ON logs.row_id = "
                    "c.log_row_id WHERE c.reviewer = "
                        + r + u" AND c.expires_at > " + t + u" AND logs.feedback_count = 0" + rest
                        + u" ORDER BY logs.created_at DESC, logs.row_id DESC LIMIT 1",
                    params, take, &why))
        return fail(why);
    if (!rowId
        && !forEachRow(u"SELECT row_id FROM logs WHERE feedback_count = 0" + rest
                           + u" AND NOT EXISTS (SELECT 1 FROM review_claims c WHERE "
                             "c.log_row_id = logs.row_id AND c.reviewer <> "
                           + r + u" AND c.expires_at > " + t
                           + u") ORDER BY created_at DESC, row_id DESC LIMIT 1",
                       params, take, &why))
        return fail(why);
    if (!rowId) {
        exec("COMMIT", nullptr);
        if (error)
            error->clear();
        return std::nullopt;
    }
    if (!forEachRow(u"INSERT INTO review_claims (log_row_id, reviewer, expires_at) VALUES "
                    "(?1, ?2, ?3) ON CONFLICT (log_row_id) DO UPDATE SET reviewer = "
                    "excluded.reviewer, expires_at = excluded.expires_at"_qs,
                    {*rowId, reviewer, now + qint64(claimSeconds) * 1000}, nullptr, &why))
        return fail(why);
    const QList<LogRecord> rows = rowsByIds({*rowId}, &why);
    if (rows.isEmpty())
        return fail(why.isEmpty() ? QStringLiteral("the log is gone") : why);
    if (!exec("COMMIT", &why))
        return fail(why);
    if (error)
        error->clear();
    return rows.first();
}

std::optional<LogRecord> SqliteLogStore::claimForReview(qint64 rowId, const QString &reviewer,
                                                        int claimSeconds, QString *error)
{
    if (reviewer.isEmpty()) {
        if (error)
            *error = claimError(QStringLiteral("no reviewer's name was given"));
        return std::nullopt;
    }
    QString why;
    auto fail = [&](const QString &message) -> std::optional<LogRecord> {
        exec("ROLLBACK", nullptr);
        if (error)
            *error = claimError(message);
        return std::nullopt;
    };
    if (!exec("BEGIN IMMEDIATE", &why)) {
        if (error)
            *error = claimError(why);
        return std::nullopt;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    bool available = false;
    if (!forEachRow(
            u"SELECT 1 FROM logs WHERE row_id = ?1 AND feedback_count = 0 AND NOT EXISTS "
            "(SELECT 1 FROM review_claims c WHERE c.log_row_id = logs.row_id AND "
            "c.reviewer <> ?2 AND c.expires_at > ?3)"_qs,
            {rowId, reviewer, now}, [&](sqlite3_stmt *) { available = true; }, &why))
        return fail(why);
    if (!available) {
        exec("COMMIT", nullptr);
        if (error)
            error->clear();
        return std::nullopt;
    }
    if (!forEachRow(u"INSERT INTO review_claims (log_row_id, reviewer, expires_at) VALUES "
                    "(?1, ?2, ?3) ON CONFLICT (log_row_id) DO UPDATE SET reviewer = "
                    "excluded.reviewer, expires_at = excluded.expires_at"_qs,
                    {rowId, reviewer, now + qint64(claimSeconds) * 1000}, nullptr, &why))
        return fail(why);
    const QList<LogRecord> rows = rowsByIds({rowId}, &why);
    if (rows.isEmpty())
        return fail(why.isEmpty() ? QStringLiteral("the log is gone") : why);
    if (!exec("COMMIT", &why))
        return fail(why);
    if (error)
        error->clear();
    return rows.first();
}

bool SqliteLogStore::releaseReviewClaim(qint64 rowId, const QString &reviewer, QString *error)
{
    QString why;
    // Only this reviewer's claim: one that ran out and was taken over stays with the other.
    if (!forEachRow(u"DELETE FROM review_claims WHERE log_row_id = ?1 AND reviewer = ?2"_qs,
                    {rowId, reviewer}, nullptr, &why)) {
        if (error)
            *error = QStringLiteral("releasing a review claim failed: %1").arg(why);
        return false;
    }
    return true;
}
