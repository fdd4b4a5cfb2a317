// SPDX-License-Identifier: GPL-3.0-or-later
// Log > Forget Content of Matching Logs… and File > Retention Policy… on a real store: the count
// is shown and confirmed first (the dialogs driven as a user would), the work runs on a worker,
// and the store holds exactly what the user asked for. GATESCOPE_SCREENSHOT_DIR: the policy
// dialog is saved there as retention-dialog.png.
#include "languages.h"
#include "logstore.h"
#include "retention.h"
#include "retentionactions.h"
#include "retentiondialog.h"
#include "storeworker.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

// Runs act on the modal window called name once it shows (and pred holds).
void whenModal(
    const QString &name, std::function<void(QWidget *)> act,
    std::function<bool(QWidget *)> pred = [](QWidget *) { return true; }, int tries = 1000)
{
    QTimer::singleShot(10, [=] {
        QWidget *w = QApplication::activeModalWidget();
        if (w && w->objectName() == name && pred(w)) {
            act(w);
            return;
        }
        if (tries > 0)
            whenModal(name, act, pred, tries - 1);
    });
}

LogRecord makeLog(int i, int ageDays, const QString &model)
{
    LogRecord r;
    r.id = QStringLiteral("log-%1").arg(i);
    r.createdAt = QDateTime::currentDateTimeUtc().addDays(-ageDays);
    r.model = model;
    r.statusCode = 200;
    r.costCents = 2;
    r.request = "{\"messages\":[{\"role\":\"user\",\"content\":\"hello\"}]}";
    r.response = "{\"choices\":[{\"message\":{\"content\":\"answer\"}}]}";
    return r;
}

} // namespace

class TestRetentionActions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void forgetAsksWithTheCount();
    void policyDialogPrunes();
    void policyAppliedAtStart();

private:
    std::unique_ptr<LogStore> open();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestRetentionActions::init()
{
    // The app's translations (English plural forms included), as the app loads them; the
    // screenshots in German with GATESCOPE_LANG=de.
    Languages::install(qEnvironmentVariable("GATESCOPE_LANG", u"en"_qs));
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(u"store.sqlite"_qs);
    QList<LogRecord> logs;
    // model a: 5 logs (4 of them 40 days old); model b: 3 logs of today.
    for (int i = 0; i < 5; ++i)
        logs.append(makeLog(i, i < 4 ? 40 : 0, u"model-a"_qs));
    for (int i = 5; i < 8; ++i)
        logs.append(makeLog(i, 0, u"model-b"_qs));
    QString error;
    QVERIFY2(open()->insert(logs, &error), qPrintable(error));
}

std::unique_ptr<LogStore> TestRetentionActions::open()
{
    QString error;
    auto store = LogStore::open(m_db, &error);
    if (!store)
        qFatal("%s", qPrintable(error));
    return store;
}

