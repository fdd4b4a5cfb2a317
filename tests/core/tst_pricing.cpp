// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricing.h"

#include <QTemporaryFile>
#include <QTest>

#include <cmath>

class TestPricing : public QObject
{
    Q_OBJECT

private slots:
    void builtInTableLoads();
    void findsModels_data();
    void findsModels();
    void estimatesOnlyUnknownCosts();
    void overrideFileWins();
    void badOverrideIsReported();
    void builtInTableKnowsCachedPrices();
    void openAiCachedAndReasoning();
    void anthropicCacheReadAndWrite();
    void theTotalTellsHowCountsWereMade();
    void geminiReasoningBesideCompletion();
    void modelWithoutCachedPrices();
    void userFileWithNewFields();
    void userFileBadValues_data();
    void userFileBadValues();
};

namespace {

LogRecord usage(const char *provider, const char *model, qint64 prompt, qint64 completion,
                std::optional<qint64> total, std::optional<qint64> reasoning = {},
                std::optional<qint64> cacheRead = {}, std::optional<qint64> cacheWrite = {})
{
    LogRecord r;
    r.provider = QString::fromLatin1(provider);
    r.model = QString::fromLatin1(model);
    r.promptTokens = prompt;
    r.completionTokens = completion;
    r.totalTokens = total;
    r.reasoningTokens = reasoning;
    r.cacheReadTokens = cacheRead;
    r.cacheWriteTokens = cacheWrite;
    return r;
}

const CostPart *partOf(const CostBreakdown &b, CostPart::Kind kind)
{
    for (const CostPart &p : b.parts) {
        if (p.kind == kind)
            return &p;
    }
    return nullptr;
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-9;
}

} // namespace

void TestPricing::builtInTableLoads()
{
    const Pricing pricing = Pricing::builtIn();
    QVERIFY(pricing.size() > 20);
    const auto row = pricing.find(QStringLiteral("openai"), QStringLiteral("gpt-4o"));
    QVERIFY(row);
    QCOMPARE(row->inputPerMillion, 2.5);
    QCOMPARE(row->outputPerMillion, 10.0);
    QCOMPARE(row->currency, QStringLiteral("USD"));
}

void TestPricing::findsModels_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("expected"); // empty: no price

    QTest::newRow("exact") << "openai"
                           << "gpt-4o-mini"
                           << "gpt-4o-mini";
    QTest::newRow("dated") << "openai"
                           << "gpt-4o-2024-08-06"
                           << "gpt-4o";
    QTest::newRow("dated mini") << "openai"
                                << "gpt-4o-mini-2024-07-18"
                                << "gpt-4o-mini";
    QTest::newRow("anthropic dated") << "anthropic"
                                     << "claude-3-5-sonnet-20241022"
                                     << "claude-3-5-sonnet";
    QTest::newRow("latest") << "anthropic"
                            << "claude-3-5-haiku-latest"
                            << "claude-3-5-haiku";
    QTest::newRow("version suffix") << "google"
                                    << "gemini-1.5-flash-002"
                                    << "gemini-1.5-flash";
    QTest::newRow("catalog slug") << "@openai-prod"
                                  << "@openai-prod/gpt-4.1"
                                  << "gpt-4.1";
    QTest::newRow("case") << "OpenAI"
                          << "GPT-4o"
                          << "gpt-4o";
    QTest::newRow("unknown provider") << "azure-openai"
                                      << "gpt-4o"
                                      << "gpt-4o";
    QTest::newRow("prefix at dash") << "openai"
                                    << "gpt-4.1-mini-fast"
                                    << "gpt-4.1-mini";
    QTest::newRow("no dash prefix") << "openai"
                                    << "gpt-4oo"
                                    << "";
    QTest::newRow("embedding") << "openai"
                               << "text-embedding-3-small"
                               << "text-embedding-3-small";
    QTest::newRow("unknown") << "openai"
                             << "my-finetune"
                             << "";
    QTest::newRow("empty") << "openai"
                           << ""
                           << "";
}

