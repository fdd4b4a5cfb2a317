// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the log browser as a user would: filter, sort, select, keyboard, tabs, thumbnails,
// Do-Not-Track, trace view, malformed filters, the empty state.
#include "chatdocument.h"
#include "detailpanel.h"
#include "emptystatewidget.h"
#include "filterbar.h"
#include "imageviewer.h"
#include "jsontreemodel.h"
#include "jsonview.h"
#include "logtablemodel.h"
#include "mainwindow.h"
#include "promptplaygroundwindow.h"
#include "noticepanel.h"
#include "openlinkdialog.h"
#include "playgroundwindow.h"
#include "replayclient.h"
#include "shortcutsdialog.h"
#include "statusdelegate.h"
#include "statuslegenddialog.h"
#include "store/logstore.h"
#include "thumbnailcache.h"
#include "traceview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QCryptographicHash>
#include <QHeaderView>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimeZone>
#include <QToolButton>
#include <QTreeView>

namespace {

constexpr int FillerCount = 600;
constexpr int SpecialCount = 5; // vision, Do-Not-Track, two trace spans, raw-order

// A body as a client sent it: keys out of order, numbers a double would re-format, escapes.
const QByteArray OutOfOrderBody
    = R"({"zeta":"first key","model":"gpt-4o","temperature":0.1,"tiny":1e-7,)"
      R"("big":12345678901234567890,"price":2.50,"note":"caf\u00e9\tq",)"
      R"("nested":{"b":2,"a":[1,true,null]},"empty":{}})";

QByteArray pngBytes(QColor color)
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

LogRecord baseRecord(int i)
{
    LogRecord r;
    r.id = QStringLiteral("log-%1").arg(i, 5, 10, QLatin1Char('0'));
    r.createdAt = QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc()).addSecs(i * 7);
    r.method = QStringLiteral("POST");
    r.endpoint = QStringLiteral("/v1/chat/completions");
    r.requestType = RequestType::Chat;
    r.provider = QStringLiteral("openai");
    r.model = i % 2 ? QStringLiteral("gpt-4o") : QStringLiteral("gpt-4o-mini");
    r.statusCode = 200;
    r.latencyMs = 100 + (i * 37) % 5000;
    r.promptTokens = 10 + i;
    r.completionTokens = 5;
    r.totalTokens = 15 + i;
    r.costCents = 0.01 * i;
    r.cache = CacheState::Miss;
    r.retryCount = 0;
    r.strategy = Strategy::Single;
    r.fallbackActive = false;
    r.loadbalanceActive = false;
    r.stream = false;
    r.request = R"({"model":"gpt-4o","messages":[{"role":"user","content":"Hello number )"
        + QByteArray::number(i) + R"("}]})";
    r.response
        = R"({"choices":[{"message":{"role":"assistant","content":"Hi **there**"},"finish_reason":"stop"}]})";
    r.raw = r.request;
    r.source = QStringLiteral("test");
    return r;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void modelPassesTheTester();
    void firstRowsAndCount();
    void defaultColumnsFitAt1280();
    void filterByTyping();
    void malformedFilterShowsMessage();
    void sortByClickingHeader();
    void unknownsSortLastAndImagesSort();
    void keyboardMoves();
    void detailTabs();
    void rawViewsShowTheBytesAsReceived();
    void statusChipsAndTooltip();
    void doNotTrackPanel();
    void detailFollowsTheFilter();
    void thumbnailOpensViewer();
    void tinyImageInChatIsNoSpeck();
    void copyLink();
    void playgroundFailureIsStyledAndStill();
    void shortcutMapAndOpenLink();
    void escClosesEnterOpens();
    void traceView();
    void overviewLinksOpenWhatTheyName();
    void emptyStoreShowsFirstRun();

private:
    MainWindow *openWindow(const QString &path);
    void applyFilter(MainWindow *window, const QString &filter);
    void waitLoaded(MainWindow *window);

    QTemporaryDir m_dir;
    QString m_path;
    QString m_imageHash;
    MainWindow *m_window = nullptr;
};

void TestMainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("gatescope-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("ui.sqlite"));
    QString error;
    auto store = LogStore::open(m_path, &error);
    QVERIFY2(store, qPrintable(error));

    QList<LogRecord> batch;
    for (int i = 0; i < FillerCount; ++i)
        batch.append(baseRecord(i));

    // A multimodal log: an image sent in a chat content part.
    LogRecord vision = baseRecord(FillerCount);
    vision.id = QStringLiteral("vision-1");
    vision.model = QStringLiteral("gpt-4o-vision");
    const QByteArray png = pngBytes(QColor(0x20, 0x80, 0xd0));
    m_imageHash
        = QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha1).toHex());
    vision.request
        = R"({"model":"gpt-4o","messages":[{"role":"user","content":[{"type":"text","text":"What is in this **image**?"},{"type":"image_url","image_url":{"url":"data:image/png;base64,)"
        + png.toBase64() + R"("}}]}]})";
    vision.response
        = R"({"choices":[{"message":{"role":"assistant","content":"A blue rectangle."},"finish_reason":"stop"}]})";
    ImageInfo info;
    info.direction = ImageInfo::Direction::Input;
    info.mime = QStringLiteral("image/png");
    info.width = 64;
    info.height = 48;
    info.bytes = png.size();
    info.hash = m_imageHash;
    vision.images = {info};
    vision.configId = QStringLiteral("pc-vision-123");
    batch.append(vision);

    // Do-Not-Track: statistics only.
    LogRecord dnt = baseRecord(FillerCount + 1);
    dnt.id = QStringLiteral("dnt-1");
    dnt.model = QStringLiteral("gpt-4o-dnt");
    dnt.tracked = false;
    dnt.request.clear();
    dnt.response.clear();
    batch.append(dnt);

    // A failed request after retries, with a fallback, in a trace with a child span.
    LogRecord parent = baseRecord(FillerCount + 2);
    parent.id = QStringLiteral("trace-parent");
    parent.model = QStringLiteral("claude-trace");
    parent.provider = QStringLiteral("anthropic");
    parent.traceId = QStringLiteral("trace-abc");
    parent.spanId = QStringLiteral("span-1");
    parent.spanName = QStringLiteral("plan");
    parent.statusCode = 500;
    parent.retryCount = -1;
    parent.cache = CacheState::SemanticHit;
    parent.fallbackActive = true;
    parent.attempts = {{QStringLiteral("config.targets[0]"), QStringLiteral("anthropic"),
                        QStringLiteral("claude"), 120, false},
                       {QStringLiteral("config.targets[1]"), QStringLiteral("openai"),
                        QStringLiteral("gpt-4o"), 300, true}};
    batch.append(parent);
    LogRecord child = baseRecord(FillerCount + 3);
    child.id = QStringLiteral("trace-child");
    child.model = QStringLiteral("claude-trace");
    child.traceId = QStringLiteral("trace-abc");
    child.spanId = QStringLiteral("span-2");
    child.parentSpanId = QStringLiteral("span-1");
    child.spanName = QStringLiteral("act");
    batch.append(child);

    // Out of order keys and numbers a double would change, in the bodies and the source record.
    LogRecord order = baseRecord(FillerCount + 4);
    order.id = QStringLiteral("raw-order");
    order.model = QStringLiteral("raw-order-model");
    order.createdAt = baseRecord(0).createdAt.addSecs(-60); // the oldest: row 0 stays the child
    order.request = OutOfOrderBody;
    order.promptId = QStringLiteral("pp-raw-1");
    order.promptTokens.reset(); // tokens unknown: sorted last whichever way
    order.completionTokens.reset();
    order.totalTokens.reset();
    order.raw = R"({"id":"raw-order","cost":2.22,"request":)" + OutOfOrderBody + "}";
    batch.append(order);

    const auto written = store->insert(batch, &error);
    QVERIFY2(written, qPrintable(error));
    QCOMPARE(written->inserted, qint64(batch.size()));
    QVERIFY(store->finishBulkImport(&error));
    store.reset();

    m_window = openWindow(m_path);
    QVERIFY(m_window);
}

void TestMainWindow::cleanupTestCase()
{
    delete m_window;
}

MainWindow *TestMainWindow::openWindow(const QString &path)
{
    auto *window = new MainWindow(path);
    window->resize(1280, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        return nullptr;
    // Shortcuts only fire in the active window; offscreen has no window manager to activate it.
    QApplication::setActiveWindow(window);
    if (!QTest::qWaitForWindowActive(window))
        return nullptr;
    return window;
}

void TestMainWindow::waitLoaded(MainWindow *window)
{
    QTRY_VERIFY_WITH_TIMEOUT(!window->model()->isLoading(), 10000);
}

void TestMainWindow::applyFilter(MainWindow *window, const QString &filter)
{
    QLineEdit *edit = window->filterBar()->lineEdit();
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, filter);
    QTest::keyClick(edit, Qt::Key_Return);
    waitLoaded(window);
}

void TestMainWindow::modelPassesTheTester()
{
    LogTableModel model(m_path);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMaxCachedBlocks(2);
    QSignalSpy loaded(&model, &LogTableModel::indexLoaded);
    model.setQuery({});
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), FillerCount + SpecialCount);
    // Every row as the view asks for it: placeholders first, then the real text, never a
    // block load on the UI thread. The cache stays within its cap.
    for (int row = 0; row < model.rowCount(); row += 37) {
        const QModelIndex index = model.index(row, LogTableModel::Model);
        if (!index.data(LogTableModel::LoadedRole).toBool()) {
            QCOMPARE(model.index(row, LogTableModel::Time).data().toString(),
                     QStringLiteral("\u2026"));
            QTRY_VERIFY(index.data(LogTableModel::LoadedRole).toBool());
        }
        QVERIFY(!index.data().toString().isEmpty());
        QVERIFY(model.cachedBlockCount() <= 2);
    }
}

void TestMainWindow::firstRowsAndCount()
{
    waitLoaded(m_window);
    QCOMPARE(m_window->model()->rowCount(), FillerCount + SpecialCount);
    QVERIFY(!m_window->isShowingEmptyState());
    QTRY_VERIFY(m_window->statusText().contains(QLocale().toString(FillerCount + SpecialCount)
                                                + QLatin1Char(' ')));
    QVERIFY(m_window->statusText().contains(QStringLiteral("ui.sqlite")));
    // Newest first: the child span was written last.
    QTRY_COMPARE(m_window->model()->index(0, LogTableModel::Model).data().toString(),
                 QStringLiteral("claude-trace \u00b7 openai"));
}

