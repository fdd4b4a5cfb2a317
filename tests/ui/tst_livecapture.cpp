// SPDX-License-Identifier: GPL-3.0-or-later
// Live capture in the window, driven as a user would: File > Connect to Gateway against a fake
// gateway (a QTcpServer that sends real /log/stream events from tests/data/gateway-stream), rows
// arriving in batches while a log is selected, Pause keeping the view still, Follow keeping the
// newest row in view, the connection state in the status bar, and a gap after the gateway
// restarts. Also the recording proxy mode and the empty state's Connect button.
#include "capturegapbanner.h"
#include "capturegaplog.h"
#include "connectgatewaydialog.h"
#include "detailpanel.h"
#include "emptystatewidget.h"
#include "livesession.h"
#include "logtablemodel.h"
#include "mainwindow.h"
#include "store/logstore.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <functional>

namespace {

constexpr int SeededCount = 600;

// Speaks just enough HTTP/1.1 to be a gateway: GET /log/stream answers with an open SSE stream
// ("connected", then `log` events with ids counting from 0 per "process"), POST
// /v1/chat/completions answers with a small completion (the recording proxy's upstream).
class FakeGateway : public QObject
{
public:
    FakeGateway()
    {
        const QStringList files = {
            QStringLiteral("chat_plain.jsonl"),
            QStringLiteral("fallback_first_target_fails.jsonl"),
            QStringLiteral("loadbalance_10_requests.jsonl"),
            QStringLiteral("retry_429_plain.jsonl"),
            QStringLiteral("chat_stream.jsonl"),
            QStringLiteral("upstream_400_error.jsonl"),
            QStringLiteral("embedding.jsonl"),
        };
        for (const QString &file : files) {
            const QByteArray bytes = TestData::read(QStringLiteral("gateway-stream/") + file);
            for (const QByteArray &line : bytes.split('\n')) {
                const QJsonObject event = QJsonDocument::fromJson(line).object();
                if (!event.isEmpty())
                    m_events.append(event);
            }
        }
        connect(&m_server, &QTcpServer::newConnection, this, &FakeGateway::onConnection);
    }

    ~FakeGateway() override
    {
        // The sockets are the server's children and outlive m_streams: stop them reporting.
        const QList<QTcpSocket *> sockets = m_server.findChildren<QTcpSocket *>();
        for (QTcpSocket *socket : sockets)
            socket->disconnect(this);
    }

    bool start(quint16 port = 0)
    {
        m_nextId = 0; // a new gateway process counts from 0
        return m_server.listen(QHostAddress::LocalHost, port);
    }
    // As a crash would: every stream breaks, nothing listens.
    void kill()
    {
        m_server.close();
        for (QTcpSocket *socket : std::as_const(m_streams))
            socket->abort();
        m_streams.clear();
    }
    quint16 port() const { return m_server.serverPort(); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(port()); }
    int streams() const { return int(m_streams.size()); }
    int eventCount() const { return int(m_events.size()); }