void TestPricing::findsModels()
{
    QFETCH(QString, provider);
    QFETCH(QString, model);
    QFETCH(QString, expected);
    const auto row = Pricing::builtIn().find(provider, model);
    if (expected.isEmpty()) {
        QVERIFY(!row);
    } else {
        QVERIFY(row);
        QCOMPARE(row->model, expected);
    }
}

void TestPricing::estimatesOnlyUnknownCosts()
{
    const Pricing pricing = Pricing::builtIn();
    LogRecord r;
    r.provider = QStringLiteral("openai");
    r.model = QStringLiteral("gpt-4o");
    r.promptTokens = 1000;
    r.completionTokens = 500;
    QVERIFY(pricing.estimate(r));
    // 1000 * 2.50 / 1e6 + 500 * 10 / 1e6 dollars = 0.0075 dollars = 0.75 cents
    QVERIFY(qFuzzyCompare(*r.costCents, 0.75));
    QVERIFY(r.costEstimated);
    QCOMPARE(r.currency, QStringLiteral("USD"));

    LogRecord given = r;
    given.costCents = 3.0;
    given.costEstimated = false;
    QVERIFY(!pricing.estimate(given)); // a cost the source gave is never replaced
    QCOMPARE(*given.costCents, 3.0);
    QVERIFY(!given.costEstimated);

    LogRecord noTokens;
    noTokens.model = QStringLiteral("gpt-4o");
    QVERIFY(!pricing.estimate(noTokens)); // unknown stays unknown, never "0"
    QVERIFY(!noTokens.costCents);

    LogRecord unknownModel = r;
    unknownModel.costCents.reset();
    unknownModel.costEstimated = false;
    unknownModel.model = QStringLiteral("mystery-model");
    QVERIFY(!pricing.estimate(unknownModel));
    QVERIFY(!unknownModel.costCents);
}

void TestPricing::overrideFileWins()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(R"({"currency":"EUR","models":[
        {"provider":"openai","model":"gpt-4o","input":1,"output":2},
        {"provider":"local","model":"my-finetune","input":0.5,"output":0.5}]})");
    file.close();
    Pricing pricing = Pricing::builtIn();
    const qsizetype before = pricing.size();
    QString error;
    QVERIFY2(pricing.mergeFile(file.fileName(), &error), qPrintable(error));
    QCOMPARE(pricing.size(), before + 1);
    QCOMPARE(pricing.find(QStringLiteral("openai"), QStringLiteral("gpt-4o"))->inputPerMillion,
             1.0);
    QCOMPARE(pricing.find(QStringLiteral("openai"), QStringLiteral("gpt-4o"))->currency,
             QStringLiteral("EUR"));
    QVERIFY(pricing.find(QStringLiteral("local"), QStringLiteral("my-finetune")));
}

void TestPricing::badOverrideIsReported()
{
    Pricing pricing = Pricing::builtIn();
    const qsizetype before = pricing.size();
    QString error;
    QVERIFY(!pricing.mergeJson(R"({"models":[{"model":"x","input":"cheap"}]})", &error));
    QVERIFY2(error.contains(u"models[0]"), qPrintable(error));
    QVERIFY(!pricing.mergeJson("not json", &error));
    QVERIFY(error.contains(u"invalid JSON"));
    QVERIFY(!pricing.mergeFile(QStringLiteral("/nonexistent/pricing.json"), &error));
    QVERIFY(error.contains(u"/nonexistent/pricing.json"));
    QCOMPARE(pricing.size(), before);
}

