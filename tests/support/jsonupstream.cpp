// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonupstream.h"

#include <QTcpSocket>

#include <memory>

JsonUpstream::JsonUpstream(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            m_sockets.append(socket);
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QTcpSocket::readyRead, this,
                    [this, socket, buffer] { serve(socket, *buffer); });
        }
    });
}

JsonUpstream::~JsonUpstream()
{
    closeConnections();
}

bool JsonUpstream::listen()
{
    return m_server.listen(QHostAddress::LocalHost);
}

QUrl JsonUpstream::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void JsonUpstream::setResponse(const QByteArray &status, const QByteArray &body)
{
    m_status = status;
    m_body = body;
}

void JsonUpstream::closeConnections()
{
    for (const QPointer<QTcpSocket> &socket : std::as_const(m_sockets)) {
        if (socket)
            socket->deleteLater();
    }
    m_sockets.clear();
}

void JsonUpstream::serve(QTcpSocket *socket, QByteArray &buffer)
{
    buffer.append(socket->readAll());
    for (;;) {
        const qsizetype head = buffer.indexOf("\r\n\r\n");
        if (head < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : buffer.left(head).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < head + 4 + length)
            return;
        buffer.remove(0, head + 4 + length);
        ++m_requests;
        socket->write("HTTP/1.1 " + m_status
                      + "\r\nContent-Type: application/json\r\n"
                        "Content-Length: "
                      + QByteArray::number(m_body.size()) + "\r\n\r\n" + m_body);
    }
}
