// SPDX-License-Identifier: GPL-3.0-or-later
// The log list's model over a real SQLite store of 10,000 logs: the count and the rows at the top,
// middle and bottom in each order, blocks read only when shown and within the cache's cap, live
// rows laid in where their order puts them with the selection kept on its log, and the shared
// store's watch (the burst of changes taken together, the reconnect backoff).
#include "logtablemodel.h"
#include "sharedstorewatch.h"
#include "store/logstore.h"
#include "storeworker.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <iterator>

namespace {

constexpr int LogCount = 10000;

// Log i was created i seconds after the base time; its latency is an even number that puts the
// logs in another order than their time (7919 is prime to 10,000: every latency differs).
int latencyOf(int i)
{
    return 2 * int((qint64(i) * 7919) % LogCount);
}

QString logId(int i)
{
    return QStringLiteral("log-%1").arg(i, 5, 10, QLatin1Char('0'));
}

LogRecord makeLog(int i, qint64 latencyMs)
{
    LogRecord r;
    r.id = logId(i);
    r.traceId = QStringLiteral("trace-%1").arg(i % 97);
    r.createdAt = QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc()).addSecs(i);
    r.requestType = RequestType::Chat;
    r.provider = QStringLiteral("openai");
    r.model = QStringLiteral("gpt-4o");
    r.statusCode = 200;
    r.latencyMs = latencyMs;
    return r;
}

// The log whose latency is `latency` (the inverse of latencyOf).
int logWithLatency(int latency)
{
    for (int i = 0; i < LogCount; ++i) {
        if (latencyOf(i) == latency)
            return i;
    }
    return -1;
}

QString idAt(const LogTableModel &model, int row)
{
    return model.index(row, LogTableModel::Time).data(LogTableModel::LogIdRole).toString();
}

bool isLoaded(const LogTableModel &model, int row)
{
    return model.index(row, LogTableModel::Time).data(LogTableModel::LoadedRole).toBool();
}

} // namespace

class TestLogTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void countAndRowsInEachOrder_data();
    void countAndRowsInEachOrder();
    void firstPageBeforeTheIndex();
    void rowsAreReadWhenShown();
    void cacheStaysWithinItsCap();
    void liveRowKeepsTheSelection_data();
    void liveRowKeepsTheSelection();
    void sqliteCannotBeWatched();
    void othersChangesTakenTogether();
    void reconnectBacksOff();

private:
    bool load(LogTableModel &model, const LogQuery &query);
    QTemporaryDir m_dir;
    QString m_pristine;
    QString m_path; // this test's copy
    int m_copies = 0;
    int m_nextLog = LogCount;
};

void TestLogTableModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_pristine = m_dir.filePath(QStringLiteral("list.sqlite"));
    QString error;
    auto store = LogStore::open(m_pristine, &error);
    QVERIFY2(store, qPrintable(error));
    QList<LogRecord> logs;
    logs.reserve(LogCount);
    for (int i = 0; i < LogCount; ++i)
        logs.append(makeLog(i, latencyOf(i)));
    QVERIFY2(store->insert(logs, &error), qPrintable(error));
}

void TestLogTableModel::init()
{
    // Each test has the 10,000 logs to itself: a copy of the store initTestCase filled.
    m_path = m_dir.filePath(QStringLiteral("list-%1.sqlite").arg(++m_copies));
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        if (QFile::exists(m_pristine + suffix))
            QVERIFY(QFile::copy(m_pristine + suffix, m_path + suffix));
    }
    QString error;
    auto store = LogStore::open(m_path, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->count(QString(), &error).value_or(-1), qint64(LogCount));
}

bool TestLogTableModel::load(LogTableModel &model, const LogQuery &query)
{
    QSignalSpy loaded(&model, &LogTableModel::indexLoaded);
    model.setQuery(query);
    return loaded.wait(20000) && model.isIndexComplete() && model.lastError().isEmpty();
}

