// SPDX-License-Identifier: GPL-3.0-or-later
#include "storepasswords.h"

#include "postgreslogstore.h"

#include <QHash>
#include <QMutex>
#include <QSettings>
#include <QUrl>

namespace {

const QString kRememberedKey = QStringLiteral("store/keychainAccounts");

struct State
{
    QMutex mutex;
    QHash<QString, QString> session; // account -> typed password
    QHash<QString, QString> fromKeychain; // account -> what the keychain gave (read once)
    std::optional<StorePasswords::Keychain> keychain;
    QMutex keychainMutex; // one keychain job at a time (it may ask the user to unlock)
};

State &state()
{
    static State s;
    return s;
}

StorePasswords::Keychain currentKeychain()
{
    State &s = state();
    const QMutexLocker lock(&s.mutex);
    return s.keychain ? *s.keychain : StorePasswords::systemKeychain();
}

} // namespace

QString StorePasswords::account(const QString &location)
{
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"postgresql" && url.scheme() != u"postgres"))
        return {};
    QString account = url.host() + u':' + QString::number(url.port(5432)) + url.path();
    if (!url.userName().isEmpty())
        account.prepend(url.userName() + u'@');
    return account;
}

StorePasswords::Keychain StorePasswords::systemKeychain()
{
    auto keys = [] {
        ApiKeyStore store;
        store.setEntryPrefix(QStringLiteral("postgresql-store/"));
        return store;
    };
    Keychain keychain;
    // Never the file fallback ApiKeyStore offers for API keys: a database password stays in a
    // keychain or nowhere.
    keychain.store = [keys](const QString &account, const QString &password) {
        return keys().store(account, password, false);
    };
    keychain.read = [keys](const QString &account) {
        return keys().read(account);
    };
    keychain.remove = [keys](const QString &account, QString *error) {
        return keys().remove(account, error);
    };
    return keychain;
}

void StorePasswords::setKeychain(Keychain keychain)
{
    State &s = state();
    const QMutexLocker lock(&s.mutex);
    s.keychain = std::move(keychain);
    s.fromKeychain.clear();
}

void StorePasswords::install()
{
    PostgresLogStore::setPasswordProvider(&StorePasswords::password);
}

QString StorePasswords::password(const QString &location)
{
    const QString name = account(location);
    if (name.isEmpty())
        return {};
    State &s = state();
    {
        const QMutexLocker lock(&s.mutex);
        if (const auto it = s.session.constFind(name); it != s.session.cend())
            return *it;
    }
    // PGPASSWORD comes before a saved password, as in every libpq program.
    if (!qEnvironmentVariableIsEmpty("PGPASSWORD") || !isRemembered(location))
        return {};
    const QMutexLocker keychainLock(&s.keychainMutex);
    {
        const QMutexLocker lock(&s.mutex);
        if (const auto it = s.fromKeychain.constFind(name); it != s.fromKeychain.cend())
            return *it;
    }
    // Read once per process: every store connection of the app asks, the keychain may prompt.
    const KeyResult read = currentKeychain().read(name);
    const QString password = read.ok ? read.key : QString();
    const QMutexLocker lock(&s.mutex);
    s.fromKeychain.insert(name, password);
    return password;
}

void StorePasswords::setSessionPassword(const QString &location, const QString &password)
{
    const QString name = account(location);
    if (name.isEmpty())
        return;
    State &s = state();
    const QMutexLocker lock(&s.mutex);
    if (password.isEmpty())
        s.session.remove(name);
    else
        s.session.insert(name, password);
}

KeyResult StorePasswords::remember(const QString &location, const QString &password)
{
    const QString name = account(location);
    if (name.isEmpty() || password.isEmpty()) {
        KeyResult result;
        result.error = QStringLiteral("There is no password to save for this store.");
        return result;
    }
    KeyResult result = currentKeychain().store(name, password);
    if (!result.ok)
        return result;
    State &s = state();
    {
        const QMutexLocker lock(&s.mutex);
        s.fromKeychain.insert(name, password);
    }
    QSettings settings;
    QStringList accounts = settings.value(kRememberedKey).toStringList();
    if (!accounts.contains(name)) {
        accounts.append(name);
        settings.setValue(kRememberedKey, accounts);
    }
    return result;
}

bool StorePasswords::forget(const QString &location, QString *error)
{
    const QString name = account(location);
    if (name.isEmpty())
        return true;
    if (!currentKeychain().remove(name, error))
        return false;
    State &s = state();
    {
        const QMutexLocker lock(&s.mutex);
        s.fromKeychain.remove(name);
    }
    QSettings settings;
    QStringList accounts = settings.value(kRememberedKey).toStringList();
    accounts.removeAll(name);
    settings.setValue(kRememberedKey, accounts);
    return true;
}

bool StorePasswords::isRemembered(const QString &location)
{
    const QString name = account(location);
    return !name.isEmpty() && QSettings().value(kRememberedKey).toStringList().contains(name);
}
