// SPDX-License-Identifier: GPL-3.0-or-later
// What a stored log knows of its gateway config, read from real records: the gateway's log
// stream (fallback and load balancing: targets tried, none of the config), a Portkey log object
// (an inline x-portkey-config in portkeyHeaders), a proxy recording (the header as sent), a
// config in the body, a config id, and the spec's "$.config.options[0]" path form.
#include "fixturerecord.h"
#include "logconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class TestLogConfig : public QObject
{
    Q_OBJECT

private slots:
    void streamFallbackNamesTheTargetsTried();
    void streamLoadbalanceNamesTheServedTarget();
    void streamSingleTargetHasNoEntry();
    void logObjectInlineHeader();
    void proxyHeaderIdAndBodyConfig();
    void unreadableInlineConfig();
    void exportRowPathForms();
};

void TestLogConfig::streamFallbackNamesTheTargetsTried()
{
    const LogRecord r
        = TestData::firstRecord(u"gateway-stream/fallback_first_target_fails.jsonl"_qs);
    QVERIFY(LogConfig::hasEntry(r));
    const LogConfig c = LogConfig::read(r);
    QVERIFY(c.configId.isEmpty());
    QVERIFY(!c.inlineConfig);
    QCOMPARE(c.strategy, Strategy::Fallback);
    QCOMPARE(c.servedTarget, u"config.targets[1]"_qs);
    QCOMPARE(c.attempts.size(), 2);
    QCOMPARE(c.attempts.at(0).ok, std::optional<bool>(false));
    QCOMPARE(c.attempts.at(1).ok, std::optional<bool>(true));
    QCOMPARE(c.attemptsAt(u"config.targets[0]"_qs), QList<int> {0});
    QCOMPARE(c.summary(), u"fallback, served by config.targets[1]"_qs);

    // The tree of what the stream logged per target, in the config's words, without the key.
    const QJsonObject tree = c.namedTargets();
    QCOMPARE(tree.value(u"strategy").toObject().value(u"mode").toString(), u"fallback"_qs);
    const QJsonArray targets = tree.value(u"targets").toArray();
    QCOMPARE(targets.size(), 2);
    QCOMPARE(targets.at(0).toObject().value(u"provider").toString(), u"openai"_qs);
    QCOMPARE(targets.at(0)[u"override_params"][u"model"].toString(), u"gpt-4o-always500"_qs);
    QCOMPARE(targets.at(1)[u"override_params"][u"model"].toString(), u"gpt-4o-mini"_qs);
    QCOMPARE(targets.at(1)[u"custom_host"].toString(), u"http://127.0.0.1:18082/v1"_qs);
    const QByteArray json = QJsonDocument(tree).toJson();
    QVERIFY(!json.contains("apiKey"));
    QVERIFY(!json.contains("api_key"));
    QVERIFY(!json.contains("NOT-A-REAL-KEY"));
}

void TestLogConfig::streamLoadbalanceNamesTheServedTarget()
{
    const LogRecord r = TestData::firstRecord(u"gateway-stream/loadbalance_10_requests.jsonl"_qs);
    QVERIFY(LogConfig::hasEntry(r));
    const LogConfig c = LogConfig::read(r);
    QCOMPARE(c.strategy, Strategy::Loadbalance);
    QCOMPARE(c.servedTarget, u"config.targets[1]"_qs);
    const QJsonArray targets = c.namedTargets().value(u"targets").toArray();
    // Target 0 was not tried: the stream knows only that it exists.
    QCOMPARE(targets.size(), 2);
    QVERIFY(targets.at(0).toObject().isEmpty());
    QCOMPARE(targets.at(1)[u"weight"].toDouble(), 0.3);
    QCOMPARE(c.namedTargets()[u"strategy"][u"mode"].toString(), u"loadbalance"_qs);
}

void TestLogConfig::streamSingleTargetHasNoEntry()
{
    const LogRecord r = TestData::firstRecord(u"gateway-stream/chat_plain.jsonl"_qs);
    QVERIFY(!LogConfig::hasEntry(r));
    QVERIFY(LogConfig::read(r).namedTargets().isEmpty());
}

