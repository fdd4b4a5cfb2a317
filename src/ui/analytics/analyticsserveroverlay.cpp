// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyticsserveroverlay.h"

#include "analyticsformat.h"
#include "analyticswindow.h"
#include "chartpanel.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QJsonArray>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>

using AnalyticsFormat::dollars;
using AnalyticsFormat::number;
using AnalyticsFormat::optionalNumber;

namespace {

// A data point's time: ISO 8601 with Z or an offset; without either it is read as UTC.
std::optional<qint64> pointTime(const QString &timestamp)
{
    QDateTime t = QDateTime::fromString(timestamp, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(timestamp, Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeZone(QTimeZone::utc());
    return t.toMSecsSinceEpoch();
}

} // namespace

AnalyticsServerOverlay::AnalyticsServerOverlay(int tab, const ServerAnalyticsResult &result,
                                               const QString &connection,
                                               const QDateTime &syncedUntil,
                                               const QStringList &ignored,
                                               const AnalyticsChartBuilder &charts)
    : m_tab(tab)
    , m_result(&result)
    , m_connection(connection)
    , m_syncedUntil(syncedUntil)
    , m_ignored(ignored)
    , m_charts(charts)
{ }

QStringList AnalyticsServerOverlay::graphsFor(int tab)
{
    switch (tab) {
    case AnalyticsWindow::OverviewTab:
        return {QStringLiteral("requests"), QStringLiteral("cost"),
                QStringLiteral("tokens"),   QStringLiteral("latency"),
                QStringLiteral("errors"),   QStringLiteral("errors/rate")};
    case AnalyticsWindow::UsersTab:
        return {QStringLiteral("users")};
    case AnalyticsWindow::ErrorsTab:
        return {QStringLiteral("errors/status-codes"), QStringLiteral("requests/rescued")};
    case AnalyticsWindow::CacheTab:
        return {QStringLiteral("cache/hit-rate")};
    case AnalyticsWindow::FeedbackTab:
        return {QStringLiteral("feedbacks"), QStringLiteral("feedbacks/weighted"),
                QStringLiteral("feedbacks/scores")};
    default:
        return {};
    }
}

std::optional<double> AnalyticsServerOverlay::numberIn(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (v.isArray()) {
        // requests/rescued: "retry": [{retry_success_count, count}] adds up its counts.
        double sum = 0;
        for (const QJsonValue &item : v.toArray())
            sum += item.isObject()
                ? ControlPlaneJson::toNumber(item.toObject().value(QStringLiteral("count")))
                : ControlPlaneJson::toNumber(item);
        return sum;
    }
    return ControlPlaneJson::toNumber(v);
}

QString AnalyticsServerOverlay::ageText(const QDateTime &fetchedAt)
{
    const qint64 s = qMax<qint64>(0, fetchedAt.secsTo(QDateTime::currentDateTimeUtc()));
    if (s < 60)
        return tr("as of just now");
    if (s < 3600)
        return tr("as of %n min ago", nullptr, int(s / 60));
    if (s < 2 * 86400)
        return tr("as of %n h ago", nullptr, int(s / 3600));
    return tr("as of %n day(s) ago", nullptr, int(s / 86400));
}

AnalyticsGraph AnalyticsServerOverlay::graph(const QString &name) const
{
    return m_result->graphs.value(name);
}

AnalyticsServerOverlay::Buckets
AnalyticsServerOverlay::buckets(const QString &graphName, const QString &field, bool additive) const
{
    const AnalyticsGraph graph = this->graph(graphName);
    const AnalyticsQuery &query = m_charts.query();
    Buckets out;
    const int count = query.bucketCount();
    if (graph.points.isEmpty()) {
        // No data points at all: nothing per bucket to draw (not a line of zeros).
        out.values = QList<std::optional<double>>(count);
        return out;
    }
    QList<QList<double>> inBucket(count);
    QList<qint64> times;
    for (const AnalyticsPoint &p : graph.points) {
        const std::optional<qint64> t = pointTime(p.timestamp);
        if (!t)
            continue;
        times.append(*t);
        const std::optional<double> v = numberIn(p.values, field);
        const qint64 offset = *t - query.fromMs;
        if (!v || offset < 0 || query.bucketMs <= 0)
            continue;
        const qint64 bucket = offset / query.bucketMs;
        if (bucket < count)
            inBucket[bucket].append(*v);
    }
    std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());
    // The server chose wider buckets (7.2 has no bucket parameter) when even its closest
    // points are further apart than a local bucket (a gap alone is a bucket it left out): no
    // value per local bucket would be true then, so only its totals are shown.
    qint64 closest = -1;
    for (int i = 1; i < times.size(); ++i) {
        const qint64 gap = times.at(i) - times.at(i - 1);
        closest = closest < 0 ? gap : qMin(closest, gap);
    }
    out.coarse = closest > query.bucketMs;
    for (int i = 0; i < count; ++i) {
        const QList<double> &values = inBucket.at(i);
        if (out.coarse) {
            out.values.append(std::nullopt);
        } else if (values.isEmpty()) {
            out.values.append(additive ? std::optional<double>(0) : std::nullopt);
        } else {
            out.finer = out.finer || values.size() > 1;
            double sum = 0;
            for (double v : values)
                sum += v;
            out.values.append(additive ? sum : sum / double(values.size()));
        }
    }
    return out;
}

QColor AnalyticsServerOverlay::serverColor() const
{
    return m_charts.isDark() ? QColor(0xff, 0xa9, 0x4d) : QColor(0xd9, 0x48, 0x0f);
}

void AnalyticsServerOverlay::addLines(
    ChartPanel *panel, const QList<QPair<QString, QList<std::optional<double>>>> &lines,
    const QStringList &csvColumns, const QStringList &labels) const
{
    QChart *chart = panel->chart();
    if (!chart || chart->series().isEmpty())
        return;
    QAbstractSeries *base = chart->series().first();
    auto *bars = qobject_cast<QAbstractBarSeries *>(base);
    const QList<QAbstractAxis *> axes = base->attachedAxes();
    const bool dark = m_charts.isDark();
    const AnalyticsQuery &query = m_charts.query();
    const qint64 shift = m_charts.axisShift();
    const qint64 half = query.bucketMs / 2;
    const qint64 from = query.fromMs;
    const qint64 width = qMax<qint64>(1, query.bucketMs);
    double maximum = 0;
    for (int s = 0; s < lines.size(); ++s) {
        // One line: a colour of its own. Several: the colour of the local series they match.
        QColor color = serverColor();
        if (lines.size() > 1 && bars && s < bars->count()) {
            color = bars->barSets().at(s)->color().darker(dark ? 70 : 150);
        } else if (lines.size() > 1 && !bars && s < chart->series().size()) {
            if (auto *line = qobject_cast<QLineSeries *>(chart->series().at(s)))
                color = line->color();
        }
        auto *series = new QLineSeries;
        series->setName(lines.at(s).first);
        QPen pen(color);
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(2);
        series->setPen(pen);
        series->setPointsVisible(true);
        const QList<std::optional<double>> values = lines.at(s).second;
        for (int i = 0; i < values.size(); ++i) {
            if (!values.at(i))
                continue;
            const double x = bars ? double(i) : double(query.bucketStart(i) + half - shift);
            series->append(x, *values.at(i));
            maximum = qMax(maximum, *values.at(i));
        }
        chart->addSeries(series);
        for (QAbstractAxis *axis : axes)
            series->attachAxis(axis);
        const QString name = lines.at(s).first;
        const bool categories = bars != nullptr;
        QObject::connect(series, &QLineSeries::hovered, panel, [=](const QPointF &point, bool on) {
            if (!on)
                return;
            const int i = categories
                ? qRound(point.x())
                : int((qint64(point.x()) + shift - half - from + width / 2) / width);
            const double v = values.value(i).value_or(0);
            panel->setHoverText(tr("%1: %2 %3")
                                    .arg(labels.value(i), name,
                                         QLocale().toString(v, 'f', v == std::floor(v) ? 0 : 2)));
        });
    }
    AnalyticsChartBuilder::widenValueAxes(axes, maximum);
    // Line markers in the legend, so the server's read as dashed lines. Several server lines
    // over as many local ones (latency) share one entry: their colours match the local lines.
    chart->legend()->setVisible(true);
    const QList<QAbstractSeries *> all = chart->series();
    for (int s = 0; s < lines.size(); ++s) {
        QAbstractSeries *series = all.at(all.size() - lines.size() + s);
        for (QLegendMarker *marker : chart->legend()->markers(series)) {
            marker->setShape(QLegend::MarkerShapeFromSeries);
            if (lines.size() > 1 && !bars && s == 0)
                marker->setLabel(tr("Portkey (server)"));
            else if (lines.size() > 1 && !bars)
                marker->setVisible(false);
        }
    }
    // The CSV holds what was drawn: one column per server line when the rows are the buckets.
    QList<QStringList> rows = panel->csvRows();
    if (csvColumns.size() == lines.size() && !lines.isEmpty()
        && rows.size() == lines.first().second.size()) {
        for (int i = 0; i < rows.size(); ++i) {
            for (const auto &line : lines)
                rows[i].append(optionalNumber(line.second.value(i), 4));
        }
        panel->setData(panel->csvHeader() + csvColumns, rows);
    }
}

void AnalyticsServerOverlay::addBars(ChartPanel *panel, const QList<std::optional<double>> &values,
                                     const QStringList &labels, const QString &csvColumn) const
{
    QChart *chart = panel->chart();
    auto *bars = chart && !chart->series().isEmpty()
        ? qobject_cast<QBarSeries *>(chart->series().first())
        : nullptr;
    if (!bars)
        return;
    // Categories (status codes, feedback values) are not a time line: the server's numbers are
    // bars beside the local ones, hatched as the dashed lines of the time charts.
    const QColor color = serverColor();
    auto *set = new QBarSet(tr("Portkey (server)"));
    set->setBrush(QBrush(color, Qt::BDiagPattern));
    set->setPen(QPen(color, 1.5, Qt::DashLine));
    double maximum = 0;
    for (const std::optional<double> &v : values) {
        set->append(v.value_or(0));
        maximum = qMax(maximum, v.value_or(0));
    }
    bars->append(set);
    const QString name = set->label();
    QObject::connect(set, &QBarSet::hovered, panel, [panel, values, labels, name](bool on, int i) {
        if (on)
            panel->setHoverText(
                tr("%1: %2 %3").arg(labels.value(i), name, number(values.value(i).value_or(0))));
    });
    AnalyticsChartBuilder::widenValueAxes(bars->attachedAxes(), maximum);
    chart->legend()->setVisible(true);
    QList<QStringList> rows = panel->csvRows();
    if (!csvColumn.isEmpty() && rows.size() == values.size()) {
        for (int i = 0; i < rows.size(); ++i)
            rows[i].append(optionalNumber(values.at(i), 4));
        panel->setData(panel->csvHeader() + QStringList {csvColumn}, rows);
    }
}

QString AnalyticsServerOverlay::bucketNotes(const QList<Buckets> &buckets)
{
    bool coarse = false, finer = false;
    for (const Buckets &b : buckets) {
        coarse = coarse || b.coarse;
        finer = finer || b.finer;
    }
    if (coarse)
        return u' '
            + tr("The server answered in buckets wider than the local ones, so only its totals "
                 "are shown.");
    if (finer)
        return u' '
            + tr("The server's finer buckets are added up into the local ones (averages, "
                 "percentiles and rates: the mean of its buckets).");
    return {};
}

QString AnalyticsServerOverlay::differenceSentence(int tab, bool more, double difference)
{
    // Whole sentences per figure, so every language can place the number and its plural.
    const int n = int(std::min(std::llround(difference), qint64(std::numeric_limits<int>::max())));
    switch (tab) {
    case AnalyticsWindow::OverviewTab:
        return more ? tr("%Ln more requests than in this store.", nullptr, n)
                    : tr("%Ln fewer requests than in this store.", nullptr, n);
    case AnalyticsWindow::UsersTab:
        return more ? tr("%Ln more users than in this store.", nullptr, n)
                    : tr("%Ln fewer users than in this store.", nullptr, n);
    case AnalyticsWindow::ErrorsTab:
        return more ? tr("%Ln more errors than in this store.", nullptr, n)
                    : tr("%Ln fewer errors than in this store.", nullptr, n);
    case AnalyticsWindow::FeedbackTab:
        return more ? tr("%Ln more feedback entries than in this store.", nullptr, n)
                    : tr("%Ln fewer feedback entries than in this store.", nullptr, n);
    default:
        return {};
    }
}

QString AnalyticsServerOverlay::summary(double local) const
{
    double server = 0;
    bool percent = false;
    const QString figures = this->figures(&server, &percent);
    const ServerAnalyticsResult *s = m_result;
    const QString name = m_connection.toHtmlEscaped();
    QString text = QStringLiteral("<br>")
        + (s->fromCache ? tr("<b>Portkey (server)</b>, %1, %2: %3.")
                              .arg(name, ageText(s->fetchedAt), figures)
                        : tr("<b>Portkey (server)</b>, %1: %2.").arg(name, figures));
    if (std::isnan(server))
        return text + u' ' + tr("Its answer has no total to compare with this store's.")
            + ignoredSentence();
    const bool same
        = percent ? std::abs(local - server) < 0.05 : std::llround(local) == std::llround(server);
    if (same) {
        text += u' ' + tr("The same as in this store.");
    } else if (percent) {
        text += u' '
            + (server > local ? tr("%1 points higher than in this store.")
                              : tr("%1 points lower than in this store."))
                  .arg(QLocale().toString(std::abs(server - local), 'f', 1));
    } else {
        text += u' ' + differenceSentence(m_tab, server > local, std::abs(server - local));
    }
    if (!same && server > local) {
        const QDateTime synced = m_syncedUntil;
        if (!synced.isValid())
            text += u' '
                + tr("Logs not yet synced may explain it: %1 has never been synced into a "
                     "store (File > Connections > Sync Now).")
                      .arg(name);
        else if (synced.toMSecsSinceEpoch() < m_charts.query().toMs)
            text += u' '
                + tr("Logs not yet synced may explain it: %1 is synced up to %2 UTC.")
                      .arg(name, synced.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        else
            text += u' '
                + tr("Logs the server counts but this store lacks (removed here, or synced into "
                     "another store) may explain it.");
    } else if (!same) {
        text += u' '
            + tr("This store holds logs the server does not count here: imported from "
                 "elsewhere, from another workspace, or not yet processed by Portkey.");
    }
    return text + ignoredSentence();
}

QString AnalyticsServerOverlay::ignoredSentence() const
{
    if (m_ignored.isEmpty())
        return {};
    QStringList terms;
    for (const QString &t : m_ignored)
        terms.append(QStringLiteral("<tt>%1</tt>").arg(t.toHtmlEscaped()));
    return u' '
        + tr("The server's numbers ignore the part of the filter its graphs have no "
             "parameter for: %1.")
              .arg(terms.join(QStringLiteral(", ")));
}

QString AnalyticsServerOverlay::figures(double *main, bool *percent) const
{
    const ServerAnalyticsResult &s = *m_result;
    // A figure the server's summary left out shows as a dash and is not compared.
    const auto value = [&s](const char *graph, const char *key) {
        return numberIn(s.graphs.value(QLatin1String(graph)).summary, QLatin1String(key));
    };
    const auto count = [&value](const char *graph, const char *key) {
        const std::optional<double> v = value(graph, key);
        return v ? number(*v) : QStringLiteral("\u2013");
    };
    const auto fixed = [&value](const char *graph, const char *key, int decimals) {
        const std::optional<double> v = value(graph, key);
        return v ? QLocale().toString(*v, 'f', decimals) : QStringLiteral("\u2013");
    };
    const auto compared = [main](const std::optional<double> &v) {
        *main = v.value_or(std::nan(""));
    };
    *percent = false;
    switch (m_tab) {
    case AnalyticsWindow::OverviewTab: {
        compared(value("requests", "total"));
        const std::optional<double> cost = value("cost", "total");
        return tr("<b>%1</b> requests \u00b7 <b>%2</b> cost \u00b7 <b>%3</b> tokens \u00b7 "
                  "latency average <b>%4 ms</b>, p50 <b>%5</b>, p90 <b>%6</b>, p99 <b>%7</b> "
                  "\u00b7 <b>%8</b> errors (%9%)")
            .arg(count("requests", "total"), cost ? dollars(*cost) : QStringLiteral("\u2013"),
                 count("tokens", "total"), count("latency", "avg"), count("latency", "p50"),
                 count("latency", "p90"), count("latency", "p99"), count("errors", "total"),
                 fixed("errors/rate", "rate", 1));
    }
    case AnalyticsWindow::UsersTab:
        compared(value("users", "total"));
        return tr("<b>%1</b> unique users").arg(count("users", "total"));
    case AnalyticsWindow::ErrorsTab:
        compared(value("errors/status-codes", "total_errors"));
        return tr("<b>%1</b> errors with %2 distinct status codes \u00b7 rescued by retries "
                  "<b>%3</b> \u00b7 by fallbacks <b>%4</b>")
            .arg(count("errors/status-codes", "total_errors"),
                 count("errors/status-codes", "unique_error_codes"),
                 count("requests/rescued", "retry"), count("requests/rescued", "fallback"));
    case AnalyticsWindow::CacheTab:
        compared(value("cache/hit-rate", "rate"));
        *percent = true;
        return tr("hit rate <b>%1%</b> (total %2)")
            .arg(fixed("cache/hit-rate", "rate", 1), count("cache/hit-rate", "total"));
    case AnalyticsWindow::FeedbackTab:
        compared(value("feedbacks", "total"));
        return tr("<b>%1</b> feedback entries, weighted average <b>%2</b>")
            .arg(count("feedbacks", "total"), fixed("feedbacks/weighted", "avg", 2));
    default:
        return {};
    }
}
