// SPDX-License-Identifier: GPL-3.0-or-later
// Feedback given in the window goes through the control-plane queue of the connection chosen to
// receive it: the Overview says Pending while the control plane is down, Sent once it took the
// entry (one POST with the log's trace id), Rejected with the reason and a Retry that works, and
// an edit of a sent entry is one PUT. Undo of a sent add removes it here only and says so.
#include "apikeystore.h"
#include "connectionstore.h"
#include "controlplaneserver.h"
#include "detailpanel.h"
#include "feedbackcontroller.h"
#include "feedbackdialog.h"
#include "feedbacksync.h"
#include "logtablemodel.h"
#include "mainwindow.h"
#include "postgresfixture.h"
#include "store/logstore.h"

#include <QAction>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QSlider>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimeZone>

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

const QString kConnection = QStringLiteral("team");

} // namespace

class TestFeedbackSyncUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pendingWhileDownThenSentExactlyOnce();
    void editingASentEntrySendsOnePut();
    void undoOfASentAddRemovesItHereOnly();
    void rejectedSaysWhyAndRetryWorks();
    void othersFeedbackShowsItsAuthor();
    void undoingTheDeleteOfALocalEntryKeepsItLocal();
    void aWindowThatReplacesAnotherSendsNothingTwice();
    void postgresFeedbackShowsItsAuthor();

private:
    int rowOf(const QString &logId) const;
    void selectLog(const QString &logId);
    FeedbackDialog *waitForDialog();
    QString overview() const;
    bool clickLink(const QString &href);
    QString addFeedback(const QString &logId, int value, double weight);

    QTemporaryDir m_dir;
    ControlPlaneServer m_server;
    quint16 m_port = 0;
    MainWindow *m_window = nullptr;
};

void TestFeedbackSyncUi::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    qputenv("GATESCOPE_NO_KEYCHAIN", "1");
    qputenv("GATESCOPE_CONNECTIONS", m_dir.filePath(QStringLiteral("connections.json")).toUtf8());
    QFile::remove(FeedbackSync::defaultQueueFile(kConnection));
    QVERIFY(m_server.start());
    m_port = m_server.port();
    Connection c;
    c.name = kConnection;
    c.controlPlane = m_server.baseUrl();
    c.dataPlane = m_server.baseUrl();
    c.sendFeedback = true;
    QString error;
    QVERIFY2(ConnectionStore().save(c, &error), qPrintable(error));
    QVERIFY(ApiKeyStore().store(c.name, ControlPlaneServer::apiKey(), true).ok);

    const QString path = m_dir.filePath(QStringLiteral("feedback.sqlite"));
    {
        auto store = LogStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY2(store->insert({makeLog(0, QStringLiteral("trace-a")),
                                makeLog(1, QStringLiteral("trace-b")),
                                makeLog(2, QStringLiteral("trace-c"))},
                               &error),
                 qPrintable(error));
        FeedbackEntry other;
        other.id = QStringLiteral("bobs");
        other.value = -3;
        other.metadata.insert(QStringLiteral("_user"), QStringLiteral("bob-the-reviewer"));
        other.metadata.insert(QStringLiteral("text"), QStringLiteral("too long"));
        QVERIFY(store->addFeedback(QStringLiteral("log-2"), other, &error));
        // Given here before any connection received feedback: local only.
        FeedbackEntry local;
        local.id = QStringLiteral("mine-before");
        local.value = 1;
        local.metadata.insert(QStringLiteral("_user"), FeedbackDialog::localUser());
        QVERIFY(store->addFeedback(QStringLiteral("log-2"), local, &error));
    }
    m_window = new MainWindow(path);
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->model()->isLoading() && m_window->model()->rowCount() == 3,
                             10000);
    FeedbackController *controller = m_window->feedbackController();
    QCOMPARE(controller->connectionName(), kConnection);
    controller->setSyncBackoff(200, 1000);
}

void TestFeedbackSyncUi::cleanupTestCase()
{
    delete m_window;
}

int TestFeedbackSyncUi::rowOf(const QString &logId) const
{
    LogTableModel *model = m_window->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(LogTableModel::LogIdRole).toString() == logId)
            return row;
    }
    return -1;
}

