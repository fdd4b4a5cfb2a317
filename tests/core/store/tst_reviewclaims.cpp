// SPDX-License-Identifier: GPL-3.0-or-later
// Review claims on both backends (SQLite, and a throwaway PostgreSQL the test starts; it fails,
// never skips, when it cannot): two reviewers, each with a connection of its own in its own
// thread, claim until nothing is left and every log is reviewed exactly once, never claimed by
// both; a reviewer's own claim comes back; a claim that ran out is taken over; the filter, the
// feedback already given and the logs passed over are respected.
#include "logstore.h"
#include "postgresfixture.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

#include <set>
#include <thread>

class TestReviewClaims : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void twoReviewersEachLogOnce_data();
    void twoReviewersEachLogOnce();
    void claimsWithoutAnswersNeverShared_data();
    void claimsWithoutAnswersNeverShared();
    void ownClaimComesBack_data();
    void ownClaimComesBack();
    void expiredClaimIsTakenOver_data();
    void expiredClaimIsTakenOver();
    void filterFeedbackAndPassOver_data();
    void filterFeedbackAndPassOver();

private:
    void backends();
    // A new store with `count` logs (log-0 the oldest), on the backend of the current row.
    QString newStore(int count);

    QTemporaryDir m_dir;
    PostgresFixture m_postgres;
    int m_stores = 0;
};

namespace {

constexpr qint64 kStart = 1767225600000; // 2026-01-01

LogRecord log(int i)
{
    LogRecord r;
    r.id = QStringLiteral("log-%1").arg(i);
    r.createdAt = QDateTime::fromMSecsSinceEpoch(kStart + qint64(i) * 1000, QTimeZone::utc());
    r.model = i % 2 ? u"gpt-4o"_qs : u"claude-3-5-sonnet"_qs;
    r.statusCode = 200;
    r.request
        = R"({"messages":[{"role":"user","content":"question )" + QByteArray::number(i) + R"("}]})";
    return r;
}

FeedbackEntry feedback(double value, const QString &user)
{
    FeedbackEntry f;
    f.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    f.value = value;
    f.weight = 1;
    f.createdAt = QDateTime::currentDateTimeUtc();
    f.metadata.insert(u"_user"_qs, user);
    return f;
}

} // namespace

void TestReviewClaims::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_postgres.start(&error), qPrintable(error));
}

void TestReviewClaims::cleanupTestCase()
{
    m_postgres.stop();
}

void TestReviewClaims::backends()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgresql") << true;
}

QString TestReviewClaims::newStore(int count)
{
    QFETCH(bool, postgres);
    QString error;
    const QString location = postgres
        ? m_postgres.databaseUrl(QStringLiteral("review%1").arg(++m_stores), &error)
        : m_dir.filePath(QStringLiteral("review%1.sqlite").arg(++m_stores));
    if (location.isEmpty())
        qFatal("no database: %s", qPrintable(error));
    auto store = LogStore::open(location, &error);
    if (!store)
        qFatal("cannot open %s: %s", qPrintable(location), qPrintable(error));
    QList<LogRecord> batch;
    for (int i = 0; i < count; ++i)
        batch.append(log(i));
    if (!store->insert(batch, &error))
        qFatal("insert: %s", qPrintable(error));
    return location;
}

void TestReviewClaims::twoReviewersEachLogOnce_data()
{
    backends();
}

