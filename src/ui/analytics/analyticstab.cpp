// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyticstab.h"

#include "chartpanel.h"

#include <QLabel>

AnalyticsTab::AnalyticsTab(const QList<ChartPanel *> &panels, QLabel *summary)
    : m_panels(panels)
    , m_summary(summary)
{ }

AnalyticsTab::~AnalyticsTab() = default;

ChartPanel *AnalyticsTab::panel(const QString &name) const
{
    for (ChartPanel *p : m_panels) {
        if (p->name() == name)
            return p;
    }
    return nullptr;
}

void AnalyticsTab::setSummary(const QString &text) const
{
    m_summary->setText(text);
}
