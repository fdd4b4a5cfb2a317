// SPDX-License-Identifier: GPL-3.0-or-later
// Review claims of PostgresLogStore.
#include "postgreslogstore.h"

std::optional<LogRecord> PostgresLogStore::claimNextForReview(const QString &filter,
                                                              const QString &reviewer,
                                                              int claimSeconds, QString *error)
{
    Q_UNUSED(filter);
    Q_UNUSED(reviewer);
    Q_UNUSED(claimSeconds);
    unsupported(error);
    return std::nullopt;
}

bool PostgresLogStore::releaseReviewClaim(qint64 rowId, const QString &reviewer, QString *error)
{
    Q_UNUSED(rowId);
    Q_UNUSED(reviewer);
    return unsupported(error);
}
