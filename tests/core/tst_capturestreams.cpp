// SPDX-License-Identifier: GPL-3.0-or-later
// The byte-level pieces of live capture: SSE framing (the gateway's /log/stream and an
// upstream's streamed completion) with its size limit, the reassembly of a streamed completion,
// and the stream subscriber against a loopback stand-in for the gateway (SseServer).

#include "sseparser.h"
#include "sseserver.h"
#include "streamreassembler.h"
#include "streamsubscriber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCaptureStreams : public QObject
{
    Q_OBJECT

private slots:
    void splitsFramesWhereverTheBytesBreak();
    void handlesCrLfCommentsAndMultilineData();
    void reassemblesAChatStreamWithUsage();
    void reassemblesToolCallsAndTextCompletions();
    void skipsAnEventOverTheLimit();
    void endlessLineStaysWithinTheLimit();
    void limitIsTheSameWhereverTheBytesBreak();
    void subscriberSkipsAnOversizedEventWithAGap();
    void httpErrorsAreReportedOnce_data();
    void httpErrorsAreReportedOnce();
    void parsesGatewayUrls();
};

static QList<SseEvent> parseInPieces(const QByteArray &bytes, int pieceSize)
{
    QList<SseEvent> events;
    SseParser parser([&](const SseEvent &e) { events.append(e); });
    for (qsizetype i = 0; i < bytes.size(); i += pieceSize)
        parser.feed(QByteArrayView(bytes).sliced(i, qMin<qsizetype>(pieceSize, bytes.size() - i)));
    return events;
}

void TestCaptureStreams::splitsFramesWhereverTheBytesBreak()
{
    // As the gateway sends them (gateway-stream.md 4).
    const QByteArray stream = "event: connected\ndata: 1795793958823\n\n"
                              "event: log\ndata: {\"a\":1}\nid: 0\n\n"
                              "event: heartbeat\ndata: pulse\n\n"
                              "event: log\ndata: {\"a\":2}\nid: 1\n\n";
    for (int piece : {1, 2, 3, 7, 1000}) {
        const QList<SseEvent> events = parseInPieces(stream, piece);
        QCOMPARE(events.size(), 4);
        QCOMPARE(events.at(0).event, QByteArray("connected"));
        QCOMPARE(events.at(1).event, QByteArray("log"));
        QCOMPARE(events.at(1).data, QByteArray("{\"a\":1}"));
        QVERIFY(events.at(1).hasId);
        QCOMPARE(events.at(1).id, QByteArray("0"));
        QCOMPARE(events.at(2).data, QByteArray("pulse"));
        QCOMPARE(events.at(3).id, QByteArray("1"));
    }
}

void TestCaptureStreams::handlesCrLfCommentsAndMultilineData()
{
    const QByteArray stream = ": comment\r\ndata: one\r\ndata:two\r\n\r\ndata: three\r\r";
    for (int piece : {1, 5, 100}) {
        const QList<SseEvent> events = parseInPieces(stream, piece);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).event, QByteArray("message"));
        QCOMPARE(events.at(0).data, QByteArray("one\ntwo"));
        QVERIFY(!events.at(0).hasId);
        QCOMPARE(events.at(1).data, QByteArray("three"));
    }
}

void TestCaptureStreams::reassemblesAChatStreamWithUsage()
{
    StreamReassembler r;
    const QByteArray stream
        = R"(data: {"id":"c1","object":"chat.completion.chunk","created":5,"model":"gpt-4o","choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]}

data: {"id":"c1","object":"chat.completion.chunk","created":5,"model":"gpt-4o","choices":[{"index":0,"delta":{"content":"Hel"},"finish_reason":null}]}

data: {"id":"c1","object":"chat.completion.chunk","created":5,"model":"gpt-4o","choices":[{"index":0,"delta":{"content":"lo"},"finish_reason":"stop"}]}

data: {"id":"c1","object":"chat.completion.chunk","created":5,"model":"gpt-4o","choices":[],"usage":{"prompt_tokens":3,"completion_tokens":2,"total_tokens":5}}

