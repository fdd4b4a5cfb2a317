// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export Logs…: the list's filter to Gatescope JSONL (importable back) or CSV, on a thread
// of its own, with progress, and Cancel leaving no half file behind.
#include "demodata.h"
#include "exportlogsdialog.h"
#include "importer.h"
#include "logtablemodel.h"
#include "mainwindow.h"
#include "store/logstore.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace {

QList<QByteArray> lines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> out = file.readAll().split('\n');
    while (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

} // namespace

class TestExportLogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void menuEntryExportsTheFilter();
    void csvHasAHeaderAndARowPerLog();
    void cancelLeavesNoHalfFile();

private:
    qint64 exportWith(ExportLogsDialog *dialog, const QString &path, Exporter::Format format);

    QTemporaryDir m_dir;
    QString m_store;
    MainWindow *m_window = nullptr;
};

void TestExportLogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_store = m_dir.filePath(QStringLiteral("export.sqlite"));
    QString error;
    {
        auto store = LogStore::open(m_store, &error);
        QVERIFY2(store, qPrintable(error));
        DemoData demo(7, 3000);
        QVERIFY2(store->insert(demo.next(3000), &error), qPrintable(error));
    }
    m_window = new MainWindow(m_store);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_window->model()->isLoading() && m_window->model()->rowCount() == 3000, 20000);
}

void TestExportLogs::cleanupTestCase()
{
    delete m_window;
}

qint64 TestExportLogs::exportWith(ExportLogsDialog *dialog, const QString &path,
                                  Exporter::Format format)
{
    dialog->setFormat(format);
    dialog->setPath(path);
    QSignalSpy finished(dialog, &ExportLogsDialog::finished);
    dialog->start();
    if (!dialog->isRunning() && finished.isEmpty())
        return -2;
    if (finished.isEmpty() && !finished.wait(30000))
        return -3;
    return finished.first().at(0).toLongLong();
}

void TestExportLogs::menuEntryExportsTheFilter()
{
    QAction *action = m_window->action(QStringLiteral("exportLogs"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_window->setFilter(QStringLiteral("status:>=400"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->model()->isLoading()
                                 && m_window->model()->query().filter
                                     == QStringLiteral("status:>=400"),
                             10000);
    QTRY_VERIFY(m_window->model()->isIndexComplete());
    const int matching = m_window->model()->rowCount();
    QVERIFY(matching > 0 && matching < 3000);
    action->trigger();
    auto *dialog = m_window->findChild<ExportLogsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const QString path = m_dir.filePath(QStringLiteral("errors.jsonl"));
    QCOMPARE(exportWith(dialog, path, Exporter::Format::Gatescope), qint64(matching));
    QCOMPARE(dialog->progressBar()->value(), 100);
    QVERIFY2(dialog->resultText().contains(path), qPrintable(dialog->resultText()));
    QCOMPARE(lines(path).size(), matching);
    // What was written imports back into the same logs.
    QString error;
    auto copy = LogStore::open(m_dir.filePath(QStringLiteral("copy.sqlite")), &error);
    QVERIFY2(copy, qPrintable(error));
    const ImportSummary summary = Importer(*copy).importFiles({path});
    QCOMPARE(summary.imported, qint64(matching));
    QCOMPARE(copy->count(QStringLiteral("status:<400"), &error).value_or(-1), qint64(0));
    dialog->close();
    m_window->setFilter(QString());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->model()->rowCount() == 3000, 10000);
}

void TestExportLogs::csvHasAHeaderAndARowPerLog()
{
    ExportLogsDialog dialog(m_store, QStringLiteral("status:<400"), 0);
    const QString path = m_dir.filePath(QStringLiteral("ok.csv"));
    QString error;
    auto store = LogStore::open(m_store, &error);
    const qint64 expected = store->count(QStringLiteral("status:<400"), &error).value_or(-1);
    QVERIFY(expected > 0);
    QCOMPARE(exportWith(&dialog, path, Exporter::Format::Csv), expected);
    const QList<QByteArray> rows = lines(path);
    QVERIFY(!rows.isEmpty());
    QVERIFY2(rows.first().contains("id"), rows.first().constData());
    QVERIFY(rows.size() >= expected + 1); // a body with a line break spans lines
}

void TestExportLogs::cancelLeavesNoHalfFile()
{
    ExportLogsDialog dialog(m_store, QString(), 3000);
    dialog.show();
    const QString path = m_dir.filePath(QStringLiteral("cancelled.jsonl"));
    dialog.setPath(path);
    QSignalSpy finished(&dialog, &ExportLogsDialog::finished);
    dialog.start();
    QVERIFY(dialog.isRunning());
    // Cancel while it runs: the dialog stays open to say what became of it.
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close)->click();
    QVERIFY(finished.wait(30000));
    QVERIFY(dialog.isVisible());
    const bool cancelled = finished.first().at(3).toBool();
    qInfo("the export %s", cancelled ? "was cancelled" : "had finished before the cancel");
    if (cancelled) {
        QVERIFY(!QFile::exists(path));
        QVERIFY(dialog.resultText().contains(QStringLiteral("cancelled")));
    } else {
        // It was done before the flag was read: then the whole file, never a part of it.
        QCOMPARE(lines(path).size(), 3000);
    }
    QVERIFY(!dialog.isRunning());
}

QTEST_MAIN(TestExportLogs)
#include "tst_exportlogs.moc"
