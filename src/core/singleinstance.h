// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

// One running window per user and store: a later launch hands its arguments (a link) to the
// running one over a local socket and exits. The socket is per user (only the owner may connect)
// and per store; a socket file left behind by a crash is detected and replaced.
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

    // Hands message to a running instance; true once it acknowledged within timeoutMs.
    bool sendToRunning(const QStringList &message, int timeoutMs = 2000);
    // Becomes the running instance. false (with *error) if another one answers or the socket
    // cannot be created.
    bool listen(QString *error);
    // The window moved to another store: answers under that store's name from now on (if it
    // listened before). false (with *error) when the new name cannot be taken.
    bool moveTo(const QString &key, QString *error);
    bool isListening() const;

    static constexpr int MaxMessageBytes = 64 * 1024;

Q_SIGNALS:
    void messageReceived(const QStringList &message);

private:
    void onNewConnection();
    void readFrom(QLocalSocket *socket);

    QString m_name;
    QLocalServer *m_server = nullptr;
};
