// SPDX-License-Identifier: GPL-3.0-or-later
// The analytics window's "Server numbers": a Portkey connection's analytics graphs (portkey-api.md
// section 7.2) fetched from a local control plane (ControlPlaneServer) on loopback and drawn
// beside the store's own numbers. With GATESCOPE_SCREENSHOT_DIR set (run under Xvfb),
// screenshot() saves packaging/screenshots/analytics-server.png from a demo store.
#include "analyticswindow.h"
#include "apikeystore.h"
#include "chartpanel.h"
#include "connectionstore.h"
#include "controlplaneserver.h"
#include "demodata.h"
#include "serveranalyticsfilter.h"
#include "store/logstore.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineSeries>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

#include <cmath>

namespace {

const QDateTime kT0(QDate(2026, 3, 1), QTime(10, 0), QTimeZone::utc());
const QString kConnection = QStringLiteral("portkey-test");
const QString kServerName = QStringLiteral("Portkey (server)");

// 60 logs over 10 hours, one every 10 minutes: every 6th an error (status 500).
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
        r.model = QStringLiteral("gpt-4o");
        r.statusCode = i % 6 == 5 ? 500 : 200;
        r.latencyMs = 100 + i * 10;
        r.totalTokens = 100 + i;
        r.costCents = 0.5;
        r.cache = i % 4 == 0 ? CacheState::Hit : CacheState::Miss;
        r.metadata.insert(QStringLiteral("_user"), QStringLiteral("u%1").arg(i % 3));
        logs.append(r);
    }
    return logs;
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// The server's per-bucket numbers: the 20 half hours from kT0, aligned with the window's
// 30-minute buckets of "Last day", and different from the store's so a mix-up shows.
double serverRequests(int i)
{
    return 3 + i % 3; // 3, 4, 5, ...: 79 in all
}

QJsonArray points(const std::function<QJsonObject(int)> &values)
{
    QJsonArray out;
    for (int i = 0; i < 20; ++i) {
        QJsonObject p = values(i);
        p.insert(QStringLiteral("timestamp"), iso(kT0.addSecs(i * 1800)));
        out.append(p);
    }
    return out;
}

void setServerGraphs(ControlPlaneServer &server)
{
    double requests = 0;
    for (int i = 0; i < 20; ++i)
        requests += serverRequests(i);
    server.setAnalyticsGraph(QStringLiteral("requests"), {{QStringLiteral("total"), requests}},
                             points([](int i) {
                                 return QJsonObject {{QStringLiteral("total"), serverRequests(i)}};
                             }));
    server.setAnalyticsGraph(
        QStringLiteral("cost"), {{QStringLiteral("total"), 2000.0}, {QStringLiteral("avg"), 25.3}},
        points([](int) {
            return QJsonObject {{QStringLiteral("total"), 100.0}, {QStringLiteral("avg"), 25.3}};
        }));
    server.setAnalyticsGraph(QStringLiteral("tokens"), {{QStringLiteral("total"), 10000.0}},
                             points([](int) {
                                 return QJsonObject {{QStringLiteral("total"), 500.0}};
                             }));
    server.setAnalyticsGraph(QStringLiteral("latency"),
                             {{QStringLiteral("avg"), 210.0},
                              {QStringLiteral("p50"), 160.0},
                              {QStringLiteral("p90"), 310.0},
                              {QStringLiteral("p99"), 410.0}},
                             points([](int i) {
                                 return QJsonObject {{QStringLiteral("avg"), 200.0 + i},
                                                     {QStringLiteral("p50"), 150.0 + i},
                                                     {QStringLiteral("p90"), 300.0 + i},
                                                     {QStringLiteral("p99"), 400.0 + i}};
                             }));
    server.setAnalyticsGraph(QStringLiteral("errors"), {{QStringLiteral("total"), 12.0}},
                             points([](int i) {
                                 return QJsonObject {{QStringLiteral("total"), i % 5 == 0 ? 3 : 0}};
                             }));
    server.setAnalyticsGraph(QStringLiteral("errors/rate"), {{QStringLiteral("rate"), 15.2}},
                             points([](int i) {
                                 return QJsonObject {{QStringLiteral("rate"), i % 5 == 0 ? 60 : 0}};
                             }));
    server.setAnalyticsGraph(
        QStringLiteral("errors/status-codes"),
        {{QStringLiteral("total_errors"), 12.0}, {QStringLiteral("unique_error_codes"), 2.0}},
        QJsonArray {
            QJsonObject {{QStringLiteral("status_code"), 500}, {QStringLiteral("count"), 9}},
            QJsonObject {{QStringLiteral("status_code"), 429}, {QStringLiteral("count"), 3}}});
    server.setAnalyticsGraph(QStringLiteral("users"), {{QStringLiteral("total"), 5.0}},
                             points([](int) {
                                 return QJsonObject {{QStringLiteral("total"), 1.0}};
                             }));
}

