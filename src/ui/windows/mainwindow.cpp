// SPDX-License-Identifier: GPL-3.0-or-later
// Over ~800 lines because the window still builds its layout and all its menus, keyboard
// navigation (list and trace view), settings, store switching (openStore/takeOver) and the
// feedback, analytics and live-capture wiring; the jobs, links, live status, replay and screenshots
// are in classes of their own (storejob, linkopener, livestatuslabel, replayactions,
// windowscreenshot).
#include "mainwindow.h"

#include "aboutdialog.h"
#include "analyticswindow.h"
#include "capturegapbanner.h"
#include "columnfitter.h"
#include "connectgatewaydialog.h"
#include "connectioncredentials.h"
#include "connectionsdialog.h"
#include "connectionsync.h"
#include "deeplink.h"
#include "demodata.h"
#include "detailpanel.h"
#include "emptystatewidget.h"
#include "exportlogsdialog.h"
#include "feedbackcontroller.h"
#include "filterbar.h"
#include "imageviewer.h"
#include "importer.h"
#include "importreportdialog.h"
#include "linkopener.h"
#include "livestatuslabel.h"
#include "logtablemodel.h"
#include "openstoredialog.h"
#include "peeractions.h"
#include "replayactions.h"
#include "retentionactions.h"
#include "reviewwindow.h"
#include "savedviewspanel.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "singleinstance.h"
#include "statusdelegate.h"
#include "statuslegenddialog.h"
#include "store/logstore.h"
#include "storejob.h"
#include "storeworker.h"
#include "theme.h"
#include "thumbnailcache.h"
#include "thumbnaildelegate.h"
#include "traceview.h"
#include "windowscreenshot.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

#include <limits>

MainWindow::MainWindow(const QString &storeLocation, QWidget *parent)
    : QMainWindow(parent)
    , m_location(storeLocation)
    , m_worker(std::make_unique<StoreWorker>(storeLocation, QStringLiteral("gatescope-main")))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    setWindowTitle(tr("Gatescope"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/gatescope.svg")));
    setAcceptDrops(true);
    m_job = new StoreJob(m_worker.get(), this);
    connect(m_job, &StoreJob::activity, this, &MainWindow::setActivity);
    // Create and migrate a new store once, here, before the workers each open their own
    // connection: concurrent first opens of a new SQLite file can race on the schema and WAL
    // set-up.
    QString openError;
    const bool opened = LogStore::open(storeLocation, &openError) != nullptr;
    m_model = new LogTableModel(storeLocation, this);
    m_thumbnails = new ThumbnailCache(storeLocation, this);
    buildLayout();
    buildLinks();
    buildActions();
    buildLive();
    restoreSettings();

    connect(m_model, &LogTableModel::firstRowsReady, this, [this] {
        if (m_selectedRowId > 0) {
            const int row = m_model->rowOfRowId(m_selectedRowId);
            if (row >= 0)
                selectRow(row);
        }
        updateCountLabel();
    });
    connect(m_model, &LogTableModel::indexLoaded, this, &MainWindow::onIndexLoaded);
    connect(m_model, &LogTableModel::queryFailed, this, [this](const QString &message) {
        // A store that did not open says so once, in the activity label.
        m_countLabel->setText(m_storeOpened ? tr("Query failed: %1").arg(message.simplified())
                                            : tr("No store open"));
    });
    connect(m_model, &LogTableModel::modelReset, this, &MainWindow::updateCountLabel);
    connect(m_thumbnails, &ThumbnailCache::thumbnailsChanged, m_table->viewport(),
            qOverload<>(&QWidget::update));
    connect(m_filterBar, &FilterBar::filterApplied, this, [this](const QString &filter) {
        LogQuery query = m_model->query();
        query.filter = filter;
        m_model->setQuery(query);
    });
    connect(m_filterBar, &FilterBar::historyChanged, this, [](const QStringList &history) {
        QSettings().setValue(QStringLiteral("filter/history"), history);
    });

    // A PostgreSQL store as user@host:port/dbname: never a password, never the URL's options.
    const QString storeName = OpenStoreDialog::displayName(storeLocation);
    // A long path loses its middle, not its file name.
    m_storeLabel->setText(m_storeLabel->fontMetrics().elidedText(tr("Store: %1").arg(storeName),
                                                                 Qt::ElideMiddle, 400));
    m_storeLabel->setToolTip(isSharedStore() ? tr("PostgreSQL database %1").arg(storeName)
                                             : storeName);
    m_storeOpened = opened;
    m_liveLabel->setStoreOpened(opened);
    LogQuery query;
    m_model->setQuery(query);
    checkEmpty();
    loadKnownValues();
    if (!opened) {
        // libpq's messages run over several lines: one line here, all of it in the tooltip, and
        // the Open Store dialog to fix the URL or the password (or to pick another store).
        const QString problem = tr("The store could not be opened: %1").arg(openError);
        m_activityLabel->setText(problem.simplified());
        m_activityLabel->setToolTip(problem);
        QTimer::singleShot(0, this, [this, openError] { openStoreDialog(openError); });
    } else if (isSharedStore()) {
        watchSharedStore();
    }
}

bool MainWindow::isSharedStore() const
{
    return LogStore::isPostgresLocation(m_location);
}

MainWindow::~MainWindow()
{
    *m_cancel = true;
    // Stores what is in flight before the widgets it reports to go away.
    disconnect(m_live, nullptr, this, nullptr);
    disconnect(m_live, nullptr, m_liveLabel, nullptr);
    m_live->stop();
}

void MainWindow::buildLayout()
{
    m_filterBar = new FilterBar(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("logTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setItemDelegateForColumn(LogTableModel::Status, new StatusDelegate(m_table));
    m_table->setItemDelegateForColumn(LogTableModel::Images,
                                      new ThumbnailDelegate(m_thumbnails, m_table));
    // Uniform row heights: the view never asks the model to measure a row.
    QHeaderView *rows = m_table->verticalHeader();
    rows->setVisible(false);
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 12);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSortIndicator(LogTableModel::Time, Qt::DescendingOrder);
    header->setSortIndicatorShown(true);
    header->setSectionsClickable(true);
    // Widths from the font and the texts shown; Model takes the rest of the view (ColumnFitter).
    m_columnFitter = new ColumnFitter(m_table);
    // What the gateway did matters more than the numbers: Status comes right after Model, and
    // Cost before Tokens, so a 1024 px window still shows time, model, status and cost.
    header->moveSection(header->visualIndex(LogTableModel::Status), LogTableModel::Tokens);
    header->moveSection(header->visualIndex(LogTableModel::Cost),
                        header->visualIndex(LogTableModel::Tokens));
    m_table->setColumnHidden(LogTableModel::Trace, true);
    m_columnFitter->fit();
    connect(header, &QHeaderView::customContextMenuRequested, this, &MainWindow::showColumnMenu);
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [this, header](int column, Qt::SortOrder order) {
                if (!LogTableModel::sortColumnFor(column)) {
                    // Not an indexed column: keep the store's order and say why.
                    const QSignalBlocker blocker(header);
                    header->setSortIndicator(LogTableModel::columnFor(m_model->query().sort),
                                             m_model->query().descending ? Qt::DescendingOrder
                                                                         : Qt::AscendingOrder);
                    statusBar()->showMessage(tr("This column cannot be sorted."), 3000);
                    return;
                }
                m_model->sort(column, order);
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentRowChanged);
    connect(m_table, &QTableView::clicked, this, &MainWindow::onTableClicked);
    connect(m_table, &QTableView::doubleClicked, this, &MainWindow::openCurrent);

    m_traceView = new TraceView(m_location, this);
    connect(m_traceView, &TraceView::rowActivated, this, [this](qint64 rowId) {
        m_selectedRowId = rowId;
        if (m_detail->isVisible())
            m_detail->showRow(rowId);
    });
    m_listStack = new QStackedWidget(this);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_traceView);

    m_detail = new DetailPanel(m_location, this);
    m_detail->setMinimumWidth(320);
    connect(m_detail, &DetailPanel::closeRequested, this, &MainWindow::closePanel);
    connect(m_detail, &DetailPanel::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_detail, &DetailPanel::imageActivated, this,
            [this](qint64 rowId, int index) { openImage(rowId, index, {}); });
    connect(m_detail, &DetailPanel::traceRequested, this, [this](const QString &traceId) {
        setFilter(QStringLiteral("trace:\"%1\"").arg(traceId));
        setTraceViewVisible(true);
        statusBar()->showMessage(tr("Showing trace %1").arg(traceId), 5000);
    });

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_listStack);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 7);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);

    m_emptyState = new EmptyStateWidget(this);
    connect(m_emptyState, &EmptyStateWidget::openRequested, this, &MainWindow::openImport);
    connect(m_emptyState, &EmptyStateWidget::demoRequested, this, [this] { loadDemoData(20000); });
    m_centerStack = new QStackedWidget(this);
    m_centerStack->addWidget(m_splitter);
    m_centerStack->addWidget(m_emptyState);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_centerStack, 1);
    setCentralWidget(central);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_storeLabel = new QLabel(this);
    m_storeLabel->setObjectName(QStringLiteral("storeLabel"));
    m_activityLabel = new QLabel(this);
    m_activityLabel->setObjectName(QStringLiteral("activityLabel"));
    m_activityBar = new QProgressBar(this);
    m_activityBar->setMaximumWidth(140);
    m_activityBar->setMaximumHeight(14);
    m_activityBar->setTextVisible(false);
    m_activityBar->setVisible(false);
    // Each part with room around it, so that two never read as one; the activity and the store
    // are cut short of the others (in full in their tooltips) rather than pushed over them.
    m_activityLabel->setContentsMargins(16, 0, 0, 0);
    m_activityLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_activityLabel->setMinimumWidth(120);
    m_storeLabel->setContentsMargins(8, 0, 4, 0);
    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    statusBar()->addWidget(m_countLabel);
    statusBar()->addWidget(m_activityLabel, 1);
    statusBar()->addWidget(m_activityBar);
    statusBar()->addPermanentWidget(separator);
    statusBar()->addPermanentWidget(m_storeLabel);
}

