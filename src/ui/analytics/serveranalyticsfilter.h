// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

// What the control plane's analytics graphs (portkey-api.md 7.1) can take of a filter in the
// filter language: the terms they have a parameter for become query parameters, after: and
// before: narrow the time range, and every other term is listed as typed, so the analytics
// window can say which part of the filter the server's numbers ignore.
struct ServerAnalyticsFilter
{
    QUrlQuery query; // status_code, cost_min, metadata, ai_org_model, ...
    QStringList ignored; // terms (or OR groups) the graph endpoints have no parameter for
    std::optional<qint64> afterMs; // after: (inclusive), ms since the epoch, UTC
    std::optional<qint64> beforeMs; // before: (exclusive)

    static ServerAnalyticsFilter fromFilter(const QString &filter);
};
