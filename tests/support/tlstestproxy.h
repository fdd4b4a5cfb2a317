// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSslServer>
#include <QString>

// A TLS front for a plain server on loopback, for tests: it answers the handshake with a
// certificate made at test time (the openssl command, no network) and relays the bytes of each
// connection to the plain server. Counts the handshakes, so a test can tell that a refused
// client never sent a request.
class TlsTestProxy : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TlsTestProxy)

public:
    explicit TlsTestProxy(QObject *parent = nullptr);
    ~TlsTestProxy() override;

    // A new key and a self-signed certificate (its own CA) for subjectAltName (as openssl
    // writes it: "IP:127.0.0.1", "DNS:other.example") in dir; the paths, or false and why.
    static bool makeSelfSigned(const QString &dir, const QString &name,
                               const QString &subjectAltName, QString *certFile, QString *keyFile,
                               QString *error);

    // Listens on 127.0.0.1 (any free port) and relays to 127.0.0.1:backendPort.
    bool start(quint16 backendPort, const QString &certFile, const QString &keyFile,
               QString *error);
    quint16 port() const { return m_server.serverPort(); }
    int handshakesDone() const { return m_handshakes; }
    int handshakesFailed() const { return m_failed; }

private:
    void relay();

    QSslServer m_server;
    quint16 m_backendPort = 0;
    int m_handshakes = 0;
    int m_failed = 0;
};
