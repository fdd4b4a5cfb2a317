// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"
#include "logstore.h"
#include "testdata.h"

#include <QTemporaryDir>
#include <QTest>

class TestImporter : public QObject
{
    Q_OBJECT

private slots:
    void importsSeveralFilesWithProgress();
    void cancelKeepsWhatWasCommitted();
    void unreadableFileDoesNotStopTheOthers();
    void forcedFormatOverridesSniffing();

private:
    std::unique_ptr<LogStore> openStore(const QString &name)
    {
        QString error;
        auto store = LogStore::open(m_dir.filePath(name), &error);
        if (!store)
            qFatal("cannot open store: %s", qPrintable(error));
        return store;
    }
    QTemporaryDir m_dir;
};

void TestImporter::importsSeveralFilesWithProgress()
{
    auto store = openStore(u"several.sqlite"_qs);
    Importer importer(*store);
    importer.setBatchSize(2);
    QList<ImportProgress> seen;
    importer.setProgressHandler([&](const ImportProgress &p) { seen.append(p); });
    const QStringList files = {TestData::path(u"cli/portkey_export_small.jsonl"_qs),
                               TestData::path(u"gateway-stream/loadbalance_10_requests.jsonl"_qs)};
    const ImportSummary summary = importer.importFiles(files);
    QCOMPARE(summary.imported, 15);
    QCOMPARE(summary.skipped, 1);
    QVERIFY(!summary.unreadableFile);
    QVERIFY(!summary.cancelled);
    QCOMPARE(summary.errors.size(), 1);
    QCOMPARE(summary.errors.first().line, 5);
    // Progress moves forward, names both files and ends at the total.
    QVERIFY(seen.size() >= 4);
    for (int i = 1; i < seen.size(); ++i)
        QVERIFY(seen.at(i).bytesDone >= seen.at(i - 1).bytesDone);
    QCOMPARE(seen.last().bytesDone, seen.last().bytesTotal);
    QCOMPARE(seen.last().fileIndex, 1);
    QCOMPARE(seen.last().records, 15);
    QString error;
    QCOMPARE(store->count(QString(), &error).value_or(-1), 15);
    // The source of each record is its file's name.
    QCOMPARE(store->count(u"source:portkey_export_small.jsonl"_qs, &error).value_or(-1), 5);
}

void TestImporter::cancelKeepsWhatWasCommitted()
{
    auto store = openStore(u"cancel.sqlite"_qs);
    Importer importer(*store);
    importer.setBatchSize(3);
    std::atomic_bool cancel = false;
    importer.setCancelFlag(&cancel);
    int batches = 0;
    importer.setProgressHandler([&](const ImportProgress &) {
        if (++batches == 2)
            cancel = true;
    });
    const ImportSummary summary = importer.importFiles(
        {TestData::path(u"gateway-stream/loadbalance_10_requests.jsonl"_qs)});
    QVERIFY(summary.cancelled);
    QCOMPARE(summary.imported, 6); // two committed batches of three
    QString error;
    QCOMPARE(store->count(QString(), &error).value_or(-1), 6);
    // A second run picks up the rest and stores nothing twice.
    Importer again(*store);
    const ImportSummary rest
        = again.importFiles({TestData::path(u"gateway-stream/loadbalance_10_requests.jsonl"_qs)});
    QCOMPARE(rest.imported, 4);
    QCOMPARE(rest.duplicates, 6);
}

void TestImporter::unreadableFileDoesNotStopTheOthers()
{
    auto store = openStore(u"unreadable.sqlite"_qs);
    Importer importer(*store);
    const ImportSummary summary
        = importer.importFiles({m_dir.filePath(u"missing.jsonl"_qs),
                                TestData::path(u"cli/portkey_export_small.jsonl"_qs)});
    QVERIFY(summary.unreadableFile);
    QCOMPARE(summary.imported, 5);
    QCOMPARE(summary.errors.first().line, 0);
    QVERIFY(summary.errors.first().file.endsWith(u"missing.jsonl"));
}

void TestImporter::forcedFormatOverridesSniffing()
{
    auto store = openStore(u"forced.sqlite"_qs);
    Importer importer(*store);
    importer.setFormat(FileFormat::GatewayStream);
    // An export file read as gateway events: every line is rejected, nothing is stored.
    const ImportSummary summary
        = importer.importFiles({TestData::path(u"cli/portkey_export_small.jsonl"_qs)});
    QCOMPARE(summary.imported, 0);
    QCOMPARE(summary.skipped, 6);
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
