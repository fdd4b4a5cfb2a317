// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics.h"
#include "logrecord.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

// Columns the store can sort by (each backed by an index but Images, the image count).
// Unknown values (NULL) come last in both directions.
enum class SortColumn { Time, Model, Tokens, Cost, Latency, Status, Type, Feedback, Images };

struct LogQuery
{
    QString filter; // the filter language of DESIGN.md section 6; empty = all
    SortColumn sort = SortColumn::Time;
    bool descending = true; // newest first by default
};

// Position after the last row of a page, for paging by key (never OFFSET).
struct PageKey
{
    QVariant sortValue; // the sort column's value of the last row (null for Time)
    qint64 createdAtMs = 0;
    qint64 rowId = 0;
};

struct Page
{
    QList<LogRecord> rows; // list columns only: no bodies, no raw record
    std::optional<PageKey> next; // empty at the end
};

struct WriteResult
{
    qint64 inserted = 0;
    qint64 duplicates = 0; // ids already in the store; nothing was overwritten
};

struct GroupCount
{
    QString key; // null for "unknown"
    qint64 count = 0;
    double costCents = 0;
    qint64 totalTokens = 0;
};

enum class GroupBy { Model, Provider, StatusClass, Cache, User, Config, Prompt, Type };

struct StoreTotals
{
    qint64 count = 0;
    double costCents = 0;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 totalTokens = 0;
};

// A malformed filter: where (0-based character offset into the filter text) and what.
struct FilterError
{
    int position = 0;
    int length = 0;
    QString message;
};

// The one interface every backend implements (SqliteLogStore, PostgresLogStore). An instance is a
// single connection and is used from one thread at a time; a worker thread opens its own.
// Errors never throw: they come back as a message the caller can show.
// One log as LogStore::forEachStoredRow() reads it: its list columns as stored, in
// ListColumns::kSelect's order (readRow() says what each holds), its stored payload for the
// caller to decode (on a thread of its own, say) and its feedback. Valid during the call it is
// given to only.
class StoredRow
{
public:
    virtual ~StoredRow() = default;
    virtual bool isNull(int column) const = 0;
    virtual qint64 int64(int column) const = 0;
    virtual double float64(int column) const = 0;
    // A text column's bytes (UTF-8 as stored; empty for NULL).
    virtual QByteArrayView utf8(int column) const = 0;
    // A text column's bytes, or nullopt for NULL: isNull() and utf8() in one (a backend may
    // answer it with fewer calls: the export asks it of ~20 columns a row).
    virtual std::optional<QByteArrayView> text(int column) const
    {
        return isNull(column) ? std::nullopt : std::optional(utf8(column));
    }

    // The payload (PayloadCodec's forms): none; a zstd frame of its own (payloadBytes); or
    // entry payloadEntry of the block that row payloadBlock holds. A block's bytes come with the
    // first row of the pass that needs them; the rows after it that need the same block have
    // none: the caller's codec, given every payload of the pass in order, holds it then
    // (PayloadCodec::decodeKeptViews(), entryOfBlockViews()).
    enum class Payload { None, Frame, BlockEntry };
    Payload payload = Payload::None;
    qint64 payloadBlock = -1;
    int payloadEntry = 0;
    QByteArrayView payloadBytes;
    QList<FeedbackEntry> feedback;

    // For a backend: sets the payload fields from row rowId's stored payload. given is the
    // block whose bytes the caller was given last (updated); blockBytes(blockRow, error) reads
    // the payload of another row that holds a block (nullopt with *error when it cannot; the
    // bytes must stay valid until the row has been handed over).
    using BlockReader = std::function<std::optional<QByteArrayView>(qint64, QString *)>;
    bool setPayload(QByteArrayView stored, qint64 rowId, qint64 &given,
                    const BlockReader &blockBytes, QString *error);
};

class LogStore
{
public:
    virtual ~LogStore() = default;

