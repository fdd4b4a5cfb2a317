// SPDX-License-Identifier: GPL-3.0-or-later
#include "bytesearch.h"
#include "logrecord.h"
#include "recordenums.h"
#include "statuslabels.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class TestLogRecord : public QObject
{
    Q_OBJECT

private slots:
    void byteIndexOfGivesIndexOfsAnswer_data();
    void byteIndexOfGivesIndexOfsAnswer();
    void jsonHasEveryKeyWithNullForUnknown();
    void jsonRoundTripKeepsEveryField();
    void fromJsonRejectsBadInput_data();
    void fromJsonRejectsBadInput();
    void statusLabels_data();
    void statusLabels();
    void requestTypeFromEndpoint_data();
    void requestTypeFromEndpoint();
    void cacheStateFromPortkeySpellings_data();
    void cacheStateFromPortkeySpellings();
};

namespace {

LogRecord fullRecord()
{
    LogRecord r;
    r.id = QStringLiteral("log-1");
    r.traceId = QStringLiteral("trace-1");
    r.spanId = QStringLiteral("span-2");
    r.parentSpanId = QStringLiteral("span-1");
    r.spanName = QStringLiteral("answer");
    r.createdAt = QDateTime(QDate(2026, 11, 27), QTime(15, 39, 18, 896), Qt::UTC);
    r.method = QStringLiteral("POST");
    r.endpoint = QStringLiteral("/v1/chat/completions");
    r.requestType = RequestType::Chat;
    r.provider = QStringLiteral("openai");
    r.model = QStringLiteral("gpt-4o");
    r.statusCode = 200;
    r.latencyMs = 812;
    r.ttftMs = 120;
    r.promptTokens = 9;
    r.completionTokens = 11;
    r.totalTokens = 20;
    r.reasoningTokens = 4;
    r.cacheReadTokens = 6;
    r.cacheWriteTokens = 2;
    r.costCents = 0.0125;
    r.currency = QStringLiteral("USD");
    r.costEstimated = true;
    r.cache = CacheState::SemanticHit;
    r.retryCount = 2;
    r.strategy = Strategy::Fallback;
    r.fallbackActive = true;
    r.loadbalanceActive = false;
    r.servedTarget = QStringLiteral("config.targets[1]");
    r.attempts = {{QStringLiteral("config.targets[0]"), QStringLiteral("openai"),
                   QStringLiteral("gpt-4o"), 400, false},
                  {QStringLiteral("config.targets[1]"), QStringLiteral("anthropic"),
                   QStringLiteral("claude"), 412, true}};
    r.configId = QStringLiteral("pc-abc");
    r.promptId = QStringLiteral("pp-xyz");
    r.virtualKey = QStringLiteral("main");
    r.metadata = {{QStringLiteral("_user"), QStringLiteral("alice")},
                  {QStringLiteral("env"), QStringLiteral("prod")}};
    r.tracked = true;
    r.stream = false;
    r.request = R"({"model":"gpt-4o","messages":[{"role":"user","content":"Hi"}]})";
    r.response = R"({"choices":[{"message":{"role":"assistant","content":"Hello"}}]})";
    ImageInfo img;
    img.direction = ImageInfo::Direction::Output;
    img.mime = QStringLiteral("image/png");
    img.width = 48;
    img.height = 32;
    img.bytes = 1234;
    img.hash = QStringLiteral("abc123");
    r.images = {img};
    FeedbackEntry f;
    f.id = QStringLiteral("fb-1");
    f.value = -3;
    f.weight = 0.5;
    f.metadata = QJsonObject {{QStringLiteral("_user"), QStringLiteral("bob")}};
    f.createdAt = QDateTime(QDate(2026, 11, 27), QTime(16, 0, 0, 1), Qt::UTC);
    f.synced = false;
    r.feedback = {f};
    r.source = QStringLiteral("export.jsonl");
    r.replayOf = QStringLiteral("log-0");
    return r;
}

} // namespace

