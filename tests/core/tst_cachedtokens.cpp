// SPDX-License-Identifier: GPL-3.0-or-later
#include "gatewaystreamconverter.h"
#include "portkeylogobjectconverter.h"
#include "pricing.h"
#include "proxyrecordbuilder.h"
#include "testdata.h"
#include "tokenusage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <string>

// Cached input and reasoning tokens read from the bodies the sources carry (tests/data/formats/
// usage: OpenAI, Anthropic, the gateway's Anthropic and Gemini transforms, the Responses API),
// by every converter that reads a response body: the gateway's log stream, a Portkey log
// object and the recording proxy.
class TestCachedTokens : public QObject
{
    Q_OBJECT

private slots:
    void usageObjects_data();
    void usageObjects();
    void gatewayStreamEvent();
    void portkeyLogObject();
    void recordingProxy_data();
    void recordingProxy();
};

namespace {

QJsonObject body(const QString &name)
{
    return QJsonDocument::fromJson(TestData::read(u"formats/usage/"_qs + name)).object();
}

using Counts = QList<qint64>; // prompt, completion, total, reasoning, read, write; -1: unknown

Counts countsOf(const LogRecord &r)
{
    auto v = [](const std::optional<qint64> &o) {
        return o.value_or(-1);
    };
    return {v(r.promptTokens),    v(r.completionTokens), v(r.totalTokens),
            v(r.reasoningTokens), v(r.cacheReadTokens),  v(r.cacheWriteTokens)};
}

bool convert(RecordConverter &converter, const QByteArray &json, LogRecord &out, QString *error)
{
    std::string padded = json.toStdString();
    const size_t size = padded.size();
    padded.append(64, '\0');
    return converter.convert(std::string_view(padded.data(), size), out, error);
}

} // namespace

void TestCachedTokens::usageObjects_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Counts>("expected");
    QTest::newRow("openai chat") << u"openai_chat_cached_reasoning.json"_qs
                                 << Counts {2417, 1361, 3778, 1024, 1920, -1};
    QTest::newRow("anthropic messages")
        << u"anthropic_messages_cached.json"_qs << Counts {14, 212, -1, -1, 6016, 1248};
    QTest::newRow("gateway anthropic")
        << u"gateway_anthropic_chat_cached.json"_qs << Counts {14, 212, 7490, -1, 6016, 1248};
    QTest::newRow("responses api")
        << u"responses_cached.json"_qs << Counts {3276, 85, 3361, 0, 3072, -1};
    QTest::newRow("gateway gemini")
        << u"gateway_gemini_chat_thinking.json"_qs << Counts {1000, 200, 1500, 300, 400, -1};
}

void TestCachedTokens::usageObjects()
{
    QFETCH(QString, file);
    QFETCH(Counts, expected);
    LogRecord r;
    TokenUsage::read(body(file).value(u"usage").toObject()).fillUnknown(r);
    QCOMPARE(countsOf(r), expected);
}

void TestCachedTokens::gatewayStreamEvent()
{
    // A real /log/stream event of the gateway, its client-facing response swapped for the
    // gateway's transform of an Anthropic answer with a cache read and write.
    const QByteArray line
        = TestData::read(u"gateway-stream/chat_plain.jsonl"_qs).split('\n').first();
    QJsonObject event = QJsonDocument::fromJson(line).object();
    QJsonArray options = event.value(u"requestOptions").toArray();
    QJsonObject first = options.at(0).toObject();
    first.insert(u"response"_qs, body(u"gateway_anthropic_chat_cached.json"_qs));
    QJsonObject provider = first.value(u"providerOptions").toObject();
    provider.insert(u"provider"_qs, u"anthropic"_qs);
    first.insert(u"providerOptions"_qs, provider);
    options.replace(0, first);
    event.insert(u"requestOptions"_qs, options);

    GatewayStreamConverter converter;
    LogRecord r;
    QString error;
    QVERIFY2(convert(converter, QJsonDocument(event).toJson(QJsonDocument::Compact), r, &error),
             qPrintable(error));
    QCOMPARE(countsOf(r), (Counts {14, 212, 7490, -1, 6016, 1248}));
    QCOMPARE(r.model, u"claude-sonnet-4-20250514"_qs);
    // The stream carries no cost: priced from the table, each kind at its own price
    // (14 x 3 + 6016 x 0.30 + 1248 x 3.75 + 212 x 15 = 9706.8 -> 0.97068 cents).
    QVERIFY(Pricing::builtIn().estimate(r));
    QVERIFY(std::abs(*r.costCents - 0.97068) < 1e-9);
}

void TestCachedTokens::portkeyLogObject()
{
    QJsonObject object
        = QJsonDocument::fromJson(TestData::read(u"portkey/sample_log_object.json"_qs)).object();
    QJsonObject response = object.value(u"response").toObject();
    response.insert(u"body"_qs, body(u"openai_chat_cached_reasoning.json"_qs));
    object.insert(u"response"_qs, response);
    PortkeyLogObjectConverter converter;
    LogRecord r;
    QString error;
    QVERIFY2(convert(converter, QJsonDocument(object).toJson(QJsonDocument::Compact), r, &error),
             qPrintable(error));
    QCOMPARE(r.cacheReadTokens, std::optional<qint64>(1920));
    QCOMPARE(r.reasoningTokens, std::optional<qint64>(1024));
    QVERIFY(!r.cacheWriteTokens);
}

void TestCachedTokens::recordingProxy_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QString>("file");
    QTest::addColumn<Counts>("expected");
    // Anthropic's Messages API has no total: the proxy counts the cache beside the input, as
    // the gateway does.
    QTest::newRow("anthropic") << QByteArray("/v1/messages") << u"anthropic_messages_cached.json"_qs
                               << Counts {14, 212, 14 + 212 + 6016 + 1248, -1, 6016, 1248};
    QTest::newRow("openai chat") << QByteArray("/v1/chat/completions")
                                 << u"openai_chat_cached_reasoning.json"_qs
                                 << Counts {2417, 1361, 3778, 1024, 1920, -1};
    QTest::newRow("responses") << QByteArray("/v1/responses") << u"responses_cached.json"_qs
                               << Counts {3276, 85, 3361, 0, 3072, -1};
}

void TestCachedTokens::recordingProxy()
{
    QFETCH(QByteArray, target);
    QFETCH(QString, file);
    QFETCH(Counts, expected);
    ProxyExchange exchange;
    exchange.startedAt = QDateTime::currentDateTimeUtc();
    exchange.method = "POST";
    exchange.target = target;
    exchange.requestHeaders = {{"content-type", "application/json"}};
    exchange.requestBody
        = R"({"model":"m","max_tokens":1024,"messages":[{"role":"user","content":"Hi"}]})";
    exchange.requestBytes = exchange.requestBody.size();
    exchange.status = 200;
    exchange.responseHeaders = {{"content-type", "application/json"}};
    exchange.responseBody = TestData::read(u"formats/usage/"_qs + file);
    exchange.responseBytes = exchange.responseBody.size();
    exchange.latencyMs = 420;
    exchange.upstream = u"http://127.0.0.1:8787"_qs;
    exchange.source = u"proxy 127.0.0.1:8788"_qs;
    ProxyRecordBuilder builder;
    const LogRecord r = builder.build(exchange);
    QCOMPARE(countsOf(r), expected);
}

QTEST_GUILESS_MAIN(TestCachedTokens)
#include "tst_cachedtokens.moc"