    // "path/to/file.sqlite" (SqliteLogStore) or "postgresql://..." (PostgresLogStore). Creates
    // and migrates as needed.
    static std::unique_ptr<LogStore> open(const QString &location, QString *error);
    // Whether open() takes the location for a PostgreSQL URL (any case of the scheme).
    static bool isPostgresLocation(const QString &location);
    // GATESCOPE_DB if set, else kDefaultFileName in QStandardPaths::AppDataLocation.
    static QString defaultLocation();
    static constexpr char kDefaultFileName[] = "gatescope.sqlite";

    virtual QString location() const = 0;
    virtual int schemaVersion() const = 0;

    // Writes one batch in one transaction. Records whose id is already stored are counted as
    // duplicates and left untouched. On error nothing of the batch is written.
    virtual std::optional<WriteResult> insert(const QList<LogRecord> &batch, QString *error) = 0;
    // The CPU work insert() does before it writes (compression, text extraction), split off so
    // an importer can run it on another thread while the previous batch is being written.
    // prepare() is safe to call from any thread at any time: it touches no connection state.
    struct PreparedBatch
    {
        virtual ~PreparedBatch() = default;
    };
    virtual std::unique_ptr<PreparedBatch> prepare(const QList<LogRecord> &batch) const
    {
        Q_UNUSED(batch);
        return nullptr;
    }
    // insert() with the result of prepare() for the same batch (null: insert() as usual).
    virtual std::optional<WriteResult> insertPrepared(const QList<LogRecord> &batch,
                                                      const PreparedBatch *prepared, QString *error)
    {
        Q_UNUSED(prepared);
        return insert(batch, error);
    }
    // Builds whatever indexes were deferred during a bulk import (the full-text index).
    virtual bool finishBulkImport(QString *error) = 0;
    // Until finishBulkImport(), insert() defers the full-text index (each batch is still its
    // own committed transaction). A crash in between is repaired when the store is next opened.
    virtual bool beginBulkImport(QString *error)
    {
        Q_UNUSED(error);
        return true;
    }
    // Rows stored but not yet in the full-text index (0 when word searches see every row).
    virtual qint64 pendingFullTextRows() { return 0; }

    // Validates a filter without running it.
    virtual std::optional<FilterError> checkFilter(const QString &filter) const = 0;

    virtual std::optional<Page> page(const LogQuery &query, const std::optional<PageKey> &after,
                                     int limit, QString *error)
        = 0;
    // Every matching row id in query order: the UI's compact index of the whole result.
    // Returns nullopt with an error, or when *cancel turns true.
    virtual std::optional<QVector<qint64>> rowIds(const LogQuery &query, QString *error,
                                                  const std::atomic_bool *cancel = nullptr)
        = 0;
    // List columns for the given row ids, in the order given (missing ids are left out).
    virtual QList<LogRecord> rowsByIds(const QVector<qint64> &rowIds, QString *error) = 0;
    // How many logs the filter selects: totals()'s count, unless a backend counts faster.
    virtual std::optional<qint64> count(const QString &filter, QString *error);

    // One whole record, bodies, raw source record and feedback included.
    virtual std::optional<LogRecord> record(const QString &id, QString *error) = 0;
    virtual std::optional<LogRecord> recordByRowId(qint64 rowId, QString *error) = 0;
    // Every whole record the filter selects, oldest first, to onRecord (an export). Stops when
    // onRecord returns false (true is still returned) or *cancel turns true (false, error
    // "cancelled"). The default reads rowIds() and then each record by itself; a backend may
    // read them in one pass.
    virtual bool forEachRecord(const QString &filter,
                               const std::function<bool(const LogRecord &)> &onRecord,
                               QString *error, const std::atomic_bool *cancel = nullptr);
    // The same pass as stored rows, oldest first, for an export that writes lines straight
    // from the columns, without building a LogRecord.
    virtual bool forEachStoredRow(const QString &filter,
                                  const std::function<bool(const StoredRow &)> &onRow,
                                  QString *error, const std::atomic_bool *cancel = nullptr)
        = 0;

    virtual std::optional<StoreTotals> totals(const QString &filter, QString *error) = 0;
    virtual std::optional<QList<GroupCount>> groupCounts(const QString &filter, GroupBy group,
                                                         QString *error)
        = 0;
    // Distinct known values of a field, most frequent first (filter completion).
    virtual QStringList knownValues(GroupBy group, int limit) = 0;