void TestLogTableModel::countAndRowsInEachOrder_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QString>("top");
    QTest::addColumn<QString>("middle"); // row 5000
    QTest::addColumn<QString>("bottom");
    QTest::newRow("newest first") << int(LogTableModel::Time) << true << logId(9999) << logId(4999)
                                  << logId(0);
    QTest::newRow("oldest first") << int(LogTableModel::Time) << false << logId(0) << logId(5000)
                                  << logId(9999);
    QTest::newRow("fastest first")
        << int(LogTableModel::Latency) << false << logId(logWithLatency(0))
        << logId(logWithLatency(10000)) << logId(logWithLatency(19998));
    QTest::newRow("slowest first")
        << int(LogTableModel::Latency) << true << logId(logWithLatency(19998))
        << logId(logWithLatency(9998)) << logId(logWithLatency(0));
}

void TestLogTableModel::countAndRowsInEachOrder()
{
    QFETCH(int, column);
    QFETCH(bool, descending);
    QFETCH(QString, top);
    QFETCH(QString, middle);
    QFETCH(QString, bottom);

    LogTableModel model(m_path);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(load(model, {}));
    QCOMPARE(model.rowCount(), LogCount);
    // The header click: the store sorts, the model shows the new order from the top.
    QSignalSpy loaded(&model, &LogTableModel::indexLoaded);
    model.sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    if (column != LogTableModel::Time || !descending) // newest first is already shown
        QVERIFY(loaded.wait(20000));
    QCOMPARE(model.query().sort, *LogTableModel::sortColumnFor(column));
    QCOMPARE(model.query().descending, descending);
    QCOMPARE(model.rowCount(), LogCount);
    QTRY_COMPARE(idAt(model, 0), top);
    QTRY_COMPARE(idAt(model, LogCount / 2), middle);
    QTRY_COMPARE(idAt(model, LogCount - 1), bottom);
    // The shown text is the row's own: its latency in the Latency column's words.
    const LogRecord *record = model.recordAt(LogCount / 2);
    QVERIFY(record);
    QCOMPARE(record->id, middle);
    QVERIFY(!model.index(LogCount / 2, LogTableModel::Latency).data().toString().isEmpty());
    QCOMPARE(model.rowOfRowId(record->rowId), LogCount / 2);
}

void TestLogTableModel::firstPageBeforeTheIndex()
{
    LogTableModel model(m_path);
    int shownFirst = -1;
    bool completeFirst = true;
    connect(&model, &LogTableModel::firstRowsReady, this, [&] {
        shownFirst = model.rowCount();
        completeFirst = model.isIndexComplete();
    });
    QVERIFY(load(model, {}));
    // The first rows paint before the 10,000-row index is known, and they are loaded.
    QCOMPARE(shownFirst, int(LogTableModel::BlockSize));
    QVERIFY(!completeFirst);
    QCOMPARE(model.rowCount(), LogCount);
    QVERIFY(isLoaded(model, 0));
    QCOMPARE(idAt(model, 0), logId(9999));
}

void TestLogTableModel::rowsAreReadWhenShown()
{
    LogTableModel model(m_path);
    QVERIFY(load(model, {}));
    QCOMPARE(model.cachedBlockCount(), 1); // the first page only
    QSignalSpy blocks(&model, &LogTableModel::blockLoaded);

    // A row never shown is a placeholder until its block arrives; data() only asks for it.
    const int middle = LogCount / 2;
    QCOMPARE(model.index(middle, LogTableModel::Time).data().toString(), QStringLiteral("\u2026"));
    QVERIFY(!isLoaded(model, middle));
    QVERIFY(model.index(middle, LogTableModel::Time).data(LogTableModel::LogIdRole).isNull());
    QVERIFY(!model.recordAt(middle));
    QTRY_VERIFY(isLoaded(model, middle));
    QCOMPARE(idAt(model, middle), logId(LogCount - 1 - middle));
    QVERIFY(model.index(middle, LogTableModel::Time).data().toString().startsWith(u"2026-03-01"));

    // Only that row's block was read: the rows between are still not loaded.
    QCOMPARE(blocks.count(), 1);
    QCOMPARE(blocks.first().first().toInt(), middle / LogTableModel::BlockSize);
    QCOMPARE(model.cachedBlockCount(), 2);
    QVERIFY(!isLoaded(model, middle - LogTableModel::BlockSize));
    QVERIFY(!isLoaded(model, LogCount - 1));
}

