// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analyticschartbuilder.h"
#include "analyticsqueries.h"
#include "analyticsserveroverlay.h"
#include "serveranalytics.h"
#include "store/analytics.h"

#include <QHash>
#include <QWidget>

#include <array>
#include <memory>
#include <optional>

class AnalyticsTab;
class ChartPanel;
class QComboBox;
class QFrame;
class QGridLayout;
class QDateTimeEdit;
class QLabel;
class QProgressBar;
class QTabWidget;
class StoreWorker;

// The analytics window (portkey-api.md section 7): Overview, Users, Errors, Cache and Feedback
// tabs of Qt Charts for the main window's filter over a time range. The store computes every
// aggregate on the window's own connection in a worker thread; the window only draws what comes
// back, with a busy indicator meanwhile. A click on a bar or a point asks the main window to
// filter the list to it (filterRequested). With a Portkey connection chosen under "Server
// numbers", the control plane's analytics graphs for the same range are fetched on a thread of
// their own (ServerAnalytics) and drawn beside the local numbers as dashed "Portkey (server)"
// series, with both totals in the summary and a sentence on why they differ.
// The window holds the controls, the state and the server connection; the store queries
// (AnalyticsQueries), the charts (AnalyticsChartBuilder), the server's numbers over them
// (AnalyticsServerOverlay) and each tab's drawing (AnalyticsTab) are classes of their own.
class AnalyticsWindow : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalyticsWindow)

public:
    enum Tab { OverviewTab, UsersTab, ErrorsTab, CacheTab, FeedbackTab, TabCount };
    enum Range { LastHour, LastDay, LastWeek, LastMonth, Custom };

    explicit AnalyticsWindow(const QString &storeLocation, QWidget *parent = nullptr);
    ~AnalyticsWindow() override;

    void setFilter(const QString &filter); // the list's filter; reloads
    QString filter() const { return m_filter; }
    void setRange(Range range);
    void setCustomRange(const QDateTime &from, const QDateTime &to);
    void showTab(Tab tab);

    bool isLoading() const { return m_loading; }
    QTabWidget *tabs() const { return m_tabs; }
    // The panels of a tab, in reading order; panel("requests") finds one by name.
    QList<ChartPanel *> panels(Tab tab) const;
    ChartPanel *panel(const QString &name) const;
    QLabel *summary(Tab tab) const;
    // The range the last result covered, for tests.
    AnalyticsQuery lastQuery() const { return m_query; }

    // The connection whose numbers are drawn beside the local ones; empty: none. The choice is
    // remembered (QSettings analytics/serverConnection).
    QString serverConnection() const { return m_serverConnection; }
    void setServerConnection(const QString &name);
    QComboBox *serverBox() const { return m_serverBox; }
    bool isServerLoading() const { return m_serverLoading; }
    // The one-line notice of the last server answer for the current tab; empty when hidden.
    QString serverNotice() const;
    void setServerRetryPolicy(const RetryPolicy &policy);

Q_SIGNALS:
    // The full filter the list should show: the window's filter and the clicked term(s).
    void filterRequested(const QString &filter);
    void loaded(int tab);
    void serverLoaded(int tab); // the server's numbers (or its error) for a tab arrived

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void reload();
    void relayoutCharts(); // as many chart columns as the width allows
    void load(int tab);
    void apply(const AnalyticsResult &result);
    void setLoading(bool loading);
    void build(const AnalyticsResult &r);
    void requestFilter(const QString &terms);
    QString rangeFilter() const; // after:/before: of the range the charts show
    AnalyticsChartBuilder chartBuilder(); // for the range of the last result

    // Server numbers.
    void refreshConnections();
    void fetchServer(int tab);
    void applyServer(const ServerAnalyticsResult &result);
    void showServerState(int tab);
    QString serverKey() const; // what the server numbers of a tab must have been fetched for
    const ServerAnalyticsResult *server(int tab) const; // current numbers of a tab, or null
    // The current numbers of a tab over the charts charts draws; none when there are none.
    std::optional<AnalyticsServerOverlay> serverOverlay(int tab,
                                                        const AnalyticsChartBuilder &charts) const;

    std::unique_ptr<StoreWorker> m_worker;
    QString m_filter;
    Range m_range = LastDay;
    QDateTime m_customFrom, m_customTo;
    AnalyticsQuery m_query;
    int m_generation = 0;
    bool m_loading = false;
    QHash<int, int> m_loadedGeneration; // tab -> generation of its charts
    QComboBox *m_rangeBox;
    QDateTimeEdit *m_fromEdit;
    QDateTimeEdit *m_toEdit;
    QLabel *m_filterLabel;
    QLabel *m_status;
    QProgressBar *m_busy;
    QTabWidget *m_tabs;
    QHash<int, QList<ChartPanel *>> m_panels;
    struct ChartGrid
    {
        QGridLayout *layout = nullptr;
        int maxColumns = 1;
        int columns = 0; // as laid out now
    };
    QHash<int, ChartGrid> m_grids;
    QHash<int, QLabel *> m_summaries;
    std::array<std::unique_ptr<AnalyticsTab>, TabCount> m_tabViews; // draw each tab's charts
    QHash<int, AnalyticsResult> m_results; // the last local result of each tab

    ServerAnalytics *m_server;
    QString m_serverConnection;
    QDateTime m_serverSyncedUntil; // of the chosen connection, for the "not yet synced" sentence
    int m_serverEpoch = 0; // bumped when the connection changes
    int m_serverRequest = 0; // the fetch whose answer is awaited
    int m_serverPendingTab = -1;
    QString m_serverPendingKey;
    bool m_serverLoading = false;
    QStringList m_serverIgnored; // filter terms the server's numbers ignore
    QHash<int, ServerAnalyticsResult> m_serverResults;
    QHash<int, QString> m_serverKeys; // tab -> serverKey() its result was fetched for
    QString m_serverProblem; // a problem before any fetch (the key could not be read)
    QComboBox *m_serverBox;
    QLabel *m_serverStatus;
    QFrame *m_serverNotice;
    QLabel *m_serverNoticeText;
};
