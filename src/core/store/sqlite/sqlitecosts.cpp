// SPDX-License-Identifier: GPL-3.0-or-later
// Repricing of SqliteLogStore.
#include "sqlitelogstore.h"

#include "sqlitesupport.h"

#include <sqlite3.h>

std::optional<qint64> SqliteLogStore::updateCosts(const QList<CostUpdate> &updates, QString *error)
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
    if (!exec("BEGIN IMMEDIATE", &why)) {
        if (error)
            *error = QStringLiteral("updating the costs failed: %1").arg(why);
        return std::nullopt;
    }
    // Only rows whose cost, currency or flag differ count as changed (IS NOT: NULL-safe).
    sqlite3_stmt *st = statement(
        u"UPDATE logs SET cost_cents = ?2, currency = ?3, cost_estimated = ?4 WHERE row_id = ?1 "
        "AND (cost_cents IS NOT ?2 OR currency IS NOT ?3 OR cost_estimated IS NOT ?4)"_qs,
        &why);
    if (!st)
        return fail(why);
    qint64 changed = 0;
    for (const CostUpdate &u : updates) {
        sqlite3_bind_int64(st, 1, u.rowId);
        SqliteSupport::bindOpt(st, 2, u.costCents);
        SqliteSupport::bindText(st, 3, u.currency);
        sqlite3_bind_int(st, 4, u.estimated ? 1 : 0);
        const int rc = sqlite3_step(st);
        sqlite3_reset(st);
        if (rc != SQLITE_DONE)
            return fail(lastError());
        changed += sqlite3_changes(m_db);
    }
    if (!exec("COMMIT", &why))
        return fail(why);
    return changed;
}
