// SPDX-License-Identifier: GPL-3.0-or-later
#include "apikeystore.h"

#include <qt6keychain/keychain.h>

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QStandardPaths>

namespace {

const QString kService = QStringLiteral("gatescope");

// Runs a QtKeychain job to the end in a local event loop.
void runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

// Errors that mean no keychain service answers (no Secret Service or KWallet on the session
// bus, or no session bus at all), as opposed to the user saying no.
bool noService(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return true;
    default:
        return false;
    }
}

} // namespace

ApiKeyStore::ApiKeyStore(QString keyDir)
    : m_keyDir(std::move(keyDir))
{ }

QString ApiKeyStore::defaultKeyDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("keys"));
}

bool ApiKeyStore::keychainDisabled() const
{
    return m_keychainDisabled || qEnvironmentVariableIntValue("GATESCOPE_NO_KEYCHAIN") == 1;
}

QString ApiKeyStore::fallbackFile(const QString &connection) const
{
    return QDir(m_keyDir).filePath(connection + QStringLiteral(".key"));
}

KeyResult ApiKeyStore::store(const QString &connection, const QString &key, bool allowFileFallback)
{
    KeyResult result;
    QString why = QStringLiteral("keychain disabled");
    if (!keychainDisabled()) {
        QKeychain::WritePasswordJob job(kService);
        job.setKey(m_entryPrefix + connection);
        job.setTextData(key);
        runJob(job);
        if (job.error() == QKeychain::NoError) {
            QFile::remove(fallbackFile(connection)); // an older file copy is no longer needed
            result.ok = true;
            result.location = KeyLocation::Keychain;
            return result;
        }
        if (!noService(job)) {
            result.error = QStringLiteral("The system keychain refused to store the key: %1")
                               .arg(job.errorString());
            return result;
        }
        why = job.errorString();
    }
    result.noKeychainService = true;
    if (!allowFileFallback) {
        result.error = QStringLiteral("No system keychain service is running (%1). The key was "
                                      "not stored. Start a keychain (GNOME Keyring, KWallet), or "
                                      "agree to keep it in a file only you can read.")
                           .arg(why);
        return result;
    }
    // The folder first, so the file is never readable by others even for a moment.
    QDir().mkpath(m_keyDir);
    QFile::setPermissions(m_keyDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QFile file(fallbackFile(connection));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
        || file.write(key.toUtf8()) < 0 || !file.flush()) {
        result.error = QStringLiteral("Cannot write the key file %1: %2")
                           .arg(file.fileName(), file.errorString());
        file.close();
        file.remove();
        return result;
    }
    result.ok = true;
    result.location = KeyLocation::File;
    return result;
}

KeyResult ApiKeyStore::read(const QString &connection)
{
    KeyResult result;
    QString why;
    if (!keychainDisabled()) {
        QKeychain::ReadPasswordJob job(kService);
        job.setKey(m_entryPrefix + connection);
        runJob(job);
        if (job.error() == QKeychain::NoError) {
            result.ok = true;
            result.location = KeyLocation::Keychain;
            result.key = job.textData();
            return result;
        }
        result.noKeychainService = noService(job);
        why = job.errorString();
    } else {
        result.noKeychainService = true;
    }
    QFile file(fallbackFile(connection));
    if (file.open(QIODevice::ReadOnly)) {
        result.ok = true;
        result.location = KeyLocation::File;
        result.key = QString::fromUtf8(file.readAll()).trimmed();
        return result;
    }
    result.error
        = QStringLiteral("No API key stored for connection '%1'%2. Add the connection "
                         "again with its key.")
              .arg(connection, why.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(why));
    return result;
}

bool ApiKeyStore::remove(const QString &connection, QString *error)
{
    bool removed = QFile::remove(fallbackFile(connection));
    if (!keychainDisabled()) {
        QKeychain::DeletePasswordJob job(kService);
        job.setKey(m_entryPrefix + connection);
        runJob(job);
        if (job.error() == QKeychain::NoError)
            removed = true;
        else if (!removed && job.error() != QKeychain::EntryNotFound && !noService(job)) {
            if (error)
                *error = job.errorString();
            return false;
        }
    }
    return true;
}