void TestRetentionActions::forgetAsksWithTheCount()
{
    QMainWindow window;
    window.menuBar()->addMenu(u"&File"_qs);
    window.menuBar()->addMenu(u"&Log"_qs);
    StoreWorker worker(m_db, u"test-worker"_qs);
    RetentionActions actions(
        &window, &worker, [] { return u"model:model-a"_qs; }, false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *forget = window.findChild<QAction *>(u"forgetContent"_qs);
    QVERIFY(forget);
    QVERIFY(window.menuBar()->actions().at(1)->menu()->actions().contains(forget));
    QVERIFY(window.findChild<QAction *>(u"retentionPolicy"_qs));

    // Cancelled: nothing changes.
    QString asked;
    whenModal(u"retentionConfirm"_qs, [&asked](QWidget *w) {
        auto *box = static_cast<QMessageBox *>(w);
        asked = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    forget->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!asked.isEmpty(), 20000);
    QCOMPARE(asked, u"Remove the content of 5 logs?"_qs);
    QTest::qWait(50);
    QCOMPARE(*open()->count(u"tracked:false"_qs, nullptr), 0);

    // Confirmed: the five lose their content, the list is told.
    QSignalSpy finished(&actions, &RetentionActions::finished);
    QSignalSpy changed(&actions, &RetentionActions::logsChanged);
    asked.clear();
    whenModal(u"retentionConfirm"_qs, [&asked](QWidget *w) {
        asked = static_cast<QMessageBox *>(w)->text();
        w->findChild<QAbstractButton *>(u"confirmRemove"_qs)->click();
    });
    forget->trigger();
    QVERIFY(finished.wait(30000));
    QCOMPARE(asked, u"Remove the content of 5 logs?"_qs);
    QCOMPARE(finished.first().first().toString(), u"Removed the content of 5 logs."_qs);
    QCOMPARE(changed.size(), 1);
    auto store = open();
    QCOMPARE(*store->count(u"tracked:false"_qs, nullptr), 5);
    QCOMPARE(*store->count(u"hello"_qs, nullptr), 3);
    QCOMPARE(*store->count(u""_qs, nullptr), 8);

    // Nothing left to forget: said so, nothing asked.
    finished.clear();
    forget->trigger();
    QVERIFY(finished.wait(20000));
    QVERIFY(finished.first().first().toString().contains(u"no content"_qs, Qt::CaseInsensitive)
            || finished.first().first().toString().contains(u"No log"_qs));
}

void TestRetentionActions::policyDialogPrunes()
{
    QMainWindow window;
    window.menuBar()->addMenu(u"&File"_qs);
    StoreWorker worker(m_db, u"test-worker"_qs);
    RetentionActions actions(
        &window, &worker, [] { return QString(); }, false);
    window.resize(900, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QString shown, asked;
    // Keep 30 days: the dialog counts 4 older logs; Prune Now, then the confirmation.
    whenModal(
        u"retentionDialog"_qs,
        [&shown](QWidget *w) {
            shown = w->findChild<QLabel *>(u"dueCount"_qs)->text();
            const QString dir = qEnvironmentVariable("GATESCOPE_SCREENSHOT_DIR");
            if (!dir.isEmpty())
                w->grab().save(dir + u"/retention-dialog.png"_qs);
            w->findChild<QAbstractButton *>(u"pruneNow"_qs)->click();
            whenModal(u"retentionConfirm"_qs, [](QWidget *box) {
                box->findChild<QAbstractButton *>(u"confirmRemove"_qs)->click();
            });
        },
        [](QWidget *w) {
            auto *keep = w->findChild<QRadioButton *>(u"keepDays"_qs);
            if (!keep->isChecked()) {
                keep->setChecked(true);
                w->findChild<QSpinBox *>(u"days"_qs)->setValue(30);
            }
            return w->findChild<QLabel *>(u"dueCount"_qs)->text().startsWith(u"4 logs");
        });
    QSignalSpy finished(&actions, &RetentionActions::finished);
    window.findChild<QAction *>(u"retentionPolicy"_qs)->trigger();
    QVERIFY(finished.wait(30000));
    if (qEnvironmentVariableIsEmpty("GATESCOPE_LANG")) // English, with its plural forms
        QVERIFY2(shown.startsWith(u"4 logs are older than 30 days:"_qs), qPrintable(shown));
    const QString done = finished.first().first().toString();
    QVERIFY2(done.startsWith(u"Logs are kept for 30 day"_qs)
                 && done.endsWith(u"; 4 older logs were deleted."_qs),
             qPrintable(done));
    auto store = open();
    QCOMPARE(*store->count(u""_qs, nullptr), 4);
    QCOMPARE(*Retention::keepDays(*store, nullptr), 30);

    // Forever: the policy goes, nothing is deleted.
    whenModal(u"retentionDialog"_qs, [](QWidget *w) {
        QCOMPARE(w->findChild<QSpinBox *>(u"days"_qs)->value(), 30);
        w->findChild<QRadioButton *>(u"keepForever"_qs)->setChecked(true);
        static_cast<QDialog *>(w)->accept();
    });
    finished.clear();
    window.findChild<QAction *>(u"retentionPolicy"_qs)->trigger();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toString(), u"Logs are now kept forever."_qs);
    QVERIFY(!Retention::keepDays(*open(), nullptr));
    QCOMPARE(*open()->count(u""_qs, nullptr), 4);
}

void TestRetentionActions::policyAppliedAtStart()
{
    QString error;
    QVERIFY(Retention::setKeepDays(*open(), 7, &error));
    QMainWindow window;
    StoreWorker worker(m_db, u"test-worker"_qs);
    RetentionActions actions(&window, &worker, [] { return QString(); });
    QSignalSpy finished(&actions, &RetentionActions::finished);
    QVERIFY(finished.wait(30000));
    const QString done = finished.first().first().toString();
    if (qEnvironmentVariableIsEmpty("GATESCOPE_LANG"))
        QVERIFY2(done.startsWith(u"Retention policy: 4 logs older than 7 days"_qs),
                 qPrintable(done));
    QCOMPARE(*open()->count(u""_qs, nullptr), 4);
}

QTEST_MAIN(TestRetentionActions)
#include "tst_retentionactions.moc"