void TestPricing::builtInTableKnowsCachedPrices()
{
    const Pricing pricing = Pricing::builtIn();
    const auto gpt4o = pricing.find(QStringLiteral("openai"), QStringLiteral("gpt-4o"));
    QVERIFY(gpt4o);
    QCOMPARE(gpt4o->cacheReadPerMillion, std::optional<double>(1.25)); // half of $2.50
    QVERIFY(!gpt4o->cacheWritePerMillion); // OpenAI bills no cache writes
    QVERIFY(gpt4o->cachedInPrompt);
    const auto sonnet
        = pricing.find(QStringLiteral("anthropic"), QStringLiteral("claude-sonnet-4"));
    QVERIFY(sonnet);
    QCOMPARE(sonnet->cacheReadPerMillion, std::optional<double>(0.30)); // 0.1 x $3
    QCOMPARE(sonnet->cacheWritePerMillion, std::optional<double>(3.75)); // 1.25 x $3
    QVERIFY(!sonnet->cachedInPrompt);
    const auto flash = pricing.find(QStringLiteral("google"), QStringLiteral("gemini-2.5-flash"));
    QVERIFY(flash);
    QVERIFY(!flash->reasoningInCompletion);
    const auto turbo = pricing.find(QStringLiteral("openai"), QStringLiteral("gpt-4-turbo"));
    QVERIFY(turbo && !turbo->cacheReadPerMillion && !turbo->reasoningPerMillion);
}

void TestPricing::openAiCachedAndReasoning()
{
    const Pricing pricing = Pricing::builtIn();
    // The body of tests/data/formats/usage/openai_chat_cached_reasoning.json: 2,417 prompt
    // tokens of which 1,920 cached, 1,361 completion tokens of which 1,024 reasoning.
    LogRecord r = usage("openai", "o4-mini-2025-04-16", 2417, 1361, 3778, 1024, 1920);
    const auto b = pricing.breakdown(r);
    QVERIFY(b);
    QCOMPARE(b->parts.size(), qsizetype(4));
    // o4-mini: $1.10 input, $0.275 cached, $4.40 output and reasoning per million.
    QCOMPARE(partOf(*b, CostPart::Kind::Prompt)->tokens, qint64(497));
    QCOMPARE(partOf(*b, CostPart::Kind::CacheRead)->tokens, qint64(1920));
    QCOMPARE(partOf(*b, CostPart::Kind::Completion)->tokens, qint64(337));
    QCOMPARE(partOf(*b, CostPart::Kind::Reasoning)->tokens, qint64(1024));
    QVERIFY(near(partOf(*b, CostPart::Kind::CacheRead)->pricePerMillion, 0.275));
    // 497 x 1.10 + 1920 x 0.275 + 337 x 4.40 + 1024 x 4.40 = 7063.1 dollars per 1e6 tokens
    // = 0.70631 cents (0.86471 without the cached price).
    QVERIFY(near(partOf(*b, CostPart::Kind::Prompt)->costCents, 0.05467));
    QVERIFY(near(partOf(*b, CostPart::Kind::CacheRead)->costCents, 0.0528));
    QVERIFY(near(b->costCents(), 0.70631));
    QVERIFY(pricing.estimate(r));
    QVERIFY(near(*r.costCents, 0.70631));

    // The issue's example: gpt-4o, 1,000 prompt tokens of which 600 cached, 500 completion:
    // 400 x 2.50 + 600 x 1.25 + 500 x 10 = 6750 -> 0.675 cents.
    LogRecord gpt4o = usage("openai", "gpt-4o", 1000, 500, 1500, 0, 600);
    QVERIFY(pricing.estimate(gpt4o));
    QVERIFY(near(*gpt4o.costCents, 0.675));
}

