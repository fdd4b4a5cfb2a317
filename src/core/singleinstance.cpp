// SPDX-License-Identifier: GPL-3.0-or-later
#include "singleinstance.h"

#include "storepasswords.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

namespace {

constexpr quint32 Magic = 0x47534c31; // "GSL1"
constexpr char Ack = 'A';

QString userName()
{
    for (const char *name : {"USER", "LOGNAME", "USERNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("user");
}

QByteArray frame(const QStringList &message)
{
    QByteArray payload;
    QDataStream out(&payload, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << Magic << message;
    QByteArray framed;
    QDataStream header(&framed, QIODevice::WriteOnly);
    header << quint32(payload.size());
    return framed + payload;
}

} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent)
    , m_name(serverNameFor(key))
{ }

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverNameFor(const QString &key)
{
    // A PostgreSQL store is the same store from any folder, with or without its ?options.
    QString canonical;
    if (const QString account = StorePasswords::account(key); !account.isEmpty()) {
        canonical = QStringLiteral("postgresql://") + account;
    } else {
        const QFileInfo info(key);
        canonical = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    }
    const QByteArray hash
        = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
    // Unix socket paths are short (108 bytes): keep the user part bounded and file-name safe.
    QString user = userName().left(32);
    for (QChar &c : user) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            c = u'_';
    }
    return QStringLiteral("gatescope-%1-%2").arg(user, QString::fromLatin1(hash));
}

QString SingleInstance::anyServerName()
{
    // serverNameFor()'s user part with "any" where the store's hash goes.
    const QString name = serverNameFor(QStringLiteral("any"));
    return name.left(name.lastIndexOf(u'-') + 1) + QStringLiteral("any");
}

bool SingleInstance::sendToRunning(const QStringList &message, int timeoutMs)
{
    return send(m_name, message, timeoutMs);
}

bool SingleInstance::sendToAny(const QStringList &message, int timeoutMs)
{
    return send(anyServerName(), message, timeoutMs);
}

bool SingleInstance::send(const QString &name, const QStringList &message, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(frame(message));
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    while (socket.bytesAvailable() < 1) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    char ack = 0;
    return socket.getChar(&ack) && ack == Ack;
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

bool SingleInstance::isAnyInstance() const
{
    return m_anyServer && m_anyServer->isListening();
}

void SingleInstance::listenAny()
{
    if (isAnyInstance())
        return;
    QLocalSocket probe;
    probe.connectToServer(anyServerName());
    if (probe.waitForConnected(500)) {
        probe.abort();
        return; // another window answers for the user already
    }
    if (!m_anyServer) {
        m_anyServer = new QLocalServer(this);
        m_anyServer->setSocketOptions(QLocalServer::UserAccessOption);
        connect(m_anyServer, &QLocalServer::newConnection, this,
                [this] { onNewConnection(m_anyServer); });
    }
    QLocalServer::removeServer(anyServerName());
    if (!m_anyServer->listen(anyServerName()))
        qWarning("Cannot create the local socket %s: %s", qPrintable(anyServerName()),
                 qPrintable(m_anyServer->errorString()));
}

bool SingleInstance::moveTo(const QString &key, QString *error)
{
    const QString name = serverNameFor(key);
    if (name == m_name)
        return true;
    const bool wasListening = isListening();
    if (m_server)
        m_server->close();
    m_name = name;
    return !wasListening || listen(error);
}

bool SingleInstance::listen(QString *error)
{
    if (isListening())
        return true;
    if (!m_server) {
        m_server = new QLocalServer(this);
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        connect(m_server, &QLocalServer::newConnection, this,
                [this] { onNewConnection(m_server); });
    }
    // A live server is asked first: with UserAccessOption Qt binds in a private directory and
    // renames the socket into place, which would silently replace a running instance's socket.
    // A socket file nobody answers on is what a crash leaves behind: remove it and listen.
    // (Two launches in the same instant can both get here; the later one wins the name.)
    QLocalSocket probe;
    probe.connectToServer(m_name);
    if (probe.waitForConnected(500)) {
        probe.abort();
        if (error)
            *error = tr("Another Gatescope window is running on this store.");
        return false;
    }
    QLocalServer::removeServer(m_name);
    if (m_server->listen(m_name)) {
        listenAny();
        return true;
    }
    if (error)
        *error = tr("Cannot create the local socket %1: %2").arg(m_name, m_server->errorString());
    return false;
}

void SingleInstance::onNewConnection(QLocalServer *server)
{
    while (QLocalSocket *socket = server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readFrom(socket); });
        readFrom(socket);
    }
}

void SingleInstance::readFrom(QLocalSocket *socket)
{
    // A frame is a 32-bit length and a QDataStream payload; a peer that sends more than a
    // link's worth or garbage is dropped.
    if (socket->bytesAvailable() < qint64(sizeof(quint32)))
        return;
    QDataStream in(socket);
    in.startTransaction();
    quint32 size = 0;
    in >> size;
    if (size > quint32(MaxMessageBytes)) {
        socket->abort();
        return;
    }
    if (socket->bytesAvailable() < qint64(size)) {
        in.rollbackTransaction();
        return;
    }
    QByteArray payload(qsizetype(size), Qt::Uninitialized);
    in.readRawData(payload.data(), int(size));
    if (!in.commitTransaction())
        return;
    QDataStream message(payload);
    message.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    QStringList list;
    message >> magic >> list;
    if (message.status() != QDataStream::Ok || magic != Magic) {
        socket->abort();
        return;
    }
    socket->putChar(Ack);
    socket->flush();
    Q_EMIT messageReceived(list);
    socket->disconnectFromServer();
}
