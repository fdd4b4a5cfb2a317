// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyticscachetab.h"

#include "analyticsformat.h"
#include "chartpanel.h"

#include <QChart>
#include <QLocale>

using namespace AnalyticsFormat;

void AnalyticsCacheTab::build(const AnalyticsResult &r, const AnalyticsChartBuilder &charts,
                              const AnalyticsServerOverlay *server)
{
    QStringList labels;
    QList<qint64> times;
    QList<std::optional<double>> rate;
    QList<double> simple, semantic;
    QList<QStringList> rows;
    for (const TimeBucket &b : r.series) {
        labels.append(charts.bucketLabel(b.startMs));
        times.append(b.startMs);
        rate.append(b.cacheHitRate());
        simple.append(double(b.simpleHits));
        semantic.append(double(b.semanticHits));
        rows.append({utcIso(b.startMs), QString::number(b.cacheable), QString::number(b.simpleHits),
                     QString::number(b.semanticHits), optionalNumber(b.cacheHitRate(), 2)});
    }
    const QStringList header {QStringLiteral("bucket_start_utc"), QStringLiteral("cacheable"),
                              QStringLiteral("simple_hits"), QStringLiteral("semantic_hits"),
                              QStringLiteral("hit_rate_pct")};
    ChartPanel *p = panel(QStringLiteral("cacheHitRate"));
    charts.lineChart(
        p, times, {{tr("Hit rate"), rate}},
        [labels, rate](int i, int) -> QString {
            return tr("%1: %2% of cacheable requests hit")
                .arg(labels.value(i), QLocale().toString(rate.value(i).value_or(0), 'f', 1));
        },
        [charts](int i, int) -> QString {
            return charts.bucketFilter(i) + QStringLiteral(" cache:hit");
        });
    p->setData(header, rows);
    p = panel(QStringLiteral("cacheHits"));
    const QStringList names {tr("Simple"), tr("Semantic")};
    charts.barChart(
        p, labels, {{names.at(0), simple}, {names.at(1), semantic}},
        [labels, simple, semantic](int i, int s) -> QString {
            const int n = whole(s == 0 ? simple.value(i) : semantic.value(i));
            return s == 0 ? tr("%1: %Ln simple hits", nullptr, n).arg(labels.value(i))
                          : tr("%1: %Ln semantic hits", nullptr, n).arg(labels.value(i));
        },
        [charts](int i, int s) -> QString {
            return charts.bucketFilter(i)
                + (s == 0 ? QStringLiteral(" cache:hit") : QStringLiteral(" cache:semantic_hit"));
        },
        {.stacked = true});
    p->setData(header, rows);
    const CacheStats &c = r.cache;
    QString summary
        = tr("Hit rate <b>%1%</b> (%2 simple and %3 semantic hits of %4 cacheable "
             "requests) \u00b7 average latency of a hit <b>%5 ms</b> against <b>%6 ms</b> "
             "\u00b7 saved about <b>%7 s</b> of latency and <b>%8</b> (estimated from the "
             "same model's requests not served from the cache)")
              .arg(QLocale().toString(c.hitRate().value_or(0), 'f', 1),
                   number(double(c.simpleHits)), number(double(c.semanticHits)),
                   number(double(c.cacheable)), number(c.avgHitLatencyMs.value_or(0)),
                   number(c.avgMissLatencyMs.value_or(0)), number(c.latencySavedMs / 1000.0),
                   dollars(c.costSavedCents));
    if (server) {
        const AnalyticsServerOverlay::Buckets sRate
            = server->buckets(QStringLiteral("cache/hit-rate"), QStringLiteral("rate"), false);
        const AnalyticsServerOverlay::Buckets sSimple = server->buckets(
            QStringLiteral("cache/hit-rate"), QStringLiteral("simple_hits"), true);
        const AnalyticsServerOverlay::Buckets sSemantic = server->buckets(
            QStringLiteral("cache/hit-rate"), QStringLiteral("semantic_hits"), true);
        server->addLines(panel(QStringLiteral("cacheHitRate")),
                         {{tr("Portkey (server)"), sRate.values}},
                         {QStringLiteral("portkey_hit_rate_pct")}, labels);
        server->addLines(
            panel(QStringLiteral("cacheHits")),
            {{tr("server: simple"), sSimple.values}, {tr("server: semantic"), sSemantic.values}},
            {QStringLiteral("portkey_simple_hits"), QStringLiteral("portkey_semantic_hits")},
            labels);
        summary = tr("<b>This store</b>: %1.").arg(summary)
            + server->summary(c.hitRate().value_or(0))
            + AnalyticsServerOverlay::bucketNotes({sRate, sSimple, sSemantic});
    }
    setSummary(summary);
}
