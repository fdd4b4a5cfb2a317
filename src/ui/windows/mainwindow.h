// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "livesession.h"

#include <QMainWindow>
#include <QPointer>

#include <atomic>
#include <memory>

class AnalyticsWindow;
class CaptureGapBanner;
class ColumnFitter;
class DetailPanel;
class EmptyStateWidget;
class ExportLogsDialog;
class FeedbackController;
class FilterBar;
class LinkOpener;
class LiveStatusLabel;
class LogTableModel;
class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QTableView;
class StoreJob;
class StoreWorker;
class ThumbnailCache;
class TraceView;

// The log browser: filter bar on top, the log list (or the trace view) in the middle, the detail
// panel on the right, and a status bar with the match count, the store and any activity. Every
// action is in a menu with its shortcut. It never reads the store on the UI thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const QString &storeLocation, QWidget *parent = nullptr);
    ~MainWindow() override;

    QString storeLocation() const { return m_location; }
    // A PostgreSQL store: the list picks up what other writers commit (LogTableModel::
    // watchOtherWriters), with Follow Live and Pause as for live capture.
    bool isSharedStore() const;
    // File > Open Store: a window on the other store replaces this one. It takes over the
    // filter (applied and typed), the sort, the views and a live-capture token; this window
    // closes once its pending writes are stored. Returns the new window (also storeReplaced()),
    // or nullptr with the reason in the status bar: an import or sync still runs, it is this
    // store, or another Gatescope window shows that store (that one comes to the front).
    MainWindow *openStore(const QString &location);

    LogTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    FilterBar *filterBar() const { return m_filterBar; }
    DetailPanel *detailPanel() const { return m_detail; }
    TraceView *traceView() const { return m_traceView; }
    EmptyStateWidget *emptyState() const { return m_emptyState; }
    ThumbnailCache *thumbnails() const { return m_thumbnails; }
    QAction *action(const QString &objectName) const;
    // View > Analytics (one window, on the list's filter) and feedback with undo (Log menu).
    AnalyticsWindow *analyticsWindow() const;
    FeedbackController *feedbackController() const { return m_feedback; }
    void openAnalytics();
    void addFeedbackToCurrent();
    LiveSession *liveSession() const { return m_live; }
    CaptureGapBanner *gapBanner() const { return m_gapBanner; }
    bool isFollowingLive() const;
    // Starts capturing from a gateway (File > Connect to Gateway); says why when it cannot.
    bool connectGateway(const LiveSession::Options &options);
    QString statusText() const; // the status bar's labels, for tests
    bool isShowingEmptyState() const;

    void setFilter(const QString &filter);
    void selectRow(int row);
    void setTraceViewVisible(bool visible);
    // Fills the store with demo logs (in a worker, with progress); then shows them.
    void loadDemoData(int count);
    // The same, only when the store is empty; demoLoaded(0) otherwise.
    void loadDemoDataIfEmpty(int count);
    void importFiles(const QStringList &files);
    // Waits until the list and the panel have loaded, then saves a screenshot and quits.
    void takeScreenshotAndQuit(const QString &file);
    // The Portkey URL templates Open Link recognises (Settings).
    QStringList portkeyTemplates() const;

public Q_SLOTS:
    // A gatescope:// link or a Portkey app URL: selects the log (or shows the trace) and brings
    // the window to the front; says plainly when the link is malformed or the log is not here.
    void openLink(const QString &link);
    // File > Export Logs...: the dialog for the list's filter (open, not modal).
    ExportLogsDialog *openExportLogs();
    void bringToFront();
    void openConnectDialog();
    // File > Open Store; `problem` (why the store at hand did not open) is shown in it.
    void openStoreDialog(const QString &problem = {});

Q_SIGNALS:
    void demoLoaded(qint64 inserted);
    void importFinished();
    void imageViewerOpened(QWidget *viewer);
    void linkOpened(const QString &link); // the canonical gatescope:// form
    void linkFailed(const QString &message);
    void syncFinished(const QString &message); // what the status bar says after a sync
    // openStore() made `next`, on its store, shown in this window's place.
    void storeReplaced(MainWindow *next);

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildActions();
    void buildLayout();
    void restoreSettings();
    void saveSettings();
    void checkEmpty();
    void loadKnownValues();
    void onCurrentRowChanged();
    void onIndexLoaded(int count);
    void updateCountLabel();
    void moveBy(int rows);
    void moveTo(int row);
    void openCurrent();
    void closePanel();
    void copyLink();
    void showShortcuts(); // Help > Keyboard Shortcuts, `?`
    void openSettings();
    // Links (linkopener.h): the window shows the log found, or the trace; a view link goes to
    // the Saved Views sidebar.
    void buildLinks();
    void showLinkedLog(qint64 rowId, const QString &logId);
    // File > Connections > Sync Now: export jobs into this window's store, with progress.
    void syncConnection(const QString &name);
    void openImport();
    // Log > Replay... (replayactions.h), Mark and Compare (peeractions.h), retention.
    void buildReplayActions();
    void openImage(qint64 rowId, int index, const QString &url);
    void onTableClicked(const QModelIndex &index);
    void showColumnMenu(const QPoint &pos);
    void addColumnActions(QMenu *menu); // one per column, checked when shown
    void setActivity(const QString &text, int percent = -1);
    void showStatus(const QString &text, int timeoutMs); // a status bar message, elided
    void buildFeedbackActions(QMenu *edit, QMenu *view);
    void buildLive();
    void watchSharedStore();
    void takeOver(MainWindow &previous);

    QString m_location;
    std::unique_ptr<StoreWorker> m_worker; // counts, known values, demo and import writes
    LogTableModel *m_model = nullptr;
    ThumbnailCache *m_thumbnails = nullptr;
    FilterBar *m_filterBar = nullptr;
    QStackedWidget *m_centerStack = nullptr;
    QStackedWidget *m_listStack = nullptr;
    EmptyStateWidget *m_emptyState = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_table = nullptr;
    ColumnFitter *m_columnFitter = nullptr;
    bool m_defaultSplit = false; // no saved splitter state: showEvent sets the split
    TraceView *m_traceView = nullptr;
    DetailPanel *m_detail = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_storeLabel = nullptr;
    QLabel *m_activityLabel = nullptr;
    QProgressBar *m_activityBar = nullptr;
    StoreJob *m_job = nullptr; // demo, import and sync: one at a time, with progress
    std::shared_ptr<std::atomic_bool> m_cancel; // set on close: stops the demo fill
    qint64 m_selectedRowId = 0;
    QHash<QString, QAction *> m_actions;
    LinkOpener *m_links = nullptr;
    QPointer<AnalyticsWindow> m_analytics;
    FeedbackController *m_feedback = nullptr;
    // Live capture: the session, the gap strip above the list, the state in the status bar,
    // and the log at the top of the list before live rows are inserted (kept in place on Pause).
    LiveSession *m_live = nullptr;
    CaptureGapBanner *m_gapBanner = nullptr;
    LiveStatusLabel *m_liveLabel = nullptr; // also the shared store's state
    QString m_liveToken; // typed this session; never saved
    qint64 m_liveAnchorId = 0;
    int m_liveAnchorRow = -1;
    bool m_storeOpened = false;
};
