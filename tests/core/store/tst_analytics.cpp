// SPDX-License-Identifier: GPL-3.0-or-later
// The analytics aggregates against figures worked out by hand on a store of seven logs, and
// feedback that follows the trace id. On SQLite, or with GATESCOPE_STORE_BACKEND=postgresql on a
// throwaway PostgreSQL that the test starts (and fails, never skips, when it cannot): the same
// expectations on both backends (tests/CMakeLists.txt runs it twice).
#include "analytics.h"
#include "logstore.h"
#include "postgresfixture.h"

#include <QMap>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace {

const QDateTime kT0(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc());
constexpr qint64 kHour = 3600 * 1000;

LogRecord makeLog(const QString &id, int minutes, const QString &model, const QString &user,
                  std::optional<int> status, std::optional<qint64> latency,
                  std::optional<double> cost, CacheState cache)
{
    LogRecord r;
    r.id = id;
    r.createdAt = kT0.addSecs(minutes * 60);
    r.requestType = RequestType::Chat;
    r.provider = QStringLiteral("openai");
    r.model = model;
    if (!user.isEmpty())
        r.metadata.insert(QStringLiteral("_user"), user);
    r.statusCode = status;
    r.latencyMs = latency;
    r.costCents = cost;
    if (cost)
        r.totalTokens = qint64(*cost * 10);
    r.cache = cache;
    r.retryCount = 0;
    r.fallbackActive = false;
    return r;
}

FeedbackEntry feedback(const QString &id, double value, double weight)
{
    FeedbackEntry f;
    f.id = id;
    f.value = value;
    f.weight = weight;
    f.metadata.insert(QStringLiteral("_user"), QStringLiteral("tester"));
    f.createdAt = kT0.addDays(1);
    return f;
}

// What the charts must show for `logs` in `q`, worked out here log by log.
struct Expected
{
    QList<TimeBucket> buckets;
    QMap<QString, std::pair<qint64, double>> users; // lower case: requests, cost
    QMap<int, qint64> codes;
    qint64 cacheable = 0, simpleHits = 0, semanticHits = 0;
};

Expected expectedCharts(const QList<LogRecord> &logs, const AnalyticsQuery &q)
{
    Expected e;
    e.buckets.resize(q.bucketCount());
    for (const LogRecord &r : logs) {
        const qint64 t = r.createdAt.toMSecsSinceEpoch();
        if (t < q.fromMs || t >= q.toMs)
            continue;
        TimeBucket &b = e.buckets[(t - q.fromMs) / q.bucketMs];
        ++b.requests;
        b.costCents += r.costCents.value_or(0);
        b.tokens += r.totalTokens.value_or(0);
        if (r.statusCode) {
            ++b.withStatus;
            ++e.codes[*r.statusCode];
            b.errors += *r.statusCode >= 400;
        }
        const bool cacheable = r.cache != CacheState::Unknown && r.cache != CacheState::Disabled;
        b.cacheable += cacheable;
        e.cacheable += cacheable;
        b.simpleHits += r.cache == CacheState::Hit;
        e.simpleHits += r.cache == CacheState::Hit;
        b.semanticHits += r.cache == CacheState::SemanticHit;
        e.semanticHits += r.cache == CacheState::SemanticHit;
        const QString user = r.metadata.value(QStringLiteral("_user"));
        if (r.metadata.contains(QStringLiteral("_user"))) {
            auto &u = e.users[user.toLower()];
            ++u.first;
            u.second += r.costCents.value_or(0);
        }
    }
    return e;
}

} // namespace

class TestAnalytics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bucketSizes_data();
    void bucketSizes();
    void timeSeries();
    void timeSeriesFollowsTheFilter();
    void latencyPercentiles();
    void topUsers();
    void usersGroupWhateverTheirSpelling();
    void statusCodes();
    void cacheStats();
    void feedbackAggregates();
    void feedbackValuesRoundHalfAwayFromZero();
    void feedbackFollowsTheTrace();
    void timeBounds();
    void chartsFollowEveryChange();
    void cleanupTestCase();

private:
    AnalyticsQuery range(const QString &filter = {}) const;

    QTemporaryDir m_dir;
    std::unique_ptr<PostgresFixture> m_postgres;
    std::unique_ptr<LogStore> m_store;
};

