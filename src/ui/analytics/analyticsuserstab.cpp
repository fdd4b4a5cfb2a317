// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyticsuserstab.h"

#include "analyticsformat.h"
#include "chartpanel.h"

#include <QChart>
#include <QLocale>

using namespace AnalyticsFormat;

void AnalyticsUsersTab::build(const AnalyticsResult &r, const AnalyticsChartBuilder &charts,
                              const AnalyticsServerOverlay *server)
{
    const QStringList header {QStringLiteral("user"), QStringLiteral("requests"),
                              QStringLiteral("cost_cents")};
    auto build = [&](const QString &name, const QList<AnalyticsGroup> &groups, bool byCost) {
        QStringList users;
        QList<double> values;
        QList<QStringList> rows;
        for (const AnalyticsGroup &g : groups) {
            users.append(g.key);
            values.append(byCost ? g.costCents / 100.0 : double(g.requests));
            rows.append({g.key, QString::number(g.requests), QString::number(g.costCents, 'f', 6)});
        }
        ChartPanel *p = panel(name);
        charts.barChart(
            p, users, {{byCost ? tr("Cost") : tr("Requests"), values}},
            [groups](int i, int) -> QString {
                const AnalyticsGroup g = groups.value(i);
                return tr("%1: %Ln requests, %2", nullptr, whole(double(g.requests)))
                    .arg(g.key, dollars(g.costCents));
            },
            [groups](int i, int) -> QString {
                return term(QStringLiteral("user"), groups.value(i).key);
            },
            {.horizontal = true});
        p->setData(header, rows);
    };
    build(QStringLiteral("usersByRequests"), r.users.byRequests, false);
    build(QStringLiteral("usersByCost"), r.users.byCost, true);
    QString summary
        = tr("<b>%1</b> users (from the <tt>_user</tt> metadata key); the top %2 are shown.")
              .arg(r.users.uniqueUsers)
              .arg(r.users.byRequests.size());
    if (server) {
        summary = tr("<b>This store</b>: %1").arg(summary)
            + server->summary(double(r.users.uniqueUsers));
    }
    setSummary(summary);
}