void TestFeedbackSyncUi::selectLog(const QString &logId)
{
    QTRY_VERIFY(rowOf(logId) >= 0);
    m_window->selectRow(rowOf(logId));
    m_window->table()->setFocus();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->detailPanel()->isLoaded()
                                 && m_window->detailPanel()->record().id == logId,
                             10000);
}

FeedbackDialog *TestFeedbackSyncUi::waitForDialog()
{
    FeedbackDialog *dialog = nullptr;
    [&] {
        QTRY_VERIFY((dialog = m_window->feedbackController()->dialog()));
    }();
    return dialog;
}

QString TestFeedbackSyncUi::overview() const
{
    return m_window->detailPanel()->overview()->toPlainText();
}

// Clicks the Overview's link to href where it is drawn, as a user would.
bool TestFeedbackSyncUi::clickLink(const QString &href)
{
    QTextBrowser *browser = m_window->detailPanel()->overview();
    QTextDocument *doc = browser->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().anchorHref() != href)
                continue;
            QTextCursor cursor(doc);
            cursor.setPosition(fragment.position() + fragment.length() / 2);
            browser->setTextCursor(cursor);
            browser->ensureCursorVisible();
            const QPoint at = browser->cursorRect(cursor).center();
            QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, at);
            return true;
        }
    }
    return false;
}

// Log > Add Feedback on the log, through the dialog; returns the entry's id.
QString TestFeedbackSyncUi::addFeedback(const QString &logId, int value, double weight)
{
    selectLog(logId);
    DetailPanel *panel = m_window->detailPanel();
    const qsizetype before = panel->record().feedback.size();
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window))
        return {};
    m_window->table()->setFocus();
    QTest::keyClick(m_window->table(), Qt::Key_F);
    FeedbackDialog *dialog = waitForDialog();
    if (!dialog)
        return {};
    if (!dialog->destinationText().contains(kConnection))
        return QStringLiteral("(the dialog does not say where it goes)");
    dialog->valueSlider()->setValue(value);
    dialog->weightBox()->setValue(weight);
    dialog->accept();
    QString id;
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(panel->isLoaded() && panel->record().id == logId
                                     && panel->record().feedback.size() == before + 1,
                                 10000);
        id = panel->record().feedback.last().id;
    }();
    return id;
}

void TestFeedbackSyncUi::pendingWhileDownThenSentExactlyOnce()
{
    m_server.stop();
    const QString id = addFeedback(QStringLiteral("log-0"), -1, 0.5);
    QVERIFY(!id.isEmpty());
    // Saved here, waiting for the control plane.
    QTRY_VERIFY2_WITH_TIMEOUT(
        overview().contains(QStringLiteral("Pending \u2014 will be sent when team answers")),
        qPrintable(overview()), 10000);
    QCOMPARE(m_server.count(QStringLiteral("POST /feedback")), 0);

    // Back on the same address: the queue retries by itself and the Overview follows.
    QVERIFY(m_server.start(m_port));
    QTRY_VERIFY2_WITH_TIMEOUT(overview().contains(QStringLiteral("Sent to Portkey")),
                              qPrintable(overview()), 15000);
    QVERIFY(!overview().contains(QStringLiteral("Pending")));
    QCOMPARE(m_server.count(QStringLiteral("POST /feedback")), 1);
    const QList<QJsonObject> received = m_server.feedback();
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.at(0).value(QStringLiteral("trace_id")).toString(),
             QStringLiteral("trace-a"));
    QCOMPARE(received.at(0).value(QStringLiteral("value")).toInt(), -1);
    QCOMPARE(received.at(0).value(QStringLiteral("weight")).toDouble(), 0.5);
    // A sent entry can only be removed here (Portkey cannot delete feedback).
    QVERIFY(overview().contains(QStringLiteral("Remove here")));
    // Nothing more is sent later.
    QTest::qWait(1500);
    QCOMPARE(m_server.count(QStringLiteral("POST /feedback")), 1);
}

