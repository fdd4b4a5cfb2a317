// SPDX-License-Identifier: GPL-3.0-or-later
// The config view and the prompt playground offline and with a connection: a log from the
// gateway's log stream gets a config entry and a tree of the targets it tried (attempts ok and
// failed, the served one marked); a config id nobody cached gives a small window that says what
// is missing; a cached copy is shown with its age; a saved config is fetched off the UI thread
// (busy meanwhile, a plain error when it fails); the prompt link without the template shows the
// log's rendered copy and says so.
// With GATESCOPE_SCREENSHOT_DIR set it saves the README screenshots there (with
// GATESCOPE_SCREENSHOT_LANG=de in German, the file names ending in -de).
#include "configview.h"
#include "controlplaneserver.h"
#include "detailpanel.h"
#include "fixturerecord.h"
#include "languages.h"
#include "logstore.h"
#include "logtablemodel.h"
#include "mainwindow.h"
#include "promptplaygroundwindow.h"
#include "resourcecache.h"

#include <QApplication>
#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

namespace {

ControlPlaneEndpoint endpointOf(const ControlPlaneServer &server)
{
    ControlPlaneEndpoint endpoint;
    endpoint.controlPlane = server.baseUrl();
    endpoint.dataPlane = server.baseUrl();
    return endpoint;
}

QString cacheRoot()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"controlplane-cache"_qs);
}

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("GATESCOPE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    const QString lang = qEnvironmentVariable("GATESCOPE_SCREENSHOT_LANG");
    widget->show();
    QTest::qWait(300);
    const QString file
        = dir + u'/' + name + (lang.isEmpty() || lang == u"en" ? QString() : u'-' + lang) + u".png";
    QVERIFY(widget->grab().save(file));
}

// A prompt-completion log: the rendered messages as sent and the variables filled in.
LogRecord promptLog()
{
    LogRecord r = TestData::firstRecord(u"portkey/sample_log_object.json"_qs);
    r.id = u"log-prompt-1"_qs;
    r.promptId = u"pp-weather-7"_qs;
    r.metadata.insert(u"_prompt"_qs, u"weather-brief"_qs);
    r.request = R"({"variables":{"city":"Oslo","days":"2"},"model":"gpt-4o-mini","messages":[)"
                R"({"role":"system","content":"You write short weather briefs."},)"
                R"({"role":"user","content":"Brief for Oslo over the next 2 days."}]})";
    return r;
}

} // namespace

class TestConfigView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void streamFallbackShowsTheAttempts();
    void conditionalRouting();
    void detailPanelOffersTheConfigOfAStreamLog();
    void unknownConfigStaysSmallAndSaysWhatIsMissing();
    void cachedConfigWithItsAge();
    void fetchesTheSavedConfigOffTheUiThread();
    void fetchErrorIsPlain();
    void promptLinkOfflineShowsTheLogCopy();
    void promptNotFoundFallsBackToTheLogCopy();
    void mainWindowOpensBothOffline();
};

void TestConfigView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("GATESCOPE_NO_KEYCHAIN", "1");
    const QString lang = qEnvironmentVariable("GATESCOPE_SCREENSHOT_LANG");
    if (!lang.isEmpty())
        Languages::install(lang);
}

void TestConfigView::init()
{
    QDir(cacheRoot()).removeRecursively();
}

