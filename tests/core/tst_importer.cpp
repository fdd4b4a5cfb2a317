// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodata.h"
#include "exporter.h"
#include "exportlines.h"
#include "importer.h"
#include "logstore.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <sqlite3.h>

class TestImporter : public QObject
{
    Q_OBJECT

private slots:
    void importsSeveralFilesWithProgress();
    void cancelKeepsWhatWasCommitted();
    void unreadableFileDoesNotStopTheOthers();
    void forcedFormatOverridesSniffing();
    void exportWritesWhatToJsonLineWrites();
    void exportWritesTheSameWhileThePageCacheIsLetGo();

private:
    std::unique_ptr<LogStore> openStore(const QString &name)
    {
        QString error;
        auto store = LogStore::open(m_dir.filePath(name), &error);
        if (!store)
            qFatal("cannot open store: %s", qPrintable(error));
        return store;
    }
    QTemporaryDir m_dir;
};

void TestImporter::importsSeveralFilesWithProgress()
{
    auto store = openStore(u"several.sqlite"_qs);
    Importer importer(*store);
    importer.setBatchSize(2);
    QList<ImportProgress> seen;
    importer.setProgressHandler([&](const ImportProgress &p) { seen.append(p); });
    const QStringList files = {TestData::path(u"cli/portkey_export_small.jsonl"_qs),
                               TestData::path(u"gateway-stream/loadbalance_10_requests.jsonl"_qs)};
    const ImportSummary summary = importer.importFiles(files);
    QCOMPARE(summary.imported, 15);
    QCOMPARE(summary.skipped, 1);
    QVERIFY(!summary.unreadableFile);
    QVERIFY(!summary.cancelled);
    QCOMPARE(summary.errors.size(), 1);
    QCOMPARE(summary.errors.first().line, 5);
    // Progress moves forward, names both files and ends at the total.
    QVERIFY(seen.size() >= 4);
    for (int i = 1; i < seen.size(); ++i)
        QVERIFY(seen.at(i).bytesDone >= seen.at(i - 1).bytesDone);
    QCOMPARE(seen.last().bytesDone, seen.last().bytesTotal);
    QCOMPARE(seen.last().fileIndex, 1);
    QCOMPARE(seen.last().records, 15);
    QString error;
    QCOMPARE(store->count(QString(), &error).value_or(-1), 15);
    // The source of each record is its file's name.
    QCOMPARE(store->count(u"source:portkey_export_small.jsonl"_qs, &error).value_or(-1), 5);
}

void TestImporter::cancelKeepsWhatWasCommitted()
{
    auto store = openStore(u"cancel.sqlite"_qs);
    Importer importer(*store);
    importer.setBatchSize(3);
    std::atomic_bool cancel = false;
    importer.setCancelFlag(&cancel);
    int batches = 0;
    importer.setProgressHandler([&](const ImportProgress &) {
        if (++batches == 2)
            cancel = true;
    });
    const ImportSummary summary = importer.importFiles(
        {TestData::path(u"gateway-stream/loadbalance_10_requests.jsonl"_qs)});
    QVERIFY(summary.cancelled);
    QCOMPARE(summary.imported, 6); // two committed batches of three
    QString error;
    QCOMPARE(store->count(QString(), &error).value_or(-1), 6);
    // A second run picks up the rest and stores nothing twice.
    Importer again(*store);
    const ImportSummary rest
        = again.importFiles({TestData::path(u"gateway-stream/loadbalance_10_requests.jsonl"_qs)});
    QCOMPARE(rest.imported, 4);
    QCOMPARE(rest.duplicates, 6);
}

void TestImporter::unreadableFileDoesNotStopTheOthers()
{
    auto store = openStore(u"unreadable.sqlite"_qs);
    Importer importer(*store);
    const ImportSummary summary
        = importer.importFiles({m_dir.filePath(u"missing.jsonl"_qs),
                                TestData::path(u"cli/portkey_export_small.jsonl"_qs)});
    QVERIFY(summary.unreadableFile);
    QCOMPARE(summary.imported, 5);
    QCOMPARE(summary.errors.first().line, 0);
    QVERIFY(summary.errors.first().file.endsWith(u"missing.jsonl"));
}

