// SPDX-License-Identifier: GPL-3.0-or-later
// A connection's name becomes a client with its URL and its key, against the local control
// plane of tests/support; a missing connection or key is told apart.
#include "apikeystore.h"
#include "connectioncredentials.h"
#include "connectionstore.h"
#include "controlplaneclient.h"
#include "controlplaneserver.h"
#include "testconnections.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

class TestConnectionCredentials : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ControlPlaneServer m_server;

    // The user's stores (isolated in m_dir), passed as the connections dialog passes its own.
    static ConnectionCredentials read(const QString &name)
    {
        ApiKeyStore keys;
        return ConnectionCredentials::read(name, ConnectionStore(), keys);
    }

private slots:
    void initTestCase()
    {
        TestConnections::isolate(m_dir);
        QVERIFY(m_server.start());
        QString error;
        QVERIFY2(TestConnections::add(QStringLiteral("good"), m_server.baseUrl(),
                                      ControlPlaneServer::apiKey(), &error),
                 qPrintable(error));
        QVERIFY2(TestConnections::add(QStringLiteral("wrongkey"), m_server.baseUrl(),
                                      QStringLiteral("pk-not-this-one"), &error),
                 qPrintable(error));
        QVERIFY2(
            TestConnections::add(QStringLiteral("nokey"), m_server.baseUrl(), QString(), &error),
            qPrintable(error));
    }

    void aNamedConnectionGivesAClientWithItsKey()
    {
        const ConnectionCredentials c = read(QStringLiteral("good"));
        QVERIFY2(c.ok(), qPrintable(c.error));
        QCOMPARE(c.connection.controlPlane, m_server.baseUrl());
        QCOMPARE(c.apiKey, ControlPlaneServer::apiKey());
        const std::unique_ptr<ControlPlaneClient> client = c.client();
        QCOMPARE(client->endpoint().name, QStringLiteral("good"));
        QJsonArray virtualKeys;
        const ControlPlaneResponse r = client->virtualKeys(&virtualKeys);
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        const ControlPlaneServer::Request sent = m_server.requests().constLast();
        QCOMPARE(sent.headers.value("x-portkey-api-key"), ControlPlaneServer::apiKey().toUtf8());
    }

    void theClientSendsTheStoredKeyNotAnother()
    {
        const ConnectionCredentials c = read(QStringLiteral("wrongkey"));
        QVERIFY(c.ok());
        QJsonArray virtualKeys;
        const ControlPlaneResponse r = c.client()->virtualKeys(&virtualKeys);
        QCOMPARE(r.error.kind, ControlPlaneErrorKind::Unauthorized);
    }

    void anUnknownNameIsNoConnection()
    {
        const ConnectionCredentials c = read(QStringLiteral("absent"));
        QVERIFY(!c.ok());
        QCOMPARE(c.problem, ConnectionCredentials::Problem::NoConnection);
        QVERIFY(c.error.isEmpty()); // no such name: the caller words it
    }

    void anUnreadableConnectionFileSaysWhy()
    {
        const QString file = m_dir.filePath(QStringLiteral("broken.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ not json");
        f.close();
        ApiKeyStore keys;
        const ConnectionCredentials c
            = ConnectionCredentials::read(QStringLiteral("good"), ConnectionStore(file), keys);
        QCOMPARE(c.problem, ConnectionCredentials::Problem::NoConnection);
        QVERIFY(!c.error.isEmpty());
    }

    void aMissingKeyIsNoKeyWithTheKeychainsReason()
    {
        const ConnectionCredentials c = read(QStringLiteral("nokey"));
        QCOMPARE(c.problem, ConnectionCredentials::Problem::NoKey);
        QVERIFY(!c.error.isEmpty());
        QCOMPARE(c.connection.name, QStringLiteral("nokey"));
        // The client still points at the connection, without a key: the server refuses it.
        QJsonArray virtualKeys;
        QCOMPARE(c.client()->virtualKeys(&virtualKeys).error.kind,
                 ControlPlaneErrorKind::Unauthorized);
    }

    void everyConnectionWithItsKeyInTheFilesOrder()
    {
        const ConnectionCredentials one = ConnectionCredentials::read(QStringLiteral("good"));
        QVERIFY2(one.ok(), qPrintable(one.error));
        QString error;
        const QList<ConnectionCredentials> all = ConnectionCredentials::readAll(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).connection.name, QStringLiteral("good"));
        QVERIFY(all.at(0).ok());
        QCOMPARE(all.at(1).apiKey, QStringLiteral("pk-not-this-one"));
        QCOMPARE(all.at(2).problem, ConnectionCredentials::Problem::NoKey);
    }
};

QTEST_GUILESS_MAIN(TestConnectionCredentials)
#include "tst_connectioncredentials.moc"
