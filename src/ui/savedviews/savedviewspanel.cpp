// SPDX-License-Identifier: GPL-3.0-or-later
#include "savedviewspanel.h"

#include "deeplink.h"
#include "feedbackcontroller.h"
#include "filterbar.h"
#include "logtablemodel.h"
#include "mainwindow.h"
#include "saveviewdialog.h"
#include "storeworker.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

const QString kVisibleSetting = QStringLiteral("view/savedViews");
constexpr int NameRole = Qt::UserRole + 1; // QString; empty for All logs
constexpr int AllRole = Qt::UserRole + 2; // bool

// The list's columns as views name them (LogTableModel::Column order).
const char *const kColumnKeys[LogTableModel::ColumnCount] = {
    "time", "type", "model", "images", "tokens", "cost", "latency", "status", "feedback", "trace",
};

int columnOfKey(const QString &key)
{
    for (int c = 0; c < LogTableModel::ColumnCount; ++c) {
        if (key == QLatin1String(kColumnKeys[c]))
            return c;
    }
    return -1;
}

QMenu *menuNamed(QMainWindow *window, const QString &title)
{
    for (QAction *action : window->menuBar()->actions()) {
        if (action->menu() && action->text() == title)
            return action->menu();
    }
    return window->menuBar()->addMenu(title);
}

bool sameQuery(const SavedView &a, const SavedView &b)
{
    return a.filter == b.filter && a.sort == b.sort && a.descending == b.descending;
}

// Edit > Undo of a deleted view: saves it again where it was.
class DeleteViewCommand : public QUndoCommand
{
public:
    DeleteViewCommand(SavedViewsPanel *panel, const SavedView &view, int position)
        : QUndoCommand(SavedViewsPanel::tr("Delete View \u201c%1\u201d").arg(view.name))
        , m_panel(panel)
        , m_view(view)
        , m_position(position)
    { }

    void redo() override
    {
        if (m_first) { // push(): the view is deleted already
            m_first = false;
            return;
        }
        if (m_panel)
            m_panel->remove(m_view.name, false);
    }

    void undo() override
    {
        if (!m_panel)
            return;
        QPointer<SavedViewsPanel> panel = m_panel;
        const QString name = m_view.name;
        m_panel->save(
            m_view, SavedViews::IfExists::Refuse,
            [panel, name](const QString &error) {
                auto *window = panel ? qobject_cast<QMainWindow *>(panel->window()) : nullptr;
                if (!window)
                    return;
                window->statusBar()->showMessage(
                    error.isEmpty()
                        ? SavedViewsPanel::tr("The view \u201c%1\u201d is back.").arg(name)
                        : SavedViewsPanel::tr("The view \u201c%1\u201d could not be restored: %2")
                              .arg(name, error),
                    8000);
            },
            m_position);
    }

private:
    QPointer<SavedViewsPanel> m_panel;
    SavedView m_view;
    int m_position;
    bool m_first = true;
};

} // namespace