AnalyticsQuery TestAnalytics::range(const QString &filter) const
{
    AnalyticsQuery q;
    q.filter = filter;
    q.fromMs = kT0.toMSecsSinceEpoch();
    q.toMs = q.fromMs + 3 * kHour;
    q.bucketMs = kHour;
    return q;
}

void TestAnalytics::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QString location = m_dir.filePath(QStringLiteral("analytics.sqlite"));
    if (qEnvironmentVariable("GATESCOPE_STORE_BACKEND") == u"postgresql") {
        m_postgres = std::make_unique<PostgresFixture>();
        QVERIFY2(m_postgres->start(&error), qPrintable(error));
        location = m_postgres->databaseUrl(QStringLiteral("analytics"), &error);
        QVERIFY2(!location.isEmpty(), qPrintable(error));
    }
    m_store = LogStore::open(location, &error);
    QVERIFY2(m_store, qPrintable(error));

    QList<LogRecord> logs;
    // Bucket 0 (00:00-01:00)
    LogRecord r1 = makeLog(QStringLiteral("r1"), 10, QStringLiteral("a"), QStringLiteral("alice"),
                           200, 100, 1.0, CacheState::Hit);
    r1.traceId = QStringLiteral("t1");
    logs << r1;
    LogRecord r2 = makeLog(QStringLiteral("r2"), 20, QStringLiteral("a"), QStringLiteral("bob"),
                           500, 300, 2.0, CacheState::Miss);
    r2.retryCount = -1;
    logs << r2;
    // Bucket 1 (01:00-02:00)
    LogRecord r3 = makeLog(QStringLiteral("r3"), 70, QStringLiteral("b"), QStringLiteral("alice"),
                           200, 200, 3.0, CacheState::SemanticHit);
    r3.retryCount = 2; // rescued by a retry
    logs << r3;
    LogRecord r4 = makeLog(QStringLiteral("r4"), 80, QStringLiteral("b"), QStringLiteral("carol"),
                           429, 400, 4.0, CacheState::Disabled);
    r4.fallbackActive = true; // a fallback that still failed
    logs << r4;
    LogRecord r5 = makeLog(QStringLiteral("r5"), 90, QStringLiteral("b"), QString(), 200, 500, 5.0,
                           CacheState::Miss);
    r5.fallbackActive = true; // rescued by a fallback
    r5.traceId = QStringLiteral("t1");
    logs << r5;
    // Bucket 2 (02:00-03:00): nothing known but the status.
    logs << makeLog(QStringLiteral("r6"), 150, QStringLiteral("a"), QStringLiteral("alice"), 200,
                    std::nullopt, std::nullopt, CacheState::Unknown);
    // Outside the range.
    logs << makeLog(QStringLiteral("r7"), 240, QStringLiteral("a"), QStringLiteral("alice"), 200,
                    50, 9.0, CacheState::Hit);
    QVERIFY2(m_store->insert(logs, &error), qPrintable(error));

    QVERIFY2(
        m_store->addFeedback(QStringLiteral("r1"), feedback(QStringLiteral("f1"), 1, 1), &error),
        qPrintable(error));
    QVERIFY(m_store->addFeedback(QStringLiteral("r2"), feedback(QStringLiteral("f2"), -10, 0.5),
                                 &error));
    QVERIFY(m_store->addFeedback(QStringLiteral("r3"), feedback(QStringLiteral("f3"), 4, 0.25),
                                 &error));
    QVERIFY(m_store->addFeedback(QStringLiteral("r3"), feedback(QStringLiteral("f4"), 8, 0.75),
                                 &error));
}

void TestAnalytics::bucketSizes_data()
{
    QTest::addColumn<qint64>("span");
    QTest::addColumn<qint64>("bucket");
    const qint64 minute = 60 * 1000;
    QTest::newRow("hour") << kHour << minute;
    QTest::newRow("day") << 24 * kHour << 30 * minute;
    QTest::newRow("week") << 7 * 24 * kHour << 3 * kHour;
    QTest::newRow("month") << 30 * 24 * kHour << 12 * kHour;
    QTest::newRow("year") << 365 * 24 * kHour << 7 * 24 * kHour;
}

void TestAnalytics::bucketSizes()
{
    QFETCH(qint64, span);
    QFETCH(qint64, bucket);
    QCOMPARE(AnalyticsQuery::bucketFor(span), bucket);
    AnalyticsQuery q;
    q.toMs = span;
    q.bucketMs = bucket;
    QVERIFY(q.bucketCount() <= 60);
}

