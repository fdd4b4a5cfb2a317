// SPDX-License-Identifier: GPL-3.0-or-later
// Feedback as a user gives it: the thumbs-up shortcut in the dialog, edit, delete and undo, and
// an entry showing on every log of its trace (the list's Feedback column and the Overview).
#include "detailpanel.h"
#include "feedbackcontroller.h"
#include "feedbackdialog.h"
#include "logtablemodel.h"
#include "mainwindow.h"
#include "store/logstore.h"

#include <QAction>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QPlainTextEdit>
#include <QSlider>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimeZone>
#include <QUndoStack>

namespace {

LogRecord makeLog(int i, const QString &trace)
{
    LogRecord r;
    r.id = QStringLiteral("log-%1").arg(i);
    r.traceId = trace;
    r.createdAt = QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc()).addSecs(i * 60);
    r.requestType = RequestType::Chat;
    r.provider = QStringLiteral("openai");
    r.model = QStringLiteral("gpt-4o");
    r.statusCode = 200;
    r.latencyMs = 100 + i;
    return r;
}

} // namespace

class TestFeedback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void addWithThumbsUpShortcut();
    void editDeleteAndUndo();
    void othersFeedbackIsReadOnly();

private:
    int rowOf(const QString &logId) const;
    QString feedbackCell(const QString &logId) const;
    void selectLog(const QString &logId);
    FeedbackDialog *waitForDialog();

    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
};

void TestFeedback::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // No connection receives feedback: everything here stays local, as without any connection.
    QStandardPaths::setTestModeEnabled(true);
    qputenv("GATESCOPE_CONNECTIONS", m_dir.filePath(QStringLiteral("connections.json")).toUtf8());
    const QString path = m_dir.filePath(QStringLiteral("feedback.sqlite"));
    QString error;
    {
        auto store = LogStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QList<LogRecord> logs {makeLog(0, QStringLiteral("trace-a")),
                               makeLog(1, QStringLiteral("trace-a")),
                               makeLog(2, QStringLiteral("trace-b")), makeLog(3, QString())};
        QVERIFY2(store->insert(logs, &error), qPrintable(error));
        FeedbackEntry other;
        other.id = QStringLiteral("someone-elses");
        other.value = -3;
        other.weight = 1;
        other.metadata.insert(QStringLiteral("_user"),
                              QStringLiteral("not-%1").arg(FeedbackDialog::localUser()));
        QVERIFY(store->addFeedback(QStringLiteral("log-2"), other, &error));
    }
    m_window = new MainWindow(path);
    m_window->resize(1200, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->model()->isLoading() && m_window->model()->rowCount() == 4,
                             10000);
}

void TestFeedback::cleanupTestCase()
{
    delete m_window;
}

int TestFeedback::rowOf(const QString &logId) const
{
    LogTableModel *model = m_window->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(LogTableModel::LogIdRole).toString() == logId)
            return row;
    }
    return -1;
}

QString TestFeedback::feedbackCell(const QString &logId) const
{
    const int row = rowOf(logId);
    return row < 0 ? QStringLiteral("(no row)")
                   : m_window->model()->index(row, LogTableModel::Feedback).data().toString();
}

void TestFeedback::selectLog(const QString &logId)
{
    QTRY_VERIFY(rowOf(logId) >= 0);
    m_window->selectRow(rowOf(logId));
    m_window->table()->setFocus();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->detailPanel()->isLoaded()
                                 && m_window->detailPanel()->record().id == logId,
                             10000);
}

FeedbackDialog *TestFeedback::waitForDialog()
{
    FeedbackDialog *dialog = nullptr;
    [&] {
        QTRY_VERIFY((dialog = m_window->feedbackController()->dialog()));
    }();
    if (dialog) {
        dialog->activateWindow();
        [&] {
            QVERIFY(QTest::qWaitForWindowActive(dialog));
        }();
    }
    return dialog;
}

