#pragma once

#include "store/analytics.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <memory>

class ChartPanel;
class QBarSet;
class QChart;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QProgressBar;
class QTabWidget;
class StoreWorker;

// The analytics window (portkey-api.md section 7): Overview, Users, Errors, Cache and Feedback
// tabs of Qt Charts for the main window's filter over a time range. The store computes every
// aggregate on the window's own connection in a worker thread; the window only draws what comes
// back, with a busy indicator meanwhile. A click on a bar or a point asks the main window to
// filter the list to it (filterRequested).
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

Q_SIGNALS:
    // The full filter the list should show: the window's filter and the clicked term(s).
    void filterRequested(const QString &filter);
    void loaded(int tab);

private:
    struct Result;
    void reload();
    void load(int tab);
    void apply(const Result &result);
    void setLoading(bool loading);
    void buildOverview(const Result &r);
    void buildUsers(const Result &r);
    void buildErrors(const Result &r);
    void buildCache(const Result &r);
    void buildFeedback(const Result &r);
    void requestFilter(const QString &terms);

    // Chart helpers: bars over categories (click(i, set) gives the filter terms, hover(i, set)
    // the text) and lines over the buckets' times.
    using Labeler = std::function<QString(int index, int set)>;
    QChart *barChart(ChartPanel *panel, const QStringList &categories,
                     const QList<QPair<QString, QList<double>>> &sets, bool stacked,
                     const Labeler &hover, const Labeler &click, const QString &axisTitle);
    QChart *lineChart(ChartPanel *panel, const QList<qint64> &times,
                      const QList<QPair<QString, QList<std::optional<double>>>> &lines,
                      const Labeler &hover, const Labeler &click, const QString &axisTitle);
    QString bucketLabel(qint64 startMs) const;
    QString bucketFilter(int bucket) const;
    void styleChart(QChart *chart) const;

    std::unique_ptr<StoreWorker> m_worker;
    QString m_filter;
    Range m_range = LastDay;
    QDateTime m_customFrom, m_customTo;
    AnalyticsQuery m_query;
    int m_generation = 0;
    bool m_loading = false;
    bool m_horizontalNext = false; // the next barChart() draws horizontal bars
    QHash<int, int> m_loadedGeneration; // tab -> generation of its charts
    QComboBox *m_rangeBox;
    QDateTimeEdit *m_fromEdit;
    QDateTimeEdit *m_toEdit;
    QLabel *m_filterLabel;
    QLabel *m_status;
    QProgressBar *m_busy;
    QTabWidget *m_tabs;
    QHash<int, QList<ChartPanel *>> m_panels;
    QHash<int, QLabel *> m_summaries;
};
