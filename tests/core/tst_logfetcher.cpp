// SPDX-License-Identifier: GPL-3.0-or-later
// LogFetcher, behind gatescope-cli fetch and a shared link to a log the store lacks: one log by
// id from the local control plane of tests/support into a store, never stored twice.
#include "connectioncredentials.h"
#include "controlplaneserver.h"
#include "logfetcher.h"
#include "logstore.h"
#include "testconnections.h"

#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kLogId
    = QStringLiteral("046b73bd-87da-4c0f-b716-2906d5f3f000"); // the server's sample
}

class TestLogFetcher : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ControlPlaneServer m_server;
    std::unique_ptr<LogStore> m_store;

    ConnectionCredentials credentials(const QString &name, const QUrl &url, bool withKey)
    {
        QString error;
        if (!TestConnections::add(name, url, withKey ? ControlPlaneServer::apiKey() : QString(),
                                  &error))
            qWarning("%s", qPrintable(error));
        return ConnectionCredentials::read(name);
    }
    static RetryPolicy once()
    {
        RetryPolicy policy;
        policy.maxAttempts = 1;
        policy.timeoutMs = 5000;
        return policy;
    }

private slots:
    void initTestCase()
    {
        TestConnections::isolate(m_dir);
        QVERIFY(m_server.start());
    }
    void init()
    {
        QString error;
        m_store = LogStore::open(
            m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction())), &error);
        QVERIFY2(m_store, qPrintable(error));
    }
    void cleanup() { m_store.reset(); }

    void aLogIsFetchedAndStoredOnce()
    {
        const ConnectionCredentials c
            = credentials(QStringLiteral("fetch"), m_server.baseUrl(), true);
        QVERIFY2(c.ok(), qPrintable(c.error));
        LogFetcher fetcher(*m_store);
        const LogFetcher::Result first = fetcher.fetch(c, kLogId);
        QVERIFY2(first.ok, qPrintable(first.error));
        QCOMPARE(first.connection, QStringLiteral("fetch"));
        QCOMPARE(first.record.traceId, QStringLiteral("8ecf39a3-06f0-49a4-80d6-83ab75c8c444"));
        QCOMPARE(first.written.inserted, 1);
        QString error;
        const std::optional<LogRecord> stored = m_store->record(kLogId, &error);
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(stored->traceId, first.record.traceId);
        QCOMPARE(m_server.count(QStringLiteral("GET /logs/") + kLogId), 1);

        // Again: fetched, already stored, not stored twice.
        const LogFetcher::Result again = fetcher.fetch(c, kLogId);
        QVERIFY(again.ok);
        QCOMPARE(again.written.inserted, 0);
        QCOMPARE(again.written.duplicates, 1);
        QCOMPARE(m_store->count(QString(), &error).value_or(-1), 1);
    }

    void anUnknownLogSaysWhatTheServerSaid()
    {
        const ConnectionCredentials c
            = credentials(QStringLiteral("fetch"), m_server.baseUrl(), true);
        const LogFetcher::Result r = LogFetcher(*m_store).fetch(c, QStringLiteral("no-such-log"));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"404 AB08"), qPrintable(r.error));
        QString error;
        QCOMPARE(m_store->count(QString(), &error).value_or(-1), 0);
    }

    void eachConnectionIsAskedUntilOneHasIt()
    {
        ControlPlaneServer gone;
        QVERIFY(gone.start());
        const QUrl goneUrl = gone.baseUrl();
        gone.stop(); // nothing answers there
        const QList<ConnectionCredentials> all {
            credentials(QStringLiteral("offline"), goneUrl, true),
            credentials(QStringLiteral("keyless"), m_server.baseUrl(), false),
            credentials(QStringLiteral("fetch"), m_server.baseUrl(), true),
        };
        QCOMPARE(all.at(1).problem, ConnectionCredentials::Problem::NoKey);
        LogFetcher fetcher(*m_store);
        fetcher.setRetryPolicy(once());
        const LogFetcher::Result r = fetcher.fetchFromAny(all, kLogId);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.connection, QStringLiteral("fetch"));
        QCOMPARE(r.written.inserted, 1);

        // None has it: each says why, one a line, the unreadable key first.
        const LogFetcher::Result none = fetcher.fetchFromAny(all, QStringLiteral("no-such-log"));
        QVERIFY(!none.ok);
        const QStringList lines = none.error.split(u'\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).startsWith(u"keyless: "), qPrintable(none.error));
        QVERIFY2(lines.at(1).startsWith(u"offline: "), qPrintable(none.error));
        QVERIFY2(lines.at(2).startsWith(u"fetch: ") && lines.at(2).contains(u"404 AB08"),
                 qPrintable(none.error));
    }
};

QTEST_GUILESS_MAIN(TestLogFetcher)
#include "tst_logfetcher.moc"