void TestConfigView::streamFallbackShowsTheAttempts()
{
    const LogRecord r
        = TestData::firstRecord(u"gateway-stream/fallback_first_target_fails.jsonl"_qs);
    ConfigView view(r, QString());
    view.setNoConnection();
    screenshot(&view, u"config-view-stream"_qs); // before the English texts are checked
    QVERIFY(view.hasConfig());
    QVERIFY(view.sourceLabel()->text().contains(u"carries no config"));
    QVERIFY(view.sourceLabel()->text().contains(u"served by config.targets[1]"));
    QVERIFY(view.sourceLabel()->text().contains(u"Attempts: 2, failed: 1."));
    QTreeWidgetItem *root = view.tree()->topLevelItem(0);
    QVERIFY(root->text(2).contains(u"strategy fallback"));
    QCOMPARE(root->childCount(), 2);
    QVERIFY(root->child(0)->text(1).contains(u"attempt 1 failed"));
    QVERIFY(root->child(0)->text(2).contains(u"override model gpt-4o-always500"));
    QCOMPARE(view.servedItem(), root->child(1));
    QVERIFY(root->child(1)->text(1).contains(u"attempt 2 ok, served this log"));
    QVERIFY(!view.rawView()->toPlainText().contains(u"NOT-A-REAL-KEY"));
    QTest::qWait(50); // nothing to fetch: no config id
    QVERIFY(!view.isBusy());

    const LogRecord lb = TestData::firstRecord(u"gateway-stream/loadbalance_10_requests.jsonl"_qs);
    ConfigView lbView(lb, QString());
    lbView.setNoConnection();
    QTreeWidgetItem *lbRoot = lbView.tree()->topLevelItem(0);
    QVERIFY(lbRoot->text(2).contains(u"strategy loadbalance"));
    QVERIFY(lbRoot->child(0)->text(2).contains(u"not tried"));
    QCOMPARE(lbView.servedItem(), lbRoot->child(1));
    QVERIFY(lbRoot->child(1)->text(2).contains(u"weight 0.3"));
}

void TestConfigView::conditionalRouting()
{
    // The documented conditional example (portkey-api.md 8.2), sent inline.
    LogRecord r;
    r.request = R"({"model":"gpt-4o","config":{"strategy":{"mode":"conditional","conditions":[)"
                R"({"query":{"metadata.user_plan":{"$eq":"paid"}},"then":"finetuned-gpt4"}],)"
                R"("default":"target_1"},"targets":[{"name":"target_1","provider":"@xx"},)"
                R"({"name":"finetuned-gpt4","provider":"@yy"}]}})";
    r.strategy = Strategy::Conditional;
    r.servedTarget = u"config.targets[1]"_qs;
    ConfigView view(r, QString());
    view.setNoConnection();
    QVERIFY(view.sourceLabel()->text().contains(u"inline in its body"));
    QTreeWidgetItem *root = view.tree()->topLevelItem(0);
    QVERIFY(root->text(2).contains(u"if {\"metadata.user_plan\":{\"$eq\":\"paid\"}} then "
                                   u"finetuned-gpt4"));
    QVERIFY(root->text(2).contains(u"default target_1"));
    QCOMPARE(view.servedItem(), root->child(1));
    QVERIFY(root->child(1)->text(0).contains(u"finetuned-gpt4"));
}

void TestConfigView::detailPanelOffersTheConfigOfAStreamLog()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"logs.sqlite"_qs);
    QString error;
    qint64 rowId = 0;
    {
        std::unique_ptr<LogStore> store = LogStore::open(db, &error);
        QVERIFY2(store, qPrintable(error));
        LogRecord r = TestData::firstRecord(u"gateway-stream/fallback_first_target_fails.jsonl"_qs);
        r.id = u"stream-fallback-1"_qs;
        QVERIFY2(store->insert({r}, &error), qPrintable(error));
        rowId = store->record(r.id, &error)->rowId;
    }
    DetailPanel panel(db);
    QSignalSpy loaded(&panel, &DetailPanel::loaded);
    panel.showRow(rowId);
    QVERIFY(loaded.wait(10000));
    const QString html = panel.overview()->toHtml();
    QVERIFY2(html.contains(u"href=\"config:\""), qPrintable(html));
    QVERIFY(panel.overview()->toPlainText().contains(u"fallback, served by config.targets[1]"));
    QSignalSpy config(&panel, &DetailPanel::configRequested);
    Q_EMIT panel.overview()->anchorClicked(QUrl(u"config:"_qs));
    QCOMPARE(config.count(), 1);
    QCOMPARE(panel.record().id, u"stream-fallback-1"_qs);
}

