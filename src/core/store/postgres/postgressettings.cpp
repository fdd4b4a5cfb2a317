// SPDX-License-Identifier: GPL-3.0-or-later
// The store's settings of PostgresLogStore: the gatescope_settings table, shared by everyone who
// opens the database.
#include "postgresresult.h"

std::optional<QString> PostgresLogStore::storeSetting(const QString &key, QString *error)
{
    QString why;
    const Result res = run(u"SELECT value FROM gatescope_settings WHERE key = $1"_qs, {key}, &why);
    if (!res) {
        if (error)
            *error = QStringLiteral("reading the store setting '%1' failed: %2").arg(key, why);
        return std::nullopt;
    }
    if (error)
        error->clear();
    if (res.rows() == 0)
        return std::nullopt;
    return res.isNull(0, 0) ? QString(u""_qs) : res.text(0, 0);
}

bool PostgresLogStore::setStoreSetting(const QString &key, const QString &value, QString *error)
{
    QString why;
    const Result res = value.isNull()
        ? run(u"DELETE FROM gatescope_settings WHERE key = $1"_qs, {key}, &why)
        : run(u"INSERT INTO gatescope_settings (key, value) VALUES ($1, $2) "
              "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_qs,
              {key, value}, &why);
    if (!res && error)
        *error = QStringLiteral("saving the store setting '%1' failed: %2").arg(key, why);
    return bool(res);
}

bool PostgresLogStore::updateStoreSetting(const QString &key, const SettingChange &change,
                                          QString *error)
{
    // One transaction holding a lock on the key until it ends: another connection's change of
    // the same setting waits for it, then reads what this one wrote.
    QString why;
    bool ok = exec("BEGIN", &why)
        && bool(run(u"SELECT pg_advisory_xact_lock(hashtext($1))"_qs,
                    QVariantList {QVariant(u"gatescope_settings:"_qs + key)}, &why));
    if (!ok) {
        if (error)
            *error = QStringLiteral("saving the store setting '%1' failed: %2").arg(key, why);
        exec("ROLLBACK", nullptr);
        return false;
    }
    std::optional<QString> value = storeSetting(key, &why);
    ok = value || why.isEmpty();
    if (!ok && error)
        *error = why;
    ok = ok && change(value, error) && setStoreSetting(key, value ? *value : QString(), error);
    if (ok && !exec("COMMIT", &why)) {
        ok = false;
        if (error)
            *error = QStringLiteral("saving the store setting '%1' failed: %2").arg(key, why);
    }
    if (!ok)
        exec("ROLLBACK", nullptr);
    return ok;
}