QAction *MainWindow::action(const QString &objectName) const
{
    return m_actions.value(objectName);
}

void MainWindow::buildActions()
{
    auto make = [this](QMenu *menu, const QString &name, const QString &text,
                       const QKeySequence &key, auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        if (!key.isEmpty())
            action->setShortcut(key);
        connect(action, &QAction::triggered, this, slot);
        menu->addAction(action);
        m_actions.insert(name, action);
        return action;
    };
    // Navigation keys act on the list only, so they still type in the filter bar.
    auto local = [this](QAction *action) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_table->addAction(action);
        m_traceView->addAction(action);
        m_detail->addAction(action);
        return action;
    };

    QMenu *file = menuBar()->addMenu(tr("&File"));
    // Ctrl+Shift+O is Open Link's.
    make(file, QStringLiteral("openStore"), tr("Open &Store\u2026"),
         QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O), [this] { openStoreDialog(); });
    make(file, QStringLiteral("import"), tr("&Import Logs\u2026"), QKeySequence::Open,
         &MainWindow::openImport);
    make(file, QStringLiteral("exportLogs"), tr("&Export Logs\u2026"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [this] { openExportLogs(); });
    make(file, QStringLiteral("demo"), tr("Load &Demo Data"), {}, [this] { loadDemoData(20000); });
    file->addSeparator();
    make(file, QStringLiteral("connectGateway"), tr("Co&nnect to Gateway\u2026"),
         QKeySequence(Qt::CTRL | Qt::Key_G), &MainWindow::openConnectDialog);
    make(file, QStringLiteral("disconnectGateway"), tr("Disc&onnect"), {}, [this] {
        m_live->stop();
    })->setEnabled(false);
    make(file, QStringLiteral("connections"), tr("&Connections\u2026"), {}, [this] {
        ConnectionsDialog dialog(this);
        connect(&dialog, &ConnectionsDialog::syncRequested, this,
                [this, &dialog](const QString &name) {
                    dialog.accept();
                    syncConnection(name);
                });
        dialog.exec();
    });
    file->addSeparator();
    make(file, QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    make(edit, QStringLiteral("copyLink"), tr("Copy Log &Link"), QKeySequence(Qt::CTRL | Qt::Key_L),
         &MainWindow::copyLink);
    make(edit, QStringLiteral("openLink"), tr("&Open Link\u2026"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), [this] { m_links->openDialog(); });
    make(edit, QStringLiteral("focusFilter"), tr("&Filter\u2026"), QKeySequence::Find,
         [this] { m_filterBar->focusFilter(); });
    edit->addSeparator();
    QAction *settings = make(edit, QStringLiteral("settings"), tr("&Settings\u2026"),
                             QKeySequence::Preferences, &MainWindow::openSettings);
    settings->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *panel = make(view, QStringLiteral("togglePanel"), tr("&Detail Panel"),
                          QKeySequence(Qt::Key_F9), [this](bool on) {
                              m_detail->setVisible(on);
                              if (on)
                                  m_detail->showRow(m_selectedRowId);
                          });
    panel->setCheckable(true);
    panel->setChecked(true);
    QAction *trace
        = make(view, QStringLiteral("traceView"), tr("&Trace View"),
               QKeySequence(Qt::CTRL | Qt::Key_T), [this](bool on) { setTraceViewVisible(on); });
    trace->setCheckable(true);
    QAction *utc = make(view, QStringLiteral("utc"), tr("Times in &UTC"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U), [this](bool on) {
                            m_model->setUtc(on);
                            m_detail->setUtc(on);
                            QSettings().setValue(QStringLiteral("view/utc"), on);
                        });
    utc->setCheckable(true);
    QAction *follow = make(view, QStringLiteral("followLive"), tr("&Follow Live"),
                           QKeySequence(Qt::Key_F8), [this](bool on) {
                               if (on) {
                                   m_table->scrollToTop();
                                   m_liveLabel->clearUnseen();
                               }
                               m_liveLabel->refresh();
                           });
    follow->setCheckable(true);
    follow->setChecked(true);
    follow->setToolTip(tr("Keep the newest live logs in view; off, the list stays where you read"));
    QMenu *columns = view->addMenu(tr("&Columns"));
    connect(columns, &QMenu::aboutToShow, this, [this, columns] {
        columns->clear();
        addColumnActions(columns);
    });
    view->addSeparator();
    QAction *dark = make(view, QStringLiteral("darkTheme"), tr("Dar&k Theme"), {}, [this](bool on) {
        Theme::apply(on);
        QSettings().setValue(QStringLiteral("view/dark"), on);
        m_detail->setUtc(m_model->isUtc()); // re-lays out the overview in the new colours
    });
    dark->setCheckable(true);
    QAction *network = make(view, QStringLiteral("networkImages"), tr("Allow &Network Images"), {},
                            [this](bool on) {
                                m_thumbnails->setNetworkImagesAllowed(on);
                                QSettings().setValue(QStringLiteral("view/networkImages"), on);
                            });
    network->setCheckable(true);
    network->setToolTip(tr("Fetch images that logs reference by URL (up to 8 MB each)"));
    view->addSeparator();
    make(view, QStringLiteral("reload"), tr("&Reload"), QKeySequence::Refresh, [this] {
        m_model->reload();
        checkEmpty();
        if (isSharedStore() && m_storeOpened && !m_model->isWatchingOthers())
            m_model->watchOtherWriters(); // the watch failed before: try again
    });
    buildFeedbackActions(edit, view);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    local(make(go, QStringLiteral("next"), tr("&Next Log"), QKeySequence(Qt::Key_J),
               [this] { moveBy(1); }));
    local(make(go, QStringLiteral("previous"), tr("&Previous Log"), QKeySequence(Qt::Key_K),
               [this] { moveBy(-1); }));
    local(make(go, QStringLiteral("open"), tr("&Open Log"), QKeySequence(Qt::Key_Return),
               &MainWindow::openCurrent));
    local(make(go, QStringLiteral("closePanel"), tr("&Close Panel"), QKeySequence(Qt::Key_Escape),
               &MainWindow::closePanel));
    go->addSeparator();
    const auto page = [this] {
        return qMax(
            1, m_table->viewport()->height() / m_table->verticalHeader()->defaultSectionSize() - 1);
    };
    local(make(go, QStringLiteral("pageUp"), tr("Page &Up"), QKeySequence(Qt::Key_PageUp),
               [this, page] { moveBy(-page()); }));
    local(make(go, QStringLiteral("pageDown"), tr("Page &Down"), QKeySequence(Qt::Key_PageDown),
               [this, page] { moveBy(page()); }));
    local(make(go, QStringLiteral("first"), tr("&First Log"), QKeySequence(Qt::Key_Home),
               [this] { moveTo(0); }));
    local(make(go, QStringLiteral("last"), tr("&Last Log"), QKeySequence(Qt::Key_End),
               [this] { moveTo(m_model->rowCount() - 1); }));

    buildReplayActions();
    new SavedViewsPanel(this); // the Saved Views sidebar and its View menu entries (savedviews/)

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    // `?` in the list, the trace view or the panel; the filter bar still types it.
    local(make(help, QStringLiteral("shortcuts"), tr("&Keyboard Shortcuts"),
               QKeySequence(Qt::Key_Question), &MainWindow::showShortcuts));
    help->addSeparator();
    make(help, QStringLiteral("legend"), tr("Status Column &Legend"), {}, [this] {
        auto *dialog = new StatusLegendDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    make(help, QStringLiteral("filterHelp"), tr("&Filter Language"), {}, [this] {
        QMessageBox::information(
            this, tr("Filter Language"),
            tr("Terms are ANDed; OR between two terms; - negates.\n\n"
               "model:gpt-4o  provider:openai  status:>=400  status:5xx  type:chat\n"
               "cache:hit  retry:failed  fallback:active  lb:active  trace:ID\n"
               "user:alice  meta.env:prod  tokens:>1000  cost:0.5..2  latency:>2000\n"
               "tracked:false  after:2026-01-01  \"exact phrase\"  word  -model:gpt-3.5\n\n"
               "field:value matches the whole value; value* matches a prefix."));
    });
    make(help, QStringLiteral("about"), tr("&About Gatescope"), {}, [this] {
        auto *dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
}

void MainWindow::showShortcuts()
{
    QList<QMenu *> menus;
    for (QAction *action : menuBar()->actions()) {
        if (action->menu())
            menus.append(action->menu());
    }
    auto *dialog = new ShortcutsDialog(menus, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        const QSize screen = this->screen()->availableGeometry().size();
        resize(qMin(1280, screen.width()), qMin(800, screen.height()));
    }
    // Without a saved split the first show sets it from the window's width (showEvent).
    m_defaultSplit = !m_splitter->restoreState(
        settings.value(QStringLiteral("window/splitter")).toByteArray());
    // "list/columns": order, hidden columns and widths as the user left them; the widths are
    // taken over only when the user sized a column. The layout saved before ColumnFitter
    // ("list/header") is not read, so everyone starts from the fitted default once.
    const bool restored = m_table->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("list/columns")).toByteArray());
    m_columnFitter->setCustomized(restored
                                  && settings.value(QStringLiteral("list/columnsSized")).toBool());
    // The store sorts; whatever the saved header says, the list starts newest first.
    m_table->horizontalHeader()->setSortIndicator(LogTableModel::Time, Qt::DescendingOrder);
    m_filterBar->setHistory(settings.value(QStringLiteral("filter/history")).toStringList());
    if (settings.value(QStringLiteral("view/utc")).toBool())
        m_actions.value(QStringLiteral("utc"))->trigger();
    if (settings.value(QStringLiteral("view/dark")).toBool())
        m_actions.value(QStringLiteral("darkTheme"))->trigger();
    if (settings.value(QStringLiteral("view/networkImages")).toBool())
        m_actions.value(QStringLiteral("networkImages"))->trigger();
    if (!settings.value(QStringLiteral("view/detailPanel"), true).toBool())
        m_actions.value(QStringLiteral("togglePanel"))->trigger();
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("list/columns"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("list/columnsSized"), m_columnFitter->isCustomized());
    settings.setValue(QStringLiteral("view/detailPanel"), !m_detail->isHidden());
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_defaultSplit) {
        // The detail panel takes 27 % of the window (at least its minimum): 345 px at 1280,
        // which leaves the list room for every default column (ColumnFitter).
        m_defaultSplit = false;
        const int detail = qMax(m_detail->minimumWidth(), width() * 27 / 100);
        m_splitter->setSizes({width() - detail, detail});
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    *m_cancel = true;
    QMainWindow::closeEvent(event);
}

bool MainWindow::isShowingEmptyState() const
{
    return m_centerStack->currentWidget() == m_emptyState;
}

void MainWindow::checkEmpty()
{
    QPointer<MainWindow> self(this);
    m_worker->post([self](LogStore *store) {
        QString error;
        const auto count = store ? store->count(QString(), &error) : std::nullopt;
        const QString openError = store ? QString() : error;
        QMetaObject::invokeMethod(self, [self, count, error] {
            if (!self)
                return;
            if (!count) {
                self->m_countLabel->setText(tr("The store could not be read: %1").arg(error));
                return;
            }
            const bool empty = *count == 0 && self->m_filterBar->appliedFilter().isEmpty()
                && !self->m_live->isActive();
            self->m_centerStack->setCurrentWidget(empty ? static_cast<QWidget *>(self->m_emptyState)
                                                        : self->m_splitter);
        });
    });
}

void MainWindow::loadKnownValues()
{
    QPointer<MainWindow> self(this);
    m_worker->post([self](LogStore *store) {
        if (!store)
            return;
        const QList<QPair<QString, GroupBy>> fields = {
            {QStringLiteral("model"), GroupBy::Model},
            {QStringLiteral("provider"), GroupBy::Provider},
            {QStringLiteral("user"), GroupBy::User},
            {QStringLiteral("config"), GroupBy::Config},
            {QStringLiteral("prompt"), GroupBy::Prompt},
        };
        QHash<QString, QStringList> known;
        for (const auto &[name, group] : fields)
            known.insert(name, store->knownValues(group, 200));
        QMetaObject::invokeMethod(self, [self, known] {
            if (!self)
                return;
            for (auto it = known.cbegin(); it != known.cend(); ++it)
                self->m_filterBar->setKnownValues(it.key(), it.value());
        });
    });
}

void MainWindow::updateCountLabel()
{
    if (!m_model->lastError().isEmpty())
        return;
    if (m_model->isLoading() && !m_model->isIndexComplete()) {
        m_countLabel->setText(tr("Counting logs\u2026"));
        return;
    }
    const int count = m_model->rowCount();
    const QString filter = m_model->query().filter;
    m_countLabel->setText(filter.isEmpty() ? tr("%Ln logs", nullptr, count)
                                           : tr("%Ln logs match the filter", nullptr, count));
}

void MainWindow::onIndexLoaded(int)
{
    updateCountLabel();
    // The trace view shows the traces of the list's result: follow it.
    if (m_listStack->currentWidget() == m_traceView)
        m_traceView->load(m_model->rowIds(2000));
    if (m_selectedRowId > 0) {
        // The log shown stays when it still matches; else the first match, or an empty panel
        // that says why, never a log the filter excludes with no row selected.
        const int row = m_model->rowOfRowId(m_selectedRowId);
        if (row >= 0) {
            selectRow(row);
        } else if (m_model->rowCount() > 0) {
            selectRow(0);
        } else {
            m_selectedRowId = 0;
            m_detail->showEmpty(tr("No log matches the filter"),
                                m_model->query().filter.isEmpty()
                                    ? tr("The store has no logs.")
                                    : tr("Nothing in the store matches %1. Change or clear the "
                                         "filter to see logs again.")
                                          .arg(m_model->query().filter));
        }
    }
}

QString MainWindow::statusText() const
{
    return QStringList {m_countLabel->text(), m_liveLabel->text(), m_activityLabel->text(),
                        m_storeLabel->text()}
        .join(QStringLiteral(" | "));
}

void MainWindow::setFilter(const QString &filter)
{
    m_filterBar->setFilter(filter);
}

void MainWindow::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, LogTableModel::Time);
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void MainWindow::onCurrentRowChanged()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    m_selectedRowId = m_model->rowIdAt(current.row());
    if (m_detail->isVisible())
        m_detail->showRow(m_selectedRowId);
}

void MainWindow::moveTo(int row)
{
    if (m_listStack->currentWidget() == m_traceView) {
        QTreeWidgetItem *item = row <= 0
            ? m_traceView->topLevelItem(0)
            : m_traceView->topLevelItem(m_traceView->topLevelItemCount() - 1);
        if (item)
            m_traceView->setCurrentItem(item);
        return;
    }
    selectRow(qBound(0, row, m_model->rowCount() - 1));
}

void MainWindow::moveBy(int rows)
{
    if (m_listStack->currentWidget() == m_traceView) {
        QTreeWidgetItem *item = m_traceView->currentItem();
        for (int i = 0; i < qAbs(rows) && item; ++i) {
            QTreeWidgetItem *next
                = rows > 0 ? m_traceView->itemBelow(item) : m_traceView->itemAbove(item);
            if (!next)
                break;
            item = next;
        }
        if (!item)
            item = m_traceView->topLevelItem(0);
        if (item)
            m_traceView->setCurrentItem(item);
        return;
    }
    const int current = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
    moveTo(current < 0 ? 0 : current + rows);
}

void MainWindow::buildReplayActions()
{
    QMenu *log = nullptr;
    for (QAction *action : menuBar()->actions()) {
        if (action->menu() && action->text() == tr("&Log"))
            log = action->menu();
    }
    if (!log)
        log = menuBar()->addMenu(tr("&Log"));
    auto *replay = new ReplayActions(
        log, m_worker.get(), m_detail, [this] { return m_selectedRowId; }, this);
    m_actions.insert(replay->replayAction()->objectName(), replay->replayAction());
    connect(replay, &ReplayActions::openRequested, this, &MainWindow::openCurrent);
    connect(replay, &ReplayActions::message, statusBar(), &QStatusBar::showMessage);
    connect(replay, &ReplayActions::logSaved, m_model, &LogTableModel::reload);
    // QKeySequence::Refresh is F5 and Ctrl+R on X11: Ctrl+R belongs to Replay (DESIGN.md 7),
    // so Reload keeps F5 and the shortcut is not ambiguous.
    if (QAction *reload = m_actions.value(QStringLiteral("reload"))) {
        QList<QKeySequence> keys = reload->shortcuts();
        keys.removeAll(QKeySequence(Qt::CTRL | Qt::Key_R));
        reload->setShortcuts(keys);
    }
    // Log > Mark (M) / Compare (C) and File > Save as Dataset (peeractions.cpp).
    auto *peers = new PeerActions(
        this, m_worker.get(), m_table, [this] { return m_selectedRowId; },
        [this] { return m_model->query().filter; });
    for (QAction *action : peers->actions())
        m_actions.insert(action->objectName(), action);
    // Log > Forget Content of Matching Logs…, File > Retention Policy…, and the policy applied
    // at start and once a day (retentionactions.cpp).
    auto *retention
        = new RetentionActions(this, m_worker.get(), [this] { return m_model->query().filter; });
    for (QAction *action : retention->actions())
        m_actions.insert(action->objectName(), action);
    connect(retention, &RetentionActions::logsChanged, this, [this](bool removed) {
        m_model->reload();
        m_detail->showRow(0); // showRow() of the row already shown keeps the old record
        if (!removed && m_detail->isVisible())
            m_detail->showRow(m_selectedRowId);
    });
}

void MainWindow::openCurrent()
{
    if (m_selectedRowId <= 0)
        return;
    if (m_detail->isHidden())
        m_actions.value(QStringLiteral("togglePanel"))->trigger();
    m_detail->showRow(m_selectedRowId);
    m_detail->tabs()->setFocus();
}

void MainWindow::closePanel()
{
    if (!m_detail->isHidden())
        m_actions.value(QStringLiteral("togglePanel"))->trigger();
    if (m_listStack->currentWidget() == m_traceView)
        m_traceView->setFocus();
    else
        m_table->setFocus();
}

void MainWindow::copyLink()
{
    QString id;
    if (m_detail->isLoaded() && m_detail->rowId() == m_selectedRowId)
        id = m_detail->record().id;
    else if (const int row = m_model->rowOfRowId(m_selectedRowId); row >= 0)
        if (const LogRecord *record = m_model->recordAt(row))
            id = record->id;
    if (id.isEmpty()) {
        statusBar()->showMessage(tr("Select a log first."), 3000);
        return;
    }
    m_links->copyLink(id);
}

QStringList MainWindow::portkeyTemplates() const
{
    return SettingsDialog::portkeyTemplates();
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(this);
    dialog.setObjectName(QStringLiteral("settingsDialog"));
    dialog.exec();
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
}

void MainWindow::showStatus(const QString &text, int timeoutMs)
{
    // One line, cut with "…" short of the store label (never running into it); in full in the
    // tooltip.
    const QString line = QString(text).replace(u'\n', u' ').simplified();
    const int room = statusBar()->width() - m_storeLabel->width() - 48;
    const QString shown
        = statusBar()->fontMetrics().elidedText(line, Qt::ElideRight, qMax(120, room));
    statusBar()->setToolTip(shown == line ? QString() : line);
    statusBar()->showMessage(shown, timeoutMs);
}

void MainWindow::syncConnection(const QString &name)
{
    if (m_job->isBusy())
        return;
    const ConnectionCredentials credentials = ConnectionCredentials::read(name);
    if (!credentials.ok()) {
        m_links->reportProblem(credentials.problem == ConnectionCredentials::Problem::NoKey
                                   ? credentials.error
                                   : tr("No connection named %1.").arg(name));
        return;
    }
    const StoreJob::Start start {tr("Sync Logs"), tr("Syncing %1\u2026").arg(name), 0,
                                 tr("Syncing %1\u2026").arg(name)};
    auto work = [credentials](LogStore *store, const StoreJob::Progress &progress) {
        ExportSyncResult result;
        if (!store) {
            result.error = tr("The store is not open.");
            return result;
        }
        ConnectionSync sync(credentials, *store);
        sync.setCancelFlag(progress.cancelFlag());
        sync.setProgressHandler([progress](const ExportSyncProgress &p) {
            progress.report(tr("Export job %1 of %2, %3: %4")
                                .arg(p.job)
                                .arg(p.jobs)
                                .arg(tr("%Ln new logs", nullptr, int(p.imported)))
                                .arg(p.detail),
                            p.jobs > 0 ? 100 * qMax(0, p.job - 1) / p.jobs : 0);
        });
        return sync.run();
    };
    m_job->run<ExportSyncResult>(start, work, [this, name](const ExportSyncResult &result) {
        setActivity({});
        m_model->reload();
        const QString text = result.ok
            ? tr("Synced %1: %2, %3.")
                  .arg(name, tr("%Ln new logs", nullptr, int(result.imported)),
                       tr("%Ln already stored", nullptr, int(result.duplicates)))
            : result.cancelled ? tr("Sync of %1 cancelled; Sync Now resumes it.").arg(name)
                               : tr("Sync of %1 stopped: %2").arg(name, result.error);
        showStatus(text, 15000);
        if (!result.ok && !result.cancelled) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Sync Logs"), text,
                                        QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        Q_EMIT syncFinished(text);
    });
}

void MainWindow::openLink(const QString &link)
{
    bringToFront();
    m_links->open(link);
}

void MainWindow::buildLinks()
{
    m_links = new LinkOpener(
        this, m_worker.get(), m_location, [this](const QString &location, const QString &link) {
            MainWindow *next = openStore(location);
            if (next)
                QMetaObject::invokeMethod(
                    next, [next, link] { next->openLink(link); }, Qt::QueuedConnection);
            return next != nullptr;
        });
    connect(m_links, &LinkOpener::logFound, this, &MainWindow::showLinkedLog);
    connect(m_links, &LinkOpener::traceFound, this, [this](const QString &traceId) {
        setFilter(QStringLiteral("trace:\"%1\"").arg(traceId));
        setTraceViewVisible(true);
    });
    connect(m_links, &LinkOpener::viewFound, this,
            [this](const DeepLink &link) { findChild<SavedViewsPanel *>()->openLink(link); });
    connect(m_links, &LinkOpener::opened, this, &MainWindow::linkOpened);
    connect(m_links, &LinkOpener::failed, this, &MainWindow::linkFailed);
    connect(m_links, &LinkOpener::fetched, this, &MainWindow::openLink);
    connect(m_links, &LinkOpener::status, this, &MainWindow::showStatus);
    connect(m_links, &LinkOpener::activity, this,
            [this](const QString &text) { setActivity(text); });
}

void MainWindow::showLinkedLog(qint64 rowId, const QString &logId)
{
    setTraceViewVisible(false);
    m_selectedRowId = rowId;
    const int row = m_model->rowOfRowId(rowId);
    if (row >= 0)
        selectRow(row);
    else if (!m_filterBar->appliedFilter().isEmpty()) {
        // The filter hides the log: clear it (the log is selected again when the first rows
        // arrive) and say so rather than drop the user's filter silently.
        const QString filter = m_filterBar->appliedFilter();
        setFilter(QString());
        statusBar()->showMessage(
            tr("The filter %1 was cleared to show log %2; it is in the filter history.")
                .arg(filter, logId),
            10000);
    }
    openCurrent();
}

void MainWindow::setTraceViewVisible(bool visible)
{
    QAction *toggle = m_actions.value(QStringLiteral("traceView"));
    if (toggle->isChecked() != visible) {
        const QSignalBlocker blocker(toggle);
        toggle->setChecked(visible);
    }
    m_listStack->setCurrentWidget(visible ? static_cast<QWidget *>(m_traceView) : m_table);
    if (visible) {
        if (m_model->isIndexComplete()) // otherwise onIndexLoaded loads it
            m_traceView->load(m_model->rowIds(2000));
        m_traceView->setFocus();
    } else {
        m_table->setFocus();
    }
}

void MainWindow::onTableClicked(const QModelIndex &index)
{
    if (index.column() != LogTableModel::Images)
        return;
    const QList<QVariant> images = index.data(LogTableModel::ImagesRole).toList();
    const QRect cell = m_table->visualRect(index);
    const QPoint pos = m_table->viewport()->mapFromGlobal(QCursor::pos());
    int i = ThumbnailDelegate::imageAt(cell, int(images.size()), pos);
    if (i < 0 && images.size() == 1)
        i = 0;
    if (i < 0)
        return;
    const QVariantMap image = images.at(i).toMap();
    openImage(m_model->rowIdAt(index.row()), i, image.value(QStringLiteral("url")).toString());
}

void MainWindow::openImage(qint64 rowId, int index, const QString &url)
{
    auto *viewer = new ImageViewer(this);
    viewer->setObjectName(QStringLiteral("imageViewer"));
    viewer->show();
    Q_EMIT imageViewerOpened(viewer);
    m_thumbnails->loadFull(rowId, index, url, viewer,
                           [viewer](const ThumbnailCache::FullImage &full) {
                               if (!full.error.isEmpty())
                                   viewer->setError(full.error);
                               else
                                   viewer->setImage(full.image, full.bytes, full.mime, tr("Image"));
                           });
}

void MainWindow::addColumnActions(QMenu *menu)
{
    for (int c = 0; c < LogTableModel::ColumnCount; ++c) {
        QAction *a = menu->addAction(m_model->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!m_table->isColumnHidden(c));
        a->setEnabled(c != LogTableModel::Time);
        connect(a, &QAction::toggled, this,
                [this, c](bool on) { m_table->setColumnHidden(c, !on); });
    }
}

void MainWindow::showColumnMenu(const QPoint &pos)
{
    QMenu menu(this);
    addColumnActions(&menu);
    menu.exec(m_table->horizontalHeader()->mapToGlobal(pos));
}

void MainWindow::setActivity(const QString &text, int percent)
{
    m_activityLabel->setText(text);
    m_activityLabel->setToolTip(text);
    m_activityBar->setVisible(percent >= 0);
    if (percent >= 0)
        m_activityBar->setValue(percent);
}

void MainWindow::loadDemoData(int count)
{
    const StoreJob::Start start {tr("Load Demo Data"),
                                 tr("Generating %1 demo logs\u2026").arg(QLocale().toString(count)),
                                 100, tr("Loading demo data\u2026")};
    // Closing the window stops the demo too (the other jobs finish what they started).
    auto work
        = [count, windowCancel = m_cancel](LogStore *store, const StoreJob::Progress &progress) {
              if (!store) {
                  DemoData::FillResult failed;
                  failed.error = tr("The store could not be opened.");
                  return failed;
              }
              return DemoData(1, count).fill(*store, count, 2000, [&](qint64 done) {
                  progress.report({}, int(100 * done / count));
                  return !progress.isCancelled() && !*windowCancel;
              });
          };
    m_job->run<DemoData::FillResult>(start, work, [this](const DemoData::FillResult &filled) {
        setActivity(filled.error.isEmpty()
                        ? tr("%Ln demo logs added", nullptr, int(filled.inserted))
                        : tr("Demo data failed: %1").arg(filled.error));
        m_model->reload();
        checkEmpty();
        loadKnownValues();
        Q_EMIT demoLoaded(filled.inserted);
    });
}

void MainWindow::loadDemoDataIfEmpty(int count)
{
    QPointer<MainWindow> self(this);
    m_worker->post([self, count](LogStore *store) {
        QString error;
        const auto existing = store ? store->count(QString(), &error) : std::nullopt;
        QMetaObject::invokeMethod(self, [self, existing, count] {
            if (!self)
                return;
            if (existing && *existing == 0)
                self->loadDemoData(count);
            else
                Q_EMIT self->demoLoaded(0);
        });
    });
}

ExportLogsDialog *MainWindow::openExportLogs()
{
    // The list's filter as applied (not what is being typed), as gatescope-cli export --filter.
    auto *dialog = new ExportLogsDialog(m_location, m_model->query().filter,
                                        m_model->isIndexComplete() ? m_model->rowCount() : 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportLogsDialog::finished, this,
            [this](qint64 written, const QString &path, const QString &error, bool cancelled) {
                showStatus(written >= 0
                               ? tr("Exported %Ln logs to %1", nullptr, int(written)).arg(path)
                               : cancelled ? tr("Export cancelled")
                                           : tr("Export failed: %1").arg(error),
                           10000);
            });
    dialog->open();
    return dialog;
}

void MainWindow::openImport()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Logs"), QDir::homePath(),
        tr("Log exports (*.jsonl *.json *.csv *.ndjson);;All files (*)"));
    if (!files.isEmpty())
        importFiles(files);
}