void TestAnalytics::timeSeries()
{
    QString error;
    const auto series = m_store->timeSeries(range(), &error);
    QVERIFY2(series, qPrintable(error));
    QCOMPARE(series->size(), 3);
    const TimeBucket &b0 = series->at(0), &b1 = series->at(1), &b2 = series->at(2);
    QCOMPARE(b0.startMs, kT0.toMSecsSinceEpoch());
    QCOMPARE(b1.startMs, kT0.toMSecsSinceEpoch() + kHour);

    QCOMPARE(b0.requests, 2);
    QCOMPARE(b0.costCents, 3.0);
    QCOMPARE(b0.tokens, 30);
    QCOMPARE(*b0.avgLatencyMs, 200.0);
    QCOMPARE(b0.errors, 1);
    QCOMPARE(*b0.errorRate(), 50.0);
    QCOMPARE(b0.rescuedByRetry, 0);
    QCOMPARE(b0.rescuedByFallback, 0);
    QCOMPARE(b0.cacheable, 2);
    QCOMPARE(b0.simpleHits, 1);
    QCOMPARE(b0.semanticHits, 0);

    QCOMPARE(b1.requests, 3);
    QCOMPARE(b1.costCents, 12.0);
    QCOMPARE(b1.tokens, 120);
    QCOMPARE(*b1.avgLatencyMs, 1100.0 / 3);
    QCOMPARE(b1.errors, 1); // the 429
    QCOMPARE(b1.rescuedByRetry, 1); // r3
    QCOMPARE(b1.rescuedByFallback, 1); // r5, not the failed r4
    QCOMPARE(b1.cacheable, 2); // disabled does not count
    QCOMPARE(b1.simpleHits, 0);
    QCOMPARE(b1.semanticHits, 1);
    QCOMPARE(*b1.cacheHitRate(), 50.0);

    QCOMPARE(b2.requests, 1);
    QCOMPARE(b2.costCents, 0.0);
    QVERIFY(!b2.avgLatencyMs); // unknown, not 0
    QCOMPARE(b2.errors, 0);
    QVERIFY(!b2.cacheHitRate());
}

void TestAnalytics::timeSeriesFollowsTheFilter()
{
    QString error;
    const auto series = m_store->timeSeries(range(QStringLiteral("model:b")), &error);
    QVERIFY2(series, qPrintable(error));
    QCOMPARE(series->at(0).requests, 0);
    QCOMPARE(series->at(1).requests, 3);
    QCOMPARE(series->at(2).requests, 0);
    QVERIFY(!m_store->timeSeries(range(QStringLiteral("model:")), &error));
    QVERIFY(!error.isEmpty());
}

void TestAnalytics::latencyPercentiles()
{
    QString error;
    const auto stats = m_store->latencyPercentiles(range(), &error);
    QVERIFY2(stats, qPrintable(error));
    // Nearest rank over 100, 200, 300, 400, 500 (r6 unknown, r7 outside the range).
    QCOMPARE(stats->overall.count, 5);
    QCOMPARE(*stats->overall.avg, 300.0);
    QCOMPARE(*stats->overall.p50, 300);
    QCOMPARE(*stats->overall.p90, 500);
    QCOMPARE(*stats->overall.p99, 500);
    QCOMPARE(stats->buckets.size(), 3);
    QCOMPARE(*stats->buckets.at(0).p50, 100); // 100, 300
    QCOMPARE(*stats->buckets.at(0).p90, 300);
    QCOMPARE(*stats->buckets.at(1).p50, 400); // 200, 400, 500
    QCOMPARE(*stats->buckets.at(1).p90, 500);
    QCOMPARE(*stats->buckets.at(1).avg, 1100.0 / 3);
    QCOMPARE(stats->buckets.at(2).count, 0);
    QVERIFY(!stats->buckets.at(2).p50);
}

