// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyticsqueries.h"

#include "analyticswindow.h"
#include "store/logstore.h"

#include <QElapsedTimer>

namespace {

constexpr qint64 kHourMs = 3600 * 1000;

} // namespace

qint64 AnalyticsQueries::span(int range)
{
    const qint64 spans[] = {kHourMs, 24 * kHourMs, 7 * 24 * kHourMs, 30 * 24 * kHourMs};
    return range >= AnalyticsWindow::LastHour && range <= AnalyticsWindow::LastMonth ? spans[range]
                                                                                     : 24 * kHourMs;
}

AnalyticsResult AnalyticsQueries::run(LogStore *store, const Request &request)
{
    QElapsedTimer timer;
    timer.start();
    AnalyticsResult r;
    r.generation = request.generation;
    r.tab = request.tab;
    r.query.filter = request.filter;
    QString error;
    auto done = [&] {
        r.error = error;
        r.elapsedMs = timer.elapsed();
        return r;
    };
    if (!store) {
        error = tr("The store could not be opened.");
        return done();
    }
    if (request.range == AnalyticsWindow::Custom) {
        r.query.fromMs = request.customFromMs;
        r.query.toMs = qMax(request.customFromMs + 60 * 1000, request.customToMs);
        r.query.bucketMs = AnalyticsQuery::bucketFor(r.query.toMs - r.query.fromMs);
    } else {
        const qint64 span = AnalyticsQueries::span(request.range);
        const auto bounds = store->timeBounds(request.filter, &error);
        if (!bounds) {
            r.empty = error.isEmpty();
            return done();
        }
        const qint64 bucket = AnalyticsQuery::bucketFor(span);
        r.query.bucketMs = bucket;
        r.query.toMs = (bounds->second / bucket + 1) * bucket;
        r.query.fromMs = r.query.toMs - (span + bucket - 1) / bucket * bucket;
    }
    const AnalyticsQuery &q = r.query;
    bool ok = true;
    auto take = [&](auto &&value, auto &target) {
        if (!value)
            ok = false;
        else
            target = *value;
    };
    switch (request.tab) {
    case AnalyticsWindow::OverviewTab:
        take(store->timeSeries(q, &error), r.series);
        if (ok)
            take(store->latencyPercentiles(q, &error), r.latency);
        break;
    case AnalyticsWindow::UsersTab:
        take(store->topUsers(q, 10, &error), r.users);
        break;
    case AnalyticsWindow::ErrorsTab:
        take(store->statusCodes(q, &error), r.codes);
        if (ok)
            take(store->timeSeries(q, &error), r.series);
        break;
    case AnalyticsWindow::CacheTab:
        take(store->cacheStats(q, &error), r.cache);
        if (ok)
            take(store->timeSeries(q, &error), r.series);
        break;
    case AnalyticsWindow::FeedbackTab:
        take(store->feedbackSeries(q, &error), r.feedback);
        if (ok)
            take(store->feedbackDistribution(q, &error), r.values);
        if (ok)
            take(store->feedbackByModel(q, &error), r.models);
        break;
    default:
        break;
    }
    if (ok)
        error.clear();
    return done();
}