void MainWindow::importFiles(const QStringList &files)
{
    if (files.isEmpty())
        return;
    const StoreJob::Start start {tr("Import Logs"), tr("Importing\u2026"), 1000,
                                 tr("Importing\u2026")};
    auto work = [files](LogStore *store, const StoreJob::Progress &progress) {
        ImportSummary summary;
        if (!store) {
            summary.storeFailed = true;
            return summary;
        }
        Importer importer(*store);
        importer.setCancelFlag(progress.cancelFlag());
        importer.setProgressHandler([progress](const ImportProgress &p) {
            progress.report(tr("Importing %1 (%2 of %3): %Ln logs", nullptr,
                               int(qMin<qint64>(p.records, std::numeric_limits<int>::max())))
                                .arg(QFileInfo(p.file).fileName())
                                .arg(p.fileIndex + 1)
                                .arg(p.fileCount),
                            p.bytesTotal > 0 ? int(1000 * p.bytesDone / p.bytesTotal) : 0);
        });
        return importer.importFiles(files);
    };
    m_job->run<ImportSummary>(start, work, [this](const ImportSummary &summary) {
        setActivity(ImportReportDialog::headline(summary));
        if (!summary.errors.isEmpty() || summary.cancelled || summary.storeFailed) {
            auto *report = new ImportReportDialog(summary, this);
            report->setObjectName(QStringLiteral("importReport"));
            report->setAttribute(Qt::WA_DeleteOnClose);
            report->show();
        }
        m_model->reload();
        checkEmpty();
        loadKnownValues();
        Q_EMIT importFinished();
    });
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            files << url.toLocalFile();
    }
    if (!files.isEmpty()) {
        event->acceptProposedAction();
        importFiles(files);
    }
}

