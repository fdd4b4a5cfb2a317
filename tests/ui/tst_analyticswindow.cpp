// SPDX-License-Identifier: GPL-3.0-or-later
// The analytics window driven offscreen: every tab draws its charts from the store, hovering a bar
// or a point says its values, a click on a bar filters the main window's list to it, and each
// chart exports as PNG and CSV. With GATESCOPE_SCREENSHOT_DIR set (run under Xvfb), screenshots()
// saves the README's pictures from a demo store.
#include "analyticswindow.h"
#include "chartpanel.h"
#include "demodata.h"
#include "feedbackcontroller.h"
#include "feedbackdialog.h"
#include "filterbar.h"
#include "logtablemodel.h"
#include "mainwindow.h"
#include "store/logstore.h"

#include <QAction>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QScreen>
#include <QSlider>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QValueAxis>

#include <cmath>

namespace {

const QDateTime kT0(QDate(2026, 3, 1), QTime(10, 0), QTimeZone::utc());

// 60 logs over 10 hours: every 6th an error, users u0..u2, cache hits, some feedback.
QList<LogRecord> makeLogs()
{
    QList<LogRecord> logs;
    for (int i = 0; i < 60; ++i) {
        LogRecord r;
        r.id = QStringLiteral("log-%1").arg(i, 3, 10, QLatin1Char('0'));
        r.traceId = QStringLiteral("trace-%1").arg(i);
        r.createdAt = kT0.addSecs(i * 600);
        r.requestType = RequestType::Chat;
        r.provider = QStringLiteral("openai");
        r.model = i % 3 ? QStringLiteral("gpt-4o") : QStringLiteral("gpt-4o-mini");
        r.statusCode = i % 6 == 5 ? 500 : 200;
        r.latencyMs = 100 + i * 10;
        r.totalTokens = 100 + i;
        r.costCents = 0.5 + i * 0.01;
        r.cache = i % 4 == 0 ? CacheState::Hit
            : i % 4 == 1     ? CacheState::SemanticHit
                             : CacheState::Miss;
        r.retryCount = i % 10 == 3 ? 1 : 0;
        r.fallbackActive = i % 10 == 7;
        r.metadata.insert(QStringLiteral("_user"), QStringLiteral("u%1").arg(i % 3));
        if (i % 5 == 0) {
            FeedbackEntry f;
            f.id = QStringLiteral("fb-%1").arg(i);
            f.value = i % 10 == 0 ? 1 : -1;
            f.weight = 1;
            f.createdAt = r.createdAt.addSecs(30);
            r.feedback.append(f);
        }
        logs.append(r);
    }
    return logs;
}

QBarSet *firstBarSet(ChartPanel *panel)
{
    for (QAbstractSeries *s : panel->chart()->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s); bars && bars->count() > 0)
            return bars->barSets().first();
    }
    return nullptr;
}

// The first bucket with something in it, or -1.
int firstFilled(QBarSet *set)
{
    for (int i = 0; i < set->count(); ++i) {
        if (set->at(i) > 0)
            return i;
    }
    return -1;
}

QLineSeries *firstLine(ChartPanel *panel)
{
    for (QAbstractSeries *s : panel->chart()->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(s))
            return line;
    }
    return nullptr;
}

} // namespace

class TestAnalyticsWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyTabDrawsItsCharts();
    void hoverShowsTheValues();
    void clickOnABarFiltersTheList();
    void clickOnAUserFiltersTheList();
    void clickOnAStatusCodeKeepsTheRange();
    void clickBesideABarFiltersItsBucket();
    void countAxesTickWholeNumbers();
    void narrowWindowWrapsTheCharts();
    void exportsPngAndCsv();
    void screenshots();

private:
    void waitLoaded();

    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
    AnalyticsWindow *m_analytics = nullptr;
};

void TestAnalyticsWindow::initTestCase()
{
    // Never the developer's own connections, settings or remembered server choice.
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("analytics.sqlite"));
    QString error;
    {
        auto store = LogStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY2(store->insert(makeLogs(), &error), qPrintable(error));
    }
    m_window = new MainWindow(path);
    m_window->resize(1100, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->model()->isLoading() && m_window->model()->rowCount() == 60,
                             10000);
    QAction *open = m_window->action(QStringLiteral("analytics"));
    QVERIFY(open);
    QCOMPARE(open->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    open->trigger();
    m_analytics = m_window->analyticsWindow();
    QVERIFY(m_analytics);
    QVERIFY(QTest::qWaitForWindowExposed(m_analytics));
    waitLoaded();
}

void TestAnalyticsWindow::cleanupTestCase()
{
    delete m_window;
}

