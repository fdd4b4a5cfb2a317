// SPDX-License-Identifier: GPL-3.0-or-later
// ConnectionSync, the sync the app's Sync Now and gatescope-cli sync both run, against the local
// control plane of tests/support: the first sync covers 30 days, a re-sync starts ten minutes
// before the checkpoint, and the checkpoint is saved and never moves back. (tst_connectionsync
// is the app's Sync Now; tst_exportsync the export jobs underneath.)
#include "connectioncredentials.h"
#include "connectionstore.h"
#include "connectionsync.h"
#include "controlplaneclient.h"
#include "controlplaneserver.h"
#include "logstore.h"
#include "testconnections.h"

#include <QTemporaryDir>
#include <QTest>

class TestConnectionSyncPolicy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ControlPlaneServer m_server;

    void addConnection(const QString &name)
    {
        QString error;
        QVERIFY2(
            TestConnections::add(name, m_server.baseUrl(), ControlPlaneServer::apiKey(), &error),
            qPrintable(error));
    }
    std::unique_ptr<LogStore> openStore(const QString &name)
    {
        QString error;
        std::unique_ptr<LogStore> store = LogStore::open(m_dir.filePath(name), &error);
        if (!store)
            qWarning("%s", qPrintable(error));
        return store;
    }
    static qint64 count(LogStore &store)
    {
        QString error;
        return store.count(QString(), &error).value_or(-1);
    }
    // A sync as the app and the CLI make it, with fast polling.
    ExportSyncResult syncNow(const QString &name, LogStore &store, QDateTime *syncedUntil,
                             const QDateTime &from = {}, const QDateTime &to = {})
    {
        const ConnectionCredentials credentials = ConnectionCredentials::read(name);
        if (!credentials.ok())
            qWarning("%s", qPrintable(credentials.error));
        ConnectionSync sync(credentials, store);
        sync.exportSync().setPollInterval(5, 20);
        const ExportSyncResult result = from.isValid() ? sync.run(from, to) : sync.run();
        *syncedUntil = sync.syncedUntil();
        return result;
    }

private slots:
    void initTestCase()
    {
        TestConnections::isolate(m_dir);
        QVERIFY(m_server.start());
    }

    void theStartIsTheCheckpointLessTenMinutesOrThirtyDaysAgo()
    {
        const QDateTime now(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
        Connection never;
        QCOMPARE(ConnectionSync::defaultStart(never, now), now.addDays(-30));
        Connection synced;
        synced.syncedUntil = QDateTime(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC);
        QCOMPARE(ConnectionSync::defaultStart(synced, now),
                 QDateTime(QDate(2026, 11, 30), QTime(7, 50), Qt::UTC));
    }

    void aFirstSyncTakesTheLastThirtyDaysAndSavesTheCheckpoint()
    {
        addConnection(QStringLiteral("first"));
        // 400 logs over 40 days, one every 2.4 h, half a step off the 30-day line: the last
        // 300 are within 30 days of now.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        constexpr qint64 step = 2400LL * 3600;
        m_server.setLogs(400, now.addDays(-40).addMSecs(step / 2), step);
        std::unique_ptr<LogStore> store = openStore(QStringLiteral("first.sqlite"));
        QVERIFY(store);
        QVERIFY(
            !ConnectionCredentials::read(QStringLiteral("first")).connection.syncedUntil.isValid());

        QDateTime syncedUntil;
        const ExportSyncResult r = syncNow(QStringLiteral("first"), *store, &syncedUntil);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.imported, 300);
        QCOMPARE(count(*store), 300);
        // The checkpoint is the end of the sync (now), in the connection file.
        QVERIFY(syncedUntil >= now);
        QCOMPARE(ConnectionStore().find(QStringLiteral("first"))->syncedUntil, syncedUntil);
    }

    void aResyncOverlapsTheCheckpointAndStoresNothingTwice()
    {
        addConnection(QStringLiteral("again"));
        // One log a second over the last two hours.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_server.setLogs(7200, now.addSecs(-7200), 1000);
        std::unique_ptr<LogStore> store = openStore(QStringLiteral("again.sqlite"));
        QVERIFY(store);
        QDateTime first;
        ExportSyncResult r = syncNow(QStringLiteral("again"), *store, &first);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.imported, 7200);

        // From the checkpoint less ten minutes: the logs of those ten minutes come again, as
        // duplicates; nothing is new, nothing is stored twice.
        QDateTime second;
        r = syncNow(QStringLiteral("again"), *store, &second);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.imported, 0);
        QVERIFY2(r.duplicates > 500 && r.duplicates <= 600,
                 qPrintable(QString::number(r.duplicates)));
        QCOMPARE(count(*store), 7200);
        QVERIFY(second > first);
        QCOMPARE(ConnectionStore().find(QStringLiteral("again"))->syncedUntil, second);

        // A sync of an older range leaves the checkpoint where it was.
        QDateTime third;
        r = syncNow(QStringLiteral("again"), *store, &third, now.addSecs(-7200),
                    now.addSecs(-3600));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.imported, 0);
        QCOMPARE(third, second);
        QCOMPARE(ConnectionStore().find(QStringLiteral("again"))->syncedUntil, second);
    }

    void aCancelledSyncImportsNothingAndKeepsTheCheckpoint()
    {
        addConnection(QStringLiteral("cancelled"));
        std::unique_ptr<LogStore> store = openStore(QStringLiteral("cancelled.sqlite"));
        QVERIFY(store);
        const ConnectionCredentials credentials
            = ConnectionCredentials::read(QStringLiteral("cancelled"));
        ConnectionSync sync(credentials, *store);
        std::atomic_bool cancel = true;
        sync.setCancelFlag(&cancel);
        const ExportSyncResult r = sync.run();
        QVERIFY(!r.ok);
        QVERIFY(r.cancelled);
        QCOMPARE(count(*store), 0);
        QVERIFY(!sync.syncedUntil().isValid());
        QVERIFY(!ConnectionStore().find(QStringLiteral("cancelled"))->syncedUntil.isValid());
    }
};

QTEST_GUILESS_MAIN(TestConnectionSyncPolicy)
#include "tst_connectionsyncpolicy.moc"
