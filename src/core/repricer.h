// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <atomic>
#include <optional>

class LogStore;
class Pricing;

// Recomputes the estimated costs of stored logs from a pricing table, after the table changed:
// only logs whose cost is estimated or missing; a cost the source gave is never touched. A log
// the table cannot price keeps what it has. Writes one transaction per batch.
class Repricer
{
public:
    struct Summary
    {
        qint64 examined = 0; // logs with an estimated or missing cost
        qint64 changed = 0; // whose cost was (or, in a dry run, would be) changed
        qint64 unpriced = 0; // of the examined, those the table has no price for
        qint64 sourceCosts = 0; // logs with a cost from the source, left alone
        // The examined logs' costs together, in cents, before and after.
        double centsBefore = 0;
        double centsAfter = 0;
    };

    Repricer(LogStore &store, const Pricing &pricing);

    // The logs the filter selects (empty: all). dryRun computes and writes nothing.
    std::optional<Summary> run(const QString &filter, bool dryRun, QString *error,
                               const std::atomic_bool *cancel = nullptr);

    static constexpr int kBatchSize = 500;

private:
    LogStore &m_store;
    const Pricing &m_pricing;
};
