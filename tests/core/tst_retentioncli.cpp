// SPDX-License-Identifier: GPL-3.0-or-later
// The retention policy (Retention) and gatescope-cli prune, forget and retention, run as a user
// runs them: the count is shown first, nothing is removed without --yes (no terminal to ask on
// here), and the results are exact.
#include "logstore.h"
#include "replaypolicy.h"
#include "retention.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace {

struct Run
{
    int status = -1;
    QByteArray out, err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.setStandardInputFile(QProcess::nullDevice()); // not a terminal
    p.start(qEnvironmentVariable("GATESCOPE_CLI"), args);
    if (!p.waitForFinished(120000))
        qFatal("gatescope-cli did not finish: %s", qPrintable(args.join(u' ')));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

LogRecord makeLog(int i, int ageDays, const QString &model)
{
    LogRecord r;
    r.id = QStringLiteral("log-%1").arg(i);
    r.createdAt = QDateTime::currentDateTimeUtc().addDays(-ageDays);
    r.model = model;
    r.statusCode = 200;
    r.totalTokens = 10;
    r.costCents = 1;
    r.request = "{\"messages\":[{\"role\":\"user\",\"content\":\"hello " + QByteArray::number(i)
        + "\"}]}";
    r.response = "{\"choices\":[{\"message\":{\"content\":\"answer\"}}]}";
    return r;
}

} // namespace

class TestRetentionCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void parseAge_data();
    void parseAge();
    void policy();
    void pruneAsksFirst();
    void pruneWithFilter();
    void pruneByPolicy();
    void forgetAsksFirst();
    void forgetNeedsFilter();
    void retentionCommand();

private:
    std::unique_ptr<LogStore> open();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestRetentionCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(u"store.sqlite"_qs);
    auto store = open();
    QList<LogRecord> logs;
    // 5 logs 40 days old (3 gpt-4o, 2 claude), 4 logs 10 days old, 3 from today.
    for (int i = 0; i < 5; ++i)
        logs.append(makeLog(i, 40, i < 3 ? u"gpt-4o"_qs : u"claude"_qs));
    for (int i = 5; i < 9; ++i)
        logs.append(makeLog(i, 10, u"gpt-4o"_qs));
    for (int i = 9; i < 12; ++i)
        logs.append(makeLog(i, 0, u"gpt-4o"_qs));
    QString error;
    QVERIFY2(store->insert(logs, &error), qPrintable(error));
}

std::unique_ptr<LogStore> TestRetentionCli::open()
{
    QString error;
    auto store = LogStore::open(m_db, &error);
    if (!store)
        qFatal("%s", qPrintable(error));
    return store;
}

void TestRetentionCli::parseAge_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("seconds"); // -1: refused
    QTest::newRow("days") << u"30d"_qs << qint64(30 * 86400);
    QTest::newRow("hours") << u"12h"_qs << qint64(12 * 3600);
    QTest::newRow("weeks") << u"2w"_qs << qint64(14 * 86400);
    QTest::newRow("bare number is days") << u"7"_qs << qint64(7 * 86400);
    QTest::newRow("upper case") << u"3D"_qs << qint64(3 * 86400);
    QTest::newRow("zero") << u"0d"_qs << qint64(-1);
    QTest::newRow("negative") << u"-3d"_qs << qint64(-1);
    QTest::newRow("months are not a unit") << u"1m"_qs << qint64(-1);
    QTest::newRow("words") << u"a month"_qs << qint64(-1);
    QTest::newRow("empty") << u""_qs << qint64(-1);
}

void TestRetentionCli::parseAge()
{
    QFETCH(QString, text);
    QFETCH(qint64, seconds);
    QString error;
    const std::optional<qint64> age = Retention::parseAge(text, &error);
    if (seconds < 0) {
        QVERIFY(!age);
        QVERIFY(error.contains(u"30d"));
    } else {
        QCOMPARE(age.value_or(-1), seconds);
    }
}

void TestRetentionCli::policy()
{
    auto store = open();
    QString error;
    // Off by default: applying it removes nothing.
    QVERIFY(!Retention::keepDays(*store, &error));
    QVERIFY(error.isEmpty());
    QCOMPARE(*Retention::apply(*store, &error), 0);
    QCOMPARE(*store->count(u""_qs, &error), 12);
    QVERIFY(!Retention::setKeepDays(*store, 0, &error));
    QVERIFY(Retention::setKeepDays(*store, 30, &error));
    QCOMPARE(*Retention::keepDays(*store, &error), 30);
    QCOMPARE(*Retention::dueCount(*store, &error), 5);
    QCOMPARE(*Retention::apply(*store, &error), 5);
    QCOMPARE(*store->count(u""_qs, &error), 7);
    // Another connection sees the same policy.
    QCOMPARE(*Retention::keepDays(*open(), &error), 30);
    QVERIFY(Retention::setKeepDays(*store, std::nullopt, &error));
    QVERIFY(!Retention::keepDays(*store, &error));
    // The filter of an age is a filter the store reads.
    const QDateTime now(QDate(2026, 12, 6), QTime(12, 0), QTimeZone::utc());
    QCOMPARE(Retention::olderThanFilter(86400, now), u"before:2026-12-05T12:00:00"_qs);
    QCOMPARE(Retention::olderThanFilter(86400, now, u"model:x"_qs),
             u"model:x before:2026-12-05T12:00:00"_qs);
    QVERIFY(!store->checkFilter(Retention::olderThanFilter(86400, now, u"model:x"_qs)));
}

