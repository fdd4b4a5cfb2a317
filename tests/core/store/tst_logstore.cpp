// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics.h"
#include "logstore.h"
#include "postgresfixture.h"
#include "postgreslogstore.h"
#include "sqliteidhashes.h"
#include "sqlitelogstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <sqlite3.h>

#include <algorithm>
#include <set>
#include <thread>
#include <vector>

// The store: writing, deduplication, atomic batches, migrations, paging by key, bodies,
// full text, feedback, totals and crash repair. On SQLite, or with
// GATESCOPE_STORE_BACKEND=postgresql on a throwaway PostgreSQL that the test starts (and fails,
// never skips, when it cannot): one suite, both backends (tests/CMakeLists.txt runs it twice).
class TestLogStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void openErrors();
    void insertAndDuplicates();
    void batchIsAtomic();
    void reopenKeepsData();
    void storeSettingsAreSharedAndKept();
    void schemaVersionAndMigration();
    void newerSchemaIsRefused();
    void pagingByKey_data();
    void pagingByKey();
    void roundTrip();
    void bodies_data();
    void bodies();
    void bodiesInBlocks();
    void fullText();
    void feedback();
    void feedbackOfATraceReimported();
    void totalsAndGroups();
    void fullTextRepairedAfterCrash();
    void fullTextFileRebuiltFromPayloads();
    void migratesSchema2Store();
    void chartsOfAStoreFromBeforeTheMinuteSums();
    void bulkImportBuildsTheIdIndexWhenItsIdTableIsFull();
    void idHashesFindEveryIdTheyHold();
    void concurrentFirstOpen();
    void openDuringBulkImport();
    void bulkImportIntoEmptyStoreDedupes();
    void fullTextPagesInTimeOrder();
    void filteredFirstPageSortedOnAnotherColumn();

private:
    std::unique_ptr<LogStore> openStore(const QString &name = u"s.sqlite"_qs);
    // The location a store name stands for: a file in m_dir, or a database of this test case.
    QString locationOf(const QString &name);
    bool onPostgres() const { return m_postgres != nullptr; }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PostgresFixture> m_postgres;
    int m_case = 0;
};

namespace {

QDateTime ms(qint64 v)
{
    return QDateTime::fromMSecsSinceEpoch(v, QTimeZone::utc());
}

LogRecord makeRecord(const QString &id, qint64 createdMs)
{
    LogRecord r;
    r.id = id;
    r.createdAt = ms(createdMs);
    return r;
}

// Records of these ids (in this order) whose request holds the word narwhal.
QList<LogRecord> narwhals(const QStringList &ids)
{
    QList<LogRecord> batch;
    for (const QString &id : ids) {
        LogRecord r = makeRecord(id, 1000 + batch.size());
        r.request = R"({"prompt":"narwhal"})";
        batch.append(r);
    }
    return batch;
}

// Whether the SQLite store at path has the id's unique index (a bulk import defers it).
bool hasIdIndex(const QString &path)
{
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'logs_id'", -1, &st,
                       nullptr);
    const bool has = sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0) == 1;
    sqlite3_finalize(st);
    sqlite3_close(db);
    return has;
}

// Everything set, for the round trip.
LogRecord fullRecord()
{
    LogRecord r = makeRecord(u"log-full"_qs, 1767225600123);
    r.traceId = u"trace-1"_qs;
    r.spanId = u"span-1"_qs;
    r.parentSpanId = u"span-0"_qs;
    r.spanName = u"llm"_qs;
    r.method = u"POST"_qs;
    r.endpoint = u"/v1/chat/completions"_qs;
    r.requestType = RequestType::Chat;
    r.provider = u"openai"_qs;
    r.model = u"gpt-4o"_qs;
    r.statusCode = 200;
    r.latencyMs = 1234;
    r.ttftMs = 210;
    r.promptTokens = 11;
    r.completionTokens = 22;
    r.totalTokens = 33;
    r.reasoningTokens = 4;
    r.cacheReadTokens = 7;
    r.cacheWriteTokens = 3;
    r.forgottenAt = ms(1767225700456);
    r.costCents = 0.125;
    r.currency = u"USD"_qs;
    r.costEstimated = true;
    r.cache = CacheState::SemanticMiss;
    r.retryCount = 2;
    r.strategy = Strategy::Fallback;
    r.fallbackActive = true;
    r.loadbalanceActive = false;
    r.servedTarget = u"config.targets[1]"_qs;
    r.attempts = {Attempt {u"config.targets[0]"_qs, u"openai"_qs, u"gpt-4o"_qs, 500, false},
                  Attempt {u"config.targets[1]"_qs, u"azure"_qs, u"gpt-4o"_qs, 700, true}};
    r.configId = u"pc-abc"_qs;
    r.promptId = u"pp-xyz"_qs;
    r.virtualKey = u"main-key"_qs;
    r.metadata = {
        {u"_user"_qs, u"alice"_qs}, {u"env"_qs, u"prod \"quoted\"\n"_qs}, {u"ünï"_qs, u"ço∂e"_qs}};
    r.tracked = true;
    r.stream = false;
    r.request = R"({"model":"gpt-4o","messages":[{"role":"user","content":"Hi there"}]})";
    r.response = R"({"choices":[{"message":{"role":"assistant","content":"Hello!"}}]})";
    r.images
        = {ImageInfo {ImageInfo::Direction::Input, u"image/png"_qs, 64, 32, 1234, {}, u"abc123"_qs},
           ImageInfo {ImageInfo::Direction::Output,
                      {},
                      {},
                      {},
                      {},
                      u"https://example.com/x.png"_qs,
                      u"def"_qs}};
    FeedbackEntry f;
    f.id = u"fb-1"_qs;
    f.value = 7;
    f.weight = 0.5;
    f.metadata = QJsonObject {{u"note"_qs, u"good"_qs}};
    f.createdAt = ms(1767225700000);
    f.synced = true;
    r.feedback = {f};
    r.source = u"export.jsonl"_qs;
    r.replayOf = u"log-0"_qs;
    r.raw = R"({"id":"log-full","raw":true})";
    r.rawFormat = u"portkey-export"_qs;
    return r;
}

qint64 toMsForTest(const QDateTime &t)
{
    return t.toMSecsSinceEpoch();
}

QStringList idsOf(const QList<LogRecord> &rows)
{
    QStringList ids;
    for (const LogRecord &r : rows)
        ids.append(r.id);
    return ids;
}

} // namespace

QString TestLogStore::locationOf(const QString &name)
{
    if (!onPostgres())
        return m_dir->filePath(name);
    QString database = QStringLiteral("case%1_").arg(m_case) + name;
    database.replace(QRegularExpression(u"[^A-Za-z0-9_]"_qs), u"_"_qs);
    QString error;
    const QString url = m_postgres->databaseUrl(database.toLower(), &error);
    if (url.isEmpty())
        qWarning("%s", qPrintable(error));
    return url;
}

std::unique_ptr<LogStore> TestLogStore::openStore(const QString &name)
{
    QString error;
    auto store = LogStore::open(locationOf(name), &error);
    if (!store)
        qWarning("%s", qPrintable(error));
    return store;
}

void TestLogStore::initTestCase()
{
    if (qEnvironmentVariable("GATESCOPE_STORE_BACKEND") != u"postgresql")
        return;
    m_postgres = std::make_unique<PostgresFixture>();
    QString error;
    QVERIFY2(m_postgres->start(&error), qPrintable(error));
}

void TestLogStore::cleanupTestCase()
{
    m_postgres.reset();
}