void TestAnalyticsWindow::waitLoaded()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_analytics->isLoading(), 10000);
}

void TestAnalyticsWindow::everyTabDrawsItsCharts()
{
    // "Last day" ends at the newest log: all 60 logs, in 30-minute buckets.
    for (int tab = 0; tab < AnalyticsWindow::TabCount; ++tab) {
        m_analytics->showTab(AnalyticsWindow::Tab(tab));
        QTRY_VERIFY_WITH_TIMEOUT(!m_analytics->isLoading(), 10000);
        const auto panels = m_analytics->panels(AnalyticsWindow::Tab(tab));
        QVERIFY(!panels.isEmpty());
        for (ChartPanel *panel : panels) {
            QVERIFY2(!panel->chart()->series().isEmpty(), qPrintable(panel->name()));
            QVERIFY2(!panel->csvRows().isEmpty(), qPrintable(panel->name()));
        }
        QVERIFY(!m_analytics->summary(AnalyticsWindow::Tab(tab))->text().isEmpty());
    }
    QCOMPARE(m_analytics->lastQuery().bucketMs, 30 * 60 * 1000);
    // The figures are the store's: 60 requests, 10 errors.
    QVERIFY(m_analytics->summary(AnalyticsWindow::OverviewTab)
                ->text()
                .contains(QStringLiteral("<b>60</b> requests")));
    QVERIFY(m_analytics->summary(AnalyticsWindow::ErrorsTab)
                ->text()
                .contains(QStringLiteral("<b>10</b> errors")));
    qint64 requests = 0;
    for (const QStringList &row : m_analytics->panel(QStringLiteral("requests"))->csvRows())
        requests += row.at(1).toLongLong();
    QCOMPARE(requests, 60);
    // A range change shows the busy indicator until the store answers.
    m_analytics->setRange(AnalyticsWindow::LastWeek);
    QVERIFY(m_analytics->isLoading());
    QVERIFY(m_analytics->findChild<QProgressBar *>(QStringLiteral("busyIndicator"))->isVisible());
    waitLoaded();
    QCOMPARE(m_analytics->lastQuery().bucketMs, 3 * 3600 * 1000);
    m_analytics->setRange(AnalyticsWindow::LastDay);
    waitLoaded();
}

void TestAnalyticsWindow::hoverShowsTheValues()
{
    m_analytics->showTab(AnalyticsWindow::OverviewTab);
    waitLoaded();
    ChartPanel *requests = m_analytics->panel(QStringLiteral("requests"));
    QBarSet *set = firstBarSet(requests);
    QVERIFY(set);
    const int bucket = firstFilled(set);
    QVERIFY(bucket >= 0);
    Q_EMIT set->hovered(true, bucket);
    QVERIFY2(
        requests->hoverText().contains(QStringLiteral("%1 requests").arg(qint64(set->at(bucket)))),
        qPrintable(requests->hoverText()));

    ChartPanel *latency = m_analytics->panel(QStringLiteral("latency"));
    QLineSeries *line = firstLine(latency);
    QVERIFY(line && line->count() > 0);
    Q_EMIT line->hovered(line->at(0), true);
    QVERIFY2(latency->hoverText().contains(QStringLiteral(" ms")),
             qPrintable(latency->hoverText()));

    // A real pointer over the chart hovers too (the series' own hit test).
    m_analytics->showTab(AnalyticsWindow::FeedbackTab);
    waitLoaded();
    ChartPanel *values = m_analytics->panel(QStringLiteral("feedbackValues"));
    QBarSet *valueSet = firstBarSet(values);
    QVERIFY(valueSet);
    Q_EMIT valueSet->hovered(true, 11); // value 1
    QVERIFY2(values->hoverText().startsWith(QStringLiteral("Value 1: 6 entries")),
             qPrintable(values->hoverText()));
}

void TestAnalyticsWindow::clickOnABarFiltersTheList()
{
    m_analytics->showTab(AnalyticsWindow::OverviewTab);
    waitLoaded();
    QBarSet *set = firstBarSet(m_analytics->panel(QStringLiteral("requests")));
    const int bucket = firstFilled(set);
    const int expected = int(set->at(bucket));
    Q_EMIT set->clicked(bucket);
    QTRY_VERIFY(m_window->model()->query().filter.contains(QStringLiteral("after:")));
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_window->model()->isLoading() && m_window->model()->rowCount() == expected, 10000);
    // The analytics window follows the list's filter (a drill-down).
    QTRY_COMPARE(m_analytics->filter(), m_window->model()->query().filter);
    waitLoaded();
    m_window->setFilter(QString());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->model()->rowCount() == 60, 10000);
    waitLoaded();
}