    // `count` log events, all in one write per subscriber (one read for the app).
    void send(int count)
    {
        QByteArray frames;
        for (int i = 0; i < count; ++i) {
            QJsonObject event = m_events.at(m_sent % m_events.size());
            QJsonArray options = event.value(QStringLiteral("requestOptions")).toArray();
            QJsonObject first = options.at(0).toObject();
            const QDateTime at = QDateTime::currentDateTimeUtc().addMSecs(i);
            first.insert(QStringLiteral("createdAt"), at.toString(Qt::ISODateWithMs));
            first.insert(QStringLiteral("hookSpanId"), QStringLiteral("live-%1").arg(++m_sent));
            options.replace(0, first);
            event.insert(QStringLiteral("requestOptions"), options);
            frames += "event: log\ndata: " + QJsonDocument(event).toJson(QJsonDocument::Compact)
                + "\nid: " + QByteArray::number(m_nextId++) + "\n\n";
        }
        for (QTcpSocket *socket : std::as_const(m_streams))
            socket->write(frames);
    }

private:
    void onConnection()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QObject::destroyed, this,
                    [this, socket] { m_streams.removeAll(socket); });
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onRequest(socket); });
        }
    }

    void onRequest(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffer.left(end);
        if (head.startsWith("GET ") && head.contains("/log/stream")) {
            buffer.clear();
            socket->write("HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\n"
                          "cache-control: no-cache\r\nconnection: close\r\n\r\n"
                          "event: connected\ndata: 1795793958823\n\n");
            m_streams.append(socket);
            return;
        }
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        buffer.clear();
        const QByteArray body
            = R"({"id":"chatcmpl-fake","object":"chat.completion","created":1795793962,)"
              R"("model":"gpt-4o-mini","choices":[{"index":0,"message":{"role":)"
              R"("assistant","content":"Hello from the fake upstream."},)"
              R"("finish_reason":"stop"}],"usage":{"prompt_tokens":5,)"
              R"("completion_tokens":6,"total_tokens":11}})";
        socket->write("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: "
                      + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }

    QTcpServer m_server;
    QList<QTcpSocket *> m_streams;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QJsonObject> m_events;
    qint64 m_nextId = 0;
    int m_sent = 0;
};

LogRecord seededRecord(int i)
{
    LogRecord r;
    r.id = QStringLiteral("seed-%1").arg(i, 5, 10, QLatin1Char('0'));
    // Long before any live row.
    r.createdAt = QDateTime(QDate(2025, 1, 1), QTime(9, 0), QTimeZone::utc()).addSecs(i * 60);
    r.method = QStringLiteral("POST");
    r.endpoint = QStringLiteral("/v1/chat/completions");
    r.requestType = RequestType::Chat;
    r.provider = QStringLiteral("openai");
    r.model = QStringLiteral("seeded-model");
    r.statusCode = 200;
    r.latencyMs = 100 + i;
    r.request = R"({"model":"seeded-model","messages":[{"role":"user","content":"hi"}]})";
    r.response = R"({"choices":[{"message":{"role":"assistant","content":"hello"}}]})";
    r.source = QStringLiteral("test");
    return r;
}

// Runs `action` on the modal dialog the next trigger opens, once it is shown.
void onNextDialog(std::function<void(ConnectGatewayDialog *)> action)
{
    QTimer::singleShot(0, [action] {
        auto *dialog = qobject_cast<ConnectGatewayDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            QTimer::singleShot(20, [action] { onNextDialog(action); });
            return;
        }
        action(dialog);
        // A failed check must not leave the test waiting in exec().
        QTimer::singleShot(100, dialog, [dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
    });
}

} // namespace

class TestLiveCapture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void dialogValidatesAndRemembers();
    void connectShowsStateAndRows();
    void selectionStaysWhileRowsArrive();
    void pauseKeepsTheViewStill();
    void followShowsTheNewest();
    void otherSortOrdersKeepTheSelection();
    void filterAppliesToLiveRows();
    void gatewayRestartShowsGap();
    void disconnectStopsAndStoresEverything();
    void recordingProxyMode();
    void emptyStateConnectButton();

private:
    MainWindow *openWindow(const QString &path);
    int waitForRows(int count);
    int topVisibleRow() const { return m_window->table()->rowAt(0); }

    QTemporaryDir m_dir;
    QString m_path;
    FakeGateway m_gateway;
    MainWindow *m_window = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestLiveCapture::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("gatescope-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_livecapture"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("live.sqlite"));
    QString error;
    auto store = LogStore::open(m_path, &error);
    QVERIFY2(store, qPrintable(error));
    QList<LogRecord> batch;
    for (int i = 0; i < SeededCount; ++i)
        batch.append(seededRecord(i));
    QVERIFY2(store->insert(batch, &error), qPrintable(error));
    QVERIFY(store->finishBulkImport(&error));
    store.reset();

    QVERIFY(m_gateway.eventCount() >= 10);
    QVERIFY(m_gateway.start());
    m_window = openWindow(m_path);
    QVERIFY(m_window);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->model()->isLoading(), 10000);
    QCOMPARE(m_window->model()->rowCount(), SeededCount);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_window->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestLiveCapture::cleanupTestCase()
{
    m_tester.reset();
    delete m_window;
}