void TestLogStore::init()
{
    ++m_case;
    // Cases about the SQLite file itself (its .fts file, its own schema steps, its file locks)
    // run in the SQLite pass only.
    static const QStringList sqliteFileCases {
        u"fullTextFileRebuiltFromPayloads"_qs,       u"migratesSchema2Store"_qs,
        u"chartsOfAStoreFromBeforeTheMinuteSums"_qs, u"concurrentFirstOpen"_qs,
        u"bulkImportIntoEmptyStoreDedupes"_qs,       u"fullTextPagesInTimeOrder"_qs,
        u"filteredFirstPageSortedOnAnotherColumn"_qs};
    if (onPostgres() && sqliteFileCases.contains(QLatin1String(QTest::currentTestFunction())))
        QSKIP("a case about the SQLite file; the PostgreSQL pass has its own");
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestLogStore::openErrors()
{
    QString error;
    // A password never comes in the location (it would show in process lists and shell history).
    QVERIFY(!LogStore::open(u"postgresql://alice:secret@localhost/gatescope"_qs, &error));
    QVERIFY2(error.contains(u"PGPASSWORD"), qPrintable(error));
    QVERIFY(!LogStore::open(u"postgresql://alice@localhost:1/"_qs, &error));
    QVERIFY2(error.contains(u"names no database"), qPrintable(error));
    if (onPostgres()) {
        QVERIFY(!LogStore::open(QStringLiteral("postgres://%1@127.0.0.1:%2/missing")
                                    .arg(m_postgres->user())
                                    .arg(m_postgres->port()),
                                &error));
        QVERIFY2(error.contains(u"missing"), qPrintable(error));
    }
    qputenv("GATESCOPE_DB", m_dir->filePath(u"env.sqlite"_qs).toUtf8());
    QCOMPARE(LogStore::defaultLocation(), m_dir->filePath(u"env.sqlite"_qs));
    qunsetenv("GATESCOPE_DB");
    QVERIFY(LogStore::defaultLocation().endsWith(u"/gatescope.sqlite"));
    // A folder that does not exist yet is created.
    auto store = openStore(u"sub/dir/x.sqlite"_qs);
    QVERIFY(store);
}

void TestLogStore::insertAndDuplicates()
{
    auto store = openStore();
    QVERIFY(store);
    QString error;
    auto result = store->insert(
        {makeRecord(u"a"_qs, 1), makeRecord(u"b"_qs, 2), makeRecord(u"a"_qs, 3)}, &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(result->inserted, 2);
    QCOMPARE(result->duplicates, 1);
    LogRecord changed = makeRecord(u"b"_qs, 99);
    changed.model = u"other"_qs;
    result = store->insert({changed, makeRecord(u"c"_qs, 4)}, &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(result->inserted, 1);
    QCOMPARE(result->duplicates, 1);
    QCOMPARE(*store->count({}, &error), 3);
    // A duplicate is left untouched.
    const auto b = store->record(u"b"_qs, &error);
    QVERIFY(b);
    QVERIFY(b->model.isNull());
    QCOMPARE(b->createdAt, ms(2));
    QVERIFY(!store->record(u"zzz"_qs, &error));
}

void TestLogStore::batchIsAtomic()
{
    auto store = openStore();
    QVERIFY(store);
    QString error;
    QVERIFY(store->insert({makeRecord(u"keep"_qs, 1)}, &error));
    // The third record fails (no id) after two were written inside the transaction.
    QVERIFY(!store->insert(
        {makeRecord(u"x1"_qs, 2), makeRecord(u"x2"_qs, 3), makeRecord(QString(), 4)}, &error));
    QVERIFY(error.contains(u"record 3"));
    // A feedback id used on two traces is a conflict: also nothing written.
    LogRecord a = makeRecord(u"y1"_qs, 5), b = makeRecord(u"y2"_qs, 6);
    a.traceId = u"trace-1"_qs;
    b.traceId = u"trace-2"_qs;
    FeedbackEntry f;
    f.id = u"same"_qs;
    a.feedback = {f};
    b.feedback = {f};
    QVERIFY(!store->insert({a, b}, &error));
    QVERIFY2(error.contains(u"another trace"), qPrintable(error));
    QCOMPARE(*store->count({}, &error), 1);
    QVERIFY(store->record(u"keep"_qs, &error));
    // The store still works after the rollback.
    QVERIFY2(store->insert({makeRecord(u"x1"_qs, 2)}, &error), qPrintable(error));
    QCOMPARE(*store->count({}, &error), 2);
}

void TestLogStore::reopenKeepsData()
{
    QString error;
    {
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(store->insert({fullRecord()}, &error));
    }
    auto store = openStore();
    QVERIFY(store);
    const auto r = store->record(u"log-full"_qs, &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->model, u"gpt-4o"_qs);
    QCOMPARE(r->request, fullRecord().request);
}

void TestLogStore::storeSettingsAreSharedAndKept()
{
    QString error;
    auto first = openStore();
    QVERIFY(first);
    auto second = openStore(); // another connection (another window, another person)
    QVERIFY(second);
    // Never set: no value and no error.
    QVERIFY(!first->storeSetting(u"retention_days"_qs, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(first->setStoreSetting(u"retention_days"_qs, u"30"_qs, &error), qPrintable(error));
    QCOMPARE(second->storeSetting(u"retention_days"_qs, &error), std::optional<QString>(u"30"_qs));
    QVERIFY2(second->setStoreSetting(u"retention_days"_qs, u"7"_qs, &error), qPrintable(error));
    QCOMPARE(first->storeSetting(u"retention_days"_qs, &error), std::optional<QString>(u"7"_qs));
    // Kept across opens; a null value removes it; other keys are apart.
    QVERIFY(first->setStoreSetting(u"views"_qs, u"[{\"name\":\"Ünïcode\"}]"_qs, &error));
    first.reset();
    second.reset();
    auto reopened = openStore();
    QVERIFY(reopened);
    QCOMPARE(reopened->storeSetting(u"views"_qs, &error),
             std::optional<QString>(u"[{\"name\":\"Ünïcode\"}]"_qs));
    QVERIFY(reopened->setStoreSetting(u"retention_days"_qs, QString(), &error));
    QVERIFY(!reopened->storeSetting(u"retention_days"_qs, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(reopened->storeSetting(u"views"_qs, &error));
}

void TestLogStore::schemaVersionAndMigration()
{
    if (onPostgres()) {
        // An older database: no schema yet, a table of its own; migrated forward, keeps it.
        const QString db = QStringLiteral("case%1_old").arg(m_case);
        const QString url = locationOf(u"old"_qs);
        QString error;
        QCOMPARE(m_postgres->psql(db, u"CREATE TABLE mine (x int); INSERT INTO mine VALUES (42)"_qs,
                                  &error),
                 QString());
        auto store = LogStore::open(url, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->schemaVersion(), PostgresLogStore::kSchemaVersion);
        QVERIFY(store->insert({makeRecord(u"a"_qs, 1)}, &error));
        store.reset();
        QCOMPARE(m_postgres->psql(db,
                                  u"SELECT (SELECT x FROM mine), (SELECT version FROM "
                                  "gatescope_schema)"_qs,
                                  &error),
                 QStringLiteral("42|%1").arg(PostgresLogStore::kSchemaVersion));
        store = LogStore::open(url, &error); // no second migration
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(*store->count({}, &error), 1);
        return;
    }
    // A SQLite file of another program's (version 0, a table of its own) is not a store: it is
    // refused, and nothing is written into it (no tables, no WAL mode).
    const QString other = m_dir->filePath(u"other.sqlite"_qs);
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(other.toUtf8().constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "CREATE TABLE mine (x); INSERT INTO mine VALUES (42);", nullptr,
                          nullptr, nullptr),
             SQLITE_OK);
    sqlite3_close(db);
    QString error;
    QVERIFY(!LogStore::open(other, &error));
    QVERIFY2(error.contains(u"another program") && error.contains(u"mine"), qPrintable(error));
    QCOMPARE(sqlite3_open(other.toUtf8().constData(), &db), SQLITE_OK);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT (SELECT x FROM mine), (SELECT count(*) FROM sqlite_schema), "
                       "(SELECT journal_mode FROM pragma_journal_mode)",
                       -1, &st, nullptr);
    QVERIFY(st);
    QCOMPARE(sqlite3_step(st), SQLITE_ROW);
    QCOMPARE(sqlite3_column_int(st, 0), 42);
    QCOMPARE(sqlite3_column_int(st, 1), 1);
    QCOMPARE(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(st, 2))), "delete");
    sqlite3_finalize(st);
    sqlite3_close(db);

    // An empty file (version 0, no tables) is migrated forward.
    const QString path = m_dir->filePath(u"old.sqlite"_qs);
    QVERIFY(QFile(path).open(QIODevice::WriteOnly));
    auto store = LogStore::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->schemaVersion(), SqliteLogStore::kSchemaVersion);
    QVERIFY(store->insert({makeRecord(u"a"_qs, 1)}, &error));
    store.reset();

    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    sqlite3_prepare_v2(db, "SELECT user_version FROM pragma_user_version", -1, &st, nullptr);
    QVERIFY(st);
    QCOMPARE(sqlite3_step(st), SQLITE_ROW);
    QCOMPARE(sqlite3_column_int(st, 0), SqliteLogStore::kSchemaVersion);
    sqlite3_finalize(st);
    sqlite3_close(db);

    // Opening again does not migrate twice.
    store = LogStore::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(*store->count({}, &error), 1);
}

void TestLogStore::newerSchemaIsRefused()
{
    if (onPostgres()) {
        QVERIFY(openStore(u"new"_qs));
        QString error;
        m_postgres->psql(QStringLiteral("case%1_new").arg(m_case),
                         u"UPDATE gatescope_schema SET version = 99"_qs, &error);
        QVERIFY(!openStore(u"new"_qs));
        QVERIFY(!LogStore::open(locationOf(u"new"_qs), &error));
        QVERIFY2(error.contains(u"schema version 99"), qPrintable(error));
        return;
    }
    const QString path = m_dir->filePath(u"new.sqlite"_qs);
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    QString error;
    QVERIFY(!LogStore::open(path, &error));
    QVERIFY2(error.contains(u"schema version 99"), qPrintable(error));
}

void TestLogStore::pagingByKey_data()
{
    QTest::addColumn<SortColumn>("sort");
    QTest::addColumn<bool>("descending");
    const std::pair<SortColumn, const char *> sorts[] = {
        {SortColumn::Time, "time"},       {SortColumn::Model, "model"},
        {SortColumn::Tokens, "tokens"},   {SortColumn::Cost, "cost"},
        {SortColumn::Latency, "latency"}, {SortColumn::Status, "status"},
        {SortColumn::Type, "type"},       {SortColumn::Feedback, "feedback"},
        {SortColumn::Images, "images"},
    };
    for (const auto &[sort, name] : sorts) {
        QTest::addRow("%s asc", name) << sort << false;
        QTest::addRow("%s desc", name) << sort << true;
    }
}

void TestLogStore::pagingByKey()
{
    QFETCH(SortColumn, sort);
    QFETCH(bool, descending);
    auto store = openStore();
    QVERIFY(store);
    // 97 rows over 5 timestamps, sort values repeating and sometimes unknown.
    QList<LogRecord> batch;
    const QStringList models {u"b"_qs, u"A"_qs, u"c"_qs, QString()};
    const RequestType types[] = {RequestType::Chat, RequestType::Embedding, RequestType::Unknown};
    for (int i = 0; i < 97; ++i) {
        LogRecord r = makeRecord(QStringLiteral("r%1").arg(i), 1000 * (i % 5));
        r.model = models[i % 4];
        if (i % 3)
            r.totalTokens = i % 7;
        if (i % 4)
            r.costCents = (i % 6) * 0.5;
        if (i % 5)
            r.latencyMs = i % 3;
        if (i % 6)
            r.statusCode = i % 2 ? 200 : 500;
        r.requestType = types[i % 3];
        if (i % 2) {
            FeedbackEntry f;
            f.value = i % 4;
            r.feedback = {f};
        }
        if (i % 4 == 1) {
            ImageInfo image;
            image.direction
                = i % 8 == 1 ? ImageInfo::Direction::Input : ImageInfo::Direction::Output;
            image.mime = u"image/png"_qs;
            r.images = QList<ImageInfo>(i % 3 + 1, image);
        }
        batch.append(r);
    }
    QString error;
    QVERIFY2(store->insert(batch, &error), qPrintable(error));

    LogQuery query;
    query.sort = sort;
    query.descending = descending;
    QVector<qint64> paged;
    QList<LogRecord> pagedRows;
    std::optional<PageKey> key;
    for (int guard = 0; guard < 100; ++guard) {
        const auto page = store->page(query, key, 7, &error);
        QVERIFY2(page, qPrintable(error));
        for (const LogRecord &r : page->rows) {
            paged.append(r.rowId);
            pagedRows.append(r);
        }
        if (!page->next)
            break;
        QCOMPARE(page->rows.size(), 7);
        key = page->next;
    }
    const std::set<qint64> unique(paged.cbegin(), paged.cend());
    QCOMPARE(paged.size(), 97);
    QCOMPARE(int(unique.size()), 97);
    const auto all = store->rowIds(query, &error);
    QVERIFY2(all, qPrintable(error));
    QCOMPARE(*all, paged);

    // The order is the one asked for: sort value (unknown last in both directions), time,
    // row id.
    auto value = [sort](const LogRecord &r) -> std::optional<double> {
        switch (sort) {
        case SortColumn::Time:
            return 0.0;
        case SortColumn::Model:
            return r.model.isNull() ? std::nullopt
                                    : std::optional<double>(r.model.toLower().at(0).unicode());
        case SortColumn::Tokens:
            return r.totalTokens ? std::optional<double>(*r.totalTokens) : std::nullopt;
        case SortColumn::Cost:
            return r.costCents;
        case SortColumn::Latency:
            return r.latencyMs ? std::optional<double>(*r.latencyMs) : std::nullopt;
        case SortColumn::Status:
            return r.statusCode ? std::optional<double>(*r.statusCode) : std::nullopt;
        case SortColumn::Type:
            return r.requestType == RequestType::Unknown
                ? std::nullopt
                : std::optional<double>(r.requestType == RequestType::Chat ? 0 : 1);
        case SortColumn::Feedback:
            return std::nullopt; // checked through the store's own order below
        case SortColumn::Images:
            return double(r.images.size());
        }
        return std::nullopt;
    };
    if (sort == SortColumn::Feedback)
        return;
    for (int i = 1; i < pagedRows.size(); ++i) {
        const LogRecord &a = pagedRows[i - 1], &b = pagedRows[i];
        const auto va = value(a), vb = value(b);
        QVERIFY2(va.has_value() || !vb.has_value(), qPrintable(QString::number(i)));
        if (va.has_value() != vb.has_value())
            continue;
        const auto ka = std::make_tuple(va.value_or(0), a.createdAt.toMSecsSinceEpoch(), a.rowId);
        const auto kb = std::make_tuple(vb.value_or(0), b.createdAt.toMSecsSinceEpoch(), b.rowId);
        QVERIFY2(descending ? ka > kb : ka < kb, qPrintable(QString::number(i)));
    }
}

void TestLogStore::roundTrip()
{
    auto store = openStore();
    QVERIFY(store);
    QString error;
    const LogRecord written = fullRecord();
    QVERIFY2(store->insert({written}, &error), qPrintable(error));
    auto read = store->record(written.id, &error);
    QVERIFY2(read, qPrintable(error));
    QVERIFY(read->rowId > 0);
    QCOMPARE(QJsonDocument(read->toJson()).toJson(), QJsonDocument(written.toJson()).toJson());
    QCOMPARE(read->raw, written.raw);
    QCOMPARE(read->rawFormat, written.rawFormat);
    LogRecord expected = written;
    expected.rowId = read->rowId;
    QCOMPARE(*read, expected);
    const auto byRow = store->recordByRowId(read->rowId, &error);
    QVERIFY(byRow);
    QCOMPARE(*byRow, expected);

    // The list columns: everything but bodies and raw; the feedback entries (of the trace) come
    // along for the Feedback column.
    const QList<LogRecord> rows = store->rowsByIds({read->rowId, 999}, &error);
    QCOMPARE(rows.size(), 1);
    LogRecord listExpected = expected;
    listExpected.request.clear();
    listExpected.response.clear();
    listExpected.raw.clear();
    listExpected.rawFormat.clear();
    QCOMPARE(rows.first(), listExpected);

    // Unknown values stay unknown.
    QVERIFY(store->insert({makeRecord(u"bare"_qs, 5)}, &error));
    const auto bare = store->record(u"bare"_qs, &error);
    QVERIFY(bare);
    LogRecord bareExpected = makeRecord(u"bare"_qs, 5);
    bareExpected.rowId = bare->rowId;
    QCOMPARE(*bare, bareExpected);
    // An unknown time too.
    LogRecord noTime;
    noTime.id = u"no-time"_qs;
    QVERIFY(store->insert({noTime}, &error));
    QVERIFY(!store->record(u"no-time"_qs, &error)->createdAt.isValid());
}

void TestLogStore::bodies_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<QByteArray>("raw");

    QByteArray big = "{\"messages\":[{\"role\":\"user\",\"content\":\"";
    while (big.size() < 10 * 1024 * 1024)
        big += "lorem ipsum dolor sit amet " + QByteArray::number(big.size()) + ' ';
    big += "\"}]}";
    QTest::newRow("10 MB") << big << QByteArray("{\"ok\":true}") << QByteArray();
    QTest::newRow("invalid UTF-8")
        << QByteArray("{\"a\":\"\xff\xfe\x80 bad\"}") << QByteArray("\xc3\x28 not json \0 nul", 16)
        << QByteArray("raw \xff");
    QTest::newRow("response only") << QByteArray() << QByteArray("[1,2]") << QByteArray();
    QTest::newRow("raw only") << QByteArray() << QByteArray() << QByteArray("{\"x\":1}");
}

void TestLogStore::bodies()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, response);
    QFETCH(QByteArray, raw);
    auto store = openStore();
    QVERIFY(store);
    LogRecord r = makeRecord(u"b"_qs, 1);
    r.request = request;
    r.response = response;
    r.raw = raw;
    QString error;
    QVERIFY2(store->insert({r}, &error), qPrintable(error));
    const auto read = store->record(u"b"_qs, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->request, request);
    QCOMPARE(read->response, response);
    QCOMPARE(read->raw, raw);
}

