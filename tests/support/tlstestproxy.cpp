// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlstestproxy.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpSocket>

TlsTestProxy::TlsTestProxy(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, &TlsTestProxy::relay);
    // A client that refuses the certificate ends the handshake with an alert.
    connect(&m_server, &QSslServer::errorOccurred, this, [this] { ++m_failed; });
}

TlsTestProxy::~TlsTestProxy() = default;

bool TlsTestProxy::makeSelfSigned(const QString &dir, const QString &name,
                                  const QString &subjectAltName, QString *certFile,
                                  QString *keyFile, QString *error)
{
    *certFile = QDir(dir).filePath(name + QStringLiteral(".crt"));
    *keyFile = QDir(dir).filePath(name + QStringLiteral(".key"));
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   *keyFile, QStringLiteral("-out"), *certFile, QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=Gatescope test ") + name, QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=") + subjectAltName});
    if (!openssl.waitForStarted(10000)) {
        *error = QStringLiteral("cannot run openssl (packaging/setup.sh test installs it): %1")
                     .arg(openssl.errorString());
        return false;
    }
    openssl.waitForFinished(60000);
    if (openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        *error = QStringLiteral("openssl req failed: %1")
                     .arg(QString::fromLocal8Bit(openssl.readAll()));
        return false;
    }
    return true;
}

bool TlsTestProxy::start(quint16 backendPort, const QString &certFile, const QString &keyFile,
                         QString *error)
{
    m_backendPort = backendPort;
    QFile keyIn(keyFile);
    if (!keyIn.open(QIODevice::ReadOnly)) {
        *error = keyIn.errorString();
        return false;
    }
    const QSslKey key(keyIn.readAll(), QSsl::Rsa, QSsl::Pem);
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(certFile, QSsl::Pem);
    if (key.isNull() || certs.isEmpty()) {
        *error = QStringLiteral("cannot load %1 or %2").arg(certFile, keyFile);
        return false;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(certs.first());
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
    m_server.setSslConfiguration(tls);
    if (!m_server.listen(QHostAddress::LocalHost)) {
        *error = m_server.errorString();
        return false;
    }
    return true;
}

void TlsTestProxy::relay()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        ++m_handshakes; // QSslServer hands a connection over once it is encrypted
        auto *backend = new QTcpSocket(client);
        connect(client, &QTcpSocket::readyRead, backend,
                [client, backend] { backend->write(client->readAll()); });
        connect(backend, &QTcpSocket::readyRead, client,
                [client, backend] { client->write(backend->readAll()); });
        connect(backend, &QTcpSocket::disconnected, client,
                [client] { client->disconnectFromHost(); });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(backend, &QTcpSocket::connected, backend,
                [client, backend] { backend->write(client->readAll()); });
        backend->connectToHost(QHostAddress::LocalHost, m_backendPort);
    }
}
