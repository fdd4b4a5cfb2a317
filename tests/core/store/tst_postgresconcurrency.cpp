// SPDX-License-Identifier: GPL-3.0-or-later
#include "logstore.h"
#include "postgresfixture.h"
#include "postgreslogstore.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <atomic>
#include <functional>
#include <limits>
#include <set>
#include <thread>

// The team store under several sessions at once: two writers and a reader paging meanwhile,
// several first opens racing the migration (of an empty database and of a version 1 store),
// LISTEN/NOTIFY to another desktop, and feedback that every reader sees with its author. On a
// throwaway PostgreSQL the test starts; it fails, never skips, when it cannot.
class TestPostgresConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void twoWritersAndAPagingReader();
    void concurrentFirstOpen();
    void version1StoreMigratedOnceByConcurrentOpens();
    void othersChangesAreNotified();
    void feedbackShowsForAllWithItsAuthor();

private:
    QString sql(const QString &database, const QString &statement);

    PostgresFixture m_postgres;
};

namespace {

constexpr int kPerWriter = 50000;
constexpr int kBatch = 1000;

LogRecord record(const QString &id, qint64 createdMs)
{
    LogRecord r;
    r.id = id;
    r.createdAt = QDateTime::fromMSecsSinceEpoch(createdMs, QTimeZone::utc());
    r.model = createdMs % 3 ? u"gpt-4o"_qs : u"claude-3-5-sonnet"_qs;
    r.statusCode = createdMs % 17 ? 200 : 500;
    r.totalTokens = createdMs % 1000;
    r.request = R"({"messages":[{"role":"user","content":"question )"
        + QByteArray::number(createdMs) + R"("}]})";
    return r;
}

// Opens url from `count` threads at once and hands each store to `use`; the schema version
// each open found, and each thread's error (empty when all went well).
struct OpenedAtOnce
{
    std::vector<int> versions;
    std::vector<QString> errors;
};
OpenedAtOnce openAtOnce(const QString &url, int count,
                        const std::function<void(LogStore &, int, QString *)> &use = {})
{
    OpenedAtOnce out {std::vector<int>(count, -1), std::vector<QString>(count)};
    std::vector<std::thread> threads;
    for (int t = 0; t < count; ++t) {
        threads.emplace_back([&, t] {
            auto store = LogStore::open(url, &out.errors[t]);
            if (!store)
                return;
            out.versions[t] = store->schemaVersion();
            if (use)
                use(*store, t, &out.errors[t]);
        });
    }
    for (std::thread &t : threads)
        t.join();
    return out;
}

} // namespace

void TestPostgresConcurrency::initTestCase()
{
    QString error;
    QVERIFY2(m_postgres.start(&error), qPrintable(error));
}

void TestPostgresConcurrency::cleanupTestCase()
{
    m_postgres.stop();
}

