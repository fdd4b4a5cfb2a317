// SPDX-License-Identifier: GPL-3.0-or-later
// The store's settings, retention and forgetting of SqliteLogStore.
#include "sqlitelogstore.h"

std::optional<QString> SqliteLogStore::storeSetting(const QString &key, QString *error)
{
    Q_UNUSED(key);
    unsupported(error);
    return std::nullopt;
}

bool SqliteLogStore::setStoreSetting(const QString &key, const QString &value, QString *error)
{
    Q_UNUSED(key);
    Q_UNUSED(value);
    return unsupported(error);
}

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