void TestRetentionCli::pruneAsksFirst()
{
    Run r = cli({u"prune"_qs, u"--db"_qs, m_db, u"--older-than"_qs, u"30d"_qs});
    QCOMPARE(r.status, 1);
    QVERIFY2(r.out.contains("5 logs older than 30d"), r.out.constData());
    QVERIFY2(r.err.contains("--yes"), r.err.constData());
    QCOMPARE(*open()->count(u""_qs, nullptr), 12);

    r = cli({u"prune"_qs, u"--db"_qs, m_db, u"--older-than"_qs, u"30d"_qs, u"--yes"_qs});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.contains("5 logs older than 30d"), r.out.constData());
    QVERIFY2(r.out.contains("Deleted 5 logs."), r.out.constData());
    QCOMPARE(*open()->count(u""_qs, nullptr), 7);

    r = cli({u"prune"_qs, u"--db"_qs, m_db, u"--older-than"_qs, u"1w"_qs, u"--yes"_qs});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.contains("Deleted 4 logs."), r.out.constData());
    QCOMPARE(*open()->count(u""_qs, nullptr), 3);

    r = cli({u"prune"_qs, u"--db"_qs, m_db, u"--older-than"_qs, u"1w"_qs});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.contains("nothing to delete"), r.out.constData());

    r = cli({u"prune"_qs, u"--db"_qs, m_db, u"--older-than"_qs, u"soon"_qs});
    QCOMPARE(r.status, 2);
}

void TestRetentionCli::pruneWithFilter()
{
    const Run r = cli({u"prune"_qs, u"--db"_qs, m_db, u"--older-than"_qs, u"30d"_qs, u"--filter"_qs,
                       u"model:claude"_qs, u"--yes"_qs});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.contains("Deleted 2 logs."), r.out.constData());
    auto store = open();
    QCOMPARE(*store->count(u""_qs, nullptr), 10);
    QCOMPARE(*store->count(u"model:claude"_qs, nullptr), 0);
}

void TestRetentionCli::pruneByPolicy()
{
    Run r = cli({u"prune"_qs, u"--db"_qs, m_db, u"--yes"_qs});
    QCOMPARE(r.status, 2); // no age and no policy
    QVERIFY2(r.err.contains("--older-than"), r.err.constData());
    QString error;
    QVERIFY(Retention::setKeepDays(*open(), 20, &error));
    r = cli({u"prune"_qs, u"--db"_qs, m_db, u"--yes"_qs});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.contains("Deleted 5 logs."), r.out.constData());
    QCOMPARE(*open()->count(u""_qs, nullptr), 7);
}

void TestRetentionCli::forgetAsksFirst()
{
    Run r = cli({u"forget"_qs, u"--db"_qs, m_db, u"--filter"_qs, u"model:gpt-4o"_qs});
    QCOMPARE(r.status, 1);
    QVERIFY2(r.out.contains("10 logs matching 'model:gpt-4o'"), r.out.constData());
    QVERIFY2(r.err.contains("--yes"), r.err.constData());
    QCOMPARE(*open()->count(u"tracked:false"_qs, nullptr), 0);

    r = cli({u"forget"_qs, u"--db"_qs, m_db, u"--filter"_qs, u"model:gpt-4o"_qs, u"--yes"_qs});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.contains("Removed the content of 10 logs."), r.out.constData());
    auto store = open();
    QCOMPARE(*store->count(u""_qs, nullptr), 12);
    QCOMPARE(*store->count(u"tracked:false"_qs, nullptr), 10);
    QCOMPARE(*store->count(u"hello"_qs, nullptr), 2); // the claude logs' words only
    const auto kept = store->record(u"log-0"_qs, nullptr);
    QVERIFY(kept->request.isEmpty() && kept->forgottenAt.isValid());
    QCOMPARE(kept->costCents, 1.0);
    // Nothing to replay, and the reason says why.
    const ReplayEligibility replay = ReplayPolicy::eligibility(*kept);
    QVERIFY(!replay.allowed);
    QVERIFY2(replay.reason.contains(u"was removed on"_qs), qPrintable(replay.reason));

    r = cli({u"forget"_qs, u"--db"_qs, m_db, u"--filter"_qs, u"model:gpt-4o"_qs, u"--yes"_qs});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.contains("nothing to remove"), r.out.constData());
}

void TestRetentionCli::forgetNeedsFilter()
{
    Run r = cli({u"forget"_qs, u"--db"_qs, m_db, u"--yes"_qs});
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains("--filter"), r.err.constData());
    r = cli({u"forget"_qs, u"--db"_qs, m_db, u"--filter"_qs, u"status:abc"_qs, u"--yes"_qs});
    QCOMPARE(r.status, 2);
    QCOMPARE(*open()->count(u"tracked:false"_qs, nullptr), 0);
}

void TestRetentionCli::retentionCommand()
{
    Run r = cli({u"retention"_qs, u"--db"_qs, m_db});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.contains("kept forever"), r.out.constData());
    r = cli({u"retention"_qs, u"--db"_qs, m_db, u"--days"_qs, u"30"_qs});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.contains("kept for 30 days. 5 logs are older now"), r.out.constData());
    QCOMPARE(*open()->count(u""_qs, nullptr), 12); // setting it removes nothing
    r = cli({u"retention"_qs, u"--db"_qs, m_db});
    QVERIFY2(r.out.contains("kept for 30 days"), r.out.constData());
    r = cli({u"retention"_qs, u"--db"_qs, m_db, u"--days"_qs, u"zero"_qs});
    QCOMPARE(r.status, 2);
    r = cli({u"retention"_qs, u"--db"_qs, m_db, u"--days"_qs, u"off"_qs});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.contains("kept forever"), r.out.constData());
}

QTEST_GUILESS_MAIN(TestRetentionCli)
#include "tst_retentioncli.moc"
