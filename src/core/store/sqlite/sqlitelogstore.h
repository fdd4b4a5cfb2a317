// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logstore.h"
#include "payloadcodec.h"
#include "sqlitedialect.h"

#include <QElapsedTimer>
#include <QHash>

#include <functional>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;
struct sqlite3_value;
struct SqlitePreparedBatch;
namespace ListColumns {
struct FeedbackOwners;
}

class FtsFeeder;
class SqliteIdHashes;

// The embedded SQLite backend: one connection to one file, <store>, with a second file,
// <store>.fts, attached as `fts`. The hot table `logs` holds the list columns, `payloads` the
// zstd-compressed bodies and raw record. The contentless FTS5 index `fts.logs_fts` holds the
// human text of the bodies (BodyText); it lives in its own file so that a bulk import builds it
// on a second thread (SQLite has one writer per file) while the list is written. Its
// statements are in this folder (sqlitelogstore.cpp opens, sqlitewrite, sqliteread,
// sqlitebulkimport, sqlitefeedback, sqliteanalytics, ...: one file a job) and SqliteDialect;
// what it builds like PostgresLogStore is in ListSql, PreparedRecord and FilterCompiler.
class SqliteLogStore : public LogStore
{
public:
    // The schema this build writes; older files are migrated forward on open.
    static constexpr int kSchemaVersion = 8;

    // Opens for reading and writing; when the store cannot be written (a full disk, a read-only
    // folder or file) but can be read, for reading only: queries work, writes fail saying why.
    static std::unique_ptr<SqliteLogStore> openFile(const QString &path, QString *error);
    // Called on the waiting thread every few seconds while a bulk import waits for another
    // connection's write lock, with how long it has waited ("waiting for another import").
    static void setLockWaitNotifier(std::function<void(qint64 waitedMs)> notifier);
    // How many ids a bulk import into an empty store tells apart in memory before it builds
    // the id's index (SqliteIdHashes::kMaxEntries; tests set a small one).
    static void setIdHashLimit(size_t entries) { s_idHashLimit = entries; }
    // The SQL of the migration step from version `from` to from + 1 (tests build old stores).
    static const char *migrationSql(int from);
    ~SqliteLogStore() override;
    SqliteLogStore(const SqliteLogStore &) = delete;
    SqliteLogStore &operator=(const SqliteLogStore &) = delete;

    QString location() const override;
    int schemaVersion() const override;

    std::optional<WriteResult> insert(const QList<LogRecord> &batch, QString *error) override;
    std::unique_ptr<PreparedBatch> prepare(const QList<LogRecord> &batch) const override;
    std::optional<WriteResult> insertPrepared(const QList<LogRecord> &batch,
                                              const PreparedBatch *prepared,
                                              QString *error) override;
    bool beginBulkImport(QString *error) override;
    bool finishBulkImport(QString *error) override;
    qint64 pendingFullTextRows() override;

    std::optional<FilterError> checkFilter(const QString &filter) const override;

    std::optional<Page> page(const LogQuery &query, const std::optional<PageKey> &after, int limit,
                             QString *error) override;
    std::optional<QVector<qint64>> rowIds(const LogQuery &query, QString *error,
                                          const std::atomic_bool *cancel = nullptr) override;
    QList<LogRecord> rowsByIds(const QVector<qint64> &rowIds, QString *error) override;

    std::optional<LogRecord> record(const QString &id, QString *error) override;
    std::optional<LogRecord> recordByRowId(qint64 rowId, QString *error) override;
    bool forEachRecord(const QString &filter,
                       const std::function<bool(const LogRecord &)> &onRecord, QString *error,
                       const std::atomic_bool *cancel = nullptr) override;
    bool forEachStoredRow(const QString &filter,
                          const std::function<bool(const StoredRow &)> &onRow, QString *error,
                          const std::atomic_bool *cancel = nullptr) override;

    std::optional<StoreTotals> totals(const QString &filter, QString *error) override;
    std::optional<QList<GroupCount>> groupCounts(const QString &filter, GroupBy group,
                                                 QString *error) override;
    QStringList knownValues(GroupBy group, int limit) override;

    bool addFeedback(const QString &logId, const FeedbackEntry &feedback, QString *error) override;
    bool removeFeedback(const QString &feedbackId, QString *error) override;
    bool updateFeedback(const FeedbackEntry &feedback, QString *error) override;