MainWindow *TestLiveCapture::openWindow(const QString &path)
{
    auto *window = new MainWindow(path);
    window->resize(1280, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        return nullptr;
    QApplication::setActiveWindow(window);
    if (!QTest::qWaitForWindowActive(window))
        return nullptr;
    return window;
}

int TestLiveCapture::waitForRows(int count)
{
    [&] {
        QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), count, 10000);
    }();
    return m_window->model()->rowCount();
}

void TestLiveCapture::dialogValidatesAndRemembers()
{
    bool checked = false;
    onNextDialog([&](ConnectGatewayDialog *dialog) {
        // The defaults, the stream mode first, and the token hidden.
        QCOMPARE(dialog->gatewayEdit()->text(), QStringLiteral("http://127.0.0.1:8787"));
        QVERIFY(dialog->streamMode()->isChecked());
        QCOMPARE(dialog->tokenEdit()->echoMode(), QLineEdit::Password);
        QVERIFY(!dialog->listenEdit()->isEnabled());
        dialog->gatewayEdit()->clear();
        QTest::keyClicks(dialog->gatewayEdit(), QStringLiteral("ftp://nowhere"));
        QTest::mouseClick(dialog->connectButton(), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->errorText().contains(QStringLiteral("http://")));
        // Port 0 is refused the same way.
        dialog->gatewayEdit()->setText(QStringLiteral("http://127.0.0.1:0"));
        QTest::mouseClick(dialog->connectButton(), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->errorText().contains(QStringLiteral("http://")));
        // The proxy mode wants HOST:PORT.
        QTest::mouseClick(dialog->proxyMode(), Qt::LeftButton);
        QVERIFY(dialog->listenEdit()->isEnabled());
        QVERIFY(!dialog->gatewayEdit()->isEnabled());
        dialog->listenEdit()->setText(QStringLiteral("somewhere"));
        QTest::mouseClick(dialog->connectButton(), Qt::LeftButton);
        QVERIFY(dialog->errorText().contains(QStringLiteral("HOST:PORT")));
        checked = true;
        dialog->reject();
    });
    m_window->action(QStringLiteral("connectGateway"))->trigger();
    QVERIFY(checked);
    QVERIFY(!m_window->liveSession()->isActive());
}

void TestLiveCapture::connectShowsStateAndRows()
{
    onNextDialog([&](ConnectGatewayDialog *dialog) {
        QTest::mouseClick(dialog->streamMode(), Qt::LeftButton);
        dialog->gatewayEdit()->clear();
        QTest::keyClicks(dialog->gatewayEdit(), m_gateway.url());
        QTest::keyClicks(dialog->tokenEdit(), QStringLiteral("lab-admin-token"));
        QTest::mouseClick(dialog->connectButton(), Qt::LeftButton);
    });
    // Ctrl+G opens the dialog (shortcuts need the active window; the last dialog took it).
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTest::keyClick(m_window->table(), Qt::Key_G, Qt::ControlModifier);
    QVERIFY(m_window->liveSession()->isActive());
    QTRY_VERIFY_WITH_TIMEOUT(m_gateway.streams() == 1, 10000);
    QTRY_VERIFY2_WITH_TIMEOUT(
        m_window->statusText().contains(QStringLiteral("Connected to ") + m_gateway.url()),
        qPrintable(m_window->statusText()), 10000);
    QVERIFY(m_window->action(QStringLiteral("disconnectGateway"))->isEnabled());
    // Remembered for next time; the token is not.
    QCOMPARE(QSettings().value(QStringLiteral("live/gateway")).toString(), m_gateway.url());
    QVERIFY(!QSettings().allKeys().join(u' ').contains(QStringLiteral("token")));

    m_gateway.send(3);
    waitForRows(SeededCount + 3);
    LogTableModel *model = m_window->model();
    // Newest first: the live rows are on top, the seeded ones below them.
    QTRY_VERIFY(model->index(0, LogTableModel::Model).data(LogTableModel::LoadedRole).toBool());
    QVERIFY(!model->index(0, LogTableModel::Model).data().toString().startsWith("seeded-model"));
    QTRY_VERIFY(model->index(3, LogTableModel::Model).data().toString().startsWith("seeded-model"));
    QCOMPARE(model->index(2, LogTableModel::Model).data(LogTableModel::LogIdRole).toString(),
             QStringLiteral("gw-live-1"));
    QTRY_VERIFY2(m_window->statusText().contains(QStringLiteral("3 live log")),
                 qPrintable(m_window->statusText()));
    QTRY_VERIFY(m_window->statusText().contains(QLocale().toString(SeededCount + 3) + " logs"));
}

