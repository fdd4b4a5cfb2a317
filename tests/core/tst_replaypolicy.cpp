// SPDX-License-Identifier: GPL-3.0-or-later
// ReplayPolicy: every rule of DESIGN.md 7 (endpoint, archived key, prompt in a config target,
// Do-Not-Track) with the sentence the UI shows for it.

#include "logrecord.h"
#include "replaypolicy.h"
#include "resourcecache.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(ReplayEligibility::Rule)

namespace {

LogRecord chatRecord()
{
    LogRecord r;
    r.id = QStringLiteral("log-1");
    r.method = QStringLiteral("POST");
    r.endpoint = QStringLiteral("/v1/chat/completions");
    r.requestType = RequestType::Chat;
    r.request = R"({"model":"gpt-4o-mini","messages":[{"role":"user","content":"hi"}]})";
    return r;
}

QByteArray rawWithHeader(const char *name, const QString &value)
{
    const QJsonObject raw {{QStringLiteral("request"),
                            QJsonObject {{QStringLiteral("headers"),
                                          QJsonObject {{QString::fromLatin1(name), value}}}}}};
    return QJsonDocument(raw).toJson(QJsonDocument::Compact);
}

const char *kPromptConfig = R"({"strategy":{"mode":"fallback"},"targets":[)"
                            R"({"virtual_key":"openai-main"},)"
                            R"({"virtual_key":"openai-backup","prompt_id":"pp-weather-1"}]})";

} // namespace

class TestReplayPolicy : public QObject
{
    Q_OBJECT

private slots:
    void endpointRule_data();
    void endpointRule();
    void doNotTrack_data();
    void doNotTrack();
    void virtualKey_data();
    void virtualKey();
    void promptInConfigTarget_data();
    void promptInConfigTarget();
    void targetAtPaths_data();
    void targetAtPaths();
    void replayPaths_data();
    void replayPaths();
    void cachedLookup();
};

void TestReplayPolicy::endpointRule_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<int>("requestType");
    QTest::addColumn<bool>("allowed");

    const int chat = int(RequestType::Chat);
    QTest::newRow("v1 chat") << u"/v1/chat/completions"_qs << chat << true;
    QTest::newRow("chat without v1") << u"/chat/completions"_qs << chat << true;
    QTest::newRow("completions") << u"/v1/completions"_qs << int(RequestType::Completion) << true;
    QTest::newRow("completions without v1") << u"/completions"_qs << chat << true;
    QTest::newRow("embeddings") << u"/v1/embeddings"_qs << int(RequestType::Embedding) << true;
    QTest::newRow("full url") << u"https://api.portkey.ai/v1/chat/completions?x=1"_qs << chat
                              << true;
    QTest::newRow("trailing slash") << u"/v1/embeddings/"_qs << chat << true;
    QTest::newRow("images") << u"/v1/images/generations"_qs << int(RequestType::Image) << false;
    QTest::newRow("responses") << u"/v1/responses"_qs << int(RequestType::Responses) << false;
    QTest::newRow("messages") << u"/v1/messages"_qs << int(RequestType::Messages) << false;
    QTest::newRow("prompt completions") << u"/v1/prompts/pp-1/completions"_qs << chat << false;
    QTest::newRow("audio") << u"/v1/audio/speech"_qs << int(RequestType::Audio) << false;
    QTest::newRow("no path, chat type") << QString() << chat << true;
    QTest::newRow("no path, unknown type") << QString() << int(RequestType::Unknown) << false;
}

void TestReplayPolicy::endpointRule()
{
    QFETCH(QString, endpoint);
    QFETCH(int, requestType);
    QFETCH(bool, allowed);
    LogRecord r = chatRecord();
    r.endpoint = endpoint;
    r.requestType = RequestType(requestType);
    const ReplayEligibility e = ReplayPolicy::eligibility(r);
    QCOMPARE(e.allowed, allowed);
    if (!allowed) {
        QCOMPARE(e.rule, ReplayEligibility::Rule::Endpoint);
        QVERIFY(e.reason.startsWith(
            u"Only /chat/completions, /completions and /embeddings requests can be replayed"));
        if (!endpoint.isEmpty())
            QVERIFY2(e.reason.contains(endpoint), qPrintable(e.reason));
        else
            QVERIFY(e.reason.contains(u"an unknown endpoint"));
    } else {
        QVERIFY(e.reason.isEmpty());
    }
}