void TestFeedbackSyncUi::editingASentEntrySendsOnePut()
{
    selectLog(QStringLiteral("log-0"));
    DetailPanel *panel = m_window->detailPanel();
    QCOMPARE(panel->record().feedback.size(), 1);
    QVERIFY(clickLink(QStringLiteral("feedback-edit:") + panel->record().feedback.first().id));
    FeedbackDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Edit Feedback"));
    dialog->valueSlider()->setValue(7);
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(m_server.count(QStringLiteral("PUT /feedback/")) == 1, 10000);
    QTRY_VERIFY2_WITH_TIMEOUT(panel->isLoaded() && panel->record().feedback.size() == 1
                                  && panel->record().feedback.first().value == 7
                                  && overview().contains(QStringLiteral("Sent to Portkey")),
                              qPrintable(overview()), 10000);
    QCOMPARE(m_server.count(QStringLiteral("POST /feedback")), 1);
    QCOMPARE(m_server.feedback().size(), 1);
    QCOMPARE(m_server.feedback().at(0).value(QStringLiteral("value")).toInt(), 7);
    QTest::qWait(500);
    QCOMPARE(m_server.count(QStringLiteral("PUT /feedback/")), 1);
}

void TestFeedbackSyncUi::undoOfASentAddRemovesItHereOnly()
{
    selectLog(QStringLiteral("log-0"));
    DetailPanel *panel = m_window->detailPanel();
    QAction *undo = m_window->action(QStringLiteral("undo"));
    undo->trigger(); // the edit: its old values go in a PUT
    QTRY_VERIFY_WITH_TIMEOUT(m_server.count(QStringLiteral("PUT /feedback/")) == 2, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_server.feedback().at(0).value(QStringLiteral("value")).toInt(), -1,
                              10000);
    undo->trigger(); // the add: Portkey keeps it, and the window says so
    QTRY_VERIFY_WITH_TIMEOUT(panel->isLoaded() && panel->record().feedback.isEmpty(), 10000);
    QTRY_VERIFY2(m_window->statusBar()->currentMessage().contains(u"stays there"),
                 qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(m_server.feedback().size(), 1);
    // Redo puts it back as it is on Portkey, without sending it again.
    m_window->action(QStringLiteral("redo"))->trigger();
    QTRY_VERIFY2_WITH_TIMEOUT(panel->isLoaded() && panel->record().feedback.size() == 1
                                  && overview().contains(QStringLiteral("Sent to Portkey")),
                              qPrintable(overview()), 10000);
    QTest::qWait(500);
    QCOMPARE(m_server.count(QStringLiteral("POST /feedback")), 1);
}

void TestFeedbackSyncUi::rejectedSaysWhyAndRetryWorks()
{
    // A key without the logs.write scope (or an admin key) is refused: 403 AB03.
    m_server.setFault(QStringLiteral("POST /feedback"), ControlPlaneServer::Fault::Forbidden, 1);
    const int postsBefore = m_server.count(QStringLiteral("POST /feedback"));
    const QString id = addFeedback(QStringLiteral("log-1"), 4, 1.0);
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY2_WITH_TIMEOUT(overview().contains(QStringLiteral("Rejected: ")),
                              qPrintable(overview()), 10000);
    QVERIFY2(overview().contains(QStringLiteral("403 AB03")), qPrintable(overview()));
    QVERIFY2(overview().contains(QStringLiteral("logs.write")), qPrintable(overview()));
    // Rejected stays rejected until the user retries.
    QTest::qWait(1200);
    QCOMPARE(m_server.count(QStringLiteral("POST /feedback")), postsBefore + 1);
    QVERIFY(clickLink(QStringLiteral("feedback-retry:") + id));
    QTRY_VERIFY2_WITH_TIMEOUT(overview().contains(QStringLiteral("Sent to Portkey")),
                              qPrintable(overview()), 10000);
    QVERIFY(!overview().contains(QStringLiteral("Rejected")));
    QCOMPARE(m_server.count(QStringLiteral("POST /feedback")), postsBefore + 2);
    bool found = false;
    for (const QJsonObject &f : m_server.feedback()) {
        if (f.value(QStringLiteral("trace_id")).toString() == u"trace-b") {
            QVERIFY(!found);
            found = true;
            QCOMPARE(f.value(QStringLiteral("value")).toInt(), 4);
        }
    }
    QVERIFY(found);
}

void TestFeedbackSyncUi::othersFeedbackShowsItsAuthor()
{
    selectLog(QStringLiteral("log-2"));
    DetailPanel *panel = m_window->detailPanel();
    QCOMPARE(panel->record().feedback.size(), 2);
    QCOMPARE(panel->record().feedback.first().author, QStringLiteral("bob-the-reviewer"));
    QVERIFY2(overview().contains(QStringLiteral("by bob-the-reviewer")), qPrintable(overview()));
    // Never queued here, never sent: it is the store's own.
    QVERIFY2(overview().contains(QStringLiteral("Local only")), qPrintable(overview()));
    QVERIFY(!panel->overview()->toHtml().contains(QStringLiteral("feedback-retry:")));
}

void TestFeedbackSyncUi::undoingTheDeleteOfALocalEntryKeepsItLocal()
{
    selectLog(QStringLiteral("log-2"));
    DetailPanel *panel = m_window->detailPanel();
    const int posts = m_server.count(QStringLiteral("POST /feedback"));
    QVERIFY(clickLink(QStringLiteral("feedback-delete:mine-before")));
    QTRY_VERIFY_WITH_TIMEOUT(panel->isLoaded() && panel->record().feedback.size() == 1, 10000);
    m_window->action(QStringLiteral("undo"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(panel->isLoaded() && panel->record().feedback.size() == 2, 10000);
    QTest::qWait(500);
    QCOMPARE(m_server.count(QStringLiteral("POST /feedback")), posts);
    QCOMPARE(m_window->feedbackController()->delivery(panel->record().feedback.last()).state,
             FeedbackController::Delivery::LocalOnly);
}

// File > Open Store puts a new window in place of the old one: the queue is sent by one of them.
void TestFeedbackSyncUi::aWindowThatReplacesAnotherSendsNothingTwice()
{
    m_server.stop();
    const int posts = m_server.count(QStringLiteral("POST /feedback"));
    QVERIFY(!addFeedback(QStringLiteral("log-0"), 3, 1.0).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(overview().contains(QStringLiteral("Pending")), 10000);
    auto next = std::make_unique<MainWindow>(m_dir.filePath(QStringLiteral("other.sqlite")));
    next->feedbackController()->setSyncBackoff(200, 1000);
    QCOMPARE(next->feedbackController()->connectionName(), kConnection);
    QVERIFY(m_window->feedbackController()->connectionName().isEmpty()); // it handed over
    QVERIFY(m_server.start(m_port));
    QTRY_COMPARE_WITH_TIMEOUT(m_server.count(QStringLiteral("POST /feedback")), posts + 1, 15000);
    QTest::qWait(1500); // both would have retried by now
    QCOMPARE(m_server.count(QStringLiteral("POST /feedback")), posts + 1);
    next.reset();
    m_window->feedbackController()->reloadConnection(); // back to the first window
    QCOMPARE(m_window->feedbackController()->connectionName(), kConnection);
}

// On the team store the author is the role that wrote the entry (the feedback table's author).
void TestFeedbackSyncUi::postgresFeedbackShowsItsAuthor()
{
    PostgresFixture postgres;
    QString error;
    QVERIFY2(postgres.start(&error), qPrintable(error));
    const QString url = postgres.databaseUrl(QStringLiteral("feedbackauthor"), &error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    qint64 rowId = 0;
    {
        auto store = LogStore::open(url, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY2(store->insert({makeLog(7, QStringLiteral("trace-pg"))}, &error),
                 qPrintable(error));
        FeedbackEntry mine;
        mine.id = QStringLiteral("written-here");
        mine.value = 2;
        QVERIFY2(store->addFeedback(QStringLiteral("log-7"), mine, &error), qPrintable(error));
        const std::optional<LogRecord> log = store->record(QStringLiteral("log-7"), &error);
        QVERIFY2(log, qPrintable(error));
        rowId = log->rowId;
        QCOMPARE(log->feedback.size(), 1);
        QCOMPARE(log->feedback.first().author, postgres.user());
    }
    // Another desktop, connected as another role, rated the same trace.
    postgres.psql(QStringLiteral("feedbackauthor"),
                  QStringLiteral("INSERT INTO feedback (id, log_row_id, log_id, trace_id, value, "
                                 "weight, created_at, synced, author) SELECT 'by-bob', row_id, "
                                 "id, trace_id, -1, 1, 0, 1, 'bob' FROM logs WHERE id = 'log-7'"),
                  &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    DetailPanel panel(url);
    panel.resize(500, 900);
    panel.show();
    panel.showRow(rowId);
    QTRY_VERIFY_WITH_TIMEOUT(panel.isLoaded(), 10000);
    const QString text = panel.overview()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("by ") + postgres.user()), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("by bob")), qPrintable(text));
}

QTEST_MAIN(TestFeedbackSyncUi)
#include "tst_feedbacksyncui.moc"
