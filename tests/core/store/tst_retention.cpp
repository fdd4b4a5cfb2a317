// SPDX-License-Identifier: GPL-3.0-or-later
// Retention and forgetting in the store: deleteLogs() and forgetContent() leave exact counts and
// nothing of what they removed in any file of the store (SQLite: the store, its .fts file and
// their WALs; PostgreSQL: the payloads and the full-text rows), while the logs that shared a
// payload block with them keep their bodies byte for byte. On SQLite, or with
// GATESCOPE_STORE_BACKEND=postgresql on a throwaway PostgreSQL the test starts
// (tests/CMakeLists.txt runs it twice).
#include "logstore.h"
#include "payloadcodec.h"
#include "postgresfixture.h"
#include "storeprogress.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <sqlite3.h>

namespace {

// Only in the logs that are removed (or lose their content): as a word of their bodies, so in
// the full-text index, and in an image URL, a list column stored as it is.
const QByteArray kSecret = "zqxsecretmarker";
const QByteArray kKept = "keptanswerword";

QDateTime daysAgo(int days)
{
    return QDateTime::currentDateTimeUtc().addDays(-days);
}

// Log i: small ones share payload blocks (one insert), every tenth is big (a frame of its own).
LogRecord makeLog(int i, bool secret, const QDateTime &createdAt, const QString &model)
{
    LogRecord r;
    r.id = QStringLiteral("log-%1").arg(i, 4, 10, QLatin1Char('0'));
    r.createdAt = createdAt;
    r.model = model;
    r.provider = u"openai"_qs;
    r.endpoint = u"/v1/chat/completions"_qs;
    r.requestType = RequestType::Chat;
    r.statusCode = 200;
    r.latencyMs = 100 + i;
    r.promptTokens = 10 + i;
    r.completionTokens = 5 + i;
    r.totalTokens = 15 + 2 * i;
    r.costCents = 0.25 * (i + 1);
    r.currency = u"USD"_qs;
    r.traceId = QStringLiteral("trace-%1").arg(i / 2); // two logs a trace
    const QByteArray word = secret ? kSecret : kKept;
    const QByteArray padding = i % 10 == 9 ? QByteArray(20000, 'x') : QByteArray();
    r.request = "{\"model\":\"" + model.toUtf8()
        + "\",\"messages\":[{\"role\":\"user\",\"content\":\"question " + QByteArray::number(i)
        + " " + word + " " + padding + "\"}]}";
    r.response = "{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":\"answer "
        + QByteArray::number(i) + " " + word + "\"}}]}";
    r.raw = "{\"source\":" + QByteArray::number(i) + ",\"request\":" + r.request + "}";
    r.rawFormat = u"test"_qs;
    if (secret) {
        ImageInfo image;
        image.url = QString::fromLatin1("https://images.invalid/" + kSecret + ".png");
        image.hash = u"abc"_qs;
        r.images.append(image);
    }
    return r;
}

} // namespace

class TestRetention : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void forgetRemovesContentKeepsStatistics();
    void deleteRemovesLogsAndWhatIsTheirs();
    void emptyFilterRefused();
    void storeWithoutAutoVacuumConverted();
    void cancelKeepsEarlierBatches();
    void progressReported();

private:
    bool onPostgres() const { return m_postgres != nullptr; }
    QString locationOf(const QString &name);
    std::unique_ptr<LogStore> openStore(const QString &name = u"s.sqlite"_qs);
    // 60 logs: every third one "secret" (model gpt-secret, 40 days old), the others kept.
    QList<LogRecord> fill(LogStore &store);
    // Every payload blob of the store, decoded: the text of each entry of each block and frame.
    QList<QByteArray> storedPayloadTexts(LogStore &store);
    // SQLite: the bytes of the store's four files.
    QByteArray storeFileBytes(const QString &name);
    qint64 sqlCount(LogStore &store, const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PostgresFixture> m_postgres;
    QString m_database;
    int m_case = 0;
};

void TestRetention::initTestCase()
{
    if (qEnvironmentVariable("GATESCOPE_STORE_BACKEND") != u"postgresql")
        return;
    m_postgres = std::make_unique<PostgresFixture>();
    QString error;
    QVERIFY2(m_postgres->start(&error), qPrintable(error));
}

