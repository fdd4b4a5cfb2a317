// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyticsoverviewtab.h"

#include "analyticsformat.h"
#include "chartpanel.h"

#include <QChart>
#include <QLocale>

using namespace AnalyticsFormat;

void AnalyticsOverviewTab::build(const AnalyticsResult &r, const AnalyticsChartBuilder &charts,
                                 const AnalyticsServerOverlay *server)
{
    QStringList labels;
    QList<qint64> times;
    QList<double> requests, tokens, errors;
    QList<std::optional<double>> cost, rate, avg, p50, p90, p99;
    qint64 totalRequests = 0, totalErrors = 0, withStatus = 0, totalTokens = 0;
    double totalCost = 0;
    QList<QStringList> rows;
    for (int i = 0; i < r.series.size(); ++i) {
        const TimeBucket &b = r.series.at(i);
        const LatencyBucket l
            = i < r.latency.buckets.size() ? r.latency.buckets.at(i) : LatencyBucket();
        labels.append(charts.bucketLabel(b.startMs));
        times.append(b.startMs);
        requests.append(double(b.requests));
        tokens.append(double(b.tokens));
        errors.append(double(b.errors));
        cost.append(b.costCents / 100.0);
        rate.append(b.errorRate());
        avg.append(l.avg);
        auto opt = [](const std::optional<qint64> &v) {
            return v ? std::optional<double>(double(*v)) : std::nullopt;
        };
        p50.append(opt(l.p50));
        p90.append(opt(l.p90));
        p99.append(opt(l.p99));
        totalRequests += b.requests;
        totalErrors += b.errors;
        withStatus += b.withStatus;
        totalTokens += b.tokens;
        totalCost += b.costCents;
        rows.append({utcIso(b.startMs), QString::number(b.requests),
                     QString::number(b.costCents, 'f', 6), QString::number(b.tokens),
                     optionalNumber(l.avg, 1), l.p50 ? QString::number(*l.p50) : QString(),
                     l.p90 ? QString::number(*l.p90) : QString(),
                     l.p99 ? QString::number(*l.p99) : QString(), QString::number(b.errors),
                     optionalNumber(b.errorRate(), 2)});
    }
    const QStringList header {QStringLiteral("bucket_start_utc"), QStringLiteral("requests"),
                              QStringLiteral("cost_cents"),       QStringLiteral("tokens"),
                              QStringLiteral("latency_avg_ms"),   QStringLiteral("latency_p50_ms"),
                              QStringLiteral("latency_p90_ms"),   QStringLiteral("latency_p99_ms"),
                              QStringLiteral("errors"),           QStringLiteral("error_rate_pct")};
    auto bucketClick = [charts](int i, int) -> QString {
        return charts.bucketFilter(i);
    };

    ChartPanel *p = panel(QStringLiteral("requests"));
    charts.barChart(
        p, labels, {{tr("Requests"), requests}},
        [labels, requests](int i, int) -> QString {
            return tr("%1: %Ln requests", nullptr, whole(requests.value(i))).arg(labels.value(i));
        },
        bucketClick);
    p->setData(header, rows);
    p = panel(QStringLiteral("cost"));
    charts.lineChart(
        p, times, {{tr("Cost"), cost}},
        [labels, cost](int i, int) -> QString {
            return tr("%1: %2").arg(labels.value(i), dollars(cost.value(i).value_or(0) * 100));
        },
        bucketClick);
    p->setData(header, rows);
    p = panel(QStringLiteral("tokens"));
    charts.barChart(
        p, labels, {{tr("Tokens"), tokens}},
        [labels, tokens](int i, int) -> QString {
            return tr("%1: %Ln tokens", nullptr, whole(tokens.value(i))).arg(labels.value(i));
        },
        bucketClick);
    p->setData(header, rows);
    p = panel(QStringLiteral("latency"));
    const QStringList names {tr("average"), tr("p50"), tr("p90"), tr("p99")};
    const QList<QList<std::optional<double>>> latencies {avg, p50, p90, p99};
    charts.lineChart(
        p, times, {{names.at(0), avg}, {names.at(1), p50}, {names.at(2), p90}, {names.at(3), p99}},
        [labels, names, latencies](int i, int s) -> QString {
            return tr("%1: %2 %3 ms")
                .arg(labels.value(i), names.value(s),
                     number(latencies.value(s).value(i).value_or(0)));
        },
        bucketClick);
    p->setData(header, rows);
    p = panel(QStringLiteral("errors"));
    charts.barChart(
        p, labels, {{tr("Errors"), errors}},
        [labels, errors](int i, int) -> QString {
            return tr("%1: %Ln errors", nullptr, whole(errors.value(i))).arg(labels.value(i));
        },
        [charts](int i, int) -> QString {
            return charts.bucketFilter(i) + QStringLiteral(" status:>=400");
        });
    p->setData(header, rows);
    p = panel(QStringLiteral("errorRate"));
    charts.lineChart(
        p, times, {{tr("Error rate"), rate}},
        [labels, rate](int i, int) -> QString {
            return tr("%1: %2% errors")
                .arg(labels.value(i), QLocale().toString(rate.value(i).value_or(0), 'f', 1));
        },
        [charts](int i, int) -> QString {
            return charts.bucketFilter(i) + QStringLiteral(" status:>=400");
        });
    p->setData(header, rows);

    const LatencyBucket &o = r.latency.overall;
    QString summary
        = tr("<b>%1</b> requests \u00b7 <b>%2</b> cost \u00b7 <b>%3</b> tokens \u00b7 "
             "latency average <b>%4 ms</b>, p50 <b>%5</b>, p90 <b>%6</b>, p99 <b>%7</b> "
             "\u00b7 <b>%8</b> errors (%9%)")
              .arg(number(double(totalRequests)), dollars(totalCost), number(double(totalTokens)),
                   number(o.avg.value_or(0)), number(double(o.p50.value_or(0))),
                   number(double(o.p90.value_or(0))), number(double(o.p99.value_or(0))),
                   number(double(totalErrors)),
                   QLocale().toString(withStatus ? 100.0 * double(totalErrors) / double(withStatus)
                                                 : 0.0,
                                      'f', 1));

    if (server) {
        const AnalyticsServerOverlay::Buckets sRequests
            = server->buckets(QStringLiteral("requests"), QStringLiteral("total"), true);
        AnalyticsServerOverlay::Buckets sCost
            = server->buckets(QStringLiteral("cost"), QStringLiteral("total"), true);
        for (std::optional<double> &v : sCost.values) {
            if (v)
                *v /= 100.0; // cents, as the local cost; the chart is in dollars
        }
        const AnalyticsServerOverlay::Buckets sTokens
            = server->buckets(QStringLiteral("tokens"), QStringLiteral("total"), true);
        const AnalyticsServerOverlay::Buckets sAvg
            = server->buckets(QStringLiteral("latency"), QStringLiteral("avg"), false);
        const AnalyticsServerOverlay::Buckets sP50
            = server->buckets(QStringLiteral("latency"), QStringLiteral("p50"), false);
        const AnalyticsServerOverlay::Buckets sP90
            = server->buckets(QStringLiteral("latency"), QStringLiteral("p90"), false);
        const AnalyticsServerOverlay::Buckets sP99
            = server->buckets(QStringLiteral("latency"), QStringLiteral("p99"), false);
        const AnalyticsServerOverlay::Buckets sErrors
            = server->buckets(QStringLiteral("errors"), QStringLiteral("total"), true);
        const AnalyticsServerOverlay::Buckets sRate
            = server->buckets(QStringLiteral("errors/rate"), QStringLiteral("rate"), false);
        const QString serverName = tr("Portkey (server)");
        server->addLines(panel(QStringLiteral("requests")), {{serverName, sRequests.values}},
                         {QStringLiteral("portkey_requests")}, labels);
        server->addLines(panel(QStringLiteral("cost")), {{serverName, sCost.values}},
                         {QStringLiteral("portkey_cost_usd")}, labels);
        server->addLines(panel(QStringLiteral("tokens")), {{serverName, sTokens.values}},
                         {QStringLiteral("portkey_tokens")}, labels);
        server->addLines(
            panel(QStringLiteral("latency")),
            {{tr("server average"), sAvg.values},
             {tr("server p50"), sP50.values},
             {tr("server p90"), sP90.values},
             {tr("server p99"), sP99.values}},
            {QStringLiteral("portkey_latency_avg_ms"), QStringLiteral("portkey_latency_p50_ms"),
             QStringLiteral("portkey_latency_p90_ms"), QStringLiteral("portkey_latency_p99_ms")},
            labels);
        server->addLines(panel(QStringLiteral("errors")), {{serverName, sErrors.values}},
                         {QStringLiteral("portkey_errors")}, labels);
        server->addLines(panel(QStringLiteral("errorRate")), {{serverName, sRate.values}},
                         {QStringLiteral("portkey_error_rate_pct")}, labels);
        summary = tr("<b>This store</b>: %1.").arg(summary) + server->summary(double(totalRequests))
            + AnalyticsServerOverlay::bucketNotes(
                      {sRequests, sCost, sTokens, sAvg, sErrors, sRate});
    }
    setSummary(summary);
}