void MainWindow::takeScreenshotAndQuit(const QString &file)
{
    WindowScreenshot::saveWhenReady(
        this,
        [this] {
            const bool listReady = !m_model->isLoading() || isShowingEmptyState();
            const bool panelReady
                = m_detail->isHidden() || m_selectedRowId == 0 || m_detail->isLoaded();
            const bool traceReady
                = m_listStack->currentWidget() != m_traceView || !m_traceView->isLoading();
            return listReady && panelReady && traceReady && !m_job->isBusy();
        },
        file);
}

void MainWindow::buildLive()
{
    m_live = new LiveSession(m_location, this);
    m_gapBanner = new CaptureGapBanner(this);
    if (auto *layout = qobject_cast<QVBoxLayout *>(centralWidget()->layout()))
        layout->insertWidget(1, m_gapBanner); // between the filter bar and the list
    m_liveLabel = new LiveStatusLabel(m_live, m_actions.value(QStringLiteral("followLive")),
                                      isSharedStore(), this);
    statusBar()->insertWidget(1, m_liveLabel);
    connect(m_emptyState, &EmptyStateWidget::connectRequested, this,
            &MainWindow::openConnectDialog);

    connect(m_live, &LiveSession::stateChanged, this, [this] {
        m_actions.value(QStringLiteral("disconnectGateway"))->setEnabled(m_live->isActive());
    });
    connect(m_live, &LiveSession::rowsStored, this, [this](qint64, const QDateTime &oldest) {
        m_model->refreshForNewRows(oldest);
        if (isShowingEmptyState())
            checkEmpty();
    });
    connect(m_live, &LiveSession::gapDetected, m_gapBanner, &CaptureGapBanner::addGap);
    connect(m_live, &LiveSession::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });

    // Live rows go in above what the user reads. Following, the view shows the newest; paused,
    // the log at the top of the view stays there (the scroll bar moves by the rows inserted).
    connect(m_model, &LogTableModel::liveRowsAboutToBeInserted, this, [this] {
        m_liveAnchorRow = m_table->rowAt(0);
        m_liveAnchorId = m_liveAnchorRow >= 0 ? m_model->rowIdAt(m_liveAnchorRow) : 0;
    });
    connect(m_model, &LogTableModel::liveRowsWereInserted, this, [this](int count) {
        m_table->doItemsLayout(); // the scroll bar's range must include the new rows now
        QScrollBar *bar = m_table->verticalScrollBar();
        if (isFollowingLive()) {
            m_table->scrollToTop();
        } else if (m_liveAnchorId > 0) {
            const int shift = m_model->rowOfRowId(m_liveAnchorId) - m_liveAnchorRow;
            const int step = m_table->verticalScrollMode() == QAbstractItemView::ScrollPerPixel
                ? m_table->verticalHeader()->defaultSectionSize()
                : 1;
            if (shift > 0)
                bar->setValue(bar->value() + shift * step);
            m_liveLabel->addUnseen(count);
        }
        updateCountLabel();
        m_liveLabel->refresh();
        if (isShowingEmptyState())
            checkEmpty(); // the first logs of an empty shared store, stored by someone else
    });
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value == 0 && m_liveLabel->unseen() > 0)
            m_liveLabel->clearUnseen();
    });
    if (const auto options = ConnectGatewayDialog::connectOnStart())
        QTimer::singleShot(0, this, [this, options = *options] { connectGateway(options); });
}