// Small payloads are compressed in blocks of several logs; each log still reads back its own
// bytes, also when the first logs of a block were duplicates and when a big log sits between.
void TestLogStore::bodiesInBlocks()
{
    auto store = openStore();
    QVERIFY(store);
    auto make = [](int i) {
        LogRecord r = makeRecord(u"log-"_qs + QString::number(i), 1000 + i);
        r.request = "{\"messages\":[{\"role\":\"user\",\"content\":\"question "
            + QByteArray::number(i) + "\"}]}";
        r.response = i % 5 == 0 ? QByteArray() : "{\"answer\":" + QByteArray::number(i * 7) + '}';
        r.raw = i % 3 == 0 ? QByteArray() : "{\"raw\":" + QByteArray::number(i) + '}';
        r.rawFormat = i % 3 == 0 ? QString() : u"portkey-export"_qs;
        if (i == 21)
            r.response = QByteArray(40 * 1024, 'x'); // too big for a block
        return r;
    };
    QString error;
    QList<LogRecord> first;
    for (int i = 0; i < 40; i += 2)
        first.append(make(i));
    QVERIFY2(store->insert(first, &error), qPrintable(error));
    QList<LogRecord> second;
    for (int i = 0; i < 60; ++i)
        second.append(make(i)); // the even ones below 40 are duplicates, some at block heads
    const auto prepared = store->prepare(second);
    const auto written = store->insertPrepared(second, prepared.get(), &error);
    QVERIFY2(written, qPrintable(error));
    QCOMPARE(written->inserted, 40);
    QCOMPARE(written->duplicates, 20);
    for (int i = 0; i < 60; ++i) {
        const LogRecord expected = make(i);
        const auto read = store->record(expected.id, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->request, expected.request);
        QCOMPARE(read->response, expected.response);
        QCOMPARE(read->raw, expected.raw);
        QCOMPARE(read->rawFormat, expected.rawFormat);
    }
}

