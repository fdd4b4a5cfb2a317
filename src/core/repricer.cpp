// SPDX-License-Identifier: GPL-3.0-or-later
#include "repricer.h"

#include "logstore.h"
#include "pricing.h"

#include <cmath>

Repricer::Repricer(LogStore &store, const Pricing &pricing)
    : m_store(store)
    , m_pricing(pricing)
{ }

std::optional<Repricer::Summary> Repricer::run(const QString &filter, bool dryRun, QString *error,
                                               const std::atomic_bool *cancel)
{
    LogQuery query;
    query.filter = filter;
    query.descending = false;
    const std::optional<QVector<qint64>> ids = m_store.rowIds(query, error, cancel);
    if (!ids)
        return std::nullopt;
    Summary summary;
    for (qsizetype start = 0; start < ids->size(); start += kBatchSize) {
        if (cancel && cancel->load()) {
            if (error)
                *error = QStringLiteral("cancelled");
            return std::nullopt;
        }
        QString why;
        const QList<LogRecord> rows = m_store.rowsByIds(ids->mid(start, kBatchSize), &why);
        if (!why.isEmpty()) {
            if (error)
                *error = why;
            return std::nullopt;
        }
        QList<LogStore::CostUpdate> updates;
        for (const LogRecord &r : rows) {
            if (r.costCents && !r.costEstimated) {
                ++summary.sourceCosts;
                continue;
            }
            ++summary.examined;
            summary.centsBefore += r.costCents.value_or(0);
            const std::optional<CostBreakdown> b = m_pricing.breakdown(r);
            if (!b) {
                ++summary.unpriced;
                summary.centsAfter += r.costCents.value_or(0);
                continue;
            }
            const double cents = b->costCents();
            summary.centsAfter += cents;
            // Exactly the same double again on a second run: nothing to write.
            if (r.costCents && *r.costCents == cents && r.currency == b->price.currency)
                continue;
            updates.append({r.rowId, cents, b->price.currency, true});
        }
        if (dryRun) {
            summary.changed += updates.size();
            continue;
        }
        const std::optional<qint64> changed = m_store.updateCosts(updates, &why);
        if (!changed) {
            if (error)
                *error = why;
            return std::nullopt;
        }
        summary.changed += *changed;
    }
    return summary;
}