void TestAnalytics::topUsers()
{
    QString error;
    const auto top = m_store->topUsers(range(), 10, &error);
    QVERIFY2(top, qPrintable(error));
    QCOMPARE(top->uniqueUsers, 3);
    QCOMPARE(top->byRequests.size(), 3);
    QCOMPARE(top->byRequests.at(0).key, QStringLiteral("alice"));
    QCOMPARE(top->byRequests.at(0).requests, 3);
    QCOMPARE(top->byRequests.at(0).costCents, 4.0);
    QCOMPARE(top->byRequests.at(1).key, QStringLiteral("bob"));
    QCOMPARE(top->byRequests.at(2).key, QStringLiteral("carol"));
    QCOMPARE(top->byCost.at(0).key, QStringLiteral("alice"));
    QCOMPARE(top->byCost.at(1).key, QStringLiteral("carol"));
    QCOMPARE(top->byCost.at(1).costCents, 4.0);
    QCOMPARE(top->byCost.at(2).key, QStringLiteral("bob"));
    const auto two = m_store->topUsers(range(), 2, &error);
    QCOMPARE(two->byRequests.size(), 2);
    QCOMPARE(two->uniqueUsers, 3);
}

void TestAnalytics::usersGroupWhateverTheirSpelling()
{
    // As the list's user: filter compares: "Dana7", "dana7" and "DANA7" are one user. Forty
    // users in three spellings each (the SQLite scan compares its first sixteen spellings in turn
    // and looks the others up), in a store of their own.
    QString error;
    QString location = m_dir.filePath(QStringLiteral("spellings.sqlite"));
    if (m_postgres) {
        location = m_postgres->databaseUrl(QStringLiteral("spellings"), &error);
        QVERIFY2(!location.isEmpty(), qPrintable(error));
    }
    const std::unique_ptr<LogStore> store = LogStore::open(location, &error);
    QVERIFY2(store, qPrintable(error));
    QList<LogRecord> logs;
    for (int i = 0; i < 120; ++i) {
        const int user = i % 40;
        const QString name = i < 40 ? u"Dana%1"_qs : (i < 80 ? u"dana%1"_qs : u"DANA%1"_qs);
        logs << makeLog(u"u%1"_qs.arg(i), 300 + i, QStringLiteral("a"), name.arg(user), 200, 10,
                        0.5 + user, CacheState::Miss);
    }
    QVERIFY2(store->insert(logs, &error), qPrintable(error));
    AnalyticsQuery later = range();
    later.fromMs += 5 * kHour;
    later.toMs += 5 * kHour;
    const auto top = store->topUsers(later, 50, &error);
    QVERIFY2(top, qPrintable(error));
    QCOMPARE(top->uniqueUsers, 40);
    QCOMPARE(top->byRequests.size(), 40);
    for (const AnalyticsGroup &g : top->byRequests) {
        QVERIFY2(g.key.compare(u"dana"_qs, Qt::CaseInsensitive) > 0, qPrintable(g.key));
        QCOMPARE(g.requests, 3);
    }
    QCOMPARE(top->byCost.at(0).key.toLower(), u"dana39"_qs);
    QCOMPARE(top->byCost.at(0).costCents, 3 * 39.5);
}

void TestAnalytics::statusCodes()
{
    QString error;
    const auto codes = m_store->statusCodes(range(), &error);
    QVERIFY2(codes, qPrintable(error));
    QCOMPARE(codes->size(), 3);
    QCOMPARE(codes->at(0).statusCode, 200);
    QCOMPARE(codes->at(0).count, 4);
    QCOMPARE(codes->at(1).statusCode, 429);
    QCOMPARE(codes->at(1).count, 1);
    QCOMPARE(codes->at(2).statusCode, 500);
    QCOMPARE(codes->at(2).count, 1);
}

void TestAnalytics::cacheStats()
{
    QString error;
    const auto cache = m_store->cacheStats(range(), &error);
    QVERIFY2(cache, qPrintable(error));
    QCOMPARE(cache->cacheable, 4);
    QCOMPARE(cache->simpleHits, 1);
    QCOMPARE(cache->semanticHits, 1);
    QCOMPARE(*cache->hitRate(), 50.0);
    QCOMPARE(*cache->avgHitLatencyMs, 150.0); // r1, r3
    QCOMPARE(*cache->avgMissLatencyMs, 400.0); // r2, r4, r5
    // Model a: a hit takes 100 ms against 300 ms and 2 cents; model b: 200 ms against
    // (400 + 500) / 2 ms and (4 + 5) / 2 cents.
    QCOMPARE(cache->latencySavedMs, 200.0 + 250.0);
    QCOMPARE(cache->costSavedCents, 2.0 + 4.5);
}

