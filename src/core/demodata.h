// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logrecord.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

class LogStore;

// Makes realistic Portkey-style logs for demos, screenshots and benchmarks: several providers and
// request types, every cache/retry/routing state, errors, Do-Not-Track rows, traces, feedback and
// real PNG images. Deterministic: the same seed and expected count give byte-identical records,
// whatever the batch sizes and whatever today's date is. Never reads the clock or the network.
class DemoData
{
public:
    // Timestamps run forward from 30 days before anchor(); with expectedCount records drawn they
    // end near the anchor (drawing more continues past it). Pass the number of records you mean
    // to draw so the timeline covers the whole month.
    explicit DemoData(quint64 seed = 1, qint64 expectedCount = 10000);
    ~DemoData();
    DemoData(DemoData &&) noexcept;
    DemoData &operator=(DemoData &&) noexcept;

    // The next n records of the sequence, in chronological order; calls continue where the last
    // one stopped, so next(a) + next(b) equals next(a + b) on a fresh generator.
    QList<LogRecord> next(int n);

    // The first count records of this seed's sequence, independent of next().
    QList<LogRecord> generate(int count) const;

    qint64 producedCount() const;

    struct FillResult
    {
        qint64 written = 0; // records handed to the store
        qint64 inserted = 0;
        qint64 duplicates = 0; // ids the store had already (the same seed twice)
        QString error; // empty when the store took every batch
    };
    // Writes the next count records into store in batches of batchSize as one bulk import, for
    // Load Demo Data and gatescope-cli demo: the full-text index is built once at the end, also
    // after a stop or a failed batch. progress(written) runs after each batch; false stops there.
    FillResult fill(LogStore &store, qint64 count, int batchSize,
                    const std::function<bool(qint64 written)> &progress = {});

    // The fixed end of the demo timeline: 2026-11-20T12:00:00Z.
    static QDateTime anchor();

private:
    struct Private;
    std::unique_ptr<Private> d;
};