SavedViewsPanel::SavedViewsPanel(MainWindow *window)
    : m_window(window)
    , m_worker(
          std::make_unique<StoreWorker>(window->storeLocation(), QStringLiteral("gatescope-views")))
{
    setObjectName(QStringLiteral("savedViewsPanel"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("savedViewsList"));
    m_list->setColumnCount(2);
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setIndentation(0);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("savedViewsHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setContentsMargins(6, 6, 6, 6);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_saveButton = new QPushButton(tr("Save View\u2026"), this);
    m_saveButton->setObjectName(QStringLiteral("saveViewButton"));
    m_saveButton->setToolTip(
        tr("Save the filter, sort and columns of the list as a view (%1)")
            .arg(QKeySequence(Qt::CTRL | Qt::Key_S).toString(QKeySequence::NativeText)));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hint);
    layout->addStretch();
    layout->addWidget(m_saveButton);
    setMinimumWidth(140);

    m_dock = new QDockWidget(tr("Saved Views"), window);
    m_dock->setObjectName(QStringLiteral("savedViewsDock"));
    // Shown and hidden from the View menu only (no close button), so what is remembered is
    // always the user's choice. Until there is one, it shows when the store has views and the
    // list keeps the room for its columns beside it (View > Saved Views and Ctrl+B show it always).
    m_dock->setFeatures(QDockWidget::NoDockWidgetFeatures);
    m_dock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    m_dock->setWidget(this);
    window->addDockWidget(Qt::LeftDockWidgetArea, m_dock);
    if (!QSettings().value(kVisibleSetting, false).toBool())
        m_dock->hide();
    connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_dirty)
            refresh();
    });

    buildActions();
    connect(m_saveButton, &QPushButton::clicked, this, [this] { saveViewAs(); });
    connect(m_list, &QTreeWidget::itemClicked, this, &SavedViewsPanel::onItemActivated);
    connect(m_list, &QTreeWidget::itemActivated, this, &SavedViewsPanel::onItemActivated);
    connect(m_list, &QTreeWidget::customContextMenuRequested, this,
            &SavedViewsPanel::showContextMenu);

    // Counts follow the store: live logs and others' writes, imports, syncs, feedback, and the
    // list's own count when it shows a view's filter.
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &SavedViewsPanel::refresh);
    LogTableModel *model = window->model();
    connect(model, &LogTableModel::liveRowsWereInserted, this, [this] { scheduleRefresh(2000); });
    connect(model, &LogTableModel::indexLoaded, this, &SavedViewsPanel::onListCounted);
    connect(window, &MainWindow::importFinished, this, [this] { scheduleRefresh(0); });
    connect(window, &MainWindow::demoLoaded, this, [this] { scheduleRefresh(0); });
    connect(window, &MainWindow::syncFinished, this, [this] { scheduleRefresh(0); });
    if (FeedbackController *feedback = window->feedbackController())
        connect(feedback, &FeedbackController::changed, this, [this] { scheduleRefresh(500); });
    // Views saved by another window, gatescope-cli or a teammate show up on the next look.
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState s) {
        if (s == Qt::ApplicationActive)
            scheduleRefresh(0);
    });
    m_periodic.setInterval(30000);
    connect(&m_periodic, &QTimer::timeout, this, [this] { scheduleRefresh(0); });
    m_periodic.start();
    connect(window->filterBar(), &FilterBar::filterApplied, this, [this] {
        QMetaObject::invokeMethod(this, &SavedViewsPanel::markCurrent, Qt::QueuedConnection);
    });
    connect(window->table()->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this] {
        QMetaObject::invokeMethod(this, &SavedViewsPanel::markCurrent, Qt::QueuedConnection);
    });
    showViews({}, {}, {});
    refresh();
}

SavedViewsPanel::~SavedViewsPanel() = default;

QSize SavedViewsPanel::sizeHint() const
{
    // As wide as the longest name and its count need (longer names are elided, the full name in
    // the tooltip), within 120 and 220 px: every pixel it takes, the list gives.
    const QFontMetrics metrics = fontMetrics();
    int names = metrics.horizontalAdvance(tr("All logs"));
    for (const SavedView &view : m_views)
        names = qMax(names, metrics.horizontalAdvance(view.name));
    const int counts = metrics.horizontalAdvance(QLocale().toString(qint64(9999999)));
    return {qBound(qMax(minimumWidth(), 120), names + counts + 36, 220), 300};
}

bool SavedViewsPanel::listHasRoomBeside() const
{
    // The list's columns as ColumnFitter sized them must still fit beside the sidebar: at
    // 1280x800 with the detail panel open they do not, and a list that scrolls sideways hides
    // the columns a person came for.
    const QTableView *table = m_window->table();
    return table->horizontalHeader()->length() + sizeHint().width() <= table->viewport()->width();
}

