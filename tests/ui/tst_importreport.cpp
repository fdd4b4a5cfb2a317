// SPDX-License-Identifier: GPL-3.0-or-later
// The import report: an import that brought nothing in is titled as failed and says why (not
// "Import Finished" with "0 lines skipped"); a good one counts what came in, without the parts
// that are zero. The file is a real one the Importer could not read.
#include "importer.h"
#include "importreportdialog.h"
#include "store/logstore.h"

#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

class TestImportReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unreadableFileFails();
    void goodImportCounts();
};

void TestImportReport::unreadableFileFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString notes = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are my notes, not a log export\n");
    }
    QString error;
    auto store = LogStore::open(dir.filePath(QStringLiteral("store.sqlite")), &error);
    QVERIFY2(store, qPrintable(error));
    const ImportSummary summary = Importer(*store).importFiles({notes});
    QCOMPARE(summary.imported, qint64(0));
    QVERIFY(!summary.errors.isEmpty());

    QVERIFY(ImportReportDialog::failed(summary));
    ImportReportDialog dialog(summary);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Import Failed"));
    const QString text = dialog.findChild<QLabel *>(QStringLiteral("summary"))->text();
    QVERIFY2(text.startsWith(QStringLiteral("Nothing was imported: notes.txt: ")),
             qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("skipped")), qPrintable(text));
    QCOMPARE(ImportReportDialog::headline(summary), text);
}

void TestImportReport::goodImportCounts()
{
    ImportSummary summary;
    summary.imported = 12;
    QVERIFY(!ImportReportDialog::failed(summary));
    QCOMPARE(ImportReportDialog::title(summary), QStringLiteral("Import Finished"));
    QCOMPARE(ImportReportDialog::headline(summary), QStringLiteral("12 logs imported."));
    summary.duplicates = 3;
    summary.skipped = 2;
    summary.errors.append({QStringLiteral("a.jsonl"), 7, QStringLiteral("not JSON")});
    summary.errors.append({QStringLiteral("a.jsonl"), 9, QStringLiteral("not JSON")});
    QCOMPARE(ImportReportDialog::headline(summary),
             QStringLiteral("12 logs imported, 3 already in the store, 2 lines skipped."));
    summary.cancelled = true;
    QCOMPARE(ImportReportDialog::title(summary), QStringLiteral("Import Cancelled"));
}

QTEST_MAIN(TestImportReport)
#include "tst_importreport.moc"