data: [DONE]

)";
    QCOMPARE(r.chunks(), 0);
    r.feed(stream.left(40));
    r.feed(stream.mid(40));
    QCOMPARE(r.chunks(), 5);
    QVERIFY(r.sawDone());
    const QJsonObject o = QJsonDocument::fromJson(r.result()).object();
    QCOMPARE(o.value(u"object").toString(), QStringLiteral("chat.completion"));
    QCOMPARE(o.value(u"id").toString(), QStringLiteral("c1"));
    QCOMPARE(o.value(u"model").toString(), QStringLiteral("gpt-4o"));
    const QJsonObject choice = o.value(u"choices").toArray().at(0).toObject();
    QCOMPARE(choice.value(u"message").toObject().value(u"content").toString(),
             QStringLiteral("Hello"));
    QCOMPARE(choice.value(u"message").toObject().value(u"role").toString(),
             QStringLiteral("assistant"));
    QCOMPARE(choice.value(u"finish_reason").toString(), QStringLiteral("stop"));
    QCOMPARE(o.value(u"usage").toObject().value(u"total_tokens").toInt(), 5);
}

void TestCaptureStreams::reassemblesToolCallsAndTextCompletions()
{
    StreamReassembler tools;
    tools.feed(
        R"(data: {"id":"t","object":"chat.completion.chunk","model":"m","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"call_1","type":"function","function":{"name":"get","arguments":"{\"ci"}}]}}]}

data: {"id":"t","object":"chat.completion.chunk","model":"m","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"ty\":1}"}}]},"finish_reason":"tool_calls"}]}

)");
    const QJsonObject call = QJsonDocument::fromJson(tools.result())
                                 .object()
                                 .value(u"choices")
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(u"message")
                                 .toObject()
                                 .value(u"tool_calls")
                                 .toArray()
                                 .at(0)
                                 .toObject();
    QCOMPARE(call.value(u"id").toString(), QStringLiteral("call_1"));
    QCOMPARE(call.value(u"function").toObject().value(u"name").toString(), QStringLiteral("get"));
    QCOMPARE(call.value(u"function").toObject().value(u"arguments").toString(),
             QStringLiteral("{\"city\":1}"));

    StreamReassembler text;
    text.feed(
        R"(data: {"id":"x","object":"text_completion","model":"m","choices":[{"index":0,"text":"a"}]}

data: {"id":"x","object":"text_completion","model":"m","choices":[{"index":0,"text":"b","finish_reason":"length"}]}

)");
    const QJsonObject o = QJsonDocument::fromJson(text.result()).object();
    QCOMPARE(o.value(u"object").toString(), QStringLiteral("text_completion"));
    QCOMPARE(o.value(u"choices").toArray().at(0).toObject().value(u"text").toString(),
             QStringLiteral("ab"));

    StreamReassembler nothing;
    nothing.feed("data: not json\n\n");
    QVERIFY(nothing.result().isEmpty());
}

void TestCaptureStreams::skipsAnEventOverTheLimit()
{
    const QByteArray big(5000, 'x');
    const QByteArray stream = "event: log\ndata: small\nid: 0\n\n"
                              "event: log\ndata: "
        + big + "\ndata: " + big + "\nid: 1\n\n" + "event: log\ndata: after\nid: 2\n\n";
    for (int piece : {1, 7, 100, 100000}) {
        QList<SseEvent> events;
        QList<qsizetype> oversize;
        SseParser parser([&](const SseEvent &e) { events.append(e); });
        parser.setMaxEventBytes(1024);
        parser.setOversizeHandler([&](qsizetype limit) { oversize.append(limit); });
        qsizetype mostHeld = 0;
        for (qsizetype i = 0; i < stream.size(); i += piece) {
            parser.feed(
                QByteArrayView(stream).sliced(i, qMin<qsizetype>(piece, stream.size() - i)));
            mostHeld = qMax(mostHeld, parser.pendingBytes());
        }
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).data, QByteArray("small"));
        QCOMPARE(events.at(1).data, QByteArray("after"));
        QCOMPARE(events.at(1).id, QByteArray("2"));
        QCOMPARE(oversize, QList<qsizetype> {1024});
        QCOMPARE(parser.oversizedEvents(), 1);
        QVERIFY2(mostHeld <= 1024, qPrintable(QString::number(mostHeld)));
        QVERIFY(!parser.isSkipping());
    }
}