void TestReplayPolicy::doNotTrack_data()
{
    QTest::addColumn<bool>("tracked");
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("reasonStart");

    QTest::newRow("tracked with body") << true << chatRecord().request << true << QString();
    QTest::newRow("do not track") << false << QByteArray() << false
                                  << u"This log is Do-Not-Track"_qs;
    QTest::newRow("do not track wins over a body")
        << false << chatRecord().request << false << u"This log is Do-Not-Track"_qs;
    QTest::newRow("no body") << true << QByteArray() << false << u"This log has no request body"_qs;
}

void TestReplayPolicy::doNotTrack()
{
    QFETCH(bool, tracked);
    QFETCH(QByteArray, request);
    QFETCH(bool, allowed);
    QFETCH(QString, reasonStart);
    LogRecord r = chatRecord();
    r.endpoint = QStringLiteral("/v1/images/generations"); // DNT is named before the endpoint
    r.tracked = tracked;
    r.request = request;
    const ReplayEligibility e = ReplayPolicy::eligibility(r);
    if (allowed) {
        QCOMPARE(e.rule, ReplayEligibility::Rule::Endpoint);
        return;
    }
    QVERIFY(!e.allowed);
    QCOMPARE(e.rule, ReplayEligibility::Rule::DoNotTrack);
    QVERIFY2(e.reason.startsWith(reasonStart), qPrintable(e.reason));
}

void TestReplayPolicy::virtualKey_data()
{
    QTest::addColumn<QString>("recordKey");
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("availability");
    QTest::addColumn<QString>("lookupReason");
    QTest::addColumn<QString>("expectedSlug");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("reasonPart");
    QTest::addColumn<QString>("notePart");

    const int available = int(KeyAvailability::Available);
    const int unavailable = int(KeyAvailability::Unavailable);
    const int unknown = int(KeyAvailability::Unknown);
    QTest::newRow("active key") << u"openai-main"_qs << QByteArray() << available << QString()
                                << u"openai-main"_qs << true << QString() << QString();
    QTest::newRow("archived key")
        << u"openai-old"_qs << QByteArray() << unavailable
        << u"the virtual key or provider openai-old is archived"_qs << u"openai-old"_qs << false
        << u"The virtual key or provider openai-old is archived or no longer exists"_qs
        << QString();
    QTest::newRow("deleted key")
        << u"gone-key"_qs << QByteArray() << unavailable
        << u"the virtual key or provider gone-key no longer exists on the control plane"_qs
        << u"gone-key"_qs << false << u"no longer exists on the control plane"_qs << QString();
    QTest::newRow("offline: allowed with a note")
        << u"openai-main"_qs << QByteArray() << unknown << u"the control plane is unreachable"_qs
        << u"openai-main"_qs << true << QString()
        << u"Could not check whether the virtual key openai-main is still active: the control "
           "plane is unreachable"_qs;
    QTest::newRow("key from the raw headers")
        << QString() << rawWithHeader("x-portkey-virtual-key", u"vk-raw"_qs) << unavailable
        << u"exhausted"_qs << u"vk-raw"_qs << false << u"vk-raw"_qs << QString();
    QTest::newRow("provider slug from the raw headers")
        << QString() << rawWithHeader("x-portkey-provider", u"@prov-archived"_qs) << unavailable
        << u"archived"_qs << u"prov-archived"_qs << false << u"prov-archived"_qs << QString();
    QTest::newRow("plain provider name is not a slug")
        << QString() << rawWithHeader("x-portkey-provider", u"openai"_qs) << unavailable
        << QString() << QString() << true << QString() << QString();
}

