// SPDX-License-Identifier: GPL-3.0-or-later
// Retention and forgetting of PostgresLogStore.
#include "postgreslogstore.h"

std::optional<qint64> PostgresLogStore::deleteLogs(const QString &filter, QString *error,
                                                   const std::atomic_bool *cancel)
{
    Q_UNUSED(filter);
    Q_UNUSED(cancel);
    unsupported(error);
    return std::nullopt;
}

std::optional<qint64> PostgresLogStore::forgetContent(const QString &filter, QString *error,
                                                      const std::atomic_bool *cancel)
{
    Q_UNUSED(filter);
    Q_UNUSED(cancel);
    unsupported(error);
    return std::nullopt;
}