void TestFeedback::addWithThumbsUpShortcut()
{
    selectLog(QStringLiteral("log-0"));
    // F on the list opens the dialog (Log > Add Feedback).
    QTest::keyClick(m_window->table(), Qt::Key_F);
    FeedbackDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Add Feedback"));
    // No connection receives feedback: the dialog says it stays here.
    QVERIFY2(dialog->destinationText().contains(u"Kept in this store only"),
             qPrintable(dialog->destinationText()));
    QTest::keyClick(dialog->valueSlider(), Qt::Key_Minus); // thumbs down
    QCOMPARE(dialog->valueSlider()->value(), -1);
    QTest::keyClick(dialog->valueSlider(), Qt::Key_Plus); // thumbs up
    QCOMPARE(dialog->valueSlider()->value(), 1);
    QTest::keyClicks(dialog->noteEdit(), QStringLiteral("good - answer")); // - is text here
    QCOMPARE(dialog->valueSlider()->value(), 1);
    dialog->accept();

    DetailPanel *panel = m_window->detailPanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->isLoaded() && panel->record().feedback.size() == 1, 10000);
    const FeedbackEntry f = panel->record().feedback.first();
    QCOMPARE(f.value, 1.0);
    QCOMPARE(f.weight, 1.0);
    QCOMPARE(f.metadata.value(QStringLiteral("text")).toString(), QStringLiteral("good - answer"));
    QCOMPARE(f.metadata.value(QStringLiteral("_user")).toString(), FeedbackDialog::localUser());
    QVERIFY(panel->overview()->toHtml().contains(QStringLiteral("good - answer")));
    const QString overview = panel->overview()->toPlainText();
    QVERIFY2(overview.contains(QStringLiteral("by ") + FeedbackDialog::localUser())
                 && overview.contains(QStringLiteral("Local only"))
                 && !overview.contains(QStringLiteral("Pending")),
             qPrintable(overview));
    // The Feedback column shows the count and value:weight on both logs of the trace.
    QTRY_COMPARE_WITH_TIMEOUT(feedbackCell(QStringLiteral("log-0")),
                              QStringLiteral("1 \u00b7 +1:1"), 10000);
    QTRY_COMPARE(feedbackCell(QStringLiteral("log-1")), QStringLiteral("1 \u00b7 +1:1"));
    QCOMPARE(feedbackCell(QStringLiteral("log-3")), QString());
    // The selection stays on the log.
    QTRY_COMPARE(m_window->table()->currentIndex().row(), rowOf(QStringLiteral("log-0")));
}

void TestFeedback::editDeleteAndUndo()
{
    selectLog(QStringLiteral("log-1")); // the other log of the trace sees the entry too
    DetailPanel *panel = m_window->detailPanel();
    QCOMPARE(panel->record().feedback.size(), 1);
    const QString id = panel->record().feedback.first().id;
    QVERIFY(panel->overview()->toHtml().contains(QStringLiteral("feedback-edit:") + id));

    m_window->feedbackController()->edit(panel->record(), id);
    FeedbackDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Edit Feedback"));
    QCOMPARE(dialog->valueSlider()->value(), 1);
    dialog->valueSlider()->setValue(-5);
    dialog->weightBox()->setValue(0.5);
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(panel->isLoaded() && panel->record().feedback.size() == 1
                                 && panel->record().feedback.first().value == -5,
                             10000);
    QTRY_COMPARE(feedbackCell(QStringLiteral("log-0")), QStringLiteral("1 \u00b7 -5:0.5"));

    m_window->feedbackController()->remove(panel->record(), id);
    QTRY_VERIFY_WITH_TIMEOUT(panel->isLoaded() && panel->record().feedback.isEmpty(), 10000);
    QTRY_COMPARE(feedbackCell(QStringLiteral("log-0")), QString());

    QAction *undo = m_window->action(QStringLiteral("undo"));
    QVERIFY(undo && undo->isEnabled());
    QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    undo->trigger(); // the delete
    QTRY_VERIFY_WITH_TIMEOUT(panel->isLoaded() && panel->record().feedback.size() == 1
                                 && panel->record().feedback.first().value == -5,
                             10000);
    QTRY_COMPARE(feedbackCell(QStringLiteral("log-0")), QStringLiteral("1 \u00b7 -5:0.5"));
    undo->trigger(); // the edit
    QTRY_VERIFY_WITH_TIMEOUT(panel->isLoaded() && panel->record().feedback.size() == 1
                                 && panel->record().feedback.first().value == 1,
                             10000);
    m_window->action(QStringLiteral("redo"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(panel->isLoaded() && panel->record().feedback.first().value == -5,
                             10000);
    QCOMPARE(m_window->feedbackController()->undoStack()->count(), 3);
}

void TestFeedback::othersFeedbackIsReadOnly()
{
    selectLog(QStringLiteral("log-2"));
    DetailPanel *panel = m_window->detailPanel();
    QCOMPARE(panel->record().feedback.size(), 1);
    QVERIFY(!panel->overview()->toHtml().contains(QStringLiteral("feedback-edit:")));
    const int before = m_window->feedbackController()->undoStack()->count();
    m_window->feedbackController()->remove(panel->record(), QStringLiteral("someone-elses"));
    QCOMPARE(m_window->feedbackController()->undoStack()->count(), before);
    QCOMPARE(feedbackCell(QStringLiteral("log-2")), QStringLiteral("1 \u00b7 -3:1"));
}

QTEST_MAIN(TestFeedback)
#include "tst_feedback.moc"
