// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/analytics.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class LogStore;

// What the store computed for one tab of the analytics window over one range.
struct AnalyticsResult
{
    int generation = 0;
    int tab = 0;
    AnalyticsQuery query;
    bool empty = false; // no log matches the filter
    QString error;
    qint64 elapsedMs = 0;
    QList<TimeBucket> series;
    LatencyStats latency;
    TopUsers users;
    QList<StatusCodeCount> codes;
    CacheStats cache;
    QList<FeedbackBucket> feedback;
    QList<FeedbackValueCount> values;
    QList<FeedbackModel> models;
};

// The store queries behind the analytics window's tabs, run on the window's StoreWorker thread:
// the range a tab covers (a fixed span ending at the newest log that matches the filter, or a
// custom one) and the aggregates the tab draws. No widgets; the window draws the result.
class AnalyticsQueries
{
    Q_DECLARE_TR_FUNCTIONS(AnalyticsWindow)

public:
    struct Request
    {
        int generation = 0;
        int tab = 0; // AnalyticsWindow::Tab
        QString filter;
        int range = 0; // AnalyticsWindow::Range
        qint64 customFromMs = 0; // for the Custom range
        qint64 customToMs = 0;
    };

    // store: null when it could not be opened (the result says so).
    static AnalyticsResult run(LogStore *store, const Request &request);
    // The span of a fixed range (last hour, day, week, month); a custom range: a day.
    static qint64 span(int range);
};