void TestRetention::cleanupTestCase()
{
    m_postgres.reset();
}

void TestRetention::init()
{
    ++m_case;
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestRetention::locationOf(const QString &name)
{
    if (!onPostgres())
        return m_dir->filePath(name);
    m_database = QStringLiteral("retention%1_").arg(m_case) + name;
    m_database.replace(QRegularExpression(u"[^A-Za-z0-9_]"_qs), u"_"_qs);
    m_database = m_database.toLower();
    QString error;
    const QString url = m_postgres->databaseUrl(m_database, &error);
    if (url.isEmpty())
        qWarning("%s", qPrintable(error));
    return url;
}

std::unique_ptr<LogStore> TestRetention::openStore(const QString &name)
{
    QString error;
    auto store = LogStore::open(locationOf(name), &error);
    if (!store)
        qWarning("%s", qPrintable(error));
    return store;
}

QList<LogRecord> TestRetention::fill(LogStore &store)
{
    QList<LogRecord> logs;
    for (int i = 0; i < 60; ++i) {
        const bool secret = i % 3 == 0; // the first log of the batch, which holds its block
        logs.append(makeLog(i, secret, secret ? daysAgo(40) : daysAgo(2),
                            secret ? u"gpt-secret"_qs : u"gpt-kept"_qs));
    }
    QString error;
    const auto written = store.insert(logs, &error);
    if (!written || written->inserted != 60)
        qFatal("storing the logs failed: %s", qPrintable(error));
    // Feedback on a secret log and on a kept one.
    FeedbackEntry f;
    f.value = 1;
    f.id = u"fb-secret"_qs;
    if (!store.addFeedback(logs.at(3).id, f, &error))
        qFatal("%s", qPrintable(error));
    f.id = u"fb-kept"_qs;
    if (!store.addFeedback(logs.at(4).id, f, &error))
        qFatal("%s", qPrintable(error));
    return logs;
}

qint64 TestRetention::sqlCount(LogStore &store, const QString &sql)
{
    if (onPostgres()) {
        QString error;
        const QString out = m_postgres->psql(m_database, sql, &error).trimmed();
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return out.toLongLong();
    }
    sqlite3 *db = nullptr;
    sqlite3_open_v2(store.location().toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *st = nullptr;
    qint64 n = -1;
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &st, nullptr) == SQLITE_OK
        && sqlite3_step(st) == SQLITE_ROW)
        n = sqlite3_column_int64(st, 0);
    else
        qWarning("%s", sqlite3_errmsg(db));
    sqlite3_finalize(st);
    sqlite3_close(db);
    return n;
}

QList<QByteArray> TestRetention::storedPayloadTexts(LogStore &store)
{
    QList<QByteArray> blobs;
    if (onPostgres()) {
        QString error;
        const QString out = m_postgres->psql(
            m_database, u"SELECT encode(data, 'hex') FROM payloads ORDER BY row_id"_qs, &error);
        for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts))
            blobs.append(QByteArray::fromHex(line.trimmed().toLatin1()));
    } else {
        sqlite3 *db = nullptr;
        sqlite3_open_v2(store.location().toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(db, "SELECT data FROM payloads ORDER BY row_id", -1, &st, nullptr);
        while (sqlite3_step(st) == SQLITE_ROW)
            blobs.append(QByteArray(static_cast<const char *>(sqlite3_column_blob(st, 0)),
                                    sqlite3_column_bytes(st, 0)));
        sqlite3_finalize(st);
        sqlite3_close(db);
    }
    QList<QByteArray> texts;
    PayloadCodec codec;
    for (const QByteArray &blob : std::as_const(blobs)) {
        qint64 holder = 0;
        int entry = 0;
        if (PayloadCodec::parseBlockRef(blob.constData(), blob.size(), &holder, &entry))
            continue;
        if (!PayloadCodec::isBlock(blob.constData(), blob.size())) {
            const auto parts = codec.decode(blob.constData(), blob.size(), nullptr);
            texts.append(parts ? QByteArray(parts->request + parts->response + parts->raw)
                               : QByteArray("damaged"));
            continue;
        }
        // Every entry of the block, also those no row refers to.
        for (int i = 0;; ++i) {
            const auto parts = i == 0 ? codec.decodeEntry(blob.constData(), blob.size(), 0, nullptr)
                                      : codec.entryOfBlock(i, nullptr);
            if (!parts)
                break;
            texts.append(parts->request + parts->response + parts->raw);
        }
    }
    return texts;
}