QLineSeries *seriesNamed(ChartPanel *panel, const QString &name)
{
    for (QAbstractSeries *s : panel->chart()->series()) {
        auto *line = qobject_cast<QLineSeries *>(s);
        if (line && line->name() == name)
            return line;
    }
    return nullptr;
}

QBarSet *barSetNamed(ChartPanel *panel, const QString &name)
{
    for (QAbstractSeries *s : panel->chart()->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            for (QBarSet *set : bars->barSets()) {
                if (set->label() == name)
                    return set;
            }
        }
    }
    return nullptr;
}

// The store's bars: every bar set but the server's.
double barTotal(ChartPanel *panel)
{
    double total = 0;
    for (QAbstractSeries *s : panel->chart()->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            for (QBarSet *set : bars->barSets()) {
                if (set->label() != kServerName)
                    total += set->sum();
            }
        }
    }
    return total;
}

} // namespace

class TestAnalyticsServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void filterTranslation_data();
    void filterTranslation();
    void noConnectionSaysHowToAddOne();
    void serverSeriesEqualsTheServersBuckets();
    void summaryGivesBothTotalsAndWhyTheyDiffer();
    void filterPartsTheServerIgnoresAreNamed();
    void errorsTabMergesTheServersStatusCodes();
    void errorsShowTheClientsSentenceAndKeepTheLocalCharts_data();
    void errorsShowTheClientsSentenceAndKeepTheLocalCharts();
    void aTimeoutSaysSo();
    void aNewerFetchSupersedesAHangingOne();
    void closingWithAFetchInFlight();
    void noneRemovesTheServerSeriesAndIsRemembered();
    void offlineShowsTheLastNumbersWithTheirAge();
    void screenshot();

private:
    AnalyticsWindow *openWindow();
    void waitLocal(AnalyticsWindow *window);
    // Runs action and waits for the server's answer that follows it.
    bool waitServer(AnalyticsWindow *window, const std::function<void()> &action);
    void saveConnection();

    QTemporaryDir m_dir;
    QString m_storePath;
    ControlPlaneServer m_server;
    AnalyticsWindow *m_window = nullptr;
};

void TestAnalyticsServer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    qputenv("GATESCOPE_NO_KEYCHAIN", "1");
    qputenv("GATESCOPE_CONNECTIONS", m_dir.filePath(QStringLiteral("connections.json")).toUtf8());
    QSettings().remove(QStringLiteral("analytics/serverConnection"));
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    m_storePath = m_dir.filePath(QStringLiteral("analytics.sqlite"));
    QString error;
    auto store = LogStore::open(m_storePath, &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY2(store->insert(makeLogs(), &error), qPrintable(error));
    QVERIFY(m_server.start());
    setServerGraphs(m_server);
}

void TestAnalyticsServer::cleanupTestCase()
{
    delete m_window;
}

void TestAnalyticsServer::saveConnection()
{
    Connection c;
    c.name = kConnection;
    c.controlPlane = m_server.baseUrl();
    c.dataPlane = m_server.baseUrl();
    c.syncedUntil = kT0.addSecs(5 * 3600);
    QString error;
    QVERIFY2(ConnectionStore().save(c, &error), qPrintable(error));
    QVERIFY(ApiKeyStore().store(c.name, ControlPlaneServer::apiKey(), true).ok);
}

