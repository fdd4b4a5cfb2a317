// SPDX-License-Identifier: GPL-3.0-or-later
// gatescope-cli review driven through stdin as a user types: the messages and the answer of each
// log, the progress, values, thumbs, a note, skip, undo and quit, and what the store then holds.
#include "logstore.h"

#include <QDateTime>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

class TestReviewCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void reviewThroughStdin();
    void everythingReviewed();
    void usageErrors();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

namespace {

struct Run
{
    int status = -1;
    QString out, err;
};

Run review(const QStringList &args, const QByteArray &input)
{
    QProcess p;
    p.start(qEnvironmentVariable("GATESCOPE_CLI"), QStringList {u"review"_qs} + args);
    if (!p.waitForStarted(30000))
        qFatal("gatescope-cli did not start");
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        qFatal("gatescope-cli review did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

LogRecord log(int i)
{
    LogRecord r;
    r.id = QStringLiteral("log-%1").arg(i);
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

} // namespace

void TestReviewCli::init()
{
    QVERIFY(!qEnvironmentVariableIsEmpty("GATESCOPE_CLI"));
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(u"store.sqlite"_qs);
    QString error;
    auto store = LogStore::open(m_db, &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY2(store->insert({log(0), log(1), log(2), log(3), log(4)}, &error), qPrintable(error));
}

void TestReviewCli::reviewThroughStdin()
{
    // log-4: a note then 7; log-3: +; log-2: skipped; log-1: -, undone, then 3; then quit.
    const Run r = review({u"--db"_qs, m_db, u"--reviewer"_qs, u"tester"_qs},
                         "n cites the wrong policy\n7\n+\ns\n-\nu\n3\nwhat\nq\n");
    QCOMPARE(r.status, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QVERIFY2(r.out.contains(u"Reviewing as tester."), qPrintable(r.out));
    // Each log with its messages and answer, and the progress under it.
    QVERIFY(r.out.contains(u"=== log-4  gpt-4o"));
    QVERIFY(r.out.contains(u"user:\nquestion 4"));
    QVERIFY(r.out.contains(u"--- answer:\nanswer 4"));
    QVERIFY(r.out.contains(u"[0 of 5 reviewed]"));
    QVERIFY(r.out.contains(u"note: cites the wrong policy"));
    QVERIFY(r.out.contains(u"[1 of 5 reviewed]"));
    QVERIFY(r.out.contains(u"[2 of 5 reviewed]"));
    // After the undo, log-1 is shown again at 2 of 5.
    QCOMPARE(r.out.count(u"=== log-1 "), 2);
    QCOMPARE(r.out.count(u"[3 of 5 reviewed]"), 2); // log-0 after the -, and again after the 3
    // An answer it does not know shows the answers it does.
    QVERIFY(r.out.contains(u"answer: -10..10 a value, + thumbs up (1)"));
    QVERIFY(r.out.contains(u"3 feedback given in this session."));

    QString error;
    auto store = LogStore::open(m_db, &error);
    QVERIFY2(store, qPrintable(error));
    auto value = [&](const QString &id) -> std::optional<double> {
        const auto rec = store->record(id, &error);
        if (!rec || rec->feedback.isEmpty())
            return std::nullopt;
        return rec->feedback.first().value;
    };
    QCOMPARE(value(u"log-4"_qs), std::optional<double>(7));
    QCOMPARE(store->record(u"log-4"_qs, &error)->feedback.first().metadata.value(u"text"),
             QJsonValue(u"cites the wrong policy"_qs));
    QCOMPARE(store->record(u"log-4"_qs, &error)->feedback.first().metadata.value(u"_user"),
             QJsonValue(u"tester"_qs));
    QCOMPARE(value(u"log-3"_qs), std::optional<double>(1));
    QVERIFY(!value(u"log-2"_qs));
    QCOMPARE(value(u"log-1"_qs), std::optional<double>(3));
    QCOMPARE(store->record(u"log-1"_qs, &error)->feedback.size(), 1); // the - was undone
    QVERIFY(!value(u"log-0"_qs));
    // Quitting released the claims: someone else gets log-2 and log-0.
    const auto next = store->claimNextForReview({}, u"other"_qs, 300, &error);
    QVERIFY2(next, qPrintable(error));
    QCOMPARE(next->id, u"log-2"_qs);
}

void TestReviewCli::everythingReviewed()
{
    // The end of input ends the review too.
    const Run first
        = review({u"--db"_qs, m_db, u"--filter"_qs, u"id:log-1 OR id:log-2"_qs}, "-10\n10\n");
    QCOMPARE(first.status, 0);
    QVERIFY2(first.out.contains(u"All 2 logs of this filter have feedback."),
             qPrintable(first.out));
    const Run again = review({u"--db"_qs, m_db, u"--filter"_qs, u"id:log-1 OR id:log-2"_qs}, "");
    QCOMPARE(again.status, 0);
    QVERIFY(again.out.contains(u"All 2 logs of this filter have feedback."));
    QVERIFY(again.out.contains(u"0 feedback given in this session."));
}

void TestReviewCli::usageErrors()
{
    const Run bad = review({u"--db"_qs, m_db, u"--filter"_qs, u"model:"_qs}, "");
    QCOMPARE(bad.status, 2);
    QVERIFY(bad.err.contains(u"bad filter"));
    QCOMPARE(review({u"--db"_qs, m_db, u"--claim"_qs, u"soon"_qs}, "").status, 2);
    const Run help = review({u"--help"_qs}, "");
    QCOMPARE(help.status, 0);
    QVERIFY(help.out.contains(u"--reviewer"));
}

QTEST_GUILESS_MAIN(TestReviewCli)
#include "tst_reviewcli.moc"
