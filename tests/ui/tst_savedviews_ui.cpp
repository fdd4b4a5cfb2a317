// SPDX-License-Identifier: GPL-3.0-or-later
// The Saved Views sidebar as a user drives it: save what the list shows, see its count, click a
// view to get its filter, sort and columns back, delete it and undo, hide the sidebar; and a
// gatescope://view link handed to the running app by a second launch.
#include "deeplink.h"
#include "filterbar.h"
#include "logtablemodel.h"
#include "mainwindow.h"
#include "savedviews.h"
#include "savedviewspanel.h"
#include "saveviewdialog.h"
#include "store/logstore.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTreeWidget>

namespace {

constexpr int LogCount = 40;

LogRecord record(int i)
{
    LogRecord r;
    r.id = QStringLiteral("view-log-%1").arg(i);
    r.createdAt = QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc()).addSecs(i * 11);
    r.method = QStringLiteral("POST");
    r.endpoint = QStringLiteral("/v1/chat/completions");
    r.requestType = RequestType::Chat;
    r.provider = QStringLiteral("openai");
    r.model = i % 4 == 0 ? QStringLiteral("gpt-4o") : QStringLiteral("gpt-4o-mini");
    r.statusCode = i % 10 == 0 ? 500 : 200;
    r.latencyMs = 100 + i;
    r.totalTokens = 10 + i;
    r.costCents = 0.5 * i;
    r.cache = CacheState::Miss;
    r.tracked = true;
    return r;
}

QTreeWidgetItem *itemNamed(QTreeWidget *list, const QString &text)
{
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(0) == text)
            return list->topLevelItem(i);
    }
    return nullptr;
}

void click(QTreeWidget *list, QTreeWidgetItem *item)
{
    const QRect rect = list->visualItemRect(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
}

} // namespace

class TestSavedViewsUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void emptyStateSaysHowToSave();
    void saveViewShowsItsCount();
    void clickingAViewAppliesIt();
    void deleteAndUndo();
    void liveLogsUpdateTheCounts();
    void sidebarHidesAndRemembers();
    void viewLinkOpensInTheWindow();
    void viewLinkReachesTheRunningApp();

private:
    MainWindow *openWindow();
    SavedViewsPanel *panel(MainWindow *window);

    QTemporaryDir m_dir;
    QString m_path;
    MainWindow *m_window = nullptr;
};

void TestSavedViewsUi::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("gatescope-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_savedviews_ui"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("views.sqlite"));
    QString error;
    auto store = LogStore::open(m_path, &error);
    QVERIFY2(store, qPrintable(error));
    QList<LogRecord> batch;
    for (int i = 0; i < LogCount; ++i)
        batch << record(i);
    QVERIFY2(store->insert(batch, &error), qPrintable(error));
}

void TestSavedViewsUi::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

MainWindow *TestSavedViewsUi::openWindow()
{
    auto *window = new MainWindow(m_path);
    window->resize(1280, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        return nullptr;
    QApplication::setActiveWindow(window);
    if (!QTest::qWaitForWindowActive(window))
        return nullptr;
    return window;
}

SavedViewsPanel *TestSavedViewsUi::panel(MainWindow *window)
{
    return window->findChild<SavedViewsPanel *>();
}

void TestSavedViewsUi::emptyStateSaysHowToSave()
{
    m_window = openWindow();
    QVERIFY(m_window);
    SavedViewsPanel *views = panel(m_window);
    QVERIFY(views);
    // A store without views keeps the list's room: the sidebar waits in the View menu.
    QVERIFY(!views->dock()->isVisible());
    QAction *toggle = m_window->findChild<QAction *>(u"toggleSavedViews"_qs);
    QVERIFY(toggle && !toggle->isChecked());
    toggle->trigger();
    QVERIFY(views->dock()->isVisible());
    QTRY_COMPARE(views->countOf(QString()), qint64(LogCount));
    QTreeWidget *list = views->list();
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(0), u"All logs"_qs);
    QCOMPARE(list->topLevelItem(0)->text(1), QLocale().toString(LogCount));
    QVERIFY(views->hint()->isVisible());
    QVERIFY2(views->hint()->text().contains(u"Save View"), qPrintable(views->hint()->text()));
    // The hint sits under "All logs", inside the sidebar.
    QVERIFY(views->hint()->geometry().top() < views->height() / 2);
}