AnalyticsWindow *TestAnalyticsServer::openWindow()
{
    auto *window = new AnalyticsWindow(m_storePath);
    window->resize(1280, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        qWarning("the analytics window was not exposed");
    waitLocal(window);
    return window;
}

void TestAnalyticsServer::waitLocal(AnalyticsWindow *window)
{
    QTRY_VERIFY_WITH_TIMEOUT(!window->isLoading(), 10000);
}

bool TestAnalyticsServer::waitServer(AnalyticsWindow *window, const std::function<void()> &action)
{
    QSignalSpy spy(window, &AnalyticsWindow::serverLoaded);
    action();
    if (!spy.wait(10000) && spy.isEmpty())
        return false;
    return !window->isServerLoading();
}

void TestAnalyticsServer::filterTranslation_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("ignored");
    QTest::newRow("empty") << QString() << QString() << QStringList();
    QTest::newRow("status and its OR") << QStringLiteral("status:500 OR status:502")
                                       << QStringLiteral("status_code=500,502") << QStringList();
    QTest::newRow("a status class has no CSV")
        << QStringLiteral("status:5xx") << QString() << QStringList {QStringLiteral("status:5xx")};
    QTest::newRow("ranges") << QStringLiteral("tokens:>1000 cost:0.5..2 feedback:>=1")
                            << QStringLiteral("cost_max=2&cost_min=0.5&total_units_min=1001&"
                                              "weighted_feedback_min=1")
                            << QStringList();
    QTest::newRow("strict cost bound has no parameter")
        << QStringLiteral("cost:>2") << QString() << QStringList {QStringLiteral("cost:>2")};
    QTest::newRow("metadata, user and ids")
        << QStringLiteral("user:alice meta.env:prod vkey:main config:pc-1 trace:t-1 prompt:pp-1")
        << QStringLiteral("configs=pc-1&metadata={\"_user\":\"alice\",\"env\":\"prod\"}&"
                          "prompt_slug=pp-1&trace_id=t-1&virtual_keys=main")
        << QStringList();
    QTest::newRow("provider and model")
        << QStringLiteral("provider:openai model:gpt-4o")
        << QStringLiteral("ai_org_model=openai__gpt-4o") << QStringList();
    QTest::newRow("model alone") << QStringLiteral("model:gpt-4o") << QString()
                                 << QStringList {QStringLiteral("model:gpt-4o")};
    QTest::newRow("what the graphs cannot take")
        << QStringLiteral(
               "type:chat -status:200 \"refund policy\" cache:hit model:gpt* latency:>2000 "
               "model:a OR provider:b")
        << QString()
        << QStringList {QStringLiteral("type:chat"),
                        QStringLiteral("-status:200"),
                        QStringLiteral("\"refund policy\""),
                        QStringLiteral("cache:hit"),
                        QStringLiteral("model:gpt*"),
                        QStringLiteral("latency:>2000"),
                        QStringLiteral("model:a OR provider:b")};
    QTest::newRow("a plus sign survives")
        << QStringLiteral("user:a+b") << QStringLiteral("metadata={\"_user\":\"a+b\"}")
        << QStringList();
    QTest::newRow("after and before narrow the range, not the query")
        << QStringLiteral("after:2026-03-01T12:00 before:2026-03-01T14:00") << QString()
        << QStringList();
}

void TestAnalyticsServer::filterTranslation()
{
    QFETCH(QString, filter);
    QFETCH(QString, query);
    QFETCH(QStringList, ignored);
    const ServerAnalyticsFilter f = ServerAnalyticsFilter::fromFilter(filter);
    QStringList items;
    for (const auto &[key, value] : f.query.queryItems(QUrl::FullyDecoded))
        items.append(key + u'=' + value);
    QCOMPARE(items.join(u'&'), query);
    QCOMPARE(f.ignored, ignored);
    if (filter.startsWith(u"after:")) {
        QCOMPARE(f.afterMs, kT0.addSecs(2 * 3600).toMSecsSinceEpoch());
        QCOMPARE(f.beforeMs, kT0.addSecs(4 * 3600).toMSecsSinceEpoch());
    }
    // On the wire a '+' stays a plus, not a space.
    if (filter.contains(u'+')) {
        QUrl url(QStringLiteral("http://127.0.0.1/"));
        url.setQuery(f.query);
        QVERIFY2(url.toEncoded().contains("%2B"), url.toEncoded().constData());
    }
}

