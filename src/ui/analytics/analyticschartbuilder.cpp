// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyticschartbuilder.h"

#include "analyticsformat.h"
#include "chartpanel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QTimeZone>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

constexpr qint64 kHourMs = 3600 * 1000;

// Enough decimals that the ticks of a value axis up to maximum read apart (cents: 0.005).
QString axisFormat(double maximum)
{
    if (maximum >= 10 || maximum == 0)
        return QStringLiteral("%.0f");
    if (maximum >= 0.1)
        return QStringLiteral("%.2f");
    if (maximum >= 0.01)
        return QStringLiteral("%.3f");
    return QStringLiteral("%.4f");
}

// Whole-number ticks for counts: from 0 to a multiple of a step of 1, 2 or 5 times a power of
// ten, at most six ticks (never 0.50 requests).
void setCountRange(QValueAxis *axis, double maximum)
{
    const double top = std::max(1.0, std::ceil(maximum));
    double step = 1;
    for (double power = 1; top / step > 5; power *= 10) {
        for (double factor : {1.0, 2.0, 5.0}) {
            step = factor * power;
            if (top / step <= 5)
                break;
        }
    }
    const double end = std::ceil(top / step) * step;
    axis->setRange(0, end);
    axis->setTickCount(int(std::llround(end / step)) + 1);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setProperty("counts", true);
}

// A value axis from 0 to a little above maximum (0 to 1 when there is nothing).
void setValueRange(QValueAxis *axis, double maximum)
{
    axis->setRange(0, maximum > 0 ? maximum * 1.05 : 1);
    axis->applyNiceNumbers();
    if (maximum == 0)
        axis->setTickCount(2); // 0 and 1, not six labels rounded to 0 and 1
    axis->setLabelFormat(axisFormat(maximum));
}

// A time axis over the query's range, labelled in UTC (see axisShift()).
QDateTimeAxis *timeAxis(const AnalyticsQuery &query, qint64 shift)
{
    auto *time = new QDateTimeAxis;
    time->setFormat(query.toMs - query.fromMs > 24 * kHourMs ? QStringLiteral("MM-dd")
                                                             : QStringLiteral("HH:mm"));
    time->setRange(QDateTime::fromMSecsSinceEpoch(query.fromMs - shift),
                   QDateTime::fromMSecsSinceEpoch(query.toMs - shift));
    time->setTickCount(7);
    return time;
}

QFont smaller(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 0.8);
    return font;
}

} // namespace

AnalyticsChartBuilder::AnalyticsChartBuilder(const AnalyticsQuery &query, bool dark,
                                             FilterRequest requestFilter)
    : m_query(query)
    , m_dark(dark)
    , m_requestFilter(std::move(requestFilter))
{ }

void AnalyticsChartBuilder::widenValueAxes(const QList<QAbstractAxis *> &axes, double maximum)
{
    for (QAbstractAxis *axis : axes) {
        auto *y = qobject_cast<QValueAxis *>(axis);
        if (!y || y->orientation() != Qt::Vertical || y->min() < 0 || maximum * 1.05 <= y->max())
            continue;
        if (y->property("counts").toBool() && maximum == std::floor(maximum)) {
            setCountRange(y, maximum);
            continue;
        }
        y->setRange(0, maximum * 1.05);
        y->setTickCount(5);
        y->applyNiceNumbers();
        y->setLabelFormat(axisFormat(maximum));
    }
}

void AnalyticsChartBuilder::setFeedbackRange(QAbstractAxis *axis)
{
    axis->setRange(-10, 10);
    if (auto *values = qobject_cast<QValueAxis *>(axis)) {
        values->setTickCount(5);
        values->setMinorTickCount(1);
        values->setLabelFormat(QStringLiteral("%.0f"));
    }
}

void AnalyticsChartBuilder::styleChart(QChart *chart) const
{
    chart->setTheme(m_dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setVisible(
        chart->series().size() > 1
        || (chart->series().size() == 1
            && qobject_cast<QAbstractBarSeries *>(chart->series().first())
            && static_cast<QAbstractBarSeries *>(chart->series().first())->count() > 1));
}

QString AnalyticsChartBuilder::bucketLabel(qint64 startMs) const
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(startMs, QTimeZone::utc());
    if (m_query.bucketMs >= 24 * kHourMs)
        return t.toString(QStringLiteral("MM-dd"));
    if (m_query.toMs - m_query.fromMs > 24 * kHourMs)
        return t.toString(QStringLiteral("MM-dd HH:mm"));
    return t.toString(QStringLiteral("HH:mm"));
}