void TestReplayPolicy::virtualKey()
{
    QFETCH(QString, recordKey);
    QFETCH(QByteArray, raw);
    QFETCH(int, availability);
    QFETCH(QString, lookupReason);
    QFETCH(QString, expectedSlug);
    QFETCH(bool, allowed);
    QFETCH(QString, reasonPart);
    QFETCH(QString, notePart);

    LogRecord r = chatRecord();
    r.virtualKey = recordKey;
    r.raw = raw;
    QStringList asked;
    const VirtualKeyStatusLookup lookup = [&](const QString &slug, QString *reason) {
        asked << slug;
        *reason = lookupReason;
        return KeyAvailability(availability);
    };
    const ReplayEligibility e = ReplayPolicy::eligibility(r, lookup);
    QCOMPARE(asked, expectedSlug.isEmpty() ? QStringList() : QStringList {expectedSlug});
    QCOMPARE(e.allowed, allowed);
    if (!allowed) {
        QCOMPARE(e.rule, ReplayEligibility::Rule::KeyUnavailable);
        QVERIFY2(e.reason.contains(reasonPart), qPrintable(e.reason));
    }
    if (!notePart.isEmpty())
        QCOMPARE(e.note, notePart);
    else
        QVERIFY2(e.note.isEmpty(), qPrintable(e.note));
}

void TestReplayPolicy::promptInConfigTarget_data()
{
    QTest::addColumn<QString>("promptId");
    QTest::addColumn<QString>("configId");
    QTest::addColumn<QString>("inlineConfig");
    QTest::addColumn<QString>("fetchedConfig");
    QTest::addColumn<QString>("servedTarget");
    QTest::addColumn<bool>("allowed");

    const QString config = QString::fromLatin1(kPromptConfig);
    QTest::newRow("no prompt") << QString() << u"pc-1"_qs << QString() << config
                               << u"config.targets[1]"_qs << true;
    QTest::newRow("served target has prompt_id") << u"pp-weather-1"_qs << u"pc-1"_qs << QString()
                                                 << config << u"config.targets[1]"_qs << false;
    QTest::newRow("served target without prompt_id")
        << u"pp-weather-1"_qs << u"pc-1"_qs << QString() << config << u"config.targets[0]"_qs
        << true;
    QTest::newRow("inline config from the raw headers")
        << u"pp-weather-1"_qs << QString() << config << QString() << u"config.targets[1]"_qs
        << false;
    QTest::newRow("served target unknown, some target has prompt_id")
        << u"pp-weather-1"_qs << u"pc-1"_qs << QString() << config << QString() << false;
    QTest::newRow("config id but config unreadable")
        << u"pp-weather-1"_qs << u"pc-1"_qs << QString() << QString() << u"config.targets[1]"_qs
        << false;
    QTest::newRow("prompt without config")
        << u"pp-weather-1"_qs << QString() << QString() << QString() << QString() << true;
    QTest::newRow("nested served target")
        << u"pp-weather-1"_qs << u"pc-2"_qs << QString()
        << uR"({"strategy":{"mode":"loadbalance"},"targets":[{"strategy":{"mode":"fallback"},)"
           uR"("targets":[{"virtual_key":"a"},{"virtual_key":"b","prompt_id":"pp-weather-1"}]}]})"_qs
        << u"config.targets[0].targets[1]"_qs << false;
}

void TestReplayPolicy::promptInConfigTarget()
{
    QFETCH(QString, promptId);
    QFETCH(QString, configId);
    QFETCH(QString, inlineConfig);
    QFETCH(QString, fetchedConfig);
    QFETCH(QString, servedTarget);
    QFETCH(bool, allowed);

    LogRecord r = chatRecord();
    r.promptId = promptId;
    r.configId = configId;
    r.servedTarget = servedTarget;
    if (!inlineConfig.isEmpty())
        r.raw = rawWithHeader("x-portkey-config", inlineConfig);
    std::optional<QJsonObject> fetched;
    if (!fetchedConfig.isEmpty())
        fetched = QJsonDocument::fromJson(fetchedConfig.toUtf8()).object();
    const ReplayEligibility e = ReplayPolicy::eligibility(r, {}, fetched);
    QCOMPARE(e.allowed, allowed);
    if (!allowed) {
        QCOMPARE(e.rule, ReplayEligibility::Rule::PromptInConfigTarget);
        QVERIFY2(e.reason.startsWith(u"This request came from prompt template pp-weather-1"),
                 qPrintable(e.reason));
        QVERIFY(e.reason.contains(u"prompt playground"));
    }
}