void TestAnalytics::feedbackAggregates()
{
    QString error;
    const auto series = m_store->feedbackSeries(range(), &error);
    QVERIFY2(series, qPrintable(error));
    QCOMPARE(series->size(), 3);
    QCOMPARE(series->at(0).count, 2); // f1, f2
    QCOMPARE(*series->at(0).weightedAvg, (1 * 1.0 - 10 * 0.5) / 1.5);
    QCOMPARE(series->at(1).count, 2); // f3, f4
    QCOMPARE(*series->at(1).weightedAvg, 4 * 0.25 + 8 * 0.75);
    QCOMPARE(series->at(2).count, 0);
    QVERIFY(!series->at(2).weightedAvg);

    const auto values = m_store->feedbackDistribution(range(), &error);
    QVERIFY2(values, qPrintable(error));
    QCOMPARE(values->size(), 4);
    QCOMPARE(values->at(0).value, -10);
    QCOMPARE(values->at(1).value, 1);
    QCOMPARE(values->at(2).value, 4);
    QCOMPARE(values->at(3).value, 8);
    for (const FeedbackValueCount &v : *values)
        QCOMPARE(v.count, 1);

    const auto models = m_store->feedbackByModel(range(), &error);
    QVERIFY2(models, qPrintable(error));
    QCOMPARE(models->size(), 2);
    QCOMPARE(models->at(0).model, QStringLiteral("a"));
    QCOMPARE(models->at(0).count, 2);
    QCOMPARE(*models->at(0).weightedAvg, -4.0 / 1.5);
    QCOMPARE(models->at(1).model, QStringLiteral("b"));
    QCOMPARE(*models->at(1).weightedAvg, 7.0);

    // The filter applies to the log the feedback was given on.
    const auto onlyB = m_store->feedbackByModel(range(QStringLiteral("model:b")), &error);
    QCOMPARE(onlyB->size(), 1);
    const auto fbTrace = m_store->feedbackSeries(range(QStringLiteral("trace:t1")), &error);
    QVERIFY2(fbTrace, qPrintable(error));
    QCOMPARE(fbTrace->at(0).count, 1);
}

void TestAnalytics::feedbackValuesRoundHalfAwayFromZero()
{
    QString error;
    // r6 has no trace: its entries count for it alone.
    QVERIFY2(
        m_store->addFeedback(QStringLiteral("r6"), feedback(QStringLiteral("h1"), 2.5, 1), &error),
        qPrintable(error));
    QVERIFY(m_store->addFeedback(QStringLiteral("r6"), feedback(QStringLiteral("h2"), -0.5, 1),
                                 &error));
    const auto values = m_store->feedbackDistribution(range(), &error);
    // Removed before anything is compared: the later cases count without them.
    QVERIFY(m_store->removeFeedback(QStringLiteral("h1"), &error));
    QVERIFY(m_store->removeFeedback(QStringLiteral("h2"), &error));
    QVERIFY2(values, qPrintable(error));
    QList<int> rounded;
    for (const FeedbackValueCount &v : *values)
        rounded.append(v.value);
    QCOMPARE(rounded, (QList<int> {-10, -1, 1, 3, 4, 8}));
}