QByteArray TestRetention::storeFileBytes(const QString &name)
{
    QByteArray all;
    const QString path = m_dir->filePath(name);
    const QStringList files {path, path + u"-wal"_qs, path + u".fts"_qs, path + u".fts-wal"_qs};
    for (const QString &file : files) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

void TestRetention::forgetRemovesContentKeepsStatistics()
{
    auto store = openStore();
    QVERIFY(store);
    const QList<LogRecord> logs = fill(*store);
    QString error;
    const QString secretFilter = u"model:gpt-secret"_qs;
    const auto totalsBefore = store->totals(secretFilter, &error);
    QVERIFY2(totalsBefore, qPrintable(error));
    QCOMPARE(totalsBefore->count, 20);
    // The word is found, stored in the payloads and (SQLite) in the files: the checks below can
    // fail.
    QCOMPARE(*store->count(QString::fromLatin1(kSecret), &error), 20);
    bool inPayloads = false;
    for (const QByteArray &text : storedPayloadTexts(*store))
        inPayloads = inPayloads || text.contains(kSecret);
    QVERIFY(inPayloads);
    if (!onPostgres())
        QVERIFY(storeFileBytes(u"s.sqlite"_qs).contains(kSecret));

    const auto forgotten = store->forgetContent(secretFilter, &error);
    QVERIFY2(forgotten, qPrintable(error));
    QCOMPARE(*forgotten, 20);
    // Nothing left to forget: not counted again.
    QCOMPARE(*store->forgetContent(secretFilter, &error), 0);

    QCOMPARE(*store->count(u""_qs, &error), 60);
    QCOMPARE(*store->count(QString::fromLatin1(kSecret), &error), 0);
    QCOMPARE(*store->count(QString::fromLatin1(kKept), &error), 40);
    const auto totalsAfter = store->totals(secretFilter, &error);
    QCOMPARE(totalsAfter->count, totalsBefore->count);
    QCOMPARE(totalsAfter->costCents, totalsBefore->costCents);
    QCOMPARE(totalsAfter->totalTokens, totalsBefore->totalTokens);
    for (const LogRecord &original : logs) {
        const auto r = store->record(original.id, &error);
        QVERIFY2(r, qPrintable(original.id + u": "_qs + error));
        QCOMPARE(r->latencyMs, original.latencyMs);
        QCOMPARE(r->costCents, original.costCents);
        QCOMPARE(r->statusCode, original.statusCode);
        QCOMPARE(r->model, original.model);
        if (original.model == u"gpt-secret") {
            QVERIFY(r->request.isEmpty() && r->response.isEmpty() && r->raw.isEmpty());
            QVERIFY(r->images.isEmpty());
            QVERIFY(!r->tracked);
            QVERIFY(r->forgottenAt.isValid());
            QVERIFY(qAbs(r->forgottenAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        } else {
            // Byte for byte, also the logs whose block a forgotten log held.
            QCOMPARE(r->request, original.request);
            QCOMPARE(r->response, original.response);
            QCOMPARE(r->raw, original.raw);
            QVERIFY(r->tracked);
            QVERIFY(!r->forgottenAt.isValid());
        }
    }
    // Feedback is not content: it stays.
    QCOMPARE(store->record(logs.at(3).id, &error)->feedback.size(), 1);
    // Forgotten logs are found by the filter for untracked ones.
    QCOMPARE(*store->count(u"tracked:false"_qs, &error), 20);

    for (const QByteArray &text : storedPayloadTexts(*store)) {
        QVERIFY(!text.contains(kSecret));
    }
    if (onPostgres()) {
        QCOMPARE(sqlCount(*store,
                          u"SELECT count(*) FROM log_text t JOIN logs l ON l.row_id = t.row_id "
                          "WHERE l.forgotten_at IS NOT NULL"_qs),
                 0);
        QCOMPARE(sqlCount(*store, u"SELECT count(*) FROM log_text"_qs), 40);
    } else {
        const QString path = store->location();
        store.reset();
        QVERIFY(!storeFileBytes(u"s.sqlite"_qs).contains(kSecret));
        store = openStore();
        QVERIFY(store);
        // The index stays usable after reopening (no repair took it for damaged).
        QCOMPARE(*store->count(QString::fromLatin1(kKept), &error), 40);
    }
}

void TestRetention::deleteRemovesLogsAndWhatIsTheirs()
{
    auto store = openStore();
    QVERIFY(store);
    const QList<LogRecord> logs = fill(*store);
    QString error;
    // Review claims on a log that goes and on one that stays.
    const qint64 goingRow = store->record(logs.at(6).id, &error)->rowId;
    const qint64 stayingRow = store->record(logs.at(7).id, &error)->rowId;
    const QString claims = QStringLiteral("INSERT INTO review_claims (log_row_id, reviewer, "
                                          "expires_at) VALUES (%1, 'a', 1), (%2, 'b', 1)")
                               .arg(goingRow)
                               .arg(stayingRow);
    if (onPostgres()) {
        m_postgres->psql(m_database, claims, &error);
    } else {
        sqlite3 *db = nullptr;
        sqlite3_open(store->location().toUtf8().constData(), &db);
        QCOMPARE(sqlite3_exec(db, claims.toUtf8().constData(), nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
    }
    const QString old = u"before:"_qs + daysAgo(30).toString(u"yyyy-MM-ddTHH:mm:ss"_qs);
    QCOMPARE(*store->count(old, &error), 20);

    const auto deleted = store->deleteLogs(old, &error);
    QVERIFY2(deleted, qPrintable(error));
    QCOMPARE(*deleted, 20);
    QCOMPARE(*store->count(u""_qs, &error), 40);
    QCOMPARE(*store->count(old, &error), 0);
    QCOMPARE(*store->count(QString::fromLatin1(kSecret), &error), 0);
    QCOMPARE(*store->count(QString::fromLatin1(kKept), &error), 40);
    for (const LogRecord &original : logs) {
        const auto r = store->record(original.id, &error);
        if (original.model == u"gpt-secret") {
            QVERIFY(!r);
            continue;
        }
        QVERIFY2(r, qPrintable(original.id + u": "_qs + error));
        QCOMPARE(r->request, original.request);
        QCOMPARE(r->response, original.response);
        QCOMPARE(r->raw, original.raw);
    }
    // Feedback and claims went with their logs; the other log's stay.
    QCOMPARE(sqlCount(*store, u"SELECT count(*) FROM feedback"_qs), 1);
    QCOMPARE(sqlCount(*store, u"SELECT count(*) FROM feedback WHERE id = 'fb-kept'"_qs), 1);
    QCOMPARE(sqlCount(*store, u"SELECT count(*) FROM review_claims"_qs), 1);
    QCOMPARE(sqlCount(*store,
                      QStringLiteral("SELECT count(*) FROM review_claims WHERE log_row_id = %1")
                          .arg(stayingRow)),
             1);
    // The trace of the deleted log with feedback (trace-1: logs 2 and 3) shows none any more.
    QCOMPARE(store->record(logs.at(2).id, &error)->feedback.size(), 0);
    QCOMPARE(sqlCount(*store, u"SELECT count(*) FROM logs WHERE feedback_count > 0"_qs),
             2); // trace-2: logs 4 and 5
    for (const QByteArray &text : storedPayloadTexts(*store))
        QVERIFY(!text.contains(kSecret));

    if (!onPostgres()) {
        store.reset();
        QVERIFY(!storeFileBytes(u"s.sqlite"_qs).contains(kSecret));
        store = openStore();
        QVERIFY(store);
        // New logs after a deletion are indexed and found (row ids are used again).
        LogRecord fresh = makeLog(100, false, daysAgo(1), u"gpt-new"_qs);
        fresh.request = "{\"messages\":[{\"role\":\"user\",\"content\":\"brandnewword\"}]}";
        fresh.response.clear();
        fresh.raw.clear();
        QVERIFY(store->insert({fresh}, &error));
        QCOMPARE(*store->count(u"brandnewword"_qs, &error), 1);
        QCOMPARE(*store->count(QString::fromLatin1(kKept), &error), 40);
        store.reset();
        store = openStore();
        QCOMPARE(*store->count(u"brandnewword"_qs, &error), 1);
    } else {
        QCOMPARE(sqlCount(*store, u"SELECT count(*) FROM log_text"_qs), 40);
    }
}

void TestRetention::emptyFilterRefused()
{
    auto store = openStore();
    QVERIFY(store);
    fill(*store);
    QString error;
    QVERIFY(!store->deleteLogs(u""_qs, &error));
    QVERIFY2(error.contains(u"empty filter"), qPrintable(error));
    QVERIFY(!store->forgetContent(u"  "_qs, &error));
    QCOMPARE(*store->count(u""_qs, &error), 60);
    QCOMPARE(*store->count(u"tracked:false"_qs, &error), 0);
}

void TestRetention::storeWithoutAutoVacuumConverted()
{
    if (onPostgres())
        QSKIP("a case about the SQLite file");
    // A store made before incremental vacuum (auto_vacuum NONE): the first removal rewrites it
    // with VACUUM and turns incremental vacuum on; nothing of the removed logs stays.
    {
        auto store = openStore();
        QVERIFY(store);
        fill(*store);
    }
    const QString path = m_dir->filePath(u"s.sqlite"_qs);
    for (const QString &file : QStringList {path, path + u".fts"_qs}) {
        sqlite3 *db = nullptr;
        sqlite3_open(file.toUtf8().constData(), &db);
        QCOMPARE(sqlite3_exec(db, "PRAGMA auto_vacuum = NONE; VACUUM", nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
    }
    auto store = openStore();
    QVERIFY(store);
    QCOMPARE(sqlCount(*store, u"PRAGMA auto_vacuum"_qs), 0);
    QString error;
    QCOMPARE(*store->deleteLogs(u"model:gpt-secret"_qs, &error), 20);
    QCOMPARE(sqlCount(*store, u"PRAGMA auto_vacuum"_qs), 2);
    QCOMPARE(*store->count(QString::fromLatin1(kKept), &error), 40);
    store.reset();
    QVERIFY(!storeFileBytes(u"s.sqlite"_qs).contains(kSecret));
}

void TestRetention::cancelKeepsEarlierBatches()
{
    auto store = openStore();
    QVERIFY(store);
    QList<LogRecord> many;
    for (int i = 0; i < 1200; ++i)
        many.append(makeLog(i, false, daysAgo(50), u"gpt-old"_qs));
    QString error;
    QVERIFY(store->insert(many, &error));
    std::atomic_bool cancel = false;
    // Cancelled after the first batch: that batch stays deleted, the rest stays.
    StoreProgress::Scope scope([&cancel](qint64) { cancel = true; });
    QVERIFY(!store->deleteLogs(u"model:gpt-old"_qs, &error, &cancel));
    QVERIFY2(error.contains(u"cancelled"), qPrintable(error));
    const qint64 left = *store->count(u""_qs, &error);
    QVERIFY2(left > 0 && left < 1200, qPrintable(QString::number(left)));
    QCOMPARE(*store->count(QString::fromLatin1(kKept), &error), left);
    for (const LogRecord &r : store->rowsByIds(*store->rowIds(LogQuery(), &error), &error)) {
        const auto full = store->recordByRowId(r.rowId, &error);
        QVERIFY2(full, qPrintable(error));
        QVERIFY(full->request.contains(kKept));
    }
}

void TestRetention::progressReported()
{
    auto store = openStore();
    QVERIFY(store);
    QList<LogRecord> many;
    for (int i = 0; i < 1100; ++i)
        many.append(makeLog(i, false, daysAgo(50), u"gpt-old"_qs));
    QString error;
    QVERIFY(store->insert(many, &error));
    QList<qint64> reports;
    StoreProgress::Scope scope([&reports](qint64 done) { reports.append(done); });
    QCOMPARE(*store->forgetContent(u"model:gpt-old"_qs, &error), 1100);
    QCOMPARE(reports.size(), 3);
    QCOMPARE(reports.last(), 1100);
}

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