void TestMainWindow::defaultColumnsFitAt1280()
{
    QCOMPARE(m_window->size(), QSize(1280, 800));
    QTableView *table = m_window->table();
    QHeaderView *header = table->horizontalHeader();
    auto rightEdge = [header](int column) {
        return header->sectionViewportPosition(column) + header->sectionSize(column);
    };
    // Every default column in view, no horizontal scrolling.
    QTRY_COMPARE(table->horizontalScrollBar()->maximum(), 0);
    for (int column = 0; column < LogTableModel::ColumnCount; ++column) {
        if (!header->isSectionHidden(column))
            QVERIFY2(rightEdge(column) <= table->viewport()->width(),
                     qPrintable(QString::number(column)));
    }
    QVERIFY(!header->isSectionHidden(LogTableModel::Feedback));
    // The texts the columns show are not cut.
    const QFontMetrics metrics(table->font());
    auto fits = [&](int column, const QString &text) {
        return metrics.horizontalAdvance(text) + 8 <= header->sectionSize(column);
    };
    QVERIFY(fits(LogTableModel::Time, QStringLiteral("2026-03-01 12:00:00")));
    QVERIFY(fits(LogTableModel::Type, QStringLiteral("embedding")));
    QVERIFY(fits(LogTableModel::Type, QStringLiteral("completion")));
    QVERIFY(fits(LogTableModel::Tokens, QStringLiteral("unknown")));
    QVERIFY(fits(LogTableModel::Cost, QStringLiteral("<$0.00001")));
    QVERIFY(fits(LogTableModel::Latency, QStringLiteral("9,999 ms")));
    QVERIFY(fits(LogTableModel::Feedback, QStringLiteral("2 \u00b7 -1:0.35 +7:1")));
    QVERIFY(fits(LogTableModel::Model, QStringLiteral("gpt-4o-mini \u00b7 openai")));
    // A column hidden from View > Columns gives its room to Model.
    const int modelWidth = header->sectionSize(LogTableModel::Model);
    const int imagesWidth = header->sectionSize(LogTableModel::Images);
    table->setColumnHidden(LogTableModel::Images, true);
    QTRY_COMPARE(header->sectionSize(LogTableModel::Model), modelWidth + imagesWidth);
    table->setColumnHidden(LogTableModel::Images, false);
    QTRY_COMPARE(header->sectionSize(LogTableModel::Model), modelWidth);

    // At 1024x700 time, model, status and cost stay in view; the detail title keeps clear of
    // its buttons and still ends with the status and latency.
    applyFilter(m_window, QStringLiteral("model:claude-trace"));
    m_window->selectRow(0);
    DetailPanel *panel = m_window->detailPanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->isLoaded(), 10000);
    m_window->resize(1024, 700);
    QTRY_COMPARE(m_window->size(), QSize(1024, 700));
    for (int column :
         {LogTableModel::Time, LogTableModel::Model, LogTableModel::Status, LogTableModel::Cost})
        QTRY_VERIFY2(rightEdge(column) <= table->viewport()->width(),
                     qPrintable(QString::number(column)));
    auto *title = panel->findChild<QLabel *>(QStringLiteral("detailTitle"));
    QVERIFY(title);
    QVERIFY(title->geometry().right() < panel->replayButton()->geometry().left());
    QVERIFY(QFontMetrics(title->font()).horizontalAdvance(title->text())
            <= title->contentsRect().width());
    QVERIFY2(title->text().endsWith(QStringLiteral("ms")), qPrintable(title->text()));
    m_window->resize(1280, 800);
    QTRY_COMPARE(table->horizontalScrollBar()->maximum(), 0);
    applyFilter(m_window, QString());
}

void TestMainWindow::filterByTyping()
{
    applyFilter(m_window, QStringLiteral("model:gpt-4o-vision"));
    QCOMPARE(m_window->model()->rowCount(), 1);
    QVERIFY(m_window->filterBar()->errorText().isEmpty());
    QTRY_VERIFY(m_window->statusText().contains(QStringLiteral("1 logs match the filter")));
    QCOMPARE(m_window->filterBar()->history().value(0), QStringLiteral("model:gpt-4o-vision"));

    applyFilter(m_window, QStringLiteral("status:>=500"));
    QCOMPARE(m_window->model()->rowCount(), 1);
    applyFilter(m_window, QString());
    QCOMPARE(m_window->model()->rowCount(), FillerCount + SpecialCount);
}

void TestMainWindow::malformedFilterShowsMessage()
{
    const int before = m_window->model()->rowCount();
    QLineEdit *edit = m_window->filterBar()->lineEdit();
    edit->setFocus();
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("model:gpt-4o latency:>>abc"));
    QTest::keyClick(edit, Qt::Key_Return);
    const QString message = m_window->filterBar()->errorText();
    QVERIFY2(!message.isEmpty(), "a malformed filter must say what is wrong");
    QVERIFY2(message.contains(QStringLiteral("latency")), qPrintable(message));
    QVERIFY(m_window->filterBar()->findChild<QLabel *>(QStringLiteral("filterError"))->isVisible());
    // The bad term is selected so it can be fixed in place; the list is unchanged.
    QVERIFY(edit->selectedText().contains(QStringLiteral("latency")));
    QCOMPARE(m_window->model()->rowCount(), before);
    applyFilter(m_window, QString());
    QVERIFY(m_window->filterBar()->errorText().isEmpty());
}

void TestMainWindow::sortByClickingHeader()
{
    QHeaderView *header = m_window->table()->horizontalHeader();
    const int x = header->sectionViewportPosition(LogTableModel::Latency) + 10;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    waitLoaded(m_window);
    QCOMPARE(m_window->model()->query().sort, SortColumn::Latency);
    auto latency = [this](int row) {
        const LogRecord *r = m_window->model()->recordAt(row);
        return r ? r->latencyMs.value_or(-1) : -2;
    };
    QTRY_VERIFY(latency(0) >= 0 && latency(1) >= 0 && latency(2) >= 0);
    const bool descending = m_window->model()->query().descending;
    for (int row = 0; row < 2; ++row)
        QVERIFY(descending ? latency(row) >= latency(row + 1) : latency(row) <= latency(row + 1));
    // Back to time order.
    const int tx = header->sectionViewportPosition(LogTableModel::Time) + 10;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(tx, header->height() / 2));
    waitLoaded(m_window);
    QCOMPARE(m_window->model()->query().sort, SortColumn::Time);
}