void TestSavedViewsUi::saveViewShowsItsCount()
{
    m_window = openWindow();
    QVERIFY(m_window);
    SavedViewsPanel *views = panel(m_window);
    QTRY_VERIFY(!m_window->model()->isLoading());
    // What the list shows: a filter, sorted by cost, highest first, without the Feedback column.
    m_window->setFilter(u"model:gpt-4o"_qs);
    QHeaderView *header = m_window->table()->horizontalHeader();
    header->setSortIndicator(LogTableModel::Cost, Qt::DescendingOrder);
    m_window->table()->setColumnHidden(LogTableModel::Feedback, true);
    QTRY_COMPARE(m_window->model()->query().sort, SortColumn::Cost);

    // Ctrl+S asks for a name, with the filter as a suggestion.
    QTest::keyClick(m_window, Qt::Key_S, Qt::ControlModifier);
    SaveViewDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<SaveViewDialog *>(u"saveViewDialog"_qs)));
    QCOMPARE(dialog->nameEdit()->text(), u"model:gpt-4o"_qs);
    dialog->nameEdit()->clear();
    QVERIFY(!dialog->problem().isEmpty() || dialog->nameEdit()->text().isEmpty());
    QTest::keyClicks(dialog->nameEdit(), u"GPT-4o by cost "_qs);
    dialog->nameEdit()->insert(u"\u20ac"_qs); // QTest types Latin-1 only
    QVERIFY(dialog->problem().isEmpty());
    QTest::keyClick(dialog->nameEdit(), Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<SaveViewDialog *>(u"saveViewDialog"_qs));

    QTRY_COMPARE(views->views().size(), 1);
    const SavedView saved = views->views().first();
    QCOMPARE(saved.name, u"GPT-4o by cost \u20ac"_qs);
    QCOMPARE(saved.filter, u"model:gpt-4o"_qs);
    QCOMPARE(saved.sort, SortColumn::Cost);
    QVERIFY(saved.descending);
    QVERIFY(!saved.columns.contains(u"feedback"_qs));
    QVERIFY(saved.columns.contains(u"cost"_qs));
    QTreeWidgetItem *item = nullptr;
    QTRY_VERIFY((item = itemNamed(views->list(), saved.name)));
    QTRY_COMPARE(item->text(1), QLocale().toString(LogCount / 4));
    QVERIFY(!views->hint()->isVisible());
    // In the store, for the CLI and everyone else.
    QString error;
    auto store = LogStore::open(m_path, &error);
    QCOMPARE(SavedViews(*store).list(&error)->size(), 1);

    // The same name again is refused in the dialog before anything is written.
    QApplication::setActiveWindow(m_window); // offscreen: nobody activates it after the dialog
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTest::keyClick(m_window, Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY((dialog = m_window->findChild<SaveViewDialog *>(u"saveViewDialog"_qs)));
    dialog->nameEdit()->setText(u"gpt-4o BY COST \u20ac"_qs);
    QVERIFY2(dialog->problem().contains(u"exists already"), qPrintable(dialog->problem()));
    dialog->reject();
}

void TestSavedViewsUi::clickingAViewAppliesIt()
{
    m_window = openWindow();
    QVERIFY(m_window);
    SavedViewsPanel *views = panel(m_window);
    QTRY_COMPARE(views->views().size(), 1);
    QTRY_VERIFY(!m_window->model()->isLoading());
    QTableView *table = m_window->table();
    // Start from something else: all logs, newest first, every column.
    m_window->setFilter(QString());
    for (int c = 0; c < LogTableModel::ColumnCount; ++c)
        table->setColumnHidden(c, false);
    QTRY_COMPARE(m_window->model()->rowCount(), LogCount);

    QTreeWidgetItem *item = itemNamed(views->list(), u"GPT-4o by cost \u20ac"_qs);
    QVERIFY(item);
    click(views->list(), item);
    QTRY_COMPARE(m_window->model()->query().filter, u"model:gpt-4o"_qs);
    QCOMPARE(m_window->filterBar()->lineEdit()->text(), u"model:gpt-4o"_qs);
    QCOMPARE(m_window->model()->query().sort, SortColumn::Cost);
    QVERIFY(m_window->model()->query().descending);
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(LogTableModel::Cost));
    QVERIFY(table->isColumnHidden(LogTableModel::Feedback));
    QVERIFY(!table->isColumnHidden(LogTableModel::Cost));
    QTRY_COMPARE(m_window->model()->rowCount(), LogCount / 4);
    QTRY_VERIFY(!m_window->model()->isLoading());
    // Highest cost first: log 36 is the most expensive gpt-4o log.
    QTRY_COMPARE(m_window->model()->index(0, 0).data(LogTableModel::LogIdRole).toString(),
                 u"view-log-36"_qs);

    // Keyboard: Ctrl+B goes to the sidebar, Up and Enter show All logs again.
    QTest::keyClick(m_window, Qt::Key_B, Qt::ControlModifier);
    QTRY_VERIFY(views->list()->hasFocus());
    QTest::keyClick(views->list(), Qt::Key_Up);
    QTest::keyClick(views->list(), Qt::Key_Return);
    QTRY_COMPARE(m_window->model()->query().filter, QString());
    QCOMPARE(m_window->model()->query().sort, SortColumn::Time);
    QTRY_COMPARE(m_window->model()->rowCount(), LogCount);

    // Its link, copied from the sidebar, names the same view.
    views->list()->setCurrentItem(item);
    QTest::keyClick(views->list(), Qt::Key_C, Qt::ControlModifier);
    QString error;
    const auto link = DeepLink::parse(QGuiApplication::clipboard()->text(), &error);
    QVERIFY2(link, qPrintable(QGuiApplication::clipboard()->text() + u' ' + error));
    QCOMPARE(link->view, views->views().first());
}

