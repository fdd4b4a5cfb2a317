// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apikeystore.h"

#include <QString>

#include <functional>

// The password of a PostgreSQL store, for the app and gatescope-cli alike: one typed in the Open
// Store dialog for this session (memory only), PGPASSWORD, or one the dialog saved in the system
// keychain, in that order; with none, libpq reads ~/.pgpass. Never in a file or in the URL:
// where no keychain service runs, remember() says so and saves nothing. install() hands the
// lookup to PostgresLogStore, which asks on every new connection (so this lives in core, which
// knows the store backends, not in net, which knows only the LogStore interface).
class StorePasswords
{
public:
    // "user@host:port/dbname" of a postgresql:// location (the keychain entry's name and what
    // the window shows), or empty for any other location. Never contains a password.
    static QString account(const QString &location);

    // Makes PostgresLogStore ask password() (once per process; main() of the app and the CLI).
    static void install();
    // What PostgresLogStore is told for a location: empty to leave it to libpq.
    static QString password(const QString &location);

    // For this session only; an empty password forgets it.
    static void setSessionPassword(const QString &location, const QString &password);
    // Saves in the system keychain and notes (in QSettings, without the secret) that the store
    // has one there. KeyResult::noKeychainService when no keychain answers: nothing is saved.
    static KeyResult remember(const QString &location, const QString &password);
    static bool forget(const QString &location, QString *error);
    static bool isRemembered(const QString &location);

    // The keychain behind remember(), forget() and password(): ApiKeyStore's by default. Tests
    // put an in-memory one here where the test machine runs no keychain service.
    struct Keychain
    {
        std::function<KeyResult(const QString &account, const QString &password)> store;
        std::function<KeyResult(const QString &account)> read;
        std::function<bool(const QString &account, QString *error)> remove;
    };
    static void setKeychain(Keychain keychain);
    static Keychain systemKeychain();
};