void TestConfigView::unknownConfigStaysSmallAndSaysWhatIsMissing()
{
    LogRecord r = TestData::firstRecord(u"portkey/sample_log_object.json"_qs);
    r.raw.clear(); // no inline config
    r.configId = u"pc-missing-0a1b2c"_qs;
    r.servedTarget.clear();
    // No connections file: the view finds none by itself.
    QTemporaryDir dir;
    qputenv("GATESCOPE_CONNECTIONS", dir.filePath(u"connections.json"_qs).toUtf8());
    ConfigView view(r, r.configId);
    QVERIFY(!view.hasConfig());
    QVERIFY(view.sourceLabel()->text().contains(u"not in the control-plane cache"));
    QTRY_VERIFY(view.statusLabel()->text().contains(u"add a Portkey connection"));
    QVERIFY(view.statusLabel()->text().contains(u"File > Connections"));
    QVERIFY(!view.isBusy());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!view.tree()->isVisible());
    QVERIFY2(view.width() <= 600 && view.height() <= 200,
             qPrintable(u"%1x%2"_qs.arg(view.width()).arg(view.height())));
    screenshot(&view, u"config-view-missing"_qs);
    qunsetenv("GATESCOPE_CONNECTIONS");
}

void TestConfigView::cachedConfigWithItsAge()
{
    ResourceCache cache(QDir(cacheRoot()).filePath(u"work"_qs));
    const QJsonObject config
        = QJsonDocument::fromJson(R"({"strategy":{"mode":"fallback","on_status_codes":[429,503]},)"
                                  R"("retry":{"attempts":3},"targets":[{"provider":"openai",)"
                                  R"("virtual_key":"main-258f4d"},{"provider":"azure-openai",)"
                                  R"("virtual_key":"azure-test-4110dd"}]})")
              .object();
    QVERIFY(cache.put(u"configs"_qs, u"pc-pplx-c-ca7a87"_qs, config,
                      QDateTime::currentDateTimeUtc().addSecs(-3 * 3600)));
    LogRecord r = TestData::firstRecord(u"portkey/sample_log_object.json"_qs);
    r.raw.clear();
    r.configId = u"pc-pplx-c-ca7a87"_qs;
    r.strategy = Strategy::Fallback;
    r.servedTarget = u"$.config.options[1]"_qs;
    ConfigView view(r, r.configId);
    view.setNoConnection();
    QVERIFY(view.hasConfig());
    QVERIFY(view.sourceLabel()->text().contains(u"control-plane cache of work"));
    QVERIFY(view.sourceLabel()->text().contains(u"as of 3 h ago"));
    QVERIFY(view.servedItem());
    QVERIFY(view.servedItem()->text(2).contains(u"azure-test-4110dd"));
    screenshot(&view, u"config-view-cached"_qs);
}

void TestConfigView::fetchesTheSavedConfigOffTheUiThread()
{
    ControlPlaneServer server;
    QVERIFY(server.start());
    ControlPlaneEndpoint endpoint = endpointOf(server);
    endpoint.name = u"work"_qs;
    const QString dir = ResourceCache::defaultDir(u"work"_qs);

    LogRecord r = TestData::firstRecord(u"portkey/sample_log_object.json"_qs);
    r.raw.clear();
    r.configId = u"pc-pplx-c-ca7a87"_qs;
    r.servedTarget = u"config.targets[1]"_qs;
    server.setFault(u"GET /configs"_qs, ControlPlaneServer::Fault::Hang, 1);
    {
        // A call that hangs: the window is busy, and closing it mid-call is safe.
        auto *hanging = new ConfigView(r, r.configId);
        hanging->setConnection(endpoint, ControlPlaneServer::apiKey(), dir);
        QTRY_VERIFY(hanging->isBusy());
        QTRY_COMPARE(server.count(u"GET /configs"_qs), 1);
        QVERIFY(hanging->statusLabel()->text().startsWith(u"Fetching config pc-pplx-c-ca7a87"));
        QVERIFY(!hanging->fetchButton()->isEnabled());
        screenshot(hanging, u"config-view-fetching"_qs);
        delete hanging;
    }
    ConfigView view(r, r.configId);
    view.setConnection(endpoint, ControlPlaneServer::apiKey(), dir);
    QSignalSpy busy(&view, &ConfigView::busyChanged);
    QTRY_VERIFY(busy.count() >= 1); // started by itself once the event loop runs
    QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 20000);
    QVERIFY2(view.hasConfig(), qPrintable(view.statusLabel()->text()));
    QVERIFY(view.sourceLabel()->text().contains(u"as saved on work"));
    QVERIFY(view.servedItem());
    QVERIFY(view.servedItem()->text(2).contains(u"azure-test-4110dd"));
    // Kept in the connection's cache for the next time offline.
    QVERIFY(ResourceCache(dir).get(u"configs"_qs, u"pc-pplx-c-ca7a87"_qs));
    ConfigView offline(r, r.configId);
    offline.setNoConnection();
    QVERIFY(offline.sourceLabel()->text().contains(u"control-plane cache of work"));
}

