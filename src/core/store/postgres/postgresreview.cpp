// SPDX-License-Identifier: GPL-3.0-or-later
// Review claims of PostgresLogStore: rows of review_claims (log_row_id, reviewer, expires_at ms
// on the server's clock, so that desktops with skewed clocks agree on when a claim runs out).
// Several reviewers claim at once; each claim is one statement that locks the log it picks
// (FOR UPDATE SKIP LOCKED: a log another claim is taking is passed over, not waited for) and
// writes the claim only where none of someone else's is left or it ran out (ON CONFLICT ...
// WHERE), so two reviewers never hold the same log.
#include "postgresresult.h"

namespace {

// Milliseconds since the epoch on the server's clock.
const QString kNow = QStringLiteral("(extract(epoch FROM clock_timestamp()) * 1000)::bigint");

QString passOverCondition(const QList<qint64> &rowIds)
{
    if (rowIds.isEmpty())
        return {};
    QStringList ids;
    ids.reserve(rowIds.size());
    for (qint64 id : rowIds)
        ids.append(QString::number(id)); // integers: nothing to inject
    return u" AND logs.row_id NOT IN (" + ids.join(u", ") + u')';
}

QString claimError(const QString &why)
{
    return QStringLiteral("claiming a log for review failed: %1").arg(why);
}

// A statement that lost the race for its log (another claim committed it meanwhile) is run
// again, with a fresh snapshot; this many times at most.
constexpr int kClaimAttempts = 50;

} // namespace

std::optional<LogRecord> PostgresLogStore::claimNextForReview(const QString &filter,
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
    params.append(reviewer);
    const QString r = m_dialect.placeholder(int(params.size()));
    params.append(qint64(claimSeconds) * 1000);
    const QString length = m_dialect.placeholder(int(params.size()));
    const QString rest
        = (where->isEmpty() ? QString() : u" AND (" + *where + u')') + passOverCondition(passOver);
    QString why;

    // This reviewer's own claims first (a review resumed after a crash), renewed; the UPDATE
    // checks again that the claim is still theirs.
    Result own
        = run(u"UPDATE review_claims SET expires_at = " + kNow + u" + " + length
                  + u" WHERE reviewer = " + r + u" AND expires_at > " + kNow
                  + u" AND log_row_id = (SELECT c.log_row_id FROM review_claims c JOIN "
                    "logs ON logs.row_id = c.log_row_id WHERE c.reviewer = "
                  + r + u" AND c.expires_at > " + kNow + u" AND logs.feedback_count = 0" + rest
                  + u" ORDER BY logs.created_at DESC, logs.row_id DESC LIMIT 1) "
                    "RETURNING log_row_id",
              params, &why);
    if (!own) {
        if (error)
            *error = claimError(why);
        return std::nullopt;
    }
    std::optional<qint64> rowId;
    if (own.rows() > 0)
        rowId = own.int64(0, 0);

    const QString claim
        = u"WITH candidate AS MATERIALIZED (SELECT row_id FROM logs WHERE feedback_count = 0" + rest
        + u" AND NOT EXISTS (SELECT 1 FROM review_claims c WHERE c.log_row_id = logs.row_id AND "
          "c.reviewer <> "
        + r + u" AND c.expires_at > " + kNow
        + u") ORDER BY created_at DESC, row_id DESC LIMIT 1 FOR UPDATE OF logs SKIP LOCKED), "
          "claimed AS (INSERT INTO review_claims (log_row_id, reviewer, expires_at) SELECT "
          "row_id, "
        + r + u", " + kNow + u" + " + length
        + u" FROM candidate ON CONFLICT (log_row_id) DO UPDATE SET reviewer = "
          "excluded.reviewer, expires_at = excluded.expires_at WHERE review_claims.reviewer = "
          "excluded.reviewer OR review_claims.expires_at <= "
        + kNow
        + u" RETURNING log_row_id) SELECT (SELECT row_id FROM candidate), (SELECT log_row_id "
          "FROM claimed)";
    for (int attempt = 0; !rowId && attempt < kClaimAttempts; ++attempt) {
        Result res = run(claim, params, &why);
        if (!res) {
            if (error)
                *error = claimError(why);
            return std::nullopt;
        }
        if (res.isNull(0, 0)) { // nothing left
            if (error)
                error->clear();
            return std::nullopt;
        }
        if (!res.isNull(0, 1))
            rowId = res.int64(0, 1);
        // else: another reviewer's claim on that log committed while this statement ran
    }
    if (!rowId) {
        if (error)
            *error = claimError(QStringLiteral("other reviewers took every log tried"));
        return std::nullopt;
    }
    const QList<LogRecord> rows = rowsByIds({*rowId}, &why);
    if (rows.isEmpty()) {
        if (error)
            *error = claimError(why.isEmpty() ? QStringLiteral("the log is gone") : why);
        return std::nullopt;
    }
    if (error)
        error->clear();
    return rows.first();
}

std::optional<LogRecord> PostgresLogStore::claimForReview(qint64 rowId, const QString &reviewer,
                                                          int claimSeconds, QString *error)
{
    if (reviewer.isEmpty()) {
        if (error)
            *error = claimError(QStringLiteral("no reviewer's name was given"));
        return std::nullopt;
    }
    QString why;
    Result res = run(
        u"WITH candidate AS MATERIALIZED (SELECT row_id FROM logs WHERE row_id = $1 AND "
        "feedback_count = 0 FOR UPDATE OF logs), claimed AS (INSERT INTO review_claims "
        "(log_row_id, reviewer, expires_at) SELECT row_id, $2, "
            + kNow
            + u" + $3 FROM candidate ON CONFLICT (log_row_id) DO UPDATE SET reviewer = "
              "excluded.reviewer, expires_at = excluded.expires_at WHERE review_claims.reviewer "
              "= excluded.reviewer OR review_claims.expires_at <= "
            + kNow + u" RETURNING log_row_id) SELECT log_row_id FROM claimed",
        {rowId, reviewer, qint64(claimSeconds) * 1000}, &why);
    if (!res) {
        if (error)
            *error = claimError(why);
        return std::nullopt;
    }
    if (res.rows() == 0) {
        if (error)
            error->clear();
        return std::nullopt;
    }
    const QList<LogRecord> rows = rowsByIds({rowId}, &why);
    if (rows.isEmpty()) {
        if (error)
            *error = claimError(why.isEmpty() ? QStringLiteral("the log is gone") : why);
        return std::nullopt;
    }
    if (error)
        error->clear();
    return rows.first();
}

bool PostgresLogStore::releaseReviewClaim(qint64 rowId, const QString &reviewer, QString *error)
{
    QString why;
    // Only this reviewer's claim: one that ran out and was taken over stays with the other.
    if (!run(u"DELETE FROM review_claims WHERE log_row_id = $1 AND reviewer = $2"_qs,
             {rowId, reviewer}, &why)) {
        if (error)
            *error = QStringLiteral("releasing a review claim failed: %1").arg(why);
        return false;
    }
    return true;
}
