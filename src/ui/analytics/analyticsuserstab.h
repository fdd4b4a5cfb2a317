// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analyticstab.h"

// The Users tab of the analytics window: the top users (the _user metadata key) by requests
// and by cost, and the count of unique users against the server's.
class AnalyticsUsersTab : public AnalyticsTab
{
    // Its strings keep the window's translation context (lupdate does not look into the base).
    Q_DECLARE_TR_FUNCTIONS(AnalyticsWindow)

public:
    using AnalyticsTab::AnalyticsTab;

    void build(const AnalyticsResult &r, const AnalyticsChartBuilder &charts,
               const AnalyticsServerOverlay *server) override;
};