bool MainWindow::isFollowingLive() const
{
    return m_actions.value(QStringLiteral("followLive"))->isChecked();
}

void MainWindow::openConnectDialog()
{
    ConnectGatewayDialog dialog(this);
    dialog.setObjectName(QStringLiteral("connectGatewayDialog"));
    if (m_live->isActive()) {
        LiveSession::Options options = m_live->options();
        options.adminToken = m_liveToken;
        dialog.setOptions(options);
    } else {
        dialog.setAdminToken(m_liveToken);
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto options = dialog.options())
        connectGateway(*options);
}

bool MainWindow::connectGateway(const LiveSession::Options &options)
{
    m_gapBanner->clear();
    m_liveLabel->clearUnseen();
    QString error;
    if (!m_live->start(options, &error)) {
        m_liveLabel->refresh();
        QMessageBox::warning(this, tr("Connect to Gateway"),
                             tr("The live capture could not start: %1").arg(error));
        return false;
    }
    m_liveToken = options.adminToken;
    // An empty store shows the (empty) list while waiting for the first request.
    m_centerStack->setCurrentWidget(m_splitter);
    m_liveLabel->refresh();
    return true;
}

// --- stores ----------------------------------------------------------------------------------

void MainWindow::watchSharedStore()
{
    m_liveLabel->watch(m_model);
    // Feedback someone else gave on the log shown (or on its trace): show it.
    connect(m_model, &LogTableModel::feedbackRefreshed, this, [this](const QVector<qint64> &rows) {
        if (m_selectedRowId > 0 && rows.contains(m_selectedRowId) && m_detail->isVisible()) {
            m_detail->showRow(0); // showRow() of the row already shown keeps the old record
            m_detail->showRow(m_selectedRowId);
        }
    });
    m_model->watchOtherWriters();
    m_liveLabel->refresh();
}

