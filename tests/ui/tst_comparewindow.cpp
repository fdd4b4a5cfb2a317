// SPDX-License-Identifier: GPL-3.0-or-later
// The compare window (Log > Compare): differing rows highlighted, "only differences", the cache
// explanation; and the M / C keys through PeerActions on a real store.

#include "comparewindow.h"
#include "datasetdialog.h"
#include "fixturerecord.h"
#include "importer.h"
#include "logstore.h"
#include "peeractions.h"
#include "storeworker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

class TestCompareWindow : public QObject
{
    Q_OBJECT

private slots:
    void highlightsDifferences();
    void markAndCompare();
    void datasetDialog();
};

void TestCompareWindow::highlightsDifferences()
{
    const LogRecord left = TestData::firstRecord(u"gateway-stream/cache_simple_1_first.jsonl"_qs);
    const LogRecord right = TestData::firstRecord(u"gateway-stream/cache_semantic.jsonl"_qs);
    CompareWindow window(left, right);
    window.setAttribute(Qt::WA_DeleteOnClose, false);
    // 1200x760: the size of the README's screenshots (packaging/screenshots).
    window.resize(1200, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QTreeWidget *fields = window.fields();
    int rows = 0, highlighted = 0;
    QTreeWidgetItem *message = nullptr;
    for (int i = 0; i < fields->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = fields->topLevelItem(i);
        if (item->isFirstColumnSpanned())
            continue; // a section heading
        ++rows;
        if (item->data(0, Qt::UserRole).toBool()) {
            ++highlighted;
            QVERIFY(item->background(1).style() != Qt::NoBrush);
        } else {
            QCOMPARE(item->background(1).style(), Qt::NoBrush);
        }
        if (item->text(0) == u"messages[0]")
            message = item;
    }
    QVERIFY(message);
    QVERIFY(message->data(0, Qt::UserRole).toBool());
    QCOMPARE(message->text(2), u"user: semantic cache mwz5cuqi"_qs);
    QVERIFY(highlighted > 0 && highlighted < rows);
    QVERIFY(window.cacheSummary()->text().contains(u"body.messages[0].content"_qs));

    auto *only = window.findChild<QCheckBox *>(u"onlyDifferences"_qs);
    QVERIFY(only);
    only->setChecked(true);
    int shown = 0;
    for (int i = 0; i < fields->topLevelItemCount(); ++i)
        shown += fields->topLevelItem(i)->isFirstColumnSpanned() ? 0 : 1;
    QCOMPARE(shown, highlighted);
    only->setChecked(false);

    if (const QString dir = qEnvironmentVariable("GATESCOPE_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(window.grab().save(dir + u"/compare-window.png"_qs));
}

void TestCompareWindow::markAndCompare()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"store.db"_qs);
    QString error;
    qint64 first = 0, second = 0;
    {
        std::unique_ptr<LogStore> store = LogStore::open(db, &error);
        QVERIFY2(store, qPrintable(error));
        Importer importer(*store);
        QCOMPARE(importer
                     .importFiles({TestData::path(u"gateway-stream/cache_simple_1_first.jsonl"_qs),
                                   TestData::path(u"gateway-stream/cache_semantic.jsonl"_qs)})
                     .imported,
                 2);
        first = store->record(u"gw-d3fb1544-25f6-467f-ab33-9a3ba274b8ed"_qs, &error)->rowId;
        second = store->record(u"gw-026fce5f-8ffc-4f41-820a-52e0f4f5ff42"_qs, &error)->rowId;
    }
    StoreWorker worker(db, u"compare-test"_qs);
    QMainWindow window;
    window.menuBar()->addMenu(u"&File"_qs)->addSeparator();
    auto *list = new QWidget;
    window.setCentralWidget(list);
    qint64 selected = first;
    PeerActions peers(
        &window, &worker, list, [&] { return selected; }, [] { return QString(); });
    list->setFocusPolicy(Qt::StrongFocus);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    list->setFocus();
    QSignalSpy opened(&peers, &PeerActions::compareOpened);

    QTest::keyClick(list, Qt::Key_M);
    QCOMPARE(peers.markedRowId(), first);
    selected = second;
    QTest::keyClick(list, Qt::Key_C);
    QVERIFY(opened.wait(10000));
    auto *compare = qobject_cast<CompareWindow *>(opened.first().first().value<QWidget *>());
    QVERIFY(compare);
    QCOMPARE(compare->diff().leftId, u"gw-d3fb1544-25f6-467f-ab33-9a3ba274b8ed"_qs);
    QCOMPARE(compare->diff().rightId, u"gw-026fce5f-8ffc-4f41-820a-52e0f4f5ff42"_qs);
    compare->close();
}

void TestCompareWindow::datasetDialog()
{
    DatasetDialog dialog(u"model:gpt-4o-mini"_qs, 412, false);
    dialog.setPath(u"/tmp/train.jsonl"_qs);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Nothing selected: only the filter's logs can be saved.
    QList<QRadioButton *> scopes = dialog.findChildren<QRadioButton *>();
    QCOMPARE(scopes.size(), 2);
    QVERIFY(scopes.at(0)->text().contains(u"412"_qs));
    QVERIFY(!scopes.at(1)->isEnabled());
    QVERIFY(!dialog.selectionOnly());
    QCOMPARE(dialog.format(), DatasetWriter::Format::OpenAiChat);
    auto *format = dialog.findChild<QComboBox *>(u"datasetFormat"_qs);
    format->setCurrentIndex(2);
    QCOMPARE(dialog.format(), DatasetWriter::Format::Csv);
    QCOMPARE(dialog.path(), u"/tmp/train.csv"_qs);
    if (const QString dir = qEnvironmentVariable("GATESCOPE_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(dialog.grab().save(dir + u"/dataset-dialog.png"_qs));
}

QTEST_MAIN(TestCompareWindow)
#include "tst_comparewindow.moc"
