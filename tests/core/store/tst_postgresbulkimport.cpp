// SPDX-License-Identifier: GPL-3.0-or-later
#include "logstore.h"
#include "postgresfixture.h"
#include "postgreslogstore.h"

#include <QTest>
#include <QTimeZone>

// A bulk import into the team store: into an empty store it defers the secondary and full-text
// indexes and builds them when it finishes, while another writer keeps writing; into a store
// others already use it keeps them; text its full-text writer did not index is indexed from the
// payloads on the next open. (A killed import: tst_postgrescli; a store of the previous
// schema: tst_postgresconcurrency.) On a throwaway PostgreSQL the test starts; it fails, never
// skips, when it cannot.
class TestPostgresBulkImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void importIntoEmptyStoreBuildsIndexesAtTheEnd();
    void importIntoStoredLogsKeepsIndexes();
    void textLeftByADeadWriterIsIndexedOnOpen();

private:
    // Every index of the store's tables with its definition, one per line, by name.
    QString indexes(const QString &database);
    QString sql(const QString &database, const QString &statement);

    PostgresFixture m_postgres;
    QString m_referenceIndexes; // those of a store that never saw a bulk import
};

namespace {

LogRecord record(const QString &id, qint64 createdMs, const QByteArray &prompt)
{
    LogRecord r;
    r.id = id;
    r.createdAt = QDateTime::fromMSecsSinceEpoch(createdMs, QTimeZone::utc());
    r.model = createdMs % 2 ? u"gpt-4o"_qs : u"claude-3-5-sonnet"_qs;
    r.statusCode = createdMs % 5 ? 200 : 503;
    r.metadata.insert(u"_user"_qs, createdMs % 3 ? u"alice"_qs : u"bob"_qs);
    r.metadata.insert(u"env"_qs, u"prod"_qs);
    r.request = R"({"messages":[{"role":"user","content":")" + prompt + R"("}]})";
    return r;
}

QList<LogRecord> batchOf(const QString &prefix, int from, int count, const QByteArray &prompt)
{
    QList<LogRecord> batch;
    for (int i = from; i < from + count; ++i)
        batch.append(record(prefix + QString::number(i), 1767225600000 + i, prompt));
    return batch;
}

} // namespace

void TestPostgresBulkImport::initTestCase()
{
    QString error;
    QVERIFY2(m_postgres.start(&error), qPrintable(error));
    const QString url = m_postgres.databaseUrl(u"reference"_qs, &error);
    QVERIFY2(LogStore::open(url, &error), qPrintable(error));
    m_referenceIndexes = indexes(u"reference"_qs);
    QVERIFY(m_referenceIndexes.contains(u"log_text_tsv"));
    QVERIFY(m_referenceIndexes.contains(u"logs_model"));
}

void TestPostgresBulkImport::cleanupTestCase()
{
    m_postgres.stop();
}

QString TestPostgresBulkImport::sql(const QString &database, const QString &statement)
{
    QString error;
    const QString out = m_postgres.psql(database, statement, &error);
    if (!error.isEmpty())
        qWarning("%s: %s", qPrintable(statement), qPrintable(error));
    return out;
}

QString TestPostgresBulkImport::indexes(const QString &database)
{
    return sql(database,
               u"SELECT indexname || ' ' || indexdef FROM pg_indexes WHERE tablename IN "
               "('logs', 'log_text', 'payloads', 'feedback') ORDER BY indexname"_qs);
}

