// SPDX-License-Identifier: GPL-3.0-or-later
// The gateway's live log stream, captured by `gatescope-cli collect` from the real
// @portkey-ai/gateway 1.15.2 (pinned in tests/integration/package.json) in front of our upstream
// stub: what the store holds for each kind of traffic, that no API key reaches it, that a
// gateway restart is reported as a gap and capture resumes, and that a burst loses nothing.

#include "capturegaplog.h"
#include "gatewayfixture.h"
#include "integrationhttp.h"
#include "logstore.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using Headers = QList<QPair<QByteArray, QByteArray>>;

namespace {

const QByteArray kKeyHeader = "sk-test-HEADER-KEY-7f3a91";
const QByteArray kKeyRetry = "sk-test-RETRY-KEY-2b8c44";
const QByteArray kKeyFallbackA = "sk-test-FALLBACK-A-KEY-9d0e17";
const QByteArray kKeyFallbackB = "sk-test-FALLBACK-B-KEY-5a6b38";
const QByteArray kKeyLoadbalance = "sk-test-LB-KEY-c4d2e9";
const QByteArray kKeySdk = "sk-test-SDK-KEY-e81f06";

} // namespace

class TestGatewayCapture : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void storesEveryKindOfTraffic();
    void reconnectsAfterGatewayRestartAndRecordsTheGap();
    void burstIsNeverDropped();

private:
    Headers plainHeaders(const QByteArray &key = kKeyHeader) const;
    Headers configHeaders(const QJsonObject &config) const;
    QJsonObject target(const QByteArray &key, char stub, const QString &model) const;
    HttpResult post(const QString &path, const Headers &headers, const QJsonObject &body);
    bool startCollect(CliProcess &collect, const QString &db);

    GatewayFixture m_fixture;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
};

void TestGatewayCapture::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.start(&error), qPrintable(error));
    QVERIFY(m_dir.isValid());
}

void TestGatewayCapture::cleanupTestCase()
{
    m_fixture.stop();
}

Headers TestGatewayCapture::plainHeaders(const QByteArray &key) const
{
    return {{"x-portkey-provider", "openai"},
            {"x-portkey-custom-host", m_fixture.stubUrl('A').toUtf8()},
            {"Authorization", "Bearer " + key}};
}

QJsonObject TestGatewayCapture::target(const QByteArray &key, char stub, const QString &model) const
{
    QJsonObject t {{QStringLiteral("provider"), QStringLiteral("openai")},
                   {QStringLiteral("api_key"), QString::fromLatin1(key)},
                   {QStringLiteral("custom_host"), m_fixture.stubUrl(stub)}};
    if (!model.isEmpty())
        t.insert(u"override_params", QJsonObject {{QStringLiteral("model"), model}});
    return t;
}

Headers TestGatewayCapture::configHeaders(const QJsonObject &config) const
{
    return {{"x-portkey-config", compactJson(config)}};
}

HttpResult TestGatewayCapture::post(const QString &path, const Headers &headers,
                                    const QJsonObject &body)
{
    return httpSend(m_network, "POST", m_fixture.gatewayUrl() + path, headers, compactJson(body));
}

