// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analyticstab.h"

// The Errors tab of the analytics window: the error status codes (the server's as hatched
// bars beside them) and the requests rescued by retries and fallbacks per bucket.
class AnalyticsErrorsTab : public AnalyticsTab
{
    // Its strings keep the window's translation context (lupdate does not look into the base).
    Q_DECLARE_TR_FUNCTIONS(AnalyticsWindow)

public:
    using AnalyticsTab::AnalyticsTab;

    void build(const AnalyticsResult &r, const AnalyticsChartBuilder &charts,
               const AnalyticsServerOverlay *server) override;
};