void TestPostgresBulkImport::importIntoEmptyStoreBuildsIndexesAtTheEnd()
{
    QString error;
    const QString url = m_postgres.databaseUrl(u"empty"_qs, &error);
    auto importer = LogStore::open(url, &error);
    QVERIFY2(importer, qPrintable(error));
    auto collector = LogStore::open(url, &error);
    QVERIFY2(collector, qPrintable(error));

    QVERIFY2(importer->beginBulkImport(&error), qPrintable(error));
    QCOMPARE(sql(u"empty"_qs,
                 u"SELECT count(*) FROM pg_indexes WHERE indexname IN ('logs_model', "
                 "'log_text_tsv', 'logs_metadata')"_qs),
             u"0"_qs);
    // The list order, the id and the primary keys stay.
    QVERIFY(indexes(u"empty"_qs).contains(u"logs_time "));
    QVERIFY(indexes(u"empty"_qs).contains(u"logs_id_key "));

    QList<LogRecord> first = batchOf(u"a"_qs, 0, 300, "walrus on the ice");
    first[10].feedback = {FeedbackEntry {}, FeedbackEntry {}};
    first[10].feedback[0].id = u"fb-1"_qs;
    first[10].feedback[0].value = 1;
    first[10].feedback[0].weight = 1;
    first[10].feedback[0].metadata.insert(u"note"_qs, u"good"_qs);
    first[10].feedback[1].id = u"fb-2"_qs;
    first[10].feedback[1].value = -1;
    first[10].feedback[1].weight = 0.5;
    first[10].feedback[1].createdAt = first[10].createdAt.addSecs(60);
    first.append(first.at(3)); // the same id twice in one batch
    auto written = importer->insert(first, &error);
    QVERIFY2(written, qPrintable(error));
    QCOMPARE(written->inserted, 300);
    QCOMPARE(written->duplicates, 1);

    // Another writer meanwhile: its rows go in, and a record it stored first is the import's
    // duplicate, left as that writer stored it.
    LogRecord early = record(u"b5"_qs, 1767225600000 + 5, "stored by the collector");
    early.model = u"collector-model"_qs;
    QVERIFY2(collector->insert({early, record(u"c1"_qs, 42, "walrus too")}, &error),
             qPrintable(error));
    written = importer->insert(batchOf(u"b"_qs, 0, 300, "walrus in the sea"), &error);
    QVERIFY2(written, qPrintable(error));
    QCOMPARE(written->inserted, 299);
    QCOMPARE(written->duplicates, 1);

    // Until the import finishes, word searches scan; the rows are found once the import's
    // full-text writer has caught up (a batch or two behind).
    QVERIFY(importer->pendingFullTextRows() > 0);
    QTRY_COMPARE(*collector->count(u"walrus"_qs, &error), 600); // a*, b* but b5, c1

    QVERIFY2(importer->finishBulkImport(&error), qPrintable(error));
    QCOMPARE(indexes(u"empty"_qs), m_referenceIndexes);
    QCOMPARE(sql(u"empty"_qs, u"SELECT count(*) FROM gatescope_deferred_indexes"_qs), u"0"_qs);
    QCOMPARE(importer->pendingFullTextRows(), 0);
    QCOMPARE(*collector->count({}, &error), 601);
    QCOMPARE(*collector->count(u"walrus"_qs, &error), 600);
    QCOMPARE(*collector->count(u"\"walrus in the sea\""_qs, &error), 299);
    QCOMPARE(*collector->count(u"model:collector-model"_qs, &error), 1);
    QCOMPARE(*collector->count(u"meta.env:prod"_qs, &error), 601);
    // bob and 503: a time divisible by 15, in the a and the b series.
    qint64 bobFailed = 0;
    for (qint64 i = 0; i < 300; ++i)
        bobFailed += (1767225600000 + i) % 15 == 0 ? 2 : 0;
    QVERIFY(bobFailed > 0);
    QCOMPARE(*collector->count(u"user:bob status:>=500"_qs, &error), bobFailed);

    // The feedback that came with a log, with its author.
    const auto withFeedback = collector->record(u"a10"_qs, &error);
    QVERIFY2(withFeedback, qPrintable(error));
    QCOMPARE(withFeedback->feedback.size(), 2);
    QCOMPARE(withFeedback->feedback.at(0).id, u"fb-1"_qs);
    QCOMPARE(withFeedback->feedback.at(0).metadata.value(u"note"_qs).toString(), u"good"_qs);
    QCOMPARE(withFeedback->feedback.at(1).weight, 0.5);
    QCOMPARE(withFeedback->feedback.at(1).createdAt, first[10].createdAt.addSecs(60));
    QVERIFY(!withFeedback->feedback.at(1).createdAt.isNull());
    QCOMPARE(*static_cast<PostgresLogStore *>(collector.get())->feedbackAuthor(u"fb-2"_qs, &error),
             m_postgres.user());
    QCOMPARE(*collector->count(u"feedback:<0.4"_qs, &error), 1); // (1 - 0.5) / 1.5
}