void SavedViewsPanel::buildActions()
{
    QMenu *view = menuNamed(m_window, QCoreApplication::translate("MainWindow", "&View"));
    // Not the dock's toggleViewAction(): Qt disables it on a dock without a close button.
    auto *toggle = new QAction(tr("Sa&ved Views"), this);
    toggle->setObjectName(QStringLiteral("toggleSavedViews"));
    toggle->setCheckable(true);
    toggle->setChecked(!m_dock->isHidden());
    connect(toggle, &QAction::triggered, this, [this](bool on) {
        QSettings().setValue(kVisibleSetting, on);
        m_dock->setVisible(on);
    });
    connect(m_dock, &QDockWidget::visibilityChanged, toggle,
            [this, toggle] { toggle->setChecked(!m_dock->isHidden()); });
    auto *focus = new QAction(tr("&Go to Saved Views"), this);
    focus->setObjectName(QStringLiteral("focusSavedViews"));
    focus->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    connect(focus, &QAction::triggered, this, &SavedViewsPanel::focusList);
    auto *save = new QAction(tr("&Save View\u2026"), this);
    save->setObjectName(QStringLiteral("saveView"));
    save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    connect(save, &QAction::triggered, this, [this] { saveViewAs(); });
    // After View > Detail Panel.
    view->insertActions(m_window->action(QStringLiteral("traceView")), {toggle, focus, save});

    // On the list only: Delete, F2 and Ctrl+C act on the view under the cursor.
    auto local = [this](const QString &name, const QKeySequence &key, auto slot) {
        auto *action = new QAction(this);
        action->setObjectName(name);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_list->addAction(action);
    };
    auto currentName = [this] {
        QTreeWidgetItem *item = m_list->currentItem();
        return item ? item->data(0, NameRole).toString() : QString();
    };
    local(QStringLiteral("deleteView"), QKeySequence::Delete, [this, currentName] {
        if (!currentName().isEmpty())
            remove(currentName());
    });
    local(QStringLiteral("renameView"), QKeySequence(Qt::Key_F2), [this, currentName] {
        if (!currentName().isEmpty())
            renameView(currentName());
    });
    local(QStringLiteral("copyViewLink"), QKeySequence::Copy, [this, currentName] {
        if (m_list->currentItem())
            copyLink(currentName());
    });
}

void SavedViewsPanel::message(const QString &text, int timeoutMs)
{
    m_window->statusBar()->showMessage(text, timeoutMs);
}

qint64 SavedViewsPanel::countOf(const QString &name) const
{
    if (name.isEmpty())
        return m_counts.value(0, -1);
    for (qsizetype i = 0; i < m_views.size(); ++i) {
        if (m_views.at(i).name == name)
            return m_counts.value(i + 1, -1);
    }
    return -1;
}

std::optional<SavedView> SavedViewsPanel::viewNamed(const QString &name) const
{
    for (const SavedView &view : m_views) {
        if (view.name == name)
            return view;
    }
    return std::nullopt;
}

SavedView SavedViewsPanel::currentView() const
{
    SavedView view;
    const LogQuery query = m_window->model()->query();
    view.filter = query.filter;
    view.sort = query.sort;
    view.descending = query.descending;
    const QHeaderView *header = m_window->table()->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (column >= 0 && column < LogTableModel::ColumnCount && !header->isSectionHidden(column))
            view.columns << QLatin1String(kColumnKeys[column]);
    }
    return view;
}

QString SavedViewsPanel::describe(const SavedView &view) const
{
    const LogTableModel *model = m_window->model();
    QStringList lines;
    lines << (view.filter.isEmpty() ? tr("Filter: none (every log)")
                                    : tr("Filter: %1").arg(view.filter));
    const QString column
        = model->headerData(LogTableModel::columnFor(view.sort), Qt::Horizontal).toString();
    lines << (view.sort == SortColumn::Time
                  ? (view.descending ? tr("Sorted by %1, newest first").arg(column)
                                     : tr("Sorted by %1, oldest first").arg(column))
                  : (view.descending ? tr("Sorted by %1, highest first").arg(column)
                                     : tr("Sorted by %1, lowest first").arg(column)));
    if (!view.columns.isEmpty()) {
        QStringList titles;
        for (const QString &key : view.columns) {
            const int c = columnOfKey(key);
            titles << (c >= 0 ? model->headerData(c, Qt::Horizontal).toString() : key);
        }
        lines << tr("Columns: %1").arg(titles.join(QStringLiteral(", ")));
    }
    return lines.join(u'\n');
}