void TestReviewClaims::twoReviewersEachLogOnce()
{
    constexpr int kLogs = 120;
    const QString location = newStore(kLogs);
    std::vector<std::vector<QString>> reviewed(2);
    std::vector<QString> errors(2);
    auto reviewer = [&](int who) {
        const QString name = who ? u"bob"_qs : u"alice"_qs;
        auto store = LogStore::open(location, &errors[who]);
        if (!store)
            return;
        while (true) {
            QString error;
            const auto claimed = store->claimNextForReview({}, name, 300, &error);
            if (!claimed) {
                errors[who] = error; // empty: nothing left
                return;
            }
            reviewed[who].push_back(claimed->id);
            if (!store->addFeedback(claimed->id, feedback(who ? -1 : 1, name), &error)
                || !store->releaseReviewClaim(claimed->rowId, name, &error)) {
                errors[who] = error;
                return;
            }
        }
    };
    std::thread a(reviewer, 0), b(reviewer, 1);
    a.join();
    b.join();
    QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0]));
    QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1]));

    std::set<QString> all;
    for (const auto &ids : reviewed)
        for (const QString &id : ids)
            QVERIFY2(all.insert(id).second, qPrintable(id + u" was reviewed twice"));
    QCOMPARE(int(all.size()), kLogs);
    // How they shared the work depends on the scheduler (SQLite's waiting writer may lose every
    // race): said, not asserted.
    qInfo("alice reviewed %d, bob %d", int(reviewed[0].size()), int(reviewed[1].size()));

    QString error;
    auto store = LogStore::open(location, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->count(u"feedback:none"_qs, &error), std::optional<qint64>(0));
    for (int i = 0; i < kLogs; ++i) {
        const auto r = store->record(log(i).id, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->feedback.size(), 1);
    }
    QVERIFY(!store->claimNextForReview({}, u"carol"_qs, 300, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestReviewClaims::claimsWithoutAnswersNeverShared_data()
{
    backends();
}

void TestReviewClaims::claimsWithoutAnswersNeverShared()
{
    // Nobody answers and nobody releases: every log ends up claimed by exactly one of them.
    constexpr int kLogs = 80;
    const QString location = newStore(kLogs);
    std::vector<std::vector<qint64>> held(2);
    std::vector<QString> errors(2);
    auto reviewer = [&](int who) {
        const QString name = who ? u"bob"_qs : u"alice"_qs;
        auto store = LogStore::open(location, &errors[who]);
        if (!store)
            return;
        while (true) {
            QString error;
            const QList<qint64> passOver(held[who].begin(), held[who].end());
            const auto claimed = store->claimNextForReview({}, name, 300, &error, passOver);
            if (!claimed) {
                errors[who] = error;
                return;
            }
            held[who].push_back(claimed->rowId);
        }
    };
    std::thread a(reviewer, 0), b(reviewer, 1);
    a.join();
    b.join();
    QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0]));
    QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1]));
    std::set<qint64> all;
    for (const auto &ids : held)
        for (qint64 id : ids)
            QVERIFY2(all.insert(id).second, "a log was claimed by both");
    QCOMPARE(int(all.size()), kLogs);
}

void TestReviewClaims::ownClaimComesBack_data()
{
    backends();
}

