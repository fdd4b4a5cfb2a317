// SPDX-License-Identifier: GPL-3.0-or-later
// Replay through the real @portkey-ai/gateway (tests/integration/node_modules) and our upstream
// stub: a chat request captured by `gatescope-cli record` is replayed streaming with an edited
// message and model, the new answer arrives token by token, the word diff shows the change, the
// run is saved as a log linked to the original, and Stop cancels a stream half-way.

#include "gatewayfixture.h"
#include "integrationhttp.h"
#include "logstore.h"
#include "replayclient.h"
#include "replaypolicy.h"
#include "worddiff.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray kKey = "sk-test-REPLAY-KEY-41c9d2";

quint16 portFromListenLine(const QString &line)
{
    const QRegularExpressionMatch m
        = QRegularExpression(QStringLiteral("listening on http://[^:]+:(\\d+)")).match(line);
    return m.hasMatch() ? quint16(m.captured(1).toUInt()) : 0;
}

} // namespace

class TestReplay : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void replaysAnEditedCapturedRequestStreaming();
    void stopCancelsMidStream();
    void stopCancelsBeforeTheFirstToken();

private:
    ReplayTarget target() const;

    GatewayFixture m_fixture;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
};

void TestReplay::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.start(&error), qPrintable(error));
    QVERIFY(m_dir.isValid());
}

void TestReplay::cleanupTestCase()
{
    m_fixture.stop();
}

ReplayTarget TestReplay::target() const
{
    ReplayTarget t;
    t.kind = ReplayTarget::Kind::GatewayHeaders;
    t.baseUrl = QUrl(m_fixture.gatewayUrl() + QStringLiteral("/v1"));
    t.provider = QStringLiteral("openai");
    t.customHost = m_fixture.stubUrl('A');
    t.apiKey = QString::fromLatin1(kKey);
    return t;
}

void TestReplay::replaysAnEditedCapturedRequestStreaming()
{
    // Capture: a streamed chat request through the recording proxy in front of the gateway.
    const QString db = m_dir.filePath(QStringLiteral("replay.sqlite"));
    CliProcess record;
    QString error;
    QVERIFY2(record.start({QStringLiteral("record"), QStringLiteral("--listen"),
                           QStringLiteral("127.0.0.1:0"), QStringLiteral("--upstream"),
                           m_fixture.gatewayUrl(), QStringLiteral("--db"), db},
                          &error),
             qPrintable(error));
    const quint16 port
        = portFromListenLine(record.waitForStderr(QStringLiteral("listening on"), 15000));
    QVERIFY2(port != 0, qPrintable(record.stderrText()));
    const QJsonObject body {
        {QStringLiteral("model"), QStringLiteral("gpt-4o-mini")},
        {QStringLiteral("stream"), true},
        {QStringLiteral("stream_options"), QJsonObject {{QStringLiteral("include_usage"), true}}},
        {QStringLiteral("messages"),
         QJsonArray {QJsonObject {{QStringLiteral("role"), QStringLiteral("system")},
                                  {QStringLiteral("content"), QStringLiteral("Be brief.")}},
                     QJsonObject {{QStringLiteral("role"), QStringLiteral("user")},
                                  {QStringLiteral("content"),
                                   QStringLiteral("What is the weather in Oslo?")}}}}};
    const HttpResult captured = httpSend(
        m_network, "POST", QStringLiteral("http://127.0.0.1:%1/v1/chat/completions").arg(port),
        target().headers(), compactJson(body));
    QCOMPARE(captured.status, 200);
    QCOMPARE(waitForCount(db, QString(), 1, 15000), 1);
    record.terminate();

    std::unique_ptr<LogStore> store = LogStore::open(db, &error);
    QVERIFY2(store, qPrintable(error));
    const QList<LogRecord> records = allRecords(*store);
    QCOMPARE(records.size(), 1);
    const LogRecord original = records.first();
    const ReplayEligibility eligibility = ReplayPolicy::eligibility(original);
    QVERIFY2(eligibility.allowed, qPrintable(eligibility.reason));
    QCOMPARE(ReplayPolicy::replayPath(original), u"/chat/completions"_qs);
    const QString originalAnswer
        = ReplayClient::answerText(QJsonDocument::fromJson(original.response).object());
    QCOMPARE(originalAnswer, u"Hello from upstream A: gpt-4o-mini"_qs);

    // Edit: the user's message and the model (the stub's answer names the model).
    QJsonObject edited = QJsonDocument::fromJson(original.request).object();
    QJsonArray messages = edited.value(u"messages").toArray();
    QJsonObject user = messages.at(1).toObject();
    user.insert(u"content", u"What is the weather in Bergen?"_qs);
    messages.replace(1, user);
    edited.insert(u"messages", messages);
    edited.insert(u"model", u"gpt-4o-replayed"_qs);
    QVERIFY(edited.value(u"stream").toBool());

    ReplayClient client;
    QStringList tokens;
    connect(&client, &ReplayClient::tokenReceived, this,
            [&tokens](const QString &token) { tokens << token; });
    QSignalSpy finished(&client, &ReplayClient::finished);
    QSignalSpy failed(&client, &ReplayClient::failed);
    QVERIFY(client.run(target(), ReplayPolicy::replayPath(original), edited, original.id));
    QVERIFY(client.isRunning());
    QVERIFY2(finished.wait(30000),
             failed.isEmpty() ? "no answer" : qPrintable(failed.first().first().toString()));
    QVERIFY(failed.isEmpty());
    const RunResult result = finished.first().first().value<RunResult>();

    QCOMPARE(result.status, 200);
    QVERIFY2(tokens.size() >= 3, qPrintable(tokens.join(u'|'))); // it arrived piece by piece
    QCOMPARE(tokens.join(QString()), u"Hello from upstream A: gpt-4o-replayed"_qs);
    QCOMPARE(result.text, tokens.join(QString()));
    QVERIFY(result.ttftMs);
    QVERIFY(*result.ttftMs <= result.latencyMs);
    QVERIFY(result.totalTokens && *result.totalTokens > 0);
    QVERIFY(result.promptTokens && result.completionTokens);
    QCOMPARE(ReplayClient::answerText(QJsonDocument::fromJson(result.responseJson).object()),
             result.text);

    // The upstream saw the edited message, through the gateway.
    const HttpResult calls = httpSend(
        m_network, "GET",
        QStringLiteral("http://127.0.0.1:%1/__requests").arg(m_fixture.stubPort('A')), {});
    const QJsonArray seen = QJsonDocument::fromJson(calls.body).array();
    QVERIFY(!seen.isEmpty());
    QCOMPARE(seen.last().toObject().value(u"model").toString(), u"gpt-4o-replayed"_qs);
    QVERIFY(seen.last().toObject().value(u"stream").toBool());

    // The diffs: the request's edited word, and the answer's changed word.
    const auto requestDiff = WordDiff::diff(
        QString::fromUtf8(QJsonDocument(QJsonDocument::fromJson(original.request).object())
                              .toJson(QJsonDocument::Indented)),
        QString::fromUtf8(QJsonDocument(edited).toJson(QJsonDocument::Indented)));
    QString removed, added;
    for (const WordDiff::Piece &piece : requestDiff) {
        if (piece.op == WordDiff::Op::Removed)
            removed += piece.text;
        if (piece.op == WordDiff::Op::Added)
            added += piece.text;
    }
    QVERIFY2(removed.contains(u"Oslo?"), qPrintable(removed));
    QVERIFY2(added.contains(u"Bergen?"), qPrintable(added));
    const auto answerDiff = WordDiff::diff(originalAnswer, result.text);
    QCOMPARE(answerDiff,
             (QList<WordDiff::Piece> {{WordDiff::Op::Equal, u"Hello from upstream A: "_qs},
                                      {WordDiff::Op::Removed, u"gpt-4o-mini"_qs},
                                      {WordDiff::Op::Added, u"gpt-4o-replayed"_qs}}));
    QVERIFY(WordDiff::htmlAfter(answerDiff).contains(u"gpt-4o-replayed</span>"));
    QVERIFY(WordDiff::htmlBefore(answerDiff).contains(u"gpt-4o-mini</span>"));

    // Save as log: a new record linked to the original.
    const LogRecord saved = ReplayClient::recordFor(result, original, u"/chat/completions"_qs);
    QVERIFY(store->insert({saved}, &error));
    const std::optional<LogRecord> back = store->record(saved.id, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->replayOf, original.id);
    QCOMPARE(back->source, u"playground"_qs);
    QCOMPARE(back->model, u"gpt-4o-replayed"_qs);
    QCOMPARE(back->statusCode, std::optional<int>(200));
}

