// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logtablemodel.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QVector>

#include <atomic>
#include <memory>

class StoreWorker;

// Finds, for a LogTableModel, the rows stored after its list was loaded and where they belong in
// it: one lookup at a time in the model's worker; newest-first lists ask the store only for the
// rows after the oldest new one, other orders reload their index at most every ReloadIntervalMs.
// It only works out the insertion (rowsFound); the model lays it into its rows and block cache.
class LiveRowMerger : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveRowMerger)

public:
    // The new rows: `ids` go at `positions` (rows of the final list, ascending) and `rows` are
    // read for them. With `reset` the rows went away, moved or came in thousands: `ids` is the
    // whole index as it is now.
    struct Insertion
    {
        QVector<qint64> ids;
        QVector<int> positions;
        LogTableModel::Block rows;
        bool reset = false;
    };
    static constexpr int ReloadIntervalMs = 2000;

    // `worker` is the model's and outlives this object.
    LiveRowMerger(LogTableModel *model, StoreWorker *worker);
    ~LiveRowMerger() override;

    // Rows were stored, none created before `oldest`.
    void refreshForNewRows(const QDateTime &oldest);
    // Rows were committed by others; their creation times are unknown.
    void refreshForRowsByOthers();
    // Looks up what is due, unless a lookup runs or the model loads (it calls this when done).
    void resume();
    // The model runs a new query: the running lookup's answer is dropped, what is due stays.
    void dropLookup();
    qint64 lookups() const { return m_lookups; }

Q_SIGNALS:
    // Sent only while the model has the rows the lookup compared with.
    void rowsFound(const LiveRowMerger::Insertion &insertion);

private:
    void start();
    void onLookedUp(int generation, qsizetype knownRows, const Insertion &insertion);
    // In the worker: the rows of `query` not in `known` and where they go.
    static Insertion lookUp(LogStore *store, const QVector<qint64> &known, const LogQuery &query,
                            QDateTime oldest, bool byOthers, bool utc,
                            const std::atomic_bool &cancel);

    LogTableModel *m_model;
    StoreWorker *m_worker;
    // The oldest creation time not yet looked up; others' rows due.
    QDateTime m_oldest;
    bool m_byOthers = false;
    bool m_inFlight = false;
    int m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QTimer m_timer;
    qint64 m_lookups = 0;
};
