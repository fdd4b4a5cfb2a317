#pragma once

#include "controlplaneclient.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

// One Portkey control-plane connection as the user configured it. The API key is not here: it
// lives in the keychain (ApiKeyStore).
struct Connection
{
    QString name;
    QUrl controlPlane = QUrl(QStringLiteral("https://api.portkey.ai/v1"));
    QUrl dataPlane = QUrl(QStringLiteral("https://api.portkey.ai/v1"));
    QString workspace;
    QDateTime syncedUntil; // every log up to here was synced (invalid: never synced)

    ControlPlaneEndpoint endpoint() const;
};

// The connections, kept in connections.json in the application config folder. Writes are
// atomic (QSaveFile); an unreadable file is reported, never silently replaced.
class ConnectionStore
{
public:
    explicit ConnectionStore(QString file = defaultFile());
    // GATESCOPE_CONNECTIONS when set, else connections.json in AppConfigLocation.
    static QString defaultFile();
    // A name is letters, digits, '-', '_' and '.', so it can name files and keychain entries.
    static bool validName(const QString &name);

    QList<Connection> list(QString *error = nullptr) const;
    std::optional<Connection> find(const QString &name, QString *error = nullptr) const;
    bool save(const Connection &connection, QString *error); // add or replace by name
    bool remove(const QString &name, QString *error);
    bool setSyncedUntil(const QString &name, const QDateTime &until, QString *error);

private:
    bool write(const QList<Connection> &connections, QString *error) const;

    QString m_file;
};
