// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logrecord.h"

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>

// The recording proxy behind `gatescope-cli record`: an HTTP/1.1 server on a local port that
// forwards every request unchanged to one upstream (a gateway or any OpenAI-compatible
// endpoint) and the response unchanged back, streams included, chunk by chunk as they arrive,
// and records each exchange as the client saw it (ProxyRecordBuilder). HTTP framing is parsed by
// libhttp-parser; the bytes are relayed on the event loop with flow control, so a 50 MB body
// never sits in a socket buffer: only its recorded copy (up to maxRecordedBodyBytes) is held.
class RecordingProxy : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingProxy)

public:
    struct Options
    {
        QHostAddress address = QHostAddress::LocalHost; // loopback unless told otherwise
        quint16 port = 0; // 0: any free port
        QUrl upstream; // "http://127.0.0.1:8787"; its path, if any, prefixes every request
        qint64 maxRecordedBodyBytes = 64LL * 1024 * 1024; // a larger body is relayed, not kept
        // A request whose head (request line and headers) has not fully arrived this long after
        // its first byte is answered 408 and closed; nothing is recorded.
        int headerTimeoutMs = 30 * 1000;
        // A keep-alive connection with no request under way is closed after this long.
        int idleTimeoutMs = 60 * 1000;
        // Connections beyond this many at once are answered 503 and closed. Lowered further to
        // what the descriptor limit (ulimit -n) allows: three per connection.
        int maxConnections = 512;
    };

    explicit RecordingProxy(const Options &options, QObject *parent = nullptr);
    ~RecordingProxy() override;

    bool listen(QString *error);
    quint16 port() const { return m_server.serverPort(); }
    QString listenName() const;
    void close();
    int connections() const { return m_connections; }
    // The cap in force: Options::maxConnections, or less under a low descriptor limit.
    int connectionLimit() const { return m_connectionLimit; }
    const Options &options() const { return m_options; }

signals:
    void recorded(const LogRecord &record);
    // The upstream could not be reached or broke off (the client got a 502 or a cut response).
    void failure(const QString &message);
    // Something the operator should know that is not a failed request (the connection limit).
    void notice(const QString &message);

private:
    void onNewConnection();
    void refuse(QTcpSocket *client);
    void onAcceptError(QAbstractSocket::SocketError error);

    Options m_options;
    QTcpServer m_server;
    int m_connections = 0;
    int m_connectionLimit = 0;
    bool m_limitReported = false;
    bool m_acceptErrorReported = false;
    int m_refusedLingering = 0;
};
