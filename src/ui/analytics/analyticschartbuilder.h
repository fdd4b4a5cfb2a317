// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/analytics.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class ChartPanel;
class QAbstractAxis;
class QChart;
class QPointF;

// How AnalyticsChartBuilder::barChart() draws its bars (outside the class: a default argument
// of the class's own functions cannot use its default member initializers).
struct AnalyticsBarOptions
{
    bool stacked = false; // the sets stack in one bar per category
    bool horizontal = false; // names (users, models): horizontal bars, the first on top
    bool valueCategories = false; // values (status codes, feedback), not time buckets
    // Of the value axis. Initialized so that GCC's -Wmissing-field-initializers passes over it
    // in a designated initializer such as {.stacked = true}.
    QString axisTitle = QString();
};

// Draws the analytics window's Qt Charts into its ChartPanels for one range (an AnalyticsQuery):
// bars over categories or time buckets, lines over the buckets' times. Every choice is an
// argument of the call; nothing carries over from one chart to the next. It knows no window: a
// click on a chart hands its filter terms to the function it was made with.
class AnalyticsChartBuilder
{
public:
    // Text for a column (a bucket or a category) and a bar set or line: hover text, or the filter
    // terms of a click (empty: no filter).
    using Labeler = std::function<QString(int index, int set)>;
    using FilterRequest = std::function<void(const QString &terms)>;

    using BarOptions = AnalyticsBarOptions;

    // dark: the window's palette is dark (the chart theme and the server's colours follow it).
    AnalyticsChartBuilder(const AnalyticsQuery &query, bool dark, FilterRequest requestFilter);

    const AnalyticsQuery &query() const { return m_query; }
    bool isDark() const { return m_dark; }

    // Bars over categories: click(i, set) gives the filter terms, hover(i, set) the text.
    QChart *barChart(ChartPanel *panel, const QStringList &categories,
                     const QList<QPair<QString, QList<double>>> &sets, const Labeler &hover,
                     const Labeler &click, const BarOptions &options = BarOptions()) const;
    // Lines over the buckets' start times, a point at the middle of each bucket.
    QChart *lineChart(ChartPanel *panel, const QList<qint64> &times,
                      const QList<QPair<QString, QList<std::optional<double>>>> &lines,
                      const Labeler &hover, const Labeler &click,
                      const QString &axisTitle = QString()) const;

    QString bucketLabel(qint64 startMs) const;
    QString bucketFilter(int bucket) const; // after:/before: of one bucket
    // QDateTimeAxis (Qt 6.4) labels in local time: what a point's time is shifted by so that
    // the labels read UTC like the rest of the window.
    qint64 axisShift() const;

    // Makes room on the vertical value axes (from 0) for a series added with values up to
    // maximum.
    static void widenValueAxes(const QList<QAbstractAxis *> &axes, double maximum);
    // The -10 to 10 of feedback values: ticks on whole values.
    static void setFeedbackRange(QAbstractAxis *axis);

private:
    // The pointer anywhere over a column (bucket or category) of a chart: the text of every
    // series that has a value there, and a click filters to the first series' terms.
    void pointAtColumns(ChartPanel *panel, std::function<int(const QPointF &)> column,
                        int seriesCount, std::function<bool(int index, int series)> has,
                        const Labeler &hover, const Labeler &click) const;
    void styleChart(QChart *chart) const;

    AnalyticsQuery m_query;
    bool m_dark = false;
    FilterRequest m_requestFilter;
};
