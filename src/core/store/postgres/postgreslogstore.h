// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logstore.h"
#include "postgresdialect.h"

#include <QSqlDatabase>

#include <memory>

struct pg_conn;
struct pg_result;
namespace ListColumns {
struct FeedbackOwners;
}

class PayloadCodec;
struct PostgresPreparedBatch;

// The team store: one connection to a PostgreSQL 15 database that several collectors write to
// and every desktop reads. The same tables and meaning as SqliteLogStore (list columns in
// `logs`, the same PayloadCodec blobs in `payloads`, feedback with its author), with a
// tsvector full-text index in `log_text` and jsonb metadata. Connects through Qt's QPSQL
// driver and talks libpq through its handle: COPY for batches, exact types for reads. Never
// takes a password from the location: libpq reads PGPASSWORD or ~/.pgpass. Its statements are
// in this folder (postgreslogstore.cpp opens, postgreswrite, postgresread, postgresfeedback,
// postgresanalytics, ...: one file a job) and PostgresDialect; what it builds like
// SqliteLogStore is in ListSql, PreparedRecord and FilterCompiler.
class PostgresLogStore : public LogStore
{
public:
    static constexpr int kSchemaVersion = 3;
    // NOTIFY channel: "<backend pid> logs <n>" after a batch, "<pid> feedback <log id>".
    static constexpr char kChannel[] = "gatescope_logs";

    // location: postgresql://user@host:port/dbname[?sslmode=...] (also postgres://).
    static std::unique_ptr<PostgresLogStore> openUrl(const QString &location, QString *error);
    // The SQL of the migration step from version `from` to from + 1 (tests build old stores).
    static const char *migrationSql(int from);
    // Where a password comes from besides libpq's PGPASSWORD and ~/.pgpass: the app and
    // gatescope-cli install one that reads the system keychain (this library knows none).
    // Called with the location for every new connection, in the connecting thread; an empty
    // answer leaves it to libpq.
    using PasswordProvider = std::function<QString(const QString &location)>;
    static void setPasswordProvider(PasswordProvider provider);
    ~PostgresLogStore() override;
    PostgresLogStore(const PostgresLogStore &) = delete;
    PostgresLogStore &operator=(const PostgresLogStore &) = delete;

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

    // Analytics (postgresanalytics.cpp).
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

    bool watchChanges(std::function<void(const QString &)> onChange, QString *error) override;

    // The store's settings (postgressettings.cpp).
    std::optional<QString> storeSetting(const QString &key, QString *error) override;
    bool setStoreSetting(const QString &key, const QString &value, QString *error) override;
    bool updateStoreSetting(const QString &key, const SettingChange &change,
                            QString *error) override;

    // Retention and forgetting (postgresretention.cpp).
    std::optional<qint64> deleteLogs(const QString &filter, QString *error,
                                     const std::atomic_bool *cancel = nullptr) override;
    std::optional<qint64> forgetContent(const QString &filter, QString *error,
                                        const std::atomic_bool *cancel = nullptr) override;

    // Review claims (postgresreview.cpp).
    std::optional<LogRecord> claimNextForReview(const QString &filter, const QString &reviewer,
                                                int claimSeconds, QString *error,
                                                const QList<qint64> &passOver = {}) override;
    std::optional<LogRecord> claimForReview(qint64 rowId, const QString &reviewer, int claimSeconds,
                                            QString *error) override;
    bool releaseReviewClaim(qint64 rowId, const QString &reviewer, QString *error) override;

    // Repricing (postgrescosts.cpp).
    std::optional<qint64> updateCosts(const QList<CostUpdate> &updates, QString *error) override;

    // Who wrote a feedback entry (the database user of the session that stored it).
    std::optional<QString> feedbackAuthor(const QString &feedbackId, QString *error);

private:
    PostgresLogStore(const QString &location, const QString &connectionName);
    // deleteLogs() (deleteRows) and forgetContent() (postgresretention.cpp).
    std::optional<qint64> removeLogContent(const QString &filter, bool deleteRows, QString *error,
                                           const std::atomic_bool *cancel);

    class Result;
    // Runs one statement with bound parameters (QVariant types -> int8, float8, text, bytea).
    Result run(const QString &sql, const QVariantList &params, QString *error,
               bool binaryResult = false);
    bool exec(const char *sql, QString *error);
    QString lastError() const;
    bool migrate(QString *error);
    bool catchUpFullText(QString *error);
    // Builds the indexes and full text that bulk imports deferred, unless an import is running
    // (the last one to finish does it): on open, and when an import finishes.
    bool completeDeferredIndexing(QString *error);
    bool deferIndexesOfEmptyStore(QString *why);
    bool buildDeferredIndexes(QString *error);
    // One deferred index (name, its CREATE INDEX) in a transaction of its own.
    bool buildIndex(const QString &name, const QString &definition, QString *error);
    // A bulk import's full-text writer and what it is given: the committed rows of one batch
    // with their text, and the gatescope_text_pending entry that lists them until written.
    class TextWriter;
    struct TextBatch;
    bool writeText(const TextBatch &batch, QString *error);
    // The batches a full-text writer did not write (it died with its import), from the payloads.
    bool indexPendingText(QString *error);
    std::optional<WriteResult> write(const QList<LogRecord> &batch,
                                     const PostgresPreparedBatch &prepared, QString *error);
    bool copyIn(const char *sql, const QByteArray &data, QString *error);
    std::optional<QString> whereFor(const QString &filter, QVariantList &params,
                                    QString *error) const;
    // Analytics: the filter plus the time range as one WHERE condition over `logs`.
    std::optional<QString> rangeWhere(const AnalyticsQuery &query, QVariantList &params,
                                      QString *error) const;
    std::optional<LogRecord> fullRecord(Result &list, QString *error);
    bool loadFeedback(LogRecord &record, QString *error);
    // The traces and logs that have feedback (ListColumns::FeedbackOwners).
    std::optional<ListColumns::FeedbackOwners> feedbackOwners(QString *error);
    bool updateFeedbackSummary(qint64 rowId, const QString &traceId, QString *error);
    // Runs a DELETE or UPDATE of one feedback entry that returns (log_row_id, log_id,
    // trace_id), then commitFeedbackChange(); no such entry is an error.
    bool changeFeedback(const QString &sql, const QVariantList &params, const QString &feedbackId,
                        QString *error);
    // The end of a feedback change: the summaries of the log's trace, NOTIFY, COMMIT (ROLLBACK
    // on failure).
    bool commitFeedbackChange(qint64 rowId, const QString &traceId, const QString &logId,
                              QString *error);

    QString m_location;
    QString m_connectionName;
    QSqlDatabase m_db;
    pg_conn *m_conn = nullptr;
    int m_backendPid = 0;
    int m_schemaVersion = 0;
    bool m_bulk = false;
    bool m_stageReady = false;
    bool m_textStageReady = false;
    std::unique_ptr<TextWriter> m_textWriter; // during a bulk import
    PostgresDialect m_dialect;
    std::unique_ptr<PayloadCodec> m_codec;
    std::unique_ptr<QObject> m_watcher;
};
