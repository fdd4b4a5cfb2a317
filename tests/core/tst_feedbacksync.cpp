// SPDX-License-Identifier: GPL-3.0-or-later
// Feedback saved locally first and delivered to the control plane exactly once.
#include "controlplaneclient.h"
#include "controlplaneserver.h"
#include "feedbacksync.h"
#include "logstore.h"

#include <QLockFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <atomic>

using Fault = ControlPlaneServer::Fault;

class TestFeedbackSync : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ControlPlaneServer> m_server;
    std::unique_ptr<ControlPlaneClient> m_client;
    std::unique_ptr<LogStore> m_store;
    quint16 m_port = 0;
    int m_storeCount = 0;

    QString queueFile() const { return m_dir.filePath(QStringLiteral("feedback-queue.json")); }
    std::unique_ptr<FeedbackSync> makeSync()
    {
        auto sync = std::make_unique<FeedbackSync>(*m_client, m_store.get(), queueFile());
        sync->setBackoff(20, 100);
        return sync;
    }
    std::optional<FeedbackEntry> stored(const QString &localId)
    {
        QString error;
        const auto record = m_store->record(QStringLiteral("log-1"), &error);
        if (!record)
            return std::nullopt;
        for (const FeedbackEntry &e : record->feedback) {
            if (e.id == localId)
                return e;
        }
        return std::nullopt;
    }