void TestPostgresConcurrency::twoWritersAndAPagingReader()
{
    QString error;
    const QString url = m_postgres.databaseUrl(u"writers"_qs, &error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    QVERIFY2(LogStore::open(url, &error), qPrintable(error)); // the schema, once

    std::atomic_int writersLeft {2};
    std::vector<QString> writerErrors(2);
    std::vector<qint64> inserted(2, 0);
    auto writer = [&](int w) {
        auto store = LogStore::open(url, &writerErrors[w]);
        if (store) {
            // Interleaved times: both writers' rows land among each other's.
            for (int from = 0; from < kPerWriter && writerErrors[w].isEmpty(); from += kBatch) {
                QList<LogRecord> batch;
                for (int i = from; i < from + kBatch; ++i)
                    batch.append(record(QStringLiteral("w%1-%2").arg(w).arg(i),
                                        1767225600000 + qint64(i) * 2 + w));
                const auto result = store->insert(batch, &writerErrors[w]);
                if (result)
                    inserted[w] += result->inserted;
            }
        }
        --writersLeft;
    };

    // The reader pages newest first, from the top again and again, until the writers are done.
    QString readerError;
    qint64 maxPageNs = 0, pages = 0, passes = 0;
    bool duplicateInPass = false, outOfOrder = false;
    std::thread reader([&] {
        auto store = LogStore::open(url, &readerError);
        if (!store)
            return;
        LogQuery query;
        while (writersLeft.load() > 0 && readerError.isEmpty()) {
            std::set<qint64> seen;
            std::optional<PageKey> key;
            std::pair<qint64, qint64> previous {std::numeric_limits<qint64>::max(), 0};
            for (;;) {
                QElapsedTimer t;
                t.start();
                const auto page = store->page(query, key, 100, &readerError);
                maxPageNs = std::max(maxPageNs, t.nsecsElapsed());
                ++pages;
                if (!page)
                    return;
                for (const LogRecord &r : page->rows) {
                    duplicateInPass |= !seen.insert(r.rowId).second;
                    const std::pair<qint64, qint64> k {r.createdAt.toMSecsSinceEpoch(), r.rowId};
                    outOfOrder |= !(k < previous);
                    previous = k;
                }
                if (!page->next || writersLeft.load() == 0)
                    break;
                key = page->next;
            }
            ++passes;
        }
    });
    std::thread w0(writer, 0), w1(writer, 1);
    w0.join();
    w1.join();
    reader.join();
    QVERIFY2(writerErrors[0].isEmpty(), qPrintable(writerErrors[0]));
    QVERIFY2(writerErrors[1].isEmpty(), qPrintable(writerErrors[1]));
    QVERIFY2(readerError.isEmpty(), qPrintable(readerError));
    QCOMPARE(inserted[0], kPerWriter);
    QCOMPARE(inserted[1], kPerWriter);
    QVERIFY(!duplicateInPass);
    QVERIFY(!outOfOrder);
    qInfo("reader: %lld pages in %lld passes while writing, slowest page %.1f ms", pages, passes,
          maxPageNs / 1e6);
    QVERIFY(pages > 0);
    // The issue's promise: the reader never waits more than 100 ms for a page.
    QVERIFY2(maxPageNs < 100'000'000, qPrintable(QString::number(maxPageNs / 1e6)));

    // Nothing lost, nothing twice: a last pass sees every id exactly once.
    auto store = LogStore::open(url, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(*store->count({}, &error), 2 * kPerWriter);
    std::set<QString> ids;
    std::optional<PageKey> key;
    int rows = 0;
    for (;;) {
        const auto page = store->page({}, key, 1000, &error);
        QVERIFY2(page, qPrintable(error));
        for (const LogRecord &r : page->rows)
            ids.insert(r.id);
        rows += int(page->rows.size());
        if (!page->next)
            break;
        key = page->next;
    }
    QCOMPARE(rows, 2 * kPerWriter);
    QCOMPARE(int(ids.size()), 2 * kPerWriter);
    QVERIFY(ids.count(u"w0-0"_qs) && ids.count(u"w1-49999"_qs));
    QCOMPARE(*store->count(u"question"_qs, &error), 2 * kPerWriter); // full text of every row

    // The same ids from two sessions at once: each stored once, the rest counted as duplicates.
    std::vector<qint64> again(2, 0);
    std::vector<QString> againErrors(2);
    auto rewrite = [&](int w) {
        auto s = LogStore::open(url, &againErrors[w]);
        QList<LogRecord> batch;
        for (int i = 0; i < 2000; ++i)
            batch.append(record(QStringLiteral("shared-%1").arg(i), 1767225600000 + i));
        if (s) {
            if (const auto result = s->insert(batch, &againErrors[w]))
                again[w] = result->inserted;
        }
    };
    std::thread r0(rewrite, 0), r1(rewrite, 1);
    r0.join();
    r1.join();
    QVERIFY2(againErrors[0].isEmpty() && againErrors[1].isEmpty(),
             qPrintable(againErrors[0] + againErrors[1]));
    QCOMPARE(again[0] + again[1], 2000);
    QCOMPARE(*store->count({}, &error), 2 * kPerWriter + 2000);
}

void TestPostgresConcurrency::concurrentFirstOpen()
{
    // Collectors starting at once on an empty database: the schema is created exactly once.
    QString error;
    const QString url = m_postgres.databaseUrl(u"race"_qs, &error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    constexpr int kThreads = 6;
    const OpenedAtOnce opened = openAtOnce(url, kThreads, [](LogStore &store, int t, QString *e) {
        store.insert({record(QStringLiteral("t%1").arg(t), t + 1)}, e);
    });
    for (int t = 0; t < kThreads; ++t) {
        QVERIFY2(opened.errors[t].isEmpty(), qPrintable(opened.errors[t]));
        QCOMPARE(opened.versions[t], PostgresLogStore::kSchemaVersion);
    }
    auto store = LogStore::open(url, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(*store->count({}, &error), kThreads);
    QCOMPARE(m_postgres.psql(u"race"_qs, u"SELECT count(*) FROM gatescope_schema"_qs, &error),
             u"1"_qs);
}

void TestPostgresConcurrency::version1StoreMigratedOnceByConcurrentOpens()
{
    // A store written by the previous schema (version 1), with a log and its body, opened by
    // several collectors at once: migrated once, forward, under the migration lock.
    QString error;
    const QString url = m_postgres.databaseUrl(u"version1"_qs, &error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    sql(u"version1"_qs, QString::fromUtf8(PostgresLogStore::migrationSql(0)));
    sql(u"version1"_qs,
        u"CREATE TABLE gatescope_schema (version integer NOT NULL); "
        "INSERT INTO gatescope_schema VALUES (1); "
        "INSERT INTO logs (id, created_at, model) VALUES ('old', 1000, 'gpt-4o'); "
        "INSERT INTO log_text (row_id, body) SELECT row_id, 'an unindexed walrus' FROM logs"_qs);
    QCOMPARE(sql(u"version1"_qs,
                 u"SELECT attstorage FROM pg_attribute WHERE attrelid = 'payloads'::regclass AND "
                 "attname = 'data'"_qs),
             u"x"_qs);

    const OpenedAtOnce opened = openAtOnce(url, 4);
    for (int t = 0; t < 4; ++t) {
        QVERIFY2(opened.errors[t].isEmpty(), qPrintable(opened.errors[t]));
        QCOMPARE(opened.versions[t], PostgresLogStore::kSchemaVersion);
    }
    QCOMPARE(sql(u"version1"_qs, u"SELECT version FROM gatescope_schema"_qs),
             QString::number(PostgresLogStore::kSchemaVersion));
    QCOMPARE(sql(u"version1"_qs, u"SELECT count(*) FROM review_claims"_qs), u"0"_qs);
    QCOMPARE(sql(u"version1"_qs,
                 u"SELECT count(*) FROM pg_statistic_ext WHERE stxname LIKE 'logs_%_values'"_qs),
             u"4"_qs);
    QCOMPARE(sql(u"version1"_qs,
                 u"SELECT attstorage FROM pg_attribute WHERE attrelid = 'payloads'::regclass AND "
                 "attname = 'data'"_qs),
             u"e"_qs);
    // The same indexes as a store this version makes.
    QVERIFY2(LogStore::open(m_postgres.databaseUrl(u"version2"_qs, &error), &error),
             qPrintable(error));
    const QString indexes = u"SELECT indexname || ' ' || indexdef FROM pg_indexes WHERE "
                            "tablename IN ('logs', 'log_text', 'payloads', 'feedback') ORDER BY "
                            "indexname"_qs;
    QCOMPARE(sql(u"version1"_qs, indexes), sql(u"version2"_qs, indexes));
    auto store = LogStore::open(url, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->record(u"old"_qs, &error)->model, u"gpt-4o"_qs);
    // The text an old bulk import left for later is indexed on open, as before.
    QCOMPARE(*store->count(u"walrus"_qs, &error), 1);
    QCOMPARE(store->pendingFullTextRows(), 0);
    QVERIFY(store->insert({record(u"new"_qs, 2000)}, &error));
    QCOMPARE(*store->count({}, &error), 2);
}

void TestPostgresConcurrency::othersChangesAreNotified()
{
    QString error;
    const QString url = m_postgres.databaseUrl(u"notify"_qs, &error);
    auto desktop = LogStore::open(url, &error);
    QVERIFY2(desktop, qPrintable(error));
    auto collector = LogStore::open(url, &error);
    QVERIFY2(collector, qPrintable(error));
    QStringList heard;
    QVERIFY2(desktop->watchChanges([&](const QString &what) { heard.append(what); }, &error),
             qPrintable(error));

    QVERIFY(collector->insert({record(u"n1"_qs, 1), record(u"n2"_qs, 2)}, &error));
    QTRY_COMPARE(heard, QStringList {u"logs 2"_qs});
    // Its own writes are no news to the desktop; a batch of duplicates changes nothing.
    QVERIFY(desktop->insert({record(u"n3"_qs, 3)}, &error));
    QVERIFY(collector->insert({record(u"n1"_qs, 1)}, &error));
    FeedbackEntry f;
    f.id = u"fb-n1"_qs;
    f.value = 5;
    QVERIFY2(collector->addFeedback(u"n1"_qs, f, &error), qPrintable(error));
    QTRY_COMPARE(heard, (QStringList {u"logs 2"_qs, u"feedback n1"_qs}));
    QVERIFY(collector->removeFeedback(u"fb-n1"_qs, &error));
    QTRY_COMPARE(heard.size(), 3);
    QCOMPARE(heard.last(), u"feedback n1"_qs);
    // The new rows are there for the desktop to page.
    QCOMPARE(*desktop->count({}, &error), 3);

    // SQLite has no other writers to watch, and says so.
    QTemporaryDir dir;
    auto local = LogStore::open(dir.filePath(u"s.sqlite"_qs), &error);
    QVERIFY(local);
    QVERIFY(!local->watchChanges([](const QString &) {}, &error));
    QVERIFY(!error.isEmpty());
}

void TestPostgresConcurrency::feedbackShowsForAllWithItsAuthor()
{
    QString error;
    const QString url = m_postgres.databaseUrl(u"feedback"_qs, &error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    QCOMPARE(m_postgres.psql(u"feedback"_qs, u"CREATE ROLE alice LOGIN SUPERUSER"_qs, &error),
             QString());
    auto mine = PostgresLogStore::openUrl(url, &error);
    QVERIFY2(mine, qPrintable(error));
    QVERIFY(mine->insert({record(u"log-1"_qs, 1)}, &error));
    const QString aliceUrl
        = QStringLiteral("postgresql://alice@127.0.0.1:%1/feedback").arg(m_postgres.port());
    auto alices = LogStore::open(aliceUrl, &error);
    QVERIFY2(alices, qPrintable(error));
    FeedbackEntry f;
    f.id = u"fb-alice"_qs;
    f.value = 9;
    f.weight = 1;
    QVERIFY2(alices->addFeedback(u"log-1"_qs, f, &error), qPrintable(error));
    // Another user sees it at once, in the record and in the list filter, with its author.
    const auto seen = mine->record(u"log-1"_qs, &error);
    QVERIFY2(seen, qPrintable(error));
    QCOMPARE(seen->feedback.size(), 1);
    QCOMPARE(seen->feedback.first().value, 9.0);
    QCOMPARE(*mine->count(u"feedback:>5"_qs, &error), 1);
    QCOMPARE(mine->feedbackAuthor(u"fb-alice"_qs, &error).value_or(QString()), u"alice"_qs);
    FeedbackEntry own;
    own.id = u"fb-own"_qs;
    own.value = 1;
    QVERIFY(mine->addFeedback(u"log-1"_qs, own, &error));
    QCOMPARE(mine->feedbackAuthor(u"fb-own"_qs, &error).value_or(QString()), m_postgres.user());
}

QString TestPostgresConcurrency::sql(const QString &database, const QString &statement)
{
    QString error;
    const QString out = m_postgres.psql(database, statement, &error);
    if (!error.isEmpty())
        qWarning("%s: %s", qPrintable(statement), qPrintable(error));
    return out;
}

QTEST_GUILESS_MAIN(TestPostgresConcurrency)
#include "tst_postgresconcurrency.moc"
