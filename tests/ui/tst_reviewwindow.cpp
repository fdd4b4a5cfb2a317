// SPDX-License-Identifier: GPL-3.0-or-later
// The review window driven offscreen with the keys a reviewer uses: Up/+ and Down/- (+1, -1),
// the digits (2 x digit - 9), N and a note, S/Right to skip, Ctrl+Z to undo, Esc to close (the
// claims released); the progress text, the next log shown at once, and the end. The main
// window's Log > Review Logs… opens it over the list's filter. With GATESCOPE_SCREENSHOT_DIR
// set, screenshots() saves the README's pictures (GATESCOPE_LANG=de for the German ones).
#include "languages.h"
#include "logstore.h"
#include "mainwindow.h"
#include "reviewwindow.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimeZone>

class TestReviewWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void keysGiveValues();
    void undoAndSkip();
    void noteAndEnd();
    void escapeReleasesClaims();
    void openedFromTheMainWindow();
    void screenshots();

private:
    std::optional<double> value(const QString &id, QString *note = nullptr);
    void waitIdle(ReviewWindow &window);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

namespace {

LogRecord log(int i)
{
    static const char *const questions[]
        = {"What is our refund policy for annual plans?",
           "Summarise the incident report in three bullet points.",
           "Translate 'the invoice is overdue' into German.",
           "Which regions does the EU data residency option cover?",
           "Write a polite reply declining the meeting on Friday.",
           "How many tokens does the gpt-4o context window hold?"};
    static const char *const answers[]
        = {"Annual plans can be refunded within 30 days of purchase, pro rata after that.",
           "- The gateway lost its Redis connection at 09:12.\\n- Requests fell back to the "
           "secondary provider.\\n- Service recovered at 09:31 after a restart.",
           "Die Rechnung ist \\u00fcberf\\u00e4llig.",
           "Frankfurt and Dublin; data never leaves the EU.",
           "Thank you for the invitation. Unfortunately I am not available on Friday; could we "
           "find another time next week?",
           "128,000 tokens of context, with up to 16,384 output tokens."};
    LogRecord r;
    r.id = QStringLiteral("log-%1").arg(i);
    r.createdAt
        = QDateTime::fromMSecsSinceEpoch(1767225600000 + qint64(i) * 60000, QTimeZone::utc());
    r.model = u"gpt-4o-mini"_qs;
    r.provider = u"openai"_qs;
    r.statusCode = 200;
    r.promptTokens = 40 + i;
    r.completionTokens = 60 + i;
    r.totalTokens = 100 + 2 * i;
    r.request = QByteArray(R"({"model":"gpt-4o-mini","messages":[{"role":"system","content":"You )"
                           R"(are the support assistant of Acme."},{"role":"user","content":")")
        + questions[i % 6] + R"("}]})";
    r.response = QByteArray(R"({"choices":[{"message":{"role":"assistant","content":")")
        + answers[i % 6] + R"("}}]})";
    return r;
}

} // namespace

void TestReviewWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!qEnvironmentVariableIsEmpty("GATESCOPE_LANG"))
        Languages::install(qEnvironmentVariable("GATESCOPE_LANG"));
}

void TestReviewWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"store.sqlite"_qs);
    QString error;
    auto store = LogStore::open(m_path, &error);
    QVERIFY2(store, qPrintable(error));
    QList<LogRecord> batch;
    for (int i = 0; i < 6; ++i)
        batch.append(log(i));
    QVERIFY2(store->insert(batch, &error), qPrintable(error));
}

std::optional<double> TestReviewWindow::value(const QString &id, QString *note)
{
    QString error;
    auto store = LogStore::open(m_path, &error);
    const auto r = store ? store->record(id, &error) : std::nullopt;
    if (!r || r->feedback.isEmpty())
        return std::nullopt;
    if (note)
        *note = r->feedback.first().metadata.value(u"text").toString();
    return r->feedback.first().value;
}

void TestReviewWindow::waitIdle(ReviewWindow &window)
{
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 10000);
}

