// SPDX-License-Identifier: GPL-3.0-or-later
// The replay playground, the config view and the Replay button: the form and the raw JSON stay
// in step, messages are added, removed and reordered, a run streams from a local SSE server and
// the diff marks the changed words, Save as log links the original, the detail panel disables
// Replay with the policy's reason, and the config view marks the served target.
// With GATESCOPE_SCREENSHOT_DIR set, it also saves the README screenshots there.

#include "configview.h"
#include "controlplaneclient.h"
#include "controlplaneserver.h"
#include "detailpanel.h"
#include "logstore.h"
#include "logtablemodel.h"
#include "mainwindow.h"
#include "playgroundwindow.h"
#include "promptplaygroundwindow.h"
#include "resourcecache.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>

namespace {

LogRecord chatLog()
{
    LogRecord r;
    r.id = QStringLiteral("log-weather-1");
    r.createdAt
        = QDateTime::fromString(QStringLiteral("2026-11-20T10:00:00.000Z"), Qt::ISODateWithMs);
    r.method = QStringLiteral("POST");
    r.endpoint = QStringLiteral("/v1/chat/completions");
    r.requestType = RequestType::Chat;
    r.provider = QStringLiteral("openai");
    r.model = QStringLiteral("gpt-4o-mini");
    r.statusCode = 200;
    r.latencyMs = 812;
    r.request = R"({"model":"gpt-4o-mini","temperature":0.2,"stream":true,"messages":[)"
                R"({"role":"system","content":"You are a concise weather assistant."},)"
                R"({"role":"user","content":"Will it rain in Oslo tomorrow?"}]})";
    r.response = R"({"object":"chat.completion","model":"gpt-4o-mini","choices":[{"index":0,)"
                 R"("message":{"role":"assistant","content":"Light rain is likely in Oslo )"
                 R"(tomorrow afternoon, around 6 mm."},"finish_reason":"stop"}]})";
    return r;
}

const char *kConfig = R"({"strategy":{"mode":"fallback","on_status_codes":[429,503]},)"
                      R"("retry":{"attempts":3,"on_status_codes":[429]},"cache":{"mode":"simple",)"
                      R"("max_age":3600},"targets":[{"strategy":{"mode":"loadbalance"},"targets":[)"
                      R"({"virtual_key":"openai-main","weight":0.7},{"virtual_key":"azure-eu",)"
                      R"("weight":0.3}]},{"virtual_key":"anthropic-backup",)"
                      R"("override_params":{"model":"claude-3-5-haiku"}}]})";

// A tiny OpenAI-compatible server: every POST streams `answer` in pieces of two words.
class SseServer : public QTcpServer
{
public:
    QString answer;
    QByteArray lastRequest;

protected:
    void incomingConnection(qintptr handle) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(handle);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            QByteArray &buffer = m_buffers[socket];
            buffer += socket->readAll();
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const qsizetype length = buffer.mid(buffer.toLower().indexOf("content-length:") + 15)
                                         .split('\r')
                                         .first()
                                         .trimmed()
                                         .toInt();
            if (buffer.size() < end + 4 + length)
                return;
            lastRequest = buffer.mid(end + 4, length);
            socket->write("HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\n"
                          "connection: close\r\n\r\n");
            const QStringList words = answer.split(u' ');
            for (qsizetype i = 0; i < words.size(); i += 2) {
                const QString piece
                    = words.mid(i, 2).join(u' ') + (i + 2 < words.size() ? u" "_qs : QString());
                const QJsonObject chunk {
                    {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                    {QStringLiteral("model"), QStringLiteral("gpt-4o")},
                    {QStringLiteral("choices"),
                     QJsonArray {
                         QJsonObject {{QStringLiteral("index"), 0},
                                      {QStringLiteral("delta"),
                                       QJsonObject {{QStringLiteral("content"), piece}}}}}}};
                socket->write("data: " + QJsonDocument(chunk).toJson(QJsonDocument::Compact)
                              + "\n\n");
            }
            socket->write(
                R"(data: {"object":"chat.completion.chunk","model":"gpt-4o","choices":[],)"
                R"("usage":{"prompt_tokens":31,"completion_tokens":17,"total_tokens":48}})"
                "\n\ndata: [DONE]\n\n");
            socket->disconnectFromHost();
        });
    }