void TestCaptureStreams::endlessLineStaysWithinTheLimit()
{
    // 64 MB of one unterminated line: the parser holds no more than its limit, at any time.
    const qsizetype limit = 64 * 1024;
    int told = 0;
    QList<SseEvent> events;
    SseParser parser([&](const SseEvent &e) { events.append(e); });
    parser.setMaxEventBytes(limit);
    parser.setOversizeHandler([&](qsizetype) { ++told; });
    parser.feed("event: connected\ndata: 1\n\nevent: log\ndata: ");
    const QByteArray chunk(1024 * 1024, 'x');
    for (int i = 0; i < 64; ++i) {
        parser.feed(chunk);
        QVERIFY2(parser.pendingBytes() <= limit,
                 qPrintable(QString::number(parser.pendingBytes())));
    }
    QCOMPARE(told, 1);
    QVERIFY(parser.isSkipping());
    // The line ends, then the event: the next one is read as usual.
    parser.feed("\r\nid: 5\r\n\r\nevent: log\r\ndata: next\r\n\r\n");
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).event, QByteArray("connected"));
    QCOMPARE(events.at(1).data, QByteArray("next"));
    QVERIFY(!events.at(1).hasId); // the skipped event's id is not carried over
    QCOMPARE(told, 1);
}

void TestCaptureStreams::limitIsTheSameWhereverTheBytesBreak()
{
    // A line counts with its field name: "data: " + 14 bytes is 20, the limit; 15 is over it.
    const QByteArray stream = "data: 12345678901234\n\ndata: 123456789012345\n\n"
                              ": a comment of 20 by\n\ndata: ok\n\n";
    for (int piece : {1, 2, 3, 5, 1000}) {
        QList<QByteArray> data;
        SseParser parser([&](const SseEvent &e) { data.append(e.data); });
        parser.setMaxEventBytes(20);
        for (qsizetype i = 0; i < stream.size(); i += piece)
            parser.feed(
                QByteArrayView(stream).sliced(i, qMin<qsizetype>(piece, stream.size() - i)));
        QCOMPARE(data, (QList<QByteArray> {"12345678901234", "ok"}));
        QCOMPARE(parser.oversizedEvents(), 1);
    }
}

void TestCaptureStreams::subscriberSkipsAnOversizedEventWithAGap()
{
    const QByteArray log = SseServer::realLogData();
    QVERIFY(!log.isEmpty());
    SseServer server;
    QVERIFY(server.listen());
    // ids 0, (1: 3 MB of one line, over the 1 MB limit), 2: no "event 1 never arrived" besides
    // the gap of the skipped event.
    SseServer::Response response = SseServer::logThenLongLine(3 * 1024 * 1024);
    response.tail = "\nid: 1\n\nevent: log\ndata: " + log + "\nid: 2\n\n";
    server.setResponse(response);

    StreamSubscriber::Options options;
    options.gateway = server.url();
    options.maxEventBytes = 1024 * 1024;
    StreamSubscriber subscriber(options);
    qsizetype records = 0;
    QList<CaptureGap> gaps;
    QStringList rejected;
    connect(&subscriber, &StreamSubscriber::recordsReady, this,
            [&](const QList<LogRecord> &batch) { records += batch.size(); });
    connect(&subscriber, &StreamSubscriber::gapDetected, this,
            [&](const CaptureGap &gap) { gaps.append(gap); });
    connect(&subscriber, &StreamSubscriber::eventRejected, this,
            [&](const QString &reason) { rejected.append(reason); });
    subscriber.start();
    QTRY_COMPARE_WITH_TIMEOUT(records, 2, 20000);
    subscriber.stop();
    QCOMPARE(rejected.size(), 1);
    QVERIFY2(rejected.at(0).contains(u"larger than 1 MB"_s), qPrintable(rejected.at(0)));
    QCOMPARE(subscriber.counters().oversized, 1);
    QCOMPARE(subscriber.counters().rejected, 1);
    QCOMPARE(subscriber.counters().records, 2);
    QCOMPARE(gaps.size(), 1);
    QVERIFY2(gaps.at(0).reason.contains(u"events over the size limit of 1 MB skipped: 1"_s),
             qPrintable(gaps.at(0).reason));
    QVERIFY(gaps.at(0).from <= gaps.at(0).to);
    QCOMPARE(gaps.at(0).gateway, server.url().toString());
}