void TestReviewWindow::keysGiveValues()
{
    ReviewWindow window(m_path, {}, nullptr, u"tester"_qs);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    waitIdle(window);
    QCOMPARE(window.progressText(), u"0 of 6 reviewed"_qs);
    QCOMPARE(window.shownLogId(), u"log-5"_qs);
    QVERIFY(window.chatView()->toPlainText().contains(u"How many tokens"));

    // Each key answers the log shown and shows the next one at once (it was prefetched). The
    // keys answer from the start: the note field does not take them.
    QVERIFY(QApplication::focusWidget() != window.noteEdit());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
    QVERIFY(window.noteEdit()->text().isEmpty());
    QCOMPARE(window.shownLogId(), u"log-4"_qs);
    QCOMPARE(window.progressText(), u"1 of 6 reviewed"_qs);
    waitIdle(window);
    QTest::keyClick(&window, Qt::Key_Minus);
    waitIdle(window);
    QTest::keyClick(&window, Qt::Key_Plus);
    waitIdle(window);
    QTest::keyClick(&window, Qt::Key_Down);
    waitIdle(window);
    QTest::keyClick(&window, Qt::Key_7);
    waitIdle(window);
    QTest::keyClick(&window, Qt::Key_0);
    waitIdle(window);
    QCOMPARE(window.progressText(), u"6 of 6 reviewed"_qs);
    QCOMPARE(value(u"log-5"_qs), std::optional<double>(1));
    QCOMPARE(value(u"log-4"_qs), std::optional<double>(-1));
    QCOMPARE(value(u"log-3"_qs), std::optional<double>(1));
    QCOMPARE(value(u"log-2"_qs), std::optional<double>(-1));
    QCOMPARE(value(u"log-1"_qs), std::optional<double>(5)); // 2 x 7 - 9
    QCOMPARE(value(u"log-0"_qs), std::optional<double>(-9)); // 2 x 0 - 9
    QCOMPARE(ReviewWindow::digitValue(4), -1);
    QCOMPARE(ReviewWindow::digitValue(5), 1);
    QCOMPARE(ReviewWindow::digitValue(9), 9);
    QVERIFY(window.isAtEnd());
    QCOMPARE(window.noticeTitle(), u"All 6 logs of this filter have feedback"_qs);
    // Keys at the end do nothing.
    QTest::keyClick(&window, Qt::Key_Up);
    QVERIFY(window.isAtEnd());
}

void TestReviewWindow::undoAndSkip()
{
    ReviewWindow window(m_path, {}, nullptr, u"tester"_qs);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    waitIdle(window);
    QTest::keyClick(&window, Qt::Key_S); // log-5 skipped
    QCOMPARE(window.shownLogId(), u"log-4"_qs);
    waitIdle(window);
    QTest::keyClick(&window, Qt::Key_Right); // log-4 skipped
    waitIdle(window);
    QCOMPARE(window.shownLogId(), u"log-3"_qs);
    QCOMPARE(window.progressText(), u"0 of 6 reviewed"_qs);
    QTest::keyClick(&window, Qt::Key_9);
    waitIdle(window);
    QCOMPARE(window.shownLogId(), u"log-2"_qs);
    QCOMPARE(value(u"log-3"_qs), std::optional<double>(9));
    QCOMPARE(window.progressText(), u"1 of 6 reviewed"_qs);

    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    waitIdle(window);
    QCOMPARE(window.shownLogId(), u"log-3"_qs); // back to the log answered last
    QVERIFY(!value(u"log-3"_qs));
    QCOMPARE(window.progressText(), u"0 of 6 reviewed"_qs);
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier); // nothing left to undo
    waitIdle(window);
    QCOMPARE(window.shownLogId(), u"log-3"_qs);
    QTest::keyClick(&window, Qt::Key_3);
    waitIdle(window);
    QCOMPARE(value(u"log-3"_qs), std::optional<double>(-3));
    QCOMPARE(window.shownLogId(), u"log-2"_qs);
    QVERIFY(window.errorText().isEmpty());
}

void TestReviewWindow::noteAndEnd()
{
    ReviewWindow window(m_path, u"id:log-1 OR id:log-2"_qs, nullptr, u"tester"_qs);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    waitIdle(window);
    QCOMPARE(window.progressText(), u"0 of 2 reviewed"_qs);
    QTest::keyClick(&window, Qt::Key_N);
    QVERIFY(window.noteEdit()->hasFocus());
    // Typed into the note, not answers.
    QTest::keyClicks(window.noteEdit(), u"Wrong: umlauts 5+"_qs);
    QCOMPARE(window.shownLogId(), u"log-2"_qs);
    QTest::keyClick(window.noteEdit(), Qt::Key_Return);
    QVERIFY(!window.noteEdit()->hasFocus());
    QTest::keyClick(&window, Qt::Key_Down);
    waitIdle(window);
    QString note;
    QCOMPARE(value(u"log-2"_qs, &note), std::optional<double>(-1));
    QCOMPARE(note, u"Wrong: umlauts 5+"_qs);
    QVERIFY(window.noteEdit()->text().isEmpty()); // the next log starts without one
    QTest::keyClick(&window, Qt::Key_S);
    waitIdle(window);
    QVERIFY(window.isAtEnd());
    QCOMPARE(window.noticeTitle(), u"Nothing left to review"_qs);
    QCOMPARE(window.progressText(), u"1 of 2 reviewed"_qs);
}

