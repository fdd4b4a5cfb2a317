// SPDX-License-Identifier: GPL-3.0-or-later
// LogDiff: two logs side by side, and why one request missed the gateway's simple cache where
// the other hit. The logs are real gateway captures (tests/data/gateway-stream, npm 1.15.2).

#include "fixturerecord.h"
#include "logdiff.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The captures' keys as the gateway computes them: node -e 'sha256(JSON.stringify(
// requestParams) + "-" + providerOptions.requestURL)' over the events themselves.
const QString kCacheMeKey = u"c571a708c3f634447ebb9db6a3b92ea571f77ae410e93fceccef70a134b020da"_qs;
const QString kSemanticKey = u"52d56234dca291178f7ee140dc9e04f635111a1b4f40165009a4fe130783b2b3"_qs;

// A captured event, with its serving attempt's cache fields set as a cache-enabled build reports
// them (npm 1.15.2 compiles the cache out and says DISABLED; HEAD says MISS, then HIT with the
// key: gateway-stream.md section 5). Nothing else of the capture changes.
LogRecord capture(const QString &scenario, const QString &cacheStatus = {},
                  const QString &cacheMode = {})
{
    QByteArray text = TestData::read(u"gateway-stream/"_qs + scenario + u".jsonl"_qs);
    text = text.left(text.indexOf('\n'));
    // Edited in the text, so the body keeps its key order (the key hashes it as written).
    if (!cacheStatus.isEmpty()) {
        QByteArray replacement = "\"cacheStatus\":\"" + cacheStatus.toUtf8() + '"';
        if (cacheStatus == u"HIT")
            replacement += ",\"cacheKey\":\"" + kCacheMeKey.toUtf8() + '"';
        text.replace("\"cacheStatus\":\"DISABLED\"", replacement);
    }
    if (!cacheMode.isEmpty())
        text.replace("\"cacheMode\":\"semantic\"",
                     QByteArray("\"cacheMode\":\"" + cacheMode.toUtf8() + '"'));
    // Read as an import reads it (FileReader owns the converter: its layout is the library's).
    QTemporaryDir dir;
    QFile file(dir.filePath(scenario + u".jsonl"_qs));
    if (!file.open(QIODevice::WriteOnly) || file.write(text + '\n') <= 0)
        qFatal("cannot write %s", qPrintable(file.fileName()));
    file.close();
    FileReader reader(file.fileName());
    QString error;
    if (!reader.open(&error))
        qFatal("%s: %s", qPrintable(scenario), qPrintable(error));
    QList<LogRecord> records;
    QList<ReadError> errors;
    reader.readBatch(records, errors, 1);
    if (records.isEmpty())
        qFatal("%s: no record", qPrintable(scenario));
    return records.first();
}

// A log the recording proxy wrote from a capture's client side (its .client.json): the client's
// request and response headers, as ProxyRecordBuilder keeps them in the raw record.
LogRecord proxied(const QString &scenario)
{
    LogRecord r = capture(scenario);
    const QJsonObject client
        = QJsonDocument::fromJson(
              TestData::read(u"gateway-stream/"_qs + scenario + u".client.json"_qs))
              .object()
              .value(u"client")
              .toArray()
              .first()
              .toObject();
    const QJsonObject raw {
        {u"request"_qs,
         QJsonObject {
             {u"headers"_qs, client.value(u"request").toObject().value(u"headers").toObject()}}},
        {u"response"_qs,
         QJsonObject {
             {u"headers"_qs, client.value(u"response").toObject().value(u"headers").toObject()}}}};
    r.raw = QJsonDocument(raw).toJson(QJsonDocument::Compact);
    r.rawFormat = u"gatescope-proxy"_qs;
    return r;
}

bool mentions(const QStringList &sentences, const QString &word)
{
    for (const QString &s : sentences) {
        if (s.contains(word))
            return true;
    }
    return false;
}

} // namespace

class TestLogDiff : public QObject
{
    Q_OBJECT

private slots:
    void keyAsTheGatewayComputesIt();
    void hitAndMissWithTheSameKey();
    void hitAndMissWithDifferentPrompts();
    void cacheCompiledOut();
    void forceRefreshFromTheClientHeaders();
    void portkeyLogObjectHeaders();
    void fieldsAndAnswer();
    void json();
};

void TestLogDiff::keyAsTheGatewayComputesIt()
{
    QCOMPARE(LogDiff::CacheKey::read(capture(u"cache_simple_1_first"_qs)).hash(), kCacheMeKey);
    QCOMPARE(LogDiff::CacheKey::read(capture(u"cache_simple_2_second"_qs)).hash(), kCacheMeKey);
    QCOMPARE(LogDiff::CacheKey::read(capture(u"cache_semantic"_qs)).hash(), kSemanticKey);
}

void TestLogDiff::hitAndMissWithTheSameKey()
{
    const LogDiff d = LogDiff::compare(capture(u"cache_simple_1_first"_qs, u"MISS"_qs),
                                       capture(u"cache_simple_2_second"_qs, u"HIT"_qs));
    QCOMPARE(d.cacheLeft.status, u"MISS"_qs);
    QCOMPARE(d.cacheRight.status, u"HIT"_qs);
    QCOMPARE(d.cacheRight.gatewayKey, d.cacheRight.hash()); // our key is the gateway's
    QVERIFY(d.sameCacheKey());
    QVERIFY(mentions(d.cacheExplanation, u"came first and filled the cache"_qs));
    QVERIFY(!mentions(d.cacheExplanation, u"compiled out"_qs));
}