void TestMainWindow::unknownsSortLastAndImagesSort()
{
    QHeaderView *header = m_window->table()->horizontalHeader();
    auto click = [&](int column) {
        const int x = header->sectionViewportPosition(column) + 10;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        waitLoaded(m_window);
    };
    LogTableModel *model = m_window->model();
    const int last = model->rowCount() - 1;
    auto idAt = [model](int row) {
        const LogRecord *r = model->recordAt(row);
        return r ? r->id : QString();
    };
    // First click: the most tokens first, "unknown" last; second click: unknown still last.
    click(LogTableModel::Tokens);
    QCOMPARE(model->query().sort, SortColumn::Tokens);
    QVERIFY(model->query().descending);
    m_window->table()->scrollToBottom();
    QTRY_COMPARE(idAt(last), QStringLiteral("raw-order"));
    m_window->table()->scrollToTop();
    QTRY_VERIFY(!idAt(0).isEmpty());
    QVERIFY(model->recordAt(0)->totalTokens.has_value());
    click(LogTableModel::Tokens);
    QVERIFY(!model->query().descending);
    QTRY_VERIFY(!idAt(0).isEmpty());
    QVERIFY(model->recordAt(0)->totalTokens.has_value());
    m_window->table()->scrollToBottom();
    QTRY_COMPARE(idAt(last), QStringLiteral("raw-order"));

    // Images sorts by the number of images: the multimodal log first.
    m_window->table()->scrollToTop();
    click(LogTableModel::Images);
    QCOMPARE(model->query().sort, SortColumn::Images);
    QTRY_COMPARE(idAt(0), QStringLiteral("vision-1"));
    click(LogTableModel::Time);
    if (!model->query().descending)
        click(LogTableModel::Time);
    QCOMPARE(model->query().sort, SortColumn::Time);
    QVERIFY(model->query().descending);
}

void TestMainWindow::keyboardMoves()
{
    QApplication::setActiveWindow(m_window);
    QTableView *table = m_window->table();
    m_window->selectRow(0);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_J);
    QCOMPARE(table->currentIndex().row(), 1);
    QTest::keyClick(table, Qt::Key_J);
    QCOMPARE(table->currentIndex().row(), 2);
    QTest::keyClick(table, Qt::Key_K);
    QCOMPARE(table->currentIndex().row(), 1);
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 2);
    QTest::keyClick(table, Qt::Key_PageDown);
    QVERIFY(table->currentIndex().row() > 5);
    QTest::keyClick(table, Qt::Key_End);
    QCOMPARE(table->currentIndex().row(), m_window->model()->rowCount() - 1);
    QTest::keyClick(table, Qt::Key_PageUp);
    QVERIFY(table->currentIndex().row() < m_window->model()->rowCount() - 5);
    QTest::keyClick(table, Qt::Key_Home);
    QCOMPARE(table->currentIndex().row(), 0);
    // Ctrl+F puts the cursor in the filter bar, where J types a letter.
    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(m_window->filterBar()->lineEdit()->hasFocus());
    QTest::keyClick(m_window->filterBar()->lineEdit(), Qt::Key_J);
    QCOMPARE(m_window->filterBar()->lineEdit()->text(), QStringLiteral("j"));
    QCOMPARE(table->currentIndex().row(), 0);
    m_window->filterBar()->lineEdit()->clear();
    // Every action shows its shortcut in its menu.
    for (const char *name : {"next", "previous", "open", "closePanel", "copyLink", "focusFilter",
                             "traceView", "pageDown", "first", "last", "shortcuts"})
        QVERIFY2(!m_window->action(QString::fromLatin1(name))->shortcut().isEmpty(), name);
}

void TestMainWindow::detailTabs()
{
    applyFilter(m_window, QStringLiteral("model:gpt-4o-vision"));
    m_window->selectRow(0);
    DetailPanel *panel = m_window->detailPanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->isLoaded(), 10000);
    QCOMPARE(panel->record().id, QStringLiteral("vision-1"));

    QTabWidget *tabs = panel->tabs();
    tabs->setCurrentIndex(DetailPanel::OverviewTab);
    const QString overview = panel->overview()->toPlainText();
    QVERIFY(overview.contains(QStringLiteral("gpt-4o-vision")));
    QVERIFY(overview.contains(QStringLiteral("Cache Miss")));
    QVERIFY(overview.contains(QStringLiteral("Retry Not Triggered")));
    QVERIFY(overview.contains(QStringLiteral("pc-vision-123")));

    tabs->setCurrentIndex(DetailPanel::ChatTab);
    const QString chat = panel->chat()->toPlainText();
    QVERIFY2(chat.contains(QStringLiteral("What is in this image?")), qPrintable(chat));
    QVERIFY(chat.contains(QStringLiteral("A blue rectangle.")));
    QVERIFY(panel->chat()->document()->toHtml().contains(QStringLiteral("gatescope-image:0")));

    tabs->setCurrentIndex(DetailPanel::RequestTab);
    JsonView *request = panel->requestView();
    QCOMPARE(request->mode(), JsonView::Mode::Tree);
    // The search field keeps room for its hint in a panel of the default width.
    auto *search = request->findChild<QLineEdit *>(QStringLiteral("jsonSearch"));
    QTRY_VERIFY(search->isVisible());
    QVERIFY2(search->width() > search->fontMetrics().horizontalAdvance(search->placeholderText()),
             qPrintable(QString::number(search->width())));
    QVERIFY(request->model()->rowCount() >= 2);
    // The base64 image shows as one chip, never as its characters.
    // In the order sent: "type": "image_url", then the key image_url, then its url.
    QModelIndex url = request->model()->find(QStringLiteral("url"), {});
    QCOMPARE(request->model()->path(url), QStringLiteral("$.messages[0].content[1].type"));
    url = request->model()->find(QStringLiteral("url"), url);
    QVERIFY(url.isValid());
    url = request->model()->find(QStringLiteral("url"), url);
    QVERIFY(url.isValid());
    const QString shown = url.siblingAtColumn(JsonTreeModel::Value).data().toString();
    QVERIFY2(shown.contains(QStringLiteral("image/png")) && shown.size() < 80, qPrintable(shown));
    QCOMPARE(request->model()->path(url), QStringLiteral("$.messages[0].content[1].image_url.url"));
    request->showRaw();
    QVERIFY(request->rawEdit()->toPlainText().contains(QStringLiteral("base64\u203a")));
    QVERIFY(request->rawEdit()->toPlainText().size() < 2000);
    request->showTree();

    tabs->setCurrentIndex(DetailPanel::ResponseTab);
    QCOMPARE(panel->responseView()->mode(), JsonView::Mode::Tree);
    QVERIFY(panel->responseView()->model()->find(QStringLiteral("blue rectangle"), {}).isValid());

    tabs->setCurrentIndex(DetailPanel::SourceTab);
    QVERIFY(panel->sourceView()->mode() != JsonView::Mode::Notice);
}

