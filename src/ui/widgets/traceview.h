// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/logrecord.h"

#include <QTreeWidget>

#include <memory>

class StoreWorker;

// The trace view: the logs of the current result grouped by trace id into a tree of spans
// (parentSpanId) with each log's attempts, and a timeline bar per row. Built in a worker from
// whole traces (each trace is fetched by its indexed trace:ID filter).
class TraceView : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TraceView)

public:
    enum Column {
        NameColumn,
        ModelColumn,
        StatusColumn,
        StartColumn,
        LatencyColumn,
        TimelineColumn,
        ColumnCount
    };
    enum Role {
        RowIdRole = Qt::UserRole + 1,
        OffsetRole,
        DurationRole,
        TraceDurationRole,
        FailedRole
    };
    static constexpr int MaxTraces = 200;

    explicit TraceView(const QString &storeLocation, QWidget *parent = nullptr);
    ~TraceView() override;

    // rowIds: the first rows of the list's result, in its order; their traces are shown.
    void load(const QVector<qint64> &rowIds);
    bool isLoading() const { return m_loading; }
    qint64 currentRowId() const;

Q_SIGNALS:
    void loadFinished(int traces);
    void rowActivated(qint64 rowId);

private:
    void build(const QList<QList<LogRecord>> &traces);

    std::unique_ptr<StoreWorker> m_worker;
    int m_generation = 0;
    bool m_loading = false;
};
