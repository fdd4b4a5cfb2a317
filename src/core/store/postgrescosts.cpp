// SPDX-License-Identifier: GPL-3.0-or-later
// Repricing of PostgresLogStore.
#include "postgreslogstore.h"

std::optional<qint64> PostgresLogStore::updateCosts(const QList<CostUpdate> &updates,
                                                    QString *error)
{
    Q_UNUSED(updates);
    unsupported(error);
    return std::nullopt;
}