void TestMainWindow::rawViewsShowTheBytesAsReceived()
{
    applyFilter(m_window, QStringLiteral("model:raw-order-model"));
    QCOMPARE(m_window->model()->rowCount(), 1);
    m_window->selectRow(0);
    DetailPanel *panel = m_window->detailPanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->isLoaded() && panel->record().id == QLatin1String("raw-order"),
                             10000);

    // Raw: re-indented, nothing re-ordered, every number and escape as written.
    const QString expected = QStringLiteral(R"({
  "zeta": "first key",
  "model": "gpt-4o",
  "temperature": 0.1,
  "tiny": 1e-7,
  "big": 12345678901234567890,
  "price": 2.50,
  "note": "caf\u00e9\tq",
  "nested": {
    "b": 2,
    "a": [
      1,
      true,
      null
    ]
  },
  "empty": {}
})");
    panel->tabs()->setCurrentIndex(DetailPanel::RequestTab);
    JsonView *request = panel->requestView();
    request->showRaw();
    QCOMPARE(request->rawEdit()->toPlainText(), expected);
    // Copy with nothing selected: the body exactly as stored.
    request->copyValue();
    QCOMPARE(QGuiApplication::clipboard()->text().toUtf8(), OutOfOrderBody);

    // The tree: the same order, each number's own text, strings decoded.
    request->showTree();
    QCOMPARE(request->mode(), JsonView::Mode::Tree);
    JsonTreeModel *tree = request->model();
    QStringList keys, values;
    for (int row = 0; row < tree->rowCount(); ++row) {
        keys << tree->index(row, JsonTreeModel::Key).data().toString();
        values << tree->index(row, JsonTreeModel::Value).data().toString();
    }
    QCOMPARE(keys,
             QStringList({"zeta", "model", "temperature", "tiny", "big", "price", "note", "nested",
                          "empty"}));
    QCOMPARE(values.mid(2, 4), QStringList({"0.1", "1e-7", "12345678901234567890", "2.50"}));
    QCOMPARE(values.at(6), QStringLiteral("\"caf\u00e9\tq\""));
    const QModelIndex nested = tree->index(7, JsonTreeModel::Key);
    QCOMPARE(tree->valueText(nested), QStringLiteral(R"({"b":2,"a":[1,true,null]})"));
    QCOMPARE(tree->index(0, JsonTreeModel::Key, nested).data().toString(), QStringLiteral("b"));
    QCOMPARE(tree->path(tree->index(1, JsonTreeModel::Key, nested)), QStringLiteral("$.nested.a"));
    QVERIFY(!tree->hasChildren(tree->index(8, JsonTreeModel::Key)));
    QCOMPARE(tree->find(QStringLiteral("1e-7"), {}).row(), 3);

    // Source: the record as it was in the file.
    panel->tabs()->setCurrentIndex(DetailPanel::SourceTab);
    JsonView *source = panel->sourceView();
    QCOMPARE(source->mode(), JsonView::Mode::Raw);
    const QString sourceText = source->rawEdit()->toPlainText();
    QVERIFY2(
        sourceText.startsWith(QStringLiteral("{\n  \"id\": \"raw-order\",\n  \"cost\": 2.22,\n")),
        qPrintable(sourceText));
    QVERIFY(sourceText.contains(QStringLiteral("\n    \"tiny\": 1e-7,\n")));
    QVERIFY(sourceText.contains(QStringLiteral("\"price\": 2.50,")));
}

