// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordingproxy.h"

#include "proxyconnection.h"

RecordingProxy::RecordingProxy(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    qRegisterMetaType<LogRecord>();
    connect(&m_server, &QTcpServer::newConnection, this, &RecordingProxy::onNewConnection);
}

RecordingProxy::~RecordingProxy()
{
    close();
}

bool RecordingProxy::listen(QString *error)
{
    if (!m_options.upstream.isValid() || m_options.upstream.host().isEmpty()
        || !(m_options.upstream.scheme() == u"http" || m_options.upstream.scheme() == u"https")) {
        if (error)
            *error = tr("the upstream must be an http:// or https:// URL, got '%1'")
                         .arg(m_options.upstream.toString());
        return false;
    }
    if (!m_server.listen(m_options.address, m_options.port)) {
        if (error)
            *error = tr("cannot listen on %1:%2: %3")
                         .arg(m_options.address.toString())
                         .arg(m_options.port)
                         .arg(m_server.errorString());
        return false;
    }
    return true;
}

QString RecordingProxy::listenName() const
{
    const QHostAddress address = m_server.serverAddress();
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]").arg(address.toString())
        : address.toString();
    return QStringLiteral("%1:%2").arg(host).arg(m_server.serverPort());
}

void RecordingProxy::close()
{
    m_server.close();
}

void RecordingProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        auto *connection = new ProxyConnection(client, m_options,
                                               QStringLiteral("proxy %1").arg(listenName()), this);
        ++m_connections;
        connect(connection, &ProxyConnection::recorded, this, &RecordingProxy::recorded);
        connect(connection, &ProxyConnection::failure, this, &RecordingProxy::failure);
        connect(connection, &QObject::destroyed, this, [this] { --m_connections; });
    }
}