void TestLogDiff::hitAndMissWithDifferentPrompts()
{
    const LogDiff d = LogDiff::compare(capture(u"cache_simple_2_second"_qs, u"HIT"_qs),
                                       capture(u"cache_semantic"_qs, u"MISS"_qs, u"simple"_qs));
    QVERIFY(!d.sameCacheKey());
    QCOMPARE(d.cacheKeyDifferences, QStringList {u"body.messages[0].content"_qs});
    QVERIFY(mentions(d.cacheExplanation, u"body.messages[0].content"_qs));
    // The message row shows both prompts.
    bool found = false;
    for (const LogDiff::Row &r : d.differingRows()) {
        if (r.field == u"messages[0]") {
            QCOMPARE(r.left, u"user: cache me mwz5cuqi"_qs);
            QCOMPARE(r.right, u"user: semantic cache mwz5cuqi"_qs);
            found = true;
        }
    }
    QVERIFY(found);
}

void TestLogDiff::cacheCompiledOut()
{
    // As captured: cache {mode: simple} asked for, DISABLED reported by npm 1.15.2.
    const LogDiff d = LogDiff::compare(capture(u"cache_simple_1_first"_qs),
                                       capture(u"cache_simple_2_second"_qs));
    QCOMPARE(d.cacheLeft.mode, u"simple"_qs);
    QCOMPARE(d.cacheRight.status, u"DISABLED"_qs);
    QVERIFY(d.sameCacheKey());
    QVERIFY(mentions(d.cacheExplanation, u"compiled out"_qs));
    // A request without any cache mode: not enabled, whatever its key.
    const LogDiff plain
        = LogDiff::compare(capture(u"chat_plain"_qs), capture(u"cache_simple_1_first"_qs));
    QVERIFY(mentions(plain.cacheExplanation, u"not enabled"_qs));
    QVERIFY(!plain.sameCacheKey());
}

void TestLogDiff::forceRefreshFromTheClientHeaders()
{
    const LogDiff d = LogDiff::compare(proxied(u"cache_simple_1_first"_qs),
                                       proxied(u"cache_simple_3_force_refresh"_qs));
    QVERIFY(d.cacheRight.forceRefresh);
    QVERIFY(!d.cacheLeft.forceRefresh);
    QCOMPARE(d.cacheLeft.mode, u"simple"_qs); // from x-portkey-config
    QVERIFY(mentions(d.cacheExplanation, u"x-portkey-cache-force-refresh"_qs));
    // The header is a row of its own; it is no part of the key.
    bool headerRow = false;
    for (const LogDiff::Row &r : d.differingRows())
        headerRow = headerRow || r.field == u"request x-portkey-cache-force-refresh";
    QVERIFY(headerRow);
    QVERIFY(d.sameCacheKey());
}

void TestLogDiff::portkeyLogObjectHeaders()
{
    // A Portkey log object keeps the client's x-portkey-* headers (portkeyHeaders) and the
    // response's: they are rows of their own, and the config's cache switch is read from them.
    const LogRecord object = TestData::firstRecord(u"portkey/sample_log_object.json"_qs);
    const LogDiff d = LogDiff::compare(object, capture(u"cache_simple_1_first"_qs));
    QStringList headers;
    for (const LogDiff::Row &r : d.rows) {
        if (r.section == u"Headers")
            headers << r.field;
    }
    QVERIFY(headers.contains(u"request x-portkey-config"_qs));
    QVERIFY(headers.contains(u"response x-portkey-cache-status"_qs));
    QCOMPARE(d.cacheLeft.status, u"DISABLED"_qs);
    QVERIFY(d.cacheLeft.mode.isEmpty()); // its config has no cache
    QVERIFY(mentions(d.cacheExplanation, u"not enabled"_qs));
}

void TestLogDiff::fieldsAndAnswer()
{
    const LogDiff d = LogDiff::compare(capture(u"chat_plain"_qs), capture(u"override_params"_qs));
    QVERIFY(WordDiff::changed(d.answer) || d.answerLeft == d.answerRight);
    QStringList sections;
    for (const LogDiff::Row &r : d.rows)
        sections << r.section;
    for (const QString &s : {u"Request"_qs, u"Messages"_qs, u"Status"_qs, u"Usage"_qs})
        QVERIFY2(sections.contains(s), qPrintable(s));
    const QString text = d.toText();
    QVERIFY(text.contains(u"Cache"_qs));
    // override_params changed the model the gateway sent on: that body is what is hashed.
    const LogDiff::CacheKey k = LogDiff::CacheKey::read(capture(u"override_params"_qs));
    QVERIFY(k.body.contains("\"model\""));
}

void TestLogDiff::json()
{
    const QJsonObject o = LogDiff::compare(capture(u"cache_simple_2_second"_qs, u"HIT"_qs),
                                           capture(u"cache_semantic"_qs, u"MISS"_qs, u"simple"_qs))
                              .toJson();
    const QJsonObject cache = o.value(u"cache").toObject();
    QCOMPARE(cache.value(u"same_key").toBool(), false);
    QCOMPARE(cache.value(u"left").toObject().value(u"key").toString(), kCacheMeKey);
    QCOMPARE(cache.value(u"right").toObject().value(u"key").toString(), kSemanticKey);
    QCOMPARE(cache.value(u"key_differences").toArray().first().toString(),
             u"body.messages[0].content"_qs);
    QVERIFY(o.value(u"answer").toObject().value(u"changed").toBool());
    QVERIFY(!o.value(u"fields").toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TestLogDiff)
#include "tst_logdiff.moc"