bool TestGatewayCapture::startCollect(CliProcess &collect, const QString &db)
{
    QString error;
    if (!collect.start({QStringLiteral("collect"), QStringLiteral("--gateway"),
                        m_fixture.gatewayUrl(), QStringLiteral("--db"), db,
                        QStringLiteral("--max-backoff"), QStringLiteral("1"),
                        QStringLiteral("--status-interval"), QStringLiteral("5")},
                       &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return !collect.waitForStderr(QStringLiteral("Connected to"), 15000).isEmpty();
}

static QJsonObject chatBody(const QString &model, const QString &text = QStringLiteral("hello"))
{
    return {{QStringLiteral("model"), model},
            {QStringLiteral("messages"),
             QJsonArray {QJsonObject {{QStringLiteral("role"), QStringLiteral("user")},
                                      {QStringLiteral("content"), text}}}}};
}

void TestGatewayCapture::storesEveryKindOfTraffic()
{
    const QString db = m_dir.filePath(QStringLiteral("traffic.sqlite"));
    CliProcess collect;
    QVERIFY2(startCollect(collect, db), qPrintable(collect.stderrText()));

    // 1 plain chat, 2 stream, 3 embedding, 4 image, 5 vision
    QCOMPARE(post("/v1/chat/completions", plainHeaders(), chatBody("gpt-4o-mini")).status, 200);
    QJsonObject stream = chatBody(QStringLiteral("gpt-4o"));
    stream.insert(u"stream", true);
    const HttpResult streamed = post("/v1/chat/completions", plainHeaders(), stream);
    QCOMPARE(streamed.status, 200);
    QVERIFY(streamed.body.contains("data: [DONE]"));
    QCOMPARE(post("/v1/embeddings", plainHeaders(),
                  {{QStringLiteral("model"), QStringLiteral("text-embedding-3-small")},
                   {QStringLiteral("input"), QStringLiteral("embed me")}})
                 .status,
             200);
    QCOMPARE(post("/v1/images/generations", plainHeaders(),
                  {{QStringLiteral("model"), QStringLiteral("dall-e-3")},
                   {QStringLiteral("prompt"), QStringLiteral("a tiny square")},
                   {QStringLiteral("response_format"), QStringLiteral("b64_json")}})
                 .status,
             200);
    const QByteArray png = QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DwnwEIGBkZGRgYGAAp/wP/"
        "3wF6sgAAAABJRU5ErkJggg==");
    const QJsonObject vision
        = QJsonDocument::fromJson(
              R"({"model":"gpt-4o","messages":[{"role":"user","content":[{"type":"text","text":)"
              R"("what is it?"},{"type":"image_url","image_url":{"url":"data:image/png;base64,)"
              + png.toBase64() + R"("}}]}]})")
              .object();
    QVERIFY(!vision.isEmpty());
    QCOMPARE(post("/v1/chat/completions", plainHeaders(), vision).status, 200);

    // 6 a retry that succeeds (one 500, then 200), 7 one that fails (503 every time)
    QJsonObject retryOk = target(kKeyRetry, 'A', {});
    retryOk.insert(u"retry", QJsonObject {{QStringLiteral("attempts"), 2}});
    const HttpResult retried
        = post("/v1/chat/completions", configHeaders(retryOk), chatBody("gpt-4o-fail1x500-r1"));
    QCOMPARE(retried.status, 200);
    QCOMPARE(retried.header("x-portkey-retry-attempt-count"), QByteArray("1"));
    QJsonObject retryFail = retryOk;
    retryFail.insert(u"retry", QJsonObject {{QStringLiteral("attempts"), 1}});
    QCOMPARE(
        post("/v1/chat/completions", configHeaders(retryFail), chatBody("gpt-4o-always503")).status,
        503);

    // 8 a fallback: target 0 fails, target 1 (stub B) answers
    const QJsonObject fallback {
        {QStringLiteral("strategy"),
         QJsonObject {{QStringLiteral("mode"), QStringLiteral("fallback")}}},
        {QStringLiteral("targets"),
         QJsonArray {target(kKeyFallbackA, 'A', QStringLiteral("gpt-4o-always500")),
                     target(kKeyFallbackB, 'B', QStringLiteral("gpt-4o-mini"))}}};
    const HttpResult fellBack
        = post("/v1/chat/completions", configHeaders(fallback), chatBody("gpt-4o"));
    QCOMPARE(fellBack.status, 200);
    QCOMPARE(fellBack.header("x-portkey-last-used-option-index"), QByteArray("config.targets[1]"));

    // 9-12 load balance over two targets
    QJsonObject lbA = target(kKeyLoadbalance, 'A', QStringLiteral("gpt-4.1-mini"));
    lbA.insert(u"weight", 0.5);
    QJsonObject lbB = target(kKeyLoadbalance, 'B', QStringLiteral("gpt-4.1-mini"));
    lbB.insert(u"weight", 0.5);
    const QJsonObject loadbalance {
        {QStringLiteral("strategy"),
         QJsonObject {{QStringLiteral("mode"), QStringLiteral("loadbalance")}}},
        {QStringLiteral("targets"), QJsonArray {lbA, lbB}}};
    for (int i = 0; i < 4; ++i)
        QCOMPARE(
            post("/v1/chat/completions", configHeaders(loadbalance), chatBody("gpt-4.1")).status,
            200);

    // 13 the official SDK with debug:false straight to the gateway: the stream still carries
    // the prompt (gateway-stream.md 11), which is why only the proxy can honour Do-Not-Track.
    QString error;
    const QByteArray sdkOut = GatewayFixture::runNode(
        {QStringLiteral("sdk-client.mjs"), m_fixture.gatewayUrl() + QStringLiteral("/v1"),
         m_fixture.stubUrl('A'), QString::fromLatin1(kKeySdk), QStringLiteral("trace-sdk-direct")},
        30000, &error);
    QVERIFY2(!sdkOut.isEmpty(), qPrintable(error));

    const qint64 expected = 13;
    QCOMPARE(waitForCount(db, QString(), expected, 20000), expected);
    const QByteArray summary = collect.terminate();
    QCOMPARE(collect.exitCode(), 0);
    QVERIFY2(summary.contains("\"stored\":13"), summary.constData());

    std::unique_ptr<LogStore> store = LogStore::open(db, &error);
    QVERIFY2(store, qPrintable(error));
    const QList<LogRecord> records = allRecords(*store);
    QCOMPARE(records.size(), 13);
    auto find = [&](auto predicate) -> const LogRecord * {
        for (const LogRecord &r : records) {
            if (predicate(r))
                return &r;
        }
        return nullptr;
    };

    const LogRecord *chat = find([](const LogRecord &r) {
        return r.model == u"gpt-4o-mini" && !r.request.contains("SECRET PROMPT")
            && r.attempts.size() == 1 && !r.fallbackActive.value_or(false);
    });
    QVERIFY(chat);
    QCOMPARE(chat->statusCode, 200);
    // The gateway is not on 8787, so its events have no `endpoint`: derived from rubeusURL.
    QCOMPARE(chat->endpoint, QStringLiteral("/v1/chat/completions"));
    QCOMPARE(chat->requestType, RequestType::Chat);
    QCOMPARE(chat->provider, QStringLiteral("openai"));
    QVERIFY(chat->totalTokens.value_or(0) > 0);
    QCOMPARE(chat->cache, CacheState::Disabled);
    QVERIFY(chat->costCents.has_value());
    QVERIFY(chat->costEstimated);
    QVERIFY(chat->traceId.isEmpty()); // the stream carries no trace id
    QVERIFY(chat->response.contains("Hello from upstream A"));

    const LogRecord *streamRecord = find([](const LogRecord &r) { return r.stream == true; });
    QVERIFY(streamRecord);
    QCOMPARE(streamRecord->model, QStringLiteral("gpt-4o"));
    QVERIFY(!streamRecord->totalTokens); // streams are logged at the first byte: no usage

    const LogRecord *embedding
        = find([](const LogRecord &r) { return r.requestType == RequestType::Embedding; });
    QVERIFY(embedding);
    QVERIFY(embedding->promptTokens.value_or(0) > 0);

    const LogRecord *image
        = find([](const LogRecord &r) { return r.requestType == RequestType::Image; });
    QVERIFY(image);
    QCOMPARE(image->images.size(), 1);
    QCOMPARE(image->images.first().direction, ImageInfo::Direction::Output);
    QCOMPARE(image->images.first().mime, QStringLiteral("image/png"));
    QCOMPARE(image->images.first().width, 4);
    QCOMPARE(image->images.first().height, 3);

    const LogRecord *visionRecord = find([](const LogRecord &r) {
        return !r.images.isEmpty() && r.images.first().direction == ImageInfo::Direction::Input;
    });
    QVERIFY(visionRecord);
    QCOMPARE(visionRecord->images.first().width, 2);

    const LogRecord *retrySuccess
        = find([](const LogRecord &r) { return r.model.startsWith(u"gpt-4o-fail1x500"); });
    QVERIFY(retrySuccess);
    QCOMPARE(retrySuccess->statusCode, 200);
    QVERIFY(retrySuccess->retryCount != -1); // the stream has no count: unknown, never "failed"
    const LogRecord *retryFailed
        = find([](const LogRecord &r) { return r.model == u"gpt-4o-always503"; });
    QVERIFY(retryFailed);
    QCOMPARE(retryFailed->statusCode, 503);
    QCOMPARE(retryFailed->retryCount, -1);

    const LogRecord *fallbackRecord
        = find([](const LogRecord &r) { return r.fallbackActive.value_or(false); });
    QVERIFY(fallbackRecord);
    QCOMPARE(fallbackRecord->attempts.size(), 2);
    QCOMPARE(fallbackRecord->servedTarget, QStringLiteral("config.targets[1]"));
    QCOMPARE(fallbackRecord->attempts.first().ok, false);
    // The final answer sits on requestOptions[0] (the failed target): still B's answer.
    QVERIFY(fallbackRecord->response.contains("Hello from upstream B"));
    QCOMPARE(fallbackRecord->statusCode, 200);

    int balanced = 0;
    for (const LogRecord &r : records)
        balanced += r.loadbalanceActive.value_or(false) ? 1 : 0;
    QCOMPARE(balanced, 4);

    const LogRecord *sdk
        = find([](const LogRecord &r) { return r.request.contains("SECRET PROMPT"); });
    QVERIFY2(sdk, "the stream ignores x-portkey-debug: false, so the prompt is in the event");
    QVERIFY(sdk->tracked);

    // No API key sent in this traffic is anywhere in the database file.
    store.reset();
    const QByteArray bytes = storeFileBytes(db);
    QVERIFY(bytes.size() > 0);
    for (const QByteArray &key :
         {kKeyHeader, kKeyRetry, kKeyFallbackA, kKeyFallbackB, kKeyLoadbalance, kKeySdk})
        QVERIFY2(!bytes.contains(key), key.constData());
}