void TestMainWindow::statusChipsAndTooltip()
{
    applyFilter(m_window, QStringLiteral("trace:trace-abc"));
    QCOMPARE(m_window->model()->rowCount(), 2);
    int failed = -1;
    for (int row = 0; row < 2; ++row) {
        QTRY_VERIFY(m_window->model()->recordAt(row));
        if (m_window->model()->recordAt(row)->id == QLatin1String("trace-parent"))
            failed = row;
    }
    QVERIFY(failed >= 0);
    const QModelIndex status = m_window->model()->index(failed, LogTableModel::Status);
    const auto chips = status.data(LogTableModel::ChipsRole).value<QList<StatusChip>>();
    QStringList tooltips;
    for (const StatusChip &chip : chips)
        tooltips << chip.tooltip;
    QVERIFY2(tooltips.contains(QStringLiteral("Cache Semantic Hit")),
             qPrintable(tooltips.join(u'|')));
    QVERIFY(tooltips.contains(QStringLiteral("Retry Failed")));
    QVERIFY(tooltips.contains(QStringLiteral("Fallback Active")));
    QCOMPARE(chips.first().tone, StatusChip::Tone::Error); // HTTP 500 stands out
    QVERIFY(
        status.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Loadbalancer Disabled")));
    // Chips that do not fit collapse into one "+N" chip inside the cell; the first always shows.
    const QFont font = StatusDelegate::chipFont(m_window->table()->font());
    const QRect narrow(0, 0, 110, 26);
    const StatusDelegate::Layout collapsed = StatusDelegate::layout(chips, narrow, font);
    QVERIFY(!collapsed.rects.isEmpty());
    QVERIFY(collapsed.hidden > 0);
    QCOMPARE(collapsed.rects.size() + collapsed.hidden, chips.size());
    QCOMPARE(collapsed.moreChip().text, QStringLiteral("+%1").arg(collapsed.hidden));
    QVERIFY(narrow.contains(collapsed.more));
    const StatusDelegate::Layout wide = StatusDelegate::layout(chips, QRect(0, 0, 1000, 26), font);
    QCOMPARE(wide.hidden, 0);
    QCOMPARE(wide.rects.size(), chips.size());
}

void TestMainWindow::doNotTrackPanel()
{
    // A tracked log has no marker.
    applyFilter(m_window, QStringLiteral("model:gpt-4o-vision"));
    const QModelIndex tracked = m_window->model()->index(0, LogTableModel::Model);
    QTRY_VERIFY(tracked.data(LogTableModel::LoadedRole).toBool());
    QVERIFY(tracked.data(Qt::DecorationRole).isNull());

    applyFilter(m_window, QStringLiteral("tracked:false"));
    QCOMPARE(m_window->model()->rowCount(), 1);
    // Its row carries a marker in the Model column, explained in the tooltip.
    const QModelIndex model = m_window->model()->index(0, LogTableModel::Model);
    QTRY_VERIFY(model.data(LogTableModel::LoadedRole).toBool());
    QVERIFY(!model.data(Qt::DecorationRole).value<QPixmap>().isNull());
    QVERIFY(model.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Do-Not-Track")));
    m_window->selectRow(0);
    DetailPanel *panel = m_window->detailPanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->isLoaded() && panel->record().id == QLatin1String("dnt-1"),
                             10000);
    panel->tabs()->setCurrentIndex(DetailPanel::ChatTab);
    QVERIFY(panel->chatNotice()->isVisible());
    QVERIFY(panel->chatNotice()->text().contains(QStringLiteral("x-portkey-debug: false")));
    panel->tabs()->setCurrentIndex(DetailPanel::RequestTab);
    QCOMPARE(panel->requestView()->mode(), JsonView::Mode::Notice);
    QVERIFY(panel->requestView()->notice()->isVisible());
    QCOMPARE(panel->requestView()->notice()->title(), QStringLiteral("Content not tracked"));
    QCOMPARE(panel->responseView()->mode(), JsonView::Mode::Notice);
    // Its statistics are still there.
    QVERIFY(panel->overview()->toPlainText().contains(QStringLiteral("Do-Not-Track")));
}

void TestMainWindow::detailFollowsTheFilter()
{
    DetailPanel *panel = m_window->detailPanel();
    QTableView *table = m_window->table();
    applyFilter(m_window, QStringLiteral("model:gpt-4o-vision"));
    m_window->selectRow(0);
    QTRY_VERIFY_WITH_TIMEOUT(panel->isLoaded() && panel->record().id == QLatin1String("vision-1"),
                             10000);

    // Still matching: the same log stays selected and shown.
    applyFilter(m_window, QStringLiteral("model:gpt-4o-vision OR model:gpt-4o-dnt"));
    QTRY_COMPARE(m_window->model()->rowIdAt(table->currentIndex().row()), panel->rowId());
    QCOMPARE(panel->record().id, QStringLiteral("vision-1"));

    // Excluded: the first match is selected and shown, never the excluded log without a row.
    applyFilter(m_window, QStringLiteral("model:gpt-4o-dnt"));
    QTRY_COMPARE(table->currentIndex().row(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(panel->isLoaded() && panel->record().id == QLatin1String("dnt-1"),
                             10000);

    // Nothing matches: an empty panel that says why.
    applyFilter(m_window, QStringLiteral("model:no-such-model"));
    QCOMPARE(m_window->model()->rowCount(), 0);
    QTRY_COMPARE(panel->rowId(), qint64(0));
    QVERIFY(panel->emptyNotice()->isVisible());
    QCOMPARE(panel->emptyNotice()->title(), QStringLiteral("No log matches the filter"));
    QVERIFY(panel->emptyNotice()->text().contains(QStringLiteral("model:no-such-model")));
    QVERIFY(panel->record().id.isEmpty());
    applyFilter(m_window, QString());
}

void TestMainWindow::thumbnailOpensViewer()
{
    applyFilter(m_window, QStringLiteral("model:gpt-4o-vision"));
    QTableView *table = m_window->table();
    table->setColumnHidden(LogTableModel::Images, false);
    const QModelIndex cell = m_window->model()->index(0, LogTableModel::Images);
    QTRY_VERIFY(cell.data(LogTableModel::LoadedRole).toBool());
    QCOMPARE(cell.data(LogTableModel::ImagesRole).toList().size(), 1);
    table->scrollTo(cell);
    // The thumbnail is decoded in the worker and cached by the image's content hash.
    QImage thumb;
    QTRY_COMPARE_WITH_TIMEOUT(m_window->thumbnails()->thumbnail(m_window->model()->rowIdAt(0), 0,
                                                                m_imageHash, {}, &thumb),
                              ThumbnailCache::State::Ready, 10000);
    QCOMPARE(thumb.size(), QSize(64, 48));

    QSignalSpy opened(m_window, &MainWindow::imageViewerOpened);
    const QRect rect = table->visualRect(cell);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      rect.topLeft() + QPoint(10, rect.height() / 2));
    QTRY_COMPARE(opened.size(), 1);
    auto *viewer = qobject_cast<ImageViewer *>(opened.first().first().value<QWidget *>());
    QVERIFY(viewer);
    QTRY_VERIFY_WITH_TIMEOUT(!viewer->image().isNull(), 10000);
    QCOMPARE(viewer->image().size(), QSize(64, 48));
    QCOMPARE(viewer->zoom(), 2.0); // small: enlarged by a whole factor, pixels sharp
    viewer->zoomToFit(); // Fit fills the window, enlarging too
    QVERIFY2(viewer->zoom() > 4.0, qPrintable(QString::number(viewer->zoom())));
    viewer->zoomIn();
    QVERIFY(viewer->zoom() > 4.0);
    viewer->copy();
    QCOMPARE(QGuiApplication::clipboard()->image().size(), QSize(64, 48));
    viewer->close();
}

void TestMainWindow::tinyImageInChatIsNoSpeck()
{
    const QString url = QStringLiteral("data:image/png;base64,")
        + QString::fromLatin1(pngBytes(Qt::red).toBase64());
    QImage tiny(2, 2, QImage::Format_RGB32);
    tiny.fill(Qt::red);
    const QJsonObject part {
        {QStringLiteral("type"), QStringLiteral("image_url")},
        {QStringLiteral("image_url"), QJsonObject {{QStringLiteral("url"), url}}}};
    const QJsonObject request {
        {QStringLiteral("messages"),
         QJsonArray {QJsonObject {{QStringLiteral("role"), QStringLiteral("user")},
                                  {QStringLiteral("content"), QJsonArray {part}}}}}};
    QTextDocument document;
    ChatDocument::render(&document, request, QJsonValue(), {{url, tiny}}, {{url, 0}});
    QList<QTextImageFormat> images;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isImageFormat())
                images << it.fragment().charFormat().toImageFormat();
        }
    }
    QCOMPARE(images.size(), 1);
    QVERIFY2(images.first().width() >= 48 && images.first().height() >= 48,
             qPrintable(QString::number(images.first().width())));
    // Enlarged by a whole factor, nearest pixel: still two colours of two by two blocks.
    const QImage shown
        = document.resource(QTextDocument::ImageResource, QUrl(images.first().name()))
              .value<QImage>();
    QCOMPARE(shown.size(), QSize(qRound(images.first().width()), qRound(images.first().height())));
    QCOMPARE(shown.pixelColor(0, 0), QColor(Qt::red));
    QCOMPARE(shown.pixelColor(shown.width() - 1, shown.height() - 1), QColor(Qt::red));
}