void TestReviewClaims::ownClaimComesBack()
{
    const QString location = newStore(5);
    QString error;
    auto alice = LogStore::open(location, &error);
    QVERIFY2(alice, qPrintable(error));
    auto bob = LogStore::open(location, &error);
    QVERIFY2(bob, qPrintable(error));

    // The newest first.
    const auto first = alice->claimNextForReview({}, u"alice"_qs, 300, &error);
    QVERIFY2(first, qPrintable(error));
    QCOMPARE(first->id, u"log-4"_qs);
    // Alice again (a review resumed after a crash): the same log; Bob: the next one.
    const auto again = alice->claimNextForReview({}, u"alice"_qs, 300, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->id, u"log-4"_qs);
    const auto other = bob->claimNextForReview({}, u"bob"_qs, 300, &error);
    QVERIFY2(other, qPrintable(error));
    QCOMPARE(other->id, u"log-3"_qs);

    // Alice's own claim comes first even where a newer log is free.
    QVERIFY(alice->releaseReviewClaim(first->rowId, u"alice"_qs, &error));
    const auto older = alice->claimNextForReview(u"model:claude-3-5-sonnet"_qs, u"alice"_qs, 300,
                                                 &error, {first->rowId});
    QVERIFY2(older, qPrintable(error));
    QCOMPARE(older->id, u"log-2"_qs);
    const auto resumed = alice->claimNextForReview({}, u"alice"_qs, 300, &error);
    QVERIFY2(resumed, qPrintable(error));
    QCOMPARE(resumed->id, u"log-2"_qs);

    // A log held by Bob is not Alice's to claim, nor to release.
    QVERIFY(!alice->claimForReview(other->rowId, u"alice"_qs, 300, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(alice->releaseReviewClaim(other->rowId, u"alice"_qs, &error));
    QVERIFY(!alice->claimForReview(other->rowId, u"alice"_qs, 300, &error));
    // Released by Bob, it is free.
    QVERIFY(bob->releaseReviewClaim(other->rowId, u"bob"_qs, &error));
    const auto taken = alice->claimForReview(other->rowId, u"alice"_qs, 300, &error);
    QVERIFY2(taken, qPrintable(error));
    QCOMPARE(taken->id, u"log-3"_qs);
}

void TestReviewClaims::expiredClaimIsTakenOver_data()
{
    backends();
}

void TestReviewClaims::expiredClaimIsTakenOver()
{
    const QString location = newStore(3);
    QString error;
    auto alice = LogStore::open(location, &error);
    QVERIFY2(alice, qPrintable(error));
    auto bob = LogStore::open(location, &error);
    QVERIFY2(bob, qPrintable(error));

    // A claim of 0 seconds has run out by the time anyone else asks.
    const auto lapsed = alice->claimNextForReview({}, u"alice"_qs, 0, &error);
    QVERIFY2(lapsed, qPrintable(error));
    QCOMPARE(lapsed->id, u"log-2"_qs);
    const auto takenOver = bob->claimNextForReview({}, u"bob"_qs, 300, &error);
    QVERIFY2(takenOver, qPrintable(error));
    QCOMPARE(takenOver->id, u"log-2"_qs);
    // Now Bob's: Alice can neither renew it nor get it as her next log.
    QVERIFY(!alice->claimForReview(lapsed->rowId, u"alice"_qs, 300, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto next = alice->claimNextForReview({}, u"alice"_qs, 300, &error);
    QVERIFY2(next, qPrintable(error));
    QCOMPARE(next->id, u"log-1"_qs);

    // Taken over by claimForReview too.
    const auto shortClaim = alice->claimForReview(0, u"alice"_qs, 0, &error);
    QVERIFY(!shortClaim); // no such log
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto last
        = alice->claimNextForReview({}, u"alice"_qs, 0, &error, {next->rowId, lapsed->rowId});
    QVERIFY2(last, qPrintable(error));
    QCOMPARE(last->id, u"log-0"_qs);
    const auto bobs = bob->claimForReview(last->rowId, u"bob"_qs, 300, &error);
    QVERIFY2(bobs, qPrintable(error));
}

void TestReviewClaims::filterFeedbackAndPassOver_data()
{
    backends();
}

void TestReviewClaims::filterFeedbackAndPassOver()
{
    const QString location = newStore(6); // odd ones gpt-4o
    QString error;
    auto store = LogStore::open(location, &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(store->addFeedback(u"log-5"_qs, feedback(3, u"carol"_qs), &error));

    // log-5 has feedback: the newest gpt-4o log without any is log-3.
    const auto first = store->claimNextForReview(u"model:gpt-4o"_qs, u"alice"_qs, 300, &error);
    QVERIFY2(first, qPrintable(error));
    QCOMPARE(first->id, u"log-3"_qs);
    QCOMPARE(first->model, u"gpt-4o"_qs);
    // Passed over (the session holds it, or skipped it): the next one.
    const auto second
        = store->claimNextForReview(u"model:gpt-4o"_qs, u"alice"_qs, 300, &error, {first->rowId});
    QVERIFY2(second, qPrintable(error));
    QCOMPARE(second->id, u"log-1"_qs);
    const auto none = store->claimNextForReview(u"model:gpt-4o"_qs, u"alice"_qs, 300, &error,
                                                {first->rowId, second->rowId});
    QVERIFY(!none);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // A log with feedback cannot be claimed, not even by id.
    QVERIFY(!store->claimForReview(store->record(u"log-5"_qs, &error)->rowId, u"alice"_qs, 300,
                                   &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // A bad filter says so.
    QVERIFY(!store->claimNextForReview(u"model:"_qs, u"alice"_qs, 300, &error));
    QVERIFY(!error.isEmpty());
    // As does a claim without a name.
    QVERIFY(!store->claimNextForReview({}, QString(), 300, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestReviewClaims)
#include "tst_reviewclaims.moc"
