// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statuschip.h"
#include "store/logstore.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>
#include <QVector>

#include <atomic>
#include <memory>

class LiveRowMerger;
class SharedStoreWatch;
class StoreWorker;

// The log list over the store, the Wireshark way: the whole result is a compact index of row ids
// (LogStore::rowIds, loaded in a worker), rows are fetched by blocks in the worker into an LRU
// cache with their display strings precomputed, and data() only reads that cache. A row whose
// block is not loaded shows a placeholder and asks for it. data() never touches disk or parses
// JSON. Sorting and filtering happen in the store (LogQuery). Live rows are found by a
// LiveRowMerger and laid in here; a shared store is watched by a SharedStoreWatch.
class LogTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogTableModel)

public:
    enum Column {
        Time,
        Type,
        Model,
        Images,
        Tokens,
        Cost,
        Latency,
        Status,
        Feedback,
        Trace,
        ColumnCount
    };
    enum Role {
        RowIdRole = Qt::UserRole + 1, // qint64
        LogIdRole, // QString
        LoadedRole, // bool: the row's block is in the cache
        ChipsRole, // QList<StatusChip> (Status column)
        ImagesRole, // QList<QVariant> of QVariantMap {hash, direction, url} (Images column)
        TraceIdRole, // QString
    };
    static constexpr int BlockSize = 200;

    // A row of the list with its display strings made once, in the worker that read it.
    struct Row
    {
        LogRecord record; // list columns only
        QString text[ColumnCount];
        QList<StatusChip> chips;
        QList<QVariant> images;
    };
    using Block = QVector<Row>;
    static Row makeRow(LogRecord record, bool utc);

    explicit LogTableModel(const QString &storeLocation, QObject *parent = nullptr);
    ~LogTableModel() override;

    // Runs a new query: the first page comes first, then the full index.
    void setQuery(const LogQuery &query);
    LogQuery query() const { return m_query; }
    void reload() { setQuery(m_query); }

    // Live sources: rows were stored, none created before `oldest`. Finds those the query
    // matches (in the worker) and inserts them where they belong, one batch per update, so
    // persistent indexes (the selection) stay on their logs. Newest-first lists ask the store
    // only for the rows after `oldest`; other orders reload the index, at most every 2 s.
    void refreshForNewRows(const QDateTime &oldest);
    qint64 liveRowsInserted() const { return m_liveInserted; }
    // How many lookups for new rows ran (a burst of notifications should make one).
    qint64 liveLookups() const;

    // A shared store (PostgreSQL): watches what other connections commit (SharedStoreWatch, on
    // the worker's connection) and shows it as live rows are shown. watchFailed() says why when
    // the store cannot be watched.
    void watchOtherWriters();
    bool isWatchingOthers() const;
    // Rows were committed by others; their creation times are unknown.
    void refreshForRowsByOthers();
    // A dropped connection (the server restarted, the network went): watchLost() says so, with
    // the store's reason, and again with each failed try's. The store is opened again (every
    // StoreWorker on it follows) after SharedStoreWatch's backoff; once it is watched again
    // (watchingOthers()) the list catches up on what was committed meanwhile: rows by the lookup
    // and count used for others' rows, the cached rows read again for their feedback, a query
    // that failed meanwhile run again. watchOtherWriters() while reconnecting tries at once.
    bool isReconnecting() const;
    QString connectionProblem() const;
    int reconnectTries() const;
    bool isReconnectTryRunning() const;
    // The feedback of these logs changed: the listed rows that show it (the logs and the rest
    // of their traces) are read again in place.
    void refreshFeedback(const QStringList &logIds);

    bool isIndexComplete() const { return m_indexComplete; }
    bool isLoading() const { return m_loading; }
    QString lastError() const { return m_lastError; }
    qint64 rowIdAt(int row) const;
    int rowOfRowId(qint64 rowId) const; // -1 when not in the result
    // The cached list columns of a row, or nullptr while its block is loading.
    const LogRecord *recordAt(int row) const;
    // The row ids of the first `limit` rows of the result (trace view, exports).
    QVector<qint64> rowIds(int limit) const { return m_ids.mid(0, limit); }
    // The whole index, in list order (what live rows are compared with).
    const QVector<qint64> &rowIds() const { return m_ids; }

    void setUtc(bool utc);
    bool isUtc() const { return m_utc; }
    // Caps the block cache (rows = blocks * BlockSize); for tests and the benchmark.
    void setMaxCachedBlocks(int blocks) { m_maxBlocks = qMax(2, blocks); }
    int cachedBlockCount() const { return int(m_blocks.size()); }

    static std::optional<SortColumn> sortColumnFor(int column);
    static int columnFor(SortColumn sort);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void firstRowsReady(); // the first page is shown
    void indexLoaded(int count); // the row count is known
    void queryFailed(const QString &message);
    void blockLoaded(int block);
    // Around the insertion of live rows (refreshForNewRows): views keep their place with these.
    void liveRowsAboutToBeInserted();
    void liveRowsWereInserted(int count);
    void watchingOthers();
    void watchFailed(const QString &message);
    void watchLost(const QString &reason);
    // After refreshFeedback(): the rows (listed or not) whose feedback was read again.
    void feedbackRefreshed(const QVector<qint64> &rowIds);

private:
    static QString timeText(const QDateTime &time, bool utc);
    void requestBlock(int block) const;
    void flushRequests();
    void storeBlock(int block, Block rows);
    void dropPending(int block);
    void onFirstPage(int generation, Block rows, bool complete);
    void onIndex(int generation, QVector<qint64> ids);
    void onError(int generation, const QString &message);
    const Row *rowAt(int row) const;
    void catchUp();
    // The rows showing these logs' feedback (every cached row with `allCached`) read again.
    void rereadRows(const QStringList &logIds, bool allCached);
    void onBlockFailed(int block);
    void onFeedbackRows(int generation, const Block &rows, const QVector<qint64> &affected);
    // Lays a LiveRowMerger's rows into the list and the cache.
    void insertLiveRows(QVector<qint64> ids, const QVector<int> &positions, const Block &rows,
                        bool reset);

    std::unique_ptr<StoreWorker> m_worker;
    LogQuery m_query;
    int m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QVector<qint64> m_ids; // the compact index, in query order
    bool m_indexComplete = false;
    bool m_loading = false;
    QString m_lastError;
    bool m_utc = false;
    int m_maxBlocks = 64;
    QHash<int, std::shared_ptr<Block>> m_blocks;
    mutable QList<int> m_lru; // most recent last
    mutable QSet<int> m_pending; // requested, not yet arrived
    mutable QList<int> m_wanted; // requested by data() since the last flush
    mutable QTimer m_flushTimer;
    // Incremented per flush; a queued block job two flushes old is skipped (the user scrolled on).
    std::shared_ptr<std::atomic_int> m_flushSerial;
    qint64 m_liveInserted = 0;
    // Declared after m_worker: destroyed before it, while it runs their last jobs.
    std::unique_ptr<LiveRowMerger> m_live;
    std::unique_ptr<SharedStoreWatch> m_watch;
};