void TestLogStore::fullText()
{
    auto store = openStore();
    QVERIFY(store);
    QString error;
    LogRecord a = makeRecord(u"a"_qs, 1);
    a.request
        = R"({"messages":[{"role":"system","content":"You are terse."},)"
          R"({"role":"user","content":[{"type":"text","text":"Describe this caf\u00e9 photo"},)"
          R"({"type":"image_url","image_url":{"url":"data:image/png;base64,iVBORw0KGgo"}}]}]})";
    a.response = R"({"choices":[{"message":{"content":"A small red bicycle.\nNice."}}]})";
    LogRecord b = makeRecord(u"b"_qs, 2);
    b.request = R"({"input":["red apple","green"]})";
    LogRecord c = makeRecord(u"c"_qs, 3);
    c.response = "plain text answer, not JSON";
    QVERIFY(store->beginBulkImport(&error));
    QVERIFY(store->insert({a, b}, &error));
    QCOMPARE(store->pendingFullTextRows(), 2);
    QVERIFY2(store->finishBulkImport(&error), qPrintable(error));
    QCOMPARE(store->pendingFullTextRows(), 0);
    QVERIFY(store->insert({c}, &error)); // indexed in its own transaction
    QCOMPARE(store->pendingFullTextRows(), 0);

    auto ids = [&](const QString &filter) {
        LogQuery q;
        q.filter = filter;
        q.descending = false;
        return idsOf(store->rowsByIds(*store->rowIds(q, &error), &error)).join(u',');
    };
    QCOMPARE(ids(u"red"_qs), u"a,b"_qs);
    QCOMPARE(ids(u"\"red bicycle\""_qs), u"a"_qs);
    QCOMPARE(ids(u"\"red apple\""_qs), u"b"_qs);
    QCOMPARE(ids(u"cafe"_qs), u"a"_qs); // diacritics folded
    QCOMPARE(ids(u"terse"_qs), u"a"_qs);
    QCOMPARE(ids(u"answer"_qs), u"c"_qs);
    QCOMPARE(ids(u"iVBORw0KGgo"_qs), QString()); // no base64 image data
    QCOMPARE(ids(u"image_url"_qs), QString()); // no JSON keys
    QCOMPARE(ids(u"assistant"_qs), QString());
}