void TestConfigView::fetchErrorIsPlain()
{
    ControlPlaneServer server;
    QVERIFY(server.start());
    const ControlPlaneEndpoint endpoint = endpointOf(server);
    LogRecord r;
    r.configId = u"pc-gone-123456"_qs;
    QTemporaryDir dir;
    ConfigView view(r, r.configId);
    view.setConnection(endpoint, ControlPlaneServer::apiKey(), dir.path());
    QTRY_VERIFY(view.isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 20000);
    QVERIFY(!view.hasConfig());
    QVERIFY2(view.statusLabel()->text().startsWith(u"Could not fetch config pc-gone-123456: "),
             qPrintable(view.statusLabel()->text()));
    QCOMPARE(view.fetchButton()->text(), u"Try &again"_qs);
    screenshot(&view, u"config-view-error"_qs);
    QVERIFY(view.fetchButton()->isVisible() || !view.isVisible());
}

void TestConfigView::promptLinkOfflineShowsTheLogCopy()
{
    QTemporaryDir dir;
    qputenv("GATESCOPE_CONNECTIONS", dir.filePath(u"connections.json"_qs).toUtf8());
    PromptPlaygroundWindow *window = PromptPlaygroundWindow::open(promptLog(), u"pp-weather-7"_qs);
    QVERIFY(window->showsLogCopy());
    QVERIFY(window->titleLabel()->text().contains(u"rendered copy"));
    QVERIFY(window->templateView()->toPlainText().contains(u"user:\nBrief for Oslo"));
    QCOMPARE(window->variables().value(u"city").toString(), u"Oslo"_qs);
    QVERIFY(window->statusLabel()->text().contains(u"no Portkey connection"));
    QVERIFY(window->statusLabel()->text().contains(u"the log's rendered copy"));
    QVERIFY(window->renderedView()->toPlainText().contains(u"You write short weather briefs."));
    QVERIFY(window->titleLabel()->text().contains(u"gpt-4o-mini")); // as asked, not as answered
    QCOMPARE(window->answerView()->toPlainText(), u"Hello! How can I assist you today?"_qs);
    const QList<QPushButton *> buttons = window->findChildren<QPushButton *>();
    for (QPushButton *b : buttons) {
        if (b->text() == u"Re&nder" || b->text() == u"&Run")
            QVERIFY(!b->isEnabled());
    }
    screenshot(window, u"prompt-log-copy"_qs);
    delete window;

    // A template some connection cached wins over the log's copy.
    ResourceCache cache(QDir(cacheRoot()).filePath(u"work"_qs));
    QVERIFY(cache.put(u"prompts"_qs, u"pp-weather-7"_qs,
                      QJsonObject {{u"name"_qs, u"weather-brief"_qs},
                                   {u"string"_qs, u"Brief for {{city}} over {{days}} days."_qs},
                                   {u"prompt_version"_qs, 4},
                                   {u"model"_qs, u"gpt-4o-mini"_qs}},
                      QDateTime::currentDateTimeUtc().addSecs(-120)));
    window = PromptPlaygroundWindow::open(promptLog(), u"pp-weather-7"_qs);
    QVERIFY(!window->showsLogCopy());
    QCOMPARE(window->templateView()->toPlainText(), u"Brief for {{city}} over {{days}} days."_qs);
    QCOMPARE(window->variables().value(u"days").toString(), u"2"_qs);
    QVERIFY(window->statusLabel()->text().contains(u"cached template from work, as of 2 min ago"));
    delete window;
    qunsetenv("GATESCOPE_CONNECTIONS");
}