void TestReplay::stopCancelsMidStream()
{
    QJsonObject request {{QStringLiteral("model"), QStringLiteral("gpt-4o-stop")},
                         {QStringLiteral("stream"), true},
                         {QStringLiteral("messages"),
                          QJsonArray {QJsonObject {{QStringLiteral("role"), QStringLiteral("user")},
                                                   {QStringLiteral("content"), u"Hi"_qs}}}}};
    ReplayClient client;
    QStringList tokens;
    // Stop as soon as the first piece of the answer is shown, as a user pressing Stop would.
    connect(&client, &ReplayClient::tokenReceived, this, [&](const QString &token) {
        tokens << token;
        client.stop();
    });
    QSignalSpy finished(&client, &ReplayClient::finished);
    QSignalSpy failed(&client, &ReplayClient::failed);
    QVERIFY(client.run(target(), u"/chat/completions"_qs, request));
    QVERIFY(failed.wait(30000));
    QVERIFY(!client.isRunning());
    QCOMPARE(tokens.size(), 1);
    QVERIFY(failed.first().first().toString().startsWith(u"Stopped after"));
    const QString full = u"Hello from upstream A: gpt-4o-stop"_qs;
    QVERIFY(full.startsWith(client.partialText()));
    QVERIFY(client.partialText().size() < full.size());
    QTest::qWait(300); // the rest of the stream would have arrived by now
    QCOMPARE(tokens.size(), 1);
    QVERIFY(finished.isEmpty());
    QCOMPARE(failed.size(), 1);
}

void TestReplay::stopCancelsBeforeTheFirstToken()
{
    // The stub's -slow option holds the answer back; Stop ends the wait.
    QJsonObject request {{QStringLiteral("model"), QStringLiteral("gpt-4o-slow5000")},
                         {QStringLiteral("stream"), true},
                         {QStringLiteral("messages"),
                          QJsonArray {QJsonObject {{QStringLiteral("role"), QStringLiteral("user")},
                                                   {QStringLiteral("content"), u"Hi"_qs}}}}};
    ReplayClient client;
    QSignalSpy tokens(&client, &ReplayClient::tokenReceived);
    QSignalSpy finished(&client, &ReplayClient::finished);
    QSignalSpy failed(&client, &ReplayClient::failed);
    QVERIFY(client.run(target(), u"/chat/completions"_qs, request));
    QTest::qWait(300);
    QVERIFY(client.isRunning());
    client.stop();
    QCOMPARE(failed.size(), 1);
    QVERIFY(!client.isRunning());
    QTest::qWait(300);
    QVERIFY(tokens.isEmpty());
    QVERIFY(finished.isEmpty());
    QCOMPARE(failed.size(), 1);
}

QTEST_GUILESS_MAIN(TestReplay)
#include "tst_replay.moc"