void TestLogStore::feedbackOfATraceReimported()
{
    // Feedback belongs to the trace, so every log of the trace carries it when read (and so
    // when exported). Storing those records again, in one batch or in several, keeps one entry.
    QString error;
    QList<LogRecord> exported;
    {
        auto source = openStore(u"source.sqlite"_qs);
        QVERIFY(source);
        QList<LogRecord> logs {makeRecord(u"t1"_qs, 1), makeRecord(u"t2"_qs, 2),
                               makeRecord(u"t3"_qs, 3)};
        for (LogRecord &r : logs)
            r.traceId = u"trace-shared"_qs;
        QVERIFY(source->insert(logs, &error));
        FeedbackEntry f;
        f.id = u"fb-trace"_qs;
        f.value = 5;
        QVERIFY2(source->addFeedback(u"t1"_qs, f, &error), qPrintable(error));
        for (const QString &id : {u"t1"_qs, u"t2"_qs, u"t3"_qs}) {
            const auto r = source->record(id, &error);
            QVERIFY2(r, qPrintable(error));
            QCOMPARE(r->feedback.size(), 1);
            exported.append(*r);
        }
    }
    auto target = openStore(u"target.sqlite"_qs);
    QVERIFY(target);
    const auto first = target->insert(exported.mid(0, 2), &error);
    QVERIFY2(first, qPrintable(error));
    QCOMPARE(first->inserted, 2);
    const auto second = target->insert(exported.mid(2), &error);
    QVERIFY2(second, qPrintable(error));
    QCOMPARE(second->inserted, 1);
    QCOMPARE(*target->count({}, &error), 3);
    for (const QString &id : {u"t1"_qs, u"t2"_qs, u"t3"_qs}) {
        const auto r = target->record(id, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->feedback.size(), 1);
        QCOMPARE(r->feedback.first().id, u"fb-trace"_qs);
        QCOMPARE(r->feedback.first().value, 5.0);
    }
    // Deleting it once deletes it for the whole trace: it was stored once.
    QVERIFY2(target->removeFeedback(u"fb-trace"_qs, &error), qPrintable(error));
    QVERIFY(target->record(u"t3"_qs, &error)->feedback.isEmpty());
}

void TestLogStore::feedback()
{
    auto store = openStore();
    QVERIFY(store);
    QString error;
    QVERIFY(store->insert({makeRecord(u"a"_qs, 1), makeRecord(u"b"_qs, 2)}, &error));
    auto feedbackOf = [&](const QString &id) {
        return store->record(id, &error)->feedback;
    };
    FeedbackEntry f1;
    f1.id = u"f1"_qs;
    f1.value = 8;
    f1.weight = 1;
    FeedbackEntry f2;
    f2.id = u"f2"_qs;
    f2.value = -4;
    f2.weight = 0.5;
    QVERIFY2(store->addFeedback(u"a"_qs, f1, &error), qPrintable(error));
    QVERIFY2(store->addFeedback(u"a"_qs, f2, &error), qPrintable(error));
    QCOMPARE(feedbackOf(u"a"_qs).size(), 2);
    // (8 * 1 + -4 * 0.5) / 1.5 = 4
    QCOMPARE(*store->count(u"feedback:4"_qs, &error), 1);
    QCOMPARE(*store->count(u"feedback:any"_qs, &error), 1);
    QVERIFY(!store->addFeedback(u"missing"_qs, f1, &error));
    QVERIFY(error.contains(u"missing"));

    LogQuery bySort;
    bySort.sort = SortColumn::Feedback;
    QCOMPARE(store->rowIds(bySort, &error)->size(), 2);

    QVERIFY2(store->removeFeedback(u"f1"_qs, &error), qPrintable(error));
    QCOMPARE(*store->count(u"feedback:-4"_qs, &error), 1);
    QCOMPARE(feedbackOf(u"a"_qs).size(), 1);
    QVERIFY(store->removeFeedback(u"f2"_qs, &error));
    QCOMPARE(*store->count(u"feedback:none"_qs, &error), 2);
    QVERIFY(!store->removeFeedback(u"f2"_qs, &error));
}

void TestLogStore::totalsAndGroups()
{
    auto store = openStore();
    QVERIFY(store);
    QList<LogRecord> batch;
    struct Row
    {
        const char *model;
        int status;
        double cost;
        qint64 prompt, completion;
    };
    const Row rows[] = {{"gpt-4o", 200, 1.5, 10, 5},
                        {"gpt-4o", 404, 0.5, 20, 0},
                        {"claude", 200, 2.0, 1, 2},
                        {nullptr, 503, 0, 0, 0}};
    int n = 0;
    for (const Row &row : rows) {
        ++n;
        LogRecord r = makeRecord(QString::number(n), n);
        if (row.model)
            r.model = QString::fromLatin1(row.model);
        r.statusCode = row.status;
        if (row.cost > 0)
            r.costCents = row.cost;
        r.promptTokens = row.prompt;
        r.completionTokens = row.completion;
        r.totalTokens = row.prompt + row.completion;
        batch.append(r);
    }
    QString error;
    QVERIFY(store->insert(batch, &error));
    const auto t = store->totals({}, &error);
    QVERIFY(t);
    QCOMPARE(t->count, 4);
    QCOMPARE(t->costCents, 4.0);
    QCOMPARE(t->promptTokens, 31);
    QCOMPARE(t->completionTokens, 7);
    QCOMPARE(t->totalTokens, 38);
    const auto filtered = store->totals(u"model:gpt-4o"_qs, &error);
    QCOMPARE(filtered->count, 2);
    QCOMPARE(filtered->costCents, 2.0);

    auto models = store->groupCounts({}, GroupBy::Model, &error);
    QVERIFY2(models, qPrintable(error));
    QCOMPARE(models->size(), 3);
    QCOMPARE(models->at(0).key, u"gpt-4o"_qs);
    QCOMPARE(models->at(0).count, 2);
    QCOMPARE(models->at(0).costCents, 2.0);
    QCOMPARE(models->at(0).totalTokens, 35);
    QVERIFY(models->at(1).key.isNull()); // unknown, then claude (ties by key, NULL first)
    QCOMPARE(models->at(2).key, u"claude"_qs);

    const auto classes = store->groupCounts({}, GroupBy::StatusClass, &error);
    QVERIFY(classes);
    QCOMPARE(classes->size(), 3);
    QCOMPARE(classes->at(0).key, u"2xx"_qs);
    QCOMPARE(classes->at(0).count, 2);
    QCOMPARE(classes->at(1).key, u"4xx"_qs);
    QCOMPARE(classes->at(2).key, u"5xx"_qs);

    QCOMPARE(store->knownValues(GroupBy::Model, 10), (QStringList {u"gpt-4o"_qs, u"claude"_qs}));
    QCOMPARE(store->knownValues(GroupBy::Model, 1), QStringList {u"gpt-4o"_qs});
}

void TestLogStore::fullTextRepairedAfterCrash()
{
    QString error;
    {
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(store->beginBulkImport(&error));
        LogRecord a = makeRecord(u"a"_qs, 1);
        a.request = R"({"prompt":"zebra crossing"})";
        QVERIFY(store->insert({a}, &error));
        QCOMPARE(store->pendingFullTextRows(), 1);
        // The process "crashes" here: the batch is committed, the index is not built.
    }
    auto store = openStore();
    QVERIFY(store);
    QCOMPARE(store->pendingFullTextRows(), 0);
    QCOMPARE(*store->count(u"zebra"_qs, &error), 1);
}

