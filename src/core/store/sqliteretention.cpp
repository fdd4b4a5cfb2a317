// SPDX-License-Identifier: GPL-3.0-or-later
// Retention and forgetting of SqliteLogStore.
#include "sqlitelogstore.h"

std::optional<qint64> SqliteLogStore::deleteLogs(const QString &filter, QString *error,
                                                 const std::atomic_bool *cancel)
{
    Q_UNUSED(filter);
    Q_UNUSED(cancel);
    unsupported(error);
    return std::nullopt;
}

std::optional<qint64> SqliteLogStore::forgetContent(const QString &filter, QString *error,
                                                    const std::atomic_bool *cancel)
{
    Q_UNUSED(filter);
    Q_UNUSED(cancel);
    unsupported(error);
    return std::nullopt;
}