void TestLiveCapture::selectionStaysWhileRowsArrive()
{
    LogTableModel *model = m_window->model();
    const int before = model->rowCount();
    m_window->selectRow(10);
    const qint64 selected = model->rowIdAt(10);
    QTRY_COMPARE(m_window->detailPanel()->rowId(), selected);
    for (int round = 0; round < 3; ++round) {
        m_gateway.send(4);
        waitForRows(before + 4 * (round + 1));
        QCOMPARE(model->rowIdAt(m_window->table()->currentIndex().row()), selected);
        const QModelIndexList rows = m_window->table()->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().data(LogTableModel::RowIdRole).toLongLong(), selected);
    }
    QCOMPARE(m_window->table()->currentIndex().row(), 22);
    QCOMPARE(m_window->detailPanel()->rowId(), selected);
}

void TestLiveCapture::pauseKeepsTheViewStill()
{
    QAction *follow = m_window->action(QStringLiteral("followLive"));
    QVERIFY(follow->isChecked());
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTest::keyClick(m_window->table(), Qt::Key_F8);
    QVERIFY(!follow->isChecked());
    QVERIFY(m_window->statusText().contains(QStringLiteral("paused")));

    QTableView *table = m_window->table();
    LogTableModel *model = m_window->model();
    table->scrollTo(model->index(40, 0), QAbstractItemView::PositionAtTop);
    QTRY_COMPARE(topVisibleRow(), 40);
    const qint64 topLog = model->rowIdAt(topVisibleRow());
    const int before = model->rowCount();
    m_gateway.send(7);
    waitForRows(before + 7);
    QCOMPARE(model->rowIdAt(topVisibleRow()), topLog);
    QTRY_VERIFY2(m_window->statusText().contains(QStringLiteral("paused, 7 new above")),
                 qPrintable(m_window->statusText()));
    // Even at the very top: what the user reads does not move while paused.
    table->scrollToTop();
    QVERIFY(!m_window->statusText().contains(QStringLiteral("new above")));
    const qint64 first = model->rowIdAt(0);
    m_gateway.send(2);
    waitForRows(before + 9);
    QCOMPARE(model->rowIdAt(topVisibleRow()), first);
}

void TestLiveCapture::followShowsTheNewest()
{
    QAction *follow = m_window->action(QStringLiteral("followLive"));
    QTest::keyClick(m_window->table(), Qt::Key_F8);
    QVERIFY(follow->isChecked());
    QCOMPARE(topVisibleRow(), 0);
    QTableView *table = m_window->table();
    table->verticalScrollBar()->setValue(25);
    LogTableModel *model = m_window->model();
    const int before = model->rowCount();
    m_gateway.send(5);
    waitForRows(before + 5);
    QCOMPARE(table->verticalScrollBar()->value(), 0);
    QCOMPARE(topVisibleRow(), 0);
    QTRY_COMPARE(model->index(0, 0).data(LogTableModel::LogIdRole).toString(),
                 QStringLiteral("gw-live-29"));
    QVERIFY(m_window->statusText().contains(QStringLiteral("following")));
}

