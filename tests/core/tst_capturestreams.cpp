// SPDX-License-Identifier: GPL-3.0-or-later
// The byte-level pieces of live capture: SSE framing (the gateway's /log/stream and an
// upstream's streamed completion) and the reassembly of a streamed completion.

#include "sseparser.h"
#include "streamreassembler.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestCaptureStreams : public QObject
{
    Q_OBJECT

private slots:
    void splitsFramesWhereverTheBytesBreak();
    void handlesCrLfCommentsAndMultilineData();
    void reassemblesAChatStreamWithUsage();
    void reassemblesToolCallsAndTextCompletions();
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

QTEST_GUILESS_MAIN(TestCaptureStreams)
#include "tst_capturestreams.moc"
