// SPDX-License-Identifier: GPL-3.0-or-later
// A review session on a SQLite store: progress "N of M reviewed", feedback with its value, note
// and reviewer, skip, undo back to the log, the prefetched log, feedback of a trace, claims
// released at the end, and two sessions of two reviewers never showing the same log.
#include "logstore.h"
#include "reviewsession.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

class TestReviewSession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void rateSkipAndProgress();
    void undoGoesBackToTheLog();
    void prefetchAndTraces();
    void finishReleasesClaims();
    void twoSessionsNeverShareALog();
    void resumedAfterACrash();

private:
    std::unique_ptr<LogStore> store(int logs);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

namespace {

LogRecord log(int i, const QString &trace = {})
{
    LogRecord r;
    r.id = QStringLiteral("log-%1").arg(i);
    r.traceId = trace;
    r.createdAt
        = QDateTime::fromMSecsSinceEpoch(1767225600000 + qint64(i) * 1000, QTimeZone::utc());
    r.model = u"gpt-4o"_qs;
    r.statusCode = 200;
    r.request = R"({"model":"gpt-4o","messages":[{"role":"user","content":"question )"
        + QByteArray::number(i) + R"("}]})";
    r.response = R"({"choices":[{"message":{"role":"assistant","content":"answer )"
        + QByteArray::number(i) + R"("}}]})";
    return r;
}

QString currentId(const ReviewSession &s)
{
    return s.current() ? s.current()->id : QString();
}

} // namespace

void TestReviewSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"store.sqlite"_qs);
}

std::unique_ptr<LogStore> TestReviewSession::store(int logs)
{
    QString error;
    auto s = LogStore::open(m_path, &error);
    if (!s)
        qFatal("%s", qPrintable(error));
    QList<LogRecord> batch;
    for (int i = 0; i < logs; ++i)
        batch.append(log(i));
    if (!batch.isEmpty() && !s->insert(batch, &error))
        qFatal("%s", qPrintable(error));
    return s;
}

void TestReviewSession::rateSkipAndProgress()
{
    auto s = store(4);
    QString error;
    ReviewSession session(s.get(), {}, u"alice"_qs);
    QVERIFY2(session.start(&error), qPrintable(error));
    QCOMPARE(currentId(session), u"log-3"_qs); // the newest first
    // The whole record: bodies to show.
    QVERIFY(session.current()->response.contains("answer 3"));
    auto progress = session.progress(&error);
    QVERIFY2(progress, qPrintable(error));
    QCOMPARE(progress->reviewed, 0);
    QCOMPARE(progress->total, 4);

    QVERIFY2(session.rate(7, &error, u"  good answer "_qs), qPrintable(error));
    QCOMPARE(currentId(session), u"log-2"_qs);
    const auto rated = s->record(u"log-3"_qs, &error);
    QVERIFY2(rated, qPrintable(error));
    QCOMPARE(rated->feedback.size(), 1);
    QCOMPARE(rated->feedback.first().value, 7.0);
    QCOMPARE(rated->feedback.first().weight, 1.0);
    QCOMPARE(rated->feedback.first().metadata.value(u"text").toString(), u"good answer"_qs);
    QCOMPARE(rated->feedback.first().metadata.value(u"_user").toString(), u"alice"_qs);

    QVERIFY2(session.skip(&error), qPrintable(error));
    QCOMPARE(currentId(session), u"log-1"_qs);
    QVERIFY2(session.rate(-1, &error), qPrintable(error));
    QCOMPARE(currentId(session), u"log-0"_qs);
    progress = session.progress(&error);
    QCOMPARE(progress->reviewed, 2);
    QCOMPARE(progress->total, 4);
    // Values beyond the scale are held to it.
    QVERIFY2(session.rate(42, &error), qPrintable(error));
    QCOMPARE(s->record(u"log-0"_qs, &error)->feedback.first().value, 10.0);
    // Only the skipped one is left, and this session does not offer it again.
    QVERIFY(session.atEnd());
    QCOMPARE(session.progress(&error)->reviewed, 3);
    QCOMPARE(s->count(u"feedback:none"_qs, &error), std::optional<qint64>(1));

    // A filter counts only its logs.
    ReviewSession filtered(s.get(), u"id:log-2"_qs, u"alice"_qs);
    QVERIFY2(filtered.start(&error), qPrintable(error));
    QCOMPARE(currentId(filtered), u"log-2"_qs);
    QCOMPARE(filtered.progress(&error)->total, 1);
    QCOMPARE(filtered.progress(&error)->reviewed, 0);
}

void TestReviewSession::undoGoesBackToTheLog()
{
    auto s = store(3);
    QString error;
    ReviewSession session(s.get(), {}, u"alice"_qs);
    session.setPrefetch(true);
    QVERIFY2(session.start(&error), qPrintable(error));
    QVERIFY(!session.canUndo());
    QVERIFY(!session.undo(&error));
    QVERIFY2(session.rate(1, &error), qPrintable(error));
    QVERIFY2(session.rate(-1, &error), qPrintable(error));
    QCOMPARE(currentId(session), u"log-0"_qs);
    QCOMPARE(session.progress(&error)->reviewed, 2);

    QVERIFY2(session.undo(&error), qPrintable(error));
    QCOMPARE(currentId(session), u"log-1"_qs); // the last one answered
    QVERIFY(s->record(u"log-1"_qs, &error)->feedback.isEmpty());
    QCOMPARE(s->record(u"log-2"_qs, &error)->feedback.size(), 1);
    QCOMPARE(session.progress(&error)->reviewed, 1);
    // The log that was shown is next again.
    QVERIFY(session.upcoming());
    QCOMPARE(session.upcoming()->id, u"log-0"_qs);
    QVERIFY2(session.undo(&error), qPrintable(error));
    QCOMPARE(currentId(session), u"log-2"_qs);
    QVERIFY(!session.canUndo());
    QCOMPARE(session.progress(&error)->reviewed, 0);
    // And the review goes on from there.
    QVERIFY2(session.rate(5, &error), qPrintable(error));
    QCOMPARE(currentId(session), u"log-1"_qs);
}