void TestCaptureStreams::httpErrorsAreReportedOnce_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expected");
    QTest::newRow("500") << 500 << u"HTTP 500 from the gateway's /log/stream"_s;
    QTest::newRow("401") << 401 << u"401 from the gateway: it requires an admin token"_s;
    QTest::newRow("404") << 404 << u"404 from the gateway: it has no /log/stream"_s;
}

void TestCaptureStreams::httpErrorsAreReportedOnce()
{
    QFETCH(int, status);
    QFETCH(QString, expected);
    // Aborting a reply that has already failed made Qt complain of a second error.
    QTest::failOnWarning(QRegularExpression(u"must only be called once"_s));
    SseServer server;
    QVERIFY(server.listen());
    server.setResponse(SseServer::httpError(status, "Nope"));
    StreamSubscriber::Options options;
    options.gateway = server.url();
    options.initialBackoffMs = 50;
    options.maxBackoffMs = 100;
    StreamSubscriber subscriber(options);
    QStringList waiting;
    connect(&subscriber, &StreamSubscriber::stateChanged, this,
            [&](StreamSubscriber::State state, const QString &message) {
                if (state == StreamSubscriber::State::Waiting)
                    waiting.append(message);
            });
    subscriber.start();
    // Several attempts, each answered with the error, each said once in words of its own.
    QTRY_VERIFY_WITH_TIMEOUT(waiting.size() >= 3, 20000);
    subscriber.stop();
    for (const QString &message : std::as_const(waiting))
        QVERIFY2(message.startsWith(expected), qPrintable(message));
}

void TestCaptureStreams::parsesGatewayUrls()
{
    QString error;
    QCOMPARE(StreamSubscriber::parseGatewayUrl(u"http://127.0.0.1:8787"_s, &error),
             QUrl(u"http://127.0.0.1:8787"_s));
    QCOMPARE(StreamSubscriber::parseGatewayUrl(u" 127.0.0.1:8787 "_s, &error),
             QUrl(u"http://127.0.0.1:8787"_s));
    QCOMPARE(StreamSubscriber::parseGatewayUrl(u"https://gateway.example/base/"_s, &error),
             QUrl(u"https://gateway.example/base/"_s));
    QCOMPARE(StreamSubscriber::parseGatewayUrl(u"http://[::1]:65535"_s, &error),
             QUrl(u"http://[::1]:65535"_s));
    const QStringList bad {u""_s,
                           u"http://"_s,
                           u"https://"_s,
                           u"http://127.0.0.1:99999"_s,
                           u"http://127.0.0.1:0"_s,
                           u"http://127.0.0.1:-1"_s,
                           u"http:///log/stream"_s,
                           u"ftp://127.0.0.1:8787"_s,
                           u"file:///tmp/x"_s,
                           u"http://127.0.0.1:87a7"_s};
    for (const QString &text : bad) {
        error.clear();
        const QUrl url = StreamSubscriber::parseGatewayUrl(text, &error);
        QVERIFY2(url.isEmpty(), qPrintable(text + u" gave "_s + url.toString()));
        QVERIFY2(!error.isEmpty(), qPrintable(text));
    }
}

QTEST_GUILESS_MAIN(TestCaptureStreams)
#include "tst_capturestreams.moc"