QString AnalyticsChartBuilder::bucketFilter(int bucket) const
{
    const qint64 start = m_query.bucketStart(bucket);
    const qint64 end = qMin(m_query.toMs, start + m_query.bucketMs);
    return QStringLiteral("after:%1 before:%2")
        .arg(AnalyticsFormat::utcIso(start), AnalyticsFormat::utcIso(end));
}

qint64 AnalyticsChartBuilder::axisShift() const
{
    return qint64(QDateTime::fromMSecsSinceEpoch(m_query.fromMs).offsetFromUtc()) * 1000;
}

QChart *AnalyticsChartBuilder::barChart(ChartPanel *panel, const QStringList &categories,
                                        const QList<QPair<QString, QList<double>>> &sets,
                                        const Labeler &hover, const Labeler &click,
                                        const BarOptions &options) const
{
    auto *chart = new QChart;
    // Names (users, models) read best as horizontal bars, most first at the top.
    const bool stacked = options.stacked;
    const bool horizontal = options.horizontal;
    QAbstractBarSeries *series = stacked ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries)
        : horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                     : static_cast<QAbstractBarSeries *>(new QBarSeries);
    double maximum = 0;
    for (int s = 0; s < sets.size(); ++s) {
        auto *set = new QBarSet(sets.at(s).first);
        for (double v : sets.at(s).second)
            set->append(v);
        if (horizontal) { // most first at the top: the axis runs bottom-up
            QList<double> values = sets.at(s).second;
            std::reverse(values.begin(), values.end());
            set->remove(0, set->count());
            set->append(values);
        }
        series->append(set);
        const int count = int(categories.size());
        auto original = [horizontal, count](int index) {
            return horizontal ? count - 1 - index : index;
        };
        QObject::connect(set, &QBarSet::hovered, panel,
                         [panel, hover, s, original](bool on, int index) {
                             if (on)
                                 panel->setHoverText(hover(original(index), s));
                         });
        QObject::connect(set, &QBarSet::clicked, panel,
                         [request = m_requestFilter, panel, click, s, original](int index) {
                             panel->noteItemClicked();
                             const QString terms = click(original(index), s);
                             if (!terms.isEmpty())
                                 request(terms);
                         });
    }
    for (int i = 0; i < categories.size(); ++i) {
        double total = 0;
        for (const auto &set : sets) {
            const double v = i < set.second.size() ? set.second.at(i) : 0;
            total = stacked ? total + v : qMax(total, v);
        }
        maximum = qMax(maximum, total);
    }
    // Wide enough to point at: many buckets leave little room for each.
    series->setBarWidth(stacked || categories.size() > 12 ? 0.9 : 0.7);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    if (horizontal) {
        QStringList reversed(categories.crbegin(), categories.crend());
        x->append(reversed);
    } else if (categories.size() > 12 && !options.valueCategories) {
        // Time buckets: a category axis truncates 60 labels to dots, so its labels give way to
        // a date axis over the same range (shifted to read UTC, as in lineChart()).
        x->append(categories);
        x->setLabelsVisible(false);
        x->setGridLineVisible(false);
        QDateTimeAxis *time = timeAxis(m_query, axisShift());
        time->setLabelsFont(smaller(time->labelsFont()));
        time->setGridLineVisible(false);
        chart->addAxis(time, Qt::AlignBottom);
    } else if (categories.size() > 12) {
        // Many values (feedback -10 to 10): labels on every few, never cut to "…" or clipped.
        x->append(categories);
        x->setLabelsVisible(false);
        x->setGridLineVisible(false);
        auto *ticks = new QCategoryAxis;
        ticks->setRange(-0.5, double(categories.size()) - 0.5);
        ticks->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        const int step = int((categories.size() + 4) / 5);
        for (int i = 0; i < categories.size(); i += step)
            ticks->append(categories.at(i), i);
        ticks->setLabelsFont(smaller(ticks->labelsFont()));
        ticks->setGridLineVisible(false);
        chart->addAxis(ticks, Qt::AlignBottom);
    } else {
        x->append(categories);
    }
    const QFont small = smaller(x->labelsFont());
    x->setLabelsFont(small);
    auto *y = new QValueAxis;
    bool whole = true; // counts: requests, tokens, errors, entries
    for (const auto &set : sets) {
        for (double v : set.second)
            whole = whole && v == std::floor(v);
    }
    if (whole)
        setCountRange(y, maximum);
    else
        setValueRange(y, maximum);
    y->setTitleText(options.axisTitle);
    y->setLabelsFont(small);
    chart->addAxis(x, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(y, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    styleChart(chart);
    panel->setChart(chart);
    // Beside or between bars (or over a bar too thin to hit): the column's values and filter.
    const int count = int(categories.size());
    const int setCount = int(sets.size());
    pointAtColumns(
        panel,
        [chart, series, horizontal, count](const QPointF &pos) {
            const QPointF value = chart->mapToValue(pos, series);
            const int i = int(std::lround(horizontal ? value.y() : value.x()));
            if (i < 0 || i >= count)
                return -1;
            return horizontal ? count - 1 - i : i;
        },
        setCount, [](int, int) { return true; }, hover, click);
    return chart;
}

void AnalyticsChartBuilder::pointAtColumns(ChartPanel *panel,
                                           std::function<int(const QPointF &)> column,
                                           int seriesCount,
                                           std::function<bool(int index, int series)> has,
                                           const Labeler &hover, const Labeler &click) const
{
    panel->setPointerHandlers(
        std::move(column),
        [hover, seriesCount, has](int i) {
            QStringList texts;
            for (int s = 0; s < seriesCount; ++s) {
                if (has(i, s))
                    texts.append(hover(i, s));
            }
            return texts.join(QStringLiteral(" \u00b7 "));
        },
        [request = m_requestFilter, click](int i) {
            const QString terms = click(i, 0);
            if (!terms.isEmpty())
                request(terms);
        });
}

QChart *
AnalyticsChartBuilder::lineChart(ChartPanel *panel, const QList<qint64> &times,
                                 const QList<QPair<QString, QList<std::optional<double>>>> &lines,
                                 const Labeler &hover, const Labeler &click,
                                 const QString &axisTitle) const
{
    auto *chart = new QChart;
    // Shifted by the local offset so that the labels read UTC like the rest of the window.
    const qint64 shift = axisShift();
    QDateTimeAxis *x = timeAxis(m_query, shift);
    auto *y = new QValueAxis;
    y->setTitleText(axisTitle);
    const QFont small = smaller(x->labelsFont());
    x->setLabelsFont(small);
    y->setLabelsFont(small);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    double maximum = 0;
    const qint64 half = m_query.bucketMs / 2;
    auto bucketOf = [query = m_query, half, shift](const QPointF &p) {
        return int((qint64(p.x()) + shift - half - query.fromMs + query.bucketMs / 2)
                   / qMax<qint64>(1, query.bucketMs));
    };
    for (int s = 0; s < lines.size(); ++s) {
        auto *series = new QLineSeries;
        series->setName(lines.at(s).first);
        series->setPointsVisible(true);
        const auto &values = lines.at(s).second;
        for (int i = 0; i < values.size() && i < times.size(); ++i) {
            if (values.at(i)) {
                // At the middle of the bucket, so the point sits over its bar in other charts.
                series->append(double(times.at(i) + half - shift), *values.at(i));
                maximum = qMax(maximum, *values.at(i));
            }
        }
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
        QObject::connect(series, &QLineSeries::hovered, panel,
                         [panel, hover, bucketOf, s](const QPointF &point, bool on) {
                             if (on)
                                 panel->setHoverText(hover(bucketOf(point), s));
                         });
        QObject::connect(series, &QLineSeries::clicked, panel,
                         [request = m_requestFilter, panel, click, bucketOf, s](const QPointF &p) {
                             panel->noteItemClicked();
                             const QString terms = click(bucketOf(p), s);
                             if (!terms.isEmpty())
                                 request(terms);
                         });
    }
    setValueRange(y, maximum);
    styleChart(chart);
    panel->setChart(chart);
    // Anywhere over a bucket, not only on its point: its values and its filter.
    const int count = int(times.size());
    QList<QList<bool>> present;
    for (const auto &line : lines) {
        QList<bool> has;
        for (const std::optional<double> &v : line.second)
            has.append(v.has_value());
        present.append(has);
    }
    auto *first = chart->series().isEmpty() ? nullptr : chart->series().first();
    pointAtColumns(
        panel,
        [chart, first, bucketOf, count](const QPointF &pos) {
            if (!first)
                return -1;
            const int i = bucketOf(chart->mapToValue(pos, first));
            return i >= 0 && i < count ? i : -1;
        },
        int(present.size()), [present](int i, int s) { return present.at(s).value(i); }, hover,
        click);
    return chart;
}