void SavedViewsPanel::apply(const SavedView &view)
{
    QTableView *table = m_window->table();
    QHeaderView *header = table->horizontalHeader();
    if (!view.columns.isEmpty()) {
        // Columns a newer Gatescope knows and this one does not are left out; Time always shows.
        QList<int> shown;
        for (const QString &key : view.columns) {
            const int column = columnOfKey(key);
            if (column >= 0 && !shown.contains(column))
                shown << column;
        }
        if (!shown.contains(LogTableModel::Time))
            shown.prepend(LogTableModel::Time);
        for (int i = 0; i < shown.size(); ++i) {
            header->moveSection(header->visualIndex(shown.at(i)), i);
            table->setColumnHidden(shown.at(i), false);
        }
        for (int column = 0; column < LogTableModel::ColumnCount; ++column) {
            if (!shown.contains(column))
                table->setColumnHidden(column, true);
        }
    }
    // The header's signal sorts the list (MainWindow); then the filter runs the query.
    header->setSortIndicator(LogTableModel::columnFor(view.sort),
                             view.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    m_window->setFilter(view.filter);
    Q_EMIT applied(view);
}

void SavedViewsPanel::openLink(const DeepLink &link)
{
    apply(link.view);
    message(link.view.name.isEmpty() ? tr("Opened a view link: %1").arg(describe(link.view))
                                     : tr("Opened the view \u201c%1\u201d").arg(link.view.name),
            8000);
}

void SavedViewsPanel::onItemActivated(QTreeWidgetItem *item)
{
    if (!item)
        return;
    SavedView view;
    if (!item->data(0, AllRole).toBool()) {
        const auto found = viewNamed(item->data(0, NameRole).toString());
        if (!found)
            return;
        view = *found;
    }
    // A click and the activation that may follow it (single-click styles) apply once.
    const SavedView current = currentView();
    if (sameQuery(view, current) && (view.columns.isEmpty() || view.columns == current.columns))
        return;
    apply(view);
}

void SavedViewsPanel::showSidebar()
{
    QSettings().setValue(kVisibleSetting, true);
    if (m_dock->isHidden())
        m_dock->show();
}

void SavedViewsPanel::focusList()
{
    showSidebar();
    m_list->setFocus(Qt::ShortcutFocusReason);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

SaveViewDialog *SavedViewsPanel::saveViewAs()
{
    const SavedView current = currentView();
    auto check = [this](const QString &name) {
        if (const QString problem = SavedViews::checkName(name); !problem.isEmpty())
            return problem;
        for (const SavedView &view : std::as_const(m_views)) {
            if (view.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
                return tr("A view named \u201c%1\u201d exists already: pick another name, or "
                          "use Update to Current View in its menu.")
                    .arg(view.name);
        }
        return QString();
    };
    const QString suggested = current.filter.size() <= 60 ? current.filter : QString();
    auto *dialog
        = new SaveViewDialog(tr("Save View"), describe(current), suggested, check, m_window);
    dialog->setObjectName(QStringLiteral("saveViewDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<SaveViewDialog> guard(dialog);
    connect(dialog, &SaveViewDialog::nameChosen, this, [this, guard, current](const QString &name) {
        SavedView view = current;
        view.name = name;
        save(view, SavedViews::IfExists::Refuse, [this, guard, name](const QString &error) {
            if (!error.isEmpty()) {
                if (guard)
                    guard->showError(error);
                return;
            }
            if (guard)
                guard->finish();
            showSidebar();
            message(tr("Saved the view \u201c%1\u201d").arg(name));
        });
    });
    dialog->open();
    return dialog;
}

SaveViewDialog *SavedViewsPanel::renameView(const QString &name)
{
    auto check = [this, name](const QString &to) {
        if (const QString problem = SavedViews::checkName(to); !problem.isEmpty())
            return problem;
        for (const SavedView &view : std::as_const(m_views)) {
            if (view.name.compare(to.trimmed(), Qt::CaseInsensitive) == 0
                && view.name.compare(name, Qt::CaseInsensitive) != 0)
                return tr("A view named \u201c%1\u201d exists already.").arg(view.name);
        }
        return QString();
    };
    auto *dialog = new SaveViewDialog(tr("Rename View"), {}, name, check, m_window);
    dialog->setObjectName(QStringLiteral("renameViewDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<SaveViewDialog> guard(dialog);
    connect(dialog, &SaveViewDialog::nameChosen, this, [this, guard, name](const QString &to) {
        rename(name, to, [guard](const QString &error) {
            if (!guard)
                return;
            if (error.isEmpty())
                guard->finish();
            else
                guard->showError(error);
        });
    });
    dialog->open();
    return dialog;
}

void SavedViewsPanel::save(const SavedView &view, SavedViews::IfExists ifExists,
                           std::function<void(const QString &)> done, int position)
{
    QPointer<SavedViewsPanel> self(this);
    m_worker->post([self, view, ifExists, done, position](LogStore *store) {
        QString error = tr("The store is not open.");
        const bool ok = store && SavedViews(*store).save(view, &error, ifExists, position);
        QMetaObject::invokeMethod(self, [self, ok, error, done] {
            if (!self)
                return;
            if (done)
                done(ok ? QString() : error);
            self->refresh();
        });
    });
}

void SavedViewsPanel::rename(const QString &from, const QString &to,
                             std::function<void(const QString &)> done)
{
    QPointer<SavedViewsPanel> self(this);
    m_worker->post([self, from, to, done](LogStore *store) {
        QString error = tr("The store is not open.");
        const bool ok = store && SavedViews(*store).rename(from, to, &error);
        QMetaObject::invokeMethod(self, [self, ok, error, done] {
            if (!self)
                return;
            if (done)
                done(ok ? QString() : error);
            self->refresh();
        });
    });
}

void SavedViewsPanel::remove(const QString &name, bool undoable)
{
    const auto view = viewNamed(name);
    if (!view)
        return;
    QPointer<SavedViewsPanel> self(this);
    m_worker->post([self, view = *view, undoable](LogStore *store) {
        QString error = tr("The store is not open.");
        const int position = store ? SavedViews(*store).remove(view.name, &error) : -1;
        QMetaObject::invokeMethod(self, [self, view, position, error, undoable] {
            if (!self)
                return;
            if (position < 0) {
                self->message(
                    tr("The view \u201c%1\u201d could not be deleted: %2").arg(view.name, error),
                    10000);
            } else if (undoable) {
                FeedbackController *feedback = self->m_window->feedbackController();
                if (feedback)
                    feedback->undoStack()->push(new DeleteViewCommand(self, view, position));
                self->message(
                    tr("Deleted the view \u201c%1\u201d; Edit > Undo (%2) brings it back.")
                        .arg(view.name,
                             QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)),
                    10000);
            }
            self->refresh();
        });
    });
}

void SavedViewsPanel::copyLink(const QString &name)
{
    SavedView view;
    if (!name.isEmpty()) {
        const auto found = viewNamed(name);
        if (!found)
            return;
        view = *found;
    }
    const QString link = view.toLink();
    QGuiApplication::clipboard()->setText(link);
    message(tr("Copied %1").arg(link));
}

void SavedViewsPanel::scheduleRefresh(int delayMs)
{
    if (!m_dock->isVisible() && m_window->isVisible()) {
        m_dirty = true; // counted once the panel shows again
        return;
    }
    // A burst (live logs) makes one refresh, not one per batch.
    if (!m_refreshTimer.isActive() || m_refreshTimer.remainingTime() > delayMs)
        m_refreshTimer.start(delayMs);
}

void SavedViewsPanel::refresh()
{
    m_refreshTimer.stop();
    m_dirty = false;
    const int generation = ++m_generation;
    QPointer<SavedViewsPanel> self(this);
    m_worker->post([self, generation](LogStore *store) {
        QString error;
        QList<SavedView> views;
        QList<qint64> counts;
        if (!store) {
            error = tr("The store is not open.");
        } else if (const auto list = SavedViews(*store).list(&error)) {
            views = *list;
            QString why;
            const auto all = store->count(QString(), &why);
            counts << (all ? *all : -1);
            for (const SavedView &view : std::as_const(views)) {
                const auto count = store->count(view.filter, &why);
                counts << (count ? *count : -1);
            }
        }
        QMetaObject::invokeMethod(self, [self, generation, views, counts, error] {
            if (!self || generation != self->m_generation)
                return; // a newer refresh is on its way
            self->showViews(views, counts, error);
            Q_EMIT self->refreshed();
        });
    });
}

void SavedViewsPanel::showViews(const QList<SavedView> &views, const QList<qint64> &counts,
                                const QString &error)
{
    const QString selected
        = m_list->currentItem() ? m_list->currentItem()->data(0, NameRole).toString() : QString();
    const bool hadCurrent = m_list->currentItem() != nullptr;
    m_views = views;
    m_counts = counts;
    m_error = error;
    const QLocale locale;
    auto countText = [&](qsizetype i) {
        const qint64 n = m_counts.value(i, -1);
        return n >= 0 ? locale.toString(n) : QStringLiteral("\u2026");
    };
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    auto *all = new QTreeWidgetItem(m_list, {tr("All logs"), countText(0)});
    all->setData(0, NameRole, QString());
    all->setData(0, AllRole, true);
    all->setToolTip(0, tr("Every log in the store, newest first"));
    QTreeWidgetItem *current = hadCurrent && selected.isEmpty() ? all : nullptr;
    for (qsizetype i = 0; i < m_views.size(); ++i) {
        const SavedView &view = m_views.at(i);
        auto *item = new QTreeWidgetItem(m_list, {view.name, countText(i + 1)});
        item->setData(0, NameRole, view.name);
        item->setData(0, AllRole, false);
        item->setToolTip(0, view.name + u'\n' + describe(view));
        if (view.name == selected)
            current = item;
    }
    const QColor dim = palette().color(QPalette::PlaceholderText);
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setForeground(1, dim);
        item->setToolTip(1, item->toolTip(0));
    }
    if (current)
        m_list->setCurrentItem(current);
    markCurrent();
    // The store has views and nobody chose yet: shown where the list keeps its columns.
    if (!m_views.isEmpty() && m_dock->isHidden() && !QSettings().contains(kVisibleSetting)
        && listHasRoomBeside())
        m_dock->show();

    if (!m_error.isEmpty())
        m_hint->setText(m_error);
    else
        m_hint->setText(
            tr("No saved views yet. Set the filter, sort and columns you want, then "
               "choose Save View\u2026 (%1) to keep them here, for this store and "
               "everyone who opens it.")
                .arg(QKeySequence(Qt::CTRL | Qt::Key_S).toString(QKeySequence::NativeText)));
    const bool empty = m_views.isEmpty() || !m_error.isEmpty();
    m_hint->setVisible(empty);
    // Empty: the hint right under "All logs", not at the bottom of an empty list.
    const int rowHeight = qMax(m_list->sizeHintForRow(0), fontMetrics().height());
    m_list->setMaximumHeight(empty ? rowHeight + 2 * m_list->frameWidth() + 2 : QWIDGETSIZE_MAX);
}

void SavedViewsPanel::markCurrent()
{
    const SavedView current = currentView();
    QTreeWidgetItem *match = nullptr;
    for (int i = 0; i < m_list->topLevelItemCount() && !match; ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(0, AllRole).toBool()) {
            if (sameQuery(SavedView(), current))
                match = item;
            continue;
        }
        const auto view = viewNamed(item->data(0, NameRole).toString());
        if (view && sameQuery(*view, current)
            && (view->columns.isEmpty() || view->columns == current.columns))
            match = item;
    }
    const QSignalBlocker blocker(m_list);
    if (match) {
        m_list->setCurrentItem(match);
    } else {
        m_list->clearSelection();
    }
}

void SavedViewsPanel::onListCounted(int count)
{
    // The list counted a view's filter itself: that count is shown at once, and a different
    // one than the panel had means the store changed, so every count is read again.
    const QString filter = m_window->model()->query().filter;
    QList<qsizetype> same;
    if (filter.isEmpty())
        same << 0;
    for (qsizetype i = 0; i < m_views.size(); ++i) {
        if (m_views.at(i).filter == filter)
            same << i + 1;
    }
    bool changed = false;
    for (const qsizetype i : std::as_const(same)) {
        if (i >= m_counts.size())
            continue;
        if (m_counts.at(i) >= 0 && m_counts.at(i) != count)
            changed = true;
        m_counts[i] = count;
        if (QTreeWidgetItem *item = m_list->topLevelItem(int(i)))
            item->setText(1, QLocale().toString(count));
    }
    if (changed)
        scheduleRefresh(0);
}

void SavedViewsPanel::showContextMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = m_list->itemAt(pos);
    if (!item)
        return;
    const QString name = item->data(0, NameRole).toString();
    const bool isAll = item->data(0, AllRole).toBool();
    QMenu menu(this);
    menu.addAction(tr("&Show"), this, [this, item] { onItemActivated(item); });
    menu.addAction(tr("&Copy View Link"), this, [this, name] { copyLink(name); });
    if (!isAll) {
        menu.addSeparator();
        menu.addAction(tr("&Rename\u2026"), this, [this, name] { renameView(name); });
        menu.addAction(tr("&Update to Current View"), this, [this, name] {
            SavedView view = currentView();
            view.name = name;
            save(view, SavedViews::IfExists::Replace, [this, name](const QString &error) {
                message(
                    error.isEmpty()
                        ? tr("The view \u201c%1\u201d now shows what the list shows.").arg(name)
                        : tr("The view \u201c%1\u201d could not be updated: %2").arg(name, error));
            });
        });
        menu.addSeparator();
        menu.addAction(tr("&Delete"), this, [this, name] { remove(name); });
    }
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}