void TestAnalyticsServer::noConnectionSaysHowToAddOne()
{
    AnalyticsWindow *window = openWindow();
    QComboBox *box = window->serverBox();
    QCOMPARE(box->count(), 1);
    QCOMPARE(box->currentText(), QStringLiteral("None"));
    QVERIFY(!box->isEnabled());
    auto *status = window->findChild<QLabel *>(QStringLiteral("serverStatus"));
    QVERIFY(status->text().contains(QStringLiteral("File > Connections")));
    QVERIFY(!seriesNamed(window->panel(QStringLiteral("requests")), kServerName));
    // A connection added meanwhile shows up when the window is activated again.
    saveConnection();
    QEvent activate(QEvent::WindowActivate);
    QApplication::sendEvent(window, &activate);
    QCOMPARE(box->count(), 2);
    QVERIFY(box->isEnabled());
    QCOMPARE(box->itemText(1), kConnection);
    QCOMPARE(box->currentText(), QStringLiteral("None"));
    delete window;
}

void TestAnalyticsServer::serverSeriesEqualsTheServersBuckets()
{
    m_window = openWindow();
    QCOMPARE(m_window->lastQuery().bucketMs, 30 * 60 * 1000);
    QComboBox *box = m_window->serverBox();
    QVERIFY(waitServer(m_window, [box] { box->setCurrentIndex(box->findText(kConnection)); }));
    QCOMPARE(m_window->serverConnection(), kConnection);
    QCOMPARE(m_window->serverNotice(), QString());

    // The request asked for the window's own range.
    const AnalyticsQuery q = m_window->lastQuery();
    const auto requests = m_server.requests();
    QVERIFY(!requests.isEmpty());
    const QUrlQuery asked(requests.last().query);
    QCOMPARE(QDateTime::fromString(asked.queryItemValue(QStringLiteral("time_of_generation_min")),
                                   Qt::ISODateWithMs)
                 .toMSecsSinceEpoch(),
             q.fromMs);
    QCOMPARE(QDateTime::fromString(asked.queryItemValue(QStringLiteral("time_of_generation_max")),
                                   Qt::ISODateWithMs)
                 .toMSecsSinceEpoch(),
             q.toMs);

    // Requests: one point per local bucket, the server's total where it had one, else 0.
    ChartPanel *panel = m_window->panel(QStringLiteral("requests"));
    QLineSeries *line = seriesNamed(panel, kServerName);
    QVERIFY(line);
    QCOMPARE(line->pen().style(), Qt::DashLine);
    QCOMPARE(line->count(), q.bucketCount());
    const int first = int((kT0.toMSecsSinceEpoch() - q.fromMs) / q.bucketMs);
    for (int i = 0; i < line->count(); ++i) {
        const QPointF p = line->at(i);
        QCOMPARE(p.x(), double(i));
        const int serverIndex = i - first;
        const double expected
            = serverIndex >= 0 && serverIndex < 20 ? serverRequests(serverIndex) : 0.0;
        QCOMPARE(p.y(), expected);
    }
    // The local bars are still the store's.
    QCOMPARE(barTotal(panel), 60.0);
    // The CSV carries the server's column beside the local ones.
    const int column = int(panel->csvHeader().indexOf(QStringLiteral("portkey_requests")));
    QVERIFY(column > 0);
    QCOMPARE(panel->csvRows().at(first).at(column).toDouble(), serverRequests(0));

    // Latency: the server's p90 over the same buckets, in order.
    QLineSeries *p90
        = seriesNamed(m_window->panel(QStringLiteral("latency")), QStringLiteral("server p90"));
    QVERIFY(p90);
    QCOMPARE(p90->count(), 20);
    for (int i = 0; i < 20; ++i)
        QCOMPARE(p90->at(i).y(), 300.0 + i);
    // Cost in dollars, like the local line: 100 cents a bucket.
    QLineSeries *cost = seriesNamed(m_window->panel(QStringLiteral("cost")), kServerName);
    QVERIFY(cost);
    QCOMPARE(cost->at(first).y(), 1.0);
    // Hovering a server point says it is the server's.
    Q_EMIT line->hovered(line->at(first), true);
    QVERIFY2(panel->hoverText().contains(kServerName), qPrintable(panel->hoverText()));
}