void TestAnalyticsWindow::clickOnAUserFiltersTheList()
{
    m_analytics->showTab(AnalyticsWindow::UsersTab);
    waitLoaded();
    ChartPanel *users = m_analytics->panel(QStringLiteral("usersByRequests"));
    QBarSet *set = firstBarSet(users);
    QVERIFY(set);
    QCOMPARE(set->count(), 3);
    QCOMPARE(set->at(0), 20.0);
    Q_EMIT set->clicked(0);
    QTRY_VERIFY(m_window->model()->query().filter.contains(QStringLiteral(" user:u")));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->model()->isLoading() && m_window->model()->rowCount() == 20,
                             10000);
    m_window->setFilter(QString());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->model()->rowCount() == 60, 10000);
    waitLoaded();
}

void TestAnalyticsWindow::clickOnAStatusCodeKeepsTheRange()
{
    // The last hour holds one of the ten 500s: its bar says 1, and a click must list that one,
    // not every 500 of all time.
    m_analytics->setRange(AnalyticsWindow::LastHour);
    m_analytics->showTab(AnalyticsWindow::ErrorsTab);
    waitLoaded();
    ChartPanel *codes = m_analytics->panel(QStringLiteral("statusCodes"));
    QBarSet *set = firstBarSet(codes);
    QVERIFY(set);
    QCOMPARE(set->count(), 1); // only 500 is an error
    const int expected = int(set->at(0));
    QVERIFY2(expected > 0 && expected < 10, qPrintable(QString::number(expected)));
    Q_EMIT set->clicked(0);
    QTRY_VERIFY(m_window->model()->query().filter.contains(QStringLiteral("status:500")));
    const QString filter = m_window->model()->query().filter;
    QVERIFY2(filter.contains(QStringLiteral("after:"))
                 && filter.contains(QStringLiteral("before:")),
             qPrintable(filter));
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_window->model()->isLoading() && m_window->model()->rowCount() == expected, 10000);
    m_window->setFilter(QString());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->model()->rowCount() == 60, 10000);
    m_analytics->setRange(AnalyticsWindow::LastDay);
    waitLoaded();
}

void TestAnalyticsWindow::clickBesideABarFiltersItsBucket()
{
    // A real click above a bar (in its column, not on it) and the pointer there: the bucket's
    // values and filter, as on the bar itself.
    m_analytics->showTab(AnalyticsWindow::OverviewTab);
    waitLoaded();
    QTest::qWait(50); // QChart lays out lazily
    ChartPanel *requests = m_analytics->panel(QStringLiteral("requests"));
    QBarSet *set = firstBarSet(requests);
    QVERIFY(set);
    const int bucket = firstFilled(set);
    QVERIFY(bucket >= 0);
    QChart *chart = requests->chart();
    QAbstractSeries *series = chart->series().first();
    const QRectF plot = chart->plotArea();
    QPointF inChart = chart->mapToPosition(QPointF(bucket, 0), series);
    inChart.setY(plot.top() + 3); // above the bar
    const QPoint at = requests->view()->mapFromScene(chart->mapToScene(inChart));
    QMouseEvent move(QEvent::MouseMove, at, requests->view()->viewport()->mapToGlobal(at),
                     Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(requests->view()->viewport(), &move);
    QTRY_VERIFY2(
        requests->hoverText().contains(QStringLiteral("%1 requests").arg(qint64(set->at(bucket)))),
        qPrintable(requests->hoverText()));
    const int expected = int(set->at(bucket)); // the chart is redrawn for the new filter
    QTest::mouseClick(requests->view()->viewport(), Qt::LeftButton, {}, at);
    QTRY_VERIFY(m_window->model()->query().filter.contains(QStringLiteral("after:")));
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_window->model()->isLoading() && m_window->model()->rowCount() == expected, 10000);
    m_window->setFilter(QString());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->model()->rowCount() == 60, 10000);
    waitLoaded();
}