void TestConfigView::promptNotFoundFallsBackToTheLogCopy()
{
    ControlPlaneServer server;
    QVERIFY(server.start());
    const ControlPlaneEndpoint endpoint = endpointOf(server);
    PromptPlaygroundWindow window(endpoint, ControlPlaneServer::apiKey(), u"pp-weather-7"_qs);
    window.setLogRecord(promptLog());
    window.load();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 20000);
    QVERIFY(window.showsLogCopy());
    QVERIFY(window.templateView()->toPlainText().contains(u"system:\nYou write short"));

    // A prompt the server knows: its template, with the form filled from the log's variables.
    LogRecord article = promptLog();
    article.promptId = u"pp-article-xx"_qs;
    article.request = R"({"variables":{"user_input":"Gatescope stores gateway logs."}})";
    PromptPlaygroundWindow loaded(endpoint, ControlPlaneServer::apiKey(), u"pp-article-xx"_qs);
    loaded.setLogRecord(article);
    loaded.load();
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isBusy(), 20000);
    QVERIFY(!loaded.showsLogCopy());
    QVERIFY(loaded.templateView()->toPlainText().contains(u"{{user_input}}"));
    QCOMPARE(loaded.variables().value(u"user_input").toString(),
             u"Gatescope stores gateway logs."_qs);
}

template<typename W> W *topLevel()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *found = qobject_cast<W *>(w); found && found->isVisible())
            return found;
    }
    return nullptr;
}

void TestConfigView::mainWindowOpensBothOffline()
{
    QTemporaryDir dir;
    qputenv("GATESCOPE_CONNECTIONS", dir.filePath(u"connections.json"_qs).toUtf8());
    const QString db = dir.filePath(u"logs.sqlite"_qs);
    QString error;
    {
        std::unique_ptr<LogStore> store = LogStore::open(db, &error);
        QVERIFY2(store, qPrintable(error));
        LogRecord stream
            = TestData::firstRecord(u"gateway-stream/fallback_first_target_fails.jsonl"_qs);
        stream.id = u"stream-fallback-1"_qs;
        LogRecord prompt = promptLog();
        prompt.createdAt = stream.createdAt.addSecs(-60); // older: the second row
        QVERIFY2(store->insert({stream, prompt}, &error), qPrintable(error));
    }
    MainWindow window(db);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(window.model()->rowCount(), 2);

    // The stream log's config entry opens the view with the record, not an id.
    window.selectRow(0);
    QTRY_COMPARE(window.detailPanel()->record().id, u"stream-fallback-1"_qs);
    QTRY_VERIFY(window.detailPanel()->overview()->toHtml().contains(u"config:"));
    Q_EMIT window.detailPanel()->overview()->anchorClicked(QUrl(u"config:"_qs));
    ConfigView *view = nullptr;
    QTRY_VERIFY((view = topLevel<ConfigView>()));
    QVERIFY(view->hasConfig());
    QVERIFY(view->servedItem());
    const QString dirOut = qEnvironmentVariable("GATESCOPE_SCREENSHOT_DIR");
    if (!dirOut.isEmpty() && QGuiApplication::platformName() == u"xcb") {
        QTest::qWait(300);
        QVERIFY(window.screen()->grabWindow(0).save(dirOut + u"/screen-config-view.png"_qs));
    }
    view->close();

    // The prompt link without a connection: the playground with the log's copy.
    window.selectRow(1);
    QTRY_COMPARE(window.detailPanel()->record().id, u"log-prompt-1"_qs);
    Q_EMIT window.detailPanel()->overview()->anchorClicked(QUrl(u"prompt:pp-weather-7"_qs));
    PromptPlaygroundWindow *playground = nullptr;
    QTRY_VERIFY((playground = topLevel<PromptPlaygroundWindow>()));
    QVERIFY(playground->showsLogCopy());
    QVERIFY(playground->templateView()->toPlainText().contains(u"Brief for Oslo"));
    if (!dirOut.isEmpty() && QGuiApplication::platformName() == u"xcb") {
        QTest::qWait(300);
        QVERIFY(window.screen()->grabWindow(0).save(dirOut + u"/screen-prompt.png"_qs));
    }
    playground->close();
    qunsetenv("GATESCOPE_CONNECTIONS");
}

QTEST_MAIN(TestConfigView)
#include "tst_configview.moc"