void TestLogStore::fullTextFileRebuiltFromPayloads()
{
    // The index lives in <store>.fts. A lost or foreign .fts file, or one that lags (a crash
    // before the full-text writer committed), is rebuilt from the payloads on open, blocks too.
    QString error;
    const QString path = m_dir->filePath(u"s.sqlite"_qs);
    {
        auto store = openStore();
        QVERIFY(store);
        QList<LogRecord> batch;
        for (int i = 0; i < 40; ++i) {
            LogRecord r = makeRecord(u"r%1"_qs.arg(i), 1000 + i);
            r.request = QByteArray(R"({"prompt":"small red bicycle number )")
                + QByteArray::number(i) + R"("})";
            batch.append(r);
        }
        batch[7].response = R"({"choices":[{"message":{"content":"zebra crossing"}}]})";
        QVERIFY(store->beginBulkImport(&error));
        QVERIFY2(store->insert(batch, &error), qPrintable(error));
        QVERIFY2(store->finishBulkImport(&error), qPrintable(error));
        QCOMPARE(*store->count(u"zebra"_qs, &error), 1);
        QCOMPARE(*store->count(u"\"red bicycle\""_qs, &error), 40); // phrases, contentless
        QCOMPARE(*store->count(u"\"bicycle red\""_qs, &error), 0);
    }
    QVERIFY(QFile::exists(path + u".fts"));
    // The store has no text table of its own any more.
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT count(*) FROM sqlite_schema WHERE name IN ('log_text', 'logs_fts')",
                       -1, &st, nullptr);
    QCOMPARE(sqlite3_step(st), SQLITE_ROW);
    QCOMPARE(sqlite3_column_int(st, 0), 0);
    sqlite3_finalize(st);
    sqlite3_close(db);

    // Lagging: the mark set back (as if the writer's last commit was lost) and the entries gone.
    QCOMPARE(sqlite3_open((path + u".fts").toUtf8().constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db,
                          "INSERT INTO logs_fts (logs_fts) VALUES ('delete-all');"
                          "UPDATE fts_meta SET value = 0 WHERE key = 'upto';",
                          nullptr, nullptr, nullptr),
             SQLITE_OK);
    sqlite3_close(db);
    {
        auto store = openStore();
        QVERIFY(store);
        QCOMPARE(store->pendingFullTextRows(), 0);
        QCOMPARE(*store->count(u"zebra"_qs, &error), 1);
        QCOMPARE(*store->count(u"\"red bicycle number 39\""_qs, &error), 1);
    }
    // Lost: the .fts file deleted.
    QVERIFY(QFile::remove(path + u".fts"));
    QFile::remove(path + u".fts-wal");
    QFile::remove(path + u".fts-shm");
    {
        auto store = openStore();
        QVERIFY(store);
        QCOMPARE(*store->count(u"zebra"_qs, &error), 1);
        QCOMPARE(*store->count(u"bicycle"_qs, &error), 40);
    }
    // Ahead: entries of rows the store never committed; the index starts over.
    QCOMPARE(sqlite3_open((path + u".fts").toUtf8().constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db,
                          "INSERT INTO logs_fts (rowid, body) VALUES (41, 'ghost');"
                          "UPDATE fts_meta SET value = 41 WHERE key = 'upto';",
                          nullptr, nullptr, nullptr),
             SQLITE_OK);
    sqlite3_close(db);
    auto store = openStore();
    QVERIFY(store);
    QVERIFY(store->insert({makeRecord(u"later"_qs, 5000)}, &error));
    QCOMPARE(*store->count(u"ghost"_qs, &error), 0);
    QCOMPARE(*store->count(u"zebra"_qs, &error), 1);
}

void TestLogStore::migratesSchema2Store()
{
    // A schema-2 store (text in log_text, index in the same file, one row not yet indexed)
    // opens: the index moves to the .fts file, log_text is dropped, the text still matches.
    const QString path = m_dir->filePath(u"v2.sqlite"_qs);
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    const QByteArray v2 = QByteArray(SqliteLogStore::migrationSql(0))
        + SqliteLogStore::migrationSql(1)
        + "INSERT INTO logs (id, created_at) VALUES ('a', 1), ('b', 2);"
          "INSERT INTO log_text (row_id, body) VALUES (1, 'zebra crossing'), (2, 'red apple');"
          "INSERT INTO logs_fts (rowid, body) VALUES (1, 'zebra crossing');"
          "UPDATE meta SET value = 1 WHERE key = 'fts_upto';"
          "PRAGMA user_version = 2;";
    QCOMPARE(sqlite3_exec(db, v2.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);

    QString error;
    auto store = LogStore::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->schemaVersion(), SqliteLogStore::kSchemaVersion);
    QCOMPARE(store->pendingFullTextRows(), 0);
    QCOMPARE(*store->count(u"zebra"_qs, &error), 1);
    QCOMPARE(*store->count(u"apple"_qs, &error), 1);
    QCOMPARE(*store->count(u"\"zebra crossing\""_qs, &error), 1);
    QVERIFY(store->insert({makeRecord(u"c"_qs, 3)}, &error));
    QCOMPARE(*store->count({}, &error), 3);
    store.reset();
    QVERIFY(QFile::exists(path + u".fts"));
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT count(*) FROM sqlite_schema WHERE name IN ('log_text', 'logs_fts')",
                       -1, &st, nullptr);
    QCOMPARE(sqlite3_step(st), SQLITE_ROW);
    QCOMPARE(sqlite3_column_int(st, 0), 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
}

