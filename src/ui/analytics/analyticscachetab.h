// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analyticstab.h"

// The Cache tab of the analytics window: the hit rate and the simple and semantic hits per
// bucket, and what the cache saved.
class AnalyticsCacheTab : public AnalyticsTab
{
    // Its strings keep the window's translation context (lupdate does not look into the base).
    Q_DECLARE_TR_FUNCTIONS(AnalyticsWindow)

public:
    using AnalyticsTab::AnalyticsTab;

    void build(const AnalyticsResult &r, const AnalyticsChartBuilder &charts,
               const AnalyticsServerOverlay *server) override;
};
