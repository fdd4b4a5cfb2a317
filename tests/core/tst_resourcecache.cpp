// SPDX-License-Identifier: GPL-3.0-or-later
// Configs, prompts and virtual keys cached with a time to live, shown offline with their age.
#include "controlplaneclient.h"
#include "controlplaneserver.h"
#include "resourcecache.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using Fault = ControlPlaneServer::Fault;

class TestResourceCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ControlPlaneServer> m_server;
    std::unique_ptr<ControlPlaneClient> m_client;

private slots:
    void init()
    {
        m_server = std::make_unique<ControlPlaneServer>();
        QVERIFY(m_server->start());
        ControlPlaneEndpoint endpoint;
        endpoint.controlPlane = m_server->baseUrl();
        endpoint.dataPlane = m_server->baseUrl();
        m_client = std::make_unique<ControlPlaneClient>(endpoint, ControlPlaneServer::apiKey());
        RetryPolicy policy;
        policy.maxAttempts = 1;
        policy.timeoutMs = 2000;
        m_client->setRetryPolicy(policy);
    }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void freshWithinTheTimeToLive()
    {
        QTemporaryDir dir;
        ResourceCache cache(dir.path());
        ControlPlaneResources resources(*m_client, cache);
        const CachedResource first = resources.config(QStringLiteral("pc-pplx-c-ca7a87"));
        QVERIFY2(first.ok, qPrintable(first.error));
        QVERIFY(!first.fromCache);
        const CachedResource second = resources.config(QStringLiteral("pc-pplx-c-ca7a87"));
        QVERIFY(second.fromCache);
        QVERIFY(!second.stale);
        QCOMPARE(second.value, first.value);
        QCOMPARE(m_server->count(QStringLiteral("GET /configs/")), 1);
        QCOMPARE(second.ageText(second.fetchedAt.addSecs(3 * 3600 + 5)),
                 QStringLiteral("as of 3 h ago"));
    }

    void offlineShowsTheLastKnownVersionAndItsAge()
    {
        QTemporaryDir dir;
        ResourceCache cache(dir.path());
        ControlPlaneResources resources(*m_client, cache);
        resources.setTimeToLive(0, 0, 0); // always ask the server first
        QVERIFY(resources.prompt(QStringLiteral("pp-article-xx")).ok);
        m_server->stop();
        const CachedResource offline = resources.prompt(QStringLiteral("pp-article-xx"));
        QVERIFY(offline.ok);
        QVERIFY(offline.fromCache);
        QVERIFY(offline.stale);
        QVERIFY2(offline.error.startsWith(u"Cannot reach"), qPrintable(offline.error));
        QCOMPARE(offline.value.toObject().value(QStringLiteral("model")).toString(),
                 QStringLiteral("gpt-4o"));
        QCOMPARE(offline.ageText(), QStringLiteral("as of just now"));

        // Nothing cached and offline: an error, no made-up value.
        const CachedResource none = resources.config(QStringLiteral("pc-pplx-c-ca7a87"));
        QVERIFY(!none.ok);
        QVERIFY(!none.error.isEmpty());
    }

    void cacheSurvivesTheProcess()
    {
        QTemporaryDir dir;
        {
            ResourceCache cache(dir.path());
            ControlPlaneResources resources(*m_client, cache);
            QVERIFY(resources.promptVersions(QStringLiteral("pp-article-xx")).ok);
        }
        m_server->stop();
        ResourceCache cache(dir.path());
        ControlPlaneResources resources(*m_client, cache);
        resources.setTimeToLive(0, 0, 0);
        const CachedResource r = resources.promptVersions(QStringLiteral("pp-article-xx"));
        QVERIFY(r.ok && r.stale);
        QCOMPARE(r.value.toArray().size(), 3);
    }

    // --offline: the cache alone, the server never asked; lists are cached too; an AB03 says
    // its code so a caller can call it "not found".
    void offlineReadsOnlyTheCache()
    {
        QTemporaryDir dir;
        ResourceCache cache(dir.path());
        ControlPlaneResources resources(*m_client, cache);
        resources.setTimeToLive(0, 0, 0);
        QVERIFY(resources.virtualKeyList().ok);
        QVERIFY(resources.configList().ok);
        resources.setOffline(true);
        const int asked = m_server->requests().size();
        const CachedResource keys = resources.virtualKeyList();
        QVERIFY(keys.ok && keys.fromCache);
        QCOMPARE(keys.value.toArray().size(), 3);
        QCOMPARE(resources.configList().value.toArray().size(), 2);
        const CachedResource none = resources.config(QStringLiteral("pc-pplx-c-ca7a87"));
        QVERIFY(!none.ok);
        QVERIFY2(none.error.contains(u"not in the control-plane cache"), qPrintable(none.error));
        QCOMPARE(m_server->requests().size(), asked);

        resources.setOffline(false);
        const CachedResource gone = resources.config(QStringLiteral("pc-unknown"));
        QVERIFY(!gone.ok);
        QCOMPARE(gone.errorKind, ControlPlaneErrorKind::Forbidden);
        QCOMPARE(gone.httpStatus, 403);
        QCOMPARE(gone.errorCode, QStringLiteral("AB03"));
    }

    void virtualKeyAvailabilityForReplay()
    {
        QTemporaryDir dir;
        ResourceCache cache(dir.path());
        ControlPlaneResources resources(*m_client, cache);
        QString reason;
        QCOMPARE(resources.virtualKeyAvailability(QStringLiteral("main-258f4d"), &reason),
                 ControlPlaneResources::Availability::Available);
        QCOMPARE(resources.virtualKeyAvailability(QStringLiteral("azure-test-4110dd"), &reason),
                 ControlPlaneResources::Availability::Unavailable);
        QVERIFY2(reason.contains(u"is exhausted"), qPrintable(reason));
        QCOMPARE(resources.virtualKeyAvailability(QStringLiteral("old-key"), &reason),
                 ControlPlaneResources::Availability::Unavailable);
        QVERIFY2(reason.contains(u"no longer exists"), qPrintable(reason));
        m_server->stop();
        QCOMPARE(resources.virtualKeyAvailability(QStringLiteral("never-seen"), &reason),
                 ControlPlaneResources::Availability::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestResourceCache)
#include "tst_resourcecache.moc"