void TestLogRecord::jsonHasEveryKeyWithNullForUnknown()
{
    LogRecord r;
    r.id = QStringLiteral("x");
    r.createdAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    const QJsonObject o = r.toJson();
    const QStringList keys = {u"id"_qs,
                              u"trace_id"_qs,
                              u"span_id"_qs,
                              u"parent_span_id"_qs,
                              u"span_name"_qs,
                              u"created_at"_qs,
                              u"method"_qs,
                              u"endpoint"_qs,
                              u"request_type"_qs,
                              u"provider"_qs,
                              u"model"_qs,
                              u"status_code"_qs,
                              u"latency_ms"_qs,
                              u"ttft_ms"_qs,
                              u"prompt_tokens"_qs,
                              u"completion_tokens"_qs,
                              u"total_tokens"_qs,
                              u"reasoning_tokens"_qs,
                              u"cache_read_tokens"_qs,
                              u"cache_write_tokens"_qs,
                              u"cost_cents"_qs,
                              u"currency"_qs,
                              u"cost_estimated"_qs,
                              u"cache"_qs,
                              u"retry_count"_qs,
                              u"strategy"_qs,
                              u"fallback_active"_qs,
                              u"loadbalance_active"_qs,
                              u"served_target"_qs,
                              u"attempts"_qs,
                              u"config_id"_qs,
                              u"prompt_id"_qs,
                              u"virtual_key"_qs,
                              u"metadata"_qs,
                              u"tracked"_qs,
                              u"stream"_qs,
                              u"request"_qs,
                              u"response"_qs,
                              u"images"_qs,
                              u"feedback"_qs,
                              u"source"_qs,
                              u"replay_of"_qs,
                              u"forgotten_at"_qs};
    for (const QString &key : keys)
        QVERIFY2(o.contains(key), qPrintable(key));
    QCOMPARE(o.size(), keys.size());
    // Unknown is null, never a made-up zero.
    QVERIFY(o.value(u"status_code").isNull());
    QVERIFY(o.value(u"cost_cents").isNull());
    QVERIFY(o.value(u"retry_count").isNull());
    QVERIFY(o.value(u"cache").isNull());
    QVERIFY(o.value(u"request").isNull());
    QVERIFY(o.value(u"cache_read_tokens").isNull());
    QVERIFY(o.value(u"forgotten_at").isNull());
    QCOMPARE(o.value(u"created_at").toString(), u"2026-01-01T00:00:00.000Z"_qs);
}

void TestLogRecord::jsonRoundTripKeepsEveryField()
{
    const LogRecord r = fullRecord();
    QString error;
    const std::optional<LogRecord> back = LogRecord::fromJson(r.toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->toJson(), r.toJson());
    // QJsonObject sorts keys, so the bodies come back equal as JSON, not byte for byte...
    QCOMPARE(QJsonDocument::fromJson(back->request), QJsonDocument::fromJson(r.request));
    LogRecord same = *back;
    same.request = r.request;
    same.response = r.response;
    QVERIFY(same == r);
    // A forgotten log keeps when its content was removed.
    LogRecord forgotten = r;
    forgotten.forgottenAt
        = QDateTime::fromString(u"2026-03-04T05:06:07.089Z"_qs, Qt::ISODateWithMs);
    const std::optional<LogRecord> fback = LogRecord::fromJson(forgotten.toJson(), &error);
    QVERIFY2(fback, qPrintable(error));
    QCOMPARE(fback->forgottenAt, forgotten.forgottenAt);
    QCOMPARE(forgotten.toJson().value(u"forgotten_at").toString(), u"2026-03-04T05:06:07.089Z"_qs);
    // ...while the export line keeps them byte for byte, on one line.
    LogRecord pretty = r;
    pretty.request = "{\n  \"model\": \"gpt-4o\",\n  \"a\": [1, 2]\n}";
    const QByteArray line = pretty.toJsonLine();
    QVERIFY(!line.contains('\n'));
    QVERIFY2(line.contains(R"("request":{   "model": "gpt-4o",   "a": [1, 2] })"),
             line.constData());
    QVERIFY(line.contains(r.response));
    QCOMPARE(QJsonDocument::fromJson(line).object(), pretty.toJson());
    // A truncated gateway response is a JSON string, not an object: kept as such.
    LogRecord s = r;
    s.response = R"("{\"id\":\"chatcmpl-1\",\"choi...")";
    const std::optional<LogRecord> sback = LogRecord::fromJson(s.toJson(), &error);
    QVERIFY(sback);
    QVERIFY(s.toJson().value(u"response").isString());
    QCOMPARE(sback->response, s.response);
}

