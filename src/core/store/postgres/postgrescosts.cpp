// SPDX-License-Identifier: GPL-3.0-or-later
// Repricing of PostgresLogStore.
#include "postgresresult.h"

std::optional<qint64> PostgresLogStore::updateCosts(const QList<CostUpdate> &updates,
                                                    QString *error)
{
    if (updates.isEmpty())
        return 0;
    QString why;
    auto fail = [&](const QString &message) -> std::optional<qint64> {
        exec("ROLLBACK", nullptr);
        if (error)
            *error = QStringLiteral("updating the costs failed: %1").arg(message);
        return std::nullopt;
    };
    if (!exec("BEGIN", &why)) {
        if (error)
            *error = QStringLiteral("updating the costs failed: %1").arg(why);
        return std::nullopt;
    }
    // Only rows whose cost, currency or flag differ count as changed. A null parameter has no
    // type of its own, hence the casts.
    const QString sql = u"UPDATE logs SET cost_cents = $2::float8, currency = $3::text, "
                        "cost_estimated = $4::smallint WHERE row_id = $1 AND (cost_cents IS "
                        "DISTINCT FROM $2::float8 OR currency IS DISTINCT FROM $3::text OR "
                        "cost_estimated IS DISTINCT FROM $4::smallint) RETURNING row_id"_qs;
    qint64 changed = 0;
    for (const CostUpdate &u : updates) {
        const Result res = run(sql,
                               {u.rowId, u.costCents ? QVariant(*u.costCents) : QVariant(),
                                u.currency.isNull() ? QVariant() : QVariant(u.currency),
                                qint64(u.estimated ? 1 : 0)},
                               &why);
        if (!res)
            return fail(why);
        changed += res.rows();
    }
    if (!exec("COMMIT", &why))
        return fail(why);
    return changed;
}
