// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "savedviews.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

class DeepLink;
class MainWindow;
class QAction;
class QDockWidget;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class SaveViewDialog;
class StoreWorker;

// The saved views sidebar of the main window (a dock on its left; View > Saved Views shows and
// hides it and the choice is remembered; until then it shows when the store has views): "All logs"
// and the store's views, each with its count, counted in a worker of its own when the views, the
// store or the live logs change. A click or Enter applies a view's filter, sort and columns; Save
// View… (Ctrl+S) names what the list shows; rename, delete (with Edit > Undo) and Copy View Link
// are in the context menu. It only talks to the window through its public interface.
class SavedViewsPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedViewsPanel)

public:
    explicit SavedViewsPanel(MainWindow *window);
    ~SavedViewsPanel() override;

    QDockWidget *dock() const { return m_dock; }
    QTreeWidget *list() const { return m_list; }
    QLabel *hint() const { return m_hint; }
    QList<SavedView> views() const { return m_views; }
    // The count shown for a view ("" = All logs), -1 while unknown.
    qint64 countOf(const QString &name) const;
    // What the list shows now as a view (no name): filter, sort and visible columns.
    SavedView currentView() const;

    // Filter, sort and columns (when the view has columns) on the list.
    void apply(const SavedView &view);
    // A gatescope://view link (MainWindow::openLink).
    void openLink(const DeepLink &link);
    SaveViewDialog *saveViewAs();
    SaveViewDialog *renameView(const QString &name);
    // Saves, renames or deletes in the worker; done(error) on the UI thread (empty: done).
    void save(const SavedView &view, SavedViews::IfExists ifExists,
              std::function<void(const QString &error)> done, int position = -1);
    void rename(const QString &from, const QString &to,
                std::function<void(const QString &error)> done);
    // Deleted views come back with Edit > Undo (undoable: the undo stack gets a command).
    void remove(const QString &name, bool undoable = true);
    void copyLink(const QString &name);
    // Reads the views and counts them again (in the worker); refreshed() when done.
    void refresh();
    void focusList();
    // Shows the sidebar and remembers that (Ctrl+B, a view saved).
    void showSidebar();

Q_SIGNALS:
    void refreshed();
    void applied(const SavedView &view);

protected:
    QSize sizeHint() const override;
    // Whether the list's columns fit beside the sidebar without scrolling sideways.
    bool listHasRoomBeside() const;

private:
    void buildActions();
    void scheduleRefresh(int delayMs);
    void showViews(const QList<SavedView> &views, const QList<qint64> &counts,
                   const QString &error);
    void markCurrent();
    void onItemActivated(QTreeWidgetItem *item);
    void showContextMenu(const QPoint &pos);
    void onListCounted(int count);
    std::optional<SavedView> viewNamed(const QString &name) const;
    QString describe(const SavedView &view) const;
    void message(const QString &text, int timeoutMs = 6000);

    MainWindow *m_window;
    QDockWidget *m_dock = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_saveButton = nullptr;
    std::unique_ptr<StoreWorker> m_worker;
    QList<SavedView> m_views;
    QList<qint64> m_counts; // [0]: All logs, then one per view
    QString m_error;
    int m_generation = 0;
    QTimer m_refreshTimer;
    QTimer m_periodic;
    bool m_dirty = true; // counts to be read once the panel shows
};
