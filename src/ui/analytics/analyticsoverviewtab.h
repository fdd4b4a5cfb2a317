// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analyticstab.h"

// The Overview tab of the analytics window: requests, cost, tokens, latency percentiles,
// errors and the error rate per bucket, with the server's lines over each.
class AnalyticsOverviewTab : public AnalyticsTab
{
    // Its strings keep the window's translation context (lupdate does not look into the base).
    Q_DECLARE_TR_FUNCTIONS(AnalyticsWindow)

public:
    using AnalyticsTab::AnalyticsTab;

    void build(const AnalyticsResult &r, const AnalyticsChartBuilder &charts,
               const AnalyticsServerOverlay *server) override;
};