void TestGatewayCapture::reconnectsAfterGatewayRestartAndRecordsTheGap()
{
    const QString db = m_dir.filePath(QStringLiteral("fault.sqlite"));
    CliProcess collect;
    QVERIFY2(startCollect(collect, db), qPrintable(collect.stderrText()));
    QCOMPARE(post("/v1/chat/completions", plainHeaders(), chatBody("gpt-4o-mini-before")).status,
             200);
    QCOMPARE(waitForCount(db, QStringLiteral("model:gpt-4o-mini-before"), 1, 10000), 1);

    // Traffic in flight when the gateway dies.
    QProcess load;
    load.setWorkingDirectory(GatewayFixture::integrationDir());
    QJsonObject headers;
    for (const auto &[name, value] : plainHeaders())
        headers.insert(QString::fromLatin1(name), QString::fromLatin1(value));
    load.start(GatewayFixture::nodeProgram(),
               {QStringLiteral("load.mjs"),
                QStringLiteral("--url=%1/v1/chat/completions").arg(m_fixture.gatewayUrl()),
                QStringLiteral("--n=400"), QStringLiteral("--concurrency=4"),
                QStringLiteral("--headers=%1").arg(QString::fromUtf8(compactJson(headers))),
                QStringLiteral("--body=%1")
                    .arg(QString::fromUtf8(compactJson(chatBody("gpt-4o-mini-during"))))});
    QVERIFY(load.waitForStarted());
    QTest::qWait(700);
    m_fixture.killGateway();
    QVERIFY(load.waitForFinished(30000));
    QString error;
    QVERIFY2(m_fixture.startGateway(&error), qPrintable(error));

    // The collector comes back on its own and says what may be missing.
    const QString gapLine
        = collect.waitForStderr(QStringLiteral("gap: events may be missing"), 20000);
    QVERIFY2(!gapLine.isEmpty(), qPrintable(collect.stderrText()));
    QVERIFY(gapLine.contains(u"restarted?"));
    QTRY_VERIFY_WITH_TIMEOUT(collect.stderrText().count(QStringLiteral("Connected to")) >= 2,
                             10000);

    for (int i = 0; i < 10; ++i)
        QCOMPARE(post("/v1/chat/completions", plainHeaders(), chatBody("gpt-4o-mini-after")).status,
                 200);
    QCOMPARE(waitForCount(db, QStringLiteral("model:gpt-4o-mini-after"), 10, 15000), 10);
    collect.terminate();
    QCOMPARE(collect.exitCode(), 0);

    CaptureGapLog gaps;
    QVERIFY2(gaps.open(db, &error), qPrintable(error));
    const QList<CaptureGap> stored = gaps.gaps(&error);
    QCOMPARE(stored.size(), 1);
    QVERIFY(stored.first().from <= stored.first().to);
    QCOMPARE(stored.first().gateway, m_fixture.gatewayUrl());
    QVERIFY(stored.first().describe().startsWith(u"events may be missing between"));
}

