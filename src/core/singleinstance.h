// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

// One running window per user and store: a later launch hands its arguments (a link) to the
// running one over a local socket and exits. The socket is per user (only the owner may connect)
// and per store; a socket file left behind by a crash is detected and replaced. The first
// window to listen also answers under a per-user name of no store (anyServerName()): a link
// opened from the desktop without --db goes to it, whatever store it shows.
class SingleInstance : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    // key: what makes instances distinct (the store location).
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);
    ~SingleInstance() override;

    static QString serverNameFor(const QString &key);
    QString serverName() const { return m_name; }
    static QString anyServerName();

    // Hands message to a running instance; true once it acknowledged within timeoutMs.
    bool sendToRunning(const QStringList &message, int timeoutMs = 2000);
    // Hands message to any running instance of this user, whatever its store.
    static bool sendToAny(const QStringList &message, int timeoutMs = 2000);
    // Becomes the running instance (and the user's "any" instance when no other one is). false
    // (with *error) if another one answers on this store or the socket cannot be created.
    bool listen(QString *error);
    bool isAnyInstance() const;
    // The window moved to another store: answers under that store's name from now on (if it
    // listened before). false (with *error) when the new name cannot be taken.
    bool moveTo(const QString &key, QString *error);
    bool isListening() const;

    static constexpr int MaxMessageBytes = 64 * 1024;

Q_SIGNALS:
    void messageReceived(const QStringList &message);

private:
    void onNewConnection(QLocalServer *server);
    void readFrom(QLocalSocket *socket);
    void listenAny();
    static bool send(const QString &name, const QStringList &message, int timeoutMs);

    QString m_name;
    QLocalServer *m_server = nullptr;
    QLocalServer *m_anyServer = nullptr;
};