void TestMainWindow::playgroundFailureIsStyledAndStill()
{
    // A port nothing listens on: "Connection refused".
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    PlaygroundWindow window(baseRecord(1));
    ReplayTarget target;
    target.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port));
    window.setTarget(target);
    window.resize(1100, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QSize before = window.size();
    const QRect statsBefore = window.statsLabel()->geometry();
    QSignalSpy done(&window, &PlaygroundWindow::runFinished);
    window.run();
    QVERIFY(done.wait(10000));
    QLabel *stats = window.statsLabel();
    QVERIFY2(stats->text().startsWith(QStringLiteral("The run failed: ")),
             qPrintable(stats->text()));
    QVERIFY(stats->styleSheet().contains(QStringLiteral("color")));
    QVERIFY(stats->wordWrap());
    QCOMPARE(stats->toolTip(), stats->text());
    // Nothing moves: the window keeps its size and the label its place.
    QCOMPARE(window.size(), before);
    QCOMPARE(stats->geometry(), statsBefore);
}

void TestMainWindow::copyLink()
{
    applyFilter(m_window, QStringLiteral("model:gpt-4o-vision"));
    m_window->selectRow(0);
    QTRY_VERIFY(m_window->detailPanel()->isLoaded());
    m_window->table()->setFocus();
    QTest::keyClick(m_window->table(), Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("gatescope://log/vision-1"));
}

void TestMainWindow::shortcutMapAndOpenLink()
{
    // `?` in the list opens the shortcut map: key caps next to what they do.
    QApplication::setActiveWindow(m_window);
    m_window->table()->setFocus();
    QTest::keyClick(m_window->table(), Qt::Key_Question);
    ShortcutsDialog *map = nullptr;
    QTRY_VERIFY(map = m_window->findChild<ShortcutsDialog *>());
    QHash<QString, QStringList> keys;
    for (int row = 0; row < map->table()->rowCount(); ++row) {
        if (QTableWidgetItem *action = map->table()->item(row, 1))
            keys.insert(action->text(),
                        map->table()->item(row, 0)->data(Qt::UserRole).toStringList());
    }
    QCOMPARE(keys.value(QStringLiteral("Next Log")), QStringList {QStringLiteral("J")});
    QCOMPARE(keys.value(QStringLiteral("Previous Log")), QStringList {QStringLiteral("K")});
    QCOMPARE(keys.value(QStringLiteral("Replay")), QStringList {QStringLiteral("Ctrl+R")});
    QCOMPARE(keys.value(QStringLiteral("Keyboard Shortcuts")), QStringList {QStringLiteral("?")});
    QCOMPARE(ShortcutsDialog::keyNames(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)),
             QStringList({QStringLiteral("Ctrl"), QStringLiteral("Shift"), QStringLiteral("O")}));
    map->close();

    // The status legend has every chip the list paints, Semantic miss included, and wraps
    // long meanings instead of cutting them.
    StatusLegendDialog legend;
    auto *legendTable = legend.findChild<QTableWidget *>(QStringLiteral("table"));
    QStringList meanings;
    for (int row = 0; row < legendTable->rowCount(); ++row)
        meanings << legendTable->item(row, 1)->text();
    QVERIFY2(meanings.contains(QStringLiteral("Cache Miss (semantic cache)")),
             qPrintable(meanings.join(u'|')));
    QVERIFY(legendTable->wordWrap());
    QCOMPARE(legendTable->verticalHeader()->sectionResizeMode(0), QHeaderView::ResizeToContents);

    // Open Link pre-fills the clipboard's link selected: pasting replaces it.
    OpenLinkDialog dialog(m_window->portkeyTemplates());
    dialog.setLink(QStringLiteral("gatescope://log/vision-1"));
    QCOMPARE(dialog.linkEdit()->selectedText(), QStringLiteral("gatescope://log/vision-1"));

    // A link to a log the filter hides: the filter is cleared, and the status bar says so.
    applyFilter(m_window, QStringLiteral("model:gpt-4o-dnt"));
    QSignalSpy opened(m_window, &MainWindow::linkOpened);
    m_window->openLink(QStringLiteral("gatescope://log/vision-1"));
    QVERIFY(opened.wait(10000));
    QVERIFY(m_window->filterBar()->appliedFilter().isEmpty());
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("model:gpt-4o-dnt")),
             qPrintable(m_window->statusBar()->currentMessage()));
    waitLoaded(m_window);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->detailPanel()->isLoaded()
                                 && m_window->detailPanel()->record().id
                                     == QLatin1String("vision-1"),
                             10000);
}