private slots:
    void init()
    {
        QFile::remove(queueFile());
        m_server = std::make_unique<ControlPlaneServer>();
        QVERIFY(m_server->start());
        m_port = m_server->port();
        ControlPlaneEndpoint endpoint;
        endpoint.controlPlane = m_server->baseUrl();
        endpoint.dataPlane = m_server->baseUrl();
        m_client = std::make_unique<ControlPlaneClient>(endpoint, ControlPlaneServer::apiKey());
        RetryPolicy policy;
        policy.initialBackoffMs = 10;
        policy.timeoutMs = 2000;
        m_client->setRetryPolicy(policy);
        QString error;
        m_store = LogStore::open(m_dir.filePath(QStringLiteral("fb%1.sqlite").arg(++m_storeCount)),
                                 &error);
        QVERIFY2(m_store, qPrintable(error));
        LogRecord log;
        log.id = QStringLiteral("log-1");
        log.traceId = QStringLiteral("trace-1");
        log.createdAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        QVERIFY2(m_store->insert({log}, &error), qPrintable(error));
    }
    void cleanup()
    {
        m_store.reset();
        m_client.reset();
        m_server.reset();
    }

    void offlineFeedbackArrivesOnceTheServerIsBack()
    {
        m_server->stop();
        auto sync = makeSync();
        QString error;
        const auto id = sync->add(QStringLiteral("log-1"), QStringLiteral("trace-1"), 1, 1.0,
                                  {{QStringLiteral("_user"), QStringLiteral("alice")}}, &error);
        QVERIFY2(id, qPrintable(error));
        // Saved locally first, not synced.
        QVERIFY(stored(*id));
        QVERIFY(!stored(*id)->synced);

        const FeedbackSync::Summary offline = sync->sync();
        QCOMPARE(offline.pending, 1);
        QCOMPARE(sync->entry(*id)->state, FeedbackSyncState::Pending);
        QVERIFY2(sync->entry(*id)->lastError.startsWith(u"Cannot reach"),
                 qPrintable(sync->entry(*id)->lastError));
        QCOMPARE(sync->entry(*id)->attempts, 1);

        // The server answers again on the same port; the queue retries by itself.
        QVERIFY(m_server->start(m_port));
        sync->setAutoRetry(true);
        QTRY_COMPARE_WITH_TIMEOUT(sync->entry(*id)->state, FeedbackSyncState::Synced, 5000);
        QCOMPARE(m_server->count(QStringLiteral("POST /feedback")), 1);
        QVERIFY(stored(*id)->synced);
        const QList<QJsonObject> received = m_server->feedback();
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.at(0).value(QStringLiteral("trace_id")).toString(),
                 QStringLiteral("trace-1"));
        QCOMPARE(received.at(0)
                     .value(QStringLiteral("metadata"))
                     .toObject()
                     .value(FeedbackSync::metadataIdKey())
                     .toString(),
                 *id);
        QVERIFY(!sync->entry(*id)->serverId.isEmpty());

        // Nothing is sent twice: not by another sync, nor after a restart.
        sync->sync(true);
        sync.reset();
        auto again = makeSync();
        QCOMPARE(again->entry(*id)->state, FeedbackSyncState::Synced);
        again->sync(true);
        QTest::qWait(50);
        QCOMPARE(m_server->count(QStringLiteral("POST /feedback")), 1);
    }

    void queueSurvivesARestartWhileOffline()
    {
        m_server->stop();
        QString id;
        {
            auto sync = makeSync();
            id = sync->add(QStringLiteral("log-1"), QStringLiteral("trace-1"), -1, 0.5, {}, nullptr)
                     .value();
            sync->sync();
        }
        QVERIFY(m_server->start(m_port));
        auto sync = makeSync();
        QCOMPARE(sync->entry(id)->state, FeedbackSyncState::Pending);
        const FeedbackSync::Summary s = sync->sync(true);
        QCOMPARE(s.created, 1);
        QCOMPARE(m_server->count(QStringLiteral("POST /feedback")), 1);
        QCOMPARE(m_server->feedback().at(0).value(QStringLiteral("value")).toInt(), -1);
    }

    void changesBeforeDeliveryGoInTheOnePostAfterItAsPut()
    {
        m_server->stop();
        auto sync = makeSync();
        const QString id
            = sync->add(QStringLiteral("log-1"), QStringLiteral("trace-1"), 1, 1.0, {}, nullptr)
                  .value();
        sync->sync();
        QVERIFY(sync->change(id, -1, 1.0, {}, nullptr));
        QVERIFY(m_server->start(m_port));
        QCOMPARE(sync->sync(true).created, 1);
        QCOMPARE(m_server->count(QStringLiteral("POST /feedback")), 1);
        QCOMPARE(m_server->count(QStringLiteral("PUT /feedback")), 0);
        const QString serverId = sync->entry(id)->serverId;
        QCOMPARE(m_server->feedbackById(serverId).value(QStringLiteral("value")).toInt(), -1);

        QVERIFY(sync->change(id, 5, 0.25, {}, nullptr));
        QCOMPARE(sync->entry(id)->state, FeedbackSyncState::Pending);
        QVERIFY(!stored(id)->synced);
        QCOMPARE(sync->sync(true).updated, 1);
        QCOMPARE(m_server->count(QStringLiteral("PUT /feedback/") + serverId), 1);
        QCOMPARE(m_server->count(QStringLiteral("POST /feedback")), 1);
        QCOMPARE(m_server->feedbackById(serverId).value(QStringLiteral("value")).toInt(), 5);
        QCOMPARE(stored(id)->value, 5.0);
        QVERIFY(stored(id)->synced);
    }

    void rejectedFeedbackFailsWithTheReason()
    {
        // An admin key cannot create feedback (portkey-api.md 1.2): 403 AB03.
        m_server->setFault(QStringLiteral("POST /feedback"), Fault::Forbidden, 1);
        auto sync = makeSync();
        const QString id
            = sync->add(QStringLiteral("log-1"), QStringLiteral("trace-1"), 1, 1.0, {}, nullptr)
                  .value();
        const FeedbackSync::Summary s = sync->sync();
        QCOMPARE(s.failed, 1);
        const QueuedFeedback f = *sync->entry(id);
        QCOMPARE(f.state, FeedbackSyncState::Failed);
        QVERIFY2(f.lastError.contains(u"403 AB03"), qPrintable(f.lastError));
        QVERIFY2(f.lastError.contains(u"logs.write"), qPrintable(f.lastError));
        // Failed stays failed (no retry storm) until the user retries.
        sync->sync(true);
        QCOMPARE(m_server->count(QStringLiteral("POST /feedback")), 1);
        QVERIFY(sync->retry(id));
        QCOMPARE(sync->sync().created, 1);
        QCOMPARE(sync->entry(id)->state, FeedbackSyncState::Synced);
        QCOMPARE(m_server->feedback().size(), 1);
    }

    void serverErrorsAndRateLimitsStayPending()
    {
        m_server->setFault(QStringLiteral("POST /feedback"), Fault::ServerError, 1);
        m_server->setFault(QStringLiteral("POST /feedback"), Fault::RateLimited, 1);
        m_server->retryAfterSeconds = 0;
        auto sync = makeSync();
        const QString id
            = sync->add(QStringLiteral("log-1"), QStringLiteral("trace-1"), 1, 1.0, {}, nullptr)
                  .value();
        QCOMPARE(sync->sync().pending, 1);
        QVERIFY(sync->entry(id)->lastError.contains(u"500"));
        QCOMPARE(sync->sync(true).pending, 1);
        QVERIFY(sync->entry(id)->lastError.contains(u"429 AB06"));
        QCOMPARE(sync->sync(true).created, 1);
        QCOMPARE(m_server->feedback().size(), 1);
    }

    void aChangeMadeWhileThePostIsUnderWayFollowsAsPut()
    {
        auto sync = makeSync();
        const QString id
            = sync->add(QStringLiteral("log-1"), QStringLiteral("trace-1"), 1, 1.0, {}, nullptr)
                  .value();
        // Runs inside the client's wait for the answer, as a queued call does in the GUI's
        // worker thread: the POST already carries +1.
        bool changed = false;
        QTimer::singleShot(0, this, [&] { changed = sync->change(id, -4, 0.5, {}, nullptr); });
        const FeedbackSync::Summary first = sync->sync();
        QVERIFY(changed);
        QCOMPARE(first.created, 1);
        QCOMPARE(sync->entry(id)->state, FeedbackSyncState::Pending);
        QVERIFY(!stored(id)->synced);
        QCOMPARE(sync->sync().updated, 1);
        QCOMPARE(sync->entry(id)->state, FeedbackSyncState::Synced);
        QCOMPARE(m_server->count(QStringLiteral("POST /feedback")), 1);
        QCOMPARE(m_server->count(QStringLiteral("PUT /feedback/")), 1);
        const QJsonObject onServer = m_server->feedbackById(sync->entry(id)->serverId);
        QCOMPARE(onServer.value(QStringLiteral("value")).toInt(), -4);
        QCOMPARE(onServer.value(QStringLiteral("weight")).toDouble(), 0.5);
        QCOMPARE(stored(id)->value, -4.0);
        QVERIFY(stored(id)->synced);
    }

    void withdrawnBeforeDeliveryIsNeverSent()
    {
        m_server->stop();
        auto sync = makeSync();
        FeedbackEntry entry;
        entry.id = QStringLiteral("my-own-id");
        entry.value = -2;
        entry.weight = 1;
        const auto id
            = sync->add(QStringLiteral("log-1"), QStringLiteral("trace-1"), entry, nullptr);
        QCOMPARE(id.value(), QStringLiteral("my-own-id")); // the GUI's undo keeps its ids
        sync->sync();
        QCOMPARE(sync->withdraw(*id, nullptr), FeedbackSync::Withdrawal::NotSent);
        QVERIFY(!stored(*id));
        QVERIFY(m_server->start(m_port));
        sync->sync(true);
        QCOMPARE(m_server->count(QStringLiteral("POST /feedback")), 0);
        // Undo of the withdrawal: back in the store, and sent once after all.
        QVERIFY(sync->restore(*id, nullptr));
        QVERIFY(stored(*id));
        QCOMPARE(sync->sync(true).created, 1);
        QCOMPARE(m_server->count(QStringLiteral("POST /feedback")), 1);
        QVERIFY(stored(*id)->synced);
    }

    void withdrawingDeliveredFeedbackSaysItStaysOnPortkey()
    {
        auto sync = makeSync();
        const QString id
            = sync->add(QStringLiteral("log-1"), QStringLiteral("trace-1"), 3, 1.0, {}, nullptr)
                  .value();
        QCOMPARE(sync->sync().created, 1);
        QCOMPARE(sync->withdraw(id, nullptr), FeedbackSync::Withdrawal::Sent);
        QVERIFY(!stored(id));
        QCOMPARE(m_server->feedback().size(), 1); // the API has no delete
        QVERIFY(sync->restore(id, nullptr));
        QVERIFY(stored(id)->synced);
        sync->sync(true);
        QCOMPARE(m_server->count(QStringLiteral("POST /feedback")), 1);
        // A withdrawal is forgotten with the program (undo does not outlive it).
        QVERIFY(sync->withdraw(id, nullptr));
        sync.reset();
        QVERIFY(!makeSync()->entry(id));
    }

    void withdrawnWhileThePostIsUnderWay()
    {
        auto sync = makeSync();
        const QString id
            = sync->add(QStringLiteral("log-1"), QStringLiteral("trace-1"), 1, 1.0, {}, nullptr)
                  .value();
        std::optional<FeedbackSync::Withdrawal> w;
        QTimer::singleShot(0, this, [&] { w = sync->withdraw(id, nullptr); });
        sync->sync();
        QCOMPARE(w, FeedbackSync::Withdrawal::MaybeSent);
        QVERIFY(!stored(id)); // the answer does not put it back
        QVERIFY(!sync->entry(id)->serverId.isEmpty());
        QVERIFY(sync->restore(id, nullptr));
        QVERIFY(stored(id)->synced);
        sync->sync(true);
        QCOMPARE(m_server->count(QStringLiteral("POST /feedback")), 1);
    }

    void aCancelledRequestLeavesTheEntryPending()
    {
        // The GUI cancels when it closes or changes connection: that is no failed attempt.
        auto sync = makeSync();
        const QString id
            = sync->add(QStringLiteral("log-1"), QStringLiteral("trace-1"), 1, 1.0, {}, nullptr)
                  .value();
        std::atomic_bool cancel = true;
        m_client->setCancelFlag(&cancel);
        sync->sync();
        QCOMPARE(sync->entry(id)->state, FeedbackSyncState::Pending);
        QCOMPARE(sync->entry(id)->attempts, 0);
        cancel = false;
        QCOMPARE(sync->sync(true).created, 1);
        m_client->setCancelFlag(nullptr);
    }

    // The app and gatescope-cli keep one queue file: each has its own FeedbackSync on it.
    void twoInstancesOnOneQueueSendAnEntryOnce()
    {
        auto a = makeSync();
        auto b = makeSync(); // made before the add: its memory says nothing of it
        const QString id
            = a->add(QStringLiteral("log-1"), QStringLiteral("trace-1"), 2, 1.0, {}, nullptr)
                  .value();
        auto c = makeSync(); // made after: its memory has the entry pending
        QCOMPARE(c->entry(id)->state, FeedbackSyncState::Pending);
        // While A's POST is under way, B and C try to send too (a short wait for the sender).
        m_server->answerDelayMs = 200;
        b->setLockWaits(1000, 50);
        c->setLockWaits(1000, 50); // A's answer cannot come while C waits in this thread
        FeedbackSync::Summary fromB, fromC;
        QTimer::singleShot(0, this, [&] {
            fromB = b->sync();
            fromC = c->sync(true);
        });
        const FeedbackSync::Summary fromA = a->sync();
        QCOMPARE(fromA.created, 1);
        QCOMPARE(fromB.created, 0);
        QCOMPARE(fromC.created, 0);
        QVERIFY2(fromB.problem.contains(u"is sending this feedback queue"),
                 qPrintable(fromB.problem));
        QCOMPARE(fromC.pending, 1);
        // Afterwards, with their stale view: they read the file again and find it sent.
        m_server->answerDelayMs = 0;
        const FeedbackSync::Summary laterB = b->sync(true);
        const FeedbackSync::Summary laterC = c->sync(true);
        QCOMPARE(laterB.created + laterB.updated + laterC.created + laterC.updated, 0);
        QCOMPARE(m_server->count(QStringLiteral("POST /feedback")), 1);
        QCOMPARE(c->entry(id)->state, FeedbackSyncState::Synced);
        QCOMPARE(c->entry(id)->serverId, a->entry(id)->serverId);
    }

    void entriesAddedByAnotherInstanceAreNotLost()
    {
        m_server->stop();
        auto a = makeSync();
        auto b = makeSync();
        const QString fromB
            = b->add(QStringLiteral("log-1"), QStringLiteral("trace-1"), 1, 1.0, {}, nullptr)
                  .value();
        const QString fromA
            = a->add(QStringLiteral("log-1"), QStringLiteral("trace-1"), -1, 1.0, {}, nullptr)
                  .value();
        QVERIFY(a->change(fromA, -3, 1.0, {}, nullptr));
        a->sync(); // offline: records an attempt for both
        QVERIFY(b->change(fromB, 4, 0.5, {}, nullptr));
        auto fresh = makeSync();
        QCOMPARE(fresh->entries().size(), 2);
        QCOMPARE(fresh->entry(fromB)->value, 4);
        QCOMPARE(fresh->entry(fromA)->value, -3);

        // B's change made after A's attempt is sent by A, as one POST with the new values.
        QVERIFY(m_server->start(m_port));
        QCOMPARE(a->sync(true).created, 2);
        QCOMPARE(b->sync(true).created, 0);
        QCOMPARE(m_server->count(QStringLiteral("POST /feedback")), 2);
        QCOMPARE(m_server->count(QStringLiteral("PUT /feedback")), 0);
        QCOMPARE(m_server->feedbackById(b->entry(fromB)->serverId)
                     .value(QStringLiteral("value"))
                     .toInt(),
                 4);
    }

    void aChangeByAnotherInstanceDuringThePostFollowsAsPut()
    {
        auto a = makeSync();
        auto b = makeSync();
        const QString id
            = a->add(QStringLiteral("log-1"), QStringLiteral("trace-1"), 1, 1.0, {}, nullptr)
                  .value();
        QTimer::singleShot(0, this, [&] { QVERIFY(b->change(id, -7, 1.0, {}, nullptr)); });
        QCOMPARE(a->sync().created, 1);
        QCOMPARE(a->entry(id)->state, FeedbackSyncState::Pending);
        QCOMPARE(b->sync().updated, 1);
        QCOMPARE(m_server->count(QStringLiteral("POST /feedback")), 1);
        QCOMPARE(
            m_server->feedbackById(b->entry(id)->serverId).value(QStringLiteral("value")).toInt(),
            -7);
    }

    void aChangeWaitsForAnotherWriterThenFailsClearly()
    {
        auto sync = makeSync();
        sync->setLockWaits(100, 100);
        // Another process in the middle of writing the queue, and stuck there.
        QLockFile other(queueFile() + QStringLiteral(".lock"));
        QVERIFY(other.tryLock(0));
        QString error;
        QVERIFY(!sync->add(QStringLiteral("log-1"), QStringLiteral("trace-1"), 1, 1.0, {}, &error));
        QVERIFY2(error.contains(u"is being written by") && error.contains(queueFile()),
                 qPrintable(error));
        QVERIFY(sync->entries().isEmpty());
        QCOMPARE(m_store->record(QStringLiteral("log-1"), nullptr)->feedback.size(), 0);
        other.unlock();
        QVERIFY2(sync->add(QStringLiteral("log-1"), QStringLiteral("trace-1"), 1, 1.0, {}, &error),
                 qPrintable(error));
    }

    void invalidFeedbackIsRefusedAtOnce()
    {
        auto sync = makeSync();
        QString error;
        QVERIFY(
            !sync->add(QStringLiteral("log-1"), QStringLiteral("trace-1"), 11, 1.0, {}, &error));
        QVERIFY(error.contains(u"between -10 and 10"));
        QVERIFY(!sync->add(QStringLiteral("log-1"), QString(), 1, 1.0, {}, &error));
        QVERIFY(error.contains(u"no trace id"));
        QVERIFY(sync->entries().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFeedbackSync)
#include "tst_feedbacksync.moc"