private:
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

void screenshot(QWidget *widget, const char *name)
{
    const QString dir = qEnvironmentVariable("GATESCOPE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    widget->show();
    QTest::qWait(200);
    QVERIFY(widget->grab().save(dir + u'/' + QLatin1String(name)));
}

} // namespace

class TestPlayground : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void formAndRawStayInStep();
    void messagesAddRemoveReorder();
    void runStreamsAndDiffs();
    void detailPanelShowsTheReason_data();
    void detailPanelShowsTheReason();
    void configViewMarksTheServedTarget();
    void mainWindowReplayAction();
    void promptPlayground();
};

void TestPlayground::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The control plane last said vk-archived is archived (the Replay rule on keys).
    ResourceCache cache(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                            .filePath(u"controlplane-cache/work"_qs));
    QVERIFY(cache.put(u"virtual-keys"_qs, u"vk-archived"_qs,
                      QJsonObject {{u"slug"_qs, u"vk-archived"_qs}, {u"status"_qs, u"archived"_qs}},
                      QDateTime::currentDateTimeUtc()));
}

void TestPlayground::formAndRawStayInStep()
{
    PlaygroundWindow window(chatLog());
    QTableWidget *messages = window.messagesTable();
    QCOMPARE(messages->rowCount(), 2);
    QCOMPARE(messages->item(1, 1)->text(), u"Will it rain in Oslo tomorrow?"_qs);

    // Form -> raw.
    messages->item(1, 1)->setText(u"Will it snow in Tromsø tomorrow?"_qs);
    QVERIFY(window.rawEdit()->toPlainText().contains(u"Will it snow in Tromsø tomorrow?"));
    QCOMPARE(window.document().value(u"messages").toArray().at(1).toObject().value(u"content"),
             QJsonValue(u"Will it snow in Tromsø tomorrow?"_qs));

    // Raw -> form.
    QJsonObject edited = window.document();
    edited.insert(u"model", u"gpt-4o"_qs);
    edited.insert(u"max_tokens", 64);
    window.tabs()->setCurrentIndex(1);
    window.rawEdit()->setPlainText(QString::fromUtf8(QJsonDocument(edited).toJson()));
    QCOMPARE(window.document().value(u"model").toString(), u"gpt-4o"_qs);
    QCOMPARE(window.document().value(u"max_tokens").toInt(), 64);

    // Invalid raw JSON keeps the last valid document and says why.
    window.rawEdit()->setPlainText(u"{\"model\": "_qs);
    QCOMPARE(window.document().value(u"model").toString(), u"gpt-4o"_qs);

    // Image parts stay an array.
    QJsonObject withImage = edited;
    QJsonArray msgs = withImage.value(u"messages").toArray();
    msgs.append(QJsonObject {
        {QStringLiteral("role"), QStringLiteral("user")},
        {QStringLiteral("content"),
         QJsonArray {QJsonObject {
             {QStringLiteral("type"), QStringLiteral("image_url")},
             {QStringLiteral("image_url"),
              QJsonObject {{QStringLiteral("url"), QStringLiteral("https://x.test/a.png")}}}}}}});
    withImage.insert(u"messages", msgs);
    window.setDocument(withImage);
    QCOMPARE(messages->rowCount(), 3);
    messages->item(0, 1)->setText(u"Be brief."_qs); // any form edit rebuilds the messages
    QVERIFY(window.document()
                .value(u"messages")
                .toArray()
                .at(2)
                .toObject()
                .value(u"content")
                .isArray());
}

