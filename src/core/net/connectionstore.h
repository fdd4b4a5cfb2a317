// SPDX-License-Identifier: GPL-3.0-or-later
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
    // A PEM or DER certificate trusted for this connection besides the system's CAs: a
    // self-hosted control plane with a self-signed or private-CA certificate. Empty: system CAs.
    QString caCertificateFile;
    // Feedback given in the app goes to this connection (at most one connection has it).
    bool sendFeedback = false;

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
    // Empty when the file holds at least one PEM or DER certificate, else why not.
    static QString caCertificateProblem(const QString &file);

    QList<Connection> list(QString *error = nullptr) const;
    std::optional<Connection> find(const QString &name, QString *error = nullptr) const;
    // Adds or replaces by name. Saving one with sendFeedback takes the choice from the others.
    bool save(const Connection &connection, QString *error);
    bool remove(const QString &name, QString *error);
    bool setSyncedUntil(const QString &name, const QDateTime &until, QString *error);
    // The connection feedback goes to, if one is chosen.
    std::optional<Connection> feedbackConnection(QString *error = nullptr) const;

private:
    bool write(const QList<Connection> &connections, QString *error) const;

    QString m_file;
};