void TestAnalytics::feedbackFollowsTheTrace()
{
    QString error;
    // f1 was given on r1; r5 shares its trace.
    auto r5 = m_store->record(QStringLiteral("r5"), &error);
    QVERIFY2(r5, qPrintable(error));
    QCOMPARE(r5->feedback.size(), 1);
    QCOMPARE(r5->feedback.at(0).id, QStringLiteral("f1"));
    QCOMPARE(m_store->rowsByIds({r5->rowId}, &error).at(0).feedback.size(), 1);
    QCOMPARE(*m_store->count(QStringLiteral("feedback:any"), &error), 4); // r1, r2, r3, r5
    QCOMPARE(*m_store->count(QStringLiteral("feedback:none"), &error), 3);
    QCOMPARE(*m_store->count(QStringLiteral("feedback:<0"), &error), 1); // r2
    QCOMPARE(*m_store->count(QStringLiteral("feedback:5..10"), &error), 1); // r3 at 7
    QCOMPARE(*m_store->count(QStringLiteral("feedback:any trace:t1"), &error), 2);

    // Editing on one log of the trace changes every log of it.
    FeedbackEntry f1 = r5->feedback.at(0);
    f1.value = -4;
    f1.weight = 0.5;
    QVERIFY2(m_store->updateFeedback(f1, &error), qPrintable(error));
    QCOMPARE(*m_store->count(QStringLiteral("feedback:<0"), &error), 3); // r1, r2, r5
    r5 = m_store->record(QStringLiteral("r5"), &error);
    QCOMPARE(r5->feedback.at(0).value, -4.0);
    QCOMPARE(r5->feedback.at(0).weight, 0.5);
    FeedbackEntry missing;
    missing.id = QStringLiteral("nope");
    QVERIFY(!m_store->updateFeedback(missing, &error));

    // Feedback added on r5 shows on r1 too.
    QVERIFY(m_store->addFeedback(QStringLiteral("r5"), feedback(QStringLiteral("f5"), 10, 0.5),
                                 &error));
    const auto r1 = m_store->record(QStringLiteral("r1"), &error);
    QCOMPARE(r1->feedback.size(), 2);
    QCOMPARE(*m_store->count(QStringLiteral("feedback:3"), &error), 2); // (-2 + 5) / 1

    QVERIFY(m_store->removeFeedback(QStringLiteral("f1"), &error));
    QVERIFY(m_store->removeFeedback(QStringLiteral("f5"), &error));
    QCOMPARE(m_store->record(QStringLiteral("r1"), &error)->feedback.size(), 0);
    QCOMPARE(*m_store->count(QStringLiteral("feedback:any trace:t1"), &error), 0);
    // Put f1 back for the other tests' figures.
    QVERIFY(
        m_store->addFeedback(QStringLiteral("r1"), feedback(QStringLiteral("f1"), 1, 1), &error));
}

void TestAnalytics::timeBounds()
{
    QString error;
    const auto all = m_store->timeBounds(QString(), &error);
    QVERIFY2(all, qPrintable(error));
    QCOMPARE(all->first, kT0.addSecs(600).toMSecsSinceEpoch());
    QCOMPARE(all->second, kT0.addSecs(240 * 60).toMSecsSinceEpoch());
    const auto b = m_store->timeBounds(QStringLiteral("model:b"), &error);
    QCOMPARE(b->first, kT0.addSecs(70 * 60).toMSecsSinceEpoch());
    QCOMPARE(b->second, kT0.addSecs(90 * 60).toMSecsSinceEpoch());
    QVERIFY(!m_store->timeBounds(QStringLiteral("model:nothing"), &error));
}

