// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordingproxy.h"

#include "proxyconnection.h"
#include "secretredactor.h"

#include <QTimer>

#include <sys/resource.h>

#include <algorithm>

RecordingProxy::RecordingProxy(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    qRegisterMetaType<LogRecord>();
    connect(&m_server, &QTcpServer::newConnection, this, &RecordingProxy::onNewConnection);
    connect(&m_server, &QTcpServer::acceptError, this, &RecordingProxy::onAcceptError);
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
                         .arg(SecretRedactor::redactedString(m_options.upstream.toString()));
        return false;
    }
    // Each connection holds up to three descriptors (the client, a duplicate kept to answer a
    // client that half-closed, the upstream); keep some for the store and standard streams.
    m_connectionLimit = std::max(1, m_options.maxConnections);
    rlimit files {};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur != RLIM_INFINITY) {
        const long usable = (long(files.rlim_cur) - 32) / 3;
        if (usable < m_connectionLimit) {
            m_connectionLimit = int(std::max(1L, usable));
            emit notice(tr("at most %1 connections at once: the descriptor limit (ulimit -n) is %2")
                            .arg(m_connectionLimit)
                            .arg(qulonglong(files.rlim_cur)));
        }
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
        if (m_connections >= m_connectionLimit) {
            refuse(client);
            continue;
        }
        m_limitReported = false;
        m_acceptErrorReported = false;
        client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        auto *connection = new ProxyConnection(client, m_options,
                                               QStringLiteral("proxy %1").arg(listenName()), this);
        ++m_connections;
        connect(connection, &ProxyConnection::recorded, this, &RecordingProxy::recorded);
        connect(connection, &ProxyConnection::failure, this, &RecordingProxy::failure);
        connect(connection, &QObject::destroyed, this, [this] { --m_connections; });
    }
}

void RecordingProxy::refuse(QTcpSocket *client)
{
    if (!m_limitReported) {
        m_limitReported = true;
        emit notice(tr("connection limit reached: %1 connections open; new ones are answered 503 "
                       "until one closes (--max-connections, ulimit -n)")
                        .arg(m_connections));
    }
    const QByteArray body
        = ProxyConnection::errorBody(503, tr("too many connections to the recording proxy"));
    client->write(ProxyConnection::errorHead(503, "Service Unavailable", body.size()) + body);
    client->setParent(this);
    connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    // A few refused clients are closed gently, so that one still sending its request reads the
    // answer rather than a reset; in a flood the rest are closed at once, so that refused
    // clients do not hold the descriptors the limit is there to keep.
    if (m_refusedLingering < 8) {
        ++m_refusedLingering;
        connect(client, &QObject::destroyed, this, [this] { --m_refusedLingering; });
        auto *timer = new QTimer(client);
        timer->setSingleShot(true);
        ProxyConnection::lingerAndClose(client, timer, 500);
        return;
    }
    client->readAll();
    client->disconnectFromHost();
}

void RecordingProxy::onAcceptError(QAbstractSocket::SocketError error)
{
    // Out of descriptors (another process, or more than the cap allows for): Qt stops
    // accepting; say so once and try again shortly instead of never serving again.
    Q_UNUSED(error);
    if (!m_acceptErrorReported) {
        m_acceptErrorReported = true;
        emit notice(tr("cannot accept a connection: %1; retrying (%2 connections open)")
                        .arg(m_server.errorString())
                        .arg(m_connections));
    }
    QTimer::singleShot(500, this, [this] {
        if (m_server.isListening())
            m_server.resumeAccepting();
    });
}