void TestPricing::anthropicCacheReadAndWrite()
{
    const Pricing pricing = Pricing::builtIn();
    // The gateway's chat completion for Anthropic (gateway_anthropic_chat_cached.json):
    // prompt_tokens = input_tokens 14 without the cache, 6,016 read, 1,248 written, 212 out,
    // total_tokens = 14 + 212 + 1,248 + 6,016.
    LogRecord r = usage("anthropic", "claude-sonnet-4-20250514", 14, 212, 7490, {}, 6016, 1248);
    const auto b = pricing.breakdown(r);
    QVERIFY(b);
    QVERIFY(!b->cachedInPrompt);
    QCOMPARE(partOf(*b, CostPart::Kind::Prompt)->tokens, qint64(14)); // never 14 - 6016 - 1248
    QCOMPARE(partOf(*b, CostPart::Kind::CacheRead)->tokens, qint64(6016));
    QCOMPARE(partOf(*b, CostPart::Kind::CacheWrite)->tokens, qint64(1248));
    QVERIFY(!partOf(*b, CostPart::Kind::Reasoning));
    // 14 x 3 + 6016 x 0.30 + 1248 x 3.75 + 212 x 15 = 9706.8 -> 0.97068 cents.
    QVERIFY(near(partOf(*b, CostPart::Kind::CacheWrite)->costCents, 0.468));
    QVERIFY(near(b->costCents(), 0.97068));

    // Anthropic's own Messages API has no total: the row says the cache is beside the input.
    LogRecord native = r;
    native.totalTokens.reset();
    QVERIFY(near(pricing.breakdown(native)->costCents(), 0.97068));
}

void TestPricing::theTotalTellsHowCountsWereMade()
{
    const Pricing pricing = Pricing::builtIn();
    // Bedrock through the gateway counts the cache inside prompt_tokens (input + read +
    // write) while the table's Claude row says "beside"; the total settles it, so the cached
    // tokens are not billed twice.
    LogRecord bedrock
        = usage("bedrock", "claude-sonnet-4", 14 + 6016 + 1248, 212, 7490, {}, 6016, 1248);
    const auto b = pricing.breakdown(bedrock);
    QVERIFY(b);
    QVERIFY(b->cachedInPrompt);
    QCOMPARE(partOf(*b, CostPart::Kind::Prompt)->tokens, qint64(14));
    QVERIFY(near(b->costCents(), 0.97068));
    // And the other way round: an OpenAI row, a total that holds the cache beside the prompt.
    LogRecord beside = usage("openai", "gpt-4o", 400, 500, 1500, {}, 600);
    const auto o = pricing.breakdown(beside);
    QVERIFY(!o->cachedInPrompt);
    QCOMPARE(partOf(*o, CostPart::Kind::Prompt)->tokens, qint64(400));
    QVERIFY(near(o->costCents(), 0.675));
}

void TestPricing::geminiReasoningBesideCompletion()
{
    const Pricing pricing = Pricing::builtIn();
    // gateway_gemini_chat_thinking.json: completion_tokens is candidatesTokenCount, the 300
    // thoughts come on top (total 1000 + 200 + 300); 400 of the prompt read from the cache.
    LogRecord r = usage("google", "gemini-2.5-flash", 1000, 200, 1500, 300, 400);
    const auto b = pricing.breakdown(r);
    QVERIFY(b);
    QVERIFY(b->cachedInPrompt);
    QVERIFY(!b->reasoningInCompletion);
    QCOMPARE(partOf(*b, CostPart::Kind::Completion)->tokens, qint64(200));
    QCOMPARE(partOf(*b, CostPart::Kind::Reasoning)->tokens, qint64(300));
    // 600 x 0.30 + 400 x 0.03 + 200 x 2.50 + 300 x 2.50 = 1442 -> 0.1442 cents.
    QVERIFY(near(b->costCents(), 0.1442));
}

void TestPricing::modelWithoutCachedPrices()
{
    const Pricing pricing = Pricing::builtIn();
    // gpt-4-turbo has no cached price in the table: cached input is billed as input, and the
    // cost is what it was before cached prices existed (2,048 x 10 + 100 x 30 = 23480).
    LogRecord r = usage("openai", "gpt-4-turbo", 2048, 100, 2148, {}, 1024);
    const auto b = pricing.breakdown(r);
    QVERIFY(b);
    const CostPart *cached = partOf(*b, CostPart::Kind::CacheRead);
    QVERIFY(cached && !cached->ownPrice);
    QCOMPARE(cached->pricePerMillion, 10.0);
    QVERIFY(partOf(*b, CostPart::Kind::Prompt)->ownPrice);
    QVERIFY(near(b->costCents(), 2.348));
    // A log without cached or reasoning counts has just prompt and completion.
    LogRecord plain = usage("openai", "gpt-4o", 1000, 500, 1500);
    QCOMPARE(pricing.breakdown(plain)->parts.size(), qsizetype(2));
    QVERIFY(near(pricing.breakdown(plain)->costCents(), 0.75));
}