void TestSavedViewsUi::deleteAndUndo()
{
    m_window = openWindow();
    QVERIFY(m_window);
    SavedViewsPanel *views = panel(m_window);
    QTRY_COMPARE(views->views().size(), 1);
    // A second view, saved by someone else (gatescope-cli) meanwhile, shows up on refresh.
    {
        QString error;
        auto store = LogStore::open(m_path, &error);
        SavedView errors;
        errors.name = u"Errors"_qs;
        errors.filter = u"status:5xx"_qs;
        QVERIFY2(SavedViews(*store).save(errors, &error), qPrintable(error));
    }
    views->refresh();
    QTRY_COMPARE(views->views().size(), 2);
    QTRY_COMPARE(views->countOf(u"Errors"_qs), qint64(LogCount / 10));

    QTreeWidgetItem *first = itemNamed(views->list(), u"GPT-4o by cost \u20ac"_qs);
    views->list()->setFocus();
    views->list()->setCurrentItem(first);
    QTest::keyClick(views->list(), Qt::Key_Delete);
    QTRY_COMPARE(views->views().size(), 1);
    QCOMPARE(views->views().first().name, u"Errors"_qs);
    QVERIFY(!itemNamed(views->list(), u"GPT-4o by cost \u20ac"_qs));

    // Edit > Undo brings it back, in its place.
    QAction *undo = m_window->action(u"undo"_qs);
    QVERIFY(undo->isEnabled());
    QVERIFY2(undo->text().contains(u"Delete View"), qPrintable(undo->text()));
    undo->trigger();
    QTRY_COMPARE(views->views().size(), 2);
    QCOMPARE(views->views().first().name, u"GPT-4o by cost \u20ac"_qs);
    QCOMPARE(views->views().first().sort, SortColumn::Cost);
    QTRY_COMPARE(views->countOf(u"GPT-4o by cost \u20ac"_qs), qint64(LogCount / 4));
}

void TestSavedViewsUi::liveLogsUpdateTheCounts()
{
    m_window = openWindow();
    QVERIFY(m_window);
    SavedViewsPanel *views = panel(m_window);
    QTRY_COMPARE(views->countOf(u"Errors"_qs), qint64(LogCount / 10));
    QTRY_VERIFY(!m_window->model()->isLoading());
    // Two failed requests arrive live.
    QString error;
    auto store = LogStore::open(m_path, &error);
    LogRecord a = record(1000), b = record(1001);
    a.statusCode = b.statusCode = 502;
    a.createdAt = b.createdAt = QDateTime::currentDateTimeUtc();
    QVERIFY2(store->insert({a, b}, &error), qPrintable(error));
    QSignalSpy refreshed(views, &SavedViewsPanel::refreshed);
    m_window->model()->refreshForNewRows(a.createdAt);
    QTRY_COMPARE_WITH_TIMEOUT(views->countOf(u"Errors"_qs), qint64(LogCount / 10 + 2), 10000);
    QCOMPARE(views->countOf(QString()), qint64(LogCount + 2));
    QVERIFY(!refreshed.isEmpty());
}