void TestLogStore::chartsOfAStoreFromBeforeTheMinuteSums()
{
    // A schema-7 store (no per-minute sums, no triggers) with logs in it: after the step to 8
    // every chart counts them, and a log written afterwards too.
    const QString path = m_dir->filePath(u"v7.sqlite"_qs);
    QString error;
    {
        auto store = LogStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QList<LogRecord> logs;
        for (int i = 0; i < 50; ++i) {
            LogRecord r = makeRecord(u"v7-%1"_qs.arg(i), 1767225600000 + i * 97'000);
            r.statusCode = i % 5 ? 200 : 500;
            r.model = u"gpt-4o"_qs;
            r.costCents = 0.5;
            logs << r;
        }
        QVERIFY2(store->insert(logs, &error), qPrintable(error));
    }
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db,
                          "DROP TRIGGER logs_stats_insert; DROP TRIGGER logs_stats_delete;"
                          "DROP TRIGGER logs_stats_update; DROP TABLE stats_dirty;"
                          "DROP TABLE stats_series; DROP TABLE stats_users;"
                          "DROP TABLE stats_codes; DROP TABLE stats_models;"
                          "PRAGMA user_version = 7;",
                          nullptr, nullptr, nullptr),
             SQLITE_OK);
    sqlite3_close(db);

    auto store = LogStore::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->schemaVersion(), SqliteLogStore::kSchemaVersion);
    AnalyticsQuery q;
    q.fromMs = 1767225600000 - 3600'000;
    q.toMs = 1767225600000 + 2 * 3600'000;
    q.bucketMs = 3600'000;
    auto requests = [&] {
        qint64 n = 0;
        for (const TimeBucket &b : store->timeSeries(q, &error).value_or(QList<TimeBucket>()))
            n += b.requests;
        return n;
    };
    QCOMPARE(requests(), 50);
    const auto codes = store->statusCodes(q, &error);
    QVERIFY2(codes && codes->size() == 2, qPrintable(error));
    QCOMPARE(codes->at(1).count, 10);
    QVERIFY(store->insert({makeRecord(u"v8"_qs, 1767225600000 + 3600'000)}, &error));
    QCOMPARE(requests(), 51);
}

void TestLogStore::bulkImportBuildsTheIdIndexWhenItsIdTableIsFull()
{
    // The import tells duplicates apart in memory up to a limit (5 here), then builds the id's
    // index and goes on with it: duplicates are still told apart before, at and after the
    // switch, and the memory of the table is given back.
    const QString path = m_dir->filePath(u"idlimit.sqlite"_qs);
    SqliteLogStore::setIdHashLimit(5);
    QString error;
    auto store = LogStore::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(store->beginBulkImport(&error));
    auto written = store->insert(narwhals({u"a"_qs, u"b"_qs, u"a"_qs, u"c"_qs}), &error);
    SqliteLogStore::setIdHashLimit(0);
    QVERIFY2(written, qPrintable(error));
    QCOMPARE(written->inserted, 3);
    QVERIFY(!hasIdIndex(path));
    // 3 held + 3 more would pass 5: the index is built with this batch.
    written = store->insert(narwhals({u"d"_qs, u"e"_qs, u"a"_qs}), &error);
    QVERIFY2(written, qPrintable(error));
    QCOMPARE(written->inserted, 2);
    QCOMPARE(written->duplicates, 1);
    QVERIFY(hasIdIndex(path));
    written = store->insert(narwhals({u"f"_qs, u"b"_qs, u"g"_qs, u"d"_qs, u"f"_qs}), &error);
    QVERIFY2(written, qPrintable(error));
    QCOMPARE(written->inserted, 2);
    QCOMPARE(written->duplicates, 3);
    QVERIFY2(store->finishBulkImport(&error), qPrintable(error));
    QCOMPARE(*store->count({}, &error), 7);
    QCOMPARE(*store->count(u"narwhal"_qs, &error), 7);
}

void TestLogStore::idHashesFindEveryIdTheyHold()
{
    // 300,000 ids (every table grows several times): each is found at its row, none of 300,000
    // others is, and a tag that collides is settled by the row's id.
    SqliteIdHashes hashes(1'000'000);
    std::vector<QByteArray> ids;
    for (int i = 0; i < 300'000; ++i)
        ids.push_back(QByteArray::number(qint64(i) * 7919) + "-id");
    for (qsizetype i = 0; i < qsizetype(ids.size()); ++i)
        hashes.insert(SqliteIdHashes::hashOf(ids[size_t(i)]), i + 1);
    for (qsizetype i = 0; i < qsizetype(ids.size()); ++i) {
        const QByteArray &id = ids[size_t(i)];
        QVERIFY2(
            hashes.contains(SqliteIdHashes::hashOf(id),
                            [&](qint64 row) { return row >= 1 && ids[size_t(row - 1)] == id; }),
            id.constData());
    }
    for (int i = 0; i < 300'000; ++i) {
        const QByteArray other = QByteArray::number(qint64(i) * 7919 + 1) + "-other";
        QVERIFY(!hashes.contains(SqliteIdHashes::hashOf(other), [&](qint64 row) {
            return row >= 1 && ids[size_t(row - 1)] == other;
        }));
    }
    QVERIFY(!hashes.full(1000));
    QVERIFY(hashes.full(700'001));
}

void TestLogStore::concurrentFirstOpen()
{
    // Several threads open the same brand-new file at once: every one succeeds, the schema is
    // created once.
    for (int round = 0; round < 5; ++round) {
        const QString path = m_dir->filePath(u"race%1.sqlite"_qs.arg(round));
        constexpr int kThreads = 6;
        std::vector<QString> errors(kThreads);
        std::vector<int> versions(kThreads, -1);
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&, t] {
                auto store = LogStore::open(path, &errors[t]);
                if (store) {
                    versions[t] = store->schemaVersion();
                    QString e;
                    if (!store->insert({makeRecord(u"t%1"_qs.arg(t), t + 1)}, &e))
                        errors[t] = e;
                }
            });
        }
        for (std::thread &t : threads)
            t.join();
        for (int t = 0; t < kThreads; ++t) {
            QVERIFY2(errors[t].isEmpty(), qPrintable(errors[t]));
            QCOMPARE(versions[t], SqliteLogStore::kSchemaVersion);
        }
        QString error;
        auto store = LogStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(*store->count({}, &error), kThreads);
    }
}

void TestLogStore::openDuringBulkImport()
{
    // A second connection opened while a bulk import runs neither waits for the import's
    // full-text writer nor indexes the import's rows itself; everything is indexed once after.
    QString error;
    auto importer = openStore();
    QVERIFY(importer);
    QVERIFY(importer->beginBulkImport(&error));
    for (int b = 0; b < 3; ++b) {
        QList<LogRecord> batch;
        for (int i = 0; i < 50; ++i) {
            LogRecord r = makeRecord(u"b%1-%2"_qs.arg(b).arg(i), 1000 * b + i);
            r.request = R"({"prompt":"walrus"})";
            batch.append(r);
        }
        QVERIFY2(importer->insert(batch, &error), qPrintable(error));
    }
    QElapsedTimer timer;
    timer.start();
    auto reader = openStore();
    QVERIFY(reader);
    QVERIFY2(timer.elapsed() < 5000, "open waited for the import");
    QCOMPARE(*reader->count({}, &error), 150);
    QVERIFY2(importer->finishBulkImport(&error), qPrintable(error));
    QCOMPARE(importer->pendingFullTextRows(), 0);
    QCOMPARE(*reader->count(u"walrus"_qs, &error), 150);
    QCOMPARE(*importer->count(u"walrus"_qs, &error), 150);
}

void TestLogStore::bulkImportIntoEmptyStoreDedupes()
{
    // A bulk import into an empty store builds the id's unique index at its end (its random
    // keys made every commit rewrite the index). Meanwhile duplicates are still told apart:
    // within a batch, across batches, against a connection that writes beside the import, and
    // after a crash and a second run.
    const QString path = m_dir->filePath(u"dedupe.sqlite"_qs);
    QString error;
    {
        auto importer = LogStore::open(path, &error);
        QVERIFY2(importer, qPrintable(error));
        QVERIFY(importer->beginBulkImport(&error));
        QVERIFY(!hasIdIndex(path));
        // Another connection writes beside the import (before the import's full-text writer
        // holds the .fts file): it builds the id's index first.
        {
            auto other = LogStore::open(path, &error);
            QVERIFY2(other, qPrintable(error));
            auto written = other->insert(narwhals({u"x"_qs, u"x"_qs}), &error);
            QVERIFY2(written, qPrintable(error));
            QCOMPARE(written->inserted, 1);
            QCOMPARE(written->duplicates, 1);
            QVERIFY(hasIdIndex(path));
        }
        auto written = importer->insert(narwhals({u"a"_qs, u"b"_qs, u"a"_qs, u"c"_qs}), &error);
        QVERIFY2(written, qPrintable(error));
        QCOMPARE(written->inserted, 3);
        QCOMPARE(written->duplicates, 1);
        written = importer->insert(narwhals({u"c"_qs, u"d"_qs, u"b"_qs}), &error);
        QVERIFY2(written, qPrintable(error));
        QCOMPARE(written->inserted, 1);
        QCOMPARE(written->duplicates, 2);
        written = importer->insert(narwhals({u"x"_qs, u"e"_qs, u"a"_qs}), &error);
        QVERIFY2(written, qPrintable(error));
        QCOMPARE(written->inserted, 1);
        QCOMPARE(written->duplicates, 2);
        QVERIFY2(importer->finishBulkImport(&error), qPrintable(error));
        QCOMPARE(*importer->count({}, &error), 6);
        QCOMPARE(*importer->count(u"narwhal"_qs, &error), 6);
    }
    // A crash before the end of the import: the index is built on the next open, and a second
    // run of the same batches stores nothing twice.
    QVERIFY(QFile::remove(path));
    QFile::remove(path + u"-wal");
    QFile::remove(path + u"-shm");
    QFile::remove(path + u".fts");
    QFile::remove(path + u".fts-wal");
    QFile::remove(path + u".fts-shm");
    {
        auto importer = LogStore::open(path, &error);
        QVERIFY2(importer, qPrintable(error));
        QVERIFY(importer->beginBulkImport(&error));
        QVERIFY(importer->insert(narwhals({u"a"_qs, u"b"_qs, u"b"_qs}), &error));
        QVERIFY(!hasIdIndex(path));
    }
    for (int run = 0; run < 2; ++run) {
        auto importer = LogStore::open(path, &error);
        QVERIFY2(importer, qPrintable(error));
        QVERIFY(hasIdIndex(path));
        QVERIFY(importer->beginBulkImport(&error));
        auto written = importer->insert(narwhals({u"a"_qs, u"b"_qs, u"c"_qs}), &error);
        QVERIFY2(written, qPrintable(error));
        QCOMPARE(written->inserted, run == 0 ? 1 : 0);
        QVERIFY2(importer->finishBulkImport(&error), qPrintable(error));
        QCOMPARE(*importer->count({}, &error), 3);
        QCOMPARE(*importer->count(u"narwhal"_qs, &error), 3);
    }
}

void TestLogStore::fullTextPagesInTimeOrder()
{
    // A word's pages in time order are looked for in a window of the newest (or oldest) rows
    // first: every page must still be exactly the one the whole store gives, whether the rows'
    // order follows their times or not, for common and rare words, NOT and OR, both ways.
    QString error;
    auto store = openStore();
    QVERIFY(store);
    constexpr int kRows = 12000;
    QList<LogRecord> batch;
    QMap<QString, QList<std::pair<qint64, QString>>> expected; // filter -> (time, id)
    QRandomGenerator random(14);
    for (int i = 0; i < kRows; ++i) {
        // The first half in time order, the second in reverse, with ties and strays.
        qint64 t = i < kRows / 2 ? 1000 + i : 1000 + kRows - i;
        if (i % 97 == 0)
            t = random.bounded(20000);
        LogRecord r = makeRecord(u"r%1"_qs.arg(i), t);
        const bool common = i % 3 != 0, rare = i % 1500 == 7;
        r.request = QByteArray(R"({"prompt":")") + (common ? "walrus " : "")
            + (rare ? "narwhal " : "") + R"(tide"})";
        batch.append(r);
        if (common)
            expected[u"walrus"_qs].append({t, r.id});
        if (rare)
            expected[u"narwhal"_qs].append({t, r.id});
        if (!common)
            expected[u"-walrus"_qs].append({t, r.id});
        if (common || rare)
            expected[u"walrus OR narwhal"_qs].append({t, r.id});
        expected[u"tide"_qs].append({t, r.id});
    }
    QVERIFY(store->beginBulkImport(&error));
    for (qsizetype at = 0; at < batch.size(); at += 1000)
        QVERIFY2(store->insert(batch.mid(at, 1000), &error), qPrintable(error));
    QVERIFY2(store->finishBulkImport(&error), qPrintable(error));
    // Row ids follow the insert order: r<i> is row i + 1.
    auto rowOf = [](const QString &id) {
        return id.mid(1).toLongLong() + 1;
    };
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        for (const bool descending : {true, false}) {
            QList<std::pair<qint64, QString>> want = it.value();
            std::sort(want.begin(), want.end(), [&](const auto &a, const auto &b) {
                const auto ka = std::pair(a.first, rowOf(a.second));
                const auto kb = std::pair(b.first, rowOf(b.second));
                return descending ? kb < ka : ka < kb;
            });
            LogQuery q;
            q.filter = it.key();
            q.descending = descending;
            QStringList got;
            std::optional<PageKey> after;
            for (int pages = 0; pages < 200; ++pages) {
                const auto page = store->page(q, after, 250, &error);
                QVERIFY2(page, qPrintable(error));
                for (const LogRecord &r : page->rows)
                    got.append(r.id);
                if (!page->next)
                    break;
                after = page->next;
            }
            QStringList wantIds;
            for (const auto &[t, id] : want)
                wantIds.append(id);
            QVERIFY2(
                got == wantIds,
                qPrintable(u"%1 %2: %3 of %4 rows"_qs
                               .arg(it.key(), descending ? u"newest first"_qs : u"oldest first"_qs)
                               .arg(got.size())
                               .arg(wantIds.size())));
        }
    }
}

