// SPDX-License-Identifier: GPL-3.0-or-later
// The store's settings, retention and forgetting of PostgresLogStore.
#include "postgreslogstore.h"

std::optional<QString> PostgresLogStore::storeSetting(const QString &key, QString *error)
{
    Q_UNUSED(key);
    unsupported(error);
    return std::nullopt;
}

bool PostgresLogStore::setStoreSetting(const QString &key, const QString &value, QString *error)
{
    Q_UNUSED(key);
    Q_UNUSED(value);
    return unsupported(error);
}

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