void TestLiveCapture::otherSortOrdersKeepTheSelection()
{
    LogTableModel *model = m_window->model();
    QHeaderView *header = m_window->table()->horizontalHeader();
    // Latency, ascending: new rows land anywhere in the list.
    header->setSortIndicator(LogTableModel::Latency, Qt::AscendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 10000);
    m_window->selectRow(300);
    const qint64 selected = model->rowIdAt(300);
    const int before = model->rowCount();
    m_gateway.send(6);
    waitForRows(before + 6);
    QCOMPARE(model->rowIdAt(m_window->table()->currentIndex().row()), selected);
    // In latency order, as a fresh query would list them.
    QString error;
    auto store = LogStore::open(m_path, &error);
    QVERIFY(store);
    const auto ids = store->rowIds(model->query(), &error);
    QVERIFY(ids);
    QCOMPARE(model->rowIds(model->rowCount()), *ids);
    header->setSortIndicator(LogTableModel::Time, Qt::DescendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 10000);
}

void TestLiveCapture::filterAppliesToLiveRows()
{
    LogTableModel *model = m_window->model();
    m_window->setFilter(QStringLiteral("model:seeded-model"));
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == SeededCount, 10000);
    const qint64 stored = m_window->liveSession()->storedCount();
    m_gateway.send(3);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->liveSession()->storedCount(), stored + 3, 10000);
    QTest::qWait(300);
    QCOMPARE(model->rowCount(), SeededCount);
    m_window->setFilter(QString());
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 10000);
    QCOMPARE(model->rowCount(), SeededCount + int(stored) + 3);
}

void TestLiveCapture::gatewayRestartShowsGap()
{
    QVERIFY(!m_window->gapBanner()->isVisible());
    const quint16 port = m_gateway.port();
    m_gateway.kill();
    QTRY_VERIFY2_WITH_TIMEOUT(m_window->statusText().contains(QStringLiteral("reconnecting in")),
                              qPrintable(m_window->statusText()), 10000);
    QTest::qWait(1500); // down for a while: events may have been lost meanwhile
    QVERIFY(m_gateway.start(port)); // a restarted gateway: ids from 0
    QTRY_VERIFY_WITH_TIMEOUT(m_gateway.streams() == 1, 20000);
    QTRY_VERIFY2_WITH_TIMEOUT(m_window->statusText().contains(QStringLiteral("Connected to")),
                              qPrintable(m_window->statusText()), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->gapBanner()->isVisible(), 10000);
    const QString text = m_window->gapBanner()->text();
    QVERIFY2(text.contains(QStringLiteral("Events may be missing between ")), qPrintable(text));
    QVERIFY(m_window->statusText().contains(QStringLiteral("1 gap")));

    // Rows keep coming after the gap, and the gap is kept in the store file.
    const int before = m_window->model()->rowCount();
    m_gateway.send(2);
    waitForRows(before + 2);
    CaptureGapLog log;
    QString error;
    QVERIFY2(log.open(m_path, &error), qPrintable(error));
    const QList<CaptureGap> gaps = log.gaps(&error);
    QCOMPARE(gaps.size(), 1);
    QCOMPARE(gaps.first().gateway, m_gateway.url());
    QCOMPARE(gaps.first(), m_window->gapBanner()->gaps().first());
}