void TestMainWindow::escClosesEnterOpens()
{
    QApplication::setActiveWindow(m_window);
    QTableView *table = m_window->table();
    table->setFocus();
    QVERIFY(m_window->detailPanel()->isVisible());
    QTest::keyClick(table, Qt::Key_Escape);
    QVERIFY(!m_window->detailPanel()->isVisible());
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    QVERIFY(m_window->detailPanel()->isVisible());
    QTRY_VERIFY(m_window->detailPanel()->isLoaded());
}

void TestMainWindow::traceView()
{
    applyFilter(m_window, QString());
    m_window->table()->setFocus();
    QTest::keyClick(m_window->table(), Qt::Key_T, Qt::ControlModifier);
    TraceView *trace = m_window->traceView();
    QVERIFY(trace->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!trace->isLoading(), 10000);
    QCOMPARE(trace->topLevelItemCount(), 1);
    QTreeWidgetItem *root = trace->topLevelItem(0);
    QVERIFY(root->text(TraceView::NameColumn).contains(QStringLiteral("trace-abc")));
    // The child span hangs under its parent; the parent's attempts under it.
    QCOMPARE(root->childCount(), 1);
    QTreeWidgetItem *parentSpan = root->child(0);
    QCOMPARE(parentSpan->text(TraceView::NameColumn), QStringLiteral("plan"));
    QStringList children;
    for (int i = 0; i < parentSpan->childCount(); ++i)
        children << parentSpan->child(i)->text(TraceView::NameColumn);
    QVERIFY2(children.contains(QStringLiteral("act")), qPrintable(children.join(u',')));
    QVERIFY(children.contains(QStringLiteral("attempt 1: config.targets[0]")));
    trace->setCurrentItem(parentSpan);
    QTRY_COMPARE(m_window->detailPanel()->record().id, QStringLiteral("trace-parent"));
    QTest::keyClick(trace, Qt::Key_T, Qt::ControlModifier);
    QVERIFY(m_window->table()->isVisible());
}

void TestMainWindow::overviewLinksOpenWhatTheyName()
{
    DetailPanel *panel = m_window->detailPanel();
    applyFilter(m_window, QStringLiteral("id:trace-parent"));
    QCOMPARE(m_window->model()->rowCount(), 1);
    m_window->selectRow(0);
    QTRY_VERIFY_WITH_TIMEOUT(
        panel->isLoaded() && panel->record().id == QLatin1String("trace-parent"), 10000);
    QVERIFY(panel->overview()->toHtml().contains(QStringLiteral("href=\"trace:trace-abc\"")));
    QGuiApplication::clipboard()->setText(QStringLiteral("untouched"));

    // The trace id opens the trace view on that trace; nothing is copied.
    Q_EMIT panel->overview()->anchorClicked(QUrl(QStringLiteral("trace:trace-abc")));
    QVERIFY(m_window->traceView()->isVisible());
    QCOMPARE(m_window->filterBar()->appliedFilter(), QStringLiteral("trace:\"trace-abc\""));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->traceView()->isLoading(), 10000);
    QCOMPARE(m_window->traceView()->topLevelItemCount(), 1);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("untouched"));
    m_window->setTraceViewVisible(false);

    // The prompt link, with no Portkey connection to read the prompt: the prompt playground
    // with what the log knows of it (its rendered copy); nothing is copied.
    applyFilter(m_window, QStringLiteral("model:raw-order-model"));
    m_window->selectRow(0);
    QTRY_VERIFY_WITH_TIMEOUT(panel->isLoaded() && panel->record().id == QLatin1String("raw-order"),
                             10000);
    const auto playgrounds = [] {
        int n = 0;
        for (QWidget *w : QApplication::topLevelWidgets())
            n += qobject_cast<PromptPlaygroundWindow *>(w) && w->isVisible();
        return n;
    };
    const int before = playgrounds();
    Q_EMIT panel->overview()->anchorClicked(QUrl(QStringLiteral("prompt:pp-raw-1")));
    QTRY_COMPARE(playgrounds(), before + 1);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("untouched"));
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (qobject_cast<PromptPlaygroundWindow *>(w))
            w->close();
    }
    applyFilter(m_window, QString());
}

void TestMainWindow::emptyStoreShowsFirstRun()
{
    const QString path = m_dir.filePath(QStringLiteral("empty.sqlite"));
    std::unique_ptr<MainWindow> window(openWindow(path));
    QVERIFY(window);
    QTRY_VERIFY_WITH_TIMEOUT(window->isShowingEmptyState(), 10000);
    EmptyStateWidget *empty = window->emptyState();
    QVERIFY(empty->isVisible());
    QVERIFY(empty->openButton()->isEnabled());
    QVERIFY(empty->connectButton()->isEnabled()); // tst_livecapture clicks it
    // The paragraph is centred under the title, not at the far left.
    const QRect paragraph = empty->subtitle()->contentsRect();
    QVERIFY(paragraph.width() <= 520);
    QVERIFY(qAbs(empty->subtitle()->mapTo(empty, paragraph.center()).x() - empty->width() / 2)
            <= 2);
    QSignalSpy loaded(window.get(), &MainWindow::demoLoaded);
    window->loadDemoData(500);
    QVERIFY(loaded.wait(30000));
    QCOMPARE(loaded.first().first().toLongLong(), 500);
    QTRY_VERIFY_WITH_TIMEOUT(!window->isShowingEmptyState(), 10000);
    waitLoaded(window.get());
    QCOMPARE(window->model()->rowCount(), 500);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
