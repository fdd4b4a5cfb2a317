// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// A loopback stand-in for a gateway's GET /log/stream in the capture tests: answers every
// request with the same bytes (a status line, headers and a body), then streams `fillBytes`
// copies of `fill` and the `tail`, as fast as the reader takes them (a few MB are queued at a
// time, so an endless line costs this side no memory), and closes the connection when asked.
class SseServer : public QObject
{
    Q_OBJECT

public:
    struct Response
    {
        QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
                          "Cache-Control: no-cache\r\nConnection: keep-alive\r\n\r\n";
        QByteArray body;
        qint64 fillBytes = 0; // sent after the body
        char fill = 'x';
        QByteArray tail; // sent after the fill
        bool close = false; // close the connection once all is sent
    };

    explicit SseServer(QObject *parent = nullptr);
    ~SseServer() override;
    bool listen(); // 127.0.0.1, any free port
    QUrl url() const;
    void setResponse(const Response &response) { m_response = response; }
    // An HTTP error answer with a short text body, connection closed after it.
    static Response httpError(int status, const QByteArray &reason);
    // The data of the first `log` event a real gateway sent
    // (tests/data/gateway-stream/stream_raw.sse).
    static QByteArray realLogData();
    // A stream as the gateway starts it (`connected`, then that `log` event with id 0), then
    // the start of a `log` event whose data line goes on for lineBytes: no tail, still open.
    static Response logThenLongLine(qint64 lineBytes);
    int requests() const { return m_requests; }
    // Every connection answered so far has been sent all its bytes.
    bool allSent() const;

private:
    struct Connection
    {
        QPointer<QTcpSocket> socket;
        QByteArray request;
        bool answering = false;
        qint64 fillLeft = 0;
        bool tailSent = false;
    };
    void onConnection();
    void onReadyRead(Connection *connection);
    void pump(Connection *connection);

    QTcpServer m_server;
    Response m_response;
    QList<Connection *> m_connections;
    int m_requests = 0;
};
