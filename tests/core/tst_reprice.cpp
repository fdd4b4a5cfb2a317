// SPDX-License-Identifier: GPL-3.0-or-later
#include "logstore.h"
#include "postgresfixture.h"
#include "pricing.h"
#include "repricer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

// Repricing on SQLite and on a throwaway PostgreSQL (started here; the test fails, never skips,
// when it cannot start): hand-computed costs from the built-in table, source costs untouched,
// a second run changing nothing; once through Repricer, once through gatescope-cli reprice.
class TestReprice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void repricesEstimatedCosts_data();
    void repricesEstimatedCosts();
    void dryRunAndFilter_data();
    void dryRunAndFilter();
    void cli_data();
    void cli();

private:
    QString newStore(const QString &backend);
    QTemporaryDir m_dir;
    PostgresFixture m_postgres;
    int m_stores = 0;
};

namespace {

LogRecord makeRecord(const char *id, const char *provider, const char *model, qint64 prompt,
                     qint64 completion, qint64 total)
{
    LogRecord r;
    r.id = QString::fromLatin1(id);
    r.createdAt = QDateTime::fromMSecsSinceEpoch(1765000000000 + prompt, Qt::UTC);
    r.provider = QString::fromLatin1(provider);
    r.model = QString::fromLatin1(model);
    r.promptTokens = prompt;
    r.completionTokens = completion;
    r.totalTokens = total;
    r.statusCode = 200;
    return r;
}

void setCost(LogRecord &r, double cents, bool estimated)
{
    r.costCents = cents;
    r.currency = u"USD"_qs;
    r.costEstimated = estimated;
}

// What the store holds after the first repricing, by the built-in table (per million tokens).
QList<LogRecord> records()
{
    QList<LogRecord> list;
    // gpt-4o, 600 of 1,000 prompt tokens cached, priced before the table knew the cached price
    // (1000 x 2.50 + 500 x 10 = 7500 -> 0.75 cents); now 400 x 2.50 + 600 x 1.25 + 500 x 10
    // = 6750 -> 0.675 cents.
    LogRecord openAi = makeRecord("est-openai", "openai", "gpt-4o", 1000, 500, 1500);
    openAi.cacheReadTokens = 600;
    setCost(openAi, 0.75, true);
    list << openAi;
    // Claude through the gateway: 14 uncached, 6,016 read, 1,248 written, 212 out; priced as
    // 14 x 3 + 212 x 15 = 3222 -> 0.3222 cents; now + 6016 x 0.30 + 1248 x 3.75 = 9706.8
    // -> 0.97068 cents.
    LogRecord claude
        = makeRecord("est-claude", "anthropic", "claude-sonnet-4-20250514", 14, 212, 7490);
    claude.cacheReadTokens = 6016;
    claude.cacheWriteTokens = 1248;
    setCost(claude, 0.3222, true);
    list << claude;
    // No cost yet: o4-mini, 1,920 of 2,417 cached, 1,024 of 1,361 reasoning: 497 x 1.10 +
    // 1920 x 0.275 + 337 x 4.40 + 1024 x 4.40 = 7063.1 -> 0.70631 cents.
    LogRecord missing = makeRecord("missing", "openai", "o4-mini", 2417, 1361, 3778);
    missing.cacheReadTokens = 1920;
    missing.reasoningTokens = 1024;
    list << missing;
    // The gateway's own cost: never touched, whatever the table says.
    LogRecord source = makeRecord("source", "openai", "gpt-4o", 1000, 500, 1500);
    source.cacheReadTokens = 600;
    setCost(source, 3.0, false);
    list << source;
    // A model the table does not know keeps its estimate.
    LogRecord unknown = makeRecord("unknown-est", "local", "my-finetune", 100, 100, 200);
    setCost(unknown, 0.5, true);
    list << unknown;
    // Already what the table gives (1000 x 0.15 + 1000 x 0.60 = 750 -> 0.075 cents).
    LogRecord same = makeRecord("same", "openai", "gpt-4o-mini", 1000, 1000, 2000);
    setCost(same, 0.075, true);
    list << same;
    return list;
}

struct Expected
{
    const char *id;
    double cents;
    bool estimated;
};
const Expected kAfter[]
    = {{"est-openai", 0.675, true}, {"est-claude", 0.97068, true}, {"missing", 0.70631, true},
       {"source", 3.0, false},      {"unknown-est", 0.5, true},    {"same", 0.075, true}};
constexpr double kBefore = 0.75 + 0.3222 + 0 + 0.5 + 0.075;
constexpr double kAfterTotal = 0.675 + 0.97068 + 0.70631 + 0.5 + 0.075;

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-9;
}

} // namespace