void TestLogStore::filteredFirstPageSortedOnAnotherColumn()
{
    // A filter's first page sorted on another column is looked for in a window of the sort
    // index first: it must be the page the whole store gives, NULLs and ties included, for a
    // common and a rare filter, both ways, and the next pages must follow on from it. Words too
    // (looked up row by row in the window): common, rare, negated, with another condition.
    QString error;
    auto store = openStore();
    QVERIFY(store);
    constexpr int kRows = 12000;
    QList<LogRecord> batch;
    QRandomGenerator random(41);
    struct Row
    {
        std::optional<qint64> tokens;
        qint64 time;
        qint64 row;
        QString id;
        QString model;
        bool common = false, rare = false;
    };
    QList<Row> rows;
    for (int i = 0; i < kRows; ++i) {
        LogRecord r = makeRecord(u"s%1"_qs.arg(i), 1000 + random.bounded(3000));
        r.model = i % 997 == 3 ? u"rare"_qs : (i % 3 == 0 ? u"gpt-4o"_qs : u"other"_qs);
        if (random.bounded(10) != 0)
            r.totalTokens = random.bounded(60);
        const bool common = random.bounded(4) != 0, rare = i % 1300 == 11;
        r.request = QByteArray(R"({"prompt":")") + (common ? "walrus " : "")
            + (rare ? "narwhal " : "") + R"(tide"})";
        batch.append(r);
        rows.append({r.totalTokens, toMsForTest(r.createdAt), i + 1, r.id, r.model, common, rare});
    }
    QVERIFY(store->beginBulkImport(&error));
    for (qsizetype at = 0; at < batch.size(); at += 1000)
        QVERIFY2(store->insert(batch.mid(at, 1000), &error), qPrintable(error));
    QVERIFY2(store->finishBulkImport(&error), qPrintable(error));
    const QList<std::pair<QString, std::function<bool(const Row &)>>> filters {
        {u"model:gpt-4o"_qs,
         [](const Row &r) {
             return r.model == u"gpt-4o";
         }},
        {u"model:rare"_qs,
         [](const Row &r) {
             return r.model == u"rare";
         }},
        {u"walrus"_qs,
         [](const Row &r) {
             return r.common;
         }},
        {u"narwhal"_qs,
         [](const Row &r) {
             return r.rare;
         }},
        {u"-walrus"_qs,
         [](const Row &r) {
             return !r.common;
         }},
        {u"walrus model:gpt-4o"_qs,
         [](const Row &r) {
             return r.common && r.model == u"gpt-4o";
         }},
    };
    for (const auto &[filter, matches] : filters) {
        for (const bool descending : {true, false}) {
            QList<Row> want;
            for (const Row &r : rows) {
                if (matches(r))
                    want.append(r);
            }
            // The list's order: unknown tokens last whichever way it is sorted.
            auto key = [descending](const Row &r) {
                return std::tuple(r.tokens.has_value() == descending, r.tokens.value_or(0), r.time,
                                  r.row);
            };
            std::sort(want.begin(), want.end(), [&](const Row &a, const Row &b) {
                return descending ? key(b) < key(a) : key(a) < key(b);
            });
            LogQuery q;
            q.filter = filter;
            q.sort = SortColumn::Tokens;
            q.descending = descending;
            QStringList got;
            std::optional<PageKey> after;
            for (int pages = 0; pages < 100; ++pages) {
                const auto page = store->page(q, after, 100, &error);
                QVERIFY2(page, qPrintable(error));
                for (const LogRecord &r : page->rows)
                    got.append(r.id);
                if (!page->next)
                    break;
                after = page->next;
            }
            QStringList wantIds;
            for (const Row &r : want)
                wantIds.append(r.id);
            QVERIFY2(got == wantIds,
                     qPrintable(u"%1 %2: %3 of %4 rows"_qs
                                    .arg(filter, descending ? u"descending"_qs : u"ascending"_qs)
                                    .arg(got.size())
                                    .arg(wantIds.size())));
        }
    }
}

QTEST_GUILESS_MAIN(TestLogStore)
#include "tst_logstore.moc"