void TestReviewSession::prefetchAndTraces()
{
    QString error;
    auto s = LogStore::open(m_path, &error);
    QVERIFY2(s, qPrintable(error));
    // log-2 and log-1 are one trace: feedback on one is feedback on both.
    QVERIFY(s->insert({log(0), log(1, u"t1"_qs), log(2, u"t1"_qs), log(3)}, &error));
    ReviewSession session(s.get(), {}, u"alice"_qs);
    session.setPrefetch(true);
    QVERIFY2(session.start(&error), qPrintable(error));
    QCOMPARE(currentId(session), u"log-3"_qs);
    QVERIFY(session.upcoming());
    QCOMPARE(session.upcoming()->id, u"log-2"_qs);
    QVERIFY(session.upcoming()->request.contains("question 2")); // loaded whole

    // Someone else cannot get the prefetched log while the session holds it.
    auto other = LogStore::open(m_path, &error);
    const auto bobs = other->claimNextForReview({}, u"bob"_qs, 300, &error);
    QVERIFY2(bobs, qPrintable(error));
    QCOMPARE(bobs->id, u"log-1"_qs);
    QVERIFY(other->releaseReviewClaim(bobs->rowId, u"bob"_qs, &error));

    QVERIFY2(session.rate(1, &error), qPrintable(error));
    QCOMPARE(currentId(session), u"log-2"_qs);
    QCOMPARE(session.upcoming()->id, u"log-1"_qs);
    // Feedback on log-2 is feedback on its trace: log-1 is done too and is not shown.
    QVERIFY2(session.rate(2, &error), qPrintable(error));
    QCOMPARE(currentId(session), u"log-0"_qs);
    QVERIFY(!session.upcoming());
    QCOMPARE(session.progress(&error)->reviewed, 3);
}

void TestReviewSession::finishReleasesClaims()
{
    auto s = store(2);
    QString error;
    ReviewSession session(s.get(), {}, u"alice"_qs);
    session.setPrefetch(true);
    QVERIFY2(session.start(&error), qPrintable(error));
    auto other = LogStore::open(m_path, &error);
    QVERIFY(!other->claimNextForReview({}, u"bob"_qs, 300, &error)); // both held
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(session.finish(&error));
    QVERIFY(session.atEnd());
    const auto bobs = other->claimNextForReview({}, u"bob"_qs, 300, &error);
    QVERIFY2(bobs, qPrintable(error));
    QCOMPARE(bobs->id, u"log-1"_qs);
}

void TestReviewSession::twoSessionsNeverShareALog()
{
    auto s = store(10);
    QString error;
    auto other = LogStore::open(m_path, &error);
    ReviewSession alice(s.get(), {}, u"alice"_qs);
    ReviewSession bob(other.get(), {}, u"bob"_qs);
    alice.setPrefetch(true);
    bob.setPrefetch(true);
    QVERIFY2(alice.start(&error), qPrintable(error));
    QVERIFY2(bob.start(&error), qPrintable(error));
    QStringList seen;
    while (!alice.atEnd() || !bob.atEnd()) {
        for (ReviewSession *session : {&alice, &bob}) {
            if (session->atEnd())
                continue;
            const QString id = currentId(*session);
            QVERIFY2(!seen.contains(id), qPrintable(id + u" shown twice"));
            QVERIFY(!session->upcoming() || !seen.contains(session->upcoming()->id));
            seen.append(id);
            QVERIFY2(session->rate(1, &error), qPrintable(error));
        }
    }
    QCOMPARE(seen.size(), 10);
    QCOMPARE(alice.progress(&error)->reviewed, 10);
}

void TestReviewSession::resumedAfterACrash()
{
    auto s = store(5);
    QString error;
    {
        // A session that ends without finish(): its claims stay until they run out.
        ReviewSession crashed(s.get(), {}, u"alice"_qs);
        QVERIFY2(crashed.start(&error), qPrintable(error));
        QVERIFY2(crashed.skip(&error), qPrintable(error));
        QCOMPARE(currentId(crashed), u"log-3"_qs);
    }
    ReviewSession resumed(s.get(), {}, u"alice"_qs);
    QVERIFY2(resumed.start(&error), qPrintable(error));
    QCOMPARE(currentId(resumed), u"log-3"_qs);
    // Another reviewer does not get it meanwhile.
    auto other = LogStore::open(m_path, &error);
    ReviewSession bob(other.get(), {}, u"bob"_qs);
    QVERIFY2(bob.start(&error), qPrintable(error));
    QCOMPARE(currentId(bob), u"log-4"_qs);
    QVERIFY(!ReviewSession::defaultReviewer().isEmpty());
    ReviewSession unnamed(s.get(), {});
    QCOMPARE(unnamed.reviewer(), ReviewSession::defaultReviewer());
}

QTEST_GUILESS_MAIN(TestReviewSession)
#include "tst_reviewsession.moc"