void TestAnalyticsServer::summaryGivesBothTotalsAndWhyTheyDiffer()
{
    const QString text = m_window->summary(AnalyticsWindow::OverviewTab)->text();
    QVERIFY2(text.contains(QStringLiteral("<b>60</b> requests")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("<b>79</b> requests")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("19 more requests than in this store")),
             qPrintable(text));
    // The connection is synced only up to 15:00, before the store's range ends.
    QVERIFY2(text.contains(QStringLiteral("synced up to 2026-03-01 15:00 UTC")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("<b>$20.00</b> cost")), qPrintable(text));

    // The Users tab: the server's unique users against the store's.
    QSignalSpy spy(m_window, &AnalyticsWindow::serverLoaded);
    m_window->showTab(AnalyticsWindow::UsersTab);
    QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty() && !m_window->isServerLoading(), 10000);
    const QString users = m_window->summary(AnalyticsWindow::UsersTab)->text();
    QVERIFY2(users.contains(QStringLiteral("<b>3</b> users")), qPrintable(users));
    QVERIFY2(users.contains(QStringLiteral("<b>5</b> unique users")), qPrintable(users));
    QVERIFY2(users.contains(QStringLiteral("2 more users")), qPrintable(users));
    m_window->showTab(AnalyticsWindow::OverviewTab);
    waitLocal(m_window);
}

void TestAnalyticsServer::filterPartsTheServerIgnoresAreNamed()
{
    QVERIFY(waitServer(m_window,
                       [this] { m_window->setFilter(QStringLiteral("status:500 type:chat")); }));
    const QUrlQuery asked(m_server.requests().last().query);
    QCOMPARE(asked.queryItemValue(QStringLiteral("status_code")), QStringLiteral("500"));
    QVERIFY(!asked.hasQueryItem(QStringLiteral("type")));
    const QString text = m_window->summary(AnalyticsWindow::OverviewTab)->text();
    QVERIFY2(text.contains(QStringLiteral("<b>10</b> requests")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("ignore the part of the filter")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("<tt>type:chat</tt>")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("<tt>status:500</tt>")), qPrintable(text));
    QVERIFY(waitServer(m_window, [this] { m_window->setFilter(QString()); }));
    QVERIFY(!m_window->summary(AnalyticsWindow::OverviewTab)
                 ->text()
                 .contains(QStringLiteral("ignore the part of the filter")));
}

void TestAnalyticsServer::errorsTabMergesTheServersStatusCodes()
{
    QSignalSpy spy(m_window, &AnalyticsWindow::serverLoaded);
    m_window->showTab(AnalyticsWindow::ErrorsTab);
    QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty() && !m_window->isServerLoading(), 10000);
    waitLocal(m_window);
    ChartPanel *codes = m_window->panel(QStringLiteral("statusCodes"));
    QBarSet *server = barSetNamed(codes, kServerName);
    QVERIFY(server);
    // 429 only the server saw, 500 both: categories 429, 500, the store's bars 0 and 10.
    QCOMPARE(server->count(), 2);
    QCOMPARE(server->at(0), 3.0);
    QCOMPARE(server->at(1), 9.0);
    QBarSet *local = barSetNamed(codes, QStringLiteral("Requests"));
    QVERIFY(local);
    QCOMPARE(local->at(0), 0.0);
    QCOMPARE(local->at(1), 10.0);
    QCOMPARE(codes->csvHeader().last(), QStringLiteral("portkey_requests"));
    QCOMPARE(codes->csvRows().last(),
             (QStringList {QStringLiteral("500"), QStringLiteral("10"), QStringLiteral("9")}));
    const QString text = m_window->summary(AnalyticsWindow::ErrorsTab)->text();
    QVERIFY2(text.contains(QStringLiteral("<b>12</b> errors")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2 more errors")), qPrintable(text));
    m_window->showTab(AnalyticsWindow::OverviewTab);
    waitLocal(m_window);
}

void TestAnalyticsServer::errorsShowTheClientsSentenceAndKeepTheLocalCharts_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<QStringList>("says");
    QTest::newRow("401") << int(ControlPlaneServer::Fault::Unauthorized)
                         << QStringList {QStringLiteral("401 AB05"),
                                         QStringLiteral("the API key was rejected")};
    QTest::newRow("403") << int(ControlPlaneServer::Fault::Forbidden)
                         << QStringList {QStringLiteral("403 AB03"),
                                         QStringLiteral("it lacks the scope analytics.view")};
    QTest::newRow("402") << int(ControlPlaneServer::Fault::PaymentRequired)
                         << QStringList {QStringLiteral("402 AB09"),
                                         QStringLiteral("subscription is exhausted")};
    QTest::newRow("429") << int(ControlPlaneServer::Fault::RateLimited)
                         << QStringList {QStringLiteral("429 AB06"), QStringLiteral("in 30 s")};
    QTest::newRow("503") << int(ControlPlaneServer::Fault::ServiceUnavailable)
                         << QStringList {QStringLiteral("503"),
                                         QStringLiteral("the control plane failed")};
}

