// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Where an API key was kept.
enum class KeyLocation { None, Keychain, File };

struct KeyResult
{
    bool ok = false;
    KeyLocation location = KeyLocation::None;
    QString key; // read(): the key
    QString error; // one sentence for the user when !ok
    bool noKeychainService = false; // the system keychain is not running (a headless machine)
};

// Keeps a connection's API key in the system keychain (QtKeychain: Secret Service, KWallet,
// macOS Keychain, Windows Credential Store). Where no keychain service runs it refuses, unless
// the caller passes the user's consent, and then writes the key to a file only the user can
// read (0600 in a 0700 folder). It never falls back silently.
class ApiKeyStore
{
public:
    // keyDir holds the fallback files; default: keys/ in AppDataLocation.
    explicit ApiKeyStore(QString keyDir = defaultKeyDir());
    static QString defaultKeyDir();

    // Tests (and GATESCOPE_NO_KEYCHAIN=1) act as if no keychain service ran.
    void setKeychainDisabled(bool disabled) { m_keychainDisabled = disabled; }
    // Keychain entries are named prefix + connection (other secrets than API keys use their own).
    void setEntryPrefix(const QString &prefix) { m_entryPrefix = prefix; }

    KeyResult store(const QString &connection, const QString &key, bool allowFileFallback);
    KeyResult read(const QString &connection);
    bool remove(const QString &connection, QString *error);
    QString fallbackFile(const QString &connection) const;

private:
    bool keychainDisabled() const;

    QString m_keyDir;
    bool m_keychainDisabled = false;
    QString m_entryPrefix = QStringLiteral("portkey-connection/");
};