void TestImporter::forcedFormatOverridesSniffing()
{
    auto store = openStore(u"forced.sqlite"_qs);
    Importer importer(*store);
    importer.setFormat(FileFormat::GatewayStream);
    // An export file read as gateway events: every line is rejected, nothing is stored.
    const ImportSummary summary
        = importer.importFiles({TestData::path(u"cli/portkey_export_small.jsonl"_qs)});
    QCOMPARE(summary.imported, 0);
    QCOMPARE(summary.skipped, 6);
}

void TestImporter::exportWritesWhatToJsonLineWrites()
{
    // The export writes its lines by hand, in one pass over the store: every line must be what
    // LogRecord::toJsonLine() writes for the stored record, byte for byte, and import again
    // into the same records.
    auto store = openStore(u"export-source.sqlite"_qs);
    QStringList files = {TestData::path(u"cli/portkey_export_small.jsonl"_qs),
                         TestData::path(u"formats/export_quirks.jsonl"_qs),
                         TestData::path(u"formats/legacy_export.csv"_qs)};
    const QDir stream(TestData::path(u"gateway-stream"_qs));
    for (const QString &name : stream.entryList({u"*.jsonl"_qs}))
        files.append(stream.filePath(name));
    Importer importer(*store);
    QVERIFY(importer.importFiles(files).imported > 30);
    // What the readers never produce, but a store may hold: escapes, a lone surrogate, bodies
    // that are not JSON (or not UTF-8), numbers at the edges, feedback, images, attempts.
    QList<LogRecord> odd;
    for (int i = 0; i < 10; ++i) {
        LogRecord r;
        r.id = u"odd-%1"_qs.arg(i);
        r.createdAt = QDateTime::fromMSecsSinceEpoch(1767225600123 + i * 86400001LL * 400,
                                                     QTimeZone::utc());
        odd.append(r);
    }
    odd[0].model = u"tab\tquote\"back\\slash\u0001\b\f\u007f é ∂ 😀"_qs;
    odd[0].model.append(QChar(0xD800));
    odd[0].metadata = {{u"ünï"_qs, u"x\ny"_qs}, {u"_user"_qs, u"a"_qs}, {u"Z"_qs, QString()}};
    odd[0].request = "not json at all \xff\xfe";
    odd[0].response = "\"a string\"\n";
    odd[1].request = "[1, 2]\r\n";
    odd[1].response = "true";
    odd[1].latencyMs = 1000000;
    odd[1].totalTokens = qint64(1) << 60;
    odd[1].costCents = 0.1 + 0.2;
    odd[1].promptTokens = 9007199254740993LL;
    odd[1].statusCode = 429;
    odd[1].retryCount = -1;
    odd[1].stream = true;
    odd[2].request = R"({"a":1e400,"b":[[[]]],"c":"\u00e9\ud83d\ude00","d":-0.5E-3})";
    odd[2].response = "{\"bad\": \"\xed\xa0\x80\"}";
    odd[2].costCents = 1e-7;
    odd[2].costEstimated = true;
    odd[2].attempts
        = {Attempt {u"t0"_qs, u"openai"_qs, {}, 500, false}, Attempt {{}, {}, u"m"_qs, {}, {}}};
    odd[3].images
        = {ImageInfo {ImageInfo::Direction::Input, u"image/png"_qs, 64, 32, 1234, {}, u"abc"_qs},
           ImageInfo {ImageInfo::Direction::Output, {}, {}, {}, {}, u"https://x/y.png"_qs, {}}};
    FeedbackEntry f;
    f.id = u"fb-odd"_qs;
    f.value = 7;
    f.weight = 0.5;
    f.metadata = QJsonObject {{u"note"_qs, u"good"_qs}};
    f.createdAt = QDateTime::fromMSecsSinceEpoch(1767225700000, QTimeZone::utc());
    odd[3].feedback = {f};
    // Feedback belongs to the trace: odd-2 shows the entry given on odd-3, though it has
    // none of its own (its feedback_count is 0).
    odd[2].traceId = odd[3].traceId = u"trace-odd"_qs;
    odd[4].request = QByteArray(600, '[') + QByteArray(600, ']');
    odd[4].response = "{\"n\": 123456789012345678901234567890123456789012345678901234567890}";
    odd[5].createdAt = {};
    odd[5].request = " \"\" ";
    QString error;
    QVERIFY2(store->insert(odd, &error), qPrintable(error));
    // And what only another program (or an older version) writes into the columns: text that
    // is not UTF-8, a byte order mark and noncharacters, unknown names, metadata out of order,
    // with white space, duplicate keys, values that are not strings, or not an object at all.
    const char *const changes[] = {
        "UPDATE logs SET model = CAST(x'41ff42c0af' AS TEXT), request_type = 'no-such-type', "
        "cache = 'SEMANTIC_HIT', strategy = 'LOADBALANCE' WHERE id = 'odd-4'",
        "UPDATE logs SET provider = CAST(x'efbbbf61efbfbf62eda080' AS TEXT), "
        "metadata = '{\"b\":\"2\", \"a\":\"1\"}' WHERE id = 'odd-5'",
        "UPDATE logs SET metadata = '{\"k\":\"v\u00e4lue \u2202 \U0001F600\",\"z\":\"\"}' "
        "WHERE id = 'odd-6'",
        "UPDATE logs SET metadata = '{\"a\":\"1\",\"a\":\"2\"}', request_type = NULL "
        "WHERE id = 'odd-7'",
        "UPDATE logs SET metadata = '{\"a\":1,\"b\":null,\"c\":\"x\\\"y\"}' WHERE id = 'odd-8'",
        "UPDATE logs SET metadata = '[1]', cache = '' WHERE id = 'odd-9'",
    };
    {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(store->location().toUtf8().constData(), &db), SQLITE_OK);
        for (const char *sql : changes) {
            char *why = nullptr;
            const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &why);
            const QString reason = QString::fromUtf8(why ? why : "");
            sqlite3_free(why);
            QVERIFY2(rc == SQLITE_OK, qPrintable(reason));
        }
        sqlite3_close(db);
    }

    const QString path = m_dir.filePath(u"export.jsonl"_qs);
    Exporter exporter(*store);
    const qint64 written = exporter.exportTo(path, {}, Exporter::Format::Gatescope, &error);
    QVERIFY2(written > 36, qPrintable(error));
    TestData::compareExportWithRecords(*store, path, written);
    if (QTest::currentTestFailed())
        return;

    // And it imports again.
    auto copy = openStore(u"export-copy.sqlite"_qs);
    Importer again(*copy);
    const ImportSummary summary = again.importFiles({path});
    QStringList reasons;
    for (const ImportError &e : summary.errors)
        reasons << u"line %1: %2"_qs.arg(e.line).arg(e.reason);
    // All but two: odd-5, a record without a time (created_at is required), and odd-1, whose
    // token counts are beyond what an import accepts (a store may hold them; a reader refuses
    // them with the field named rather than wrap them).
    QVERIFY2(summary.imported == written - 2, qPrintable(reasons.join(u"; "_qs)));
    QCOMPARE(summary.skipped, 2);
    QVERIFY2(reasons.join(u"; "_qs).contains(u"prompt_tokens"_qs),
             qPrintable(reasons.join(u"; "_qs)));
}

void TestImporter::exportWritesTheSameWhileThePageCacheIsLetGo()
{
    // A large export starts the disk's write-back of what it wrote and lets the page cache go
    // of it as it goes (every 32 MB); here every 16 KB, so that a few thousand logs go through
    // it dozens of times. Every line must still be what toJsonLine() writes, in order.
    auto store = openStore(u"write-back.sqlite"_qs);
    QString error;
    DemoData demo(7, 3000);
    QVERIFY2(store->insert(demo.next(3000), &error), qPrintable(error));
    const QString path = m_dir.filePath(u"write-back.jsonl"_qs);
    Exporter::setWriteChunk(16 * 1024);
    const qint64 written = Exporter(*store).exportTo(path, {}, Exporter::Format::Gatescope, &error);
    Exporter::setWriteChunk(0);
    QVERIFY2(written == 3000, qPrintable(error));
    QVERIFY2(QFileInfo(path).size() > 64 * 16 * 1024, qPrintable(path));
    TestData::compareExportWithRecords(*store, path, written);
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