void TestLogTableModel::cacheStaysWithinItsCap()
{
    LogTableModel model(m_path);
    model.setMaxCachedBlocks(3);
    QVERIFY(load(model, {}));
    // Scrolled through the list, a block at a time: at most three blocks are kept, the most
    // recently shown ones, and a block shown again is read again.
    for (int block : {10, 20, 30, 40}) {
        const int row = block * LogTableModel::BlockSize;
        QTRY_VERIFY(isLoaded(model, row));
        QVERIFY2(model.cachedBlockCount() <= 3, qPrintable(QString::number(block)));
    }
    QVERIFY(isLoaded(model, 40 * LogTableModel::BlockSize));
    QVERIFY(isLoaded(model, 30 * LogTableModel::BlockSize));
    QSignalSpy blocks(&model, &LogTableModel::blockLoaded);
    QVERIFY(!isLoaded(model, 10 * LogTableModel::BlockSize)); // dropped: asked for again
    QVERIFY(blocks.wait(20000));
    QCOMPARE(blocks.first().first().toInt(), 10);
    QCOMPARE(idAt(model, 10 * LogTableModel::BlockSize),
             logId(LogCount - 1 - 10 * LogTableModel::BlockSize));
    QCOMPARE(model.cachedBlockCount(), 3);
}

void TestLogTableModel::liveRowKeepsTheSelection_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<int>("latency");
    QTest::addColumn<int>("expectedRow");
    QTest::addColumn<int>("selectedRow");
    // Newest first: the new log is the newest, at the top; the selected row moves down one.
    QTest::newRow("newest first") << int(LogTableModel::Time) << true << 20001 << 0 << 10;
    // By latency: 5,001 logs are faster (0 to 10,000 in even steps), so it goes in between.
    QTest::newRow("fastest first") << int(LogTableModel::Latency) << false << 10001 << 5001 << 7000;
}

