// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyticsfeedbacktab.h"

#include "analyticsformat.h"
#include "chartpanel.h"

#include <QChart>
#include <QLocale>

#include <cmath>

using namespace AnalyticsFormat;

void AnalyticsFeedbackTab::build(const AnalyticsResult &r, const AnalyticsChartBuilder &charts,
                                 const AnalyticsServerOverlay *server)
{
    QStringList labels;
    QList<qint64> times;
    QList<double> counts;
    QList<std::optional<double>> weighted;
    QList<QStringList> rows;
    qint64 total = 0;
    for (const FeedbackBucket &b : r.feedback) {
        labels.append(charts.bucketLabel(b.startMs));
        times.append(b.startMs);
        counts.append(double(b.count));
        weighted.append(b.weightedAvg);
        total += b.count;
        rows.append(
            {utcIso(b.startMs), QString::number(b.count), optionalNumber(b.weightedAvg, 3)});
    }
    const QStringList header {QStringLiteral("bucket_start_utc"), QStringLiteral("feedback"),
                              QStringLiteral("weighted_avg")};
    AnalyticsServerOverlay::Buckets sCount, sWeighted;
    if (server) {
        sCount = server->buckets(QStringLiteral("feedbacks"), QStringLiteral("total"), true);
        sWeighted
            = server->buckets(QStringLiteral("feedbacks/weighted"), QStringLiteral("avg"), false);
    }
    ChartPanel *p = panel(QStringLiteral("feedbackCount"));
    charts.barChart(
        p, labels, {{tr("Feedback"), counts}},
        [labels, counts](int i, int) -> QString {
            return tr("%1: %Ln feedback entries", nullptr, whole(counts.value(i)))
                .arg(labels.value(i));
        },
        [charts](int i, int) -> QString {
            return charts.bucketFilter(i) + QStringLiteral(" feedback:any");
        });
    p->setData(header, rows);
    if (server) {
        server->addLines(p, {{tr("Portkey (server)"), sCount.values}},
                         {QStringLiteral("portkey_feedback")}, labels);
    }
    p = panel(QStringLiteral("feedbackWeighted"));
    charts.lineChart(
        p, times, {{tr("Weighted average"), weighted}},
        [labels, weighted](int i, int) -> QString {
            return tr("%1: weighted average %2")
                .arg(labels.value(i), QLocale().toString(weighted.value(i).value_or(0), 'f', 2));
        },
        [charts](int i, int) -> QString {
            return charts.bucketFilter(i) + QStringLiteral(" feedback:any");
        });
    if (QChart *chart = p->chart(); chart && !chart->axes(Qt::Vertical).isEmpty())
        AnalyticsChartBuilder::setFeedbackRange(chart->axes(Qt::Vertical).first());
    p->setData(header, rows);
    if (server) {
        server->addLines(p, {{tr("Portkey (server)"), sWeighted.values}},
                         {QStringLiteral("portkey_weighted_avg")}, labels);
    }

    QStringList values;
    QList<double> valueCounts;
    QList<QStringList> valueRows;
    for (int v = -10; v <= 10; ++v) {
        qint64 n = 0;
        for (const FeedbackValueCount &c : r.values) {
            if (c.value == v)
                n = c.count;
        }
        values.append(QString::number(v));
        valueCounts.append(double(n));
        valueRows.append({QString::number(v), QString::number(n)});
    }
    p = panel(QStringLiteral("feedbackValues"));
    QList<std::optional<double>> serverScores;
    if (server) {
        // feedbacks/scores: {score, total} per value, no timestamps.
        QList<double> byValue(21, 0);
        for (const AnalyticsPoint &point :
             server->graph(QStringLiteral("feedbacks/scores")).points) {
            const std::optional<double> score
                = AnalyticsServerOverlay::numberIn(point.values, QStringLiteral("score"));
            if (score && std::llround(*score) >= -10 && std::llround(*score) <= 10)
                byValue[int(std::llround(*score)) + 10]
                    += AnalyticsServerOverlay::numberIn(point.values, QStringLiteral("total"))
                           .value_or(0);
        }
        for (double v : byValue)
            serverScores.append(v);
    }
    charts.barChart(
        p, values, {{tr("Entries"), valueCounts}},
        [valueCounts](int i, int) -> QString {
            return tr("Value %1: %Ln entries", nullptr, whole(valueCounts.value(i))).arg(i - 10);
        },
        [](int i, int) -> QString {
            // The list filters on a log's weighted average; a value's band is the nearest.
            const int v = i - 10;
            return QStringLiteral("feedback:%1..%2")
                .arg(QString::number(v - 0.5), QString::number(v + 0.5));
        },
        {.valueCategories = true});
    p->setData({QStringLiteral("value"), QStringLiteral("entries")}, valueRows);
    if (server)
        server->addBars(p, serverScores, values, QStringLiteral("portkey_entries"));

    QStringList models;
    QList<double> averages;
    QList<QStringList> modelRows;
    // The five with most entries: more rows than that leave no height for their names (Qt
    // Charts then writes "…"); the CSV has them all.
    constexpr int kTopModels = 5;
    for (const FeedbackModel &m : r.models.mid(0, kTopModels)) {
        models.append(m.model.isNull() ? tr("unknown") : m.model);
        averages.append(m.weightedAvg.value_or(0));
    }
    for (const FeedbackModel &m : r.models)
        modelRows.append({m.model, QString::number(m.count), optionalNumber(m.weightedAvg, 3)});
    p = panel(QStringLiteral("feedbackModels"));
    const QList<FeedbackModel> top = r.models.mid(0, kTopModels);
    QChart *chart = charts.barChart(
        p, models, {{tr("Average weighted feedback"), averages}},
        [top](int i, int) -> QString {
            const FeedbackModel m = top.value(i);
            return tr("%1: %2 over %Ln entries", nullptr, whole(double(m.count)))
                .arg(m.model, QLocale().toString(m.weightedAvg.value_or(0), 'f', 2));
        },
        [top](int i, int) -> QString {
            return term(QStringLiteral("model"), top.value(i).model)
                + QStringLiteral(" feedback:any");
        },
        {.horizontal = true});
    if (!chart->axes(Qt::Horizontal).isEmpty())
        AnalyticsChartBuilder::setFeedbackRange(chart->axes(Qt::Horizontal).first());
    p->setData(
        {QStringLiteral("model"), QStringLiteral("feedback"), QStringLiteral("weighted_avg")},
        modelRows);
    QString summary
        = tr("<b>%1</b> feedback entries on the logs in range (each entry once, on the "
             "log it was given on; it shows on every log of its trace). Weighted average "
             "= sum(value \u00d7 weight) / sum(weight).")
              .arg(number(double(total)));
    if (server) {
        summary = tr("<b>This store</b>: %1").arg(summary) + server->summary(double(total))
            + AnalyticsServerOverlay::bucketNotes({sCount, sWeighted});
    }
    setSummary(summary);
}