void TestPostgresBulkImport::importIntoStoredLogsKeepsIndexes()
{
    // Others already read this store: no index is dropped, and the rows are searchable as
    // soon as the import's full-text writer has caught up.
    QString error;
    const QString url = m_postgres.databaseUrl(u"stored"_qs, &error);
    auto importer = LogStore::open(url, &error);
    QVERIFY2(importer, qPrintable(error));
    QVERIFY(importer->insert({record(u"first"_qs, 1, "hello")}, &error));
    QVERIFY2(importer->beginBulkImport(&error), qPrintable(error));
    QCOMPARE(indexes(u"stored"_qs), m_referenceIndexes);
    QVERIFY(importer->insert(batchOf(u"s"_qs, 0, 200, "narwhal"), &error));
    QTRY_COMPARE(importer->pendingFullTextRows(), 0);
    QCOMPARE(*importer->count(u"narwhal"_qs, &error), 200);
    QVERIFY2(importer->finishBulkImport(&error), qPrintable(error));
    QCOMPARE(indexes(u"stored"_qs), m_referenceIndexes);
}

void TestPostgresBulkImport::textLeftByADeadWriterIsIndexedOnOpen()
{
    // A killed import whose full-text writer had not written its last batches: the batch's
    // rows are committed and listed in gatescope_text_pending, their text is not indexed. The
    // next open indexes it from the payloads (bodies in blocks too).
    QString error;
    const QString url = m_postgres.databaseUrl(u"deadwriter"_qs, &error);
    {
        auto importer = LogStore::open(url, &error);
        QVERIFY2(importer, qPrintable(error));
        QVERIFY(importer->insert({record(u"first"_qs, 1, "hello")}, &error));
        QVERIFY2(importer->beginBulkImport(&error), qPrintable(error));
        QList<LogRecord> batch = batchOf(u"d"_qs, 0, 100, "dugong");
        batch[7].response = QByteArray(300 * 1024, 'x') + " seacow"; // a payload of its own
        QVERIFY(importer->insert(batch, &error));
        QVERIFY2(importer->finishBulkImport(&error), qPrintable(error));
    }
    {
        // Not while an import runs: that import's finish indexes it.
        auto running = LogStore::open(url, &error);
        QVERIFY2(running, qPrintable(error));
        QVERIFY(running->beginBulkImport(&error));
        sql(u"deadwriter"_qs,
            u"DELETE FROM log_text WHERE row_id IN (SELECT row_id FROM logs WHERE id LIKE "
            "'d%'); INSERT INTO gatescope_text_pending (first_row, last_row, text_rows) SELECT "
            "min(row_id), max(row_id), count(*) FROM logs WHERE id LIKE 'd%'"_qs);
        auto reader = LogStore::open(url, &error);
        QVERIFY2(reader, qPrintable(error));
        QCOMPARE(reader->pendingFullTextRows(), 100);
        QCOMPARE(*reader->count(u"dugong"_qs, &error), 0);
    }
    // The import's sessions (and its lock) end when the server has seen them close.
    QTRY_COMPARE(sql(u"deadwriter"_qs,
                     u"SELECT count(*) FROM pg_stat_activity WHERE datname = 'deadwriter' AND "
                     "application_name = 'gatescope'"_qs),
                 u"0"_qs);
    auto store = LogStore::open(url, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->pendingFullTextRows(), 0);
    QCOMPARE(*store->count(u"dugong"_qs, &error), 100);
    QCOMPARE(*store->count(u"hello"_qs, &error), 1);
    QCOMPARE(sql(u"deadwriter"_qs, u"SELECT count(*) FROM gatescope_text_pending"_qs), u"0"_qs);
}

QTEST_GUILESS_MAIN(TestPostgresBulkImport)
#include "tst_postgresbulkimport.moc"