void TestPlayground::messagesAddRemoveReorder()
{
    PlaygroundWindow window(chatLog());
    QTableWidget *messages = window.messagesTable();
    auto button = [&window](const QString &text) {
        for (QPushButton *b : window.findChildren<QPushButton *>()) {
            if (b->text() == text)
                return b;
        }
        return static_cast<QPushButton *>(nullptr);
    };
    QTest::mouseClick(button(u"Add"_qs), Qt::LeftButton);
    QCOMPARE(messages->rowCount(), 3);
    QCOMPARE(window.document().value(u"messages").toArray().size(), 3);
    auto *role = qobject_cast<QComboBox *>(messages->cellWidget(2, 0));
    role->setCurrentText(u"assistant"_qs);
    QCOMPARE(window.document().value(u"messages").toArray().at(2).toObject().value(u"role"),
             QJsonValue(u"assistant"_qs));

    messages->selectRow(1);
    QTest::mouseClick(button(u"Up"_qs), Qt::LeftButton);
    QJsonArray order = window.document().value(u"messages").toArray();
    QCOMPARE(order.at(0).toObject().value(u"role").toString(), u"user"_qs);
    QCOMPARE(order.at(1).toObject().value(u"role").toString(), u"system"_qs);
    QCOMPARE(messages->currentRow(), 0);
    QTest::mouseClick(button(u"Down"_qs), Qt::LeftButton);
    order = window.document().value(u"messages").toArray();
    QCOMPARE(order.at(0).toObject().value(u"role").toString(), u"system"_qs);

    messages->selectRow(2);
    QTest::mouseClick(button(u"Remove"_qs), Qt::LeftButton);
    QCOMPARE(window.document().value(u"messages").toArray().size(), 2);
    QVERIFY(!window.rawEdit()->toPlainText().contains(u"\"role\": \"assistant\""));
}

void TestPlayground::runStreamsAndDiffs()
{
    SseServer server;
    server.answer = u"Light snow is likely in Oslo tomorrow morning, around 4 cm."_qs;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    PlaygroundWindow window(chatLog());
    ReplayTarget target;
    target.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(server.serverPort()));
    target.provider = QStringLiteral("openai");
    target.customHost = QStringLiteral("http://127.0.0.1:18081/v1");
    window.setTarget(target);
    window.messagesTable()->item(1, 1)->setText(u"Will it snow in Oslo tomorrow?"_qs);
    screenshot(&window, "playground.png");

    QSignalSpy done(&window, &PlaygroundWindow::runFinished);
    QTest::mouseClick(window.runButton(), Qt::LeftButton);
    QVERIFY(done.wait(10000));
    QVERIFY(server.lastRequest.contains("Will it snow in Oslo tomorrow?"));
    QCOMPARE(window.answerView()->toPlainText(), server.answer);
    QVERIFY2(window.statsLabel()->text().startsWith(u"Status 200"),
             qPrintable(window.statsLabel()->text()));
    QVERIFY(window.statsLabel()->text().contains(u"31 in, 17 out"));
    QCOMPARE(window.runsList()->count(), 1);
    QVERIFY(window.diffAfter()->toHtml().contains(u"snow"));
    QVERIFY(window.diffBefore()->toHtml().contains(u"rain"));
    QVERIFY(window.diffAfter()->toHtml().contains(u"background-color:#c4ecc4"));
    QVERIFY(window.runButton()->isEnabled());
    QVERIFY(!window.stopButton()->isEnabled());
    screenshot(&window, "playground-diff.png");

    QSignalSpy saved(&window, &PlaygroundWindow::saveAsLogRequested);
    window.saveSelectedRun();
    QCOMPARE(saved.size(), 1);
    const LogRecord record = saved.first().first().value<LogRecord>();
    QCOMPARE(record.replayOf, u"log-weather-1"_qs);
    QCOMPARE(record.source, u"playground"_qs);
    QCOMPARE(record.totalTokens, std::optional<qint64>(48));
}

void TestPlayground::detailPanelShowsTheReason_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<bool>("tracked");
    QTest::addColumn<QString>("virtualKey");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QString>("reason");
    QTest::newRow("chat") << u"/v1/chat/completions"_qs << true << QString() << true << QString();
    QTest::newRow("archived key (control-plane cache)")
        << u"/v1/chat/completions"_qs << true << u"vk-archived"_qs << false
        << u"The virtual key or provider vk-archived is archived or no longer exists on the "
           "control plane, so the request cannot be sent with it (archived on work, "_qs;
    QTest::newRow("images") << u"/v1/images/generations"_qs << true << QString() << false
                            << u"Only /chat/completions, /completions and /embeddings requests "
                               "can be replayed; this log was sent to /v1/images/generations."_qs;
    QTest::newRow("do not track") << u"/v1/chat/completions"_qs << false << QString() << false
                                  << u"This log is Do-Not-Track: its request body was never "
                                     "stored, so there is nothing to replay."_qs;
}

