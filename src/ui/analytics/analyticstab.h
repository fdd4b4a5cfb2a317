// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analyticschartbuilder.h"
#include "analyticsqueries.h"
#include "analyticsserveroverlay.h"

#include <QCoreApplication>
#include <QList>

class ChartPanel;
class QLabel;

// One tab of the analytics window: draws its charts and its summary from the store's result for
// the tab and, when they are current, the server's numbers. The window owns the panels and the
// summary label and decides when to draw; a tab only fills them.
class AnalyticsTab
{
    Q_DECLARE_TR_FUNCTIONS(AnalyticsWindow)
    Q_DISABLE_COPY_MOVE(AnalyticsTab)

public:
    AnalyticsTab(const QList<ChartPanel *> &panels, QLabel *summary);
    virtual ~AnalyticsTab();

    // server: null when there are no current server numbers for the tab. r is never empty.
    virtual void build(const AnalyticsResult &r, const AnalyticsChartBuilder &charts,
                       const AnalyticsServerOverlay *server)
        = 0;

protected:
    ChartPanel *panel(const QString &name) const;
    void setSummary(const QString &text) const;

private:
    QList<ChartPanel *> m_panels;
    QLabel *m_summary;
};