void TestAnalyticsServer::errorsShowTheClientsSentenceAndKeepTheLocalCharts()
{
    QFETCH(int, fault);
    QFETCH(QStringList, says);
    // A Retry-After longer than the window waits for is reported with its time.
    m_server.retryAfterSeconds = 30;
    m_server.setFault(QStringLiteral("GET /analytics/graphs"), ControlPlaneServer::Fault(fault));
    // A new question (the cache is not asked for it: nothing to show but the notice).
    QVERIFY(waitServer(m_window, [this] { m_window->setFilter(QStringLiteral("status:200")); }));
    m_server.clearFaults();
    const QString notice = m_window->serverNotice();
    for (const QString &part : says)
        QVERIFY2(notice.contains(part), qPrintable(notice));
    QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("serverNotice"))->isVisible());
    // The local charts stay; no server series, no server summary.
    ChartPanel *requests = m_window->panel(QStringLiteral("requests"));
    QCOMPARE(barTotal(requests), 50.0);
    QVERIFY(!seriesNamed(requests, kServerName));
    const QString text = m_window->summary(AnalyticsWindow::OverviewTab)->text();
    QVERIFY2(text.contains(QStringLiteral("<b>50</b> requests")), qPrintable(text));
    QVERIFY2(!text.contains(kServerName), qPrintable(text));
    // The next good answer clears the notice.
    QVERIFY(waitServer(m_window, [this] { m_window->setFilter(QString()); }));
    QCOMPARE(m_window->serverNotice(), QString());
    QVERIFY(seriesNamed(requests, kServerName));
}

void TestAnalyticsServer::aTimeoutSaysSo()
{
    RetryPolicy quick;
    quick.maxAttempts = 1;
    quick.timeoutMs = 300;
    m_window->setServerRetryPolicy(quick);
    m_server.setFault(QStringLiteral("GET /analytics/graphs"), ControlPlaneServer::Fault::Hang, 1);
    QVERIFY(waitServer(m_window, [this] { m_window->setFilter(QStringLiteral("status:200")); }));
    const QString notice = m_window->serverNotice();
    QVERIFY2(notice.startsWith(QStringLiteral("No answer from 127.0.0.1")), qPrintable(notice));
    QCOMPARE(barTotal(m_window->panel(QStringLiteral("requests"))), 50.0);
    m_window->setServerRetryPolicy(ServerAnalytics::defaultRetryPolicy());
    QVERIFY(waitServer(m_window, [this] { m_window->setFilter(QString()); }));
    QCOMPARE(m_window->serverNotice(), QString());
}

void TestAnalyticsServer::aNewerFetchSupersedesAHangingOne()
{
    // The first fetch hangs (the server never answers); the next question must not wait for
    // it: the window's client is cancelled and asks again at once.
    m_server.setFault(QStringLiteral("GET /analytics/graphs"), ControlPlaneServer::Fault::Hang, 1);
    QSignalSpy spy(m_window, &AnalyticsWindow::serverLoaded);
    const int before = int(m_server.requests().size());
    m_window->setFilter(QStringLiteral("status:500"));
    QTRY_VERIFY_WITH_TIMEOUT(m_server.requests().size() > before, 10000);
    QVERIFY(m_window->isServerLoading());
    QElapsedTimer timer;
    timer.start();
    m_window->setFilter(QString());
    QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty() && !m_window->isServerLoading(), 10000);
    qInfo("the newer fetch answered %lld ms after the hanging one was superseded", timer.elapsed());
    QCOMPARE(spy.count(), 1); // the hanging fetch never reported
    QCOMPARE(m_window->serverNotice(), QString());
    QVERIFY(seriesNamed(m_window->panel(QStringLiteral("requests")), kServerName));
}

void TestAnalyticsServer::closingWithAFetchInFlight()
{
    AnalyticsWindow *window = openWindow();
    // Remembered from the previous choice.
    QCOMPARE(window->serverConnection(), kConnection);
    QTRY_VERIFY_WITH_TIMEOUT(!window->isServerLoading(), 10000);
    m_server.setFault(QStringLiteral("GET /analytics/graphs"), ControlPlaneServer::Fault::Hang);
    const int before = int(m_server.requests().size());
    window->setFilter(QStringLiteral("status:200"));
    QTRY_VERIFY_WITH_TIMEOUT(m_server.requests().size() > before, 10000);
    QVERIFY(window->isServerLoading());
    QElapsedTimer timer;
    timer.start();
    window->close();
    delete window; // cancels the hanging call and joins the thread
    qInfo("closed with a fetch in flight in %lld ms", timer.elapsed());
    m_server.clearFaults();
    QTest::qWait(100); // nothing arrives for the deleted window
}