    // Analytics (sqliteanalytics.cpp).
    std::optional<std::pair<qint64, qint64>> timeBounds(const QString &filter,
                                                        QString *error) override;
    std::optional<QList<TimeBucket>> timeSeries(const AnalyticsQuery &query,
                                                QString *error) override;
    std::optional<LatencyStats> latencyPercentiles(const AnalyticsQuery &query,
                                                   QString *error) override;
    std::optional<TopUsers> topUsers(const AnalyticsQuery &query, int limit,
                                     QString *error) override;
    std::optional<QList<StatusCodeCount>> statusCodes(const AnalyticsQuery &query,
                                                      QString *error) override;
    std::optional<CacheStats> cacheStats(const AnalyticsQuery &query, QString *error) override;
    std::optional<QList<FeedbackBucket>> feedbackSeries(const AnalyticsQuery &query,
                                                        QString *error) override;
    std::optional<QList<FeedbackValueCount>> feedbackDistribution(const AnalyticsQuery &query,
                                                                  QString *error) override;
    std::optional<QList<FeedbackModel>> feedbackByModel(const AnalyticsQuery &query,
                                                        QString *error) override;

    // The store's settings (sqlitesettings.cpp).
    std::optional<QString> storeSetting(const QString &key, QString *error) override;
    bool setStoreSetting(const QString &key, const QString &value, QString *error) override;
    bool updateStoreSetting(const QString &key, const SettingChange &change,
                            QString *error) override;

    // Retention and forgetting (sqliteretention.cpp).
    std::optional<qint64> deleteLogs(const QString &filter, QString *error,
                                     const std::atomic_bool *cancel = nullptr) override;
    std::optional<qint64> forgetContent(const QString &filter, QString *error,
                                        const std::atomic_bool *cancel = nullptr) override;

    // Review claims (sqlitereview.cpp).
    std::optional<LogRecord> claimNextForReview(const QString &filter, const QString &reviewer,
                                                int claimSeconds, QString *error,
                                                const QList<qint64> &passOver = {}) override;
    std::optional<LogRecord> claimForReview(qint64 rowId, const QString &reviewer, int claimSeconds,
                                            QString *error) override;
    bool releaseReviewClaim(qint64 rowId, const QString &reviewer, QString *error) override;

    // Repricing (sqlitecosts.cpp).
    std::optional<qint64> updateCosts(const QList<CostUpdate> &updates, QString *error) override;

private:
    // The pass of forEachRecord() and forEachStoredRow(): the list columns (st), each log's
    // stored payload (nullptr: none) and feedback, in one statement and read transaction,
    // oldest first; block reads the payload of another row. Stops (true) when onRow returns
    // false.
    struct PayloadRow
    {
        sqlite3_stmt *st;
        const QByteArrayView *payload;
        sqlite3_stmt *block;
        QList<FeedbackEntry> feedback;
        bool failed = false;
        bool fail() // stops the pass with the error onRow set
        {
            failed = true;
            return false;
        }
    };
    bool forEachPayloadRow(const QString &filter, const std::function<bool(PayloadRow &row)> &onRow,
                           QString *error, const std::atomic_bool *cancel);
    // deleteLogs() (deleteRows) and forgetContent(); giveSpaceBack() after them
    // (sqliteretention.cpp).
    std::optional<qint64> removeLogContent(const QString &filter, bool deleteRows, QString *error,
                                           const std::atomic_bool *cancel);
    bool giveSpaceBack(QString *error);
    // Binds a filter parameter (integer, real, text or null); shared with the analytics queries.
    static void bindParameter(sqlite3_stmt *st, int i, const QVariant &value);
    SqliteLogStore(sqlite3 *db, const QString &path);
    static std::unique_ptr<SqliteLogStore> openWritable(const QString &path, QString *error);
    // writeError: why openWritable() failed, kept to explain a write later.
    static std::unique_ptr<SqliteLogStore> openReadOnly(const QString &path,
                                                        const QString &writeError, QString *error);

    // The busy handler: waits for a lock in short sleeps, kImportLockWaitMs during a bulk
    // import, kLockWaitMs otherwise, not at all while m_noWait.
    static int onBusy(void *self, int attempt);
    bool waitForLock(int attempt);
    static constexpr qint64 kLockWaitMs = 10'000;
    static constexpr qint64 kImportLockWaitMs = 5 * 60'000;
    static inline std::function<void(qint64)> s_lockWaitNotifier;
    static inline size_t s_idHashLimit = 0; // 0: SqliteIdHashes::kMaxEntries