    // Feedback belongs to the log (and through it to its trace); the list columns keep a count
    // and a weighted average so the list and the filter never join.
    virtual bool addFeedback(const QString &logId, const FeedbackEntry &feedback, QString *error)
        = 0;
    virtual bool removeFeedback(const QString &feedbackId, QString *error) = 0;

    // Calls onChange (in the calling thread, from its event loop) when another connection
    // commits logs ("logs N") or feedback ("feedback LOG-ID") to the same store: PostgreSQL's
    // LISTEN/NOTIFY. Once the watch's connection is lost it says so, once, with "lost REASON"
    // and stops: the caller reopens and watches again. False with the reason where nobody else
    // writes (SQLite).
    virtual bool watchChanges(std::function<void(const QString &what)> onChange, QString *error)
    {
        Q_UNUSED(onChange);
        if (error)
            *error = QStringLiteral("this store has no other writers to watch");
        return false;
    }

    // --- feedback editing and analytics (analytics.h); a backend without them says so --------

    // Replaces the value, weight and metadata of a stored feedback entry (found by its id).
    virtual bool updateFeedback(const FeedbackEntry &feedback, QString *error)
    {
        Q_UNUSED(feedback);
        return unsupported(error);
    }
    // The first and last created_at (ms) of the logs matching the filter; nullopt with no log
    // (error left empty) or on an error.
    virtual std::optional<std::pair<qint64, qint64>> timeBounds(const QString &filter,
                                                                QString *error)
    {
        Q_UNUSED(filter);
        unsupported(error);
        return std::nullopt;
    }
    // Requests, cost, tokens, average latency, errors, rescues and cache hits per bucket (every
    // bucket of the range, empty ones included).
    virtual std::optional<QList<TimeBucket>> timeSeries(const AnalyticsQuery &query, QString *error)
    {
        Q_UNUSED(query);
        unsupported(error);
        return std::nullopt;
    }
    virtual std::optional<LatencyStats> latencyPercentiles(const AnalyticsQuery &query,
                                                           QString *error)
    {
        Q_UNUSED(query);
        unsupported(error);
        return std::nullopt;
    }
    virtual std::optional<TopUsers> topUsers(const AnalyticsQuery &query, int limit, QString *error)
    {
        Q_UNUSED(query);
        Q_UNUSED(limit);
        unsupported(error);
        return std::nullopt;
    }
    // Every status code in the range with its count, lowest code first.
    virtual std::optional<QList<StatusCodeCount>> statusCodes(const AnalyticsQuery &query,
                                                              QString *error)
    {
        Q_UNUSED(query);
        unsupported(error);
        return std::nullopt;
    }
    virtual std::optional<CacheStats> cacheStats(const AnalyticsQuery &query, QString *error)
    {
        Q_UNUSED(query);
        unsupported(error);
        return std::nullopt;
    }
    virtual std::optional<QList<FeedbackBucket>> feedbackSeries(const AnalyticsQuery &query,
                                                                QString *error)
    {
        Q_UNUSED(query);
        unsupported(error);
        return std::nullopt;
    }
    // Feedback values rounded to whole numbers, lowest first (only values that occur).
    virtual std::optional<QList<FeedbackValueCount>>
    feedbackDistribution(const AnalyticsQuery &query, QString *error)
    {
        Q_UNUSED(query);
        unsupported(error);
        return std::nullopt;
    }
    // Most feedback first.
    virtual std::optional<QList<FeedbackModel>> feedbackByModel(const AnalyticsQuery &query,
                                                                QString *error)
    {
        Q_UNUSED(query);
        unsupported(error);
        return std::nullopt;
    }

    // --- the store's settings, retention, review and repricing --------------------------------