void TestLogTableModel::liveRowKeepsTheSelection()
{
    QFETCH(int, column);
    QFETCH(bool, descending);
    QFETCH(int, latency);
    QFETCH(int, expectedRow);
    QFETCH(int, selectedRow);

    LogTableModel model(m_path);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    LogQuery query;
    query.sort = *LogTableModel::sortColumnFor(column);
    query.descending = descending;
    QVERIFY(load(model, query));
    QItemSelectionModel selection(&model);
    const QModelIndex selected = model.index(selectedRow, LogTableModel::Time);
    QTRY_VERIFY(isLoaded(model, selectedRow));
    const QString selectedId = idAt(model, selectedRow);
    selection.setCurrentIndex(selected,
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    // Another writer (the live capture) stores a log newer than every listed one.
    const int i = m_nextLog++;
    LogRecord fresh = makeLog(i, latency);
    {
        QString error;
        auto store = LogStore::open(m_path, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY2(store->insert({fresh}, &error), qPrintable(error));
    }
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy live(&model, &LogTableModel::liveRowsWereInserted);
    model.refreshForNewRows(fresh.createdAt);
    QVERIFY(live.wait(20000));

    // One row inserted where the order puts it, not a reset: the view keeps its place.
    QCOMPARE(live.first().first().toInt(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), expectedRow);
    QCOMPARE(inserted.first().at(2).toInt(), expectedRow);
    QCOMPARE(model.rowCount(), LogCount + 1);
    QCOMPARE(model.liveRowsInserted(), qint64(1));
    QTRY_COMPARE(idAt(model, expectedRow), fresh.id);
    // The selection is still on its log, one row further down when the new one came above it.
    const int movedTo = selectedRow + (expectedRow <= selectedRow ? 1 : 0);
    QCOMPARE(selection.currentIndex().row(), movedTo);
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(selection.selectedRows().first().row(), movedTo);
    QTRY_COMPARE(idAt(model, movedTo), selectedId);
    // The rows shown before stay loaded (no placeholders flash): the new one came read.
    if (expectedRow == 0)
        QVERIFY(isLoaded(model, 0) && isLoaded(model, 1));
}

void TestLogTableModel::sqliteCannotBeWatched()
{
    LogTableModel model(m_path);
    QSignalSpy failed(&model, &LogTableModel::watchFailed);
    QSignalSpy watching(&model, &LogTableModel::watchingOthers);
    model.watchOtherWriters();
    QVERIFY(failed.wait(20000));
    QVERIFY2(failed.first().first().toString().contains(u"no other writers"),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(watching.count(), 0);
    QVERIFY(!model.isWatchingOthers());
    QVERIFY(!model.isReconnecting()); // a refusal is not a lost connection: nothing is retried
}

void TestLogTableModel::othersChangesTakenTogether()
{
    StoreWorker worker(m_path, QStringLiteral("test-watch"));
    SharedStoreWatch watch(&worker);
    QSignalSpy rows(&watch, &SharedStoreWatch::rowsCommitted);
    QSignalSpy feedback(&watch, &SharedStoreWatch::feedbackChanged);
    // A burst as PostgresLogStore sends it while someone imports and gives feedback.
    for (const char *what : {"logs 500", "feedback log-00001", "logs 500", "feedback log-00002",
                             "feedback log-00001", "logs 20"})
        watch.takeChange(QString::fromLatin1(what));
    QCOMPARE(rows.count(), 0); // gathered first
    QVERIFY(rows.wait(20000));
    QTRY_COMPARE(feedback.count(), 1);
    QCOMPARE(rows.count(), 1);
    QStringList logs = feedback.first().first().toStringList();
    logs.sort();
    QCOMPARE(logs, QStringList({QStringLiteral("log-00001"), QStringLiteral("log-00002")}));
    QVERIFY(!watch.isReconnecting());
}

void TestLogTableModel::reconnectBacksOff()
{
    StoreWorker worker(m_path, QStringLiteral("test-watch"));
    SharedStoreWatch watch(&worker);
    QSignalSpy lost(&watch, &SharedStoreWatch::watchLost);
    QSignalSpy watching(&watch, &SharedStoreWatch::watching);
    QCOMPARE(watch.nextTryDelay(), -1);

    watch.takeChange(QStringLiteral("lost server closed the connection unexpectedly"));
    QVERIFY(watch.isReconnecting());
    QVERIFY(!watch.isWatching());
    QCOMPARE(watch.connectionProblem(),
             QStringLiteral("server closed the connection unexpectedly"));
    QCOMPARE(lost.count(), 1);
    QCOMPARE(lost.first().first().toString(), watch.connectionProblem());
    // The first try waits 75-125 % of a second: desktops that lost the same server spread out.
    int delay = watch.nextTryDelay();
    QVERIFY2(delay >= 750 && delay <= 1250, qPrintable(QString::number(delay)));
    // Said once: the watch has ended, a second "lost" is not a second loss.
    watch.takeChange(QStringLiteral("lost again"));
    QCOMPARE(lost.count(), 1);
    QCOMPARE(watch.reconnectTries(), 0);

    // Each try that fails (SQLite is never watched) says why and doubles the step, up to 30 s.
    // watchOtherWriters() tries at once, so the test does not wait for the backoff.
    const int steps[] = {2000, 4000, 8000, 16000, 30000, 30000};
    int tries = 0;
    for (int step : steps) {
        watch.watchOtherWriters();
        ++tries;
        QCOMPARE(watch.reconnectTries(), tries);
        QVERIFY(watch.isReconnectTryRunning());
        QCOMPARE(watch.nextTryDelay(), -1);
        watch.watchOtherWriters(); // one try at a time
        QCOMPARE(watch.reconnectTries(), tries);
        QVERIFY(lost.wait(20000));
        QVERIFY(!watch.isReconnectTryRunning());
        QVERIFY(watch.isReconnecting());
        QVERIFY2(watch.connectionProblem().contains(u"no other writers"),
                 qPrintable(watch.connectionProblem()));
        delay = watch.nextTryDelay();
        QVERIFY2(delay >= step * 3 / 4 && delay <= qMin(step * 5 / 4, 30000),
                 qPrintable(QStringLiteral("step %1: %2").arg(step).arg(delay)));
    }
    QCOMPARE(lost.count(), 1 + int(std::size(steps)));
    QCOMPARE(watching.count(), 0);
}

QTEST_MAIN(TestLogTableModel)
#include "tst_logtablemodel.moc"
