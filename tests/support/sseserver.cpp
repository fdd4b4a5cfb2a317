// SPDX-License-Identifier: GPL-3.0-or-later
#include "sseserver.h"

#include "testdata.h"

#include <QTcpSocket>

#include <algorithm>

namespace {

constexpr qint64 kChunk = 1024 * 1024;
constexpr qint64 kQueued = 4 * kChunk; // written but not yet taken by the reader

} // namespace

SseServer::SseServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &SseServer::onConnection);
}

SseServer::~SseServer()
{
    qDeleteAll(m_connections);
}

bool SseServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost);
}

QUrl SseServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

SseServer::Response SseServer::httpError(int status, const QByteArray &reason)
{
    Response response;
    const QByteArray body = "{\"error\":\"" + reason + "\"}";
    response.head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n";
    response.body = body;
    response.close = true;
    return response;
}

QByteArray SseServer::realLogData()
{
    // The gateway writes each event as "event: log\ndata: ...\nid: N\n\n" (one data line).
    const QByteArray stream = TestData::read(QStringLiteral("gateway-stream/stream_raw.sse"));
    for (const QByteArray &frame : stream.split('\n')) {
        if (frame.startsWith("data: {"))
            return frame.mid(6);
    }
    return {};
}

SseServer::Response SseServer::logThenLongLine(qint64 lineBytes)
{
    Response response;
    response.body = "event: connected\ndata: 1795793958823\n\nevent: log\ndata: " + realLogData()
        + "\nid: 0\n\nevent: log\ndata: ";
    response.fillBytes = lineBytes;
    return response;
}

bool SseServer::allSent() const
{
    for (const Connection *c : m_connections) {
        if (c->answering && (!c->tailSent || (c->socket && c->socket->bytesToWrite() > 0)))
            return false;
    }
    return true;
}

void SseServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto *connection = new Connection;
        connection->socket = socket;
        m_connections.append(connection);
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this,
                [this, connection] { onReadyRead(connection); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, connection] { pump(connection); });
    }
}

void SseServer::onReadyRead(Connection *connection)
{
    if (!connection->socket)
        return;
    connection->request += connection->socket->readAll();
    if (connection->answering || !connection->request.contains("\r\n\r\n"))
        return;
    ++m_requests;
    connection->answering = true;
    connection->fillLeft = m_response.fillBytes;
    connection->socket->write(m_response.head);
    connection->socket->write(m_response.body);
    pump(connection);
}

void SseServer::pump(Connection *connection)
{
    QTcpSocket *socket = connection->socket;
    if (!socket || !connection->answering)
        return;
    while (connection->fillLeft > 0 && socket->bytesToWrite() < kQueued) {
        const qint64 n = std::min(kChunk, connection->fillLeft);
        socket->write(QByteArray(n, m_response.fill));
        connection->fillLeft -= n;
    }
    if (connection->fillLeft > 0 || connection->tailSent)
        return;
    connection->tailSent = true;
    socket->write(m_response.tail);
    if (m_response.close)
        socket->disconnectFromHost(); // after what is queued has been written
}