void TestReplayPolicy::targetAtPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expectedKey"); // virtual_key of the target, "-" for none

    QTest::newRow("root") << u"config"_qs << u"-"_qs;
    QTest::newRow("first") << u"config.targets[0]"_qs << u"a"_qs;
    QTest::newRow("nested") << u"config.targets[1].targets[0]"_qs << u"c"_qs;
    QTest::newRow("out of range") << u"config.targets[5]"_qs << QString();
    QTest::newRow("garbage") << u"targets[0]"_qs << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestReplayPolicy::targetAtPaths()
{
    QFETCH(QString, path);
    QFETCH(QString, expectedKey);
    const QJsonObject config
        = QJsonDocument::fromJson(
              R"({"targets":[{"virtual_key":"a"},{"targets":[{"virtual_key":"c"}]}]})")
              .object();
    const std::optional<QJsonObject> target = ReplayPolicy::targetAt(config, path);
    if (expectedKey.isEmpty()) {
        QVERIFY(!target);
        return;
    }
    QVERIFY(target);
    QCOMPARE(target->value(u"virtual_key").toString(u"-"_qs), expectedKey);
}

void TestReplayPolicy::replayPaths_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("path");
    QTest::newRow("chat") << u"/v1/chat/completions"_qs << u"/chat/completions"_qs;
    QTest::newRow("completions") << u"/completions"_qs << u"/completions"_qs;
    QTest::newRow("embeddings") << u"/v1/embeddings"_qs << u"/embeddings"_qs;
    QTest::newRow("images") << u"/v1/images/generations"_qs << QString();
}

void TestReplayPolicy::replayPaths()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, path);
    LogRecord r = chatRecord();
    r.endpoint = endpoint;
    QCOMPARE(ReplayPolicy::replayPath(r), path);
}

void TestReplayPolicy::cachedLookup()
{
    QTemporaryDir root;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ResourceCache cache(root.filePath(u"work"_qs));
    QVERIFY(cache.put(u"virtual-keys"_qs, u"vk-archived"_qs,
                      QJsonObject {{u"slug"_qs, u"vk-archived"_qs}, {u"status"_qs, u"archived"_qs}},
                      now.addSecs(-7200)));
    QVERIFY(cache.put(u"virtual-keys"_qs, u"vk-active"_qs,
                      QJsonObject {{u"slug"_qs, u"vk-active"_qs}, {u"status"_qs, u"active"_qs}},
                      now));
    const VirtualKeyStatusLookup lookup = ReplayPolicy::cachedLookup(root.path());

    LogRecord r = chatRecord();
    r.virtualKey = u"vk-archived"_qs;
    ReplayEligibility e = ReplayPolicy::eligibility(r, lookup);
    QVERIFY(!e.allowed);
    QCOMPARE(e.rule, ReplayEligibility::Rule::KeyUnavailable);
    QVERIFY2(e.reason.contains(u"vk-archived is archived or no longer exists"),
             qPrintable(e.reason));
    QVERIFY2(e.reason.contains(u"(archived on work, "), qPrintable(e.reason));

    r.virtualKey = u"vk-active"_qs;
    e = ReplayPolicy::eligibility(r, lookup);
    QVERIFY(e.allowed);
    QVERIFY(e.note.isEmpty());

    r.virtualKey = u"vk-never-seen"_qs;
    e = ReplayPolicy::eligibility(r, lookup);
    QVERIFY(e.allowed);
    QCOMPARE(e.note,
             u"Could not check whether the virtual key vk-never-seen is still active: it "
             "is not in the control-plane cache"_qs);
}

QTEST_GUILESS_MAIN(TestReplayPolicy)
#include "tst_replaypolicy.moc"
