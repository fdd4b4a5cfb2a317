// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricing.h"

#include <QTemporaryFile>
#include <QTest>

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
};

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

QTEST_GUILESS_MAIN(TestPricing)
#include "tst_pricing.moc"