void TestLogRecord::fromJsonRejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mention");
    QTest::newRow("no id") << QByteArray(R"({"created_at":"2026-01-01T00:00:00Z"})") << "id";
    QTest::newRow("bad time") << QByteArray(R"({"id":"a","created_at":"yesterday"})")
                              << "created_at";
    QTest::newRow("status as text")
        << QByteArray(R"({"id":"a","created_at":"2026-01-01T00:00:00Z","status_code":"ok"})")
        << "status_code";
    QTest::newRow("stream as number")
        << QByteArray(R"({"id":"a","created_at":"2026-01-01T00:00:00Z","stream":3})") << "stream";
    QTest::newRow("cached tokens as text") << QByteArray(
        R"({"id":"a","created_at":"2026-01-01T00:00:00Z","cache_read_tokens":"many"})")
                                           << "cache_read_tokens";
    QTest::newRow("bad forgotten time")
        << QByteArray(R"({"id":"a","created_at":"2026-01-01T00:00:00Z","forgotten_at":"soon"})")
        << "forgotten_at";
}

void TestLogRecord::fromJsonRejectsBadInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mention);
    QString error;
    QVERIFY(!LogRecord::fromJson(QJsonDocument::fromJson(json).object(), &error));
    QVERIFY2(error.contains(mention), qPrintable(error));
}

void TestLogRecord::statusLabels_data()
{
    QTest::addColumn<int>("cache");
    QTest::addColumn<int>("retry"); // -2: unknown
    QTest::addColumn<QStringList>("labels");
    QTest::newRow("unknown") << int(CacheState::Unknown) << -2
                             << QStringList {"Cache Unknown", "Retry Unknown"};
    QTest::newRow("disabled, not triggered")
        << int(CacheState::Disabled) << 0 << QStringList {"Cache Disabled", "Retry Not Triggered"};
    QTest::newRow("semantic hit, success")
        << int(CacheState::SemanticHit) << 3
        << QStringList {"Cache Semantic Hit", "Retry Success on 3 Tries"};
    QTest::newRow("refreshed, failed")
        << int(CacheState::Refreshed) << -1 << QStringList {"Cache Refreshed", "Retry Failed"};
    QTest::newRow("miss") << int(CacheState::Miss) << 1
                          << QStringList {"Cache Miss", "Retry Success on 1 Tries"};
    QTest::newRow("hit") << int(CacheState::Hit) << 0
                         << QStringList {"Cache Hit", "Retry Not Triggered"};
}

void TestLogRecord::statusLabels()
{
    QFETCH(int, cache);
    QFETCH(int, retry);
    QFETCH(QStringList, labels);
    LogRecord r;
    r.cache = CacheState(cache);
    if (retry != -2)
        r.retryCount = retry;
    QCOMPARE(StatusLabels::cache(r), labels.at(0));
    QCOMPARE(StatusLabels::retry(r), labels.at(1));
    QCOMPARE(StatusLabels::fallback(r), u"Fallback Unknown"_qs);
    r.fallbackActive = true;
    r.loadbalanceActive = false;
    QCOMPARE(StatusLabels::fallback(r), u"Fallback Active"_qs);
    QCOMPARE(StatusLabels::loadbalance(r), u"Loadbalancer Disabled"_qs);
}