void TestPlayground::detailPanelShowsTheReason()
{
    QFETCH(QString, endpoint);
    QFETCH(bool, tracked);
    QFETCH(QString, virtualKey);
    QFETCH(bool, enabled);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("logs.sqlite"));
    QString error;
    qint64 rowId = 0;
    {
        std::unique_ptr<LogStore> store = LogStore::open(db, &error);
        QVERIFY2(store, qPrintable(error));
        LogRecord r = chatLog();
        r.endpoint = endpoint;
        r.tracked = tracked;
        r.virtualKey = virtualKey;
        if (!tracked) {
            r.request.clear();
            r.response.clear();
        }
        QVERIFY2(store->insert({r}, &error), qPrintable(error));
        rowId = store->record(r.id, &error)->rowId;
    }
    DetailPanel panel(db);
    QSignalSpy loaded(&panel, &DetailPanel::loaded);
    panel.showRow(rowId);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(panel.replayButton()->isEnabled(), enabled);
    const QString overview = panel.overview()->toPlainText();
    if (enabled) {
        QVERIFY(panel.replayButton()->toolTip().startsWith(u"Edit and send this request again"));
        QVERIFY(overview.contains(u"Replay"));
        QVERIFY(overview.contains(u"available"));
        // The Overview's config and prompt links open their views.
        QSignalSpy config(&panel, &DetailPanel::configRequested);
        QSignalSpy prompt(&panel, &DetailPanel::promptRequested);
        Q_EMIT panel.overview()->anchorClicked(QUrl(QStringLiteral("config:pc-main")));
        Q_EMIT panel.overview()->anchorClicked(QUrl(QStringLiteral("prompt:pp-article-xx")));
        QCOMPARE(config.value(0).value(0).toString(), u"pc-main"_qs);
        QCOMPARE(prompt.value(0).value(0).toString(), u"pp-article-xx"_qs);
    } else {
        QVERIFY2(panel.replayButton()->toolTip().startsWith(reason),
                 qPrintable(panel.replayButton()->toolTip()));
        QVERIFY2(overview.contains(reason), qPrintable(overview));
    }
}

void TestPlayground::configViewMarksTheServedTarget()
{
    LogRecord r = chatLog();
    r.servedTarget = QStringLiteral("config.targets[0].targets[1]");
    r.raw = QJsonDocument(
                QJsonObject {{QStringLiteral("request"),
                              QJsonObject {{QStringLiteral("headers"),
                                            QJsonObject {{QStringLiteral("x-portkey-config"),
                                                          QString::fromLatin1(kConfig)}}}}}})
                .toJson(QJsonDocument::Compact);
    ConfigView view(r, QString());
    QVERIFY(view.sourceLabel()->text().contains(u"inline"));
    QVERIFY(view.sourceLabel()->text().contains(u"config.targets[0].targets[1]"));
    QTreeWidgetItem *root = view.tree()->topLevelItem(0);
    QVERIFY(root);
    QVERIFY(root->text(2).contains(u"strategy fallback"));
    QVERIFY(root->text(2).contains(u"retry 3 times on [429]"));
    QVERIFY(root->text(2).contains(u"cache simple, max age 3600 s"));
    QVERIFY(root->text(2).contains(u"[429,503]"));
    QCOMPARE(root->childCount(), 2);
    QVERIFY(root->child(0)->text(2).contains(u"strategy loadbalance"));
    QTreeWidgetItem *served = view.servedItem();
    QVERIFY(served);
    QCOMPARE(served, root->child(0)->child(1));
    QVERIFY(served->text(1).contains(u"served this log"));
    QVERIFY(served->text(2).contains(u"weight 0.3"));
    QVERIFY(view.rawView()->toPlainText().contains(u"anthropic-backup"));
    screenshot(&view, "config-view.png");
}