    // A setting of the store itself, shared by everyone who opens it (the retention policy,
    // saved views): nullopt with an empty error when it was never set.
    virtual std::optional<QString> storeSetting(const QString &key, QString *error)
    {
        Q_UNUSED(key);
        unsupported(error);
        return std::nullopt;
    }
    // A null value removes the setting.
    virtual bool setStoreSetting(const QString &key, const QString &value, QString *error)
    {
        Q_UNUSED(key);
        Q_UNUSED(value);
        return unsupported(error);
    }
    // Reads, changes and writes a setting with no other connection's change in between (two
    // windows saving views at once): change edits the value (nullopt: not set, and setting it
    // to nullopt removes it) or returns false with *error to leave it as it was. The default
    // reads and writes without that guarantee.
    using SettingChange = std::function<bool(std::optional<QString> &value, QString *error)>;
    virtual bool updateStoreSetting(const QString &key, const SettingChange &change, QString *error)
    {
        QString why;
        std::optional<QString> value = storeSetting(key, &why);
        if (!value && !why.isEmpty()) {
            if (error)
                *error = why;
            return false;
        }
        return change(value, error) && setStoreSetting(key, value ? *value : QString(), error);
    }

    // Removes the logs the filter selects with everything that is theirs (payloads, images,
    // feedback, full-text entries, review claims) and gives the space back. An empty filter is
    // refused, so that nothing removes everything by accident. Returns how many were removed;
    // on an error or *cancel nothing of the current batch is removed (earlier batches are).
    virtual std::optional<qint64> deleteLogs(const QString &filter, QString *error,
                                             const std::atomic_bool *cancel = nullptr)
    {
        Q_UNUSED(filter);
        Q_UNUSED(cancel);
        unsupported(error);
        return std::nullopt;
    }
    // Removes the content of the logs the filter selects (request and response bodies, the raw
    // source record, images and their full-text entries) and keeps their statistics; they are
    // then marked forgotten (forgottenAt) and untracked, like Do-Not-Track logs. Returns how
    // many logs lost content (logs without content are not counted).
    virtual std::optional<qint64> forgetContent(const QString &filter, QString *error,
                                                const std::atomic_bool *cancel = nullptr)
    {
        Q_UNUSED(filter);
        Q_UNUSED(cancel);
        unsupported(error);
        return std::nullopt;
    }

    // Review mode: claims for `reviewer`, for claimSeconds, the next log the filter selects
    // that has no feedback and no unexpired claim of someone else, and returns it (list
    // columns). nullopt with an empty error when no such log is left. The reviewer's own
    // unexpired claims come first (a review resumed after a crash), then the newest log;
    // passOver leaves out row ids (the logs a session skipped or holds already).
    virtual std::optional<LogRecord> claimNextForReview(const QString &filter,
                                                        const QString &reviewer, int claimSeconds,
                                                        QString *error,
                                                        const QList<qint64> &passOver = {})
    {
        Q_UNUSED(filter);
        Q_UNUSED(reviewer);
        Q_UNUSED(claimSeconds);
        Q_UNUSED(passOver);
        unsupported(error);
        return std::nullopt;
    }
    // Claims (or renews) one log for `reviewer` (an undo goes back to it; a shown log keeps its
    // claim): nullopt with an empty error when it has feedback or someone else holds it.
    virtual std::optional<LogRecord> claimForReview(qint64 rowId, const QString &reviewer,
                                                    int claimSeconds, QString *error)
    {
        Q_UNUSED(rowId);
        Q_UNUSED(reviewer);
        Q_UNUSED(claimSeconds);
        unsupported(error);
        return std::nullopt;
    }
    virtual bool releaseReviewClaim(qint64 rowId, const QString &reviewer, QString *error)
    {
        Q_UNUSED(rowId);
        Q_UNUSED(reviewer);
        return unsupported(error);
    }

    // Repricing: the new cost of one stored log.
    struct CostUpdate
    {
        qint64 rowId = 0;
        std::optional<double> costCents;
        QString currency;
        bool estimated = true;
    };
    // Writes the costs in one transaction; returns how many rows changed.
    virtual std::optional<qint64> updateCosts(const QList<CostUpdate> &updates, QString *error)
    {
        Q_UNUSED(updates);
        unsupported(error);
        return std::nullopt;
    }

protected:
    LogStore() = default;
    static bool unsupported(QString *error)
    {
        if (error)
            *error = QStringLiteral("this store does not support that");
        return false;
    }
};
