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
    };

    explicit RecordingProxy(const Options &options, QObject *parent = nullptr);
    ~RecordingProxy() override;

    bool listen(QString *error);
    quint16 port() const { return m_server.serverPort(); }
    QString listenName() const;
    void close();
    int connections() const { return m_connections; }
    const Options &options() const { return m_options; }

signals:
    void recorded(const LogRecord &record);
    // The upstream could not be reached or broke off (the client got a 502 or a cut response).
    void failure(const QString &message);

private:
    void onNewConnection();

    Options m_options;
    QTcpServer m_server;
    int m_connections = 0;
};
