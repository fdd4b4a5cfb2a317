// SPDX-License-Identifier: GPL-3.0-or-later
// The store's settings of SqliteLogStore: rows of the meta table under "setting." keys.
#include "sqlitelogstore.h"

#include "sqlitesupport.h"

#include <sqlite3.h>

namespace {

QString metaKey(const QString &key)
{
    return u"setting."_qs + key;
}

} // namespace

std::optional<QString> SqliteLogStore::storeSetting(const QString &key, QString *error)
{
    std::optional<QString> value;
    QString why;
    const bool ok = forEachRow(
        u"SELECT value FROM main.meta WHERE key = ?1"_qs, {metaKey(key)},
        [&](sqlite3_stmt *st) { value = SqliteSupport::columnText(st, 0); }, &why);
    if (!ok) {
        if (error)
            *error = QStringLiteral("reading the store setting '%1' failed: %2").arg(key, why);
        return std::nullopt;
    }
    if (error)
        error->clear();
    return value;
}

bool SqliteLogStore::setStoreSetting(const QString &key, const QString &value, QString *error)
{
    QString why;
    const bool ok = value.isNull()
        ? forEachRow(u"DELETE FROM main.meta WHERE key = ?1"_qs, {metaKey(key)}, nullptr, &why)
        : forEachRow(u"INSERT INTO main.meta (key, value) VALUES (?1, ?2) "
                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_qs,
                     {metaKey(key), value}, nullptr, &why);
    if (!ok && error)
        *error = QStringLiteral("saving the store setting '%1' failed: %2").arg(key, why);
    return ok;
}

bool SqliteLogStore::updateStoreSetting(const QString &key, const SettingChange &change,
                                        QString *error)
{
    // The write lock first (as an import takes it), so no other connection writes in between.
    QString why;
    if (!beginOnBothFiles(&why)) {
        if (error)
            *error = QStringLiteral("saving the store setting '%1' failed: %2").arg(key, why);
        return false;
    }
    std::optional<QString> value = storeSetting(key, &why);
    bool ok = value || why.isEmpty();
    if (!ok && error)
        *error = why;
    ok = ok && change(value, error) && setStoreSetting(key, value ? *value : QString(), error);
    if (ok && !exec("COMMIT", &why)) {
        ok = false;
        if (error)
            *error = QStringLiteral("saving the store setting '%1' failed: %2").arg(key, why);
    }
    if (!ok && !sqlite3_get_autocommit(m_db))
        exec("ROLLBACK", nullptr);
    return ok;
}
