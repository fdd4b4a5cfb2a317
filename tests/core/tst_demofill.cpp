// SPDX-License-Identifier: GPL-3.0-or-later
// DemoData::fill, behind Load Demo Data and gatescope-cli demo: the seed's records in a store as
// one bulk import, searchable when it returns, also when stopped early.
#include "demodata.h"
#include "logstore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestDemoFill : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<LogStore> openStore()
    {
        QString error;
        std::unique_ptr<LogStore> store = LogStore::open(
            m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction())), &error);
        if (!store)
            qWarning("%s", qPrintable(error));
        return store;
    }
    static qint64 count(LogStore &store, const QString &filter = {})
    {
        QString error;
        return store.count(filter, &error).value_or(-1);
    }

    // Whether the SQLite store is inside a bulk import, as another connection sees it: into an
    // empty store a bulk import drops the secondary indexes and notes them in meta until
    // finishBulkImport() builds them again.
    static bool indexesDeferred(const QString &file)
    {
        bool deferred = false;
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("observer"));
            db.setDatabaseName(file);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QSqlQuery q(db);
                deferred = q.exec(QStringLiteral("SELECT count(*) FROM meta WHERE key IN "
                                                 "('deferred_indexes', 'deferred_id_index')"))
                    && q.next() && q.value(0).toInt() > 0;
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("observer"));
        return deferred;
    }

private slots:
    void fillsTheSeedsRecordsAndIndexesThem()
    {
        std::unique_ptr<LogStore> store = openStore();
        QVERIFY(store);
        const QString file
            = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
        QList<qint64> seen;
        bool bulk = false;
        const DemoData::FillResult r = DemoData(7, 3000).fill(*store, 3000, 1000, [&](qint64 n) {
            seen << n;
            if (n == 1000)
                bulk = indexesDeferred(file);
            return true;
        });
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.written, 3000);
        QCOMPARE(r.inserted, 3000);
        QCOMPARE(seen, (QList<qint64> {1000, 2000, 3000}));
        QCOMPARE(count(*store), 3000);
        // The same records as the generator gives, whatever the batches.
        const QList<LogRecord> expected = DemoData(7, 3000).generate(3000);
        QString error;
        QVERIFY(store->record(expected.constFirst().id, &error));
        QVERIFY(store->record(expected.constLast().id, &error));
        // One bulk import, finished: the indexes and the full-text index built at the end.
        QVERIFY(bulk);
        QVERIFY(!indexesDeferred(file));
        QCOMPARE(store->pendingFullTextRows(), 0);
    }

    void stoppingKeepsWhatWasWrittenAndIndexed()
    {
        std::unique_ptr<LogStore> store = openStore();
        QVERIFY(store);
        const DemoData::FillResult r
            = DemoData(1, 5000).fill(*store, 5000, 1000, [](qint64) { return false; });
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.written, 1000);
        QCOMPARE(count(*store), 1000);
        QCOMPARE(store->pendingFullTextRows(), 0);
    }

    void theSameSeedAgainAddsNothing()
    {
        std::unique_ptr<LogStore> store = openStore();
        QVERIFY(store);
        QCOMPARE(DemoData(3, 500).fill(*store, 500, 200).inserted, 500);
        const DemoData::FillResult again = DemoData(3, 500).fill(*store, 500, 200);
        QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
        QCOMPARE(again.inserted, 0);
        QCOMPARE(again.duplicates, 500);
        QCOMPARE(count(*store), 500);
    }
};

QTEST_GUILESS_MAIN(TestDemoFill)
#include "tst_demofill.moc"
