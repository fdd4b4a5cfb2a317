// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// A loopback stand-in for an upstream provider behind the recording proxy: answers every
// HTTP/1.1 request (its head and its Content-Length body, several per connection) with one fixed
// JSON response, and keeps the connection open for the next request.
class JsonUpstream : public QObject
{
    Q_OBJECT

public:
    explicit JsonUpstream(QObject *parent = nullptr);
    ~JsonUpstream() override;
    bool listen(); // 127.0.0.1, any free port
    quint16 port() const { return m_server.serverPort(); }
    QUrl url() const;
    // The answer to every request: "200 OK", "400 Bad Request", ... and its JSON body.
    void setResponse(const QByteArray &status, const QByteArray &body);
    int requests() const { return m_requests; }
    // Drops every open connection (between test cases).
    void closeConnections();

private:
    void serve(QTcpSocket *socket, QByteArray &buffer);

    QTcpServer m_server;
    QList<QPointer<QTcpSocket>> m_sockets;
    QByteArray m_status = "200 OK";
    QByteArray m_body;
    int m_requests = 0;
};