void TestLogConfig::logObjectInlineHeader()
{
    const LogRecord r = TestData::firstRecord(u"portkey/sample_log_object.json"_qs);
    const LogConfig c = LogConfig::read(r);
    QVERIFY(c.inlineConfig);
    QCOMPARE(c.origin, LogConfig::Origin::Header);
    QCOMPARE(c.inlineConfig->value(u"provider").toString(), u"openai"_qs);
    QVERIFY(c.configId.isEmpty());
    QCOMPARE(c.servedTarget, u"config"_qs);
    QVERIFY(LogConfig::hasEntry(r));
}

void TestLogConfig::proxyHeaderIdAndBodyConfig()
{
    // The recording proxy keeps the client's headers in raw.request.headers.
    LogRecord r;
    r.raw = R"({"request":{"headers":{"x-portkey-config":"pc-main-1a2b3c"}},)"
            R"("response":{"headers":{"x-portkey-last-used-option-index":"config.targets[1]"}}})";
    r.servedTarget = QStringLiteral("config.targets[1]");
    LogConfig c = LogConfig::read(r);
    QCOMPARE(c.configId, u"pc-main-1a2b3c"_qs);
    QVERIFY(!c.inlineConfig);
    QCOMPARE(c.summary(), u"pc-main-1a2b3c, served by config.targets[1]"_qs);

    LogRecord body;
    body.request = R"({"model":"gpt-4o","messages":[],"config":{"strategy":{"mode":"fallback"},)"
                   R"("targets":[{"provider":"openai"},{"provider":"anthropic"}]}})";
    c = LogConfig::read(body);
    QVERIFY(c.inlineConfig);
    QCOMPARE(c.origin, LogConfig::Origin::Body);
    QCOMPARE(c.inlineConfig->value(u"targets").toArray().size(), 2);
    QVERIFY(LogConfig::hasEntry(body));

    // A body field called config that is no gateway config is not taken for one.
    LogRecord other;
    other.request = R"({"model":"gpt-4o","config":{"temperature":1}})";
    QVERIFY(!LogConfig::read(other).inlineConfig);
    QVERIFY(!LogConfig::hasEntry(other));
}

void TestLogConfig::unreadableInlineConfig()
{
    const QJsonObject client
        = QJsonDocument::fromJson(
              TestData::read(u"gateway-stream/invalid_config_json.client.json"_qs))
              .object();
    const QString header
        = client[u"client"][0][u"request"][u"headers"][u"x-portkey-config"].toString();
    QVERIFY(header.startsWith(u'{'));
    LogRecord r;
    r.raw = QJsonDocument(
                QJsonObject {
                    {QStringLiteral("request"),
                     QJsonObject {{QStringLiteral("headers"),
                                   QJsonObject {{QStringLiteral("x-portkey-config"), header}}}}}})
                .toJson(QJsonDocument::Compact);
    const LogConfig c = LogConfig::read(r);
    QVERIFY(!c.inlineConfig);
    QCOMPARE(c.unreadableInline, header);
    QVERIFY(LogConfig::hasEntry(r));
}

void TestLogConfig::exportRowPathForms()
{
    QCOMPARE(LogConfig::normalisedPath(u"$.config.options[0]"_qs), u"config.targets[0]"_qs);
    QCOMPARE(LogConfig::normalisedPath(u"config.targets[0].targets[1]"_qs),
             u"config.targets[0].targets[1]"_qs);
    QCOMPARE(LogConfig::pathIndexes(u"config.targets[0].targets[12]"_qs), (QList<int> {0, 12}));
    QCOMPARE(LogConfig::pathIndexes(u"config"_qs), QList<int> {});
    QVERIFY(!LogConfig::pathIndexes(u"routes.a"_qs));

    // An export row: mode and the served path, no attempts, no config.
    LogRecord r;
    r.configId = QStringLiteral("pc-export-9");
    r.strategy = Strategy::Fallback;
    r.servedTarget = QStringLiteral("$.config.options[1]");
    const LogConfig c = LogConfig::read(r);
    QCOMPARE(c.servedTarget, u"config.targets[1]"_qs);
    QCOMPARE(c.namedTargets().value(u"targets").toArray().size(), 2);
}

QTEST_GUILESS_MAIN(TestLogConfig)
#include "tst_logconfig.moc"