    bool exec(const char *sql, QString *error);
    // BEGIN IMMEDIATE on the store and its full-text file together, or on neither: a try that
    // finds one of them busy lets go of the other and tries again after a short sleep, for up
    // to kImportLockWaitMs. Waiting inside SQLite's busy handler would hold the store's lock
    // while waiting for the .fts file, which another import's full-text writer holds until its
    // own next batch, which waits for the store's lock.
    bool beginOnBothFiles(QString *error);
    // A prepared statement kept for the life of the connection (reset before it is returned).
    sqlite3_stmt *statement(const QString &sql, QString *error);
    QString lastError() const; // with damagedStoreHint() when SQLite found the file corrupt
    QString damagedStoreHint() const;
    bool migrate(QString *error);
    bool ensureFullTextFile(QString *error);
    bool catchUpFullText(QString *error, bool wait = true);
    bool rebuildDeferredIndexes(const char *begin, QString *error);
    bool fullTextCaughtUp(bool *deferredIndexes, QString *error);
    std::optional<WriteResult> write(const QList<LogRecord> &batch,
                                     const SqlitePreparedBatch &prepared, QString *error);
    std::optional<QString> whereFor(const QString &filter, QVariantList &params,
                                    QString *error) const;
    // listedRowId: the row id the caller had from the store (a miss is then damage).
    std::optional<LogRecord> fullRecord(sqlite3_stmt *listQuery, QString *error,
                                        qint64 listedRowId = 0);
    bool updateFeedbackSummary(qint64 rowId, QString *error);
    // Feedback follows the trace: the summary of every log of the trace (or of the log alone
    // when it has no trace id) is recomputed, and a log shows all of its trace's entries.
    bool updateTraceFeedbackSummary(qint64 rowId, const QString &traceId, QString *error);
    bool loadFeedback(LogRecord &record, QString *error);
    // The traces and logs that have feedback (ListColumns::FeedbackOwners).
    std::optional<ListColumns::FeedbackOwners> feedbackOwners(QString *error);
    // Analytics: the filter plus the time range as one WHERE condition over `logs`, and a
    // one-off statement run row by row.
    // timeIndex false writes +created_at so that the planner prefers another index (the
    // latency index, already in the order the percentiles need).
    std::optional<QString> rangeWhere(const AnalyticsQuery &query, QVariantList &params,
                                      QString *error, bool timeIndex = true) const;
    bool forEachRow(const QString &sql, const QVariantList &params,
                    const std::function<void(sqlite3_stmt *)> &onRow, QString *error);
    // Every row of SELECT columns FROM fromWhere, in no particular order, handed over inside
    // SQLite's loop (an aggregate function of ours): for scans of the whole range.
    bool scanRows(const QString &columns, const QString &fromWhere, const QVariantList &params,
                  const std::function<void(sqlite3_value **)> &onRow, QString *error);

    // The charts' per-minute sums (sqlitestats.cpp). readChart() reads one chart: with a
    // filter, the logs that match it in the range (logColumns, and logCondition when not
    // empty, to onLog); without, the rows of statsTable (slot, then statsColumns, to onStats)
    // for the whole minutes inside the range whose sums are made and, for the rest, the logs.
    // perBucket: a minute cut by one of the query's bucket boundaries is read from the logs.
    bool readChart(const AnalyticsQuery &query, bool perBucket, const QString &logColumns,
                   const QString &logCondition, const std::function<void(sqlite3_value **)> &onLog,
                   const QString &statsTable, const QString &statsColumns,
                   const std::function<void(sqlite3_value **)> &onStats, QString *error);
    // Makes the sums of the minutes [fromSlot, endSlot) that stats_dirty lists again, in one
    // transaction; !wait gives up at once when another connection writes (false, busy).
    bool refreshStats(qint64 fromSlot, qint64 endSlot, bool wait, QString *error);

    sqlite3 *m_db = nullptr;
    bool m_scanRegistered = false;
    const std::function<void(sqlite3_value **)> *m_scanRow = nullptr;
    QString m_location;
    int m_schemaVersion = 0;
    bool m_bulk = false;
    bool m_readOnly = false; // opened for reading only, because of m_readOnlyReason
    QString m_readOnlyReason;
    bool m_noWait = false; // catchUpFullText() on open: give up rather than wait for a lock
    QElapsedTimer m_lockWait; // since the current wait for a lock began
    qint64 m_lockWaitNoticeMs = 0;
    SqliteDialect m_dialect;
    QHash<QString, sqlite3_stmt *> m_statements;
    std::unique_ptr<PayloadCodec> m_codec;
    // A bulk import's full-text writer: its own connection to the .fts file, on its own thread.
    std::unique_ptr<FtsFeeder> m_feeder;
    // A bulk import into an empty store: the ids it wrote, while their index is deferred.
    std::unique_ptr<SqliteIdHashes> m_idHashes;
};