void TestReviewWindow::escapeReleasesClaims()
{
    {
        auto *window = new ReviewWindow(m_path, {}, nullptr, u"tester"_qs);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        waitIdle(*window);
        // log-5 shown and log-4 prefetched: both claimed.
        QString error;
        auto store = LogStore::open(m_path, &error);
        const auto other = store->claimNextForReview({}, u"other"_qs, 300, &error);
        QVERIFY2(other, qPrintable(error));
        QCOMPARE(other->id, u"log-3"_qs);
        QVERIFY(store->releaseReviewClaim(other->rowId, u"other"_qs, &error));
        QPointer<ReviewWindow> alive(window);
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!alive);
    }
    QString error;
    auto store = LogStore::open(m_path, &error);
    const auto first = store->claimNextForReview({}, u"other"_qs, 300, &error);
    QVERIFY2(first, qPrintable(error));
    QCOMPARE(first->id, u"log-5"_qs);
}

void TestReviewWindow::openedFromTheMainWindow()
{
    MainWindow main(m_path);
    main.show();
    QVERIFY(QTest::qWaitForWindowExposed(&main));
    main.setFilter(u"id:log-3"_qs);
    QAction *action = main.action(u"reviewLogs"_qs);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    action->trigger();
    ReviewWindow *window = nullptr;
    QTRY_VERIFY((window = main.findChild<ReviewWindow *>()));
    waitIdle(*window);
    QCOMPARE(window->progressText(), u"0 of 1 reviewed"_qs);
    QCOMPARE(window->shownLogId(), u"log-3"_qs);
    window->close();
}

void TestReviewWindow::screenshots()
{
    const QString dir = qEnvironmentVariable("GATESCOPE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set GATESCOPE_SCREENSHOT_DIR to save the README screenshots");
    const QString suffix = qEnvironmentVariable("GATESCOPE_LANG").isEmpty()
        ? QString()
        : u'-' + qEnvironmentVariable("GATESCOPE_LANG");
    // 412 logs, 36 with feedback already: the picture shows "37 of 412" after one answer.
    QString error;
    {
        auto store = LogStore::open(m_path, &error);
        QList<LogRecord> batch;
        for (int i = 6; i < 412; ++i)
            batch.append(log(i));
        QVERIFY2(store->insert(batch, &error), qPrintable(error));
        for (int i = 0; i < 36; ++i) {
            FeedbackEntry f;
            f.id = QStringLiteral("fb-%1").arg(i);
            f.value = 1;
            QVERIFY2(store->addFeedback(log(i).id, f, &error), qPrintable(error));
        }
    }
    ReviewWindow window(m_path, {}, nullptr, u"alice"_qs);
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    waitIdle(window);
    QTest::keyClick(&window, Qt::Key_Up);
    waitIdle(window);
    if (suffix.isEmpty())
        QCOMPARE(window.progressText(), u"37 of 412 reviewed"_qs);
    QTest::keyClick(&window, Qt::Key_N);
    QTest::keyClicks(window.noteEdit(), u"Correct; the formal Sie form would suit invoices"_qs);
    QTest::qWait(300);
    QVERIFY(window.grab().save(dir + u"/review-window"_qs + suffix + u".png"_qs));

    ReviewWindow done(m_path, u"id:log-0 OR id:log-1"_qs, nullptr, u"alice"_qs);
    done.resize(1024, 700);
    done.show();
    QVERIFY(QTest::qWaitForWindowExposed(&done));
    waitIdle(done);
    QTest::qWait(300);
    QVERIFY(done.grab().save(dir + u"/review-done"_qs + suffix + u".png"_qs));
}

QTEST_MAIN(TestReviewWindow)
#include "tst_reviewwindow.moc"