void TestLiveCapture::disconnectStopsAndStoresEverything()
{
    const int before = m_window->model()->rowCount();
    const qint64 stored = m_window->liveSession()->storedCount();
    m_gateway.send(4);
    QTest::qWait(100);
    m_window->action(QStringLiteral("disconnectGateway"))->trigger();
    QVERIFY(!m_window->liveSession()->isActive());
    QVERIFY(!m_window->action(QStringLiteral("disconnectGateway"))->isEnabled());
    QTRY_VERIFY2(m_window->statusText().contains(QStringLiteral("Disconnected")),
                 qPrintable(m_window->statusText()));
    QTRY_COMPARE(m_window->liveSession()->storedCount(), stored + 4);
    waitForRows(before + 4);
    QTRY_COMPARE_WITH_TIMEOUT(m_gateway.streams(), 0, 10000);
}

void TestLiveCapture::recordingProxyMode()
{
    onNextDialog([&](ConnectGatewayDialog *dialog) {
        QTest::mouseClick(dialog->proxyMode(), Qt::LeftButton);
        dialog->listenEdit()->setText(QStringLiteral("127.0.0.1:0"));
        dialog->upstreamEdit()->setText(m_gateway.url());
        QTest::mouseClick(dialog->connectButton(), Qt::LeftButton);
    });
    m_window->action(QStringLiteral("connectGateway"))->trigger();
    LiveSession *live = m_window->liveSession();
    QVERIFY(live->isActive());
    QVERIFY(!live->proxyAddress().isEmpty());
    QVERIFY2(m_window->statusText().contains(QStringLiteral("Recording proxy on http://")),
             qPrintable(m_window->statusText()));
    QVERIFY(!m_window->gapBanner()->isVisible()); // a new session starts without gaps

    const int before = m_window->model()->rowCount();
    QNetworkAccessManager network;
    QNetworkRequest request(
        QUrl(QStringLiteral("http://%1/v1/chat/completions").arg(live->proxyAddress())));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("x-portkey-provider", "openai");
    request.setRawHeader("x-portkey-trace-id", "trace-from-the-app");
    QNetworkReply *reply = network.post(
        request,
        QByteArray(R"({"model":"gpt-4o-mini","messages":[{"role":"user","content":"hi"}]})"));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(reply->readAll().contains("fake upstream"));
    reply->deleteLater();
    waitForRows(before + 1);
    QTRY_COMPARE(m_window->model()->index(0, 0).data(LogTableModel::TraceIdRole).toString(),
                 QStringLiteral("trace-from-the-app"));
    QTRY_VERIFY(m_window->statusText().contains(QStringLiteral("1 live log")));
    m_window->action(QStringLiteral("disconnectGateway"))->trigger();
    QVERIFY(!live->isActive());
}

void TestLiveCapture::emptyStateConnectButton()
{
    const QString path = m_dir.filePath(QStringLiteral("empty.sqlite"));
    std::unique_ptr<MainWindow> window(openWindow(path));
    QVERIFY(window);
    QTRY_VERIFY_WITH_TIMEOUT(window->isShowingEmptyState(), 10000);
    QPushButton *button = window->emptyState()->connectButton();
    QVERIFY(button->isEnabled());
    QSettings().setValue(QStringLiteral("live/mode"), QStringLiteral("stream"));
    const QString url = m_gateway.url();
    bool opened = false;
    onNextDialog([&](ConnectGatewayDialog *dialog) {
        opened = true;
        dialog->gatewayEdit()->setText(url);
        QTest::mouseClick(dialog->connectButton(), Qt::LeftButton);
    });
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(opened);
    // The (empty) list waits for the first request; it comes, and stays.
    QVERIFY(!window->isShowingEmptyState());
    QTRY_VERIFY_WITH_TIMEOUT(m_gateway.streams() == 1, 10000);
    m_gateway.send(2);
    QTRY_COMPARE_WITH_TIMEOUT(window->model()->rowCount(), 2, 10000);
    QVERIFY(!window->isShowingEmptyState());
    window->liveSession()->stop();
}

QTEST_MAIN(TestLiveCapture)
#include "tst_livecapture.moc"
