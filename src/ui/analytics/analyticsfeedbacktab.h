// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analyticstab.h"

// The Feedback tab of the analytics window: feedback entries and their weighted average per
// bucket, the distribution of values from -10 to 10, and the average per model.
class AnalyticsFeedbackTab : public AnalyticsTab
{
    // Its strings keep the window's translation context (lupdate does not look into the base).
    Q_DECLARE_TR_FUNCTIONS(AnalyticsWindow)

public:
    using AnalyticsTab::AnalyticsTab;

    void build(const AnalyticsResult &r, const AnalyticsChartBuilder &charts,
               const AnalyticsServerOverlay *server) override;
};
