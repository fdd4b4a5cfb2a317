// SPDX-License-Identifier: GPL-3.0-or-later
// Repricing of SqliteLogStore.
#include "sqlitelogstore.h"

std::optional<qint64> SqliteLogStore::updateCosts(const QList<CostUpdate> &updates, QString *error)
{
    Q_UNUSED(updates);
    unsupported(error);
    return std::nullopt;
}