void TestPlayground::mainWindowReplayAction()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("logs.sqlite"));
    QString error;
    {
        std::unique_ptr<LogStore> store = LogStore::open(db, &error);
        QVERIFY2(store, qPrintable(error));
        LogRecord image = chatLog();
        image.id = QStringLiteral("log-image");
        image.endpoint = QStringLiteral("/v1/images/generations");
        image.createdAt = image.createdAt.addSecs(60); // newest: the first row
        QVERIFY2(store->insert({image, chatLog()}, &error), qPrintable(error));
    }
    MainWindow window(db);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(!window.model()->isLoading(), 10000);
    QTRY_COMPARE(window.model()->rowCount(), 2);
    QAction *replay = window.action(QStringLiteral("replay"));
    QVERIFY(replay);
    QCOMPARE(replay->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));

    window.selectRow(0);
    window.action(QStringLiteral("open"))->trigger();
    QTRY_COMPARE(window.detailPanel()->record().id, u"log-image"_qs);
    QTRY_VERIFY(replay->toolTip().contains(u"this log was sent to /v1/images/generations"));
    QVERIFY(!window.detailPanel()->replayButton()->isEnabled());
    // Ctrl+R on it says why in the status bar instead of doing nothing.
    QVERIFY(replay->isEnabled());
    replay->trigger();
    QVERIFY(window.statusBar()->currentMessage().contains(
        u"this log was sent to /v1/images/generations"));

    window.selectRow(1);
    window.action(QStringLiteral("open"))->trigger();
    QTRY_COMPARE(window.detailPanel()->record().id, u"log-weather-1"_qs);
    QTRY_VERIFY(replay->isEnabled());
    replay->trigger();
    PlaygroundWindow *playground = nullptr;
    QTRY_VERIFY((playground = [] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *p = qobject_cast<PlaygroundWindow *>(w))
                return p;
        }
        return static_cast<PlaygroundWindow *>(nullptr);
    }()));
    QCOMPARE(playground->messagesTable()->rowCount(), 2);
    playground->close();
}

void TestPlayground::promptPlayground()
{
    QCOMPARE(PromptPlaygroundWindow::variableNames(
                 u"{{#system}}Hi {{name}}{{/system}}{{#user}}{{ topic }} and {{name}}{{/user}}"_qs),
             (QStringList {u"name"_qs, u"topic"_qs}));

    ControlPlaneServer server;
    QVERIFY(server.start());
    ControlPlaneEndpoint endpoint;
    endpoint.controlPlane = server.baseUrl();
    endpoint.dataPlane = server.baseUrl();
    // The window's calls run in its own thread: each is waited for (the server answers from
    // this one's event loop).
    PromptPlaygroundWindow window(endpoint, ControlPlaneServer::apiKey(), u"pp-article-xx"_qs);
    window.load();
    QTRY_VERIFY(!window.isBusy());
    QVERIFY(window.templateView()->toPlainText().contains(u"{{user_input}}"));
    QCOMPARE(window.versionsList()->count(), 3);
    QVERIFY(window.versionsList()->item(2)->text().contains(u"active"));
    window.setVariable(u"user_input"_qs, u"Gatescope stores gateway logs."_qs);
    QCOMPARE(window.variables().value(u"user_input").toString(),
             u"Gatescope stores gateway logs."_qs);
    window.render();
    QTRY_VERIFY(!window.isBusy());
    QVERIFY2(window.renderedView()->toPlainText().contains(u"Gatescope stores gateway logs."),
             qPrintable(window.statusLabel()->text()));
    window.run();
    QTRY_VERIFY(!window.isBusy());
    QCOMPARE(window.answerView()->toPlainText(),
             u"A summary of: Gatescope stores gateway logs."_qs);

    PromptPlaygroundWindow missing(endpoint, ControlPlaneServer::apiKey(), u"pp-unknown"_qs);
    missing.load();
    QTRY_VERIFY(!missing.isBusy());
    QVERIFY(!missing.statusLabel()->text().isEmpty());
}

QTEST_MAIN(TestPlayground)
#include "tst_playground.moc"