void MainWindow::openStoreDialog(const QString &problem)
{
    // Window-modal, not blocking: a link from another launch can still arrive meanwhile.
    auto *dialog = new OpenStoreDialog(m_location, this);
    dialog->setObjectName(QStringLiteral("openStoreDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!problem.isEmpty())
        dialog->showProblem(problem);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString location = dialog->location();
        // After the dialog has closed: openStore() closes this window, the dialog's parent.
        QMetaObject::invokeMethod(
            this, [this, location] { openStore(location); }, Qt::QueuedConnection);
    });
    dialog->open();
}

MainWindow *MainWindow::openStore(const QString &location)
{
    const QString name = OpenStoreDialog::displayName(location);
    auto refuse = [this](const QString &message) -> MainWindow * {
        showStatus(message, 10000);
        return nullptr;
    };
    if (location == m_location && m_storeOpened)
        return refuse(tr("%1 is the store open now.").arg(name));
    if (m_job->isBusy())
        return refuse(tr("An import or sync is writing to this store: let it finish (or cancel "
                         "it), then open %1.")
                          .arg(name));
    // One window per store: a Gatescope already showing it comes to the front instead.
    if (SingleInstance(location).sendToRunning({}, 1000))
        return refuse(
            tr("Another Gatescope window shows %1; it was brought to the front.").arg(name));
    if (m_live->isActive()) {
        const auto answer = QMessageBox::question(
            this, tr("Open Store"),
            tr("Live capture is writing into this store. Open %1 and stop capturing? What was "
               "captured so far stays in this store.")
                .arg(name),
            QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Open)
            return nullptr;
        m_live->stop(); // stores what is in flight
    }
    OpenStoreDialog::addRecentStore(m_location);
    OpenStoreDialog::addRecentStore(location);
    OpenStoreDialog::setLastStore(location);
    saveSettings(); // the new window starts with this one's size, splitter and columns

    auto *next = new MainWindow(location);
    next->setAttribute(Qt::WA_DeleteOnClose);
    next->takeOver(*this);
    if (isMaximized())
        next->showMaximized();
    else
        next->show();
    next->statusBar()->showMessage(tr("Opened %1").arg(name), 5000);
    Q_EMIT storeReplaced(next);
    // Its workers finish what was posted (feedback, writes) before they close their connections.
    close();
    return next;
}