void TestGatewayCapture::burstIsNeverDropped()
{
    const QString db = m_dir.filePath(QStringLiteral("burst.sqlite"));
    CliProcess collect;
    QVERIFY2(startCollect(collect, db), qPrintable(collect.stderrText()));
    QJsonObject headers;
    for (const auto &[name, value] : plainHeaders())
        headers.insert(QString::fromLatin1(name), QString::fromLatin1(value));
    QString error;
    const QByteArray out = GatewayFixture::runNode(
        {QStringLiteral("load.mjs"),
         QStringLiteral("--url=%1/v1/chat/completions").arg(m_fixture.gatewayUrl()),
         QStringLiteral("--n=2000"), QStringLiteral("--concurrency=20"),
         QStringLiteral("--headers=%1").arg(QString::fromUtf8(compactJson(headers))),
         QStringLiteral("--body=%1").arg(QString::fromUtf8(compactJson(chatBody("gpt-4o-burst"))))},
        90000, &error);
    QVERIFY2(!out.isEmpty(), qPrintable(error));
    const QJsonObject result = QJsonDocument::fromJson(out).object();
    QCOMPARE(result.value(u"ok").toInt(), 2000);
    QCOMPARE(waitForCount(db, QStringLiteral("model:gpt-4o-burst"), 2000, 30000), 2000);
    const QByteArray summary = collect.terminate();
    QVERIFY2(summary.contains("\"gaps\":0"), summary.constData());
    QVERIFY2(!collect.stderrText().contains(u"reconnecting"), qPrintable(collect.stderrText()));
}

QTEST_GUILESS_MAIN(TestGatewayCapture)
#include "tst_gatewaycapture.moc"