void TestAnalyticsServer::noneRemovesTheServerSeriesAndIsRemembered()
{
    QVERIFY(seriesNamed(m_window->panel(QStringLiteral("requests")), kServerName));
    m_window->serverBox()->setCurrentIndex(0);
    QCOMPARE(m_window->serverConnection(), QString());
    QCOMPARE(m_window->serverBox()->currentText(), QStringLiteral("None"));
    for (const QString &name : {QStringLiteral("requests"), QStringLiteral("cost"),
                                QStringLiteral("tokens"), QStringLiteral("errors")}) {
        ChartPanel *panel = m_window->panel(name);
        QVERIFY2(!seriesNamed(panel, kServerName), qPrintable(name));
        QVERIFY2(!panel->csvHeader().join(u',').contains(QStringLiteral("portkey_")),
                 qPrintable(name));
    }
    QVERIFY(!seriesNamed(m_window->panel(QStringLiteral("latency")), QStringLiteral("server p90")));
    QCOMPARE(barTotal(m_window->panel(QStringLiteral("requests"))), 60.0);
    const QString text = m_window->summary(AnalyticsWindow::OverviewTab)->text();
    QVERIFY2(!text.contains(kServerName), qPrintable(text));
    QCOMPARE(QSettings().value(QStringLiteral("analytics/serverConnection")).toString(), QString());
    // A window opened now starts with None.
    AnalyticsWindow *other = openWindow();
    QCOMPARE(other->serverConnection(), QString());
    delete other;
    QVERIFY(waitServer(m_window, [this] {
        m_window->serverBox()->setCurrentIndex(m_window->serverBox()->findText(kConnection));
    }));
    QVERIFY(seriesNamed(m_window->panel(QStringLiteral("requests")), kServerName));
}

void TestAnalyticsServer::offlineShowsTheLastNumbersWithTheirAge()
{
    QVERIFY(seriesNamed(m_window->panel(QStringLiteral("requests")), kServerName));
    const quint16 port = m_server.port();
    m_server.stop();
    // The same question again, with the control plane gone.
    QVERIFY(waitServer(m_window, [this] { m_window->setFilter(QString()); }));
    const QString notice = m_window->serverNotice();
    QVERIFY2(notice.contains(QStringLiteral("Cannot reach")), qPrintable(notice));
    QVERIFY2(notice.contains(QStringLiteral("as of just now")), qPrintable(notice));
    QLineSeries *line = seriesNamed(m_window->panel(QStringLiteral("requests")), kServerName);
    QVERIFY(line);
    double total = 0;
    for (int i = 0; i < line->count(); ++i)
        total += line->at(i).y();
    QCOMPARE(total, 79.0);
    const QString text = m_window->summary(AnalyticsWindow::OverviewTab)->text();
    QVERIFY2(text.contains(QStringLiteral("as of just now")), qPrintable(text));
    // A question never asked before has nothing cached: the notice alone.
    QVERIFY(waitServer(m_window, [this] { m_window->setFilter(QStringLiteral("status:200")); }));
    QVERIFY(!seriesNamed(m_window->panel(QStringLiteral("requests")), kServerName));
    QVERIFY(m_window->serverNotice().contains(QStringLiteral("Cannot reach")));
    QVERIFY(m_server.start(port));
}