void TestAnalytics::chartsFollowEveryChange()
{
    // Seven hundred logs over three days, several in some minutes, and a range and buckets that
    // start 12.345 s into a minute: every chart against figures worked out log by log, again
    // after logs are deleted, repriced and added (SQLite keeps per-minute sums that each of these
    // changes must reach; PostgreSQL reads the logs).
    QString error;
    QString location = m_dir.filePath(QStringLiteral("changes.sqlite"));
    if (m_postgres) {
        location = m_postgres->databaseUrl(QStringLiteral("changes"), &error);
        QVERIFY2(!location.isEmpty(), qPrintable(error));
    }
    const std::unique_ptr<LogStore> store = LogStore::open(location, &error);
    QVERIFY2(store, qPrintable(error));
    const QStringList users
        = {u"Ann"_qs, u"ann"_qs, u"ANN"_qs, u"bob"_qs, u"Bob"_qs, u"carl"_qs, QString()};
    const QStringList models = {u"gpt-4o"_qs, u"GPT-4o"_qs, u"claude-3"_qs};
    const CacheState caches[]
        = {CacheState::Hit,         CacheState::Miss,     CacheState::Unknown,
           CacheState::SemanticHit, CacheState::Disabled, CacheState::Refreshed};
    const std::optional<int> statuses[] = {200, 200, 429, 500, 200, std::nullopt, 503};
    auto make = [&](int i) {
        LogRecord r = makeLog(u"c%1"_qs.arg(i), 0, models.at(i % models.size()),
                              users.at(i % users.size()), statuses[i % std::size(statuses)],
                              i % 5 ? std::optional<qint64>(100 + i % 37) : std::nullopt,
                              i % 11 ? std::optional<double>(0.25 * (i % 9)) : std::nullopt,
                              caches[i % std::size(caches)]);
        // Every seventh log in the minute of the one before it.
        r.createdAt
            = kT0.addMSecs(i % 7 == 0 ? qint64(i - 1) * 371'117 + 1'500 : qint64(i) * 371'117);
        return r;
    };
    QList<LogRecord> logs;
    for (int i = 1; i <= 700; ++i)
        logs << make(i);
    QVERIFY2(store->insert(logs, &error), qPrintable(error));

    AnalyticsQuery q;
    q.fromMs = kT0.toMSecsSinceEpoch() + 12'345;
    q.toMs = q.fromMs + 2 * 24 * kHour + 7'777;
    q.bucketMs = 3 * kHour;
    auto check = [&](const char *step) {
        const Expected e = expectedCharts(logs, q);
        const auto series = store->timeSeries(q, &error);
        QVERIFY2(series, qPrintable(error));
        QCOMPARE(series->size(), e.buckets.size());
        for (qsizetype b = 0; b < series->size(); ++b) {
            const TimeBucket &got = series->at(b), &want = e.buckets.at(b);
            const QByteArray where = QByteArray(step) + ", bucket " + QByteArray::number(b);
            QVERIFY2(got.requests == want.requests, where.constData());
            QVERIFY2(qAbs(got.costCents - want.costCents) < 1e-9, where.constData());
            QVERIFY2(got.tokens == want.tokens, where.constData());
            QVERIFY2(got.withStatus == want.withStatus, where.constData());
            QVERIFY2(got.errors == want.errors, where.constData());
            QVERIFY2(got.cacheable == want.cacheable, where.constData());
            QVERIFY2(got.simpleHits == want.simpleHits, where.constData());
            QVERIFY2(got.semanticHits == want.semanticHits, where.constData());
        }
        const auto top = store->topUsers(q, 10, &error);
        QVERIFY2(top, qPrintable(error));
        QCOMPARE(top->uniqueUsers, e.users.size());
        for (const AnalyticsGroup &g : top->byRequests) {
            const auto want = e.users.value(g.key.toLower());
            QVERIFY2(g.requests == want.first, qPrintable(g.key + u' ' + QLatin1String(step)));
            QVERIFY2(qAbs(g.costCents - want.second) < 1e-9, qPrintable(g.key));
        }
        const auto codes = store->statusCodes(q, &error);
        QVERIFY2(codes, qPrintable(error));
        QCOMPARE(codes->size(), e.codes.size());
        for (const StatusCodeCount &c : *codes)
            QVERIFY2(c.count == e.codes.value(c.statusCode), step);
        const auto cache = store->cacheStats(q, &error);
        QVERIFY2(cache, qPrintable(error));
        QVERIFY2(cache->cacheable == e.cacheable, step);
        QVERIFY2(cache->simpleHits == e.simpleHits, step);
        QVERIFY2(cache->semanticHits == e.semanticHits, step);
    };
    check("inserted");
    if (QTest::currentTestFailed())
        return;

    const auto deleted = store->deleteLogs(u"user:bob"_qs, &error);
    QVERIFY2(deleted, qPrintable(error));
    const qsizetype before = logs.size();
    logs.removeIf([](const LogRecord &r) {
        return r.metadata.value(QStringLiteral("_user")).toLower() == u"bob";
    });
    QCOMPARE(*deleted, before - logs.size());
    check("after deleting bob's logs");
    if (QTest::currentTestFailed())
        return;

    LogQuery claude;
    claude.filter = u"model:claude-3"_qs;
    const auto rows = store->rowIds(claude, &error);
    QVERIFY2(rows && !rows->isEmpty(), qPrintable(error));
    QList<LogStore::CostUpdate> updates;
    for (const qint64 row : *rows)
        updates.append({row, 7.25, u"USD"_qs, true});
    QVERIFY2(store->updateCosts(updates, &error), qPrintable(error));
    for (LogRecord &r : logs) {
        if (r.model == u"claude-3")
            r.costCents = 7.25;
    }
    check("after repricing claude-3");
    if (QTest::currentTestFailed())
        return;

    QList<LogRecord> more;
    for (int i = 701; i <= 760; ++i)
        more << make(i - 640); // into minutes that already have logs
    for (qsizetype i = 0; i < more.size(); ++i)
        more[i].id = u"more%1"_qs.arg(i);
    QVERIFY2(store->insert(more, &error), qPrintable(error));
    logs << more;
    check("after adding logs");
}

void TestAnalytics::cleanupTestCase()
{
    m_store.reset();
    m_postgres.reset();
}

QTEST_GUILESS_MAIN(TestAnalytics)
#include "tst_analytics.moc"
