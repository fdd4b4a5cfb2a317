// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logrecord.h"
#include "recordenums.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QTimeZone>

#include <limits>
#include <optional>
#include <type_traits>

// The list columns of `logs` as every backend selects and reads them, and their small JSON values
// (metadata, images, attempts) and the feedback summary, written the same way by every backend,
// so what one store writes another reads.
namespace ListColumns {

// The columns a list row is read from, in readRow()'s order; a page query appends its sort
// column after them (at index kCount).
inline constexpr char kSelect[]
    = "row_id, id, created_at, trace_id, span_id, parent_span_id, span_name, method, endpoint, "
      "request_type, provider, model, status_code, latency_ms, ttft_ms, prompt_tokens, "
      "completion_tokens, total_tokens, reasoning_tokens, cost_cents, currency, cost_estimated, "
      "cache, retry_count, strategy, fallback_active, loadbalance_active, served_target, "
      "config_id, prompt_id, virtual_key, metadata, tracked, stream, images, feedback_count, "
      "feedback_avg, source, replay_of, attempts, cache_read_tokens, cache_write_tokens, "
      "forgotten_at";
inline constexpr int kCount = 43;

// Times are stored as milliseconds since the epoch (UTC); an unknown time as the smallest value.
inline constexpr qint64 kUnknownTime = std::numeric_limits<qint64>::min();
inline QDateTime timeFromMs(qint64 ms)
{
    return ms == kUnknownTime ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}
inline qint64 timeToMs(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : kUnknownTime;
}

enum class Nul { Keep, Drop }; // Drop for PostgreSQL: jsonb refuses \u0000

void appendJsonString(QByteArray &out, const QString &s, Nul nul = Nul::Keep);
QByteArray metadataJson(const QMap<QString, QString> &metadata, Nul nul = Nul::Keep);
QByteArray imagesJson(const QList<ImageInfo> &images);
// The images sent with the request (input_images; output_images holds the others).
int inputImageCount(const QList<ImageInfo> &images);
QList<ImageInfo> imagesFromJson(const QByteArray &json);
QByteArray attemptsJson(const QList<Attempt> &attempts);
QList<Attempt> attemptsFromJson(const QByteArray &json);
// Whose feedback a log shows, as the backends' loadFeedback() reads it: its trace's when it has
// a trace, else its own. Read once before a pass over many logs (an export), so that only the
// logs with feedback ask for it: feedback_count counts a log's own entries only.
struct FeedbackOwners
{
    QSet<QByteArray> traces; // UTF-8
    QSet<qint64> logs;
    bool has(qint64 rowId, QByteArrayView traceId) const
    {
        return traceId.isEmpty()
            ? logs.contains(rowId)
            : traces.contains(QByteArray::fromRawData(traceId.data(), traceId.size()));
    }
};

// sum(value * weight) / sum(weight); empty when no entry has weight.
std::optional<double> weightedAverage(const QList<FeedbackEntry> &feedback);

// A nullable number column of a row (see readRow()).
template<typename T, class Row> std::optional<T> optColumn(const Row &row, int i)
{
    if (row.isNull(i))
        return std::nullopt;
    if constexpr (std::is_same_v<T, double>)
        return row.float64(i);
    else if constexpr (std::is_same_v<T, bool>)
        return row.int64(i) != 0;
    else
        return T(row.int64(i));
}

// Reads the kSelect columns of one result row into r. Row is a backend's view of a row:
// isNull(i), text(i) (null for NULL), bytes(i), int64(i), float64(i).
template<class Row> void readRow(const Row &row, LogRecord &r)
{
    using namespace RecordEnums;
    r.rowId = row.int64(0);
    r.id = row.text(1);
    r.createdAt = timeFromMs(row.int64(2));
    r.traceId = row.text(3);
    r.spanId = row.text(4);
    r.parentSpanId = row.text(5);
    r.spanName = row.text(6);
    r.method = row.text(7);
    r.endpoint = row.text(8);
    r.requestType = requestTypeFromName(row.text(9));
    r.provider = row.text(10);
    r.model = row.text(11);
    r.statusCode = optColumn<int>(row, 12);
    r.latencyMs = optColumn<qint64>(row, 13);
    r.ttftMs = optColumn<qint64>(row, 14);
    r.promptTokens = optColumn<qint64>(row, 15);
    r.completionTokens = optColumn<qint64>(row, 16);
    r.totalTokens = optColumn<qint64>(row, 17);
    r.reasoningTokens = optColumn<qint64>(row, 18);
    r.costCents = optColumn<double>(row, 19);
    r.currency = row.text(20);
    r.costEstimated = row.int64(21) != 0;
    r.cache = cacheStateFromName(row.text(22));
    r.retryCount = optColumn<int>(row, 23);
    r.strategy = strategyFromName(row.text(24));
    r.fallbackActive = optColumn<bool>(row, 25);
    r.loadbalanceActive = optColumn<bool>(row, 26);
    r.servedTarget = row.text(27);
    r.configId = row.text(28);
    r.promptId = row.text(29);
    r.virtualKey = row.text(30);
    r.metadata.clear();
    if (!row.isNull(31)) {
        const QJsonObject o = QJsonDocument::fromJson(row.bytes(31)).object();
        for (auto it = o.begin(); it != o.end(); ++it)
            r.metadata.insert(it.key(), it.value().toString());
    }
    r.tracked = row.int64(32) != 0;
    r.stream = optColumn<bool>(row, 33);
    r.images = imagesFromJson(row.bytes(34));
    // 35, 36: feedback_count and feedback_avg; the entries themselves come with record().
    r.source = row.text(37);
    r.replayOf = row.text(38);
    r.attempts = attemptsFromJson(row.bytes(39));
    r.cacheReadTokens = optColumn<qint64>(row, 40);
    r.cacheWriteTokens = optColumn<qint64>(row, 41);
    r.forgottenAt = row.isNull(42) ? QDateTime() : timeFromMs(row.int64(42));
}

} // namespace ListColumns