void TestLogRecord::requestTypeFromEndpoint_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("type");
    QTest::newRow("chat") << "/v1/chat/completions"
                          << "chat";
    QTest::newRow("chat query") << "/v1/chat/completions?x=1"
                                << "chat";
    QTest::newRow("completion") << "/v1/completions"
                                << "completion";
    QTest::newRow("embedding") << "/v1/embeddings/"
                               << "embedding";
    QTest::newRow("image") << "/v1/images/generations"
                           << "image";
    QTest::newRow("audio") << "/v1/audio/speech"
                           << "audio";
    QTest::newRow("messages") << "/v1/messages"
                              << "messages";
    QTest::newRow("models") << "/v1/models"
                            << "other";
    QTest::newRow("empty") << ""
                           << "";
}

void TestLogRecord::requestTypeFromEndpoint()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, type);
    QCOMPARE(RecordEnums::requestTypeName(RecordEnums::requestTypeFromEndpoint(endpoint)), type);
}

void TestLogRecord::cacheStateFromPortkeySpellings_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("name");
    QTest::newRow("HIT") << "HIT"
                         << "hit";
    QTest::newRow("miss") << "miss"
                          << "miss";
    QTest::newRow("SEMANTIC HIT") << "SEMANTIC HIT"
                                  << "semantic_hit";
    QTest::newRow("semantic_miss") << "semantic_miss"
                                   << "semantic_miss";
    QTest::newRow("REFRESH") << "REFRESH"
                             << "refreshed";
    QTest::newRow("DISABLED") << "DISABLED"
                              << "disabled";
    QTest::newRow("garbage") << "maybe"
                             << "";
}

void TestLogRecord::cacheStateFromPortkeySpellings()
{
    QFETCH(QString, value);
    QFETCH(QString, name);
    QCOMPARE(RecordEnums::cacheStateName(RecordEnums::cacheStateFromPortkey(value)), name);
}

void TestLogRecord::byteIndexOfGivesIndexOfsAnswer_data()
{
    QTest::addColumn<QByteArray>("haystack");
    QTest::addColumn<QByteArray>("needle");
    const QByteArray body
        = R"({"messages":[{"role":"user","content":"hello there, how are you"}]})";
    QTest::newRow("short needle") << QByteArray("abcabd") << QByteArray("abd");
    QTest::newRow("empty needle") << QByteArray("abc") << QByteArray();
    QTest::newRow("needle longer") << QByteArray("abc") << QByteArray("abcd");
    QTest::newRow("body in its record")
        << QByteArray(R"({"id":"x","request":{"body":)" + body + "}}") << body;
    QTest::newRow("body at the very end") << QByteArray("xx" + body) << body;
    // Its first 32 bytes occur 20 times before it, each followed by something else: more
    // places than are compared one by one before the whole needle is searched for.
    QByteArray decoys;
    for (int i = 0; i < 20; ++i)
        decoys += body.left(40) + "#";
    QTest::newRow("body after decoys") << decoys + body << body;
    QTest::newRow("only decoys") << decoys << body;
    // A hostile record: one letter over and over, the needle the same letter but its end.
    QTest::newRow("run of one letter")
        << QByteArray(200000, 'a') + 'b' << QByteArray(100000, 'a') + 'c';
    QTest::newRow("run found at its end")
        << QByteArray(200000, 'a') + 'c' << QByteArray(100000, 'a') + 'c';
}

void TestLogRecord::byteIndexOfGivesIndexOfsAnswer()
{
    QFETCH(QByteArray, haystack);
    QFETCH(QByteArray, needle);
    QCOMPARE(byteIndexOf(haystack, needle), haystack.indexOf(needle));
}

QTEST_GUILESS_MAIN(TestLogRecord)
#include "tst_logrecord.moc"