void TestAnalyticsWindow::countAxesTickWholeNumbers()
{
    for (int tab :
         {AnalyticsWindow::OverviewTab, AnalyticsWindow::ErrorsTab, AnalyticsWindow::FeedbackTab}) {
        m_analytics->showTab(AnalyticsWindow::Tab(tab));
        waitLoaded();
    }
    // Counts: every tick a whole number (not 0.50 or 1.00 requests).
    for (const char *name :
         {"requests", "errors", "statusCodes", "feedbackCount", "feedbackValues"}) {
        ChartPanel *panel = m_analytics->panel(QLatin1String(name));
        auto *y = qobject_cast<QValueAxis *>(panel->chart()->axes(Qt::Vertical).value(0));
        QVERIFY2(y, name);
        QCOMPARE(y->min(), 0.0);
        const double step = (y->max() - y->min()) / (y->tickCount() - 1);
        QVERIFY2(step >= 1 && step == std::floor(step),
                 qPrintable(QStringLiteral("%1: step %2").arg(QLatin1String(name)).arg(step)));
        QCOMPARE(y->labelFormat(), QStringLiteral("%.0f"));
    }
    // Weighted feedback from -10 to 10 in steps of 5 (not 3.33).
    auto *weighted
        = qobject_cast<QValueAxis *>(m_analytics->panel(QStringLiteral("feedbackWeighted"))
                                         ->chart()
                                         ->axes(Qt::Vertical)
                                         .value(0));
    QVERIFY(weighted);
    QCOMPARE(weighted->min(), -10.0);
    QCOMPARE(weighted->max(), 10.0);
    QCOMPARE(weighted->tickCount(), 5);
}

void TestAnalyticsWindow::narrowWindowWrapsTheCharts()
{
    // Narrow enough for a 1024 screen, in every language: the charts wrap to fewer columns.
    m_analytics->showTab(AnalyticsWindow::OverviewTab);
    waitLoaded();
    QVERIFY2(m_analytics->minimumSizeHint().width() <= 700,
             qPrintable(QString::number(m_analytics->minimumSizeHint().width())));
    m_analytics->resize(1200, 760);
    QTest::qWait(50);
    ChartPanel *requests = m_analytics->panel(QStringLiteral("requests"));
    ChartPanel *cost = m_analytics->panel(QStringLiteral("cost"));
    QCOMPARE(requests->y(), cost->y()); // side by side
    m_analytics->resize(700, 700);
    QTRY_VERIFY(cost->y() > requests->y()); // one column
    QVERIFY(cost->width() <= m_analytics->width());
    m_analytics->resize(1200, 760);
    QTRY_COMPARE(requests->y(), cost->y());
}

void TestAnalyticsWindow::exportsPngAndCsv()
{
    m_analytics->showTab(AnalyticsWindow::ErrorsTab);
    waitLoaded();
    QTest::qWait(50); // QChart lays out lazily
    ChartPanel *codes = m_analytics->panel(QStringLiteral("statusCodes"));
    const QString png = m_dir.filePath(QStringLiteral("status.png"));
    const QString csv = m_dir.filePath(QStringLiteral("status.csv"));
    QVERIFY(codes->exportPng(png));
    QVERIFY(codes->exportCsv(csv));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 100 && image.height() > 100);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines,
             QStringList({QStringLiteral("status_code,requests"), QStringLiteral("200,50"),
                          QStringLiteral("500,10")}));
}

void TestAnalyticsWindow::screenshots()
{
    const QString dir = qEnvironmentVariable("GATESCOPE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set GATESCOPE_SCREENSHOT_DIR (and run under Xvfb) to save the README screenshots");
    const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    {
        auto store = LogStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        DemoData demo(1, 20000);
        for (int i = 0; i < 20; ++i)
            QVERIFY2(store->insert(demo.next(1000), &error), qPrintable(error));
    }
    MainWindow window(path);
    window.setGeometry(QApplication::primaryScreen()->availableGeometry());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(!window.model()->isLoading(), 20000);
    window.action(QStringLiteral("analytics"))->trigger();
    AnalyticsWindow *analytics = window.analyticsWindow();
    analytics->setGeometry(QApplication::primaryScreen()->availableGeometry());
    analytics->setRange(AnalyticsWindow::LastWeek);
    const char *names[] = {"overview", "users", "errors", "cache", "feedback"};
    for (int tab = 0; tab < AnalyticsWindow::TabCount; ++tab) {
        analytics->showTab(AnalyticsWindow::Tab(tab));
        QTRY_VERIFY_WITH_TIMEOUT(!analytics->isLoading(), 20000);
        QTest::qWait(400);
        QVERIFY(analytics->grab().save(
            dir + QStringLiteral("/analytics-%1.png").arg(QLatin1String(names[tab]))));
    }
    analytics->close();
    window.selectRow(3);
    QTest::qWait(500);
    window.action(QStringLiteral("addFeedback"))->trigger();
    FeedbackDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.feedbackController()->dialog()));
    dialog->valueSlider()->setValue(-4);
    dialog->noteEdit()->setPlainText(QStringLiteral("Cited a retention policy we do not have."));
    QTest::qWait(400);
    QVERIFY(dialog->grab().save(dir + QStringLiteral("/feedback-dialog.png")));
    dialog->reject();
}

QTEST_MAIN(TestAnalyticsWindow)
#include "tst_analyticswindow.moc"