void TestSavedViewsUi::sidebarHidesAndRemembers()
{
    m_window = openWindow();
    QVERIFY(m_window);
    QAction *toggle = m_window->findChild<QAction *>(u"toggleSavedViews"_qs);
    QVERIFY(toggle);
    QVERIFY(toggle->isChecked());
    toggle->trigger();
    QVERIFY(panel(m_window)->dock()->isHidden());
    delete m_window;
    m_window = openWindow();
    QVERIFY(m_window);
    QVERIFY(panel(m_window)->dock()->isHidden());
    QVERIFY(!m_window->findChild<QAction *>(u"toggleSavedViews"_qs)->isChecked());
    // Ctrl+B shows it again, with the focus in it.
    QTest::keyClick(m_window, Qt::Key_B, Qt::ControlModifier);
    QTRY_VERIFY(panel(m_window)->dock()->isVisible());
    QVERIFY(QSettings().value(u"view/savedViews"_qs).toBool());
}

void TestSavedViewsUi::viewLinkOpensInTheWindow()
{
    m_window = openWindow();
    QVERIFY(m_window);
    QTRY_VERIFY(!m_window->model()->isLoading());
    QSignalSpy opened(m_window, &MainWindow::linkOpened);
    const QString link
        = u"gatescope://view?filter=status:5xx&sort=latency:asc&columns=time,status,latency,"
          "model&name=Slow%20errors"_qs;
    m_window->openLink(link);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toString(), link);
    QTRY_COMPARE(m_window->model()->query().filter, u"status:5xx"_qs);
    QCOMPARE(m_window->model()->query().sort, SortColumn::Latency);
    QVERIFY(!m_window->model()->query().descending);
    QHeaderView *header = m_window->table()->horizontalHeader();
    QCOMPARE(header->visualIndex(LogTableModel::Status), 1);
    QCOMPARE(header->visualIndex(LogTableModel::Latency), 2);
    QVERIFY(m_window->table()->isColumnHidden(LogTableModel::Cost));
    QTRY_COMPARE(m_window->model()->rowCount(), LogCount / 10 + 2);
}

void TestSavedViewsUi::viewLinkReachesTheRunningApp()
{
    // The real app: a window on the store, then a second launch with a view link, as xdg-open
    // starts it. The second hands the link over and exits; the first applies it.
    const QString app = qEnvironmentVariable("GATESCOPE_BUILD_DIR") + u"/src/gatescope"_qs;
    QVERIFY2(QFile::exists(app), qPrintable(app));
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_qs, home.path());
    env.insert(u"XDG_CONFIG_HOME"_qs, home.filePath(u"config"_qs));
    env.insert(u"XDG_DATA_HOME"_qs, home.filePath(u"data"_qs));
    env.insert(u"TMPDIR"_qs, home.path()); // the local sockets: never a real window's
    env.insert(u"QT_QPA_PLATFORM"_qs, u"offscreen"_qs);
    env.insert(u"GATESCOPE_LANG"_qs, u"en"_qs);
    env.remove(u"GATESCOPE_DB"_qs);
    QProcess primary;
    primary.setProcessEnvironment(env);
    primary.setProcessChannelMode(QProcess::MergedChannels);
    primary.start(app, {u"--db"_qs, m_path, u"--print-links"_qs});
    QVERIFY(primary.waitForStarted(10000));
    QByteArray said;
    auto waitFor = [&](const QByteArray &text) {
        QElapsedTimer timer;
        timer.start();
        while (!said.contains(text) && timer.elapsed() < 30000) {
            primary.waitForReadyRead(200);
            said += primary.readAll();
        }
        return said.contains(text);
    };
    QVERIFY2(waitFor("listening: "), said.constData());

    const QString link = SavedView {
        u"Caf\u00e9 \"errors\""_qs,
        u"status:5xx \"caf\u00e9\""_qs,
        SortColumn::Cost,
        false,
        {u"time"_qs,
         u"cost"_qs}}.toLink();
    QProcess second;
    second.setProcessEnvironment(env);
    second.start(app, {u"--db"_qs, m_path, u"--print-links"_qs, link});
    QVERIFY(second.waitForFinished(30000));
    QCOMPARE(second.exitCode(), 0);
    QVERIFY2(second.readAllStandardOutput().contains("forwarded: "), "not handed over");
    QVERIFY2(waitFor(("opened: " + link).toUtf8()), said.constData());
    primary.terminate();
    QVERIFY(primary.waitForFinished(10000));
}

QTEST_MAIN(TestSavedViewsUi)
#include "tst_savedviews_ui.moc"