void TestPricing::userFileWithNewFields()
{
    Pricing pricing = Pricing::builtIn();
    QString error;
    QVERIFY2(pricing.mergeJson(R"({"models":[
        {"provider":"local","model":"thinker","input":1,"output":2,"cache_read":0.25,
         "cache_write":null,"reasoning":4,"cached_in_prompt":true,
         "reasoning_in_completion":true},
        {"provider":"anthropic","model":"claude-house","input":2,"output":10}]})",
                               &error),
             qPrintable(error));
    const auto thinker = pricing.find(QStringLiteral("local"), QStringLiteral("thinker"));
    QVERIFY(thinker);
    QCOMPARE(thinker->reasoningPerMillion, std::optional<double>(4.0));
    QVERIFY(!thinker->cacheWritePerMillion); // null: no price of its own
    // 800 x 1 + 200 x 0.25 + 200 x 2 + 300 x 4 = 2450 -> 0.245 cents.
    LogRecord r = usage("local", "thinker", 1000, 500, {}, 300, 200);
    QVERIFY(near(pricing.breakdown(r)->costCents(), 0.245));
    // An Anthropic row without the flag counts the cache beside the prompt, as Anthropic does.
    QVERIFY(
        !pricing.find(QStringLiteral("anthropic"), QStringLiteral("claude-house"))->cachedInPrompt);
}

void TestPricing::userFileBadValues_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QStringList>("expected"); // parts of the error message

    QTest::newRow("negative cache_read")
        << QByteArray(R"({"model":"m","input":1,"output":2,"cache_read":-1})")
        << QStringList {u"models[1] (m)"_qs, u"'cache_read'"_qs, u">= 0"_qs, u"-1"_qs};
    QTest::newRow("text reasoning")
        << QByteArray(R"({"model":"m","input":1,"output":2,"reasoning":"cheap"})")
        << QStringList {u"'reasoning'"_qs, u"\"cheap\""_qs, u"per million"_qs};
    QTest::newRow("array cache_write")
        << QByteArray(R"({"model":"m","input":1,"output":2,"cache_write":[1]})")
        << QStringList {u"'cache_write'"_qs, u"an array"_qs};
    QTest::newRow("text flag") << QByteArray(
        R"({"model":"m","input":1,"output":2,"cached_in_prompt":"no"})")
                               << QStringList {u"'cached_in_prompt' must be true or false"_qs};
    QTest::newRow("negative input") << QByteArray(R"({"model":"m","input":-2.5,"output":2})")
                                    << QStringList {u"'input'"_qs, u"-2.5"_qs};
    QTest::newRow("no output") << QByteArray(R"({"model":"m","input":1})")
                               << QStringList {u"models[1]"_qs, u"output"_qs};
}

void TestPricing::userFileBadValues()
{
    QFETCH(QByteArray, row);
    QFETCH(QStringList, expected);
    Pricing pricing = Pricing::builtIn();
    const qsizetype before = pricing.size();
    QString error;
    // A good row before the bad one: nothing of the file is taken.
    QVERIFY(!pricing.mergeJson(R"({"models":[{"provider":"local","model":"good","input":1,)"
                               R"("output":1},)"
                                   + row + "]}",
                               &error));
    for (const QString &part : expected)
        QVERIFY2(error.contains(part), qPrintable(error));
    QCOMPARE(pricing.size(), before);
    QVERIFY(!pricing.find(QStringLiteral("local"), QStringLiteral("good")));
}

QTEST_GUILESS_MAIN(TestPricing)
#include "tst_pricing.moc"