void TestReprice::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_postgres.start(&error), qPrintable(error));
}

QString TestReprice::newStore(const QString &backend)
{
    ++m_stores;
    QString location;
    if (backend == u"postgresql") {
        QString error;
        location = m_postgres.databaseUrl(u"reprice%1"_qs.arg(m_stores), &error);
        if (location.isEmpty())
            qWarning("%s", qPrintable(error));
    } else {
        location = m_dir.filePath(u"reprice%1.sqlite"_qs.arg(m_stores));
    }
    QString error;
    auto store = LogStore::open(location, &error);
    if (!store || !store->insert(records(), &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return location;
}

void TestReprice::repricesEstimatedCosts_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_qs;
    QTest::newRow("postgresql") << u"postgresql"_qs;
}

void TestReprice::repricesEstimatedCosts()
{
    QFETCH(QString, backend);
    const QString location = newStore(backend);
    QVERIFY(!location.isEmpty());
    QString error;
    auto store = LogStore::open(location, &error);
    QVERIFY2(store, qPrintable(error));
    const Pricing pricing = Pricing::builtIn();
    Repricer repricer(*store, pricing);

    const auto first = repricer.run(QString(), false, &error);
    QVERIFY2(first, qPrintable(error));
    QCOMPARE(first->examined, qint64(5));
    QCOMPARE(first->changed, qint64(3));
    QCOMPARE(first->unpriced, qint64(1));
    QCOMPARE(first->sourceCosts, qint64(1));
    QVERIFY2(near(first->centsBefore, kBefore), qPrintable(QString::number(first->centsBefore)));
    QVERIFY2(near(first->centsAfter, kAfterTotal), qPrintable(QString::number(first->centsAfter)));

    for (const Expected &e : kAfter) {
        const auto r = store->record(QString::fromLatin1(e.id), &error);
        QVERIFY2(r, qPrintable(error));
        QVERIFY2(r->costCents && near(*r->costCents, e.cents),
                 qPrintable(u"%1: %2"_qs.arg(r->id).arg(r->costCents.value_or(-1))));
        QCOMPARE(r->costEstimated, e.estimated);
        QCOMPARE(r->currency, u"USD"_qs);
    }
    // The list and the totals see the new costs too.
    const auto totals = store->totals(QString(), &error);
    QVERIFY(totals && near(totals->costCents, kAfterTotal + 3.0));

    // Nothing changed in the table: nothing to write.
    const auto second = repricer.run(QString(), false, &error);
    QVERIFY2(second, qPrintable(error));
    QCOMPARE(second->examined, qint64(5));
    QCOMPARE(second->changed, qint64(0));
    QVERIFY(near(second->centsBefore, kAfterTotal));
    QVERIFY(near(second->centsAfter, kAfterTotal));

    // A cheaper table (a user file): the estimates follow, the source cost stays.
    Pricing cheaper = Pricing::builtIn();
    QVERIFY(cheaper.mergeJson(
        R"({"models":[{"provider":"openai","model":"gpt-4o","input":1,"output":4,"cache_read":0.5}]})",
        &error));
    const auto third = Repricer(*store, cheaper).run(QString(), false, &error);
    QVERIFY2(third, qPrintable(error));
    QCOMPARE(third->changed, qint64(1));
    // 400 x 1 + 600 x 0.5 + 500 x 4 = 2700 -> 0.27 cents.
    QVERIFY(near(*store->record(u"est-openai"_qs, &error)->costCents, 0.27));
    QCOMPARE(*store->record(u"source"_qs, &error)->costCents, 3.0);
}

void TestReprice::dryRunAndFilter_data()
{
    repricesEstimatedCosts_data();
}

void TestReprice::dryRunAndFilter()
{
    QFETCH(QString, backend);
    const QString location = newStore(backend);
    QVERIFY(!location.isEmpty());
    QString error;
    auto store = LogStore::open(location, &error);
    QVERIFY2(store, qPrintable(error));
    const Pricing pricing = Pricing::builtIn();
    Repricer repricer(*store, pricing);

    const auto dry = repricer.run(QString(), true, &error);
    QVERIFY2(dry, qPrintable(error));
    QCOMPARE(dry->changed, qint64(3));
    QVERIFY(near(dry->centsAfter, kAfterTotal));
    QCOMPARE(*store->record(u"est-openai"_qs, &error)->costCents, 0.75); // nothing written
    QVERIFY(!store->record(u"missing"_qs, &error)->costCents);

    // model:gpt-4o is the whole name: est-openai and the source cost, not gpt-4o-mini.
    const auto filtered = repricer.run(u"model:gpt-4o"_qs, false, &error);
    QVERIFY2(filtered, qPrintable(error));
    QCOMPARE(filtered->examined, qint64(1));
    QCOMPARE(filtered->sourceCosts, qint64(1));
    QCOMPARE(filtered->changed, qint64(1));
    QVERIFY(near(*store->record(u"est-openai"_qs, &error)->costCents, 0.675));
    QVERIFY(near(*store->record(u"est-claude"_qs, &error)->costCents, 0.3222)); // not selected
}

void TestReprice::cli_data()
{
    repricesEstimatedCosts_data();
}

void TestReprice::cli()
{
    QFETCH(QString, backend);
    const QString cli = qEnvironmentVariable("GATESCOPE_CLI");
    QVERIFY(!cli.isEmpty());
    const QString location = newStore(backend);
    QVERIFY(!location.isEmpty());
    auto run = [&](const QStringList &args) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"GATESCOPE_PRICING"_qs); // the built-in table
        p.setProcessEnvironment(env);
        p.start(cli, args);
        if (!p.waitForFinished(120000))
            qFatal("gatescope-cli did not finish");
        return std::make_pair(p.exitCode(),
                              QByteArray(p.readAllStandardOutput() + p.readAllStandardError()));
    };
    auto [code, out] = run({u"reprice"_qs, u"--db"_qs, location});
    QVERIFY2(code == 0, out.constData());
    QVERIFY2(out.contains("changed 3 of 5 estimated or missing costs"), out.constData());
    // $0.016472 before, $0.0292699 after.
    QVERIFY2(out.contains("total before  $0.0165"), out.constData());
    QVERIFY2(out.contains("total after   $0.0293"), out.constData());
    QVERIFY2(out.contains("1 not in the pricing table"), out.constData());
    QVERIFY2(out.contains("1 costs from the source left alone"), out.constData());

    std::tie(code, out) = run({u"reprice"_qs, u"--db"_qs, location, u"--json"_qs});
    QVERIFY2(code == 0, out.constData());
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    QCOMPARE(o.value(u"changed").toInteger(), 0);
    QCOMPARE(o.value(u"examined").toInteger(), 5);
    QVERIFY(near(o.value(u"cost_cents_after").toDouble(), kAfterTotal));

    std::tie(code, out)
        = run({u"reprice"_qs, u"--db"_qs, location, u"--filter"_qs, u"latency:>fast"_qs});
    QCOMPARE(code, 2);
    QVERIFY2(out.contains("bad filter"), out.constData());
}

QTEST_GUILESS_MAIN(TestReprice)
#include "tst_reprice.moc"