void MainWindow::takeOver(MainWindow &previous)
{
    const LogQuery query = previous.m_model->query();
    m_filterBar->setHistory(previous.m_filterBar->history());
    if (!query.filter.isEmpty() || query.sort != SortColumn::Time || !query.descending) {
        {
            // One query with the filter and the sort, not one for each.
            const QSignalBlocker blocker(m_filterBar);
            m_filterBar->setFilter(query.filter);
        }
        QHeaderView *header = m_table->horizontalHeader();
        const QSignalBlocker blocker(header);
        header->setSortIndicator(LogTableModel::columnFor(query.sort),
                                 query.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        m_model->setQuery(query);
    }
    // A filter being typed, not applied yet, is still there to apply.
    const QString typed = previous.m_filterBar->lineEdit()->text();
    if (typed != m_filterBar->lineEdit()->text())
        m_filterBar->lineEdit()->setText(typed);
    setTraceViewVisible(previous.m_listStack->currentWidget() == previous.m_traceView);
    m_actions.value(QStringLiteral("followLive"))->setChecked(previous.isFollowingLive());
    m_liveToken = previous.m_liveToken;
    m_liveLabel->refresh();
}

// --- feedback and analytics ------------------------------------------------------------------

void MainWindow::buildFeedbackActions(QMenu *edit, QMenu *view)
{
    m_feedback = new FeedbackController(m_location, this);
    m_detail->setFeedbackController(m_feedback);
    // The connection chosen in File > Connections receives feedback from then on (this runs
    // after the dialog, which is modal, has closed).
    if (QAction *connections = m_actions.value(QStringLiteral("connections")))
        connect(connections, &QAction::triggered, m_feedback,
                &FeedbackController::reloadConnection);
    QAction *undo = m_feedback->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_feedback->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcut(QKeySequence::Redo);
    QAction *first = edit->actions().value(0);
    edit->insertActions(first, {undo, redo});
    edit->insertSeparator(first);
    m_actions.insert(undo->objectName(), undo);
    m_actions.insert(redo->objectName(), redo);

    auto *analytics = new QAction(tr("&Analytics\u2026"), this);
    analytics->setObjectName(QStringLiteral("analytics"));
    analytics->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(analytics, &QAction::triggered, this, &MainWindow::openAnalytics);
    view->addSeparator();
    view->addAction(analytics);
    m_actions.insert(analytics->objectName(), analytics);

    QMenu *log = menuBar()->addMenu(tr("&Log"));
    auto *add = new QAction(tr("Add &Feedback\u2026"), this);
    add->setObjectName(QStringLiteral("addFeedback"));
    add->setShortcut(QKeySequence(Qt::Key_F));
    // On the list and the panel only, so F still types in the filter bar.
    add->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(add);
    m_traceView->addAction(add);
    m_detail->addAction(add);
    connect(add, &QAction::triggered, this, &MainWindow::addFeedbackToCurrent);
    log->addAction(add);
    m_actions.insert(add->objectName(), add);
    // Review mode over the list's filter (review/reviewwindow.h); the list shows the new
    // feedback when it closes.
    auto *review = new QAction(tr("Re&view Logs\u2026"), this);
    review->setObjectName(QStringLiteral("reviewLogs"));
    review->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(review, &QAction::triggered, this, [this] {
        auto *window = new ReviewWindow(m_location, m_model->query().filter, this);
        window->setAttribute(Qt::WA_DeleteOnClose);
        connect(window, &QObject::destroyed, m_model, &LogTableModel::reload);
        window->show();
    });
    log->addAction(review);
    m_actions.insert(review->objectName(), review);

    connect(m_detail, &DetailPanel::feedbackAddRequested, this, &MainWindow::addFeedbackToCurrent);
    connect(m_detail, &DetailPanel::feedbackEditRequested, this,
            [this](const QString &id) { m_feedback->edit(m_detail->record(), id); });
    connect(m_detail, &DetailPanel::feedbackDeleteRequested, this,
            [this](const QString &id) { m_feedback->remove(m_detail->record(), id); });
    connect(m_feedback, &FeedbackController::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_feedback, &FeedbackController::changed, this, [this] {
        // The list shows the new count and pairs on every log of the trace; keep the selection.
        const qint64 selected = m_selectedRowId;
        auto *once = new QObject(this);
        connect(m_model, &LogTableModel::indexLoaded, once, [this, once, selected] {
            once->deleteLater();
            const int row = m_model->rowOfRowId(selected);
            if (row >= 0)
                selectRow(row);
        });
        m_model->reload();
        if (m_detail->isVisible()) {
            m_detail->showRow(0); // showRow() of the row already shown keeps the old record
            m_detail->showRow(selected);
        }
    });
}

AnalyticsWindow *MainWindow::analyticsWindow() const
{
    return m_analytics;
}

void MainWindow::addFeedbackToCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    LogRecord log;
    if (m_detail->isLoaded() && m_detail->rowId() == m_selectedRowId)
        log = m_detail->record();
    else if (current.isValid())
        log.id = m_model->data(current, LogTableModel::LogIdRole).toString();
    if (log.id.isEmpty()) {
        statusBar()->showMessage(tr("Select a log to give feedback on."), 5000);
        return;
    }
    m_feedback->addTo(log);
}

void MainWindow::openAnalytics()
{
    if (!m_analytics) {
        m_analytics = new AnalyticsWindow(m_location, this);
        m_analytics->setAttribute(Qt::WA_DeleteOnClose);
        m_analytics->setFilter(m_model->query().filter);
        connect(m_analytics, &AnalyticsWindow::filterRequested, this, [this](const QString &f) {
            setFilter(f);
            raise();
            activateWindow();
        });
        connect(m_filterBar, &FilterBar::filterApplied, m_analytics, &AnalyticsWindow::setFilter);
    }
    m_analytics->show();
    m_analytics->raise();
    m_analytics->activateWindow();
}