void TestAnalyticsServer::screenshot()
{
    const QString dir = qEnvironmentVariable("GATESCOPE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set GATESCOPE_SCREENSHOT_DIR (and run under Xvfb) to save the screenshot");
    delete m_window;
    m_window = nullptr;
    const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    auto store = LogStore::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    DemoData demo(1, 20000);
    for (int i = 0; i < 20; ++i)
        QVERIFY2(store->insert(demo.next(1000), &error), qPrintable(error));
    QSettings().remove(QStringLiteral("analytics/serverConnection"));
    AnalyticsWindow window(path);
    window.setGeometry(QApplication::primaryScreen()->availableGeometry());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setRange(AnalyticsWindow::LastWeek);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 20000);

    // The server's numbers: the store's own, plus the last six hours, which the connection
    // has not synced yet; latency a little apart (the server measures it itself).
    AnalyticsQuery q = window.lastQuery();
    const auto series = store->timeSeries(q, &error);
    const auto latency = store->latencyPercentiles(q, &error);
    QVERIFY2(series && latency, qPrintable(error));
    QJsonArray requests, cost, tokens, lat, errors, rate;
    double totalRequests = 0, totalCost = 0, totalTokens = 0, totalErrors = 0;
    for (int i = 0; i < series->size(); ++i) {
        const TimeBucket &b = series->at(i);
        const bool unsynced = i >= series->size() - 2;
        const double factor = unsynced ? 1.6 : 1.0;
        const QString t = iso(QDateTime::fromMSecsSinceEpoch(b.startMs, QTimeZone::utc()));
        const double n = std::round(double(b.requests) * factor);
        const double e = std::round(double(b.errors) * factor);
        requests.append(
            QJsonObject {{QStringLiteral("timestamp"), t}, {QStringLiteral("total"), n}});
        cost.append(QJsonObject {{QStringLiteral("timestamp"), t},
                                 {QStringLiteral("total"), b.costCents * factor}});
        tokens.append(QJsonObject {{QStringLiteral("timestamp"), t},
                                   {QStringLiteral("total"), double(b.tokens) * factor}});
        errors.append(QJsonObject {{QStringLiteral("timestamp"), t}, {QStringLiteral("total"), e}});
        rate.append(QJsonObject {{QStringLiteral("timestamp"), t},
                                 {QStringLiteral("rate"), n > 0 ? 100.0 * e / n : 0.0}});
        const LatencyBucket l = latency->buckets.value(i);
        if (l.avg)
            lat.append(QJsonObject {{QStringLiteral("timestamp"), t},
                                    {QStringLiteral("avg"), *l.avg * 1.08},
                                    {QStringLiteral("p50"), double(l.p50.value_or(0)) * 1.05},
                                    {QStringLiteral("p90"), double(l.p90.value_or(0)) * 1.1},
                                    {QStringLiteral("p99"), double(l.p99.value_or(0)) * 1.12}});
        totalRequests += n;
        totalCost += b.costCents * factor;
        totalTokens += double(b.tokens) * factor;
        totalErrors += e;
    }
    m_server.setAnalyticsGraph(QStringLiteral("requests"),
                               {{QStringLiteral("total"), totalRequests}}, requests);
    m_server.setAnalyticsGraph(QStringLiteral("cost"), {{QStringLiteral("total"), totalCost}},
                               cost);
    m_server.setAnalyticsGraph(QStringLiteral("tokens"), {{QStringLiteral("total"), totalTokens}},
                               tokens);
    m_server.setAnalyticsGraph(QStringLiteral("latency"),
                               {{QStringLiteral("avg"), latency->overall.avg.value_or(0) * 1.08},
                                {QStringLiteral("p50"), double(latency->overall.p50.value_or(0))},
                                {QStringLiteral("p90"), double(latency->overall.p90.value_or(0))},
                                {QStringLiteral("p99"), double(latency->overall.p99.value_or(0))}},
                               lat);
    m_server.setAnalyticsGraph(QStringLiteral("errors"), {{QStringLiteral("total"), totalErrors}},
                               errors);
    m_server.setAnalyticsGraph(
        QStringLiteral("errors/rate"),
        {{QStringLiteral("rate"), totalRequests > 0 ? 100 * totalErrors / totalRequests : 0}},
        rate);
    Connection c = *ConnectionStore().find(kConnection);
    c.syncedUntil = QDateTime::fromMSecsSinceEpoch(q.toMs, QTimeZone::utc()).addSecs(-6 * 3600);
    QVERIFY(ConnectionStore().save(c, &error));
    QVERIFY(waitServer(&window, [&window] {
        window.serverBox()->setCurrentIndex(window.serverBox()->findText(kConnection));
    }));
    window.setFilter(QStringLiteral("provider:openai type:chat"));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading() && !window.isServerLoading(), 20000);
    QTest::qWait(400);
    QVERIFY(window.grab().save(dir + QStringLiteral("/analytics-server.png")));
    setServerGraphs(m_server);
}

QTEST_MAIN(TestAnalyticsServer)
#include "tst_analyticsserver.moc"
